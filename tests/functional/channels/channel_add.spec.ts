import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import ace from '@adonisjs/core/services/ace'
import { installedPartners, readInstalledPackages } from '#channels/packages/installed_packages'
import { ChannelRegistry } from '#channels/registry'
import ChannelConnection from '#models/channel_connection'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { isolateEachTest } from '#tests/helpers/transactions'

const run = promisify(execFile)
const FIXTURE = app.makePath('tests/fixtures/channels/packages/vejviser-channel-kvik_sms')
const SNOOP = app.makePath('tests/fixtures/channels/packages/vejviser-channel-snoop')

let workDir = ''
let installDir = ''

/**
 * A copy of the Kvik fixture with `edits` applied to index.js, at
 * `version`, packed by npm exactly as a partner would publish it.
 */
async function packVariant(version: string, edits: [string, string][] = []) {
  const source = join(workDir, `src-${version}-${edits.length}`)
  await cp(FIXTURE, source, { recursive: true })
  let code = await readFile(join(source, 'index.js'), 'utf8')
  code = code.replace("version: '0.3.0'", `version: '${version}'`)
  for (const [from, to] of edits) {
    if (!code.includes(from)) throw new Error(`fixture edit not applicable: ${from}`)
    code = code.replace(from, to)
  }
  await writeFile(join(source, 'index.js'), code)
  const packageJson = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'))
  await writeFile(join(source, 'package.json'), JSON.stringify({ ...packageJson, version }))
  const { stdout } = await run('npm', ['pack', source, '--pack-destination', workDir, '--json'])
  return join(workDir, JSON.parse(stdout)[0].filename as string)
}

async function channelCommand(name: string, argv: string[]) {
  ace.ui.logger.flushLogs()
  const command = await ace.exec(name, argv)
  const logs = command.ui.logger.getLogs().map((log) => log.message)
  ace.ui.logger.flushLogs()
  return { exitCode: command.exitCode, output: logs.join('\n'), error: command.error }
}

test.group('channel:add and channel:remove (packaged partner plugins)', (group) => {
  isolateEachTest(group)
  group.setup(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'vejviser-channel-add-'))
    installDir = join(workDir, 'installed')
    process.env.CHANNEL_PACKAGES_DIR = installDir
    ace.ui.switchMode('raw')
    return async () => {
      ace.ui.switchMode('normal')
      delete process.env.CHANNEL_PACKAGES_DIR
      await rm(workDir, { recursive: true, force: true })
    }
  })

  test('installs an npm-packed plugin after its contract suite passes, with progress', async ({
    assert,
  }) => {
    const tarball = await packVariant('0.3.0')
    const result = await channelCommand('channel:add', [tarball])
    assert.equal(result.exitCode, 0, `${result.output}\n${result.error?.stack ?? ''}`)
    assert.include(result.output, 'Kører kontraktsuiten mod kvik_sms')
    assert.include(result.output, 'Running the contract suite against kvik_sms')
    assert.match(result.output, /✔ \[1\/\d+\] manifest, settings form/)
    assert.include(result.output, 'the idempotency key reaches the provider')
    assert.notInclude(result.output, '✖')
    assert.include(result.output, 'Kanal-plugin kvik_sms 0.3.0 er installeret')
    assert.include(result.output, 'Channel plugin kvik_sms 0.3.0 is installed')

    const installed = readInstalledPackages(installDir).kvik_sms
    assert.equal(installed.version, '0.3.0')
    assert.isTrue(existsSync(installed.entry))
    /** What the app boots with: config/channels.ts reads the same list. */
    const registry = new ChannelRegistry()
    await registry.load({ plugins: {}, partners: installedPartners(installDir) })
    const plugin = registry.get('kvik_sms') as any
    assert.equal(plugin.manifest.version, '0.3.0')
    assert.notEqual(plugin.partner.pid, process.pid, 'it runs in its own process')
    plugin.partner.stop()
  }).timeout(120_000)

  test('a version that breaks the contract is refused in Danish and English; nothing changes', async ({
    assert,
  }) => {
    const tarball = await packVariant('0.3.1', [
      ["headers: { 'Idempotency-Key': message.idempotencyKey },", 'headers: {},'],
    ])
    const result = await channelCommand('channel:add', [tarball])
    assert.equal(result.exitCode, 1)
    assert.include(result.output, 'Kanal-pluginet blev IKKE installeret: kvik_sms fejlede 1 af')
    assert.include(result.output, 'The channel plugin was NOT installed: kvik_sms failed 1 of')
    assert.match(result.output, /✖ \[\d+\/\d+\] the idempotency key reaches the provider/)
    assert.equal(readInstalledPackages(installDir).kvik_sms.version, '0.3.0', 'the old one stays')
    assert.isFalse(existsSync(join(installDir, 'kvik_sms@0.3.1')), 'no files left behind')
  }).timeout(120_000)

  test('a plugin for another kit API is refused before anything of it runs', async ({ assert }) => {
    const tarball = await packVariant('0.5.0', [["kitApi: '^1.6.0'", "kitApi: '^2.0.0'"]])
    const result = await channelCommand('channel:add', [tarball])
    assert.equal(result.exitCode, 1)
    assert.include(result.output, 'kvik_sms kræver kit-API ^2.0.0, men denne app har kit-API 1.')
    assert.include(result.output, 'kvik_sms needs kit API ^2.0.0, but this app has kit API 1.')
    assert.notInclude(result.output, 'Kører kontraktsuiten')
    assert.isFalse(existsSync(join(installDir, 'kvik_sms@0.5.0')))
  }).timeout(60_000)

  test('a package without a channel manifest, or a missing path, is refused', async ({
    assert,
  }) => {
    const snoop = await channelCommand('channel:add', [SNOOP])
    assert.equal(snoop.exitCode, 1)
    assert.include(snoop.output, 'pakken vejviser-channel-snoop er ikke et Vejviser-kanal-plugin')
    assert.include(snoop.output, 'is not a Vejviser channel plugin')
  }).timeout(60_000)

  test('a newer version upgrades in place; the old folder goes', async ({ assert }) => {
    const tarball = await packVariant('0.4.0')
    const result = await channelCommand('channel:add', [tarball])
    assert.equal(result.exitCode, 0, result.output)
    assert.include(result.output, 'opgraderet fra 0.3.0 til 0.4.0')
    assert.include(result.output, 'upgraded from 0.3.0 to 0.4.0')
    assert.equal(readInstalledPackages(installDir).kvik_sms.version, '0.4.0')
    assert.isFalse(existsSync(join(installDir, 'kvik_sms@0.3.0')))
  }).timeout(120_000)

  test('channel:remove refuses while connections use it, --force disables them', async ({
    assert,
  }) => {
    const kommune = await kommuneByCode(SOROE)
    const connection = await ChannelConnection.create({
      kommuneId: kommune.id,
      pluginId: 'kvik_sms',
      enabled: true,
    })
    const refused = await channelCommand('channel:remove', ['kvik_sms'])
    assert.equal(refused.exitCode, 1)
    assert.include(refused.output, '1 kommuners forbindelser bruger kvik_sms')
    assert.property(readInstalledPackages(installDir), 'kvik_sms')

    const removed = await channelCommand('channel:remove', ['kvik_sms', '--force'])
    assert.equal(removed.exitCode, 0, removed.output)
    assert.include(removed.output, 'Channel plugin kvik_sms 0.4.0 was removed')
    assert.notProperty(readInstalledPackages(installDir), 'kvik_sms')
    assert.isFalse(existsSync(join(installDir, 'kvik_sms@0.4.0')))
    await connection.refresh()
    assert.isFalse(connection.enabled)

    const again = await channelCommand('channel:remove', ['kvik_sms'])
    assert.equal(again.exitCode, 1)
    assert.include(again.output, 'kvik_sms er ikke installeret fra en pakke')
  })
})
