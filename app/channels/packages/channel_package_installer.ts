import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import semver from 'semver'
import { KIT_API_VERSION } from '#channel_kit'
import type { ChannelPlugin } from '#channel_kit'
import {
  runChannelPluginContract,
  type ChannelContractScenarios,
  type ContractResult,
} from '#channel_kit/testing'
import { addPluginRoot, installImportFence } from '#channels/fence/import_fence'
import { loadPartnerPlugin } from '#channels/fence/partner_plugin'
import { CHANNEL_ID_PATTERN, channelPluginProblems } from '#channels/registry'
import {
  channelPackagesDir,
  readInstalledPackages,
  writeInstalledPackages,
  type InstalledPackage,
} from '#channels/packages/installed_packages'
import {
  installDependencies,
  unpackPackage,
  type PackageJson,
} from '#channels/packages/unpack_package'

/**
 * Why a package was refused: `code` names the message (resources/lang/
 * channel_add), `values` fill it, `details` list what failed.
 */
export class ChannelPackageError extends Error {
  constructor(
    readonly code: string,
    readonly values: Record<string, string | number> = {},
    readonly details: string[] = []
  ) {
    super(`${code} ${JSON.stringify(values)}${details.length ? `: ${details.join('; ')}` : ''}`)
    this.name = 'ChannelPackageError'
  }
}

/** What the command shows while it works. */
export type InstallProgress = {
  step(key: string, values?: Record<string, string | number>): void
  check(result: ContractResult, index: number, total: number): void
}

type Loaded = { plugin: ChannelPlugin<any> & { partner: { stop(): void } } }

/**
 * `node ace channel:add`: unpacks a packaged partner plugin, checks its
 * package.json and manifest (id, kit API range, the registry's rules), starts
 * it in its fenced process, runs the contract suite with the package's own
 * scenarios, and only when every check passes lists it in installed.json —
 * an upgrade replaces the previous version's folder. On any refusal nothing
 * stays behind.
 */
export async function installChannelPackage(
  source: string,
  progress: InstallProgress,
  dir = channelPackagesDir()
): Promise<InstalledPackage & { previous: string | null; results: ContractResult[] }> {
  await mkdir(dir, { recursive: true })
  progress.step('unpack', { source })
  const unpacked = await unpackPackage(source, dir).catch((error: Error) => {
    throw new ChannelPackageError('unpack_failed', { source, reason: error.message })
  })
  const staging = dirname(unpacked.root)
  let target: string | null = null
  let loaded: Loaded | null = null
  try {
    const { id, entry, contract, version } = describePackage(unpacked.packageJson, unpacked.root)
    target = join(dir, `${id}@${version}`)
    await rm(target, { recursive: true, force: true })
    await rename(unpacked.root, target)
    if (await installDependencies(target, unpacked.packageJson)) progress.step('dependencies')

    progress.step('start', { id, version })
    loaded = await startFenced(id, target, join(target, entry))
    checkManifest(id, version, loaded.plugin)

    const scenarios = await loadScenarios(target, join(target, contract))
    progress.step('contract', { id })
    const results = await runChannelPluginContract({
      id,
      plugin: loaded.plugin,
      scenarios,
      onResult: (result, index, total) => progress.check(result, index, total),
    })
    const failed = results.filter((result) => result.status === 'failed')
    if (failed.length) {
      throw new ChannelPackageError(
        'contract_failed',
        { id, failed: failed.length, total: results.length },
        failed.map((result) => `${result.title}: ${result.detail ?? ''}`)
      )
    }

    progress.step('register', { id })
    const installed = readInstalledPackages(dir)
    const previous = installed[id] ?? null
    const record: InstalledPackage = {
      id,
      name: unpacked.packageJson.name ?? id,
      version,
      dir: target,
      entry: join(target, entry),
      installedAt: new Date().toISOString(),
    }
    await writeInstalledPackages({ ...installed, [id]: record }, dir)
    if (previous && resolve(previous.dir) !== resolve(target)) {
      await rm(previous.dir, { recursive: true, force: true })
    }
    target = null
    return { ...record, previous: previous?.version ?? null, results }
  } finally {
    loaded?.plugin.partner.stop()
    await rm(staging, { recursive: true, force: true })
    if (target) await rm(target, { recursive: true, force: true })
  }
}

/** The package.json facts channel:add needs, or a refusal naming what is missing. */
function describePackage(packageJson: PackageJson, root: string) {
  const id = packageJson.vejviser?.channel
  if (!id) throw new ChannelPackageError('not_a_channel', { name: packageJson.name ?? '?' })
  if (!CHANNEL_ID_PATTERN.test(id)) throw new ChannelPackageError('bad_id', { id })
  const version = packageJson.version ?? ''
  if (!semver.valid(version)) throw new ChannelPackageError('bad_version', { id, version })
  const entry = packageJson.main ?? 'index.js'
  const contract = packageJson.vejviser?.contract
  if (!contract) throw new ChannelPackageError('no_contract', { id })
  for (const file of [entry, contract]) {
    const path = resolve(root, file)
    if (!path.startsWith(`${root}${sep}`) || !existsSync(path)) {
      throw new ChannelPackageError('missing_file', { id, file })
    }
  }
  return { id, version, entry, contract }
}

async function startFenced(id: string, dir: string, entry: string): Promise<Loaded> {
  try {
    const plugin = (await loadPartnerPlugin({ dir, entry })) as Loaded['plugin']
    return { plugin }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ChannelPackageError('start_failed', { id, reason })
  }
}

/** Kit API first (the likeliest reason a good package is refused), then every other rule. */
function checkManifest(id: string, version: string, plugin: ChannelPlugin<any>) {
  const manifest = plugin.manifest
  if (manifest?.trust !== 'partner') throw new ChannelPackageError('not_partner', { id })
  const range = String(manifest.kitApi)
  if (!semver.validRange(range) || !semver.satisfies(KIT_API_VERSION, range)) {
    throw new ChannelPackageError('kit_incompatible', { id, range, kit: KIT_API_VERSION })
  }
  if (manifest.version !== version) {
    throw new ChannelPackageError('version_mismatch', {
      id,
      manifest: String(manifest.version),
      version,
    })
  }
  const problems = channelPluginProblems(id, plugin)
  if (problems.length) throw new ChannelPackageError('manifest_invalid', { id }, problems)
}

/**
 * The package's contract scenarios run in this process (they start the fake
 * provider); the import fence holds them to the kit and their own folder.
 */
async function loadScenarios(root: string, file: string): Promise<ChannelContractScenarios> {
  installImportFence()
  addPluginRoot(root)
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown }
  if (typeof module.default !== 'function') {
    throw new ChannelPackageError('no_contract', { id: root })
  }
  return (module.default as () => ChannelContractScenarios)()
}

/** `node ace channel:remove`: drops it from installed.json and deletes its folder. */
export async function removeChannelPackage(id: string, dir = channelPackagesDir()) {
  const installed = readInstalledPackages(dir)
  const record = installed[id]
  if (!record) throw new ChannelPackageError('not_installed', { id })
  const rest = { ...installed }
  delete rest[id]
  await writeInstalledPackages(rest, dir)
  await rm(record.dir, { recursive: true, force: true })
  return record
}
