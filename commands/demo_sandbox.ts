import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import Kommune from '#models/kommune'
import { PILOT_KOMMUNER } from '#database/demo/corpus'
import sandboxConfig from '#config/sandbox'
import { connectToSandbox } from '#channels/sandbox/sandbox_connections'

/** The Swedish pilot gets the sandbox too (Kristinehamn). */
const SANDBOX_KOMMUNER = [...PILOT_KOMMUNER, '1781']

/**
 * Enables the e-mail and SMS sandbox as channel connections for the pilot
 * kommuner (`./vejviser demo` runs it before serving). Idempotent; leaves
 * connections an admin pointed at a real provider alone.
 */
export default class DemoSandbox extends BaseCommand {
  static commandName = 'demo:sandbox'
  static description = "Point the pilot kommuner's e-mail and SMS channels at the local sandbox"
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'SMTP port of the sandbox (default PORT + 1)' })
  declare smtpPort?: number

  @flags.number({ description: 'HTTP port of the sandbox SMS gateway (default PORT + 2)' })
  declare smsPort?: number

  async run() {
    const ports = {
      smtp: this.smtpPort ?? sandboxConfig.smtpPort,
      sms: this.smsPort ?? sandboxConfig.smsPort,
    }
    const kommuner = await Kommune.query().whereIn('code', SANDBOX_KOMMUNER).orderBy('name')
    for (const kommune of kommuner) {
      const connected = await connectToSandbox(kommune, ports)
      const what = connected.length ? connected.join(' + ') : 'left alone (real provider set)'
      this.logger.info(`${kommune.name}: ${what}`)
    }
    this.logger.info(
      `sandbox: SMTP 127.0.0.1:${ports.smtp}, SMS gateway http://127.0.0.1:${ports.sms}; outbox at /sandbox/outbox`
    )
  }
}
