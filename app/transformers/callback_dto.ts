import type CallbackRequest from '#models/callback_request'

export type CallbackRequestDto = {
  id: number
  phone: string
  /** tel: link, or the kommune's click-to-call link for this number. */
  callUrl: string
  windowStart: string
  windowEnd: string
  topic: string
  serviceArea: string | null
  status: string
  outcome: string | null
  attempts: number
  nextAttemptAt: string
  claimedBy: { id: number; name: string } | null
  claimedByMe: boolean
  notes: string | null
}

export function callUrlFor(phone: string, template: unknown) {
  if (typeof template === 'string' && template.includes('{phone}')) {
    return template.split('{phone}').join(encodeURIComponent(phone))
  }
  return `tel:${phone}`
}

export function toCallbackRequestDto(
  request: CallbackRequest,
  options: { userId: number; locale: string; clickToCallUrlTemplate?: unknown }
): CallbackRequestDto {
  return {
    id: request.id,
    phone: request.phone,
    callUrl: callUrlFor(request.phone, options.clickToCallUrlTemplate),
    windowStart: request.windowStart.toISO()!,
    windowEnd: request.windowEnd.toISO()!,
    topic: request.topic,
    serviceArea: request.serviceArea ? request.serviceArea.nameIn(options.locale) : null,
    status: request.status,
    outcome: request.outcome,
    attempts: request.attempts,
    nextAttemptAt: request.nextAttemptAt.toISO()!,
    claimedBy: request.claimer ? { id: request.claimer.id, name: request.claimer.fullName } : null,
    claimedByMe: request.claimedBy === options.userId,
    notes: request.notes,
  }
}
