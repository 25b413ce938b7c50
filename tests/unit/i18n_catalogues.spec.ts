import { fileURLToPath } from 'node:url'
import { test } from '@japa/runner'
import { IntlMessageFormat } from 'intl-messageformat'
import { LangLoader } from '#support/lang_loader'

/** Argument names a message uses, read from its ICU syntax tree (plural branches included). */
function argumentsOf(elements: any[], into = new Set<string>()) {
  for (const element of elements) {
    if (typeof element.value === 'string' && element.type !== 0) into.add(element.value)
    for (const option of Object.values(element.options ?? {}) as { value: any[] }[]) {
      argumentsOf(option.value, into)
    }
  }
  return [...into].sort()
}

/** The catalogues exactly as the server loads them: base file plus every feature folder. */
const catalogues = await new LangLoader(
  fileURLToPath(new URL('../../resources/lang/', import.meta.url))
).load()
const catalogue = (locale: string) => new Map(Object.entries(catalogues[locale] ?? {}))

test.group('Message catalogues', () => {
  test('English and Swedish have exactly the Danish keys', ({ assert }) => {
    const da = [...catalogue('da').keys()].sort()
    for (const locale of ['en', 'sv']) {
      assert.deepEqual([...catalogue(locale).keys()].sort(), da, `${locale} differs from da`)
    }
  })

  test('every message is valid ICU and keeps the Danish placeholders', ({ assert }) => {
    const da = catalogue('da')
    for (const locale of ['da', 'en', 'sv']) {
      for (const [key, message] of catalogue(locale)) {
        assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale}:${key}`)
        const args = (text: string) => argumentsOf(new IntlMessageFormat(text, locale).getAst())
        assert.deepEqual(args(message), args(da.get(key)!), `${locale}:${key}`)
      }
    }
  })
})
