import { afterEach, describe, expect, it, vi } from 'vitest'
import { EARLY_DOWNLOAD_GLOBAL, takeEarlyDownload } from './early-download'

const HREF = 'https://example.org/record.json'

function leave(href: string, response: Promise<unknown>) {
  const abort = vi.fn()
  Reflect.set(window, EARLY_DOWNLOAD_GLOBAL, { href, response, abort })
  return abort
}

afterEach(() => Reflect.deleteProperty(window, EARLY_DOWNLOAD_GLOBAL))

describe('takeEarlyDownload', () => {
  it('hands over the download started for the same address, once', async () => {
    const answer = new Response('{}')
    const abort = leave(HREF, Promise.resolve(answer))
    const early = takeEarlyDownload(HREF)
    await expect(early?.response).resolves.toBe(answer)
    expect(takeEarlyDownload(HREF)).toBeNull()
    early?.abort()
    expect(abort).toHaveBeenCalledTimes(1)
  })

  it('ends a download started for another address and asks afresh', () => {
    const abort = leave('https://example.org/other.json', Promise.resolve(new Response('{}')))
    expect(takeEarlyDownload(HREF)).toBeNull()
    expect(abort).toHaveBeenCalledTimes(1)
  })

  it('passes a failed early request on as the failure of the download', async () => {
    leave(HREF, Promise.reject(new TypeError('Failed to fetch')))
    await expect(takeEarlyDownload(HREF)?.response).rejects.toThrow('Failed to fetch')
  })

  it('ignores anything else under that name', () => {
    Reflect.set(window, EARLY_DOWNLOAD_GLOBAL, { href: HREF, response: 'not a promise', abort: 'no' })
    expect(takeEarlyDownload(HREF)).toBeNull()
    Reflect.set(window, EARLY_DOWNLOAD_GLOBAL, 42)
    expect(takeEarlyDownload(HREF)).toBeNull()
  })
})
