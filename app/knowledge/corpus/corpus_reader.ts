import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { errors as vineErrors } from '@vinejs/vine'
import type { VineValidator } from '@vinejs/vine'

/** One problem in a corpus file, precise enough to fix it. */
export type CorpusIssue = { file: string; index: number | null; field: string; message: string }

/**
 * A corpus file that cannot be imported. Nothing of the file is written
 * when it is thrown: every row is validated before the first write.
 */
export class CorpusError extends Error {
  constructor(public issues: CorpusIssue[]) {
    super(
      `${issues.length} problem(s) in the corpus:\n` +
        issues
          .slice(0, 20)
          .map(
            (issue) =>
              `  ${issue.file}${issue.index === null ? '' : `[${issue.index}]`}` +
              `${issue.field ? `.${issue.field}` : ''}: ${issue.message}`
          )
          .join('\n')
    )
  }
}

/**
 * Reads `file` (a JSON array) from `dir` and validates every row with
 * `validator`, collecting all problems before failing.
 */
export async function readRows<T>(dir: string, file: string, validator: VineValidator<any, any>) {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(join(dir, file), 'utf8'))
  } catch (error) {
    throw new CorpusError([{ file, index: null, field: '', message: (error as Error).message }])
  }
  if (!Array.isArray(raw)) {
    throw new CorpusError([{ file, index: null, field: '', message: 'expected a JSON array' }])
  }
  const rows: T[] = []
  const issues: CorpusIssue[] = []
  for (const [index, row] of raw.entries()) {
    try {
      rows.push((await validator.validate(row)) as T)
    } catch (error) {
      if (!(error instanceof vineErrors.E_VALIDATION_ERROR)) throw error
      for (const message of error.messages as { field: string; message: string }[]) {
        issues.push({ file, index, field: message.field, message: message.message })
      }
    }
  }
  if (issues.length) throw new CorpusError(issues)
  return rows
}
