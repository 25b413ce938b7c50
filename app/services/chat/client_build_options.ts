import { join } from 'node:path'

/**
 * How the citizen chat client is bundled: one minified classic script
 * (IIFE) exposing `window.VejviserChat`. Shared by the app (bundling on
 * demand) and the asset build (public/chat/client.js), so both are the same.
 */
export function chatClientBuildOptions(root: string) {
  return {
    input: join(root, 'resources/chat/client.ts'),
    platform: 'browser' as const,
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
    output: {
      format: 'iife' as const,
      name: 'VejviserChat',
      file: join(root, 'public/chat/client.js'),
      minify: true,
    },
  }
}
