/**
 * SMS through a generic HTTP gateway in the style of the Nordic gateway REST
 * APIs (GatewayAPI and the like): `POST {baseUrl}/mtsms` with a JSON body
 * `{ sender, message, recipients: [{ msisdn }] }` and
 * `Authorization: Token <apiToken>`, answered with `{ ids: [..] }`;
 * `GET {baseUrl}/me` checks the credentials. Delivery reports and incoming
 * SMS arrive as JSON webhooks signed with the kit signature (webhookSecret).
 */
import {
  ChannelSendError,
  defineChannelPlugin,
  gsm7Friendly,
  parsePhone,
  SIGNATURE_HEADER,
  smsSegments,
  verifyPayload,
  vine,
} from '#channel_kit'
import type { ChannelContext, ChannelDriver, InboundEvent, Infer, RawInbound } from '#channel_kit'

export const SMS_MAX_SEGMENTS = 6
const REQUEST_TIMEOUT_MS = 15_000
/** Final gateway statuses; the intermediate ones (ENROUTE, BUFFERED…) give no event. */
const DELIVERED = new Set(['DELIVERED'])
const FAILED = new Set(['UNDELIVERABLE', 'REJECTED', 'EXPIRED', 'DELETED', 'SKIPPED'])

const settings = vine.create({
  baseUrl: vine
    .string()
    .trim()
    .url({ require_tld: false, protocols: ['http', 'https'] }),
  apiToken: vine.string().trim().minLength(8).maxLength(200),
  /** Alphanumeric sender ids are at most 11 characters on every network. */
  senderName: vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,11}$/),
  webhookSecret: vine.string().minLength(16).maxLength(200),
  /** What one SMS costs at this gateway (kroner); the staff preview prices texts with it. */
  pricePerSegment: vine.number().min(0).max(100).optional(),
})

export type SmsSettings = Infer<typeof settings>

type GatewayReport = {
  id?: number | string
  msisdn?: number | string
  status?: string
  time?: number
  error?: string | null
  message?: string
  senttime?: number
}

function fromUnixSeconds(value: unknown, fallback: Date) {
  return typeof value === 'number' && Number.isFinite(value) ? new Date(value * 1000) : fallback
}

/** Reads the gateway's error text without trusting its shape or length. */
async function describeFailure(response: Response) {
  const text = await response.text().catch(() => '')
  const body = text.slice(0, 300)
  try {
    const json = JSON.parse(body) as { message?: unknown; code?: unknown }
    if (typeof json.message === 'string') return json.message
  } catch {}
  return body || response.statusText
}

function parseReport(item: GatewayReport, raw: RawInbound): InboundEvent | null {
  if (item.id === undefined) return null
  if (typeof item.status === 'string') {
    const status = item.status.toUpperCase()
    if (!DELIVERED.has(status) && !FAILED.has(status)) return null
    return {
      type: 'delivery_status',
      eventId: `dlr:${item.id}:${status}`,
      externalId: String(item.id),
      status: DELIVERED.has(status) ? 'delivered' : 'failed',
      detail: item.error ?? (FAILED.has(status) ? status : null),
      at: fromUnixSeconds(item.time, raw.receivedAt),
    }
  }
  if (typeof item.message === 'string' && item.msisdn !== undefined) {
    return {
      type: 'message',
      eventId: `mo:${item.id}`,
      from: `+${String(item.msisdn).replace(/^\+/, '')}`,
      text: item.message,
      receivedAt: fromUnixSeconds(item.senttime, raw.receivedAt),
    }
  }
  return null
}

function createSmsDriver({
  settings: config,
  fetch,
  logger,
  webhookUrl,
}: ChannelContext<SmsSettings>): ChannelDriver {
  const base = config.baseUrl.replace(/\/+$/, '')
  const headers = {
    'authorization': `Token ${config.apiToken}`,
    'accept': 'application/json',
    'content-type': 'application/json',
  }

  async function call(path: string, init: RequestInit) {
    try {
      return await fetch(`${base}${path}`, {
        ...init,
        headers: { ...headers, ...(init.headers as Record<string, string>) },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      throw new ChannelSendError(
        `SMS gateway unreachable: ${error instanceof Error ? error.message : String(error)}`,
        { retryable: true, cause: error }
      )
    }
  }

  return {
    async send(message) {
      const recipient = parsePhone(message.to)
      if (recipient.error !== undefined) {
        throw new ChannelSendError(`Cannot send SMS: ${recipient.reason}`, { retryable: false })
      }
      /** A dash or curly quote must not switch the whole text to UCS-2. */
      const text = gsm7Friendly(message.text)
      if (!text.trim()) {
        throw new ChannelSendError('Cannot send an empty SMS', { retryable: false })
      }
      const parts = smsSegments(text)
      if (parts.segments > SMS_MAX_SEGMENTS) {
        throw new ChannelSendError(
          `The text needs ${parts.segments} SMS (${parts.encoding}, ${parts.perSegment} per SMS); at most ${SMS_MAX_SEGMENTS} are allowed`,
          { retryable: false }
        )
      }
      const response = await call('/mtsms', {
        method: 'POST',
        headers: { 'idempotency-key': message.idempotencyKey },
        body: JSON.stringify({
          sender: config.senderName,
          message: text,
          recipients: [{ msisdn: Number(recipient.e164.slice(1)) }],
          encoding: parts.encoding === 'UCS-2' ? 'UCS2' : undefined,
          userref: message.idempotencyKey,
          callback_url: webhookUrl,
        }),
      })
      if (!response.ok) {
        const detail = await describeFailure(response)
        logger.warn('SMS gateway refused the message', { status: response.status, detail })
        throw ChannelSendError.fromStatus(
          response.status,
          `SMS gateway answered ${response.status}: ${detail}`,
          { retryAfter: response.headers.get('retry-after') }
        )
      }
      const body = (await response.json().catch(() => ({}))) as { ids?: unknown[] }
      const id = body.ids?.[0]
      if (id === undefined || id === null || id === '') {
        /** Accepted but unnamed: retrying could send the SMS twice. */
        throw new ChannelSendError('SMS gateway accepted the message but returned no id', {
          retryable: false,
          status: response.status,
        })
      }
      logger.info('SMS sent', {
        externalId: String(id),
        segments: parts.segments,
        encoding: parts.encoding,
      })
      return { externalId: String(id) }
    },

    async verify() {
      const response = await call('/me', { method: 'GET' })
      if (!response.ok) {
        const detail = await describeFailure(response)
        throw ChannelSendError.fromStatus(
          response.status,
          `SMS gateway refused the credentials (${response.status}): ${detail}`,
          { retryAfter: response.headers.get('retry-after') }
        )
      }
      logger.debug('SMS gateway credentials verified')
    },

    inbound: {
      verifySignature(raw) {
        return verifyPayload(config.webhookSecret, raw.body, raw.headers[SIGNATURE_HEADER])
      },
      parse(raw) {
        let payload: unknown
        try {
          payload = JSON.parse(raw.body.toString('utf8'))
        } catch {
          throw new Error('SMS webhook body is not JSON')
        }
        const items = (Array.isArray(payload) ? payload : [payload]) as GatewayReport[]
        return items
          .filter((item) => item && typeof item === 'object')
          .map((item) => parseReport(item, raw))
          .filter((event): event is InboundEvent => event !== null)
      },
    },

    /** Nothing to release: every call is a plain fetch. */
    async close() {},
  }
}

export default defineChannelPlugin<SmsSettings>({
  manifest: {
    id: 'sms',
    kind: 'sms',
    displayName: { da: 'SMS (HTTP-gateway)', sv: 'Sms (HTTP-gateway)', en: 'SMS (HTTP gateway)' },
    version: '1.0.0',
    kitApi: '^1.6.0',
    vendor: 'Vejviser',
    capabilities: {
      outbound: true,
      inboundWebhook: true,
      deliveryReceipts: true,
      attachments: false,
      richText: false,
      /** 6 concatenated GSM-7 segments; UCS-2 texts stop at 6 × 67 = 402. */
      maxBodyLength: SMS_MAX_SEGMENTS * 153,
      encodings: ['GSM-7', 'UCS-2'],
      maxSegments: SMS_MAX_SEGMENTS,
    },
    secrets: ['apiToken', 'webhookSecret'],
  },
  settings,
  settingsForm: [
    {
      key: 'baseUrl',
      label: { da: 'Gatewayens API-adresse', sv: 'Gatewayens API-adress', en: 'Gateway API URL' },
      type: 'url',
      placeholder: {
        da: 'https://gatewayapi.com/rest',
        sv: 'https://gatewayapi.com/rest',
        en: 'https://gatewayapi.com/rest',
      },
      help: {
        da: 'Adressen på SMS-udbyderens REST-API.',
        sv: 'Adressen till sms-leverantörens REST-API.',
        en: "The address of the SMS provider's REST API.",
      },
      required: true,
    },
    {
      key: 'apiToken',
      label: { da: 'API-nøgle', sv: 'API-nyckel', en: 'API token' },
      type: 'password',
      required: true,
    },
    {
      key: 'senderName',
      label: { da: 'Afsendernavn', sv: 'Avsändarnamn', en: 'Sender name' },
      type: 'text',
      placeholder: { da: 'SoroeKom', sv: 'Kristinehm', en: 'SoroeKom' },
      help: {
        da: 'Højst 11 bogstaver (A–Z, ikke æøå) eller cifre.',
        sv: 'Högst 11 bokstäver (A–Z, inte åäö) eller siffror.',
        en: 'Up to 11 letters (A–Z, no æøå) or digits.',
      },
      required: true,
    },
    {
      key: 'webhookSecret',
      label: { da: 'Webhook-hemmelighed', sv: 'Webhook-hemlighet', en: 'Webhook secret' },
      type: 'password',
      help: {
        da: 'Mindst 16 tegn. Gatewayen signerer leveringskvitteringer og indgående SMS med den.',
        sv: 'Minst 16 tecken. Gatewayen signerar leveranskvitton och inkommande sms med den.',
        en: 'At least 16 characters; the gateway signs delivery reports and incoming SMS with it.',
      },
      required: true,
    },
    {
      key: 'pricePerSegment',
      label: { da: 'Pris pr. SMS', sv: 'Pris per sms', en: 'Price per SMS' },
      type: 'number',
      placeholder: { da: '0,25', sv: '0,45', en: '0.25' },
      help: {
        da: 'I kroner. Medarbejderne ser prisen på en besked, før de sender den.',
        sv: 'I kronor. Handläggarna ser vad ett meddelande kostar innan de skickar det.',
        en: 'In kroner; staff see what a text costs before they send it.',
      },
    },
  ],
  messages: {
    'senderName.regex': {
      da: '{field} må kun have bogstaver A–Z og cifre, højst 11 tegn',
      sv: '{field} får bara innehålla bokstäverna A–Z och siffror, högst 11 tecken',
      en: '{field} may only contain letters A–Z and digits, at most 11 characters',
    },
    'apiToken.minLength': {
      da: '{field} skal være mindst {min} tegn – kopiér den fra udbyderens konto',
      sv: '{field} måste ha minst {min} tecken – kopiera den från leverantörens konto',
      en: "{field} must be at least {min} characters – copy it from the provider's account",
    },
  },
  createDriver: createSmsDriver,
})
