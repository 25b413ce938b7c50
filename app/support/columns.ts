import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'

/**
 * Column decorators that hide SQLite ↔ MariaDB differences from the rest of
 * the app. Every model column that is JSON, decimal, boolean or a
 * millisecond timestamp goes through one of these; nothing above the models
 * may care which database runs.
 */

/** JSON kept in a TEXT column: SQLite returns a string, mysql2 may return an object. */
export function jsonColumn<T>(options: { serializeAs?: string | null; fallback?: T } = {}) {
  return column({
    serializeAs: options.serializeAs,
    prepare: (value: T | null | undefined) =>
      value === null || value === undefined ? null : JSON.stringify(value),
    consume: (value: unknown): T | null => {
      if (value === null || value === undefined) return options.fallback ?? null
      if (typeof value === 'string') return JSON.parse(value) as T
      if (Buffer.isBuffer(value)) return JSON.parse(value.toString('utf8')) as T
      return value as T
    },
  })
}

/** DECIMAL: mysql2 returns strings, better-sqlite3 numbers. */
export function decimalColumn(options: { serializeAs?: string | null } = {}) {
  return column({
    serializeAs: options.serializeAs,
    consume: (value: unknown) =>
      value === null || value === undefined ? null : Number.parseFloat(String(value)),
  })
}

/** BOOLEAN: both drivers return 0/1. */
export function booleanColumn(options: { serializeAs?: string | null } = {}) {
  return column({
    serializeAs: options.serializeAs,
    prepare: (value: boolean | null | undefined) =>
      value === null || value === undefined ? null : value ? 1 : 0,
    consume: (value: unknown) =>
      value === null || value === undefined ? null : value === true || Number(value) === 1,
  })
}

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

function toUtcDateTime(value: unknown): DateTime | null {
  if (value === null || value === undefined) return null
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: 'utc' })
  if (DateTime.isDateTime(value)) return value.toUTC()
  const text = String(value)
  const parsed = DateTime.fromSQL(text, { zone: 'utc' })
  return parsed.isValid ? parsed : DateTime.fromISO(text, { zone: 'utc' })
}

/**
 * DATETIME(3) in UTC. Lucid's own dateTime column drops milliseconds on both
 * drivers; where rows are read in order we need them.
 */
export function dateTimeMsColumn(options: { autoCreate?: boolean; autoUpdate?: boolean } = {}) {
  return column.dateTime({
    ...options,
    prepare: (value: DateTime | null | undefined) =>
      value ? value.toUTC().toFormat(MS_FORMAT) : null,
    consume: (value: unknown) => toUtcDateTime(value),
  })
}
