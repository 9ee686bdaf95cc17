// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { downloadText, retryAfterSeconds, type DownloadLimits, type DownloadProgress } from './download-text'

// Issue 13: each way a server can fail a download, against a real server on 127.0.0.1.

const MB = 1024 * 1024
const LIMITS: DownloadLimits = { maxBytes: 4 * MB, silenceSeconds: 10, maxRetryAfterSeconds: 5 }
const requests = new Map<string, number>()
/** whether the server saw the client go away before it had written the whole body */
const abandoned = new Set<string>()

function handle(request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
  const count = (requests.get(path) ?? 0) + 1
  requests.set(path, count)
  switch (path) {
    case '/ok.json':
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      return
    case '/cut-mid-body.json': {
      // promises 10 MB, sends 3.1 MB, then closes the connection
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * MB) })
      response.write(Buffer.alloc(Math.round(3.1 * MB), 0x20), () => response.socket?.end())
      return
    }
    case '/cut-chunked.json':
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write(Buffer.alloc(MB, 0x20), () => response.socket?.end())
      return
    case '/cyrillic-in-pieces.json': {
      // written a few bytes at a time, so that characters of two bytes are split between writes
      const body = Buffer.from(JSON.stringify({ title: 'Переговори у Стамбулі — 2025'.repeat(40) }))
      response.writeHead(200, { 'content-type': 'application/json' })
      const write = (at: number) => {
        if (at >= body.length) response.end()
        else response.write(body.subarray(at, at + 7), () => setImmediate(() => write(at + 7)))
      }
      write(0)
      return
    }
    case '/empty.json':
      response.writeHead(200, { 'content-type': 'application/json' }).end()
      return
    case '/redirect-ftp.json':
      response.writeHead(302, { location: 'ftp://files.example/data.json' }).end()
      return
    case '/redirect-javascript.json':
      response.writeHead(301, { location: 'javascript:alert(1)' }).end()
      return
    case '/busy-once.json':
      if (count === 1) response.writeHead(429, { 'retry-after': '1' }).end('slow down')
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"after":"wait"}')
      return
    case '/busy-always.json':
      response.writeHead(503, { 'retry-after': '1' }).end('down')
      return
    case '/busy-for-an-hour.json':
      response.writeHead(503, { 'retry-after': '3600' }).end('down')
      return
    case '/declared-huge.json':
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * MB) })
      response.on('close', () => abandoned.add(path))
      response.write('{')
      return
    case '/streamed-huge.json': {
      // no Content-Length: only counting while streaming can stop it
      response.writeHead(200, { 'content-type': 'application/json' })
      let sent = 0
      const chunk = Buffer.alloc(256 * 1024, 0x20)
      const pump = () => {
        while (sent < 64 * MB) {
          sent += chunk.length
          if (!response.write(chunk)) {
            response.once('drain', pump)
            return
          }
        }
        response.end()
      }
      response.on('close', () => {
        if (sent < 64 * MB) abandoned.add(path)
      })
      pump()
      return
    }
    default:
      response.writeHead(404).end()
  }
}

let server: Server
let origin = ''
beforeAll(async () => {
  server = createServer(handle)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}` // a listening TCP server has an AddressInfo
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((done) => server.close(() => done()))
})

async function download(path: string, limits: DownloadLimits = LIMITS) {
  const progress: DownloadProgress[] = []
  const result = await downloadText({
    url: `${origin}${path}`,
    signal: new AbortController().signal,
    limits,
    onProgress: (step) => progress.push(step),
    pageOrigin: origin,
  })
  return { result, progress }
}

describe('downloadText against a misbehaving server', () => {
  it('returns the body and its content type from a good server', async () => {
    const { result } = await download('/ok.json')
    expect(result).toEqual({ ok: true, text: '{"ok":true}', contentType: 'application/json' })
  })

  it('hands on the text piece by piece as it arrives, characters whole, the pieces joined being the text', async () => {
    const pieces: string[] = []
    const result = await downloadText({
      url: `${origin}/cyrillic-in-pieces.json`,
      signal: new AbortController().signal,
      limits: LIMITS,
      onText: (piece) => pieces.push(piece),
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(JSON.parse(result.text)).toEqual({ title: 'Переговори у Стамбулі — 2025'.repeat(40) })
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.join('')).toBe(result.text)
    expect(pieces.some((piece) => piece.includes('\ufffd'))).toBe(false)
  })

  it('says how far a download got when the connection closed mid-body, and of how much', async () => {
    const { result } = await download('/cut-mid-body.json', { ...LIMITS, maxBytes: 16 * MB })
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'truncated', bytes: expect.any(Number), totalBytes: 10 * MB },
    })
    if (result.ok || result.failure.kind !== 'truncated') return
    expect(result.failure.bytes).toBeGreaterThan(3 * MB)
    expect(result.failure.bytes).toBeLessThan(10 * MB)
  })

  it('says the download stopped when a body of unknown length breaks off', async () => {
    const { result } = await download('/cut-chunked.json')
    expect(result).toMatchObject({ ok: false, failure: { kind: 'truncated', totalBytes: null } })
  })

  it('names an empty 200 answer as empty, not as bad JSON', async () => {
    expect((await download('/empty.json')).result).toEqual({ ok: false, failure: { kind: 'empty', status: 200 } })
  })

  it.each([
    ['/redirect-ftp.json', 'ftp://files.example/data.json'],
    ['/redirect-javascript.json', 'javascript:alert(1)'],
  ])('names a redirect to an address that is not http(s) (%s)', async (path, location) => {
    expect((await download(path)).result).toEqual({ ok: false, failure: { kind: 'bad-redirect', location } })
  })

  it('waits as long as Retry-After says after a 429, says so, and retries once', async () => {
    const { result, progress } = await download('/busy-once.json')
    expect(result).toEqual({ ok: true, text: '{"after":"wait"}', contentType: 'application/json' })
    expect(progress[0]).toEqual({ stage: 'waiting', status: 429, seconds: 1 })
    expect(requests.get('/busy-once.json')).toBe(2)
  })

  it('retries a 503 only once, then names it as still busy', async () => {
    const { result } = await download('/busy-always.json')
    expect(result).toMatchObject({ ok: false, failure: { kind: 'http', status: 503, hasRetried: true } })
    expect(requests.get('/busy-always.json')).toBe(2)
  })

  it('does not wait an hour: a Retry-After beyond the limit fails at once, naming the wait', async () => {
    const { result, progress } = await download('/busy-for-an-hour.json')
    expect(result).toMatchObject({ ok: false, failure: { kind: 'http', status: 503, retryAfterSeconds: 3600 } })
    expect(progress).toEqual([])
    expect(requests.get('/busy-for-an-hour.json')).toBe(1)
  })

  it('refuses up front a body whose Content-Length is over the limit, and drops the connection', async () => {
    const { result, progress } = await download('/declared-huge.json')
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'too-large', bytes: 200 * MB, limitBytes: 4 * MB, isDeclared: true },
    })
    expect(progress).toEqual([])
    await expect.poll(() => abandoned.has('/declared-huge.json')).toBe(true)
  })

  it('stops a body of unknown length as it passes the limit, and drops the connection', async () => {
    const { result, progress } = await download('/streamed-huge.json')
    expect(result).toMatchObject({ ok: false, failure: { kind: 'too-large', limitBytes: 4 * MB, isDeclared: false } })
    const last = progress.at(-1)
    expect(last?.stage === 'downloading' && last.bytes <= 4 * MB).toBe(true)
    await expect.poll(() => abandoned.has('/streamed-huge.json')).toBe(true)
  })

  it('says a refused connection could not be reached', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const port = (closed.address() as AddressInfo).port // as above
    await new Promise<void>((done) => closed.close(() => done()))
    const result = await downloadText({
      url: `http://127.0.0.1:${port}/x.json`,
      signal: new AbortController().signal,
      limits: LIMITS,
    })
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'network', detail: `127.0.0.1:${port} could not be reached` },
    })
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2025-08-20T12:00:00Z')
    expect(retryAfterSeconds('120', now)).toBe(120)
    expect(retryAfterSeconds('Wed, 20 Aug 2025 12:00:30 GMT', now)).toBe(30)
    expect(retryAfterSeconds('Wed, 20 Aug 2025 11:00:00 GMT', now)).toBe(0)
    expect(retryAfterSeconds('soon', now)).toBeNull()
    expect(retryAfterSeconds(null, now)).toBeNull()
  })
})
