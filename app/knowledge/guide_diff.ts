/**
 * A readable diff between two snapshots of a guide's content. Editors and
 * kommune admins compare any two published versions, so the result is a
 * display model: only the fields that differ, text fields as word-level
 * segments, list fields as items aligned by a minimal edit script (Myers).
 *
 * Pure on purpose (no framework imports): it runs in controllers, jobs and
 * unit tests alike; the client imports its types (resources/inertia/diff_types.ts).
 */
import type { GuideContent, GuideStep } from '#knowledge/guide_content'
import { align, diffWords, toChunks, type Chunk, type TextChange } from '#knowledge/text_diff'

export type { TextChange } from '#knowledge/text_diff'

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

type ListEntry = { key: string; text: string }

/**
 * Aligns list items. Within a run of changes, removed and
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
