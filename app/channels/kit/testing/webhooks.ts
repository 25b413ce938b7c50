import { SIGNATURE_HEADER, signPayload } from '../main.js'
import type { RawInbound } from '../types.js'

/** A webhook body as a test writes it: raw bytes, text, or JSON to serialise. */
export type WebhookBody = Buffer | string | object

/**
 * How a provider signs a webhook, declared by the plugin's spec: the
 * headers it adds to `body` at time `at` with this connection's settings.
 * The contract suite signs genuine payloads with it and forges the rest.
 */
export type WebhookSigner = (settings: any, body: Buffer, at: Date) => Record<string, string>

export function bodyBytes(body: WebhookBody): Buffer {
  if (Buffer.isBuffer(body)) return body
  return Buffer.from(typeof body === 'string' ? body : JSON.stringify(body))
}

function contentType(body: WebhookBody) {
  return typeof body === 'object' && !Buffer.isBuffer(body) ? 'application/json' : 'text/plain'
}

/** Header names as the webhook route hands them over: Node lower-cases them. */
function lowerKeys(headers: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value])
  )
}

/** A webhook request signed by `sign`, as the webhook route would pass it to the driver. */
export function signedWith(
  sign: WebhookSigner,
  settings: unknown,
  body: WebhookBody,
  options: { at?: Date; headers?: Record<string, string> } = {}
): RawInbound {
  const buffer = bodyBytes(body)
  return {
    headers: {
      'content-type': contentType(body),
      ...lowerKeys(options.headers ?? {}),
      ...lowerKeys(sign(settings, buffer, options.at ?? new Date())),
    },
    body: buffer,
    receivedAt: new Date(),
  }
}

/** The kit's own scheme (`x-vejviser-signature`) as a WebhookSigner for one settings key. */
export function kitSigner(secretKey: string): WebhookSigner {
  return (settings, body, at) => ({
    [SIGNATURE_HEADER]: signPayload(String(settings[secretKey]), body, at),
  })
}

/** A webhook request signed with the kit's scheme. */
export function signedInbound(
  secret: string,
  body: WebhookBody,
  options: { at?: Date; headers?: Record<string, string> } = {}
): RawInbound {
  return signedWith(kitSigner('secret'), { secret }, body, options)
}

export type Forgery = { name: string; raw: RawInbound }

/**
 * Every forgery the suite makes from a genuine payload, whatever the
 * scheme: the body changed after signing, signed with other secrets, the
 * signature headers missing or empty, a replay older than any tolerance
 * (when the scheme is timestamped) and another payload's signature.
 */
export function forgeries(options: {
  sign: WebhookSigner
  settings: Record<string, unknown>
  secrets: string[]
  body: Buffer
  other?: Buffer
  headers?: Record<string, string>
  refusesReplays: boolean
}): Forgery[] {
  const { sign, settings, body, headers } = options
  const genuine = signedWith(sign, settings, body, { headers })
  const signatureKeys = Object.keys(lowerKeys(sign(settings, body, new Date())))
  const unsigned = { ...genuine.headers }
  for (const key of signatureKeys) delete unsigned[key]
  const forgedSettings = { ...settings }
  for (const key of options.secrets) forgedSettings[key] = `${String(settings[key])}-forged`

  const list: Forgery[] = [
    {
      name: 'body changed after signing',
      raw: { ...genuine, body: Buffer.concat([body, Buffer.from(' ')]) },
    },
    {
      name: 'one byte of the body flipped',
      raw: {
        ...genuine,
        body: Buffer.from(body.map((byte, i) => (i === body.length >> 1 ? byte ^ 1 : byte))),
      },
    },
    {
      name: 'signed with another secret',
      raw: signedWith(sign, forgedSettings, body, { headers }),
    },
    { name: 'no signature', raw: { ...genuine, headers: unsigned } },
    {
      name: 'empty signature',
      raw: {
        ...genuine,
        headers: { ...unsigned, ...Object.fromEntries(signatureKeys.map((k) => [k, ''])) },
      },
    },
  ]
  if (options.refusesReplays) {
    list.push({
      name: 'replayed 10 minutes later',
      raw: signedWith(sign, settings, body, { headers, at: new Date(Date.now() - 10 * 60_000) }),
    })
    list.push({
      name: 'signed 10 minutes in the future',
      raw: signedWith(sign, settings, body, { headers, at: new Date(Date.now() + 10 * 60_000) }),
    })
  }
  if (options.other && !options.other.equals(body)) {
    const otherSigned = signedWith(sign, settings, options.other, { headers })
    list.push({ name: "another payload's signature", raw: { ...otherSigned, body } })
  }
  return list
}

/**
 * The kit-scheme forgeries of 1.3 (body changed, wrong secret, none,
 * replay), kept for specs that list their own tampered webhooks.
 */
export function tamperedInbounds(secret: string, genuine: RawInbound): RawInbound[] {
  return forgeries({
    sign: kitSigner('secret'),
    settings: { secret },
    secrets: ['secret'],
    body: genuine.body,
    refusesReplays: true,
  }).map((forgery) => forgery.raw)
}
