import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import adonisjs from '@adonisjs/vite/client'
import { fileURLToPath } from 'node:url'
import { chatClientBuildOptions } from './app/services/chat/client_build_options.js'

export default defineConfig({
  plugins: [
    vue(),
    adonisjs({
      entryPoints: ['resources/inertia/app.ts'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],
  resolve: {
    alias: {
      '~/': fileURLToPath(new URL('./resources/inertia/', import.meta.url)),
      '@lang/': fileURLToPath(new URL('./resources/lang/', import.meta.url)),
      // Pure server modules the pages share (no Node APIs), e.g. the message catalogue merge.
      '@app/': fileURLToPath(new URL('./app/', import.meta.url)),
    },
  },
  /**
   * @adonisjs/vite's build hook would also build an SSR environment into
   * public/assets and overwrite the client bundle (Vue then never mounts in
   * production). We have no SSR: build the client only.
   */
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
      // The citizen chat client: one classic script for kommune sites (app/services/chat/client_bundle.ts).
      const { build } = await import('rolldown')
      await build(chatClientBuildOptions(fileURLToPath(new URL('.', import.meta.url))))
    },
  },
  server: {
    watch: { ignored: ['**/tmp/**', '**/.tools/**'] },
  },
})
