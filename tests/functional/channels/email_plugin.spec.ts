import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { ChannelSendError } from '#channel_kit'
import type { ChannelDriver, OutboundMessage } from '#channel_kit'
import emailPlugin from '#plugins/email/index'
import { messageIdFor } from '#plugins/email/reply_token'
import { stripQuotedReply } from '#plugins/email/text'
import {
  CapturingLogger,
  createChannelContext,
  kitSigner,
  registerChannelPluginContract,
  signedInbound,
  type ReceivedMessage,
  type RemoteOutcome,
} from '#channel_kit/testing'

const SMTP_USER = 'vejviser@soroe.dk'
const SMTP_PASSWORD = 'smtp-pass-77c1e0f4'
const WEBHOOK_SECRET = 'email-webhook-secret-51d0b2'

type Delivery = { from: string; to: string[]; raw: Buffer; mail: ParsedMail }

function smtpReply(code: number, text: string) {
  return Object.assign(new Error(text), { responseCode: code })
}

/**
 * A real SMTP server on 127.0.0.1 (random port) that demands AUTH, records
 * every accepted message as raw MIME, and fails the way the test asks:
 * permanent (535 auth / 550 recipient), temporary (454 auth / 451 recipient).
 */
class FakeSmtp {
  outcome: RemoteOutcome | 'recipient_unknown' | 'mailbox_busy' = 'success'
  deliveries: Delivery[] = []
  port = 0
  #server?: SMTPServer

  /** A closed SMTPServer answers 421 for good, so every start builds a new one. */
  #create() {
    return new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (this.outcome === 'permanent_failure') {
          return callback(smtpReply(535, 'Authentication credentials invalid'))
        }
        if (this.outcome === 'temporary_failure') {
          return callback(smtpReply(454, 'Temporary authentication failure'))
        }
        if (auth.username !== SMTP_USER || auth.password !== SMTP_PASSWORD) {
          return callback(smtpReply(535, 'Authentication credentials invalid'))
        }
        callback(null, { user: auth.username })
      },
      onRcptTo: (_address: SMTPServerAddress, _session, callback) => {
        if (this.outcome === 'recipient_unknown') return callback(smtpReply(550, 'No such user'))
        if (this.outcome === 'mailbox_busy') return callback(smtpReply(451, 'Try again later'))
        callback()
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks)
          this.deliveries.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw,
            mail: await simpleParser(raw),
          })
          callback()
        })
      },
    })
  }

  async start() {
    const server = this.#create()
    this.#server = server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.port = (server.server.address() as AddressInfo).port
  }

  async stop() {
    await new Promise<void>((resolve) =>
      this.#server ? this.#server.close(() => resolve()) : resolve()
    )
  }

  reset() {
    this.outcome = 'success'
    this.deliveries = []
  }

  /** Client connections the server holds now (the contract checks close() ends them). */
  openConnections() {
    return (this.#server as unknown as { connections?: Set<unknown> })?.connections?.size ?? 0
  }
}

const smtp = new FakeSmtp()

const validInput = () => ({
  host: '127.0.0.1',
  port: smtp.port,
  secure: false,
  user: SMTP_USER,
  password: SMTP_PASSWORD,
  fromAddress: 'borgerservice@soroe.dk',
  fromName: 'Sorø Kommune',
  replyAddress: 'svar@soroe.dk',
  webhookSecret: WEBHOOK_SECRET,
})

const message = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  idempotencyKey: 'delivery-7',
  to: 'borger@example.dk',
  subject: 'Svar på dit spørgsmål om boligstøtte',
  text: 'Hej Anna\n\nDu kan søge boligstøtte på borger.dk.\n\nMvh Borgerservice',
  replyToken: 'thr_4Fq9xZ',
  ...overrides,
})

/** A citizen's reply as a mail relay would forward it: raw MIME, signed. */
function replyMime(options: { to?: string; headers?: string[]; text?: string } = {}) {
  return [
    'From: Anna Borger <borger@example.dk>',
    `To: ${options.to ?? 'svar+thr_4Fq9xZ@soroe.dk'}`,
    'Subject: Re: Svar på dit spørgsmål om boligstøtte',
    'Message-ID: <reply-1@mail.example.dk>',
    'Date: Tue, 12 Nov 2024 10:00:00 +0100',
    ...(options.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.text ??
      'Tak, det hjalp!\n\nDen 11. nov. 2024 kl. 14.02 skrev Sorø Kommune <borgerservice@soroe.dk>:\n> Hej Anna',
    '',
  ].join('\r\n')
}

registerChannelPluginContract({
  test,
  id: 'email',
  plugin: emailPlugin,
  scenarios: {
    validSettings: validInput,
    invalidSettings: () => [
      { input: { ...validInput(), fromAddress: 'not-an-address' }, field: 'fromAddress' },
      { input: { ...validInput(), port: 70000 }, field: 'port' },
      { input: { ...validInput(), replyAddress: '' }, field: 'replyAddress' },
      { input: { ...validInput(), password: undefined }, field: 'password' },
      { input: { ...validInput(), webhookSecret: 'short' }, field: 'webhookSecret' },
    ],
    message: () => message(),
    remote: {
      start: () => smtp.start(),
      stop: () => smtp.stop(),
      reset: () => smtp.reset(),
      respondWith: (outcome) => {
        smtp.outcome = outcome
      },
      received: (): ReceivedMessage[] =>
        smtp.deliveries.map(({ to, mail }) => ({
          to: to[0],
          text: mail.text ?? '',
          subject: mail.subject,
          /** Mail servers and clients deduplicate on the Message-ID. */
          idempotencyKey: mail.messageId ?? null,
          raw: mail,
        })),
      openConnections: () => smtp.openConnections(),
    },
    webhooks: {
      sign: kitSigner('webhookSecret'),
      payloads: () => [replyMime()],
      headers: { 'content-type': 'message/rfc822' },
      /** MIME takes any bytes: garbage parses, and the suite checks it gives no events. */
      malformed: [],
      /** An out-of-office answer is well-formed mail but no citizen's reply. */
      unknown: replyMime({ headers: ['Auto-Submitted: auto-replied'] }),
    },
  },
})

async function emailDriver(
  cleanup: (handler: () => Promise<void>) => void,
  overrides: Record<string, unknown> = {}
): Promise<ChannelDriver> {
  const settings = await emailPlugin.settings.validate({ ...validInput(), ...overrides })
  const driver = await emailPlugin.createDriver(
    createChannelContext({
      plugin: emailPlugin,
      kommune: { code: '340', name: 'Sorø' },
      connectionId: 'email-test',
      settings,
      logger: new CapturingLogger(),
      webhookUrl: 'https://vejviser.example/webhooks/channels/email-test',
    })
  )
  cleanup(async () => driver.close?.())
  return driver
}

async function sendError(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof ChannelSendError) return error
    throw error
  }
  throw new Error('expected a ChannelSendError')
}

test.group('E-mail plugin: SMTP', (group) => {
  group.setup(async () => {
    await smtp.start()
    return () => smtp.stop()
  })
  group.each.setup(() => smtp.reset())

  test('sends text and HTML parts, subject, sender and the reply token three ways', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    const result = await driver.send(message())
    const [delivery] = smtp.deliveries
    const mail = delivery.mail

    assert.deepEqual(delivery.to, ['borger@example.dk'])
    assert.equal(delivery.from, 'borgerservice@soroe.dk')
    assert.equal(mail.subject, 'Svar på dit spørgsmål om boligstøtte')
    assert.equal(mail.from?.value[0].name, 'Sorø Kommune')
    assert.equal(mail.text?.trim(), message().text)
    assert.include(mail.html || '', '<p>Du kan søge boligstøtte på borger.dk.</p>')
    assert.equal(mail.replyTo?.value[0].address, 'svar+thr_4Fq9xZ@soroe.dk')
    assert.equal(mail.headers.get('x-vejviser-reply-token'), 'thr_4Fq9xZ')
    assert.equal(mail.messageId, messageIdFor('delivery-7', 'thr_4Fq9xZ', 'soroe.dk'))
    assert.equal(result.externalId, mail.messageId)
    assert.match(delivery.raw.toString('utf8'), /multipart\/alternative/)
  })

  test('a retried delivery keeps its Message-ID; the given HTML part is used as is', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    const first = await driver.send(message({ html: '<p>Hej <strong>Anna</strong></p>' }))
    const second = await driver.send(message({ html: '<p>Hej <strong>Anna</strong></p>' }))
    assert.equal(first.externalId, second.externalId)
    assert.equal(smtp.deliveries[0].mail.html, '<p>Hej <strong>Anna</strong></p>')
  })

  test('without a token the plain reply address is used and no token header is sent', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    await driver.send(message({ replyToken: null }))
    const mail = smtp.deliveries[0].mail
    assert.equal(mail.replyTo?.value[0].address, 'svar@soroe.dk')
    assert.isUndefined(mail.headers.get('x-vejviser-reply-token'))
  })

  test('text that looks like HTML is escaped in the generated HTML part', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    await driver.send(message({ text: 'Skriv <script>alert(1)</script> & send' }))
    assert.include(
      smtp.deliveries[0].mail.html || '',
      'Skriv &lt;script&gt;alert(1)&lt;/script&gt; &amp; send'
    )
  })

  test('recipient refused (550) is permanent; mailbox busy (451) is retryable', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    smtp.outcome = 'recipient_unknown'
    const refused = await sendError(driver.send(message()))
    assert.isFalse(refused.retryable)
    assert.equal(refused.status, 550)
    smtp.outcome = 'mailbox_busy'
    const busy = await sendError(driver.send(message()))
    assert.isTrue(busy.retryable)
    assert.equal(busy.status, 451)
  })

  test('bad input is refused before connecting; a closed port is retryable', async ({
    assert,
    cleanup,
  }) => {
    const driver = await emailDriver(cleanup)
    const notAnAddress = await sendError(driver.send(message({ to: 'borger' })))
    assert.isFalse(notAnAddress.retryable)
    const badToken = await sendError(driver.send(message({ replyToken: 'a b' })))
    assert.isFalse(badToken.retryable)
    assert.lengthOf(smtp.deliveries, 0)

    const offline = await emailDriver(cleanup, { port: 9 })
    const error = await sendError(offline.send(message()))
    assert.isTrue(error.retryable)
  })

  test('verify() connects and authenticates', async ({ assert, cleanup }) => {
    const driver = await emailDriver(cleanup)
    await driver.verify!()
    const wrong = await emailDriver(cleanup, { password: 'wrong-password' })
    const error = await sendError(wrong.verify!())
    assert.isFalse(error.retryable)
    assert.equal(error.status, 535)
    assert.notInclude(error.message, 'wrong-password')
  })
})

test.group('E-mail plugin: replies', () => {
  async function parse(cleanup: (handler: () => Promise<void>) => void, mime: string) {
    const driver = await emailDriver(cleanup, { port: 2525 })
    const raw = signedInbound(WEBHOOK_SECRET, mime)
    if (!driver.inbound!.verifySignature(raw)) throw new Error('signature refused')
    return driver.inbound!.parse(raw)
  }

  test('the token comes from the plus address; quoted text is dropped', async ({
    assert,
    cleanup,
  }) => {
    const [event] = await parse(cleanup, replyMime())
    assert.deepInclude(event, {
      type: 'message',
      eventId: '<reply-1@mail.example.dk>',
      from: 'borger@example.dk',
      subject: 'Re: Svar på dit spørgsmål om boligstøtte',
      text: 'Tak, det hjalp!',
      replyToken: 'thr_4Fq9xZ',
    })
  })

  test('the token comes from In-Reply-To when the client replied to the From address', async ({
    assert,
    cleanup,
  }) => {
    const inReplyTo = messageIdFor('delivery-7', 'thr_Zz81', 'soroe.dk')
    const [event] = await parse(
      cleanup,
      replyMime({ to: 'borgerservice@soroe.dk', headers: [`In-Reply-To: ${inReplyTo}`] })
    )
    assert.equal(event.type === 'message' && event.replyToken, 'thr_Zz81')
  })

  test('the token comes from References or the X header when nothing else has it', async ({
    assert,
    cleanup,
  }) => {
    const reference = messageIdFor('delivery-9', 'thr_Ref1', 'soroe.dk')
    const [byReferences] = await parse(
      cleanup,
      replyMime({ to: 'post@soroe.dk', headers: [`References: <a@b.dk> ${reference}`] })
    )
    assert.equal(byReferences.type === 'message' && byReferences.replyToken, 'thr_Ref1')

    const [byHeader] = await parse(
      cleanup,
      replyMime({ to: 'post@soroe.dk', headers: ['X-Vejviser-Reply-Token: thr_Hdr2'] })
    )
    assert.equal(byHeader.type === 'message' && byHeader.replyToken, 'thr_Hdr2')

    const [none] = await parse(cleanup, replyMime({ to: 'svar+thr_x@other.dk' }))
    assert.equal(none.type === 'message' && none.replyToken, null)
  })

  test('automatic replies (out of office) give no event', async ({ assert, cleanup }) => {
    const events = await parse(cleanup, replyMime({ headers: ['Auto-Submitted: auto-replied'] }))
    assert.deepEqual(events, [])
  })

  test('quoted originals are cut in Danish, Swedish and English', ({ assert }) => {
    assert.equal(stripQuotedReply('Ja tak\n\nDen 1. dec. 2024 skrev X <x@y.dk>:\n> hej'), 'Ja tak')
    assert.equal(stripQuotedReply('Tack!\n\nFrån: Sorø Kommune\nSkickat: i går'), 'Tack!')
    assert.equal(stripQuotedReply('Thanks\n\nOn Mon, 1 Dec 2024, X wrote:\n> hi'), 'Thanks')
    assert.equal(stripQuotedReply('Svar\n-----Oprindelig meddelelse-----\nFra: X'), 'Svar')
    assert.equal(stripQuotedReply('> only a quote'), '> only a quote')
  })
})
