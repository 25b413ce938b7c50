import type { Group } from '@japa/runner/core'
import channelSandbox from '#channels/sandbox/channel_sandbox'
import { connectToSandbox } from '#channels/sandbox/sandbox_connections'
import SandboxMessage from '#models/sandbox_message'
import type Kommune from '#models/kommune'

/** Runs the channel sandbox on free ports for the group. */
export function withSandbox(group: Group) {
  group.setup(async () => {
    await channelSandbox.start({ smtp: 0, sms: 0 })
    return () => channelSandbox.stop()
  })
}

/** Points the kommune's e-mail and SMS connections at the running sandbox. */
export async function sandboxFor(kommune: Kommune) {
  if (!channelSandbox.ports) throw new Error('start the sandbox first (withSandbox)')
  await connectToSandbox(kommune, channelSandbox.ports)
}

/** Waits (up to `ms`) until the kommune's outbox has a message matching `where`. */
export async function waitForOutbox(
  kommune: Kommune,
  where: (message: SandboxMessage) => boolean,
  ms = 10_000
) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    const messages = await SandboxMessage.query().where('kommune_id', kommune.id)
    const found = messages.find(where)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no matching sandbox message within ${ms} ms`)
}
