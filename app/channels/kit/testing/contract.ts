/**
 * The contract every channel plugin proves. A plugin's spec calls
 * `registerChannelPluginContract({ test, plugin, scenarios })` with Japa's
 * `test`; `runChannelPluginContract` runs the same checks without Japa
 * (`node ace channel:add` and the mutation spec use it). See plugins/README.md.
 */
import { Assert } from '@japa/assert'
import type { test as japaTest } from '@japa/runner'
import type { ChannelDriver } from '../types.js'
import { CapturingLogger } from './capturing_logger.js'
import { formChecks } from './contract_form_checks.js'
import { closeChecks, secretChecks, sendChecks, verifyChecks } from './contract_driver_checks.js'
import { webhookChecks } from './contract_webhook_checks.js'
import type {
  ChannelPluginContractOptions,
  Cleanup,
  ContractCheck,
  ContractEnv,
} from './contract_types.js'
import { createChannelContext } from '#channels/channel_context'

export const CONTRACT_CHECKS: ContractCheck[] = [
  ...formChecks,
  ...sendChecks,
  ...verifyChecks,
  ...secretChecks,
  ...webhookChecks,
  ...closeChecks,
]

const KOMMUNE = { code: '340', name: 'Sorø' }

function contractEnv(options: ChannelPluginContractOptions): ContractEnv {
  const { plugin, scenarios } = options
  return {
    id: options.id ?? plugin.manifest.id,
    plugin,
    scenarios,
    async openDriver(cleanup: Cleanup, connectionId = 'contract-connection') {
      const logger = new CapturingLogger()
      const settings = await plugin.settings.validate(scenarios.validSettings())
      const context = createChannelContext({
        plugin,
        kommune: KOMMUNE,
        connectionId,
        settings,
        logger,
        fetch: scenarios.fetch,
        webhookUrl: `http://127.0.0.1/webhooks/channels/${connectionId}`,
      })
      const driver: ChannelDriver = await plugin.createDriver(context)
      cleanup(() => driver.close?.())
      return { driver, settings, logger, context }
    },
  }
}

/** Registers the contract as a Japa group: one test per check. */
export function registerChannelPluginContract(
  options: ChannelPluginContractOptions & { test: typeof japaTest }
) {
  const { test, scenarios } = options
  const env = contractEnv(options)
  test.group(`Channel plugin contract: ${env.id}`, (group) => {
    group.setup(async () => {
      await scenarios.remote.start()
      return () => scenarios.remote.stop()
    })
    group.each.setup(() => scenarios.remote.reset())
    for (const check of CONTRACT_CHECKS) {
      const reason = check.skip?.(env) ?? null
      test(check.title, async ({ assert, cleanup }) => {
        await check.run(assert, env, (handler) => cleanup(async () => void (await handler())))
      }).skip(reason !== null, reason ?? undefined)
    }
  })
}

export type ContractResult = {
  title: string
  status: 'passed' | 'failed' | 'skipped'
  /** The failure's message, or why the check was skipped. */
  detail?: string
  durationMs: number
}

/**
 * Runs every check in this process and reports each result (to `onResult`
 * as it happens, for a progress display, and as the returned list). Never
 * throws for a failing check.
 */
export async function runChannelPluginContract(
  options: ChannelPluginContractOptions & {
    onResult?: (result: ContractResult, index: number, total: number) => void
    timeoutMs?: number
  }
): Promise<ContractResult[]> {
  const env = contractEnv(options)
  const results: ContractResult[] = []
  await options.scenarios.remote.start()
  try {
    for (const check of CONTRACT_CHECKS) {
      const result = await runCheck(check, env, options.timeoutMs ?? 15_000)
      results.push(result)
      options.onResult?.(result, results.length, CONTRACT_CHECKS.length)
    }
  } finally {
    await options.scenarios.remote.stop()
  }
  return results
}

async function runCheck(check: ContractCheck, env: ContractEnv, timeoutMs: number) {
  const started = performance.now()
  const reason = check.skip?.(env) ?? null
  if (reason !== null)
    return { title: check.title, status: 'skipped', detail: reason, durationMs: 0 } as const
  env.scenarios.remote.reset()
  const cleanups: (() => unknown)[] = []
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      check.run(new Assert(), env, (handler) => cleanups.push(handler)),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
      }),
    ])
    return {
      title: check.title,
      status: 'passed',
      durationMs: performance.now() - started,
    } as const
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      title: check.title,
      status: 'failed',
      detail,
      durationMs: performance.now() - started,
    } as const
  } finally {
    clearTimeout(timer)
    for (const handler of cleanups.reverse()) await Promise.resolve(handler()).catch(() => {})
  }
}
