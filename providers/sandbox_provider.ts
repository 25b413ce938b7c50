import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Starts the demo's channel sandbox with the web server when
 * CHANNEL_SANDBOX is on, and stops it on shutdown. Tests start it
 * themselves on free ports.
 */
export default class SandboxProvider {
  constructor(protected app: ApplicationService) {}

  async ready() {
    if (this.app.getEnvironment() !== 'web') return
    const { default: config } = await import('#config/sandbox')
    if (!config.enabled) return
    const { default: sandbox } = await import('#channels/sandbox/channel_sandbox')
    const logger = await this.app.container.make('logger')
    const ports = await sandbox.start({ smtp: config.smtpPort, sms: config.smsPort })
    logger.info(
      `channel sandbox: SMTP on 127.0.0.1:${ports.smtp}, SMS gateway on 127.0.0.1:${ports.sms}`
    )
  }

  async shutdown() {
    const { default: sandbox } = await import('#channels/sandbox/channel_sandbox')
    await sandbox.stop()
  }
}
