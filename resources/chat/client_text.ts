import da from '../lang/chat/da.json'
import en from '../lang/chat/en.json'
import sv from '../lang/chat/sv.json'

/**
 * The chat client's texts: the same catalogue files the app uses
 * (resources/lang/chat), bundled in, with `{name}` placeholders.
 */
const catalogues = { da, en, sv } as const
export type ClientLocale = keyof typeof catalogues
type Key = keyof (typeof da)['chat_client']

export function texts(locale: string) {
  const chosen = (locale in catalogues ? locale : 'da') as ClientLocale
  const messages = catalogues[chosen].chat_client as Record<Key, string>
  return (key: Key, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
}
export type Translate = ReturnType<typeof texts>
