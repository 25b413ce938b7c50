import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Translations, TranslationsLoaderContract } from '@adonisjs/i18n/types'
import { mergeCatalogues, type MessageTree } from '#support/message_catalogue'

/**
 * Loads `resources/lang/<locale>.json` and every `resources/lang/<feature>/<locale>.json`
 * into one catalogue per locale (see message_catalogue.ts). The framework's fs
 * loader would prefix a sub-folder's keys with its name and, for a root file,
 * replace what sub-folders loaded, so the split catalogues need their own loader.
 */
export class LangLoader implements TranslationsLoaderContract {
  constructor(private root: string) {}

  async load(): Promise<Translations> {
    const files: Record<string, MessageTree> = {}
    for (const path of await this.#jsonFiles(this.root)) {
      const name = relative(this.root, path).split('\\').join('/')
      files[name] = JSON.parse(await readFile(path, 'utf8'))
    }
    return mergeCatalogues(files)
  }

  async #jsonFiles(dir: string): Promise<string[]> {
    const entries = await readdir(dir, { withFileTypes: true })
    const nested = await Promise.all(
      entries.map((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return this.#jsonFiles(path)
        return entry.name.endsWith('.json') ? [path] : []
      })
    )
    return nested.flat()
  }
}
