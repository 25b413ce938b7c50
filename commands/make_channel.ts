import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { KIT_API_VERSION } from '#channel_kit'
import { CHANNEL_ID_PATTERN } from '#channels/registry'

/**
 * Scaffolds a channel plugin the way partners write one: plugins/<id>/index.ts
 * (a working HTTP + signed-webhook example that imports only #channel_kit)
 * and tests/functional/channels/<id>_plugin.spec.ts running the contract
 * suite against a local HTTP server. Both pass as generated; the developer
 * then replaces the example API calls and adds the line to config/channels.ts.
 */
const KINDS = ['sms', 'email', 'chat', 'phone_callback']

export default class MakeChannel extends BaseCommand {
  static commandName = 'make:channel'
  static description = 'Scaffold a channel plugin in plugins/<id> with its contract test'
  static options: CommandOptions = {}

  @args.string({ description: 'Plugin id: the folder name, lower snake case (e.g. acme_sms)' })
  declare id: string

  @flags.string({
    description:
      'Channel kind: sms, email, chat, phone_callback or your own. Staff sending picks connections by kind (required; asked when interactive)',
  })
  declare kind?: string

  async run() {
    const problem = await this.#problemWithId()
    if (problem) {
      this.logger.error(problem)
      this.exitCode = 1
      return
    }

    const kind = await this.#kind()
    if (!kind) return

    const state: Record<string, string> = {
      id: this.id,
      kind,
      displayName: this.id.charAt(0).toUpperCase() + this.id.slice(1).replaceAll('_', ' '),
      kitApiVersion: KIT_API_VERSION,
    }
    for (const [stub, target] of this.#targets()) {
      await this.#render(stub, target, state)
    }

    this.logger.info(
      `Run its contract tests: ./vejviser test functional --files=tests/functional/channels/${this.id}_plugin.spec.ts`
    )
    this.logger.info(
      `Install it by adding to config/channels.ts: ${this.id}: () => import('#plugins/${this.id}/index'),`
    )
  }

  /**
   * The kind decides where the plugin shows up: staff sending offers an
   * SMS plugin only when its kind is `sms` (app/services/send_channels.ts),
   * so it is never guessed from the id.
   */
  async #kind(): Promise<string | null> {
    let kind = this.kind
    if (!kind && !this.app.inTest && process.stdin.isTTY) {
      kind = await this.prompt.choice('Which kind of channel is it?', [...KINDS, 'other'])
      if (kind === 'other') kind = await this.prompt.ask('Its kind (lower snake case)')
    }
    if (!kind) {
      this.logger.error(
        `--kind is required: one of ${KINDS.join(', ')} or your own (staff sending picks connections by kind)`
      )
      this.exitCode = 1
      return null
    }
    if (!CHANNEL_ID_PATTERN.test(kind)) {
      this.logger.error(`Invalid kind "${kind}": use lower snake case, e.g. sms`)
      this.exitCode = 1
      return null
    }
    return kind
  }

  async #problemWithId() {
    if (!CHANNEL_ID_PATTERN.test(this.id)) {
      return `Invalid channel id "${this.id}": use 2–31 lower-case letters, digits or _, starting with a letter`
    }
    const { default: config } = await import('#config/channels')
    if (this.id in config.plugins) {
      return `Channel "${this.id}" is already listed in config/channels.ts`
    }
    const targets = [
      this.app.makePath('plugins', this.id),
      ...this.#targets().map(([, target]) => target),
    ]
    const existing = targets.find((path) => existsSync(path))
    if (existing) {
      return `Channel "${this.id}" already exists (${this.app.relativePath(existing)})`
    }
    return null
  }

  #targets(): [stub: string, target: string][] {
    return [
      ['plugin.stub', this.app.makePath('plugins', this.id, 'index.ts')],
      [
        'spec.stub',
        this.app.makePath('tests', 'functional', 'channels', `${this.id}_plugin.spec.ts`),
      ],
    ]
  }

  /**
   * Plain `{{ name }}` substitution: the stubs are TypeScript full of
   * backticks and `${}`, which Adonis' tempura stubs would try to evaluate.
   */
  async #render(stub: string, target: string, state: Record<string, string>) {
    const template = await readFile(this.app.makePath('stubs', 'make', 'channel', stub), 'utf8')
    const contents = template.replace(/\{\{ (\w+) \}\}/g, (_match, key: string) => {
      if (!(key in state)) throw new Error(`Unknown placeholder {{ ${key} }} in ${stub}`)
      return state[key]
    })
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, await this.#format(target, contents), { flag: 'wx' })
    this.logger.action(`create ${this.app.relativePath(target)}`).succeeded()
  }

  /** Line widths depend on the id, so the result goes through the project's Prettier when it is installed. */
  async #format(target: string, contents: string) {
    try {
      const prettier = await import('prettier')
      const options = await prettier.resolveConfig(target)
      return await prettier.format(contents, { ...options, filepath: target })
    } catch {
      return contents
    }
  }
}
