import { containsCpr, maskCpr } from '#privacy/cpr_masker'
import { maskCprDeep } from '#privacy/mask_deep'

/**
 * Keeps CPR numbers out of the application log. The hook sees each log line
 * as pino wrote it — message, logged objects, errors with their stacks and
 * the bindings of child loggers (which pino's formatters never see) — just
 * before it goes to the transport. A line with nothing CPR-like passes
 * untouched; otherwise it is parsed and every string masked, so the line
 * stays valid JSON (a CPR number logged as a JSON number becomes a string)
 * and identifiers such as a request id are left exact.
 */
export function maskLogLine(line: string): string {
  if (!containsCpr(line)) return line
  try {
    const end = line.endsWith('\n') ? '\n' : ''
    return JSON.stringify(maskCprDeep(JSON.parse(line))) + end
  } catch {
    // Not JSON (a custom serialiser): mask the text as it is.
    return maskCpr(line)
  }
}

export const cprLogMasking = {
  hooks: { streamWrite: maskLogLine },
}
