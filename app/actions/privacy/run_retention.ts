import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import Kommune from '#models/kommune'
import AuditTrail from '#services/audit_trail'
import {
  RETENTION_KINDS,
  RETENTION_RULES,
  type RetentionKind,
} from '#privacy/retention/retention_kinds'
import { retentionPeriodsFor } from '#privacy/retention/retention_policy'
import { cutoffFor, RETENTION_SWEEPERS } from '#privacy/retention/retention_sweepers'

export type RetentionLine = {
  kommune: string
  kommuneCode: string
  kind: RetentionKind
  days: number
  treatment: 'delete' | 'anonymise'
  /** Rows past the period (dry run: that would be treated; real run: that were). */
  rows: number
}

export type RetentionProgress = (event: { line: RetentionLine; done: number }) => void

export type RetentionOptions = {
  dryRun: boolean
  /** Only this kommune (its code); every kommune when absent. */
  kommuneCode?: string
  batchSize?: number
  now?: DateTime
  onProgress?: RetentionProgress
}

const DEFAULT_BATCH = 500

/**
 * The retention run: for each kommune and each kind, the rows older than
 * that kommune's own period are deleted or anonymised in batches (each
 * batch its own statement, so a long run never holds one huge lock). A dry
 * run only counts. Each kommune's real run leaves one audit entry with
 * what went, so its admin can read it at /admin/audit.
 */
@inject()
export default class RunRetention {
  constructor(private audit: AuditTrail) {}

  async handle(options: RetentionOptions): Promise<RetentionLine[]> {
    const now = options.now ?? DateTime.utc()
    const kommuner = options.kommuneCode
      ? await Kommune.query().where('code', options.kommuneCode)
      : await Kommune.query().orderBy('code')
    const lines: RetentionLine[] = []
    for (const kommune of kommuner) {
      const own = await this.#kommune(kommune, now, options)
      lines.push(...own)
      if (!options.dryRun) await this.#audit(kommune, own)
    }
    return lines
  }

  async #kommune(kommune: Kommune, now: DateTime, options: RetentionOptions) {
    const periods = await retentionPeriodsFor(kommune)
    const lines: RetentionLine[] = []
    for (const kind of RETENTION_KINDS) {
      const cutoff = cutoffFor(now, periods[kind])
      const line: RetentionLine = {
        kommune: kommune.name,
        kommuneCode: kommune.code,
        kind,
        days: periods[kind],
        treatment: RETENTION_RULES[kind].treatment,
        rows: await countDue(kommune.id, kind, cutoff),
      }
      lines.push(line)
      if (options.dryRun || line.rows === 0) continue
      await sweep(kommune.id, line, cutoff, options.batchSize ?? DEFAULT_BATCH, (done) =>
        options.onProgress?.({ line, done })
      )
    }
    return lines
  }

  async #audit(kommune: Kommune, lines: RetentionLine[]) {
    await this.audit.record({
      action: 'privacy.retention_run',
      userId: null,
      kommuneId: kommune.id,
      ip: null,
      meta: Object.fromEntries(
        lines.map((line) => [line.kind, { days: line.days, rows: line.rows }])
      ),
    })
  }
}

async function countDue(kommuneId: number, kind: RetentionKind, cutoff: string) {
  const row = await RETENTION_SWEEPERS[kind].due(kommuneId, cutoff).count('* as total').first()
  return Number(row?.$extras.total ?? 0)
}

/**
 * Batches until the counted rows are treated. The cutoff is fixed for the
 * run, so no row becomes due meanwhile; stopping at the count also means a
 * faulty sweep (rows still due after it) cannot loop for ever.
 */
async function sweep(
  kommuneId: number,
  line: RetentionLine,
  cutoff: string,
  batchSize: number,
  progress: (done: number) => void
) {
  const sweeper = RETENTION_SWEEPERS[line.kind]
  let done = 0
  while (done < line.rows) {
    const batch = await sweeper.due(kommuneId, cutoff).select('id').orderBy('id').limit(batchSize)
    if (batch.length === 0) return
    await sweeper.apply(
      kommuneId,
      batch.map((row) => Number(row.id))
    )
    done += batch.length
    progress(done)
  }
}
