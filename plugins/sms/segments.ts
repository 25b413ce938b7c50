/** The kit owns SMS segmentation (one helper for plugins and the app). */
export { isGsm7, smsSegments, gsm7Friendly } from '#channel_kit'
export type { SmsEncoding, SmsSegmentation } from '#channel_kit'
