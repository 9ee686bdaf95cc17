// A classic script in <head>, run before the body is parsed (same origin: the CSP allows it; no inline
// script). index.html carries the prerendered plain bundled view in English (scripts/prerender.ts).
// Any other address (?data=, ?event=, filters) or a reader whose language is Ukrainian must not see it,
// not even for the moment before the app's scripts run: it would be another view, or another dataset.
// The language rule is chooseLocale's in src/i18n/locale.ts; main.tsx decides the same way.
;(() => {
  const firstSpoken = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).trim().toLowerCase().split(/[-_]/)[0])
    .find((primary) => primary === 'uk' || primary === 'en')
  if (location.search.length > 1 || firstSpoken === 'uk')
    document.documentElement.classList.add('is-not-prerendered-view')
})()

// The bundled dataset, asked for now rather than once the app's scripts have run: every address that
// does not name a dataset of its own (?data=) opens with it. src/dataset/load-dataset.ts fetches the
// same address in the same way (same-origin credentials), so the browser hands over this answer.
;(() => {
  if (new URLSearchParams(location.search).has('data')) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  link.href = './data/summit-formats.json'
  document.head.appendChild(link)
})()
