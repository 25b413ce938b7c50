import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Closes every cached channel driver (`channelManager.closeAll()`) when the
 * app stops, so SMTP pools and HTTP agents are released cleanly. The
 * manager itself is a module singleton (#channels/channel_manager).
 */
export default class ChannelManagerProvider {
  constructor(protected app: ApplicationService) {}

  async shutdown() {
    const { default: channelManager } = await import('#channels/channel_manager')
    await channelManager.closeAll()
  }
}
