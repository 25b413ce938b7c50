import type { Assert } from '@japa/assert'
import { ChannelSendError } from '../errors.js'
import {
  RATE_LIMIT_RETRY_AFTER_SECONDS,
  type ContractCheck,
  type ContractEnv,
} from './contract_types.js'
import { REDACTED } from '#channels/channel_context'

export async function expectSendError(
  assert: Assert,
  promise: Promise<unknown>
): Promise<ChannelSendError> {
  try {
    await promise
  } catch (error) {
    assert.instanceOf(error, ChannelSendError, `expected a ChannelSendError, got ${String(error)}`)
    return error as ChannelSendError
  }
  return assert.fail('expected the driver to throw a ChannelSendError')
}

const noOutbound = ({ plugin }: ContractEnv) =>
  plugin.manifest.capabilities.outbound ? null : 'no outbound capability'
const noMaxBody = (env: ContractEnv) =>
  noOutbound(env) ??
  (env.plugin.manifest.capabilities.maxBodyLength === null ? 'no maxBodyLength declared' : null)

/** A key no plugin could have hard-coded. */
const freshKey = (label: string) => `contract-${label}-${Math.random().toString(36).slice(2, 10)}`

function secretValues(env: ContractEnv, settings: Record<string, unknown>) {
  return env.plugin.manifest.secrets
    .map((key) => settings[key])
    .filter((value) => value !== null && value !== undefined && value !== '')
    .map(String)
}

async function waitFor(probe: () => number | Promise<number>, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  let value = await probe()
  while (value !== 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25))
    value = await probe()
  }
  return value
}

export const sendChecks: ContractCheck[] = [
  {
    title: 'send succeeds and returns the provider id',
    skip: noOutbound,
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      const message = env.scenarios.message()
      const result = await driver.send(message)
      assert.isString(result.externalId)
      assert.isAbove(result.externalId.length, 0, 'externalId must not be empty')
      const received = await env.scenarios.remote.received()
      assert.lengthOf(received, 1, 'the remote received exactly one message')
      assert.include(received[0].text, message.text.trim())
    },
  },
  {
    title: 'the idempotency key reaches the provider: the same on a retry, new for a new message',
    skip: noOutbound,
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      const first = { ...env.scenarios.message(), idempotencyKey: freshKey('a') }
      await driver.send(first)
      await driver.send(first)
      await driver.send({ ...first, idempotencyKey: freshKey('b') })
      const received = await env.scenarios.remote.received()
      const keys = received.map((item) => item.idempotencyKey)
      assert.lengthOf(keys, 3, 'the remote received the three sends')
      for (const key of keys) {
        assert.isString(key, 'the provider got no idempotency key (ReceivedMessage.idempotencyKey)')
        assert.isAbove(key!.length, 0, 'the provider got an empty idempotency key')
      }
      assert.equal(keys[1], keys[0], 'a retry must carry the same idempotency key')
      assert.notEqual(keys[2], keys[0], 'a new message must carry a new idempotency key')
    },
  },
  {
    title: 'a permanent refusal (HTTP 4xx) is a ChannelSendError that is not retryable',
    skip: noOutbound,
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      env.scenarios.remote.respondWith('permanent_failure')
      const error = await expectSendError(assert, driver.send(env.scenarios.message()))
      assert.isFalse(error.retryable)
    },
  },
  {
    title: 'a temporary failure (HTTP 5xx) is a ChannelSendError that is retryable',
    skip: noOutbound,
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      env.scenarios.remote.respondWith('temporary_failure')
      const error = await expectSendError(assert, driver.send(env.scenarios.message()))
      assert.isTrue(error.retryable)
    },
  },
  {
    title: 'a rate limit (HTTP 429 with Retry-After) is retryable and carries the wait',
    skip: (env) =>
      noOutbound(env) ?? (env.scenarios.remote.rateLimits ? null : 'the remote has no rate limit'),
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      env.scenarios.remote.respondWith('rate_limited')
      const error = await expectSendError(assert, driver.send(env.scenarios.message()))
      assert.isTrue(error.retryable, 'a rate limit passes: retryable')
      assert.equal(
        error.retryAfterMs,
        RATE_LIMIT_RETRY_AFTER_SECONDS * 1000,
        'pass the Retry-After on: ChannelSendError.fromResponse(response, message)'
      )
    },
  },
  {
    title: 'a body longer than maxBodyLength is refused before it reaches the remote',
    skip: noMaxBody,
    async run(assert, env, cleanup) {
      const max = env.plugin.manifest.capabilities.maxBodyLength!
      const { driver } = await env.openDriver(cleanup)
      const message = { ...env.scenarios.message(), text: 'a'.repeat(max + 1) }
      const error = await expectSendError(assert, driver.send(message))
      assert.isFalse(error.retryable, 'a too long body never gets shorter by retrying')
      assert.lengthOf(await env.scenarios.remote.received(), 0)
    },
  },
  {
    title: 'a body of exactly maxBodyLength is delivered whole',
    skip: noMaxBody,
    async run(assert, env, cleanup) {
      const max = env.plugin.manifest.capabilities.maxBodyLength!
      const { driver } = await env.openDriver(cleanup)
      const text = 'a'.repeat(max)
      await driver.send({ ...env.scenarios.message(), text })
      const received = await env.scenarios.remote.received()
      assert.lengthOf(received, 1)
      assert.include(received[0].text, text)
    },
  },
]

/** verify() is optional: without it the admin page has no "test connection" button. */
export const verifyChecks: ContractCheck[] = [
  {
    title: 'verify(), when offered, passes against a working remote',
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      if (!driver.verify) return assert.isUndefined(driver.verify)
      await driver.verify()
    },
  },
  {
    title: 'verify() against a refusing remote is a ChannelSendError that is not retryable',
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      if (!driver.verify) return assert.isUndefined(driver.verify)
      env.scenarios.remote.respondWith('permanent_failure')
      const error = await expectSendError(assert, driver.verify())
      assert.isFalse(error.retryable)
    },
  },
  {
    title: 'verify() against a failing remote is a ChannelSendError that is retryable',
    async run(assert, env, cleanup) {
      const { driver } = await env.openDriver(cleanup)
      if (!driver.verify) return assert.isUndefined(driver.verify)
      env.scenarios.remote.respondWith('temporary_failure')
      const error = await expectSendError(assert, driver.verify())
      assert.isTrue(error.retryable)
    },
  },
]

export const secretChecks: ContractCheck[] = [
  {
    title: 'secrets never reach the logger or error messages',
    async run(assert, env, cleanup) {
      const { driver, settings, logger, context } = await env.openDriver(cleanup)
      const secrets = secretValues(env, settings)
      const errors: string[] = []
      const attempt = async (work: () => unknown) => {
        try {
          await work()
        } catch (error) {
          errors.push(String(error), (error as Error)?.stack ?? '')
        }
      }
      for (const outcome of ['success', 'permanent_failure', 'temporary_failure'] as const) {
        env.scenarios.remote.respondWith(outcome)
        if (env.plugin.manifest.capabilities.outbound) {
          await attempt(() => driver.send(env.scenarios.message()))
        }
        if (driver.verify) await attempt(() => driver.verify!())
      }
      /** The context's own redaction, as a plugin logging carelessly would use it. */
      for (const secret of secrets) {
        context.logger.error(`careless ${secret}`, {
          detail: `x${secret}x`,
          nested: { deep: secret },
        })
      }
      for (const key of env.plugin.manifest.secrets) {
        context.logger.warn('careless key', { [key]: 'visible only as a key' })
      }
      const logged = logger.text()
      for (const secret of secrets) {
        assert.notInclude(logged, secret, 'a secret value reached the logger')
        for (const message of errors) {
          assert.notInclude(message, secret, 'a secret value is in an error message')
        }
      }
      assert.notInclude(logged, 'visible only as a key')
      assert.include(logged, REDACTED)
    },
  },
]

export const closeChecks: ContractCheck[] = [
  {
    title: 'close() releases the connections, is safe twice, and leaves other drivers working',
    async run(assert, env, cleanup) {
      const outbound = env.plugin.manifest.capabilities.outbound
      const idle = await env.openDriver(cleanup, 'contract-close-idle')
      await idle.driver.close?.()
      await idle.driver.close?.()

      const used = await env.openDriver(cleanup, 'contract-close-used')
      if (outbound) await used.driver.send(env.scenarios.message())
      await used.driver.close?.()
      await used.driver.close?.()
      const probe = env.scenarios.remote.openConnections
      if (probe) {
        assert.equal(await waitFor(() => probe(), 2000), 0, 'close() left connections open')
      }
      /** A driver must not close what another connection's driver still uses. */
      if (outbound) {
        const after = await env.openDriver(cleanup, 'contract-close-after')
        const result = await after.driver.send(env.scenarios.message())
        assert.isString(result.externalId, 'a driver opened after another closed cannot send')
        assert.lengthOf(await env.scenarios.remote.received(), 2)
      }
    },
  },
]
