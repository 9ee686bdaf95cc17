import { useMessages } from '../i18n/i18n-context'
import type { Messages } from '../i18n/messages-en'
import { DatasetError, type LoadFailure } from '../dataset/dataset-error'
import type { DatasetSource } from '../dataset/dataset-source'
import { LOAD_TIMEOUT_SECONDS } from '../dataset/load-dataset'
import { clipText } from '../ui/clip-text'

/** Text from the address bar or a server goes on screen whole only up to a readable length. */
const clip = (text: string, length = 300) => clipText(text, length)

function hostOf(source: string): string {
  try {
    return new URL(source).host
  } catch {
    return source
  }
}

/** The source in the interface language; the error's own name for it is English. */
function sourceName(source: DatasetSource, words: Messages['datasetError']): string {
  switch (source.kind) {
    case 'bundled':
      return words.bundledSource
    case 'url':
      return source.url
    case 'file':
      return words.fileSource(source.file.name)
  }
}

function FailureText({
  failure,
  source,
  words,
}: {
  readonly failure: LoadFailure
  readonly source: string
  readonly words: Messages['datasetError']
}) {
  switch (failure.kind) {
    case 'bad-url':
      return <p>{words.badUrl(clip(failure.value), failure.reason)}</p>
    case 'http':
      return <p>{words.http(hostOf(source), failure.status, clip(failure.statusText, 80))}</p>
    case 'network':
      return <p>{words.network(hostOf(source), clip(failure.detail, 120))}</p>
    case 'cors':
      return (
        <p>
          {words.corsBefore(failure.origin)}
          <code>Access-Control-Allow-Origin</code>
          {words.corsAfter}
        </p>
      )
    case 'timeout':
      return <p>{words.timeout(hostOf(source), failure.seconds)}</p>
    case 'too-large':
      return <p>{words.tooLarge(words.size(failure.bytes), words.size(failure.limitBytes))}</p>
    case 'html':
      return <p>{words.html}</p>
    case 'json-syntax':
      return <p>{words.jsonSyntax(failure.line, failure.column, clip(failure.message))}</p>
    case 'read-failed':
      return <p>{words.readFailed(clip(failure.detail))}</p>
    case 'invalid':
      return (
        <>
          <p>{words.invalid(failure.issues.length)}</p>
          <ul className="issue-list" aria-label={words.problemsFound}>
            {failure.issues.map((issue, position) => (
              // the validator's messages are English in every interface language (the command-line validator shares them)
              <li key={position} lang="en">
                <code dir="auto">{clip(issue.path)}</code>: <span dir="auto">{clip(issue.message, 1000)}</span>
              </li>
            ))}
          </ul>
        </>
      )
  }
}

export interface DatasetErrorViewProps {
  readonly error: Error
  /** the source as the app knows it, to be named in the interface language; else the error's name for it */
  readonly source?: DatasetSource
  readonly onRetry?: () => void
  readonly onUseBundled?: () => void
}

/** The error screen: names the source, says what failed and what to do next. Never blank. */
export function DatasetErrorView({ error, source, onRetry, onUseBundled }: DatasetErrorViewProps) {
  const words = useMessages().datasetError
  const isDatasetError = error instanceof DatasetError
  const shownSource =
    source !== undefined ? sourceName(source, words) : isDatasetError ? error.source : words.unknownSource
  return (
    <section className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{words.title}</h2>
      <p>
        {words.source} <strong className="error-source">{clip(shownSource, 500)}</strong>
      </p>
      {isDatasetError ? (
        <FailureText failure={error.failure} source={error.source} words={words} />
      ) : (
        <p>{words.unexpected(clip(error.message))}</p>
      )}
      {isDatasetError && error.failure.kind === 'timeout' && (
        <p className="hint">{words.timeoutHint(LOAD_TIMEOUT_SECONDS)}</p>
      )}
      <div className="error-actions">
        {(!isDatasetError || error.isRetryable) && onRetry !== undefined && (
          <button type="button" onClick={onRetry}>
            {words.tryAgain}
          </button>
        )}
        {onUseBundled !== undefined && (
          <button type="button" onClick={onUseBundled}>
            {words.openBundled}
          </button>
        )}
      </div>
    </section>
  )
}
