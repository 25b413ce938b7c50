import type { SearchDocument, SynonymGroup } from '#search/search_engine'

/**
 * Small hand-made Danish documents for the search contract suite: three
 * Danish kommuner sharing national guides (one with local text), a guide
 * Sorø does not serve for citizens, own articles (one full of markup), a
 * technical FAQ and one Swedish guide. Words are chosen so each test's
 * query matches a known set and nothing by accident.
 */

export const SOROE = '340'
export const SLAGELSE = '330'
export const SVENDBORG = '479'
export const KRISTINEHAMN = '1781'
export const DANISH_KOMMUNER = [SOROE, SLAGELSE, SVENDBORG]

type Content = Omit<SearchDocument, 'id' | 'kommune' | 'citizenVisible' | 'hasLocalText'>

function content(slug: string, guideId: number, fields: Partial<Content>): Content {
  return {
    guideId,
    slug,
    kind: 'guide',
    lang: 'da',
    serviceArea: null,
    title: '',
    summary: '',
    keywords: [],
    body: '',
    ...fields,
  }
}

const NATIONAL: Content[] = [
  content('koerekort-forny', 1, {
    serviceArea: 'pas-og-koerekort',
    title: 'Forny eller ombyt kørekort',
    summary: 'Kørekortet skal fornyes, når det udløber. Der betales et gebyr.',
    keywords: ['forny kørekort', 'ombytning'],
    body: 'Bestil tid i Borgerservice og medbring et foto.',
  }),
  content('tilskud-briller', 2, {
    serviceArea: 'pension',
    title: 'Tilskud til briller',
    summary: 'Pensionister kan søge tilskud til nye briller.',
    keywords: ['brilletilskud', 'helbredstillæg'],
    body: 'Send din ansøgning med en kopi af regningen fra optikeren.',
  }),
  content('boligstoette', 3, {
    serviceArea: 'bolig',
    title: 'Boligstøtte',
    summary: 'Lejere kan søge boligstøtte til huslejen. Der betales intet gebyr.',
    keywords: ['boligsikring', 'boligydelse'],
    body: 'Ansøgningen behandles af Udbetaling Danmark.',
  }),
  content('vuggestue', 4, {
    serviceArea: 'boern-og-familie',
    title: 'Skriv dit barn op til en vuggestueplads',
    summary: 'Alle børn har ret til en plads fra de er 26 uger.',
    keywords: ['dagpleje', 'pasningsgaranti'],
    body: 'Opskrivningen sker digitalt.',
  }),
  content('sundhedskort', 5, {
    serviceArea: 'sundhed',
    title: 'Sundhedskort',
    summary: 'Bestil et nyt sundhedskort, hvis du har mistet det.',
    keywords: ['sygesikringsbevis'],
    body: 'Det nye bevis sendes med posten.',
  }),
  content('plejebolig', 6, {
    serviceArea: 'aeldre',
    title: 'Plejebolig',
    summary: 'Når du har brug for pleje døgnet rundt, kan du søge en plejebolig.',
    keywords: ['ældrebolig'],
    body: 'Visitationen vurderer dit behov.',
  }),
  content('fleksjob', 7, {
    serviceArea: 'arbejde',
    title: 'Fleksjob',
    summary: 'Fleksjob er et job på særlige vilkår.',
    keywords: ['nedsat arbejdsevne'],
    body: 'Jobcentret vurderer din arbejdsevne.',
  }),
  content('faq-mitid-laast', 8, {
    kind: 'faq',
    title: 'Mit MitID er låst',
    summary: 'Vent en time, eller kontakt MitID-support. Det koster ikke noget gebyr.',
    keywords: ['mitid spærret', 'adgangskode'],
  }),
  // A full-sentence question's one rare word ("byggetilladelse") against
  // guides that share its common words ("lang", "tid", "tager").
  content('byggetilladelse', 9, {
    serviceArea: 'byggeri',
    title: 'Søg byggetilladelse',
    summary: 'Tilbygninger og større ombygninger kræver byggetilladelse fra kommunen.',
    keywords: ['byggesag'],
    body: 'Sagsbehandlingen tager typisk fire til otte uger, så søg i god tid.',
  }),
  content('tidlig-pension', 10, {
    serviceArea: 'pension',
    title: 'Tidlig pension',
    summary: 'Har du arbejdet i lang tid, kan du gå tidligere på pension.',
    keywords: ['seniorpension'],
    body: 'Søg et halvt år før du vil stoppe.',
  }),
  content('pas-bestil', 11, {
    serviceArea: 'pas-og-koerekort',
    title: 'Bestil nyt pas',
    summary: 'Det tager lang tid at få et pas i sommerferien.',
    keywords: ['rejsepas'],
    body: 'Mød op med et foto og dit gamle pas.',
  }),
]

/** Local text some kommuner add to a national guide. */
const LOCAL_TEXT: Record<string, string> = {
  [`${SLAGELSE}:koerekort-forny`]: 'Slagelse: Borgerservice har åbent om lørdagen.',
  [`${SVENDBORG}:boligstoette`]: 'Svendborg: Ring til Borgerservice for hjælp.',
}

function inKommune(kommune: string, guide: Content, citizenVisible = true): SearchDocument {
  const local = LOCAL_TEXT[`${kommune}:${guide.slug}`]
  return {
    ...guide,
    id: `${kommune}:${guide.slug}`,
    kommune,
    body: local ? `${guide.body}\n${local}` : guide.body,
    citizenVisible,
    hasLocalText: local !== undefined,
  }
}

function ownArticle(kommune: string, guide: Content): SearchDocument {
  return {
    ...guide,
    id: `${kommune}:${guide.slug}`,
    kommune,
    citizenVisible: true,
    hasLocalText: true,
  }
}

/** A fresh copy of every fixture document (36). */
export function fixtureDocuments(): SearchDocument[] {
  const national = DANISH_KOMMUNER.flatMap((kommune) =>
    NATIONAL.map((guide) =>
      inKommune(kommune, guide, !(kommune === SOROE && guide.slug === 'fleksjob'))
    )
  )
  return [
    ...national,
    ownArticle(
      SOROE,
      content('soroe-affald', 20, {
        serviceArea: 'affald',
        title: 'Affald & genbrug <script>alert("x")</script>',
        summary: 'Sortér pap & plast. Brug <b>aldrig</b> sorte sække.',
        keywords: ['genbrugsplads'],
        body: 'Genbrugspladsen har åbent alle dage.',
      })
    ),
    ownArticle(
      SVENDBORG,
      content('svendborg-svoemmehal', 21, {
        serviceArea: 'kultur-og-fritid',
        title: 'Svømmehallen i Svendborg',
        summary: 'Åbningstider og billetter til svømmehallen.',
        keywords: ['svømning'],
        body: 'Køb klippekort i billetautomaten.',
      })
    ),
    ownArticle(
      KRISTINEHAMN,
      content('kristinehamn-bygglov', 22, {
        lang: 'sv',
        serviceArea: 'byggeri',
        title: 'Bygglov för carport och attefallshus',
        summary: 'Du behöver oftast bygglov för en carport.',
        keywords: ['bygglov', 'attefall'],
        body: 'Ansökan görs digitalt.',
      })
    ),
  ]
}

export const FIXTURE_SYNONYMS: SynonymGroup[] = [
  ['sundhedskort', 'gult kort'],
  ['plejebolig', 'plejehjem'],
]

/** A document for write tests, in a kommune of the fixtures. */
export function extraDocument(kommune: string, slug: string, title: string): SearchDocument {
  return {
    id: `${kommune}:${slug}`,
    kommune,
    guideId: 100,
    slug,
    kind: 'guide',
    lang: 'da',
    serviceArea: 'trafik',
    title,
    summary: 'Et lokalt svar om trafik ved skolen.',
    keywords: [],
    body: '',
    citizenVisible: true,
    hasLocalText: true,
  }
}
