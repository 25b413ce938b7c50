import { readFileSync } from 'node:fs'
import { test } from '@japa/runner'
import { IntlMessageFormat } from 'intl-messageformat'

type Tree = { [key: string]: string | Tree }

function keysOf(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') keys.set(path, value)
    else for (const [k, v] of keysOf(value, path)) keys.set(k, v)
  }
  return keys
}

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

const catalogue = (locale: string) =>
  keysOf(
    JSON.parse(
      readFileSync(new URL(`../../resources/lang/${locale}.json`, import.meta.url), 'utf8')
    )
  )

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
