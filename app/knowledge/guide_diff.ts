/**
 * A readable diff between two snapshots of a guide's content. Editors and
 * kommune admins compare any two published versions, so the result is a
 * display model: only the fields that differ, text fields as word-level
 * segments, list fields as items aligned by a longest common subsequence.
 *
 * Pure on purpose (no framework imports): it runs in controllers, jobs and
 * unit tests alike, and its shape is mirrored by hand in
 * resources/inertia/diff_types.ts for the client.
 */
import type { GuideContent, GuideStep } from '#knowledge/guide_content'

/** One run of words that is unchanged, only in the new text, or only in the old. */
export type TextChange = { kind: 'same' | 'added' | 'removed'; text: string }

/** One item of a list field (keywords, guidance, steps, legalBasis). */
export type ListItemDiff = {
  change: 'added' | 'removed' | 'changed' | 'same'
  before?: string
  after?: string
  words?: TextChange[]
}

/** The GuideContent field a diff is about; doubles as the i18n key suffix. */
export type FieldLabel =
  | 'title'
  | 'summary'
  | 'keywords'
  | 'alsoSay'
  | 'serviceArea'
  | 'selfService'
  | 'guidance'
  | 'steps'
  | 'referral'
  | 'legalBasis'
  | 'contact'
  | 'citizen'

/** How one field changed: text fields carry `words`, list fields `items`. */
export type FieldDiff = {
  field: string
  label: FieldLabel
  change: 'added' | 'removed' | 'changed'
  before?: string
  after?: string
  words?: TextChange[]
  items?: ListItemDiff[]
}

/**
 * The most cells one LCS table may have. Common prefixes and suffixes are
 * trimmed first, so typical edits never come near it; two unrelated
 * 5,000-word texts would need 25M cells, so beyond this we diff by line.
 */
const MAX_LCS_CELLS = 1_000_000

type Op<T> = { kind: 'same'; a: T; b: T } | { kind: 'removed'; a: T } | { kind: 'added'; b: T }

/** A maximal run of equal elements, or of changes with removals before additions. */
type Chunk<T> = { kind: 'same'; a: T; b: T } | { kind: 'change'; removed: T[]; added: T[] }

/**
 * Aligns two sequences by key with an LCS, trimming the shared prefix and
 * suffix first (the cheap, common case). Returns null when the remaining
 * middle would exceed MAX_LCS_CELLS, so callers can pick a coarser diff.
 */
function align<T>(a: T[], b: T[], key: (item: T) => string): Op<T>[] | null {
  let start = 0
  while (start < a.length && start < b.length && key(a[start]) === key(b[start])) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && key(a[endA - 1]) === key(b[endB - 1])) {
    endA--
    endB--
  }
  const middle = lcsOps(a.slice(start, endA), b.slice(start, endB), key)
  if (!middle) return null
  const same = (from: number, to: number, offsetB: number): Op<T>[] =>
    a.slice(from, to).map((item, i) => ({ kind: 'same', a: item, b: b[offsetB + i] }))
  return [...same(0, start, 0), ...middle, ...same(endA, a.length, endB)]
}

/**
 * The classic dynamic-programming LCS over a suffix table, walked forwards
 * so removals come before additions when both are equally good.
 */
function lcsOps<T>(a: T[], b: T[], key: (item: T) => string): Op<T>[] | null {
  const n = a.length
  const m = b.length
  if ((n + 1) * (m + 1) > MAX_LCS_CELLS) return null
  const ids = new Map<string, number>()
  const id = (item: T) => {
    const k = key(item)
    if (!ids.has(k)) ids.set(k, ids.size)
    return ids.get(k)!
  }
  const ia = a.map(id)
  const ib = b.map(id)
  const width = m + 1
  const table = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        ia[i] === ib[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1])
    }
  }
  const ops: Op<T>[] = []
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && ia[i] === ib[j]) ops.push({ kind: 'same', a: a[i++], b: b[j++] })
    else if (j >= m || (i < n && table[(i + 1) * width + j] >= table[i * width + j + 1]))
      ops.push({ kind: 'removed', a: a[i++] })
    else ops.push({ kind: 'added', b: b[j++] })
  }
  return ops
}

/**
 * Groups edit operations into runs, so each run of changes reads as "this
 * was removed, this was added" instead of an interleaved zigzag.
 */
function toChunks<T>(ops: Op<T>[]): Chunk<T>[] {
  const chunks: Chunk<T>[] = []
  let run: { kind: 'change'; removed: T[]; added: T[] } | null = null
  for (const op of ops) {
    if (op.kind === 'same') {
      run = null
      chunks.push(op)
      continue
    }
    if (!run) {
      run = { kind: 'change', removed: [], added: [] }
      chunks.push(run)
    }
    if (op.kind === 'removed') run.removed.push(op.a)
    else run.added.push(op.b)
  }
  return chunks
}

/** Words with their trailing whitespace, so line breaks survive the diff. */
function toWords(text: string): string[] {
  return text.match(/\S+\s*/g) ?? []
}

/** Lines with their line break; compared with whitespace normalised. */
function toLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+/g) ?? []
}

const wordKey = (word: string) => word.trimEnd()
const lineKey = (line: string) => line.trim().split(/\s+/).join(' ')

/**
 * An unchanged word (or line) keeps whichever side's trailing whitespace is
 * present, so one that became the last is still followed by a separator.
 */
function sameText(before: string, after: string): string {
  return after.length > wordKey(after).length ? after : before
}

/** Joins adjacent segments of the same kind and drops empty ones. */
function mergeSegments(segments: TextChange[]): TextChange[] {
  const merged: TextChange[] = []
  for (const segment of segments) {
    if (!segment.text) continue
    const last = merged[merged.length - 1]
    if (last && last.kind === segment.kind) last.text += segment.text
    else merged.push({ ...segment })
  }
  return merged
}

/** Segments for a run of changes: everything removed, then everything added. */
function changeSegments(removed: string[], added: string[]): TextChange[] {
  return [
    { kind: 'removed', text: removed.join('') },
    { kind: 'added', text: added.join('') },
  ]
}

/** Word-level segments, or null when the texts are too far apart for an LCS. */
function wordSegments(before: string, after: string): TextChange[] | null {
  const ops = align(toWords(before), toWords(after), wordKey)
  if (!ops) return null
  return toChunks(ops).flatMap((chunk) =>
    chunk.kind === 'same'
      ? [{ kind: 'same' as const, text: sameText(chunk.a, chunk.b) }]
      : changeSegments(chunk.removed, chunk.added)
  )
}

/**
 * The fallback for long, heavily edited texts: align paragraphs/lines,
 * then word-diff changed lines pairwise (each pair is small), and show
 * whatever is still too big as removed-then-added.
 */
function lineSegments(before: string, after: string): TextChange[] {
  const a = toLines(before)
  const b = toLines(after)
  const ops = align(a, b, lineKey)
  const chunks: Chunk<string>[] = ops ? toChunks(ops) : [{ kind: 'change', removed: a, added: b }]
  return chunks.flatMap((chunk): TextChange[] => {
    if (chunk.kind === 'same') return [{ kind: 'same', text: sameText(chunk.a, chunk.b) }]
    const paired = Math.min(chunk.removed.length, chunk.added.length)
    const segments: TextChange[] = []
    for (let i = 0; i < paired; i++) {
      const pair = [chunk.removed[i], chunk.added[i]] as const
      segments.push(...(wordSegments(...pair) ?? changeSegments([pair[0]], [pair[1]])))
    }
    return [...segments, ...changeSegments(chunk.removed.slice(paired), chunk.added.slice(paired))]
  })
}

/**
 * Word-level diff of two plain texts: split on whitespace with punctuation
 * kept on its word. Falls back to a line/paragraph diff when a word LCS
 * would be too expensive, so even 5,000-word texts diff in milliseconds.
 */
export function diffWords(before: string, after: string): TextChange[] {
  return mergeSegments(wordSegments(before, after) ?? lineSegments(before, after))
}

type ListEntry = { key: string; text: string }

/**
 * Aligns list items with an LCS. Within a run of changes, removed and
 * added items are paired up as 'changed' (with a word diff), so an edited
 * bullet reads as an edit rather than a deletion plus an insertion.
 */
function diffItems(a: ListEntry[], b: ListEntry[]): ListItemDiff[] {
  const ops = align(a, b, (entry) => entry.key)
  const chunks: Chunk<ListEntry>[] = ops
    ? toChunks(ops)
    : [{ kind: 'change', removed: a, added: b }]
  return chunks.flatMap((chunk): ListItemDiff[] => {
    if (chunk.kind === 'same')
      return [{ change: 'same', before: chunk.a.text, after: chunk.b.text }]
    const paired = Math.min(chunk.removed.length, chunk.added.length)
    const items: ListItemDiff[] = []
    for (let i = 0; i < paired; i++) {
      const [before, after] = [chunk.removed[i].text, chunk.added[i].text]
      items.push({ change: 'changed', before, after, words: diffWords(before, after) })
    }
    for (const entry of chunk.removed.slice(paired))
      items.push({ change: 'removed', before: entry.text })
    for (const entry of chunk.added.slice(paired))
      items.push({ change: 'added', after: entry.text })
    return items
  })
}

/** Non-empty strings only: an empty text and a missing one read the same. */
function present(value: string | null | undefined): string | null {
  return value ? value : null
}

/** A scalar field: how it is compared (`key`) and how it is shown (`show`). */
type ScalarSpec = {
  kind: 'text'
  label: FieldLabel
  show: (content: GuideContent) => string | null
  key?: (content: GuideContent) => string
}

/** A list field: its items, each with a comparison key and a display text. */
type ListSpec = {
  kind: 'list'
  label: FieldLabel
  items: (content: GuideContent) => ListEntry[]
}

const strings = (values: string[]): ListEntry[] => values.map((text) => ({ key: text, text }))

const stepEntry = (step: GuideStep): ListEntry => ({
  key: JSON.stringify([step.title, step.text, step.screenshotAlt]),
  text: [step.title, step.text].filter(Boolean).join(' — '),
})

/** The fields in GuideContent order, which is also the order of the result. */
const FIELDS: (ScalarSpec | ListSpec)[] = [
  { kind: 'text', label: 'title', show: (c) => present(c.title) },
  { kind: 'text', label: 'summary', show: (c) => present(c.summary) },
  { kind: 'list', label: 'keywords', items: (c) => strings(c.keywords) },
  { kind: 'list', label: 'alsoSay', items: (c) => strings(c.alsoSay ?? []) },
  { kind: 'text', label: 'serviceArea', show: (c) => present(c.serviceArea) },
  {
    kind: 'text',
    label: 'selfService',
    show: (c) => c.selfService && present(joinParts(c.selfService.name, c.selfService.url, '(')),
    key: (c) => JSON.stringify(c.selfService && [c.selfService.name, c.selfService.url]),
  },
  { kind: 'list', label: 'guidance', items: (c) => strings(c.guidance) },
  { kind: 'list', label: 'steps', items: (c) => c.steps.map(stepEntry) },
  {
    kind: 'text',
    label: 'referral',
    show: (c) => c.referral && present(joinParts(c.referral.unit, c.referral.note, ':')),
    key: (c) => JSON.stringify(c.referral && [c.referral.unit, c.referral.note]),
  },
  { kind: 'list', label: 'legalBasis', items: (c) => strings(c.legalBasis) },
  {
    kind: 'text',
    label: 'contact',
    show: (c) => c.contact && present(contactParts(c.contact).join(', ')),
    key: (c) => JSON.stringify(c.contact && contactParts(c.contact)),
  },
  // The citizen level, as one text: what citizens read must show in change alerts too.
  {
    kind: 'text',
    label: 'citizen',
    show: (c) =>
      c.citizen
        ? present([c.citizen.intro, ...c.citizen.todo, ...c.citizen.haveReady].join('\n'))
        : null,
    key: (c) => JSON.stringify(c.citizen ?? null),
  },
]

/** "name (url)" or "unit: note", leaving out whichever part is empty. */
function joinParts(main: string, extra: string, style: '(' | ':'): string {
  if (!main || !extra) return main || extra
  return style === '(' ? `${main} (${extra})` : `${main}: ${extra}`
}

/** A contact's filled-in parts, in a fixed order. */
function contactParts(contact: NonNullable<GuideContent['contact']>): string[] {
  const { unit, phone, email, address, web, openingHours } = contact
  return [unit, phone, email, address, web, openingHours].filter((part): part is string => !!part)
}

/** Whether a field went from nothing to something, the reverse, or changed. */
function changeKind(hadBefore: boolean, hasAfter: boolean): FieldDiff['change'] {
  if (!hadBefore) return 'added'
  return hasAfter ? 'changed' : 'removed'
}

/** The diff of one scalar field, or null when it is unchanged. */
function diffScalar(spec: ScalarSpec, before: GuideContent, after: GuideContent): FieldDiff | null {
  const [old, now] = [spec.show(before), spec.show(after)]
  const key = spec.key ?? spec.show
  if (old === now && key(before) === key(after)) return null
  return {
    field: spec.label,
    label: spec.label,
    change: changeKind(old !== null, now !== null),
    ...(old !== null && { before: old }),
    ...(now !== null && { after: now }),
    words: diffWords(old ?? '', now ?? ''),
  }
}

/** The diff of one list field, or null when its items are the same. */
function diffList(spec: ListSpec, before: GuideContent, after: GuideContent): FieldDiff | null {
  const [old, now] = [spec.items(before), spec.items(after)]
  const keys = (entries: ListEntry[]) => JSON.stringify(entries.map((entry) => entry.key))
  if (keys(old) === keys(now)) return null
  return {
    field: spec.label,
    label: spec.label,
    change: changeKind(old.length > 0, now.length > 0),
    items: diffItems(old, now),
  }
}

/**
 * The readable diff between two versions of a guide: one entry per field
 * that differs, in GuideContent order; [] when nothing changed.
 */
export function diffGuideContent(before: GuideContent, after: GuideContent): FieldDiff[] {
  return FIELDS.flatMap((spec) => {
    const diff =
      spec.kind === 'text' ? diffScalar(spec, before, after) : diffList(spec, before, after)
    return diff ? [diff] : []
  })
}

/** The changed field keys, for a one-line "changed: guidance, steps" summary. */
export function summarizeDiff(diffs: FieldDiff[]): string[] {
  return diffs.map((diff) => diff.field)
}
