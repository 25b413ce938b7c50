import { execFile } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** What channel:add reads from a package's package.json. */
export type PackageJson = {
  name?: string
  version?: string
  main?: string
  dependencies?: Record<string, string>
  vejviser?: { channel?: string; contract?: string }
}

export type UnpackedPackage = { root: string; packageJson: PackageJson }

const TARBALL = /\.(tgz|tar\.gz)$/

/**
 * Puts the package named by `source` into a fresh folder under `stagingRoot`:
 * a tarball as `npm pack` makes it (files under `package/`), a folder on disk
 * (copied without its node_modules), or else an npm package spec, fetched
 * with `npm pack` from the configured registry. Nothing of it runs here.
 */
export async function unpackPackage(source: string, stagingRoot: string): Promise<UnpackedPackage> {
  const staging = await mkdtemp(join(stagingRoot, '.staging-'))
  const local = resolve(source)
  let tarball: string | null = null
  if (existsSync(local) && statSync(local).isDirectory()) {
    const root = join(staging, 'package')
    await cp(local, root, {
      recursive: true,
      filter: (path) => !path.slice(local.length).split(/[\\/]/).includes('node_modules'),
    })
    return { root, packageJson: await readPackageJson(root) }
  }
  if (existsSync(local) && TARBALL.test(local)) tarball = local
  else tarball = await npmPack(source, staging)
  await run('tar', ['-xzf', tarball, '-C', staging, '--no-same-owner', '--no-same-permissions'])
  const root = join(staging, 'package')
  if (!existsSync(root)) throw new Error(`${source} is not an npm package tarball (no package/)`)
  return { root, packageJson: await readPackageJson(root) }
}

async function npmPack(spec: string, into: string) {
  const { stdout } = await run('npm', ['pack', spec, '--pack-destination', into, '--json'], {
    maxBuffer: 4 * 1024 * 1024,
  })
  const [packed] = JSON.parse(stdout) as { filename: string }[]
  const file = join(into, packed?.filename ?? '')
  if (!packed || !existsSync(file)) {
    const files = await readdir(into)
    const found = files.find((name) => TARBALL.test(name))
    if (!found) throw new Error(`npm pack ${spec} produced no tarball`)
    return join(into, found)
  }
  return file
}

async function readPackageJson(root: string): Promise<PackageJson> {
  const file = join(root, 'package.json')
  if (!existsSync(file)) throw new Error('the package has no package.json')
  return JSON.parse(await readFile(file, 'utf8')) as PackageJson
}

/** Installs the package's own runtime dependencies (none for most plugins). */
export async function installDependencies(root: string, packageJson: PackageJson) {
  if (!Object.keys(packageJson.dependencies ?? {}).length) return false
  await run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024,
  })
  return true
}
