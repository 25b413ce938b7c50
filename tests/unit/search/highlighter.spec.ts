import { test } from '@japa/runner'
import { analyzeWord } from '#search/analysis/danish_analyzer'
import { highlight, snippet } from '#search/analysis/highlighter'
import { escapeHtml } from '#support/escape_html'

const matched = (...words: string[]) => new Set(words.map((word) => analyzeWord(word, 'da')!))

test.group('Highlighter', () => {
  test('escapes every HTML special character', ({ assert }) => {
    assert.equal(
      escapeHtml(`<a href="x">'&'</a>`),
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
    )
  })

  test('marks every form of a matched word and escapes the rest', ({ assert }) => {
    const html = highlight('Kørekortet & <b>kørekort</b>: forny', matched('kørekort'), 'da')
    assert.equal(
      html,
      '<mark>Kørekortet</mark> &amp; &lt;b&gt;<mark>kørekort</mark>&lt;/b&gt;: forny'
    )
    assert.equal(highlight('Pas <i>', new Set(), 'da'), 'Pas &lt;i&gt;')
  })

  test('cuts about 200 characters around the densest matches, at word boundaries', ({ assert }) => {
    const filler = 'Her står noget tekst om ingenting særligt. '.repeat(10)
    const body = `${filler}Husk at forny dit pas i god tid før rejsen. ${filler}`
    const html = snippet(['Et resumé uden træffere.', body], matched('pas', 'rejsen'), 'da')
    assert.include(html, '<mark>pas</mark>')
    assert.include(html, '<mark>rejsen</mark>')
    assert.isTrue(html.startsWith('… '))
    assert.isTrue(html.endsWith(' …'))
    const text = html.replace(/<\/?mark>/g, '')
    assert.isAtMost(text.length, 210)
    assert.notMatch(text, /\s{2}/)
  })

  test('without matches the snippet is the start of the summary', ({ assert }) => {
    assert.equal(
      snippet(['Kort resumé & mere.', 'Brødtekst'], new Set(), 'da'),
      'Kort resumé &amp; mere.'
    )
    assert.equal(snippet(['', ''], new Set(), 'da'), '')
  })
})
