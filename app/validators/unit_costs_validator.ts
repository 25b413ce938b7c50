import vine from '@vinejs/vine'
import { MAX_UNIT_COST } from '#stats/unit_costs'

/** Kroner per contact, with at most øre precision; 0 is allowed (a channel the kommune does not pay for). */
const cost = () => vine.number().min(0).max(MAX_UNIT_COST).decimal([0, 2])

export const unitCostsValidator = vine.create({
  phone: cost(),
  in_person: cost(),
  chat: cost(),
  email: cost(),
  sms: cost(),
  callback: cost(),
})
