import semver from 'semver'
import { KIT_API_VERSION } from '#channel_kit'
import type { ChannelPlugin, SettingsField } from '#channel_kit'
import { installImportFence } from '#channels/fence/import_fence'

/** A plugin module as `import()` returns it: the plugin is its default export. */
export type ChannelPluginLoader = () => Promise<{ default: unknown }>

/**
 * The shape of config/channels.ts: plugin id → lazy import of plugins/<id>/index.ts
 * (in the app's process), and partner plugins: id → their folder and entry file,
 * each run in its own fenced process (app/channels/fence/).
 */
export type ChannelsConfig = {
  plugins: Record<string, ChannelPluginLoader>
  partners?: Record<string, { dir: string; entry: string }>
}

/** Ids are folder names and URL segments: lower snake case, 2–31 characters. */
export const CHANNEL_ID_PATTERN = /^[a-z][a-z0-9_]{1,30}$/

const FIELD_TYPES: SettingsField['type'][] = [
  'text',
  'password',
  'number',
  'email',
  'url',
  'boolean',
  'select',
  'weekly_hours',
  'dated_hours',
]
const BOOLEAN_CAPABILITIES = [
  'outbound',
  'inboundWebhook',
  'deliveryReceipts',
  'attachments',
  'richText',
] as const

/**
 * Thrown when a plugin listed in config/channels.ts cannot be imported or
 * breaks the kit contract, and for lookups of plugins that are not
 * installed. The message always names the plugin, so a failed boot says
 * which folder to fix.
 */
export class ChannelRegistryError extends Error {
  readonly pluginId: string
  readonly problems: string[]

  constructor(pluginId: string, problems: string[], options?: { cause?: unknown }) {
    super(`Channel plugin "${pluginId}": ${problems.join('; ')}`, options)
    this.name = 'ChannelRegistryError'
    this.pluginId = pluginId
    this.problems = problems
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0
}

/** A `Translated` text: a non-empty string, or languages mapped to non-empty strings. */
function isText(value: unknown): boolean {
  if (isNonEmptyString(value)) return true
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const texts = Object.values(value as Record<string, unknown>)
  return texts.length > 0 && texts.every(isNonEmptyString)
}

/**
 * The top-level keys the settings validator requires, read from the
 * compiled VineJS schema (empty when it cannot be read).
 */
export function requiredSettingKeys(settings: unknown): string[] {
  const json = (settings as { toJSON?: () => unknown })?.toJSON?.() as
    | { schema?: { schema?: { properties?: { fieldName: string; isOptional: boolean }[] } } }
    | undefined
  const properties = json?.schema?.schema?.properties ?? []
  return properties.filter((property) => !property.isOptional).map((p) => p.fieldName)
}

/**
 * Every rule a plugin must follow before the app trusts it, as a list of
 * human-readable problems (empty when the plugin is fine). Shared by the
 * registry (boot) and the contract suite (tests/channel_kit), so a plugin
 * that passes its contract tests also boots.
 */
export function channelPluginProblems(id: string, candidate: unknown): string[] {
  if (!CHANNEL_ID_PATTERN.test(id)) {
    return [`id "${id}" must match ${CHANNEL_ID_PATTERN} (it is the folder name under plugins/)`]
  }
  if (!candidate || typeof candidate !== 'object') {
    return ['index.ts must default-export defineChannelPlugin({ ... })']
  }
  const plugin = candidate as Partial<ChannelPlugin>
  const problems: string[] = []
  const manifest = plugin.manifest as Partial<ChannelPlugin['manifest']> | undefined
  if (!manifest || typeof manifest !== 'object') return ['manifest is missing']

  if (manifest.id !== id) {
    problems.push(`manifest.id is "${String(manifest.id)}" but the plugin is installed as "${id}"`)
  }
  for (const key of ['kind', 'vendor'] as const) {
    if (!isNonEmptyString(manifest[key]))
      problems.push(`manifest.${key} must be a non-empty string`)
  }
  if (!isText(manifest.displayName)) {
    problems.push('manifest.displayName must be a non-empty text (a string or { da, sv, en })')
  }
  if (!isNonEmptyString(manifest.version) || !semver.valid(manifest.version)) {
    problems.push(`manifest.version "${String(manifest.version)}" is not a semver version`)
  }
  if (!isNonEmptyString(manifest.kitApi) || !semver.validRange(manifest.kitApi)) {
    problems.push(`manifest.kitApi "${String(manifest.kitApi)}" is not a semver range`)
  } else if (!semver.satisfies(KIT_API_VERSION, manifest.kitApi)) {
    problems.push(
      `manifest.kitApi "${manifest.kitApi}" is not satisfied by this app's kit API ${KIT_API_VERSION}`
    )
  }
  problems.push(...capabilityProblems(manifest.capabilities))
  problems.push(...trustProblems(manifest))

  if (typeof plugin.settings?.validate !== 'function') {
    problems.push('settings must be a compiled VineJS validator (vine.create(...))')
  }
  if (typeof plugin.createDriver !== 'function') problems.push('createDriver must be a function')
  const schema = plugin.settingsSchema as Partial<NonNullable<ChannelPlugin['settingsSchema']>>
  if (
    schema !== undefined &&
    (!Number.isInteger(schema?.version) ||
      (schema.version as number) < 1 ||
      typeof schema.upgrade !== 'function')
  ) {
    problems.push('settingsSchema needs a positive integer version and an upgrade function')
  }
  if (plugin.hooks !== undefined && (typeof plugin.hooks !== 'object' || plugin.hooks === null)) {
    problems.push('hooks must be an object')
  }

  const fields = settingsFormProblems(plugin.settingsForm)
  problems.push(...fields.problems)
  /** A required setting without a field boots fine but could never be saved. */
  for (const key of requiredSettingKeys(plugin.settings)) {
    if (!fields.byKey.has(key)) problems.push(`required setting "${key}" is not in settingsForm`)
  }
  if (plugin.messages !== undefined) {
    const messages = plugin.messages as unknown
    if (!messages || typeof messages !== 'object' || !Object.values(messages).every(isText)) {
      problems.push('messages must map rule names to texts')
    }
  }
  if (!Array.isArray(manifest.secrets) || !manifest.secrets.every(isNonEmptyString)) {
    problems.push('manifest.secrets must be an array of setting keys')
  } else {
    for (const secret of manifest.secrets) {
      const field = fields.byKey.get(secret)
      if (!field) {
        problems.push(`secret "${secret}" is not a settingsForm key`)
      } else if (field.type !== 'password') {
        /** The admin form must never echo a secret back in a text input. */
        problems.push(`secret "${secret}" must be a settingsForm field of type "password"`)
      }
    }
  }
  return problems
}

function trustProblems(manifest: Partial<ChannelPlugin['manifest']>): string[] {
  const problems: string[] = []
  if (manifest.trust !== undefined && !['first_party', 'partner'].includes(manifest.trust)) {
    problems.push('manifest.trust must be "first_party" or "partner"')
  }
  const hosts = manifest.outboundHosts
  if (hosts !== undefined && (!Array.isArray(hosts) || !hosts.every(isNonEmptyString))) {
    problems.push('manifest.outboundHosts must be an array of host names')
  }
  /** A partner's fetch reaches only declared hosts: none declared, nothing could be sent. */
  if (manifest.trust === 'partner' && manifest.capabilities?.outbound && !hosts?.length) {
    problems.push('a partner plugin with outbound capability must declare manifest.outboundHosts')
  }
  return problems
}

function capabilityProblems(capabilities: unknown): string[] {
  if (!capabilities || typeof capabilities !== 'object') return ['manifest.capabilities is missing']
  const caps = capabilities as Record<string, unknown>
  const problems: string[] = []
  for (const key of BOOLEAN_CAPABILITIES) {
    if (typeof caps[key] !== 'boolean') problems.push(`capabilities.${key} must be a boolean`)
  }
  const max = caps.maxBodyLength
  if (max !== null && !(Number.isInteger(max) && (max as number) > 0)) {
    problems.push('capabilities.maxBodyLength must be a positive integer or null')
  }
  /** The kit has no polling API: delivery receipts can only arrive by webhook. */
  if (caps.deliveryReceipts === true && caps.inboundWebhook !== true) {
    problems.push('capabilities.deliveryReceipts needs capabilities.inboundWebhook')
  }
  return problems
}

function settingsFormProblems(form: unknown) {
  const byKey = new Map<string, SettingsField>()
  if (!Array.isArray(form)) return { byKey, problems: ['settingsForm must be an array of fields'] }
  const problems: string[] = []
  for (const [index, field] of (form as Partial<SettingsField>[]).entries()) {
    if (!field || !isNonEmptyString(field.key)) {
      problems.push(`settingsForm[${index}] has no key`)
      continue
    }
    if (byKey.has(field.key)) problems.push(`settingsForm key "${field.key}" appears twice`)
    if (!isText(field.label)) problems.push(`settingsForm "${field.key}" has no label`)
    for (const key of ['help', 'placeholder'] as const) {
      if (field[key] !== undefined && !isText(field[key])) {
        problems.push(`settingsForm "${field.key}" has an empty ${key}`)
      }
    }
    if (!FIELD_TYPES.includes(field.type as SettingsField['type'])) {
      problems.push(`settingsForm "${field.key}" has unknown type "${String(field.type)}"`)
    }
    problems.push(...selectProblems(field))
    byKey.set(field.key, field as SettingsField)
  }
  return { byKey, problems }
}

function selectProblems(field: Partial<SettingsField>): string[] {
  const problems: string[] = []
  const options = field.options
  if (field.type === 'select') {
    const valid =
      Array.isArray(options) &&
      options.length > 0 &&
      options.every((option) => isNonEmptyString(option?.value) && isText(option?.label))
    if (!valid)
      problems.push(`settingsForm "${field.key}" (select) needs options with value and label`)
    else if (
      field.default !== undefined &&
      !options!.some((option) => option.value === String(field.default))
    ) {
      problems.push(`settingsForm "${field.key}" has a default that is not one of its options`)
    }
  } else if (options !== undefined) {
    problems.push(`settingsForm "${field.key}" has options but is not a select`)
  }
  if (field.default !== undefined && field.type === 'password') {
    problems.push(`settingsForm "${field.key}" is a secret and cannot have a default`)
  }
  return problems
}

/**
 * The installed channel plugins. `load()` imports every plugin listed in
 * config/channels.ts, validates it against the kit contract and runs its
 * `booted` hook; the channels provider calls it at boot so a broken plugin
 * stops the app with a message naming it, instead of failing at the first
 * send.
 */
export class ChannelRegistry {
  #plugins = new Map<string, ChannelPlugin<any>>()
  #loading?: Promise<void>

  /** Idempotent: concurrent and repeated calls share one load. */
  load(config?: ChannelsConfig): Promise<void> {
    this.#loading ??= this.#load(config).catch((error) => {
      this.#loading = undefined
      throw error
    })
    return this.#loading
  }

  async #load(config?: ChannelsConfig) {
    /** Before any plugin module loads, so every import it makes passes the fence. */
    installImportFence()
    const { plugins, partners } = config ?? (await defaultConfig())
    for (const [id, loader] of Object.entries(plugins)) {
      let module: { default: unknown }
      try {
        module = await loader()
      } catch (error) {
        throw new ChannelRegistryError(
          id,
          [`could not be imported (${error instanceof Error ? error.message : String(error)})`],
          { cause: error }
        )
      }
      const trust = (module.default as ChannelPlugin | undefined)?.manifest?.trust
      if (trust === 'partner') {
        throw new ChannelRegistryError(id, [
          'declares trust "partner": it must run in its own process (config partners, `node ace channel:add`)',
        ])
      }
      await this.register(id, module.default)
    }
    for (const [id, location] of Object.entries(partners ?? {})) {
      await this.register(id, await loadPartner(id, location))
    }
  }

  /**
   * Validates and installs one plugin (boot and tests). Replaces a plugin
   * registered under the same id.
   */
  async register(id: string, plugin: unknown): Promise<ChannelPlugin<any>> {
    const problems = channelPluginProblems(id, plugin)
    if (problems.length) throw new ChannelRegistryError(id, problems)
    const valid = plugin as ChannelPlugin<any>
    try {
      await valid.hooks?.booted?.()
    } catch (error) {
      throw new ChannelRegistryError(
        id,
        [`booted hook failed (${error instanceof Error ? error.message : String(error)})`],
        { cause: error }
      )
    }
    this.#plugins.set(id, valid)
    return valid
  }

  /** Removes a plugin (tests that registered a temporary one). */
  unregister(id: string) {
    this.#plugins.delete(id)
  }

  all(): ChannelPlugin<any>[] {
    return [...this.#plugins.values()]
  }

  has(id: string) {
    return this.#plugins.has(id)
  }

  get(id: string): ChannelPlugin<any> {
    const plugin = this.#plugins.get(id)
    if (!plugin) {
      const installed = [...this.#plugins.keys()].join(', ') || 'none'
      throw new ChannelRegistryError(id, [`is not installed (installed: ${installed})`])
    }
    return plugin
  }
}

async function loadPartner(id: string, location: { dir: string; entry: string }) {
  try {
    const { loadPartnerPlugin } = await import('#channels/fence/partner_plugin')
    return await loadPartnerPlugin(location)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ChannelRegistryError(id, [`partner process failed to start (${reason})`], {
      cause: error,
    })
  }
}

async function defaultConfig(): Promise<ChannelsConfig> {
  const { default: config } = await import('#config/channels')
  return config
}

const channelRegistry = new ChannelRegistry()
export default channelRegistry
