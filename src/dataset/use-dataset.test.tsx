import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DatasetSource } from './dataset-source'
import type { LoadStage } from './load-dataset'
import { useDataset, useLoadStage } from './use-dataset'

// a download whose chunks arrive a millisecond apart, each in a task of its own as from the network,
// and that stays in flight until the test ends it
const CHUNKS = 40
let finish: () => void = () => {}
vi.mock('./load-dataset', () => ({
  loadDataset: (_source: unknown, signal: AbortSignal, onStage?: (stage: LoadStage) => void) =>
    new Promise((_, reject) => {
      finish = () => reject(new Error('ended by the test'))
      signal.addEventListener('abort', () => reject(new Error('aborted')))
      const report = (chunk: number) => {
        onStage?.({ stage: 'downloading', bytes: chunk * 1024, totalBytes: CHUNKS * 1024 })
        if (chunk < CHUNKS) setTimeout(() => report(chunk + 1), 1)
      }
      setTimeout(() => report(1), 1)
    }),
}))

const SOURCE: DatasetSource = { kind: 'url', url: 'https://example.org/big.json' }

let renders = 0
function Progress() {
  useDataset(SOURCE)
  const stage = useLoadStage(SOURCE)
  renders += 1
  return <p>{stage?.stage === 'downloading' ? `${stage.bytes / 1024} KB of ${stage.totalBytes ?? 0}` : 'waiting'}</p>
}

afterEach(() => {
  finish()
  vi.useRealTimers()
})

describe('useLoadStage', () => {
  it('redraws a download’s progress once a frame, not once per chunk', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={client}>
        <Progress />
      </QueryClientProvider>,
    )
    const before = renders
    // 40 chunks in 40 ms: two or three frames of 16 ms
    await act(() => vi.advanceTimersByTimeAsync(CHUNKS + 1))
    expect(renders - before).toBeLessThanOrEqual(4)
    await act(() => vi.advanceTimersByTimeAsync(16))
    expect(screen.getByText(`${CHUNKS} KB of ${CHUNKS * 1024}`)).toBeInTheDocument()
    client.clear()
  })
})
