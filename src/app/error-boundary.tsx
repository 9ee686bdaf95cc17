import { Component, type ReactNode } from 'react'
import { useMessages } from '../i18n/i18n-context'
import type { PagePart } from '../i18n/messages-en'
import { clipText } from '../ui/clip-text'

export interface ErrorBoundaryProps {
  /** which part of the page this is; named in the interface language when it fails */
  readonly part: PagePart
  /** when this changes (another event opened, new data), the part is tried again */
  readonly resetKey?: unknown
  readonly children: ReactNode
}

interface ErrorBoundaryState {
  readonly error: unknown
  readonly hasError: boolean
  readonly resetKey: unknown
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return clipText(text, 300)
}

function PartError({
  part,
  error,
  onRetry,
}: {
  readonly part: PagePart
  readonly error: unknown
  readonly onRetry: () => void
}) {
  const words = useMessages().partError
  const name = words.parts[part]
  return (
    <div className="part-error" role="alert">
      <p>
        <strong>{words.failed(name)}</strong>
        {words.failedRest}
      </p>
      <p className="part-error-detail">{words.whatFailed(describeError(error))}</p>
      <button type="button" onClick={onRetry}>
        {words.retry(name)}
      </button>
    </div>
  )
}

/**
 * Contains a rendering failure to one part of the page: that part says what failed and offers to
 * try again, and the rest of the page keeps working. React still logs the error to the console.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, hasError: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error, hasError: true }
  }

  static getDerivedStateFromProps(
    props: ErrorBoundaryProps,
    state: ErrorBoundaryState,
  ): Partial<ErrorBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null
    return { error: null, hasError: false, resetKey: props.resetKey }
  }

  private readonly handleRetry = () => this.setState({ error: null, hasError: false })

  render() {
    if (!this.state.hasError) return this.props.children
    return <PartError part={this.props.part} error={this.state.error} onRetry={this.handleRetry} />
  }
}
