import type { AddressInfo } from 'node:net'
import type { Readable } from 'node:stream'
import { SMTPServer, type SMTPServerAuthentication, type SMTPServerSession } from 'smtp-server'
import logger from '@adonisjs/core/services/logger'
import { sameSecret, sandboxConnection, storeReceived } from '#channels/sandbox/sandbox_store'

const MAX_MESSAGE_BYTES = 2 * 1024 * 1024

/**
 * A real SMTP server on loopback that keeps every message for the outbox
 * instead of relaying it. The e-mail plugin logs in with the connection id
 * as user name and the connection's password, so a message lands in the
 * right kommune's outbox and a wrong password is refused (535) like at any
 * mail provider. No TLS: it never leaves the machine.
 */
export class SandboxSmtpSink {
  #server = new SMTPServer({
    name: 'sandbox.vejviser.local',
    banner: 'Vejviser sandbox - nothing leaves this machine',
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onAuth: (auth, _session, callback) => {
      this.#authenticate(auth).then(
        (user) => (user ? callback(null, { user }) : callback(new Error('Invalid login'))),
        (error: Error) => callback(error)
      )
    },
    onData: (stream, session, callback) => {
      this.#receive(stream, session).then(
        () => callback(),
        (error: Error) => {
          logger.warn({ err: error }, 'sandbox SMTP server refused a message')
          callback(error)
        }
      )
    },
  })

  async listen(port: number, host = '127.0.0.1') {
    await new Promise<void>((resolve, reject) => {
      this.#server.server.once('error', reject)
      this.#server.listen(port, host, () => resolve())
    })
    return (this.#server.server.address() as AddressInfo).port
  }

  async close() {
    await new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }

  async #authenticate(auth: SMTPServerAuthentication) {
    const connection = await sandboxConnection(auth.username, 'email')
    if (!connection || !sameSecret(auth.password, connection.readSettings().password)) return null
    return connection.id
  }

  async #receive(stream: Readable, session: SMTPServerSession) {
    const { simpleParser } = await import('mailparser')
    const mail = await simpleParser(stream, { skipImageLinks: true })
    const connection = await sandboxConnection(String(session.user ?? ''), 'email')
    if (!connection) throw new Error('Log in first')
    const addresses = (value: typeof mail.to) =>
      [value ?? []].flat().flatMap((entry) => entry.value.map((item) => item.address ?? ''))
    await storeReceived(connection, {
      channel: 'email',
      from: addresses(mail.from)[0] ?? (session.envelope.mailFrom || { address: '' }).address,
      to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '),
      subject: mail.subject ?? null,
      text: mail.text ?? '',
      replyTo: addresses(mail.replyTo)[0] ?? null,
      externalId: mail.messageId ?? `sandbox-${Date.now()}`,
      segments: null,
      idempotencyKey: mail.messageId ?? null,
    })
  }
}
