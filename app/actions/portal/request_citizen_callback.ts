import { inject } from '@adonisjs/core'
import limiter from '@adonisjs/limiter/services/main'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import RequestCallback from '#actions/channels/request_callback'
import type { CitizenGuide } from '#portal/citizen_guide_dto'
import { maskCpr } from '#support/mask_cpr'

/** Callback requests a client IP may place per hour (no account, so this is the brake). */
export const CALLBACK_LIMIT = { requests: 5, duration: '1 hour' } as const

export type CallbackForm = { phone: string; date: string; from: string; to: string; note: string }

/**
 * "Call me back" from a guide page: the window is a day and a from/to time
 * in the kommune's time zone; the topic names the guide (plus the citizen's
 * note, CPR numbers masked). RequestCallback checks the number, the window
 * against the callback hours and files it in the kommune's callback queue.
 * Returns false when the IP's budget is spent.
 */
@inject()
export default class RequestCitizenCallback {
  constructor(private requestCallback: RequestCallback) {}

  async handle(kommune: Kommune, guide: CitizenGuide, form: CallbackForm, ip: string) {
    const budget = await limiter.use(CALLBACK_LIMIT).increment(`callback_ip_${ip}`)
    if (budget.consumed > CALLBACK_LIMIT.requests) return false
    const area = guide.serviceArea ? await ServiceArea.findBy('slug', guide.serviceArea.slug) : null
    const note = maskCpr(form.note.trim()).slice(0, 400)
    await this.requestCallback.handle(kommune, {
      phone: form.phone,
      windowStart: `${form.date}T${form.from}`,
      windowEnd: `${form.date}T${form.to}`,
      topic: note ? `${guide.title}: ${note}` : guide.title,
      serviceAreaId: area?.id ?? null,
    })
    return true
  }
}
