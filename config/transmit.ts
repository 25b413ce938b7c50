import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@boringnode/bus/transports/redis'

/**
 * Live chat over SSE. One process: the memory transport. Several: Redis
 * carries every broadcast to every instance (TRANSMIT_TRANSPORT=redis).
 * `@adonisjs/transmit/transports` would pull in mqtt, which is not
 * installed, so the Redis transport comes from @boringnode/bus directly.
 */
const useRedis = env.get('TRANSMIT_TRANSPORT', 'memory') === 'redis'

export default defineConfig({
  pingInterval: '25s',
  transport: useRedis
    ? {
        driver: redis({
          host: env.get('REDIS_HOST', '127.0.0.1'),
          port: env.get('REDIS_PORT', 6379),
          password: env.get('REDIS_PASSWORD')?.release(),
        }),
        channel: `${env.get('QUEUE_PREFIX', 'vejviser')}:transmit::broadcast`,
      }
    : null,
})
