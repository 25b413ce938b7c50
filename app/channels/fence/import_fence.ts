import { builtinModules, registerHooks } from 'node:module'
import { sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * The load-time half of the plugin fence (the lint rule is the other): a
 * module resolve hook that sees every import a plugin's modules make —
 * static, dynamic, computed, `require` — while the app loads them, and
 * refuses any that leaves the plugin: another plugin's files
 * (`../sms/segments.js`), app internals (`#channels/...`, `../../app/...`),
 * absolute paths. Allowed: `#channel_kit`, node built-ins, npm packages and
 * the plugin's own files. A lint rule only sees what is written; this sees
 * what is actually loaded, also in an npm package nobody linted.
 */
export class PluginFenceError extends Error {
  readonly code = 'E_PLUGIN_FENCE'
  constructor(
    readonly pluginRoot: string,
    readonly specifier: string,
    readonly parent: string
  ) {
    super(
      `Plugin fence: "${specifier}" imported by ${parent} leaves the plugin folder ${pluginRoot}; plugins import only #channel_kit, npm packages and their own files`
    )
  }
}

const KIT_SPECIFIER = '#channel_kit'
/** A package's contract scenarios (run by channel:add) import the kit's testing module. */
const KIT_TESTING = '#channel_kit/testing'
const appRoot = fileURLToPath(new URL('../../../', import.meta.url))
const firstPartyRoot = `${appRoot}plugins${sep}`
/** `#channel_kit` resolved as the app itself imports it (main.ts under ts-exec, main.js built). */
const appParent = pathToFileURL(`${appRoot}app${sep}channels${sep}registry.js`).href
const extraRoots = new Set<string>()
let installed = false

const withSep = (dir: string) => (dir.endsWith(sep) ? dir : `${dir}${sep}`)

/** Plugin folders outside plugins/ (npm packages, test fixtures) the fence also guards. */
export function addPluginRoot(dir: string) {
  extraRoots.add(withSep(dir))
}

/** The plugin folder a file belongs to, or null for app and package files. */
export function pluginRootOf(file: string): string | null {
  let best: string | null = null
  for (const root of extraRoots) {
    if (file.startsWith(root) && (!best || root.length > best.length)) best = root
  }
  if (best) return best
  if (!file.startsWith(firstPartyRoot)) return null
  const [id, ...rest] = file.slice(firstPartyRoot.length).split(sep)
  return rest.length ? `${firstPartyRoot}${id}${sep}` : null
}

function isBuiltin(specifier: string) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier)
}

/** Where a resolved module may come from for a plugin in `root`. */
function allowedTarget(url: string, root: string) {
  if (!url.startsWith('file:')) return url.startsWith('node:')
  const file = fileURLToPath(url)
  return file.startsWith(root) || file.includes(`${sep}node_modules${sep}`)
}

/** Installs the hook once per process (the registry calls it before loading plugins). */
export function installImportFence() {
  if (installed) return
  installed = true
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL?.startsWith('file:')
        ? fileURLToPath(context.parentURL)
        : null
      const root = parent ? pluginRootOf(parent) : null
      if (!root || isBuiltin(specifier)) return nextResolve(specifier, context)
      if (specifier === KIT_SPECIFIER || specifier === KIT_TESTING) {
        /** A plugin in its own npm package has no #channel_kit of its own: the app provides it. */
        return nextResolve(specifier, { ...context, parentURL: appParent })
      }
      if (specifier.startsWith('#')) throw new PluginFenceError(root, specifier, parent!)
      const resolved = nextResolve(specifier, context)
      if (!allowedTarget(resolved.url, root)) throw new PluginFenceError(root, specifier, parent!)
      return resolved
    },
  })
}
