import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, targets } from '@adonisjs/core/logger'
import { cprLogMasking } from '#privacy/log_masking'

const loggerConfig = defineConfig({
  default: 'app',
  loggers: {
    app: {
      enabled: true,
      name: 'vejviser',
      level: env.get('LOG_LEVEL'),
      /**
       * Never let credentials reach the log, whatever object is logged.
       */
      redact: {
        paths: ['password', '*.password', 'headers.cookie', 'headers.authorization'],
        censor: '[redacted]',
      },
      /**
       * Nor CPR numbers or personnummer: every log line (message, objects,
       * errors, child bindings) is masked before it reaches the transport.
       */
      ...cprLogMasking,
      transport: {
        targets: targets()
          .pushIf(!app.inProduction && !app.inTest, targets.pretty())
          .pushIf(app.inProduction || app.inTest, targets.file({ destination: 1 }))
          .toArray(),
      },
    },
  },
})

export default loggerConfig

declare module '@adonisjs/core/types' {
  export interface LoggersList extends InferLoggers<typeof loggerConfig> {}
}
