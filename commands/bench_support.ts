import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import env from '#start/env'
import Guide from '#models/guide'
import { DEMO_PASSWORD } from '#database/demo/demo_users'
import { BenchClient, percentile } from '#tests/bench/http_client'

/**
 * Server time of the support view's guide page against a trivial
 * authenticated route, measured side by side in one run (ratios, because
 * this machine is shared and noisy). Needs the demo data (./vejviser demo
 * or db:seed). Target: guide page p95 ≤ 30 ms on SQLite.
 */
export default class BenchSupport extends BaseCommand {
  static commandName = 'bench:support'
  static description = 'Benchmark the staff guide page against a trivial authenticated route'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Requests per route', default: 400 })
  declare requests: number

  async run() {
    const close = await testUtils.httpServer().start()
    try {
      const client = new BenchClient(`http://${env.get('HOST')}:${env.get('PORT')}`)
      await this.#login(client)
      const guide = await Guide.findByOrFail('slug', 'byggetilladelse')
      const inertia = { 'X-Inertia': 'true', 'Accept': 'text/html, application/json' }
      const routes: [string, string, Record<string, string>][] = [
        ['GET /session (trivial, authenticated)', '/session', { Accept: 'application/json' }],
        ['GET /staff/guides/:id (Inertia JSON)', `/staff/guides/${guide.id}`, inertia],
        ['GET /staff/guides/:id (full HTML)', `/staff/guides/${guide.id}`, {}],
      ]
      const results: Record<string, number[]> = {}
      for (const [label] of routes) results[label] = []
      for (let round = 0; round < this.requests + 50; round++) {
        // Interleaved, so both routes see the same machine load.
        for (const [label, path, headers] of routes) {
          const { status, ms } = await client.call('GET', path, { headers })
          if (status !== 200 && status !== 409) throw new Error(`${label} answered ${status}`)
          if (round >= 50) results[label].push(ms)
        }
      }
      this.#report(results)
    } finally {
      await close()
    }
  }

  async #login(client: BenchClient) {
    await client.call('GET', '/login')
    const token = decodeURIComponent(client.cookie('XSRF-TOKEN') ?? '')
    const body = new URLSearchParams({
      email: 'medarbejder@soroe.dk',
      password: DEMO_PASSWORD,
    }).toString()
    const { status } = await client.call('POST', '/login', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token },
      body,
    })
    if (status !== 302)
      throw new Error(`login answered ${status}: run ./vejviser demo (or db:seed) first`)
  }

  #report(results: Record<string, number[]>) {
    const baseline = Object.values(results)[0]
    const base95 = percentile(baseline, 95)
    const table = this.ui.table()
    table.head(['Route', 'p50 ms', 'p95 ms', 'p95 ÷ trivial'])
    for (const [label, values] of Object.entries(results)) {
      const p95 = percentile(values, 95)
      table.row([
        label,
        percentile(values, 50).toFixed(2),
        p95.toFixed(2),
        (p95 / base95).toFixed(2),
      ])
    }
    table.render()
  }
}
