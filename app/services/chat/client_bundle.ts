import { readFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'

/**
 * The citizen chat client as one classic script (an IIFE: it runs on kommune
 * sites, where a module script would need CORS on every chunk). Where the
 * bundler is installed (development, tests, the demo) it is bundled from
 * resources/chat once, on first request, so it is never stale; a production
 * install without dev dependencies serves public/chat/client.js, written by
 * the asset build (vite.config.ts).
 */
let cached: Promise<string> | null = null

export const BUILT_CLIENT = 'public/chat/client.js'

export function chatClientScript() {
  cached ??= load().catch((error) => {
    cached = null
    throw error
  })
  return cached
}

async function load() {
  try {
    return await bundleChatClient()
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error
    return readFile(app.makePath(BUILT_CLIENT), 'utf8')
  }
}

/** Bundles the client with the options the asset build uses too. */
export async function bundleChatClient() {
  const { build } = await import('rolldown')
  const { chatClientBuildOptions } = await import('#services/chat/client_build_options')
  const result = await build({ ...chatClientBuildOptions(app.makePath('')), write: false })
  return result.output[0].code
}
