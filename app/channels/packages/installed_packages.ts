import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Partner plugins installed from packages by `node ace channel:add`: each
 * unpacked into `<dir>/<id>@<version>/`, listed in `<dir>/installed.json`,
 * which config/channels.ts reads at boot (`partners`). The folder is part of
 * a deployment like the code: on several instances, run channel:add in the
 * build or keep the folder on a shared volume (docs/adr/0065).
 */
export type InstalledPackage = {
  id: string
  name: string
  version: string
  /** The unpacked package (the partner process may read only this and the kit). */
  dir: string
  entry: string
  installedAt: string
}

const appRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** `CHANNEL_PACKAGES_DIR`, else storage/channel_packages in the app. */
export function channelPackagesDir() {
  return process.env.CHANNEL_PACKAGES_DIR || join(appRoot, 'storage', 'channel_packages')
}

const listFile = (dir: string) => join(dir, 'installed.json')

/** What is installed (empty when nothing was ever added). Sync: config reads it at import. */
export function readInstalledPackages(
  dir = channelPackagesDir()
): Record<string, InstalledPackage> {
  const file = listFile(dir)
  if (!existsSync(file)) return {}
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, InstalledPackage>
}

/** The `partners` entry of config/channels.ts. */
export function installedPartners(dir = channelPackagesDir()) {
  return Object.fromEntries(
    Object.values(readInstalledPackages(dir)).map((item) => [
      item.id,
      { dir: item.dir, entry: item.entry },
    ])
  )
}

/** Replaces the list in one rename, so a crash never leaves half a file. */
export async function writeInstalledPackages(
  packages: Record<string, InstalledPackage>,
  dir = channelPackagesDir()
) {
  await mkdir(dir, { recursive: true })
  const temporary = `${listFile(dir)}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(packages, null, 2)}\n`)
  await rename(temporary, listFile(dir))
}
