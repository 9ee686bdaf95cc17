import { DatasetError, type LoadFailure } from './dataset-error'
import { LOAD_TIMEOUT_SECONDS } from './load-dataset'

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

/** Text from the address bar or a server goes on screen whole only up to a readable length. */
function clip(text: string, length = 300): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

function hostOf(source: string): string {
  try {
    return new URL(source).host
  } catch {
    return source
  }
}

const HTTP_HINTS: Record<number, string> = {
  401: 'the file needs a login, which this app does not send.',
  403: 'the server refuses to hand out this file.',
  404: 'there is no file at that address. Check the link for typos or ask for a new one.',
  410: 'the file has been removed from that address.',
  429: 'the server is receiving too many requests; wait a moment and try again.',
}

function FailureText({ failure, source }: { readonly failure: LoadFailure; readonly source: string }) {
  switch (failure.kind) {
    case 'bad-url':
      return <p>The address “{clip(failure.value)}” cannot be loaded: {failure.reason}.</p>
    case 'http':
      return (
        <p>
          The server at {hostOf(source)} answered HTTP {failure.status}
          {failure.statusText !== '' ? ` ${clip(failure.statusText, 80)}` : ''}:{' '}
          {HTTP_HINTS[failure.status] ?? (failure.status >= 500 ? 'the server failed to deliver the file; this is often temporary.' : 'it did not deliver the file.')}
        </p>
      )
    case 'network':
      return (
        <p>
          The server at {hostOf(source)} could not be reached: the connection failed ({clip(failure.detail, 120)}). Check the address and your
          network connection, then try again.
        </p>
      )
    case 'cors':
      return (
        <p>
          The server at {failure.origin} answered, but does not allow other sites to read its files: its answer has no{' '}
          <code>Access-Control-Allow-Origin</code> header, so the browser withholds it (CORS). If you control that server, add the header;
          otherwise download the file and open it from your computer.
        </p>
      )
    case 'timeout':
      return (
        <p>
          The server at {hostOf(source)} sent nothing for {failure.seconds} seconds, so loading was stopped.
        </p>
      )
    case 'too-large':
      return (
        <p>
          The dataset is {formatBytes(failure.bytes)}, more than the {formatBytes(failure.limitBytes)} this app can open in a browser.
        </p>
      )
    case 'html':
      return (
        <p>
          The address returned a web page (HTML), not a JSON dataset. Check that the link points to the .json file itself, not to a page
          about it.
        </p>
      )
    case 'json-syntax':
      return (
        <p>
          The file is not valid JSON
          {failure.line !== null ? ` (line ${failure.line}, column ${failure.column ?? '?'})` : ''}: {clip(failure.message)}.
        </p>
      )
    case 'read-failed':
      return <p>The file could not be read: {clip(failure.detail)}</p>
    case 'invalid':
      return (
        <>
          <p>
            The file is JSON but not a dataset this app can read, so nothing was loaded ({failure.issues.length}{' '}
            {failure.issues.length === 1 ? 'problem' : 'problems'}):
          </p>
          <ul className="issue-list" aria-label="Problems found">
            {failure.issues.map((issue, position) => (
              <li key={position}>
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
        Source: <strong className="error-source">{isDatasetError ? clip(error.source, 500) : 'unknown'}</strong>
      </p>
      {isDatasetError ? <FailureText failure={error.failure} source={error.source} /> : <p>Unexpected error: {clip(error.message)}</p>}
      {isDatasetError && error.failure.kind === 'timeout' && <p className="hint">Loading gives up after {LOAD_TIMEOUT_SECONDS} seconds without an answer.</p>}
      <div className="error-actions">
        {(!isDatasetError || error.isRetryable) && onRetry !== undefined && (
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
    </section>
  )
}
