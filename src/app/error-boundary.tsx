import { Component, type ReactNode } from 'react'

export interface ErrorBoundaryProps {
  /** what this part of the page is, in words: "timeline", "event list", "event details" */
  readonly part: string
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
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
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

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    if (Object.is(props.resetKey, state.resetKey)) return null
    return { error: null, hasError: false, resetKey: props.resetKey }
  }

  private readonly handleRetry = () => this.setState({ error: null, hasError: false })

  render() {
    if (!this.state.hasError) return this.props.children
    const { part } = this.props
    return (
      <div className="part-error" role="alert">
        <p>
          <strong>The {part} could not be shown</strong> because of an error in this app. The rest of the page still works.
        </p>
        <p className="part-error-detail">What failed: {describeError(this.state.error)}</p>
        <button type="button" onClick={this.handleRetry}>
          Try showing the {part} again
        </button>
      </div>
    )
  }
}
