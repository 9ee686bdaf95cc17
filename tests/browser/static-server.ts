import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
}

export type ExtraRoute = (request: IncomingMessage, response: ServerResponse) => boolean

export interface StaticServer {
  readonly origin: string
  readonly server: Server
  close(): Promise<void>
}

/** Serves a folder on 127.0.0.1 (a free port), with optional extra routes tried first. */
export async function startStaticServer(root: string, routes: readonly ExtraRoute[] = []): Promise<StaticServer> {
  const base = resolve(root)
  const server = createServer((request, response) => {
    for (const route of routes) if (route(request, response)) return
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    let path = normalize(join(base, decodeURIComponent(url.pathname)))
    if (!path.startsWith(base)) {
      response.writeHead(403).end()
      return
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html')
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(path).pipe(response)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo // a listening TCP server always has an AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
