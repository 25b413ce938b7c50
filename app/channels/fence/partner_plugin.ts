import { errors } from '@vinejs/vine'
import type { FieldContext, MessagesProviderContact } from '@vinejs/vine/types'
import type {
  ChannelContext,
  ChannelDriver,
  ChannelPlugin,
  InboundEvent,
  RawInbound,
  SendResult,
} from '#channel_kit'
import { PartnerProcess, type PartnerFetchRequest } from '#channels/fence/partner_process'

const FETCH_TIMEOUT_MS = 15_000

/** Refused before any byte leaves: the plugin asked for a host its manifest does not name. */
export class UndeclaredHostError extends Error {
  readonly code = 'E_UNDECLARED_HOST'
  constructor(readonly host: string) {
    super(`Outbound host "${host}" is not declared in the plugin's manifest.outboundHosts`)
  }
}

type Described = {
  manifest: ChannelPlugin['manifest']
  settingsForm: ChannelPlugin['settingsForm']
  messages?: ChannelPlugin['messages']
  schema: unknown
  settingsSchemaVersion: number | null
}

type RecordedError = { defaultMessage: string; rule: string; field: string; args: any }

function validationError(recorded: RecordedError[], provider?: MessagesProviderContact) {
  const messages = recorded.map((item) => ({
    field: item.field,
    rule: item.rule,
    message: provider
      ? provider.getMessage(
          item.defaultMessage,
          item.rule,
          { name: item.field } as FieldContext,
          item.args
        )
      : item.defaultMessage,
  }))
  return new errors.E_VALIDATION_ERROR(messages)
}

const normalise = (host: string) =>
  host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
const rawForWire = (raw: RawInbound) => ({
  headers: raw.headers,
  body: raw.body,
  receivedAt: raw.receivedAt,
})

/**
 * A partner plugin as the app sees it: a ChannelPlugin whose validator and
 * drivers live in a PartnerProcess. The app keeps the context: log lines
 * pass its redacting logger, and every fetch its outbound check — the host
 * must be in `manifest.outboundHosts`, then the context's own fetch (the
 * app's outbound policy) does the request.
 */
export async function loadPartnerPlugin(options: { dir: string; entry: string }) {
  const contexts = new Map<number, ChannelContext<any>>()
  let described: Described | undefined
  const partner = new PartnerProcess(options.dir, options.entry, {
    async fetch(handle, request: PartnerFetchRequest) {
      const context = contexts.get(handle)
      if (!context) throw new Error('no such connection')
      const host = normalise(new URL(request.url).hostname)
      const declared = (described?.manifest.outboundHosts ?? []).map(normalise)
      if (!declared.includes(host)) throw new UndeclaredHostError(host)
      const response = await context.fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body as RequestInit['body'],
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      })
      const body = new Uint8Array(await response.arrayBuffer())
      const headers = Object.fromEntries(response.headers.entries())
      return { status: response.status, statusText: response.statusText, headers, body }
    },
    log(handle, level, message, data) {
      const logger = contexts.get(handle)?.logger as Record<string, any> | undefined
      if (logger && ['debug', 'info', 'warn', 'error'].includes(level)) logger[level](message, data)
    },
  })
  described = await partner.call<Described>('describe')
  let nextHandle = 1

  const settings = {
    async tryValidate(data: unknown, opts?: { messagesProvider?: MessagesProviderContact }) {
      const result = await partner.call<{ value?: unknown; errors?: RecordedError[] }>('validate', {
        data,
      })
      if (result.errors) return [validationError(result.errors, opts?.messagesProvider), null]
      return [null, result.value]
    },
    async validate(data: unknown, opts?: { messagesProvider?: MessagesProviderContact }) {
      const [error, value] = await settings.tryValidate(data, opts)
      if (error) throw error
      return value
    },
    toJSON: () => ({ schema: described!.schema }),
  }

  async function createDriver(context: ChannelContext<any>): Promise<ChannelDriver> {
    const handle = nextHandle++
    contexts.set(handle, context)
    const { kommune, connectionId, settings: values, webhookUrl } = context
    const offers = await partner.call<{ verify: boolean; inbound: boolean }>('createDriver', {
      handle,
      kommune,
      connectionId,
      settings: values,
      webhookUrl,
    })
    let closed = false
    return {
      send: (message) => partner.call<SendResult>('send', { handle, message }),
      verify: offers.verify ? () => partner.call<void>('verify', { handle }) : undefined,
      inbound: offers.inbound
        ? {
            verifySignature: (raw) =>
              partner.call<boolean>('verifySignature', { handle, raw: rawForWire(raw) }),
            parse: (raw) => partner.call<InboundEvent[]>('parse', { handle, raw: rawForWire(raw) }),
          }
        : undefined,
      async close() {
        if (closed) return
        closed = true
        await partner.call('close', { handle })
        contexts.delete(handle)
      },
    }
  }

  const plugin: ChannelPlugin<any> & { partner: PartnerProcess } = {
    manifest: described.manifest,
    settingsForm: described.settingsForm,
    messages: described.messages,
    settings: settings as unknown as ChannelPlugin['settings'],
    createDriver,
    /** The upgrade runs in the partner's process, like everything else it does. */
    settingsSchema:
      described.settingsSchemaVersion === null
        ? undefined
        : {
            version: described.settingsSchemaVersion,
            upgrade: (values, from) =>
              partner.call<Record<string, unknown>>('upgradeSettings', { settings: values, from }),
          },
    partner,
  }
  return plugin
}
