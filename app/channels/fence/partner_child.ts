/**
 * Entry of a partner plugin's process (see partner_process.ts). Runs under
 * Node's permission model with a stripped environment; it may read only the
 * plugin's folder, the kit and node_modules. It loads the plugin, then
 * answers the app's calls over the IPC channel. Node strips this file's
 * types itself (no ts-exec here), so it uses erasable TypeScript only and
 * imports nothing but Node built-ins before the plugin.
 */
import net from 'node:net'
import { registerHooks } from 'node:module'
import { pathToFileURL } from 'node:url'

type Call = { id: number; op: string; args: any }
type Pending = { resolve: (value: any) => void; reject: (error: Error) => void }

const [kitFile, pluginFile] = process.argv.slice(2)
const NETWORK_REFUSED = 'Partner plugins reach the network only through context.fetch'

registerHooks({
  resolve(specifier: string, context: any, nextResolve: any) {
    if (specifier === '#channel_kit')
      return { url: pathToFileURL(kitFile).href, shortCircuit: true }
    if (specifier.startsWith('#')) {
      throw new Error(`Plugin fence: "${specifier}": plugins import only #channel_kit`)
    }
    try {
      return nextResolve(specifier, context)
    } catch (error: any) {
      /** The kit's sources import './x.js' for x.ts (what ts-exec does in the app). */
      if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^\.\.?\/.*\.js$/.test(specifier)) {
        return nextResolve(specifier.replace(/\.js$/, '.ts'), context)
      }
      throw error
    }
  },
})

/** No sockets of its own: every byte out goes through the app's checked fetch. */
net.Socket.prototype.connect = function refuse(): never {
  throw new Error(NETWORK_REFUSED)
}
globalThis.fetch = async () => {
  throw new Error(NETWORK_REFUSED)
}

const send = (message: unknown) => process.send!(message)
const drivers = new Map<number, any>()
const pendingFetches = new Map<number, Pending>()
let nextFetch = 1

function errorOf(error: any) {
  return {
    name: error?.name ?? 'Error',
    message: error instanceof Error ? error.message : String(error),
    retryable: typeof error?.retryable === 'boolean' ? error.retryable : undefined,
    status: typeof error?.status === 'number' ? error.status : null,
    retryAfterMs: typeof error?.retryAfterMs === 'number' ? error.retryAfterMs : null,
  }
}

const bytes = (value: any) =>
  Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)
const rawOf = (raw: any) => ({ ...raw, body: bytes(raw.body) })

/** context.fetch: the app checks the host against the manifest and does the request. */
function fetchThroughApp(handle: number) {
  return async (input: any, init: any = {}) => {
    const url = input instanceof Request ? input.url : String(input)
    const body = init.body === undefined || init.body === null ? null : init.body
    const request = {
      url,
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body: typeof body === 'string' ? body : body ? bytes(body) : null,
    }
    const rid = nextFetch++
    const answer: any = await new Promise((resolve, reject) => {
      pendingFetches.set(rid, { resolve, reject })
      send({ type: 'fetch', rid, handle, request })
    })
    return new Response(answer.status === 204 ? null : bytes(answer.body), {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    })
  }
}

function logger(handle: number) {
  const write = (level: string) => (message: string, data?: unknown) =>
    send({ type: 'log', handle, level, message: String(message), data: data ?? {} })
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}

const { default: plugin } = await import(pathToFileURL(pluginFile).href)

/** Records what VineJS would say, so the app words it in the admin's language. */
const recordingMessages = {
  getMessage(defaultMessage: string, rule: string, field: any, args?: any) {
    return JSON.stringify({ defaultMessage, rule, field: String(field.name), args: args ?? {} })
  },
  getAttribute: (attribute: string) => attribute,
}

const operations: Record<string, (args: any) => unknown> = {
  describe: () => ({
    manifest: plugin.manifest,
    settingsForm: plugin.settingsForm,
    messages: plugin.messages,
    schema: plugin.settings?.toJSON?.()?.schema ?? null,
    settingsSchemaVersion: plugin.settingsSchema?.version ?? null,
  }),
  upgradeSettings: ({ settings, from }) => plugin.settingsSchema.upgrade(settings, from),
  async validate({ data }) {
    const [error, value] = await plugin.settings.tryValidate(data, {
      messagesProvider: recordingMessages,
    })
    if (!error) return { value }
    return { errors: (error.messages ?? []).map((item: any) => JSON.parse(item.message)) }
  },
  async createDriver({ handle, kommune, connectionId, settings, webhookUrl }) {
    const context = { kommune, connectionId, settings, webhookUrl }
    const driver = await plugin.createDriver({
      ...context,
      logger: logger(handle),
      fetch: fetchThroughApp(handle),
    })
    drivers.set(handle, driver)
    return { verify: typeof driver.verify === 'function', inbound: Boolean(driver.inbound) }
  },
  send: ({ handle, message }) => drivers.get(handle).send(message),
  verify: ({ handle }) => drivers.get(handle).verify(),
  verifySignature: ({ handle, raw }) => drivers.get(handle).inbound.verifySignature(rawOf(raw)),
  parse: ({ handle, raw }) => drivers.get(handle).inbound.parse(rawOf(raw)),
  async close({ handle }) {
    await drivers.get(handle)?.close?.()
    drivers.delete(handle)
  },
}

process.on('message', async (message: any) => {
  if (message.type === 'fetched') {
    const pending = pendingFetches.get(message.rid)
    pendingFetches.delete(message.rid)
    if (message.error) pending?.reject(new Error(message.error))
    else pending?.resolve(message.response)
    return
  }
  const call = message as Call
  try {
    const value = await operations[call.op](call.args)
    send({ type: 'result', id: call.id, ok: true, value })
  } catch (error) {
    send({ type: 'result', id: call.id, ok: false, error: errorOf(error) })
  }
})
process.on('disconnect', () => process.exit(0))
send({ type: 'ready' })
