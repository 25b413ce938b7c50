/*
|--------------------------------------------------------------------------
| HTTP server entrypoint
|--------------------------------------------------------------------------
|
| Boots the application and starts the HTTP server. `node bin/server.js`
| runs it from the production build; `node ace serve` during development.
*/
// Every timestamp is stored and computed in UTC; pages convert to the kommune's zone.
process.env.TZ = 'UTC'

import 'reflect-metadata'
import { prettyPrintError } from '@adonisjs/core'
import { createIgnitor } from './ignitor.js'

createIgnitor()
  .httpServer()
  .start()
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
