/** The guide-diff display model: the server's own types (erased from the bundle). */
export type { FieldDiff, FieldLabel, ListItemDiff, TextChange } from '@app/knowledge/guide_diff'
