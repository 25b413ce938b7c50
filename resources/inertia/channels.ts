/** Channels and the callback queue as pages see them: the server's own types (erased from the bundle). */
export type {
  ChannelConnectionDto,
  ChannelPluginDto,
  ChannelRow,
  DeliveryDto,
  MessageDto,
} from '@app/transformers/channel_dto'
export type { CallbackRequestDto } from '@app/transformers/callback_dto'
export type { SettingsFieldDto } from '@app/channels/connection_settings'

const KNOWN_KINDS = ['email', 'sms', 'chat', 'phone_callback']

/** A plugin's kind in the UI language; kinds we have no words for are shown as they are. */
export function channelKind(t: (key: string) => string, kind: string) {
  return KNOWN_KINDS.includes(kind) ? t(`channels_admin.kinds.${kind}`) : kind
}
