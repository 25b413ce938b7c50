import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import ServicePolicy, { SERVICE_CHANNELS, type ServiceChannel } from '#models/service_policy'
import { readyPolicyChannels } from '#services/policy_channel_readiness'

/**
 * Channels the kommune's policy offers citizens although no connection for
 * them is enabled. An area without a policy row is served on every channel
 * (the policy page's rule), so it offers them all.
 */
export async function policyChannelGaps(kommune: Kommune): Promise<ServiceChannel[]> {
  const [ready, policies, areaCount] = await Promise.all([
    readyPolicyChannels(kommune),
    ServicePolicy.query().forKommune(kommune.id),
    ServiceArea.query().count('* as total').first(),
  ])
  const offered = new Set<ServiceChannel>()
  for (const policy of policies) if (policy.served) policy.channels.forEach((c) => offered.add(c))
  if (Number(areaCount?.$extras.total ?? 0) > policies.length) {
    SERVICE_CHANNELS.forEach((channel) => offered.add(channel))
  }
  return SERVICE_CHANNELS.filter((channel) => offered.has(channel) && !ready.includes(channel))
}
