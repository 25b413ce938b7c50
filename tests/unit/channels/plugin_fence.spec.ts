import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { ChannelRegistry, ChannelRegistryError } from '#channels/registry'
import { addPluginRoot, installImportFence, pluginRootOf } from '#channels/fence/import_fence'

const FIXTURES = app.makePath('tests/fixtures/channels/fence')
const fixture = (id: string) => `${FIXTURES}/${id}/index.ts`

/** Loads a fixture plugin through the registry, as boot does. */
async function loadThroughRegistry(id: string) {
  const registry = new ChannelRegistry()
  await registry.load({ plugins: { [id]: () => import(fixture(id)) } })
}

test.group('Plugin fence: imports checked while the plugin loads', (group) => {
  group.setup(() => {
    installImportFence()
    for (const id of ['honest', 'thief_sibling', 'thief_app', 'thief_computed']) {
      addPluginRoot(`${FIXTURES}/${id}`)
    }
  })

  test('plugins/<id>/ files belong to their plugin; app files to none', ({ assert }) => {
    assert.equal(pluginRootOf(app.makePath('plugins/sms/index.ts')), app.makePath('plugins/sms/'))
    assert.isNull(pluginRootOf(app.makePath('app/channels/registry.ts')))
    assert.equal(pluginRootOf(fixture('honest')), `${FIXTURES}/honest/`)
  })

  test('the kit, npm packages and its own files load', async ({ assert }) => {
    const { default: honest } = await import(fixture('honest'))
    assert.equal(honest.greeting, 'hej')
    assert.isString(honest.kit)
  })

  test('another plugin’s file is refused at load, and the registry names the plugin', async ({
    assert,
  }) => {
    const error = await loadThroughRegistry('thief_sibling').catch((caught) => caught)
    assert.instanceOf(error, ChannelRegistryError)
    assert.include(error.message, 'Channel plugin "thief_sibling"')
    assert.include(error.message, 'Plugin fence: "../honest/helper.js"')
  })

  test('an app internal imported dynamically is refused', async ({ assert }) => {
    const error = await loadThroughRegistry('thief_app').catch((caught) => caught)
    assert.instanceOf(error, ChannelRegistryError)
    assert.include(error.message, 'Plugin fence: "#channels/channel_manager"')
  })

  test('computed specifiers are refused when they run', async ({ assert }) => {
    const { default: thief } = await import(fixture('thief_computed'))
    await assert.rejects(() => thief.steal(), /Plugin fence: "#channels\/registry"/)
    await assert.rejects(() => thief.climb(), /Plugin fence: "..\/..\/..\/..\/..\/config\/app.js"/)
  })

  test('the first-party plugins load through the fence', async ({ assert }) => {
    const registry = new ChannelRegistry()
    await registry.load()
    assert.includeMembers(
      registry.all().map((plugin) => plugin.manifest.id),
      ['email', 'sms', 'phone_callback', 'chat']
    )
  })
})

test.group('Plugin fence: the lint rule', () => {
  test('refuses other plugins, app internals and computed imports in plugins/', async ({
    assert,
  }) => {
    const { ESLint } = await import('eslint')
    const eslint = new ESLint({ cwd: app.makePath() })
    const code = [
      "import { smsSegments } from '../sms/segments.js'",
      "import { KIT_API_VERSION } from '#channel_kit'",
      "import { own } from './own.js'",
      "const manager = await import('#channels/channel_manager')",
      'const computed = await import(String(manager))',
      'export default { smsSegments, KIT_API_VERSION, own, computed }',
    ].join('\n')
    const [result] = await eslint.lintText(code, {
      filePath: app.makePath('plugins/lint_probe/index.ts'),
    })
    const fence = result.messages.filter((message) => message.ruleId === 'vejviser/plugin-fence')
    assert.deepEqual(
      fence.map((message) => message.line),
      [1, 4, 5]
    )
  }).timeout(30_000)
})
