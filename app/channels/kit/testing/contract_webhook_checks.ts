import type { Assert } from '@japa/assert'
import type { InboundEvent, RawInbound } from '../types.js'
import type { ContractCheck, ContractEnv } from './contract_types.js'
import { bodyBytes, forgeries, signedWith, type WebhookBody } from './webhooks.js'

const EVENT_TYPES = ['message', 'delivery_status']
const DEFAULT_MALFORMED: WebhookBody[] = ['{"id": 17, "status": "DELIV', 'status=DELIVERED&id=17']
const DEFAULT_UNKNOWN: WebhookBody = { contract_unknown_event: 'vejviser-contract', id: 'x-1' }

function assertEventShape(assert: Assert, event: InboundEvent) {
  assert.include(EVENT_TYPES, event.type, `unknown event type ${event.type}`)
  assert.isString(event.eventId)
  assert.isAbove(event.eventId.length, 0, 'eventId must not be empty')
  if (event.type === 'message') {
    assert.isString(event.from)
    assert.isAbove(event.from.length, 0, 'from must not be empty')
    assert.notInclude(event.from, 'undefined', 'from was built from a missing field')
    assert.isString(event.text)
    assert.instanceOf(event.receivedAt, Date)
    assert.isFalse(Number.isNaN(event.receivedAt.getTime()), 'receivedAt is an invalid date')
  } else {
    assert.isString(event.externalId)
    assert.include(['delivered', 'failed'], event.status)
    assert.instanceOf(event.at, Date)
    assert.isFalse(Number.isNaN(event.at.getTime()), 'at is an invalid date')
  }
}

const noInbound = ({ plugin }: ContractEnv) =>
  plugin.manifest.capabilities.inboundWebhook ? null : 'no inbound webhook'

function webhooksOf(env: ContractEnv) {
  const webhooks = env.scenarios.webhooks
  if (!webhooks) throw new Error('scenarios.webhooks is required for inbound plugins')
  return webhooks
}

/** Genuine payloads signed the provider's way. */
async function genuine(env: ContractEnv, settings: unknown): Promise<RawInbound[]> {
  const webhooks = webhooksOf(env)
  const bodies = await webhooks.payloads(settings)
  return bodies.map((body) =>
    signedWith(webhooks.sign, settings, body, { headers: webhooks.headers })
  )
}

export const webhookChecks: ContractCheck[] = [
  {
    title: 'inbound webhooks are offered exactly when the manifest says so',
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      const declared = env.plugin.manifest.capabilities.inboundWebhook
      assert.equal(Boolean(driver.inbound), declared)
      if (declared) assert.isDefined(env.scenarios.webhooks, 'scenarios.webhooks is required')
    },
  },
  {
    title: 'genuine webhooks verify and parse into events with stable ids',
    skip: noInbound,
    async run(assert, env, cleanup) {
      const { driver, settings } = await env.openDriver(cleanup)
      const raws = await genuine(env, settings)
      assert.isAbove(raws.length, 0, 'give at least one genuine payload')
      const events: InboundEvent[] = []
      for (const raw of raws) {
        assert.isTrue(await driver.inbound!.verifySignature(raw), 'a genuine webhook was refused')
        const parsed = await driver.inbound!.parse(raw)
        assert.isArray(parsed)
        parsed.forEach((event) => assertEventShape(assert, event))
        const again = await driver.inbound!.parse(raw)
        assert.deepEqual(
          again.map((event) => event.eventId),
          parsed.map((event) => event.eventId),
          'parsing the same delivery twice must give the same event ids (deduplication)'
        )
        events.push(...parsed)
      }
      assert.isAbove(events.length, 0, 'the genuine webhooks produced no events')
      if (env.plugin.manifest.capabilities.deliveryReceipts) {
        assert.isTrue(
          events.some((event) => event.type === 'delivery_status'),
          'deliveryReceipts is declared, so some webhook must give a delivery_status event'
        )
      }
    },
  },
  {
    title:
      'forged webhooks are refused (changed body, other secret, no or empty signature, replay)',
    skip: noInbound,
    async run(assert, env, cleanup) {
      const { driver, settings } = await env.openDriver(cleanup)
      const webhooks = webhooksOf(env)
      const payloads = await webhooks.payloads(settings)
      const bodies = payloads.map(bodyBytes)
      let count = 0
      for (const [index, body] of bodies.entries()) {
        const list = forgeries({
          sign: webhooks.sign,
          settings,
          secrets: env.plugin.manifest.secrets,
          body,
          other: bodies[(index + 1) % bodies.length],
          headers: webhooks.headers,
          refusesReplays: webhooks.refusesReplays ?? true,
        })
        for (const forgery of list) {
          count++
          const accepted = await Promise.resolve(
            driver.inbound!.verifySignature(forgery.raw)
          ).catch(() => false)
          assert.isFalse(accepted, `payload #${index}, ${forgery.name}: accepted`)
        }
      }
      assert.isAbove(count, 0)
    },
  },
  {
    title: 'a malformed body throws (the webhook route answers 400), without secrets in the error',
    skip: noInbound,
    async run(assert, env, cleanup) {
      const { driver, settings } = await env.openDriver(cleanup)
      const webhooks = webhooksOf(env)
      const strict = webhooks.malformed ?? DEFAULT_MALFORMED
      const secrets = env.plugin.manifest.secrets.map((key) => String(settings[key] ?? ''))
      for (const body of strict) {
        const raw = signedWith(webhooks.sign, settings, body, { headers: webhooks.headers })
        let thrown: unknown = null
        try {
          await driver.inbound!.parse(raw)
        } catch (error) {
          thrown = error ?? new Error('thrown')
        }
        assert.isNotNull(thrown, `parse accepted a malformed body: ${bodyBytes(body).toString()}`)
        for (const secret of secrets.filter(Boolean)) {
          assert.notInclude(String(thrown), secret, 'a secret value is in a parse error')
        }
      }
      /** Formats that take any bytes: garbage may parse, but never into events. */
      if (strict.length === 0) {
        for (const body of DEFAULT_MALFORMED) {
          const raw = signedWith(webhooks.sign, settings, body, { headers: webhooks.headers })
          const events = await Promise.resolve(driver.inbound!.parse(raw)).catch(() => [])
          assert.deepEqual(events, [], 'garbage gave events')
        }
      }
    },
  },
  {
    title: 'an unknown but well-formed payload yields no events',
    skip: noInbound,
    async run(assert, env, cleanup) {
      const { driver, settings } = await env.openDriver(cleanup)
      const webhooks = webhooksOf(env)
      const raw = signedWith(webhooks.sign, settings, webhooks.unknown ?? DEFAULT_UNKNOWN, {
        headers: webhooks.headers,
      })
      assert.isTrue(await driver.inbound!.verifySignature(raw), 'a genuine webhook was refused')
      assert.deepEqual(await driver.inbound!.parse(raw), [])
    },
  },
]
