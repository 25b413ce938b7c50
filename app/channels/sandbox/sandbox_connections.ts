import { randomBytes } from 'node:crypto'
import ChannelConnection, { newConnectionId } from '#models/channel_connection'
import type Kommune from '#models/kommune'
import channelManager from '#channels/channel_manager'
import type { SandboxPorts } from '#channels/sandbox/channel_sandbox'

export const SANDBOX_HOST = '127.0.0.1'

function secret() {
  return randomBytes(18).toString('base64url')
}

/** A sender name the SMS networks accept: ≤ 11 letters/digits, no æøå. */
export function smsSenderName(kommune: Kommune) {
  const ascii = kommune.name
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'oe')
    .replace(/å/gi, 'aa')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
  return (ascii.slice(0, 8) || 'Kommune') + 'Kom'
}

function sandboxSettings(
  kommune: Kommune,
  pluginId: 'email' | 'sms',
  connection: ChannelConnection,
  ports: SandboxPorts,
  stored: Record<string, unknown>
) {
  const domain = `${kommune.slug}.sandbox.vejviser.dk`
  if (pluginId === 'sms') {
    return {
      baseUrl: `http://${SANDBOX_HOST}:${ports.sms}`,
      apiToken: stored.apiToken ?? secret(),
      senderName: smsSenderName(kommune),
      webhookSecret: stored.webhookSecret ?? secret(),
      pricePerSegment: kommune.country === 'SE' ? 0.45 : 0.25,
    }
  }
  return {
    host: SANDBOX_HOST,
    port: ports.smtp,
    secure: false,
    user: connection.id,
    password: stored.password ?? secret(),
    fromAddress: `borgerservice@${domain}`,
    fromName: `${kommune.name} Kommune`,
    replyAddress: `svar@${domain}`,
    webhookSecret: stored.webhookSecret ?? secret(),
  }
}

/** True when the connection has no settings yet or already points at the sandbox. */
function isSandboxOrEmpty(settings: Record<string, unknown>) {
  if (Object.keys(settings).length === 0) return true
  const target = String(settings.baseUrl ?? settings.host ?? '')
  return target === SANDBOX_HOST || target.startsWith(`http://${SANDBOX_HOST}:`)
}

/**
 * Points a kommune's e-mail and SMS connections at the sandbox and enables
 * them. Idempotent (secrets are kept; ports follow the current run), and a
 * connection an admin pointed at a real provider is left alone.
 */
export async function connectToSandbox(kommune: Kommune, ports: SandboxPorts) {
  const connected: string[] = []
  for (const pluginId of ['email', 'sms'] as const) {
    const connection =
      (await ChannelConnection.query()
        .forKommune(kommune.id)
        .where('plugin_id', pluginId)
        .first()) ?? new ChannelConnection().merge({ kommuneId: kommune.id, pluginId })
    if (!connection.id) connection.id = newConnectionId()
    const stored = connection.$isPersisted ? connection.readSettings() : {}
    if (!isSandboxOrEmpty(stored)) continue
    connection.writeSettings(sandboxSettings(kommune, pluginId, connection, ports, stored))
    connection.enabled = true
    await connection.save()
    await channelManager.forget(connection.id)
    connected.push(pluginId)
  }
  return connected
}
