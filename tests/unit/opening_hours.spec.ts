import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isOpenAt, parseOpeningHours } from '#support/opening_hours'

/** 2026-11-23 is a Monday. */
const at = (day: number, time: string) =>
  DateTime.fromISO(`2026-11-${22 + day}T${time}`, { zone: 'Europe/Copenhagen' })

test.group('Opening hours', () => {
  test('day ranges, single days and half hours', ({ assert }) => {
    const text = 'Man-ons 9.30-14, tors 9.30-17.30, fre 9.30-12. Tidsbestilling til pas.'
    assert.deepEqual(parseOpeningHours(text), [
      { day: 1, from: 570, to: 840 },
      { day: 2, from: 570, to: 840 },
      { day: 3, from: 570, to: 840 },
      { day: 4, from: 570, to: 1050 },
      { day: 5, from: 570, to: 720 },
    ])
  })

  test('"og" lists, "alle hverdage" and a closed day', ({ assert }) => {
    assert.deepEqual(
      parseOpeningHours('Telefontid man og tors 10-12').map((window) => window.day),
      [1, 4]
    )
    assert.lengthOf(parseOpeningHours('Telefontid alle hverdage 8-12'), 5)
    const closedWednesday = parseOpeningHours('Man og tirs 10-14, ons lukket, tors 10-17')
    assert.notInclude(
      closedWednesday.map((window) => window.day),
      3
    )
  })

  test('open now follows the weekday and the clock', ({ assert }) => {
    const text = 'Man-ons 10-15, tors 10-17, fre 10-13'
    assert.isTrue(isOpenAt(text, at(1, '10:00')))
    assert.isFalse(isOpenAt(text, at(1, '15:00')))
    assert.isTrue(isOpenAt(text, at(4, '16:59')))
    assert.isFalse(isOpenAt(text, at(5, '13:30')))
    assert.isFalse(isOpenAt(text, at(6, '11:00')))
  })

  test('Swedish hours and en dashes', ({ assert }) => {
    assert.isTrue(isOpenAt('Telefontid mån–fre 8–16', at(2, '09:00')))
  })

  test('unreadable hours give no answer instead of a guess', ({ assert }) => {
    assert.isNull(isOpenAt('Efter aftale', at(1, '10:00')))
    assert.isNull(isOpenAt(null, at(1, '10:00')))
  })
})
