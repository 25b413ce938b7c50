/**
 * Stop words sent to Meilisearch (which has none of its own) and used to
 * refuse stop-word-only queries before they reach it: Meilisearch answers
 * a query without meaningful words with every document in scope.
 *
 * Snowball's Danish and Swedish lists, plus the words citizens wrap around
 * a question (question words, politeness, modal verbs) — the same kind of
 * additions the embedded analyzer makes. Meilisearch's stop words are one
 * list per index, so both languages share it; Swedish words that are
 * meaningful Danish words ("ni" = nine) are left out.
 */
const SNOWBALL_DANISH = (
  'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har ' +
  'om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal ' +
  'selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle ' +
  'denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod ' +
  'disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan'
).split(' ')

const EXTRA_DANISH = (
  'hvordan hvorfor hvornår hvem hvilken hvilke hvilket kan får få så må gerne bare lige hej ' +
  'tak venlig venligst nogen ja nej osv fx'
).split(' ')

const SNOWBALL_SWEDISH = (
  'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av ' +
  'icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde ' +
  'något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under ' +
  'någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt bli blev ' +
  'oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan ' +
  'sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era ' +
  'vilkas'
).split(' ')

const EXTRA_SWEDISH = ['när', 'få']

export const STOP_WORDS: readonly string[] = [
  ...new Set([...SNOWBALL_DANISH, ...EXTRA_DANISH, ...SNOWBALL_SWEDISH, ...EXTRA_SWEDISH]),
]

const STOP_WORD_SET = new Set(STOP_WORDS)

/** The words of a query, lower-cased, in one Unicode form. */
export function queryWords(q: string): string[] {
  return (
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

export function isStopWord(word: string): boolean {
  return STOP_WORD_SET.has(word.normalize('NFC').toLowerCase())
}

/** True when a query has at least one word that is not a stop word. */
export function hasMeaningfulWord(q: string): boolean {
  return queryWords(q).some((word) => !STOP_WORD_SET.has(word))
}
