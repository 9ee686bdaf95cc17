// Runs in <head> before the body (README, "First screen before the scripts"): hides the prerendered
// English bundled view from any other address or a Ukrainian reader (the rule of src/i18n/locale.ts),
// and starts the dataset's download: the bundled one as a preload, or the one ?data= names as a fetch
// the app takes over (load-dataset.ts asks alike).
;(() => {
  const s = location.search
  const lang = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).trim().toLowerCase().split(/[-_]/)[0])
    .find((primary) => primary === 'uk' || primary === 'en')
  if (s.length > 1 || lang === 'uk') document.documentElement.classList.add('is-not-prerendered-view')
  const data = (new URLSearchParams(s).get('data') || '').trim()
  if (data !== '') {
    // ?data= names a dataset: its download starts now, asked for exactly as the app asks for it
    // (load-dataset.ts, early-download.ts), which takes it over instead of asking again
    let url = null
    try {
      url = new URL(data, location.href)
    } catch {
      return // not an address: the app says so
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return
    const controller = new AbortController()
    const response = fetch(url.href, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: 'application/json, text/csv;q=0.9' },
    })
    response.catch(() => {}) // a failure is the app's to report, once it takes the download over
    window.__statementTimelineEarlyDownload = { href: url.href, response, abort: () => controller.abort() }
    return
  }
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  link.href = './data/summit-formats.json'
  document.head.appendChild(link)
})()
