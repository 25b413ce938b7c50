import { test } from '@japa/runner'
import { EMPTY_CONTENT } from '#knowledge/guide_content'
import { citizenTextOf, generateCitizenText, toDuForm } from '#knowledge/citizen_text'
import { brandColour, contrastRatio, isReadableBrand } from '#portal/brand_colour'

test.group('Citizen text level', () => {
  test('staff wording about "borgeren" becomes du-form', ({ assert }) => {
    assert.equal(
      toDuForm('Har borgeren kun en konto i en udenlandsk bank, kan NemKonto oprettes.', 'da'),
      'Har du kun en konto i en udenlandsk bank, kan NemKonto oprettes.'
    )
    assert.equal(
      toDuForm('Slå notifikationer til, så borgeren ved, når der er ny post.', 'da'),
      'Slå notifikationer til, så du ved, når der er ny post.'
    )
    assert.equal(
      toDuForm('Kommunen kan ikke ændre NemKonto for borgeren.', 'da'),
      'Kommunen kan ikke ændre NemKonto for dig.'
    )
  })

  test('staff instructions are left out; what to bring goes to "have ready"', ({ assert }) => {
    const content = {
      ...EMPTY_CONTENT,
      summary: 'Pas bestilles i Borgerservice.',
      guidance: [
        'Spørg først, hvornår borgeren rejser.',
        'Book tid i Borgerservice.',
        'Medbring dit gamle pas.',
      ],
      steps: [{ title: 'Log ind med MitID', text: '', screenshotPath: null, screenshotAlt: '' }],
    }
    const text = generateCitizenText(content, 'da')
    assert.equal(text.intro, 'Pas bestilles i Borgerservice.')
    assert.deepEqual(text.todo, ['Book tid i Borgerservice.'])
    assert.deepEqual(text.haveReady, ['Dit MitID.', 'Medbring dit gamle pas.'])
    assert.notInclude(JSON.stringify(text), 'Spørg')
  })

  test("the editors' text wins over the generated one", ({ assert }) => {
    const written = { intro: 'Skrevet af redaktionen.', todo: ['Gør sådan.'], haveReady: [] }
    const content = { ...EMPTY_CONTENT, summary: 'Andet.', citizen: written }
    assert.deepEqual(citizenTextOf(content, 'da'), written)
  })

  test('Swedish: staff questions are left out', ({ assert }) => {
    const content = {
      ...EMPTY_CONTENT,
      guidance: ['Fråga först vad som ska byggas.', 'Kontrollera detaljplanen.'],
    }
    assert.deepEqual(generateCitizenText(content, 'sv').todo, ['Kontrollera detaljplanen.'])
  })
})

test.group('Kommune brand colour', () => {
  test('white text must reach 4.5:1 on the brand colour, else ours is used', ({ assert }) => {
    assert.isAbove(contrastRatio('#0b4f6c', '#ffffff'), 4.5)
    assert.isTrue(isReadableBrand('#005a9c'))
    assert.isFalse(isReadableBrand('#ffdd00'), 'yellow with white text is unreadable')
    assert.isFalse(isReadableBrand('red'), 'only #rrggbb')
    assert.equal(brandColour('#FFDD00'), '#0b4f6c')
    assert.equal(brandColour('#005A9C'), '#005a9c')
    assert.equal(brandColour(undefined), '#0b4f6c')
  })
})
