// Runs in <head> before the body (README, "First screen before the scripts"): hides the prerendered
// English bundled view from any other address or a Ukrainian reader (the rule of src/i18n/locale.ts),
// and starts the bundled dataset's download unless ?data= names another (load-dataset.ts asks alike).
;(() => {
  const s = location.search
  const lang = (navigator.languages || [navigator.language])
    .map((tag) => String(tag).trim().toLowerCase().split(/[-_]/)[0])
    .find((primary) => primary === 'uk' || primary === 'en')
  if (s.length > 1 || lang === 'uk') document.documentElement.classList.add('is-not-prerendered-view')
  if (new URLSearchParams(s).has('data')) return
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  link.href = './data/summit-formats.json'
  document.head.appendChild(link)
})()
