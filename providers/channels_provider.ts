import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Loads and validates every channel plugin in config/channels.ts at boot,
 * so a broken plugin (bad manifest, unsupported kit API, secrets outside the
 * settings form, import error) stops the app with a ChannelRegistryError
 * naming it, instead of failing at a kommune's first send.
 */
export default class ChannelsProvider {
  constructor(protected app: ApplicationService) {}

  async boot() {
    const { default: channelRegistry } = await import('#channels/registry')
    await channelRegistry.load()
  }
}
