import { test } from '@japa/runner'
import { defineChannelPlugin, KIT_API_VERSION, vine } from '#channel_kit'
import type { ChannelPlugin } from '#channel_kit'
import channelRegistry, { ChannelRegistry, ChannelRegistryError } from '#channels/registry'

/** A minimal valid plugin; each test breaks one thing in a copy. */
function plugin(id = 'acme', overrides: Partial<ChannelPlugin> = {}): ChannelPlugin {
  return defineChannelPlugin({
    manifest: {
      id,
      kind: 'sms',
      displayName: 'Acme',
      version: '0.1.0',
      kitApi: '^1.0.0',
      vendor: 'Acme A/S',
      capabilities: {
        outbound: true,
        inboundWebhook: false,
        deliveryReceipts: false,
        attachments: false,
        richText: false,
        maxBodyLength: 160,
      },
      secrets: ['apiKey'],
    },
    settings: vine.create({ apiKey: vine.string() }),
    settingsForm: [{ key: 'apiKey', label: 'API key', type: 'password' }],
    createDriver: () => ({ send: async () => ({ externalId: '1' }) }),
    ...overrides,
  })
}

function withManifest(changes: Record<string, unknown>) {
  const base = plugin()
  return { ...base, manifest: { ...base.manifest, ...changes } }
}

async function loadError(plugins: Record<string, () => Promise<{ default: unknown }>>) {
  try {
    await new ChannelRegistry().load({ plugins })
  } catch (error) {
    if (error instanceof ChannelRegistryError) return error
    throw error
  }
  throw new Error('expected a ChannelRegistryError')
}

test.group('Channel registry', () => {
  test('loads, lists and looks up the configured plugins', async ({ assert }) => {
    const registry = new ChannelRegistry()
    const acme = plugin()
    await registry.load({ plugins: { acme: async () => ({ default: acme }) } })
    assert.isTrue(registry.has('acme'))
    assert.strictEqual(registry.get('acme'), acme)
    assert.deepEqual(registry.all(), [acme])
    assert.isFalse(registry.has('fax'))
    assert.throws(
      () => registry.get('fax'),
      'Channel plugin "fax": is not installed (installed: acme)'
    )
  })

  test('load() runs once; booted hooks run at load', async ({ assert }) => {
    let booted = 0
    let imported = 0
    const registry = new ChannelRegistry()
    const config = {
      plugins: {
        acme: async () => {
          imported++
          return { default: plugin('acme', { hooks: { booted: () => void booted++ } }) }
        },
      },
    }
    await Promise.all([registry.load(config), registry.load(config)])
    await registry.load(config)
    assert.equal(imported, 1)
    assert.equal(booted, 1)
  })

  test('{problem}')
    .with([
      {
        problem: 'names a manifest id that differs from the folder',
        broken: withManifest({ id: 'acme2' }),
        message: 'manifest.id is "acme2" but the plugin is installed as "acme"',
      },
      {
        problem: 'refuses a version that is not semver',
        broken: withManifest({ version: '1.0' }),
        message: 'manifest.version "1.0" is not a semver version',
      },
      {
        problem: 'refuses a kit API range this app does not satisfy',
        broken: withManifest({ kitApi: '^2.0.0' }),
        message: `manifest.kitApi "^2.0.0" is not satisfied by this app's kit API ${KIT_API_VERSION}`,
      },
      {
        problem: 'refuses a kit API that is not a range',
        broken: withManifest({ kitApi: 'latest' }),
        message: 'manifest.kitApi "latest" is not a semver range',
      },
      {
        problem: 'refuses secrets outside the settings form',
        broken: withManifest({ secrets: ['apiKey', 'token'] }),
        message: 'secret "token" is not a settingsForm key',
      },
      {
        problem: 'refuses a secret shown in a text field',
        broken: plugin('acme', { settingsForm: [{ key: 'apiKey', label: 'Key', type: 'text' }] }),
        message: 'secret "apiKey" must be a settingsForm field of type "password"',
      },
      {
        problem: 'refuses a missing settings validator',
        broken: plugin('acme', { settings: undefined as any }),
        message: 'settings must be a compiled VineJS validator',
      },
      {
        problem: 'refuses malformed capabilities',
        broken: withManifest({
          capabilities: {
            outbound: 'yes',
            inboundWebhook: false,
            deliveryReceipts: true,
            attachments: false,
            richText: false,
            maxBodyLength: 0,
          },
        }),
        message:
          'capabilities.outbound must be a boolean; capabilities.maxBodyLength must be a positive integer or null; capabilities.deliveryReceipts needs capabilities.inboundWebhook',
      },
      {
        problem: 'refuses a module without a default export',
        broken: undefined,
        message: 'index.ts must default-export defineChannelPlugin',
      },
    ])
    .run(async ({ assert }, row) => {
      const error = await loadError({ acme: async () => ({ default: row.broken }) })
      assert.equal(error.pluginId, 'acme')
      assert.include(error.message, `Channel plugin "acme": `)
      assert.include(error.message, row.message)
    })

  test('an import failure fails the load and names the plugin', async ({ assert }) => {
    const error = await loadError({
      good: async () => ({ default: plugin('good') }),
      broken: async () => {
        throw new Error("Cannot find module 'acme-sdk'")
      },
    })
    assert.equal(
      error.message,
      `Channel plugin "broken": could not be imported (Cannot find module 'acme-sdk')`
    )
  })

  test('an invalid id is refused before anything else', async ({ assert }) => {
    const error = await loadError({ 'Acme-SMS': async () => ({ default: plugin('Acme-SMS') }) })
    assert.include(error.message, 'must match')
  })

  test('register() replaces and unregister() removes a plugin (for tests)', async ({ assert }) => {
    const registry = new ChannelRegistry()
    await registry.register('acme', plugin())
    const replacement = plugin()
    await registry.register('acme', replacement)
    assert.strictEqual(registry.get('acme'), replacement)
    registry.unregister('acme')
    assert.isFalse(registry.has('acme'))
  })

  test('the app booted with every plugin in config/channels.ts', async ({ assert }) => {
    await channelRegistry.load()
    const ids = channelRegistry.all().map((entry) => entry.manifest.id)
    assert.includeMembers(ids, ['email', 'sms'])
  })
})
