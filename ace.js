/*
|--------------------------------------------------------------------------
| JavaScript entrypoint for running ace commands
|--------------------------------------------------------------------------
|
| Ace runs from TypeScript sources during development through ts-exec; the
| production build ships compiled JavaScript and does not need this hook.
*/
import '@poppinss/ts-exec'

await import('./bin/console.js')
