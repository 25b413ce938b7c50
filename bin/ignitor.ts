/*
|--------------------------------------------------------------------------
| The ignitor every entrypoint shares
|--------------------------------------------------------------------------
|
| Resolves app files relative to the project root, validates the
| environment before booting, and terminates cleanly on SIGTERM (and on
| SIGINT under pm2). bin/server.ts, bin/console.ts and bin/test.ts only pick
| what to run.
*/
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

export function createIgnitor() {
  return new Ignitor(APP_ROOT, { importer: IMPORTER }).tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
}
