/**
 * `#channel_kit/testing`: everything a plugin's spec needs, so a partner's
 * tests import only the kit (`#channel_kit` and this module). See
 * plugins/README.md, "Testing a plugin".
 */
export { createChannelContext, REDACTED } from '#channels/channel_context'
export type { CreateChannelContextOptions } from '#channels/channel_context'
export { CapturingLogger } from './capturing_logger.js'
export type { CapturedLog } from './capturing_logger.js'
export { startFakeProvider, startHttpRemote } from './fake_provider.js'
export type {
  FakeProvider,
  FakeProviderOptions,
  HttpRemote,
  RecordedRequest,
  RemoteReply,
} from './fake_provider.js'
export {
  bodyBytes,
  forgeries,
  kitSigner,
  signedInbound,
  signedWith,
  tamperedInbounds,
} from './webhooks.js'
export type { Forgery, WebhookBody, WebhookSigner } from './webhooks.js'
export {
  CONTRACT_CHECKS,
  registerChannelPluginContract,
  runChannelPluginContract,
} from './contract.js'
export type { ContractResult } from './contract.js'
export { RATE_LIMIT_RETRY_AFTER_SECONDS } from './contract_types.js'
export type {
  ChannelContractScenarios,
  ChannelPluginContractOptions,
  ReceivedMessage,
  RemoteOutcome,
} from './contract_types.js'
