import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { importKommuner } from '#database/demo/import_kommuner'
import { createDemoUsers } from '#database/demo/demo_users'

/**
 * The demo data: every kommune, then demo users. Idempotent — `./vejviser
 * demo` runs it on every start. Content import plugs in after the users.
 */
export default class MainSeeder extends BaseSeeder {
  async run() {
    await importKommuner()
    await createDemoUsers()
  }
}
