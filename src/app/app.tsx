import { useMemo, useRef, useState } from 'react'
import { BUNDLED_SOURCE, resolveDatasetUrl, sourceKey, type DatasetSource } from '../dataset/dataset-source'
import { DatasetErrorView } from './dataset-error-view'
import { useDataset, useLoadStage } from '../dataset/use-dataset'
import { useViewState } from '../url-state/use-view-state'
import { hrefFor, viewUrl } from '../url-state/view-state'
import { LocaleProvider, useBrowserLanguages, useDocumentLanguage, useShownLocale } from '../i18n/i18n-context'
import { chooseLocale, type Locale } from '../i18n/locale'
import { loadMessages, messagesFor } from '../i18n/messages'
import { DatasetView } from './dataset-view'
import { ErrorBoundary } from './error-boundary'
import { DatasetHeader } from './dataset-header'
import { LoadingView } from './loading-view'
import { useFileDrop } from './open-dataset/use-file-drop'
import { DatasetSwitchNotice } from './dataset-switch-notice'
import { LanguageSwitch } from './language-switch'
import { useDatasetSwitch } from './use-dataset-switch'
import { useLoadCancel } from './use-load-cancel'
import { SkipLink } from './skip-link'
import { ThemeSwitch } from './theme/theme-switch'
import './app.css'
import './theme/theme.css'
import './accessibility.css'
import './responsive.css'
import './layout.css'
import './print.css'

export function App() {
  const { viewState, urlProblems, setViewState } = useViewState()
  // the chosen language once its words have arrived (main.tsx waits for them before the first render)
  const locale = useShownLocale(chooseLocale(viewState.lang, useBrowserLanguages()))
  useDocumentLanguage(locale)
  const messages = messagesFor(locale)
  // a local file is never in the URL; a ?data= link (e.g. reached by Back) takes precedence over it
  const [openedFile, setOpenedFile] = useState<{ readonly file: File; readonly token: number } | null>(null)
  const fileTokens = useRef(0)
  const source = useMemo(
    (): DatasetSource =>
      viewState.data !== null
        ? { kind: 'url', url: resolveDatasetUrl(viewState.data, window.location.href) }
        : openedFile !== null
          ? { kind: 'file', ...openedFile }
          : BUNDLED_SOURCE,
    [viewState.data, openedFile],
  )
  const query = useDataset(source)
  const stage = useLoadStage(source)
  const switched = useDatasetSwitch(sourceKey(source), query.data?.dataset, setViewState)
  const handleCancelLoad = useLoadCancel({
    source,
    isShowing: query.isSuccess,
    openedFile,
    setOpenedFile,
    setViewState,
  })

  const handleOpenFile = (file: File) => {
    fileTokens.current += 1
    setOpenedFile({ file, token: fileTokens.current })
    setViewState({ data: null }, 'push')
  }
  const handleUseBundled = () => {
    setOpenedFile(null)
    setViewState({ data: null, event: null }, 'push')
  }
  const isDragging = useFileDrop(handleOpenFile)
  // the words first, then the address, so that both change together; if the words cannot be
  // downloaded, the address changes anyway and the interface stays in English
  const handleLocaleChange = (lang: Locale) => {
    const switchTo = () => setViewState({ lang }, 'push')
    loadMessages(lang).then(switchTo, switchTo)
  }
  const hrefForLocale = (lang: Locale) => hrefFor(viewState, { lang })

  return (
    <LocaleProvider locale={locale}>
      <div className={viewState.embed ? 'app is-embedded' : 'app'}>
        {query.isSuccess && !viewState.embed && viewState.view !== 'matrix' && (
          <SkipLink targetId="timeline" label={messages.access.skipToTimeline} />
        )}
        {query.isSuccess && !viewState.embed && <SkipLink targetId="list-heading" label={messages.access.skipToList} />}
        <DatasetHeader
          source={source}
          title={query.data?.dataset.title ?? null}
          onOpenFile={handleOpenFile}
          onUseBundled={source.kind === 'bundled' ? undefined : handleUseBundled}
          fullViewUrl={viewState.embed ? viewUrl({ ...viewState, embed: false }, window.location.href) : undefined}
          languageSwitch={
            <div className="header-settings">
              <LanguageSwitch locale={locale} hrefForLocale={hrefForLocale} onChange={handleLocaleChange} />
              <ThemeSwitch />
            </div>
          }
        />
        {isDragging && (
          <div className="drop-overlay" aria-hidden="true">
            {messages.app.dropOverlay}
          </div>
        )}
        <main id="main" className="app-main">
          {switched.notice !== null && <DatasetSwitchNotice notice={switched.notice} onDismiss={switched.dismiss} />}
          {query.isPending && <LoadingView stage={stage} onCancel={handleCancelLoad} />}
          {query.isError && (
            <DatasetErrorView
              error={query.error}
              source={source}
              onRetry={() => void query.refetch()}
              onUseBundled={source.kind === 'bundled' ? undefined : handleUseBundled}
            />
          )}
          {query.isSuccess && (
            <ErrorBoundary part="dataset" resetKey={query.data}>
              <DatasetView
                checked={query.data}
                viewState={viewState}
                setViewState={setViewState}
                urlProblems={urlProblems}
                isLocalFile={source.kind === 'file'}
              />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </LocaleProvider>
  )
}
