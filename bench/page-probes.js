// Injected into every benchmark page before its own scripts (page.addInitScript). Plain JavaScript on
// purpose: Playwright would otherwise serialise a compiled function that may refer to helpers the page lacks.
// All times are performance.now() values, i.e. milliseconds since the navigation started.
// The wait from an input to "shown" is measured to the end of the first frame that shows it.
;(() => {
  const state = {
    firstItemAt: null,
    listAt: null,
    panelAt: null,
    expectQuote: window.__benchQuote ?? null,
    pending: null,
    t0: null,
    frames: null,
    worker: null,
  }

  /** Visible, with a size and, when `within` is given, inside that box (the page may scroll to it). */
  const isShown = (element, within) => {
    // laid out is not enough: vis-timeline, for one, keeps a drawn timeline hidden (visibility) at times
    if (element.checkVisibility && !element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false
    const rect = element.getBoundingClientRect()
    if (rect.width <= 0 || rect.height <= 0) return false
    if (!within) return true
    const box = within.getBoundingClientRect()
    return rect.right > box.left && rect.left < box.right && rect.bottom > box.top && rect.top < box.bottom
  }
  const timelineRoot = () => document.querySelector('.vis-timeline')
  const visibleItems = () => {
    const root = timelineRoot()
    if (root === null) return []
    return [...root.querySelectorAll('.vis-item')].filter((item) => isShown(item, root))
  }
  const eventList = () => document.querySelector('ol[aria-label="Events in date order"]')
  const detailsText = () =>
    (document.querySelector('[aria-label="Event details"]') ?? document.querySelector('main'))?.textContent ?? ''

  /** What the list shows: how many events it says it has, and the event id of its first entry. */
  const listSummary = () => {
    const list = eventList()
    const first = list?.querySelector('li[aria-posinset="1"]') ?? list?.querySelector('li:not([aria-hidden])')
    if (!list || !first) return { count: 0, firstId: null }
    const size = first.getAttribute('aria-setsize')
    const link = first.querySelector('a[href]')
    const firstId = link ? new URL(link.href).searchParams.get('event') : null
    return {
      count: size === null ? list.querySelectorAll(':scope > li:not([aria-hidden])').length : Number(size),
      firstId,
    }
  }
  /** A fingerprint of what the timeline draws now: event ids of items, or the text of cluster boxes. */
  const timelineSignature = () =>
    visibleItems()
      .map((item) => item.querySelector('[data-event-id]')?.getAttribute('data-event-id') ?? item.textContent)
      .join('|')

  const checks = {
    list: (spec) => {
      const shown = listSummary()
      return shown.count === spec.count && shown.firstId === spec.firstId
    },
    timeline: (spec) => {
      if (spec.allowed === undefined) return true
      const allowed = new Set(spec.allowed)
      const ids = visibleItems().map((item) => item.querySelector('[data-event-id]')?.getAttribute('data-event-id'))
      if (ids.some((id) => id && !allowed.has(id))) return false
      return timelineSignature() !== spec.before
    },
    panel: (spec) => detailsText().includes(spec.quote),
  }

  // Checks run in a task posted from each animation frame, i.e. just after that frame was rendered:
  // a time recorded there is when the change was on screen, not when a script changed the DOM.
  const check = () => {
    const now = performance.now()
    if (state.firstItemAt === null && visibleItems().length > 0) state.firstItemAt = now
    if (state.listAt === null) {
      const first = eventList()?.querySelector('li:not([aria-hidden])')
      if (first && isShown(first)) state.listAt = now
    }
    if (state.panelAt === null && state.expectQuote !== null && detailsText().includes(state.expectQuote))
      state.panelAt = now
    if (state.pending !== null) {
      // each part is timed on its own (the list may show a result before the timeline does)
      const { spec, partAt, resolve } = state.pending
      spec.forEach((part, i) => {
        if (partAt[i] === null && checks[part.kind](part)) partAt[i] = now
      })
      if (partAt.every((at) => at !== null)) {
        state.pending = null
        resolve(partAt)
      }
    }
  }
  const afterFrame = new MessageChannel()
  afterFrame.port1.onmessage = check
  const onFrame = (now) => {
    if (state.frames !== null) state.frames.push(now)
    afterFrame.port2.postMessage(null)
    requestAnimationFrame(onFrame)
  }
  requestAnimationFrame(onFrame)

  // the first input event after arming is the start of an interaction driven through real input
  for (const type of ['click', 'keydown']) {
    addEventListener(
      type,
      () => {
        if (state.pending !== null && state.t0 === null) state.t0 = performance.now()
      },
      { capture: true },
    )
  }

  window.__bench = {
    state,
    listSummary,
    timelineSignature,
    /**
     * Starts watching for every part of spec to hold; `done` resolves with ms from the interaction's
     * start to each part first holding (NaN when no start was seen).
     */
    arm: (spec) => {
      state.t0 = null
      state.done = new Promise((resolve) => {
        state.pending = { spec, partAt: spec.map(() => null), resolve }
      }).then((partAt) => partAt.map((at) => (state.t0 === null ? Number.NaN : at - state.t0)))
    },
    /** Marks the start of an interaction driven by a script instead of real input. */
    mark: () => {
      state.t0 = performance.now()
    },
    /** Changes URL parameters (null removes one) the way a link or the browser's Back button would. */
    navigate: (patch, mode) => {
      const params = new URLSearchParams(location.search)
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) params.delete(key)
        else params.set(key, value)
      }
      state.t0 = performance.now()
      const url = `${location.pathname}?${params.toString().replace(/%2C/g, ',')}`
      if (mode === 'push') history.pushState(null, '', url)
      else history.replaceState(null, '', url)
      dispatchEvent(new PopStateEvent('popstate'))
    },
    /** When each stage of the dataset's load ended (see LoadPhases in measure-page.ts). */
    phases: () => {
      const markAt = (name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? null
      const dataset = performance
        .getEntriesByType('resource')
        .find((entry) => /\/(bench-)?data\/[^/]+\.json(\?|$)/.test(entry.name))
      return {
        fetchedAt: dataset?.responseEnd ?? null,
        downloadedAt: markAt('dataset:downloaded'),
        // the worker's own times, marked on the page's timeline by check-in-worker.ts
        sentAt: markAt('dataset:sent'),
        startedAt: markAt('dataset:worker-started'),
        parsedAt: markAt('dataset:worker-parsed'),
        judgedAt: markAt('dataset:worker-judged'),
        verdictAt: markAt('dataset:verdict'),
        pageParseStartAt: markAt('dataset:page-parse-start'),
        pageParsedAt: markAt('dataset:page-parsed'),
        checkedAt: markAt('dataset:checked'),
        indexStartAt: markAt('dataset:index-start'),
        indexedAt: markAt('dataset:indexed'),
      }
    },
    startFrames: () => {
      state.frames = []
    },
    stopFrames: () => {
      const frames = state.frames ?? []
      state.frames = null
      const deltas = []
      for (let i = 1; i < frames.length; i++) deltas.push(frames[i] - frames[i - 1])
      return deltas
    },
    axisText: () =>
      [...document.querySelectorAll('.vis-time-axis .vis-text')].map((label) => label.textContent).join(' '),
  }
})()
