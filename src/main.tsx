import { createRoot, hydrateRoot } from 'react-dom/client'
import { AppRoot } from './app-root'
import { prerenderFingerprint } from './app/prerender-fingerprint'
import { createQueryClient } from './app/query-client'
import { applyThemePreference, readThemePreference } from './app/theme/theme-preference'
import { prepareCheck } from './dataset/check-in-worker'
import { BUNDLED_SOURCE } from './dataset/dataset-source'
import { datasetQueryOptions } from './dataset/use-dataset'
import { chooseLocale } from './i18n/locale'
import { hasMessages, loadMessages } from './i18n/messages'

// the remembered theme, before React renders anything (the CSP forbids an inline script in index.html)
applyThemePreference(readThemePreference())

// the bundled dataset is small: the page's checker loads while the page and the dataset do, not once
// the text has arrived; for a dataset named by ?data=, the download's size decides (load-dataset.ts)
if (!new URLSearchParams(window.location.search).has('data')) prepareCheck()

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
const client = createQueryClient()

/**
 * The build prerenders the plain bundled view in English into #root (scripts/prerender.ts). That
 * markup is hydrated only where the first render would produce it again: the same address without
 * parameters and the same language; anywhere else React renders from scratch, replacing it.
 */
function canHydrate(element: HTMLElement): boolean {
  const search = window.location.search
  return (
    element.dataset.prerendered === 'bundled' &&
    element.firstElementChild !== null &&
    (search === '' || search === '?') &&
    chooseLocale(null, navigator.languages ?? [navigator.language]) === element.dataset.prerenderedLocale &&
    // the markup shows the theme switch at "System"; a reader's own choice would not match it
    readThemePreference() === 'system'
  )
}

// the prerendered markup is inert until React owns it, so that no click or key press goes unanswered
const makeInteractive = () => root.removeAttribute('inert')
const renderAfresh = () => {
  makeInteractive()
  // the prerendered markup goes now, not at React's first commit a frame later: hidden by
  // prerender-guard.js until here, it must not flash into view once the marker is gone
  if (root.dataset.prerendered !== undefined) {
    root.replaceChildren()
    delete root.dataset.prerendered
  }
  createRoot(root).render(<AppRoot client={client} />)
}

if (canHydrate(root)) {
  // the prerendered page stays on screen while the dataset loads and is checked as always; hydrating
  // with the same data in the cache makes the first render match that markup exactly (a dataset
  // changed since the build would not: then the page is rendered afresh)
  client.fetchQuery(datasetQueryOptions(BUNDLED_SOURCE)).then((checked) => {
    if (prerenderFingerprint(checked.dataset) === root.dataset.prerenderedDataset)
      hydrateRoot(root, <AppRoot client={client} onMounted={makeInteractive} />)
    else renderAfresh()
  }, renderAfresh)
} else {
  // a reader who starts in a language other than English (never a hydrated page) sees it from the
  // first render: its words, a chunk of their own, come first; if they cannot be fetched, English
  const locale = chooseLocale(
    new URLSearchParams(window.location.search).get('lang'),
    navigator.languages ?? [navigator.language],
  )
  if (hasMessages(locale)) renderAfresh()
  else loadMessages(locale).then(renderAfresh, renderAfresh)
}
