/**
 * vis-timeline zooms on the wheel with one modifier (zoomKey: Ctrl here, which is also what a trackpad
 * pinch sends). On a Mac the reader reaches for ⌘: this gives ⌘ + wheel the same zoom. Returns the
 * function that removes the listener.
 */
export function zoomOnMetaWheel(container: HTMLElement, zoom: (direction: 'in' | 'out') => void): () => void {
  const handleWheel = (wheel: WheelEvent) => {
    if (!wheel.metaKey || wheel.ctrlKey || wheel.deltaY === 0) return
    wheel.preventDefault()
    zoom(wheel.deltaY < 0 ? 'in' : 'out')
  }
  container.addEventListener('wheel', handleWheel, { passive: false })
  return () => container.removeEventListener('wheel', handleWheel)
}
