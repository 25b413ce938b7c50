import vine from '@vinejs/vine'
import { RETENTION_KINDS, RETENTION_RULES } from '#privacy/retention/retention_kinds'

/** Whole days within each kind's lawful bounds; every kind must be given. */
export const retentionValidator = vine.create(
  Object.fromEntries(
    RETENTION_KINDS.map((kind) => [
      kind,
      vine
        .number()
        .withoutDecimals()
        .range([RETENTION_RULES[kind].minDays, RETENTION_RULES[kind].maxDays]),
    ])
  ) as Record<(typeof RETENTION_KINDS)[number], ReturnType<typeof vine.number>>
)
