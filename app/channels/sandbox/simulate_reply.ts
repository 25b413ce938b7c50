import { randomInt } from 'node:crypto'
import { appUrl } from '#config/app'
import { signPayload, SIGNATURE_HEADER } from '#channel_kit'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import SandboxMessage from '#models/sandbox_message'

export class SandboxMessageNotFoundError extends Error {}

/**
 * "The citizen answers": what the sandbox provider would post when a
 * citizen replies to a message in the outbox. It goes to the connection's
 * real webhook URL, signed with the connection's webhook secret, so the
 * plugin's signature check, parser and the inbound pipeline all run.
 */
export default class SimulateCitizenReply {
  async handle(kommune: Kommune, messageId: number, text: string) {
    const message = await SandboxMessage.query()
      .forKommune(kommune.id)
      .where('id', messageId)
      .first()
    const connection = message?.connectionId
      ? await ChannelConnection.query()
          .forKommune(kommune.id)
          .where('id', message.connectionId)
          .first()
      : null
    if (!message || !connection) throw new SandboxMessageNotFoundError()
    const body =
      message.channel === 'sms' ? smsReply(message, text) : await emailReply(message, text)
    const secret = String(connection.readSettings().webhookSecret ?? '')
    const response = await fetch(`${appUrl}/webhooks/channels/${connection.id}`, {
      method: 'POST',
      headers: {
        'content-type': message.channel === 'sms' ? 'application/json' : 'message/rfc822',
        [SIGNATURE_HEADER]: signPayload(secret, body),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    })
    return { accepted: response.ok, status: response.status }
  }
}

/** An incoming SMS (MO) as the gateway reports it. */
function smsReply(message: SandboxMessage, text: string) {
  return Buffer.from(
    JSON.stringify([
      {
        id: randomInt(100_000_000, 999_999_999),
        msisdn: Number(message.to.replace(/\D/g, '')),
        receiver: message.from,
        message: text,
        senttime: Math.floor(Date.now() / 1000),
      },
    ])
  )
}

/** The raw MIME reply the kommune's mail relay would forward. */
async function emailReply(message: SandboxMessage, text: string) {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer/index.js')
  const mail = new MailComposer({
    from: message.to,
    to: message.replyTo ?? message.from,
    subject: `Re: ${message.subject ?? ''}`.trim(),
    text: `${text}\n\n> ${message.text.split('\n').join('\n> ')}`,
    inReplyTo: message.externalId,
    references: [message.externalId],
  })
  return mail.compile().build()
}
