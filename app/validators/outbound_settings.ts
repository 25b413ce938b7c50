import { errors } from '@vinejs/vine'
import type { I18n } from '@adonisjs/i18n'
import type { ChannelPlugin } from '#channel_kit'
import { outboundPolicy } from '#channels/outbound_policy'

/**
 * After the plugin's own schema: a channel's settings may not point the app
 * at loopback, private or link-local addresses (see outbound_policy). The
 * refusal is a field error on the form, like any other invalid value.
 */
export async function assertOutboundSettings(
  plugin: ChannelPlugin<any>,
  settings: Record<string, unknown>,
  i18n: I18n
) {
  const refused = await outboundPolicy.refusedFields(plugin.settingsForm, settings)
  if (!refused.length) return
  throw new errors.E_VALIDATION_ERROR(
    refused.map((field) => ({
      field,
      message: i18n.t('security.channels.refused_address_field'),
      rule: 'publicAddress',
    }))
  )
}
