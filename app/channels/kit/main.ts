/**
 * The channel kit: the ONLY module plugins import (as `#channel_kit`).
 * See plugins/README.md for the contract, lifecycle and versioning.
 */
import type { ChannelPlugin } from './types.js'

/** The kit API this app implements; plugins declare a semver range against it. */
export const KIT_API_VERSION = '1.0.0'

/**
 * Declares a channel plugin. An identity function with types: the registry
 * validates the manifest, API range, settings schema and secrets at boot.
 */
export function defineChannelPlugin<Settings>(plugin: ChannelPlugin<Settings>) {
  return plugin
}

export { ChannelSendError } from './errors.js'
export { signPayload, verifyPayload, SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS } from './signatures.js'
export type * from './types.js'
