import { localize } from '#channel_kit'
import type { ChannelPlugin, SettingsField } from '#channel_kit'
import type ChannelConnection from '#models/channel_connection'

/** One field of the generated settings form, as the page gets it. */
export type SettingsFieldDto = {
  key: string
  label: string
  type: SettingsField['type']
  help: string | null
  placeholder: string | null
  /** A select's choices, labelled in the admin's language. */
  options: { value: string; label: string }[]
  required: boolean
  secret: boolean
  /** Current value of a non-secret field (objects as JSON text); always null for secrets. */
  value: string | number | boolean | null
  /** Secrets are write-only: the page only learns whether one is stored. */
  secretSet: boolean
}

export function isSecret(plugin: ChannelPlugin<any>, key: string) {
  return plugin.manifest.secrets.includes(key)
}

/**
 * The form of `plugin` in the admin's language, filled with the
 * connection's stored (non-secret) values, or the plugin's defaults while
 * nothing was saved.
 */
export function settingsFormFor(
  plugin: ChannelPlugin<any>,
  connection: ChannelConnection,
  locale = 'da'
): SettingsFieldDto[] {
  const stored = connection.readSettings()
  return plugin.settingsForm.map((field) => {
    const secret = isSecret(plugin, field.key)
    const current = connection.configured ? stored[field.key] : field.default
    return {
      key: field.key,
      label: localize(field.label, locale),
      type: field.type,
      help: field.help ? localize(field.help, locale) : null,
      placeholder: field.placeholder ? localize(field.placeholder, locale) : null,
      options: (field.options ?? []).map((option) => ({
        value: option.value,
        label: localize(option.label, locale),
      })),
      required: field.required ?? false,
      secret,
      value: secret ? null : displayValue(current),
      secretSet: secret && current !== undefined && current !== null && current !== '',
    }
  })
}

function displayValue(value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  return JSON.stringify(value)
}

/**
 * What to validate when the admin saves the form: only the plugin's own
 * keys; an empty field is "not set" (so optional settings can be
 * cleared), except a secret, where empty means "keep the stored one".
 */
export function settingsInput(
  plugin: ChannelPlugin<any>,
  connection: ChannelConnection,
  body: Record<string, unknown>
) {
  const stored = connection.readSettings()
  const input: Record<string, unknown> = {}
  for (const field of plugin.settingsForm) {
    const raw = body[field.key]
    const empty = raw === undefined || raw === null || raw === ''
    if (isSecret(plugin, field.key)) {
      if (!empty) input[field.key] = raw
      else if (stored[field.key] !== undefined) input[field.key] = stored[field.key]
      continue
    }
    if (field.type === 'boolean') {
      input[field.key] = raw === true || raw === 'true' || raw === 'on' || raw === 1 || raw === '1'
      continue
    }
    if (!empty) input[field.key] = raw
  }
  return input
}

/** Removes every stored secret value from a text (a provider's error message, say). */
export function withoutSecrets(
  plugin: ChannelPlugin<any>,
  settings: Record<string, unknown>,
  text: string
) {
  return plugin.manifest.secrets
    .map((key) => settings[key])
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((result, secret) => result.split(secret).join('•••'), text)
}
