import { DatasetError, type LoadFailure } from './dataset-error'
import { LOAD_TIMEOUT_SECONDS } from './load-dataset'

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

function FailureText({ failure }: { readonly failure: LoadFailure }) {
  switch (failure.kind) {
    case 'bad-url':
      return <p>The address “{failure.value}” cannot be loaded: {failure.reason}.</p>
    case 'http':
      return (
        <p>
          The server answered HTTP {failure.status}
          {failure.statusText !== '' ? ` ${failure.statusText}` : ''}
          {failure.status === 404 ? ': there is no file at that address.' : '.'}
        </p>
      )
    case 'network':
      return (
        <p>
          The dataset could not be fetched: the network failed, or the server does not allow other sites to read it (CORS). If you
          control the server, send the header <code>Access-Control-Allow-Origin</code>; otherwise download the file and open it
          with “Open a file”.
        </p>
      )
    case 'timeout':
      return <p>The server did not answer within {failure.seconds} seconds, so loading was stopped.</p>
    case 'too-large':
      return (
        <p>
          The dataset is {formatBytes(failure.bytes)}, more than the {formatBytes(failure.limitBytes)} this app can open in a browser.
        </p>
      )
    case 'html':
      return <p>The address returned a web page (HTML), not a JSON dataset. Check that the link points to the .json file itself.</p>
    case 'json-syntax':
      return (
        <p>
          The file is not valid JSON
          {failure.line !== null ? ` (line ${failure.line}, column ${failure.column ?? '?'})` : ''}: {failure.message}.
        </p>
      )
    case 'read-failed':
      return <p>The file could not be read: {failure.detail}</p>
    case 'invalid':
      return (
        <>
          <p>
            The file is JSON but not a dataset this app can read ({failure.issues.length} {failure.issues.length === 1 ? 'problem' : 'problems'}):
          </p>
          <ul className="issue-list" aria-label="Problems found">
            {failure.issues.map((issue, position) => (
              <li key={position}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      )
  }
}

export interface DatasetErrorViewProps {
  readonly error: Error
  readonly onRetry?: () => void
  readonly onUseBundled?: () => void
}

/** The error screen: names the source, says what failed and what to do next. Never blank. */
export function DatasetErrorView({ error, onRetry, onUseBundled }: DatasetErrorViewProps) {
  const isDatasetError = error instanceof DatasetError
  return (
    <section className="dataset-error" role="alert" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">The dataset could not be opened</h2>
      <p>
        Source: <strong className="error-source">{isDatasetError ? error.source : 'unknown'}</strong>
      </p>
      {isDatasetError ? <FailureText failure={error.failure} /> : <p>Unexpected error: {error.message}</p>}
      <div className="error-actions">
        {isDatasetError && error.isRetryable && onRetry !== undefined && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {onUseBundled !== undefined && (
          <button type="button" onClick={onUseBundled}>
            Open the bundled dataset instead
          </button>
        )}
      </div>
      {isDatasetError && error.failure.kind === 'timeout' && <p className="hint">Loading gives up after {LOAD_TIMEOUT_SECONDS} seconds.</p>}
    </section>
  )
}
