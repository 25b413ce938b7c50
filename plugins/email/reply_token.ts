import { createHash } from 'node:crypto'

/**
 * How an e-mail reply finds its thread again. The token travels three ways,
 * because mail clients and relays keep different parts of a message:
 * the Reply-To address (`svar+<token>@kommune.dk`, kept by every client),
 * our Message-ID (`<vv.<token>.<hash>@domain>`, echoed in In-Reply-To and
 * References), and the `X-Vejviser-Reply-Token` header (kept by relays that
 * forward the original).
 */
export const REPLY_TOKEN_HEADER = 'X-Vejviser-Reply-Token'
export const REPLY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** `svar@soroe.dk` + `abc` → `svar+abc@soroe.dk` (an existing +tag is replaced). */
export function plusAddress(address: string, token: string) {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at).split('+')[0]
  return `${local}+${token}${address.slice(at)}`
}

/**
 * A Message-ID that is the same for every retry of one delivery (so a
 * receiving server can drop the duplicate) and carries the reply token.
 */
export function messageIdFor(idempotencyKey: string, token: string | null, domain: string) {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)
  return `<vv.${token ? `${token}.` : ''}${hash}@${domain}>`
}

/** The token in a plus-addressed copy of `replyAddress`, if `address` is one. */
export function tokenFromAddress(address: string, replyAddress: string) {
  const [local, domain] = replyAddress.toLowerCase().split('@')
  const match = /^([^@+]+)\+([A-Za-z0-9_-]{1,64})@(.+)$/.exec(address.trim())
  if (
    !match ||
    match[1].toLowerCase() !== local.split('+')[0] ||
    match[3].toLowerCase() !== domain
  ) {
    return null
  }
  return match[2]
}

/** The token in a Message-ID we generated (`<vv.<token>.<hash>@…>`), if any. */
export function tokenFromMessageId(messageId: string) {
  const match = /<?vv\.([A-Za-z0-9_-]{1,64})\.[0-9a-f]{24}@/.exec(messageId)
  return match ? match[1] : null
}
