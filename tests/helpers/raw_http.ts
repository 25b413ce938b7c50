import http from 'node:http'
import env from '#start/env'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * One HTTP request to the test server exactly as written: the path is sent
 * byte for byte (no `..` normalisation, unlike URL-based clients).
 */
export function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(
      {
        host: env.get('HOST'),
        port: env.get('PORT'),
        method: options.method ?? 'GET',
        path,
        headers: options.headers,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          })
        )
      }
    )
    request.on('error', reject)
    request.end(options.body)
  })
}
