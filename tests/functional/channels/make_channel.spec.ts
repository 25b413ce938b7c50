import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { stripVTControlCharacters } from 'node:util'
import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import app from '@adonisjs/core/services/app'
import { channelPluginProblems } from '#channels/registry'
import { freePort } from '#tests/helpers/free_port'

const ID = 'acme_test'
const pluginDir = app.makePath('plugins', ID)
const specFile = app.makePath('tests', 'functional', 'channels', `${ID}_plugin.spec.ts`)

async function removeScaffold() {
  await rm(pluginDir, { recursive: true, force: true })
  await rm(specFile, { force: true })
}

/**
 * Runs the generated spec in its own test process, as a developer would,
 * on its own SQLite file and a random port so it never touches this run's
 * database or server (also when this run uses MariaDB and Redis).
 */
async function runGeneratedSpec(): Promise<{ code: number | null; output: string }> {
  const ownDatabase = (process.env.SQLITE_FILE ?? 'tmp/test.sqlite3').replace(
    /(\.sqlite3)?$/,
    '_scaffold.sqlite3'
  )
  // This run's Vite dev server already listens on the HMR port `node ace test`
  // handed it (VITE_HMR_PORT): the child's own Vite needs another one.
  const hmrPort = await freePort()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import=@poppinss/ts-exec',
        'bin/test.ts',
        'functional',
        `--files=tests/functional/channels/${ID}_plugin.spec.ts`,
      ],
      {
        cwd: app.makePath(),
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: '0',
          VITE_HMR_PORT: String(hmrPort),
          DB_CONNECTION: 'sqlite',
          SQLITE_FILE: ownDatabase,
          QUEUE_DRIVER: 'inline',
          LIMITER_STORE: 'memory',
          TRANSMIT_TRANSPORT: 'memory',
          SEARCH_DRIVER: 'embedded',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
        },
      }
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000)
    child.on('error', reject)
    child.on('close', async (code) => {
      clearTimeout(timer)
      await rm(app.makePath(ownDatabase), { force: true })
      resolve({ code, output: stripVTControlCharacters(output) })
    })
  })
}

test.group('make:channel', (group) => {
  group.setup(async () => {
    await removeScaffold()
    ace.ui.switchMode('raw')
    return async () => {
      ace.ui.switchMode('normal')
      await removeScaffold()
    }
  })

  test('scaffolds a plugin whose generated contract tests pass unchanged', async ({ assert }) => {
    const command = await ace.exec('make:channel', [ID, '--kind=sms'])
    assert.equal(command.exitCode, 0, command.error?.message)
    const printed = command.ui.logger.getLogs().map((log) => log.message)
    assert.isTrue(
      printed.some((message) => message.includes(`./vejviser test functional --files=`)),
      JSON.stringify(printed)
    )
    assert.isTrue(existsSync(app.makePath('plugins', ID, 'index.ts')))
    assert.isTrue(existsSync(specFile))

    const source = await readFile(app.makePath('plugins', ID, 'index.ts'), 'utf8')
    const imports = [...source.matchAll(/(?:from|import\(?)\s*'([^']+)'/g)].map((match) => match[1])
    assert.deepEqual([...new Set(imports)], ['#channel_kit'], 'a plugin imports only the kit')

    const { default: plugin } = await import(`#plugins/${ID}/index`)
    assert.deepEqual(channelPluginProblems(ID, plugin), [])
    assert.equal(plugin.manifest.kind, 'sms', 'the kind is the one asked for, never the id')

    const run = await runGeneratedSpec()
    assert.equal(run.code, 0, run.output.slice(-3000))
    assert.include(run.output, `Channel plugin contract: ${ID}`)
    /** Checks for what the example does not declare (messages, settings migrations) skip. */
    assert.match(run.output, /Tests\s+\d+ passed(, \d+ skipped)? \(\d+\)/)
    assert.notInclude(run.output, 'failed')
  }).timeout(180_000)

  test('a scaffold without --kind is refused when nobody can be asked', async ({ assert }) => {
    const command = await ace.exec('make:channel', ['acme_nokind'])
    assert.equal(command.exitCode, 1)
    const logs = command.ui.logger.getLogs().map((log) => log.message)
    assert.isTrue(logs.some((message) => message.includes('--kind is required')))
    assert.isFalse(existsSync(app.makePath('plugins', 'acme_nokind')))
  })

  test('refuses an existing or malformed id: {id}')
    .with([
      { id: ID, reason: 'already exists', exists: true },
      { id: 'sms', reason: 'already listed in config/channels.ts', exists: true },
      { id: 'Acme', reason: 'Invalid channel id', exists: false },
      { id: '9lives', reason: 'Invalid channel id', exists: false },
      { id: 'x', reason: 'Invalid channel id', exists: false },
      { id: 'acme-sms', reason: 'Invalid channel id', exists: false },
    ])
    .run(async ({ assert }, row) => {
      const command = await ace.exec('make:channel', [row.id])
      assert.equal(command.exitCode, 1)
      const logs = command.ui.logger.getLogs().map((log) => log.message)
      assert.isTrue(
        logs.some((message) => message.includes(row.reason)),
        `expected "${row.reason}" in ${JSON.stringify(logs)}`
      )
      if (!row.exists) assert.isFalse(existsSync(app.makePath('plugins', row.id)))
    })
})
