import { useEffect, useState } from 'react'

/**
 * The value as it was when the page last painted: a new value arrives one frame late, after the
 * frame that shows everything else it changed. For a costly part that may follow a moment behind
 * (the timeline after a keystroke, while the list shows the result first). The first value is at once.
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value)
  useEffect(() => {
    if (Object.is(shown, value)) return undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    // the frame callback runs just before that frame is painted; a task posted from it runs after
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value, shown])
  return shown
}
