/**
 * The channel kit: the ONLY module plugins import (as `#channel_kit`).
 * See plugins/README.md for the contract, lifecycle and versioning.
 */
import type { ChannelPlugin } from './types.js'

/**
 * The kit API this app implements; plugins declare a semver range against it.
 * 1.1.0 added the `vine` and `Infer` re-exports.
 * 1.2.0 added live channels: `context.realtime`, `context.kommune.timezone`,
 * and the optional driver parts `live.deliver()` and `availability()`.
 * 1.3.0 added the SMS helpers and translated settings forms (`Translated`
 * texts, `messages`, select/default/placeholder fields, `localize`).
 * 1.4.0 added `manifest.trust` and `manifest.outboundHosts` (partner plugins
 * run in their own process), `#channel_kit/testing` and the HMAC helpers.
 * 1.5.0 added the structured field types `weekly_hours` and `dated_hours`
 * (the admin edits opening hours and holidays in a form, never JSON).
 * 1.6.0 added `ChannelSendError.fromStatus` with 408 temporary and
 * `Retry-After` (`retryAfterMs`, honoured by the delivery job),
 * `ChannelSendError.fromResponse` and `parseRetryAfter`; the phone-number
 * helpers `parsePhone`, `isE164Phone` and `formatPhone`; settings
 * migrations (`settingsSchema: { version, upgrade }`).
 */
export const KIT_API_VERSION = '1.6.0'

/**
 * Declares a channel plugin. An identity function with types: the registry
 * validates the manifest, API range, settings schema and secrets at boot.
 */
export function defineChannelPlugin<Settings>(plugin: ChannelPlugin<Settings>) {
  return plugin
}

export { ChannelSendError, parseRetryAfter } from './errors.js'
export {
  signPayload,
  verifyPayload,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
} from './signatures.js'
export type * from './types.js'

/**
 * The app's VineJS, so a plugin's settings validator is built by the same
 * version the admin form and the registry use (since kit API 1.1.0).
 */
export { default as vine } from '@vinejs/vine'
export type { Infer } from '@vinejs/vine/types'

/**
 * SMS segmentation and GSM-7 stand-ins (since kit API 1.3.0), so plugins
 * and the app price and prepare texts the same way.
 */
export { isGsm7, smsSegments, gsm7Friendly } from './sms.js'
export type { SmsEncoding, SmsSegmentation } from './sms.js'

/**
 * Danish and Swedish phone numbers as E.164 (since kit API 1.6.0), on
 * libphonenumber's numbering plans: the one parser the app and plugins share.
 */
export { parsePhone, isE164Phone, formatPhone } from './phone.js'
export type { ParsedPhone, PhoneCountry, PhoneProblem } from './phone.js'

/**
 * Translated plugin texts (since kit API 1.3.0): `localize(text, locale)`
 * picks a `Translated` text's language; the contract suite uses
 * `missingLocales` to require da, sv and en.
 */
export { KIT_LOCALES, localize, missingLocales, fillPlaceholders } from './translated.js'

/**
 * HMAC helpers for a provider's own signature scheme (since kit API 1.4.0).
 */
export { hmacDigest, safeEqual, headerValue, timestampFresh, verifyHmac } from './hmac.js'
export type { HmacAlgorithm, HmacEncoding } from './hmac.js'
