/**
 * A User Timing mark (shown in the browser's performance panel and read by `npm run bench`), where
 * the environment has them; a few per dataset load, so the cost is nothing next to the work they time.
 */
export function markPerformance(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name)
}
