/**
 * Message catalogues are split by feature so features can grow side by side:
 * `resources/lang/<locale>.json` holds the shared base, and every
 * `resources/lang/<feature>/<locale>.json` adds a tree of its own, written
 * from the root (`{ "chat": { … } }`), so a key reads the same in every file.
 *
 * This module is pure (no Node APIs): the server's loader and the Vue client
 * merge the same files with the same rule.
 */
export type MessageTree = { [key: string]: string | MessageTree }

/** Flattens a tree into dotted keys, failing on a key two files both define. */
export function flattenInto(
  tree: MessageTree,
  into: Record<string, string>,
  source: string,
  prefix = ''
): Record<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') {
      if (path in into) throw new Error(`Message "${path}" is defined twice (again in ${source})`)
      into[path] = value
    } else {
      flattenInto(value, into, source, path)
    }
  }
  return into
}

/**
 * Merges catalogue files given as `{ 'da.json': tree, 'chat/da.json': tree }`
 * (paths relative to resources/lang) into one flat catalogue per locale.
 */
export function mergeCatalogues(files: Record<string, MessageTree>) {
  const byLocale: Record<string, Record<string, string>> = {}
  for (const path of Object.keys(files).sort()) {
    const match = /(?:^|\/)([a-z]{2})\.json$/.exec(path)
    if (!match) continue
    const locale = match[1]
    byLocale[locale] ??= {}
    flattenInto(files[path], byLocale[locale], path)
  }
  return byLocale
}
