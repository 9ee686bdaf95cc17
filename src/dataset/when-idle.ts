/**
 * Runs `work` when the page is idle (soon after, where the browser has no idle callbacks), for work
 * that makes a later step quick but that the first screen need not wait for. Returns a cancel.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: 5000 })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(work, 200)
  return () => clearTimeout(timer)
}
