import type Kommune from '#models/kommune'

export type SendChannel = 'email' | 'sms'

/**
 * Which of e-mail and SMS this kommune has enabled for sending guidance to
 * citizens. Until the channel connections exist this reads nothing and
 * offers nothing; it is replaced by the connection lookup.
 */
export async function enabledSendChannels(_kommune: Kommune): Promise<SendChannel[]> {
  return []
}
