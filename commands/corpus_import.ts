import { resolve } from 'node:path'
import { BaseCommand, args, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { CorpusError } from '#knowledge/corpus/corpus_reader'
import { importCorpus } from '#knowledge/corpus/import_corpus'
import { ProgressBar } from '#support/progress_bar'

/**
 * Imports a corpus directory (service areas, national guides, FAQ, own
 * articles, Swedish guides, local supplements, canned responses). Safe to
 * re-run: unchanged rows are skipped.
 */
export default class CorpusImport extends BaseCommand {
  static commandName = 'corpus:import'
  static description = 'Import the knowledge-base corpus from a directory (idempotent)'
  static options: CommandOptions = { startApp: true }

  @args.string({ description: 'Directory holding guides.json, technical_faq.json, …' })
  declare dir: string

  @flags.boolean({ description: 'Overwrite rows that people edited in Vejviser' })
  declare force: boolean

  async run() {
    const progress = new ProgressBar()
    try {
      const summary = await importCorpus(resolve(this.dir), {
        force: this.force,
        onProgress: ({ file, done, total }) => progress.update(file, done, total),
      })
      const table = this.ui.table()
      table.head(['File', 'Created', 'Updated', 'Skipped'])
      for (const [file, counts] of Object.entries(summary)) {
        table.row([file, String(counts.created), String(counts.updated), String(counts.skipped)])
      }
      table.render()
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error
      this.logger.error(error.message)
      this.logger.error('Nothing from the failing file was imported.')
      this.exitCode = 1
    }
  }
}
