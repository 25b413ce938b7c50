import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { buildHealthChecks } from '#services/health_checks'
import { bearerMatches } from '#support/bearer_token'

const usesRedis =
  env.get('QUEUE_DRIVER') === 'bullmq' ||
  env.get('LIMITER_STORE') === 'redis' ||
  env.get('TRANSMIT_TRANSPORT') === 'redis'

/**
 * GET /health for load balancers: 200 when every check passes, else 503.
 * Anyone gets only the verdict; which database, queue and counts sit behind
 * it is for operators holding HEALTH_TOKEN (Authorization: Bearer …), since
 * it tells an attacker what to aim at.
 */
export default class HealthController {
  async handle({ request, response }: HttpContext) {
    // Built per request: a check must use the connection as it is now, not a
    // client captured at boot (which deadlocks SQLite's single connection
    // while a transaction holds it).
    const checks = await buildHealthChecks(usesRedis)
    const report = await checks.run()
    response.status(report.isHealthy ? 200 : 503)
    response.header('Cache-Control', 'no-store')
    if (!bearerMatches(request.header('authorization'), env.get('HEALTH_TOKEN')?.release())) {
      return { status: report.isHealthy ? 'ok' : 'error' }
    }
    return {
      status: report.status,
      checks: report.checks.map((check) => ({
        name: check.name,
        status: check.status,
        message: check.message,
        meta: check.meta,
      })),
    }
  }
}
