/**
 * The guide-diff display model, mirrored by hand from
 * app/knowledge/guide_diff.ts: the client bundle must not import server
 * code. Keep the two in step when either changes.
 */

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
