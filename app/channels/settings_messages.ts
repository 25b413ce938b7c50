import type { I18n } from '@adonisjs/i18n'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import { fillPlaceholders, localize } from '#channel_kit'
import type { ChannelPlugin } from '#channel_kit'

/**
 * Validation messages for a plugin's settings form in the admin's
 * language, naming fields by their label ("SMTP-server skal udfyldes",
 * never "host"). The plugin's own messages win (per field and rule, then
 * per rule); otherwise the app's wording for the rule
 * (resources/lang/channel_form), then a generic "is not valid".
 */
export class SettingsMessagesProvider implements MessagesProviderContact {
  #labels: Map<string, string>

  constructor(
    private plugin: ChannelPlugin<any>,
    private i18n: I18n
  ) {
    this.#labels = new Map(
      plugin.settingsForm.map((field) => [field.key, localize(field.label, i18n.locale)])
    )
  }

  getMessage(
    _defaultMessage: string,
    rule: string,
    field: FieldContext,
    args?: Record<string, any>
  ): string {
    const label = this.#labels.get(String(field.name)) ?? String(field.name)
    const values: Record<string, unknown> = { ...flatArgs(args), field: label }
    const own =
      this.plugin.messages?.[`${String(field.name)}.${rule}`] ?? this.plugin.messages?.[rule]
    if (own) return fillPlaceholders(localize(own, this.i18n.locale), values)
    const key = `channel_form.rules.${rule}`
    return this.i18n.hasMessage(key) || this.i18n.hasFallbackMessage(key)
      ? this.i18n.t(key, values)
      : this.i18n.t('channel_form.rules.invalid', values)
  }
}

/** VineJS passes ranges as arrays (`range: [1, 65535]`); the messages name min and max. */
function flatArgs(args?: Record<string, any>) {
  const values: Record<string, unknown> = { ...args }
  if (Array.isArray(args?.range)) {
    values.min = args.range[0]
    values.max = args.range[1]
  }
  if (Array.isArray(args?.choices)) values.choices = args.choices.join(', ')
  return values
}
