import { inject } from '@adonisjs/core'
import type Kommune from '#models/kommune'
import { appUrl } from '#config/app'
import SendMessage from '#actions/channels/send_message'
import type { MergedGuide } from '#knowledge/merged_guide'
import { composeGuidance } from '#support/guidance_message'
import { sendConnections, type SendChannel } from '#services/send_channels'

export class SendChannelNotEnabledError extends Error {}

/**
 * Sends a guide's guidance level to a citizen through the kommune's e-mail
 * or SMS connection. The message is exactly the preview staff saw.
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
  }) {
    const connections = await sendConnections(input.kommune)
    const connection = connections.get(input.channel)
    if (!connection) throw new SendChannelNotEnabledError(`${input.channel} is not enabled`)
    const message = composeGuidance(input.guide, input.kommune, input.channel, appUrl)
    return this.sendMessage.handle({
      connection,
      to: input.to,
      subject: input.channel === 'email' ? message.subject : null,
      text: message.text,
      html: message.html,
      guideId: input.guide.id,
      userId: input.userId,
    })
  }
}
