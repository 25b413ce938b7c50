import type { ChannelsConfig } from '#channels/registry'
import { installedPartners } from '#channels/packages/installed_packages'

/**
 * The installed channel plugins: id (= folder under plugins/) → lazy import.
 * The registry imports and validates every one at boot (providers/channels_provider.ts).
 * Scaffold a new one with `node ace make:channel <id>`, then add its line here.
 */
const channelsConfig: ChannelsConfig = {
  plugins: {
    email: () => import('#plugins/email/index'),
    sms: () => import('#plugins/sms/index'),
    phone_callback: () => import('#plugins/phone_callback/index'),
    chat: () => import('#plugins/chat/index'),
  },
  /**
   * Partner plugins from packages, each in its own fenced process: added
   * with `node ace channel:add <package>` (listed in
   * storage/channel_packages/installed.json), never by hand.
   */
  partners: installedPartners(),
}

export default channelsConfig
