import { inject } from '@adonisjs/core'
import type Kommune from '#models/kommune'
import { appUrl } from '#config/app'
import SendMessage from '#actions/channels/send_message'
import type { MergedGuide } from '#knowledge/merged_guide'
import { composeGuidance, editedGuidance } from '#support/guidance_message'
import { maskCpr } from '#support/mask_cpr'
import { sendConnections, type SendChannel } from '#services/send_channels'
import { gsm7Friendly } from '#channel_kit'

export class SendChannelNotEnabledError extends Error {}

/**
 * Sends a guide's citizen level to a citizen through the kommune's e-mail
 * or SMS connection: exactly the preview staff saw, or their edit of it.
 */
@inject()
export default class SendGuidance {
  constructor(private sendMessage: SendMessage) {}

  async handle(input: {
    kommune: Kommune
    guide: MergedGuide
    channel: SendChannel
    to: string
    userId: number
    /** Staff's edited text; CPR numbers are masked before it is stored or sent. */
    text?: string
  }) {
    const connections = await sendConnections(input.kommune)
    const connection = connections.get(input.channel)
    if (!connection) throw new SendChannelNotEnabledError(`${input.channel} is not enabled`)
    const composed = composeGuidance(input.guide, input.kommune, input.channel, appUrl)
    const edited = input.text?.trim()
    const message =
      edited && edited !== composed.text
        ? input.channel === 'sms'
          ? { ...composed, text: maskCpr(edited), html: null }
          : editedGuidance(composed.subject, maskCpr(edited))
        : composed
    return this.sendMessage.handle({
      connection,
      to: input.to,
      subject: input.channel === 'email' ? message.subject : null,
      /** SMS: the GSM-7 stand-ins the preview showed (a dash must not force UCS-2). */
      text: input.channel === 'sms' ? gsm7Friendly(message.text) : message.text,
      html: message.html,
      guideId: input.guide.id,
      userId: input.userId,
    })
  }
}
