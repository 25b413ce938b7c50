import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import {
  ChannelPackageError,
  removeChannelPackage,
} from '#channels/packages/channel_package_installer'
import { readInstalledPackages } from '#channels/packages/installed_packages'
import { bilingual, bilingualRefusal } from '#channels/packages/package_messages'
import ChannelConnection from '#models/channel_connection'
import { crossKommune } from '#tenancy/cross_kommune'

/**
 * `node ace channel:remove <id>`: uninstalls a plugin added with
 * channel:add. Refused while kommuner still have connections to it, unless
 * --force, which disables them first (their webhooks then answer 404).
 */
export default class ChannelRemove extends BaseCommand {
  static commandName = 'channel:remove'
  static description = 'Uninstall a channel plugin that channel:add installed'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'The plugin id' })
  declare id: string

  @flags.boolean({ description: 'Remove even when connections use it (they are disabled)' })
  declare force: boolean

  async run() {
    if (!readInstalledPackages()[this.id]) return this.#refuse('not_installed', { id: this.id })
    const connections = await crossKommune('uninstalling a plugin concerns every kommune', () =>
      ChannelConnection.query().where('plugin_id', this.id)
    )
    if (connections.length && !this.force) {
      this.exitCode = 1
      this.logger.error(
        bilingual('channel_add.connections_exist', { id: this.id, count: connections.length })
      )
      return
    }
    for (const connection of connections.filter((item) => item.enabled)) {
      connection.enabled = false
      await connection.save()
    }
    try {
      const removed = await removeChannelPackage(this.id)
      this.logger.success(
        bilingual('channel_add.removed', { id: removed.id, version: removed.version })
      )
    } catch (error) {
      if (!(error instanceof ChannelPackageError)) throw error
      this.#refuse(error.code, error.values)
    }
  }

  #refuse(code: string, values: Record<string, string | number>) {
    this.exitCode = 1
    this.logger.error(bilingualRefusal('remove_refused', code, values))
  }
}
