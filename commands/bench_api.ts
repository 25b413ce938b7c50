import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import testUtils from '@adonisjs/core/services/test_utils'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import env from '#start/env'
import { searchIndexer } from '#search/search_indexer'

/**
 * Requests per second of the public search endpoint as a ratio to a bare
 * node:http server answering a fixed JSON, measured on this machine in the
 * same run (alternating rounds, so both see the same load). Target ≥ 30 %.
 * Needs the demo data.
 */
export default class BenchApi extends BaseCommand {
  static commandName = 'bench:api'
  static description = 'Public search API requests/s as a ratio to a bare node:http server'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Seconds per round', default: 5 })
  declare seconds: number

  @flags.number({ description: 'Rounds per target', default: 3 })
  declare rounds: number

  async run() {
    await searchIndexer.rebuild()
    const close = await testUtils.httpServer().start()
    const bare = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end('{"hits":[],"total":0,"facets":{}}')
    })
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
    const barePort = (bare.address() as AddressInfo).port
    const appBase = `http://${env.get('HOST')}:${env.get('PORT')}`
    const queries = [
      'byggetilladelse',
      'pas udløbet',
      'tilskud briller',
      'flytte adresse',
      'sygesikringskort',
    ]
    const targets: Record<string, (round: number) => string> = {
      bare: () => `http://127.0.0.1:${barePort}/`,
      openapi: () => `${appBase}/api/v1/openapi.json`,
      health: () => `${appBase}/health`,
      api: (round) =>
        `${appBase}/api/v1/kommuner/340/search?q=${encodeURIComponent(queries[round % queries.length])}&limit=5`,
    }
    const results: Record<string, number[]> = { bare: [], openapi: [], health: [], api: [] }
    try {
      for (let round = 0; round < this.rounds; round++) {
        for (const [name, target] of Object.entries(targets)) {
          const result = await this.#load(target(round))
          if (result.non2xx > 0) this.logger.warning(`${name}: ${result.non2xx} non-2xx answers`)
          results[name].push(result.requests.average)
        }
      }
    } finally {
      await close()
      bare.close()
    }
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
    const table = this.ui.table()
    table.head(['Target', 'req/s (mean of rounds)', 'ratio to bare node:http'])
    table.row(['bare node:http, fixed JSON', mean(results.bare).toFixed(0), '1.00'])
    table.row([
      'GET /api/v1/openapi.json (lean stack, static JSON)',
      mean(results.openapi).toFixed(0),
      (mean(results.openapi) / mean(results.bare)).toFixed(2),
    ])
    table.row([
      'GET /health (lean stack, database check)',
      mean(results.health).toFixed(0),
      (mean(results.health) / mean(results.bare)).toFixed(2),
    ])
    table.row([
      'GET /api/v1/kommuner/340/search',
      mean(results.api).toFixed(0),
      (mean(results.api) / mean(results.bare)).toFixed(2),
    ])
    table.render()
  }

  /** autocannon in its own process, so the load generator does not share the server's event loop. */
  async #load(url: string) {
    const { stdout } = await run(process.execPath, [
      'node_modules/autocannon/autocannon.js',
      '--json',
      '-c',
      '10',
      '-d',
      String(this.seconds),
      url,
    ])
    return JSON.parse(stdout) as { requests: { average: number }; non2xx: number }
  }
}

const run = promisify(execFile)
