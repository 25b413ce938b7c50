import { test } from '@japa/runner'
import { formatPhone, isE164Phone, parsePhone } from '#channel_kit'
import { normaliseContact } from '#stats/contact_key'

test.group('Channel kit: phone numbers (libphonenumber)', () => {
  test('{input} → {e164}')
    .with([
      { input: '20123456', e164: '+4520123456' },
      { input: '20 12 34 56', e164: '+4520123456' },
      { input: '+45 20 12 34 56', e164: '+4520123456' },
      { input: '0045 20123456', e164: '+4520123456' },
      { input: '4520123456', e164: '+4520123456' },
      { input: ' 70-12-34-56 ', e164: '+4570123456' },
      { input: '+46 70 123 45 67', e164: '+46701234567' },
      { input: '+46 (0)70-123 45 67', e164: '+46701234567' },
      { input: '070-123 45 67', e164: '+46701234567' },
      { input: '0046701234567', e164: '+46701234567' },
      { input: '46701234567', e164: '+46701234567' },
      { input: '08-123 456 78', e164: '+46812345678' },
    ])
    .run(({ assert }, row) => {
      const parsed = parsePhone(row.input)
      assert.equal(parsed.e164, row.e164)
      assert.equal(parsed.country, row.e164.startsWith('+45') ? 'DK' : 'SE')
      assert.isTrue(isE164Phone(row.e164))
    })

  test('{input} is refused: {error}')
    .with([
      { input: '+44 7700 900123', error: 'not_danish_or_swedish' },
      { input: '+49 1234 5678', error: 'not_danish_or_swedish' },
      { input: '+45 1234 567', error: 'invalid_danish' },
      { input: '12345678', error: 'invalid_danish' },
      { input: '+4511111111', error: 'invalid_danish' },
      { input: '+46 12', error: 'invalid_swedish' },
      { input: 'borger@example.dk', error: 'not_a_number' },
      { input: '20 12 34 56 ring efter kl. 12', error: 'not_a_number' },
      { input: '+45+4520123456', error: 'not_a_number' },
      { input: '', error: 'not_a_number' },
    ])
    .run(({ assert }, row) => {
      const parsed = parsePhone(row.input)
      assert.isUndefined(parsed.e164)
      assert.equal(parsed.error, row.error)
      assert.isAbove(parsed.reason!.length, 10, 'an English reason for error messages')
    })

  test('E.164 only when it is exactly a valid number; formatted for people', ({ assert }) => {
    assert.isFalse(isE164Phone('20123456'), 'not E.164 yet')
    assert.isFalse(isE164Phone('+45 20 12 34 56'), 'spaces are not E.164')
    assert.isFalse(isE164Phone('+447700900123'), 'valid elsewhere, not ours')
    assert.isFalse(isE164Phone(null))
    assert.equal(formatPhone('+4520123456', 'national'), '20 12 34 56')
    assert.equal(formatPhone('+4520123456'), '+45 20 12 34 56')
    assert.equal(formatPhone('+46701234567', 'national'), '070-123 45 67')
    assert.equal(formatPhone('no number'), 'no number')
  })

  test('a contact written two ways is one citizen for the repeat statistics', ({ assert }) => {
    assert.equal(normaliseContact('20 12 34 56'), normaliseContact('+45 20123456'))
    assert.equal(normaliseContact('070-123 45 67'), '+46701234567')
    assert.equal(normaliseContact(' Borger@Example.DK '), 'borger@example.dk')
  })
})
