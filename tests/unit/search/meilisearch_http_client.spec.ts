import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { test } from '@japa/runner'
import { MeilisearchApiError } from 'meilisearch'
import { createKeepAliveHttpClient } from '#search/drivers/meilisearch/keep_alive_http_client'

/**
 * The Meilisearch driver's HTTP client against a plain local server: JSON
 * in and out, API errors as the client library's errors, one reused
 * connection, abort reasons passed through, and one retry when a reused
 * connection turns out to be closed.
 */

type Handler = (req: IncomingMessage, res: ServerResponse, nthOnSocket: number) => void

async function serve(handler: Handler) {
  const perSocket = new WeakMap<Socket, number>()
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    const n = (perSocket.get(req.socket) ?? 0) + 1
    perSocket.set(req.socket, n)
    handler(req, res, n)
  })
  server.on('connection', (socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

test.group('Meilisearch keep-alive HTTP client', () => {
  test('sends the body and headers, parses JSON, reuses one connection', async ({
    assert,
    cleanup,
  }) => {
    const seen: Array<{ method?: string; auth?: string; body: string }> = []
    const server = await serve((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        seen.push({ method: req.method, auth: req.headers.authorization, body })
        json(res, 200, { ok: true, n: seen.length })
      })
    })
    const client = createKeepAliveHttpClient()
    cleanup(async () => {
      client.destroy()
      await server.close()
    })

    for (let i = 1; i <= 5; i++) {
      const result = await client.request(new URL('/indexes/x/search', server.url), {
        method: 'POST',
        body: JSON.stringify({ q: 'kørekort' }),
        headers: new Headers({ 'Authorization': 'Bearer k', 'Content-Type': 'application/json' }),
      })
      assert.deepEqual(result, { ok: true, n: i })
    }
    assert.deepEqual(seen[0], { method: 'POST', auth: 'Bearer k', body: '{"q":"kørekort"}' })
    assert.equal(server.connections(), 1)
  })

  test('answers 4xx/5xx with the client library’s API error', async ({ assert, cleanup }) => {
    const server = await serve((_req, res) =>
      json(res, 404, { message: 'Index `x` not found.', code: 'index_not_found' })
    )
    const client = createKeepAliveHttpClient()
    cleanup(async () => {
      client.destroy()
      await server.close()
    })

    try {
      await client.request(`${server.url}/indexes/x`)
      assert.fail('expected an error')
    } catch (error) {
      assert.instanceOf(error, MeilisearchApiError)
      assert.equal((error as MeilisearchApiError).response.status, 404)
      assert.equal((error as MeilisearchApiError).cause?.code, 'index_not_found')
    }
  })

  test('rejects with the abort reason the caller gave', async ({ assert, cleanup }) => {
    const server = await serve(() => {})
    const client = createKeepAliveHttpClient()
    cleanup(async () => {
      client.destroy()
      await server.close()
    })

    const reason = Symbol('timeout')
    const controller = new AbortController()
    const pending = client.request(`${server.url}/health`, { signal: controller.signal })
    setTimeout(() => controller.abort(reason), 20)
    await assert.rejects(async () => {
      try {
        await pending
      } catch (error) {
        assert.equal(error, reason)
        throw new Error('rejected')
      }
    })
  })

  test('retries once when a reused connection was closed by the server', async ({
    assert,
    cleanup,
  }) => {
    const server = await serve((req, res, nthOnSocket) => {
      if (nthOnSocket === 2) return req.socket.destroy()
      json(res, 200, { nthOnSocket })
    })
    const client = createKeepAliveHttpClient()
    cleanup(async () => {
      client.destroy()
      await server.close()
    })

    assert.deepEqual(await client.request(`${server.url}/a`), { nthOnSocket: 1 })
    assert.deepEqual(await client.request(`${server.url}/b`), { nthOnSocket: 1 })
    assert.equal(server.connections(), 2)
  })
})
