import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useValueAfterPaint } from './use-value-after-paint'

describe('useValueAfterPaint', () => {
  it('gives the first value at once and a new one only after the next frame', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterPaint(value), {
      initialProps: { value: 'first' },
    })
    expect(result.current).toBe('first')
    rerender({ value: 'second' })
    expect(result.current).toBe('first')
    await new Promise((resolve) => requestAnimationFrame(resolve))
    await waitFor(() => expect(result.current).toBe('second'))
  })

  it('skips values replaced before a frame came', async () => {
    const seen: string[] = []
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useValueAfterPaint(value)
        seen.push(shown)
        return shown
      },
      { initialProps: { value: 'a' } },
    )
    rerender({ value: 'b' })
    rerender({ value: 'c' })
    await waitFor(() => expect(result.current).toBe('c'))
    expect(seen).not.toContain('b')
  })
})
