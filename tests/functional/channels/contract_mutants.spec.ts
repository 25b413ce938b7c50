import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { runChannelPluginContract, type ContractResult } from '#channel_kit/testing'
import { FakeGateway, smsScenarios } from '#tests/fixtures/channels/sms_gateway'
import { SMS_MUTANTS, type Mutant } from '#tests/fixtures/channels/sms_mutants'

const SOURCE = app.makePath('plugins/sms')
const WORK = app.tmpPath('contract_mutants')

/** Writes the mutant next to a copy of the plugin's helpers and imports it. */
async function loadMutant(mutant: Mutant, index: number) {
  let source = await readFile(join(SOURCE, 'index.ts'), 'utf8')
  for (const [from, to] of mutant.replace) {
    if (!source.includes(from)) throw new Error(`mutant "${mutant.name}": "${from}" not found`)
    source = source.split(from).join(to)
  }
  const dir = join(WORK, `sms_${index}`)
  await cp(SOURCE, dir, { recursive: true })
  await writeFile(join(dir, 'index.ts'), source)
  const module = await import(pathToFileURL(join(dir, 'index.ts')).href)
  return module.default
}

function summary(results: ContractResult[]) {
  return results
    .filter((result) => result.status === 'failed')
    .map((result) => `${result.title}: ${result.detail}`)
}

test.group('Channel contract: mutants of the SMS plugin are rejected', (group) => {
  group.setup(async () => {
    await mkdir(WORK, { recursive: true })
    return () => rm(WORK, { recursive: true, force: true })
  })

  test('the real SMS plugin passes every check (the control)', async ({ assert }) => {
    const { default: plugin } = await import('#plugins/sms/index')
    const results = await runChannelPluginContract({
      plugin,
      scenarios: smsScenarios(new FakeGateway()),
    })
    assert.deepEqual(summary(results), [])
    assert.isAbove(results.filter((result) => result.status === 'passed').length, 20)
  })

  for (const [index, mutant] of SMS_MUTANTS.entries()) {
    test(`mutant rejected: ${mutant.name}`, async ({ assert }) => {
      const plugin = await loadMutant(mutant, index)
      const results = await runChannelPluginContract({
        id: 'sms',
        plugin,
        scenarios: smsScenarios(new FakeGateway()),
      })
      const failed = results.filter((result) => result.status === 'failed')
      assert.isAbove(failed.length, 0, 'the contract suite let this mutant pass')
      /** The mutant loaded and still works otherwise: it fails for its defect only. */
      const passed = results.filter((result) => result.status === 'passed').map((r) => r.title)
      assert.includeMembers(passed, [
        'manifest, settings form and capabilities follow the kit rules',
        'send succeeds and returns the provider id',
      ])
      for (const expected of mutant.mustFail) {
        assert.isTrue(
          failed.some((result) => result.title.includes(expected)),
          `"${expected}" did not fail; failed: ${JSON.stringify(summary(results))}`
        )
      }
    })
  }
})
