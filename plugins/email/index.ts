/**
 * E-mail over SMTP (nodemailer). Every message goes out with a text and an
 * HTML part, a Reply-To that carries the reply token (`svar+<token>@…`), a
 * deterministic Message-ID per delivery and an `X-Vejviser-Reply-Token`
 * header. Replies come back through the inbound webhook as the raw MIME
 * message (from the kommune's mail relay), signed with the kit signature.
 */
import { createHash } from 'node:crypto'
import {
  ChannelSendError,
  defineChannelPlugin,
  SIGNATURE_HEADER,
  verifyPayload,
} from '#channel_kit'
import { vine } from '#channel_kit'
import type {
  ChannelContext,
  ChannelDriver,
  InboundEvent,
  Infer,
  OutboundMessage,
  RawInbound,
} from '#channel_kit'
import {
  messageIdFor,
  plusAddress,
  REPLY_TOKEN_HEADER,
  REPLY_TOKEN_PATTERN,
  tokenFromAddress,
  tokenFromMessageId,
} from './reply_token.js'
import { htmlFromText, stripQuotedReply } from './text.js'

const settings = vine.create({
  host: vine.string().trim().minLength(1).maxLength(255),
  port: vine.number().withoutDecimals().range([1, 65535]),
  /** Implicit TLS (usually port 465); otherwise STARTTLS is used when offered. */
  secure: vine.boolean(),
  user: vine.string().trim().maxLength(255).optional(),
  password: vine.string().maxLength(255).optional().requiredIfExists('user'),
  fromAddress: vine.string().trim().email(),
  fromName: vine.string().trim().maxLength(100).optional(),
  /** Replies go to this address plus-tagged with the token: svar+<token>@… */
  replyAddress: vine.string().trim().email(),
  webhookSecret: vine.string().minLength(16).maxLength(200),
})

export type EmailSettings = Infer<typeof settings>

const EMAIL_PATTERN = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/
/** Network-level failures: the server may well answer next time. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPROTOCOL',
])

type SmtpError = Error & { code?: string; responseCode?: number; response?: string }

/**
 * SMTP's own retry semantics: 4xx replies are transient, 5xx permanent.
 * Without a reply code the connection failed, which is worth retrying,
 * except for errors in the message itself.
 */
function smtpError(error: unknown, action: string): ChannelSendError {
  const failure = error as SmtpError
  const code = typeof failure?.responseCode === 'number' ? failure.responseCode : null
  const retryable =
    code !== null
      ? code < 500
      : failure?.code === 'EMESSAGE' || failure?.code === 'EENVELOPE'
        ? false
        : TRANSIENT_CODES.has(failure?.code ?? '') || !failure?.code
  const detail = (failure?.response ?? failure?.message ?? String(error)).slice(0, 300)
  return new ChannelSendError(
    `SMTP ${action} failed (${code ?? failure?.code ?? 'error'}): ${detail}`,
    {
      retryable,
      status: code,
      cause: error,
    }
  )
}

function firstAddresses(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.flatMap((entry: { value?: { address?: string }[] }) =>
    (entry?.value ?? []).map((item) => item.address ?? '').filter(Boolean)
  )
}

async function createEmailDriver(context: ChannelContext<EmailSettings>): Promise<ChannelDriver> {
  const { settings: config, logger } = context
  const { default: nodemailer } = await import('nodemailer')
  const domain = config.fromAddress.split('@')[1]
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    /** nodemailer's own logger prints the SMTP dialogue, AUTH included. */
    logger: false,
    debug: false,
  })
  let closed = false

  return {
    async send(message: OutboundMessage) {
      if (!EMAIL_PATTERN.test(message.to)) {
        throw new ChannelSendError('Cannot send e-mail: the recipient is not an e-mail address', {
          retryable: false,
        })
      }
      const token = message.replyToken ?? null
      if (token !== null && !REPLY_TOKEN_PATTERN.test(token)) {
        throw new ChannelSendError('Cannot send e-mail: the reply token has invalid characters', {
          retryable: false,
        })
      }
      const messageId = messageIdFor(message.idempotencyKey, token, domain)
      try {
        const info = await transporter.sendMail({
          from: config.fromName
            ? { name: config.fromName, address: config.fromAddress }
            : config.fromAddress,
          to: message.to,
          replyTo: token ? plusAddress(config.replyAddress, token) : config.replyAddress,
          subject: message.subject || message.text.split('\n')[0].slice(0, 78),
          text: message.text,
          html: message.html || htmlFromText(message.text),
          messageId,
          headers: token ? { [REPLY_TOKEN_HEADER]: token } : {},
        })
        logger.info('E-mail sent', { externalId: info.messageId ?? messageId })
        return { externalId: info.messageId ?? messageId }
      } catch (error) {
        const failure = smtpError(error, 'send')
        logger.warn('E-mail not sent', { status: failure.status, retryable: failure.retryable })
        throw failure
      }
    },

    async verify() {
      try {
        await transporter.verify()
        logger.debug('SMTP connection verified')
      } catch (error) {
        throw smtpError(error, 'connection test')
      }
    },

    inbound: {
      verifySignature(raw: RawInbound) {
        return verifyPayload(config.webhookSecret, raw.body, raw.headers[SIGNATURE_HEADER])
      },
      async parse(raw: RawInbound): Promise<InboundEvent[]> {
        const { simpleParser } = await import('mailparser')
        const mail = await simpleParser(raw.body, { skipImageLinks: true })
        /** Out-of-office and other automatic answers are not a citizen's reply. */
        const autoSubmitted = String(mail.headers.get('auto-submitted') ?? 'no').toLowerCase()
        if (autoSubmitted !== 'no') return []

        const recipients = [
          ...firstAddresses(mail.to),
          ...firstAddresses(mail.cc),
          ...['delivered-to', 'x-original-to'].flatMap((name) => {
            const value = mail.headers.get(name)
            return typeof value === 'string' ? [value] : []
          }),
        ]
        const header = mail.headers.get(REPLY_TOKEN_HEADER.toLowerCase())
        const references = [mail.inReplyTo ?? '', ...[mail.references ?? []].flat()]
        const replyToken =
          recipients
            .map((address) => tokenFromAddress(address, config.replyAddress))
            .find(Boolean) ??
          (typeof header === 'string' && REPLY_TOKEN_PATTERN.test(header.trim())
            ? header.trim()
            : null) ??
          references.map(tokenFromMessageId).find(Boolean) ??
          null

        /** No sender, nothing to answer: bytes that are no mail (the contract sends garbage). */
        const from = firstAddresses(mail.from)[0]
        if (!from) return []
        const text = mail.text ?? ''
        return [
          {
            type: 'message',
            eventId:
              mail.messageId ?? `sha256:${createHash('sha256').update(raw.body).digest('hex')}`,
            from,
            subject: mail.subject ?? null,
            text: stripQuotedReply(text),
            replyToken,
            receivedAt: raw.receivedAt,
          },
        ]
      },
    },

    async close() {
      if (closed) return
      closed = true
      transporter.close()
    },
  }
}

export default defineChannelPlugin<EmailSettings>({
  manifest: {
    id: 'email',
    kind: 'email',
    displayName: { da: 'E-mail (SMTP)', sv: 'E-post (SMTP)', en: 'E-mail (SMTP)' },
    version: '1.0.0',
    kitApi: '^1.3.0',
    vendor: 'Vejviser',
    capabilities: {
      outbound: true,
      inboundWebhook: true,
      deliveryReceipts: false,
      attachments: false,
      richText: true,
      maxBodyLength: null,
    },
    secrets: ['password', 'webhookSecret'],
  },
  settings,
  settingsForm: [
    {
      key: 'host',
      label: { da: 'SMTP-server', sv: 'SMTP-server', en: 'SMTP server' },
      type: 'text',
      placeholder: { da: 'smtp.kommune.dk', sv: 'smtp.kommun.se', en: 'smtp.example.org' },
      required: true,
    },
    {
      key: 'port',
      label: { da: 'Port', sv: 'Port', en: 'Port' },
      type: 'number',
      default: 587,
      help: {
        da: '587 (STARTTLS) eller 465 (TLS)',
        sv: '587 (STARTTLS) eller 465 (TLS)',
        en: '587 (STARTTLS) or 465 (TLS)',
      },
      required: true,
    },
    {
      key: 'secure',
      label: {
        da: 'TLS fra start (port 465)',
        sv: 'TLS från start (port 465)',
        en: 'TLS from the start (port 465)',
      },
      type: 'boolean',
    },
    {
      key: 'user',
      label: { da: 'Brugernavn', sv: 'Användarnamn', en: 'User name' },
      type: 'text',
    },
    {
      key: 'password',
      label: { da: 'Adgangskode', sv: 'Lösenord', en: 'Password' },
      type: 'password',
    },
    {
      key: 'fromAddress',
      label: { da: 'Afsenderadresse', sv: 'Avsändaradress', en: 'From address' },
      type: 'email',
      placeholder: {
        da: 'borgerservice@kommune.dk',
        sv: 'kontaktcenter@kommun.se',
        en: 'contact@example.org',
      },
      required: true,
    },
    {
      key: 'fromName',
      label: { da: 'Afsendernavn', sv: 'Avsändarnamn', en: 'From name' },
      type: 'text',
      placeholder: { da: 'Sorø Kommune', sv: 'Kristinehamns kommun', en: 'Sorø Kommune' },
    },
    {
      key: 'replyAddress',
      label: { da: 'Svaradresse', sv: 'Svarsadress', en: 'Reply address' },
      type: 'email',
      help: {
        da: 'Svar går til denne adresse med trådens nøgle tilføjet: svar+nøgle@…',
        sv: 'Svar går till den här adressen med trådens nyckel tillagd: svar+nyckel@…',
        en: 'Replies go to this address with the thread token added: svar+token@…',
      },
      required: true,
    },
    {
      key: 'webhookSecret',
      label: { da: 'Webhook-hemmelighed', sv: 'Webhook-hemlighet', en: 'Webhook secret' },
      type: 'password',
      help: {
        da: 'Mindst 16 tegn. Mailrelæet signerer videresendte svar med den.',
        sv: 'Minst 16 tecken. E-postreläet signerar vidarebefordrade svar med den.',
        en: 'At least 16 characters; the mail relay signs forwarded replies with it.',
      },
      required: true,
    },
  ],
  messages: {
    'password.requiredIfExists': {
      da: '{field} skal udfyldes, når der er et brugernavn',
      sv: '{field} måste fyllas i när det finns ett användarnamn',
      en: '{field} is required when a user name is set',
    },
  },
  createDriver: createEmailDriver,
})
