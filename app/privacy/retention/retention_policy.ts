import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import RetentionSetting from '#models/retention_setting'
import {
  defaultPeriods,
  isRetentionKind,
  RETENTION_RULES,
  type RetentionKind,
  type RetentionPeriods,
} from '#privacy/retention/retention_kinds'

/**
 * A kommune's retention period per kind: its admin's setting, else the
 * default. Transcripts fall back to the older chat setting `retentionDays`
 * (chat channel settings) when the admin has not set them here, so a
 * kommune that chose a period before this page existed keeps it.
 */
export async function retentionPeriodsFor(kommune: Kommune): Promise<RetentionPeriods> {
  const periods = defaultPeriods()
  const legacy = await legacyTranscriptDays(kommune)
  if (legacy !== null) periods.conversations = legacy
  const rows = await RetentionSetting.query().forKommune(kommune.id)
  for (const row of rows) {
    if (isRetentionKind(row.kind)) periods[row.kind] = clampDays(row.kind, row.days)
  }
  return periods
}

export async function retentionDaysFor(kommune: Kommune, kind: RetentionKind) {
  const periods = await retentionPeriodsFor(kommune)
  return periods[kind]
}

/** A stored value outside today's bounds (bounds tightened later) is read at the nearest bound. */
function clampDays(kind: RetentionKind, days: number) {
  const rule = RETENTION_RULES[kind]
  return Math.min(rule.maxDays, Math.max(rule.minDays, Math.trunc(Number(days))))
}

async function legacyTranscriptDays(kommune: Kommune): Promise<number | null> {
  const chat = await ChannelConnection.query()
    .forKommune(kommune.id)
    .where('plugin_id', 'chat')
    .first()
  const days = Number(chat?.readSettings<{ retentionDays?: number }>().retentionDays)
  return Number.isInteger(days) && days >= 7 ? clampDays('conversations', days) : null
}
