import type { SandboxSmsGateway } from '#channels/sandbox/sms_gateway'
import type { SandboxSmtpSink } from '#channels/sandbox/smtp_sink'

export type SandboxPorts = { smtp: number; sms: number }

/**
 * The demo's local e-mail and SMS providers. Started by the sandbox
 * provider when CHANNEL_SANDBOX is on (and by tests on free ports); while
 * it runs, the outbox page exists. Loopback only. The servers are imported
 * on start: smtp-server is a development dependency, never loaded in
 * production.
 */
export class ChannelSandbox {
  #smtp: SandboxSmtpSink | null = null
  #sms: SandboxSmsGateway | null = null
  #ports: SandboxPorts | null = null

  get running() {
    return this.#ports !== null
  }

  get ports() {
    return this.#ports
  }

  get smsBaseUrl() {
    return this.#ports ? `http://127.0.0.1:${this.#ports.sms}` : null
  }

  /** Port 0 picks free ports; the ones in use are returned. */
  async start(wanted: SandboxPorts): Promise<SandboxPorts> {
    if (this.#ports) return this.#ports
    const { SandboxSmtpSink: Smtp } = await import('#channels/sandbox/smtp_sink')
    const { SandboxSmsGateway: Sms } = await import('#channels/sandbox/sms_gateway')
    const smtp = new Smtp()
    const sms = new Sms()
    try {
      const ports = { smtp: await smtp.listen(wanted.smtp), sms: await sms.listen(wanted.sms) }
      this.#smtp = smtp
      this.#sms = sms
      this.#ports = ports
      return ports
    } catch (error) {
      await Promise.allSettled([smtp.close(), sms.close()])
      throw error
    }
  }

  async stop() {
    const servers = [this.#smtp, this.#sms]
    this.#smtp = null
    this.#sms = null
    this.#ports = null
    await Promise.allSettled(servers.map((server) => server?.close()))
  }
}

const channelSandbox = new ChannelSandbox()
export default channelSandbox
