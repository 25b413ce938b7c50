import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '#database/demo/demo_users'

/**
 * Prints the demo accounts `./vejviser demo` seeded, so a newcomer can log
 * in as every role.
 */
export default class DemoLogins extends BaseCommand {
  static commandName = 'demo:logins'
  static description = 'Print the demo user accounts and their password'
  static options: CommandOptions = {}

  async run() {
    const table = this.ui.table()
    table.head(['E-mail', 'Roles', 'Kommuner (code)'])
    for (const account of DEMO_ACCOUNTS) {
      table.row([
        account.email,
        [...new Set(account.memberships.map(([, role]) => role))].join(', '),
        account.memberships.map(([code]) => code ?? 'national').join(', '),
      ])
    }
    table.render()
    this.logger.info(`Every demo account's password: ${DEMO_PASSWORD}`)
  }
}
