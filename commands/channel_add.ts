import { BaseCommand, args } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { ContractResult } from '#channel_kit/testing'
import {
  ChannelPackageError,
  installChannelPackage,
} from '#channels/packages/channel_package_installer'
import { bilingual, bilingualRefusal } from '#channels/packages/package_messages'

/**
 * `node ace channel:add <npm package | tarball | folder>`: installs a
 * packaged partner plugin only after its manifest, kit API range and the
 * whole contract suite (with the package's own scenarios) pass; otherwise
 * it is refused, in Danish and English, and nothing is left installed.
 */
export default class ChannelAdd extends BaseCommand {
  static commandName = 'channel:add'
  static description =
    'Install a packaged partner channel plugin after its contract suite passes (npm package, tarball or folder)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'npm package spec, a tarball from npm pack, or a folder' })
  declare source: string

  async run() {
    const say = (key: string, values: Record<string, string | number> = {}) =>
      bilingual(`channel_add.${key}`, values)
    try {
      const result = await installChannelPackage(this.source, {
        step: (key, values) => this.logger.info(say(`step.${key}`, values)),
        check: (check, index, total) => this.logger.log(checkLine(check, index, total)),
      })
      const key = result.previous ? 'upgraded' : 'installed'
      this.logger.success(
        say(key, { id: result.id, version: result.version, previous: result.previous ?? '' })
      )
    } catch (error) {
      this.exitCode = 1
      if (!(error instanceof ChannelPackageError)) throw error
      this.logger.error(bilingualRefusal('refused', error.code, error.values))
      for (const detail of error.details) this.logger.log(`  - ${detail}`)
    }
  }
}

/** One contract check as a progress line (plain symbols: logs and CI keep them). */
function checkLine(result: ContractResult, index: number, total: number) {
  const line = `[${index}/${total}] ${result.title}`
  if (result.status === 'passed') return `  ✔ ${line}`
  if (result.status === 'skipped') return `  - ${line} (${result.detail ?? ''})`
  return `  ✖ ${line}\n      ${result.detail ?? ''}`
}
