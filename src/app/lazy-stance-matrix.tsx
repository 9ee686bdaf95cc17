import { useMessages } from '../i18n/i18n-context'
import type { StanceMatrixViewProps } from '../stances/stance-matrix-view'
import { lazyPart } from '../ui/lazy-part'

// the matrix is shown only when the view switch picks it: its code (and styles) are a chunk of their
// own, fetched when the reader points at the switch or opens a link to the matrix
const matrixPart = lazyPart(() => import('../stances/stance-matrix-view'))

/** Starts the matrix's download (the reader is about to pick it); harmless to call again. */
export function preloadStanceMatrix(): void {
  void matrixPart.load()
}

// a link to the matrix: the download starts with the app, not once the dataset has arrived
if (typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('view') === 'matrix')
  preloadStanceMatrix()

/** The stance matrix once its code has arrived; a short note until then. */
export function LazyStanceMatrixView(props: StanceMatrixViewProps) {
  const loadingText = useMessages().matrix.loading
  const module = matrixPart.useModule()
  if (module === null) return <p className="matrix-loading">{loadingText}</p>
  return <module.StanceMatrixView {...props} />
}
