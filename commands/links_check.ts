import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import { checkStoredLinks, syncSelfServiceLinks } from '#knowledge/self_service_links'

/**
 * The link check of the `links.check` job, in the foreground: syncs the
 * registry with the guides, checks every URL and prints one line per link.
 * Exits 1 when any link is broken, so it can gate a deploy or a cron mail.
 */
export default class LinksCheck extends BaseCommand {
  static commandName = 'links:check'
  static description = 'Check every self-service URL the guides link to (exit 1 if any is broken)'
  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Timeout per link in milliseconds', default: 8000 })
  declare timeout: number

  @flags.number({ description: 'Links checked at the same time', default: 4 })
  declare concurrency: number

  async run() {
    const sync = await syncSelfServiceLinks()
    this.logger.info(
      `registry: ${sync.total} links (${sync.created} new, ${sync.renamed} renamed, ${sync.deleted} removed)`
    )
    const width = String(sync.total).length
    const summary = await checkStoredLinks({
      timeoutMs: this.timeout,
      concurrency: this.concurrency,
      onChecked: ({ link, result, outcome, done, total }) => {
        const counter = `[${String(done).padStart(width)}/${total}]`
        const label =
          outcome === 'broken'
            ? this.colors.red('broken')
            : outcome === 'redirected'
              ? this.colors.yellow('moved ')
              : this.colors.green('ok    ')
        const detail = [
          result.status ?? '—',
          result.redirectTo ? `→ ${result.redirectTo}` : null,
          result.error,
        ].filter((part) => part !== null)
        this.logger.log(`${counter} ${label} ${link.url} ${this.colors.dim(detail.join(' '))}`)
      },
    })

    const table = this.ui.table()
    table.head(['Links', 'OK', 'Redirected', 'Broken'])
    table.row([
      String(summary.total),
      String(summary.ok),
      String(summary.redirected),
      String(summary.broken),
    ])
    table.render()
    if (summary.broken > 0) {
      this.logger.error(`${summary.broken} broken link(s): see /editorial/links`)
      this.exitCode = 1
    }
  }
}
