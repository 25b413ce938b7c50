import Guide from '#models/guide'
import GuideVersion from '#models/guide_version'
import type Kommune from '#models/kommune'
import LocalSupplement from '#models/local_supplement'
import { diffGuideContent, type FieldDiff } from '#knowledge/guide_diff'

/**
 * What a kommune admin must look at because a text it built on changed:
 * supplements whose national guide published a newer version, and copies
 * whose source did. Each comes with the diff of what changed since.
 */
export type ChangeAlert = {
  type: 'supplement' | 'copy'
  /** The national guide (supplement) or our copy (copy). */
  guideId: number
  title: string
  sourceKommune: string | null
  fromVersion: number
  toVersion: number
  diff: FieldDiff[]
  /** The editors' "what changed" notes of every version since ours, oldest first. */
  changeNotes: { version: number; note: string }[]
}

export async function changeAlertsFor(kommune: Kommune): Promise<ChangeAlert[]> {
  const supplements = await LocalSupplement.query()
    .forKommune(kommune.id)
    .where('needs_review', 1)
    .preload('guide')
  const copies = await Guide.query()
    .forKommune(kommune)
    .where('source_changed', 1)
    .preload('copiedFrom', (source) => source.preload('kommune'))

  const alerts: ChangeAlert[] = []
  for (const supplement of supplements) {
    const { guide } = supplement
    alerts.push({
      type: 'supplement',
      guideId: guide.id,
      title: guide.title,
      sourceKommune: null,
      fromVersion: supplement.basedOnVersion,
      toVersion: guide.currentVersion,
      diff: await diffBetween(guide.id, supplement.basedOnVersion, guide.currentVersion),
      changeNotes: await changeNotesBetween(
        guide.id,
        supplement.basedOnVersion,
        guide.currentVersion
      ),
    })
  }
  for (const copy of copies) {
    const source = copy.copiedFrom
    if (!source) continue
    alerts.push({
      type: 'copy',
      guideId: copy.id,
      title: copy.title,
      sourceKommune: source.kommune?.name ?? null,
      fromVersion: copy.copiedFromVersion ?? 0,
      toVersion: source.currentVersion,
      diff: await diffBetween(source.id, copy.copiedFromVersion ?? 0, source.currentVersion),
      changeNotes: await changeNotesBetween(
        source.id,
        copy.copiedFromVersion ?? 0,
        source.currentVersion
      ),
    })
  }
  return alerts.sort((a, b) => a.title.localeCompare(b.title, 'da'))
}

/** The diff between two published versions of one guide (empty if one is missing). */
export async function diffBetween(guideId: number, from: number, to: number) {
  const versions = await GuideVersion.query()
    .where('guide_id', guideId)
    .whereIn('version', [from, to])
  const before = versions.find((version) => version.version === from)
  const after = versions.find((version) => version.version === to)
  return before && after ? diffGuideContent(before.snapshot, after.snapshot) : []
}

/** The change notes of the versions after `from` up to `to` (the ones the alert covers). */
export async function changeNotesBetween(guideId: number, from: number, to: number) {
  const versions = await GuideVersion.query()
    .where('guide_id', guideId)
    .where('version', '>', from)
    .where('version', '<=', to)
    .whereNotNull('change_note')
    .orderBy('version')
  return versions
    .filter((version) => version.changeNote?.trim())
    .map((version) => ({ version: version.version, note: version.changeNote! }))
}
