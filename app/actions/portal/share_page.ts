import { createHash } from 'node:crypto'
import { inject } from '@adonisjs/core'
import limiter from '@adonisjs/limiter/services/main'
import vine from '@vinejs/vine'
import type Kommune from '#models/kommune'
import SendMessage from '#actions/channels/send_message'
import { appUrl } from '#config/app'
import type { MergedGuide } from '#knowledge/merged_guide'
import { composeGuidance } from '#support/guidance_message'
import { sendConnections } from '#services/send_channels'
import { parsePhone } from '#channel_kit'

export type ShareOutcome = 'sent' | 'invalid' | 'unavailable' | 'limited'

/** Budgets for "send this page to me": no account, so the limits are the only brake. */
export const SHARE_LIMITS = {
  perIp: { requests: 10, duration: '1 hour' },
  perRecipient: { requests: 3, duration: '1 day' },
} as const

const email = vine.create({ to: vine.string().trim().email().maxLength(254) })

/**
 * A citizen sends a guide page to their own e-mail or phone through the
 * kommune's e-mail or SMS connection: the citizen level and a link, never
 * the staff briefing. Rate-limited per client IP and per recipient (the
 * recipient is kept only as a hash in the limiter store).
 */
@inject()
export default class SharePage {
  constructor(private sendMessage: SendMessage) {}

  async handle(kommune: Kommune, guide: MergedGuide, input: { to: string; ip: string }) {
    const recipient = await this.#recipient(input.to)
    if (!recipient) return 'invalid' satisfies ShareOutcome
    const connections = await sendConnections(kommune)
    const connection = connections.get(recipient.channel)
    if (!connection) return 'unavailable' satisfies ShareOutcome
    if (!(await this.#withinLimits(kommune, input.ip, recipient.to))) {
      return 'limited' satisfies ShareOutcome
    }
    const message = composeGuidance(guide, kommune, recipient.channel, appUrl)
    await this.sendMessage.handle({
      connection,
      to: recipient.to,
      subject: recipient.channel === 'email' ? message.subject : null,
      text: message.text,
      html: message.html,
      guideId: guide.id,
    })
    return 'sent' satisfies ShareOutcome
  }

  async #recipient(to: string) {
    if (to.includes('@')) {
      const [error, value] = await email.tryValidate({ to })
      return error ? null : { channel: 'email' as const, to: value.to.toLowerCase() }
    }
    const phone = parsePhone(to)
    return phone.e164 ? { channel: 'sms' as const, to: phone.e164 } : null
  }

  /** Both budgets must have room; a refused attempt still counts against the IP. */
  async #withinLimits(kommune: Kommune, ip: string, to: string) {
    const byIp = limiter.use(SHARE_LIMITS.perIp)
    const byRecipient = limiter.use(SHARE_LIMITS.perRecipient)
    const hashed = createHash('sha256').update(to).digest('hex').slice(0, 32)
    const ipResult = await byIp.increment(`share_ip_${ip}`)
    if (ipResult.remaining < 0 || ipResult.consumed > SHARE_LIMITS.perIp.requests) return false
    const recipientKey = `share_to_${kommune.id}_${hashed}`
    if ((await byRecipient.remaining(recipientKey)) <= 0) return false
    await byRecipient.increment(recipientKey)
    return true
  }
}
