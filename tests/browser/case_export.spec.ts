import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { expectAccessiblePage, loginThroughForm } from '#tests/helpers/browser'
import { appBase } from '#tests/helpers/channel_provider'
import { ALWAYS_OPEN, enableChat } from '#tests/helpers/chat'
import { pdfText } from '#tests/helpers/pdf_text'
import { drainQueue } from '#tests/helpers/queue'
import { isolateEachTest } from '#tests/helpers/transactions'

const DESKTOP = { width: 1280, height: 900 }

test.group('Browser: staff download a case for the records', (group) => {
  isolateEachTest(group)

  test('the PDF and JSON links of an open conversation download the case; axe-clean', async ({
    visit,
    assert,
  }) => {
    const soroe = await kommuneByCode(SOROE)
    await enableChat(soroe, { openingHours: ALWAYS_OPEN, autoAssign: true, maxPerStaff: 1 })
    const page = await visit('/login')
    await page.setViewportSize(DESKTOP)
    await loginThroughForm(page, 'medarbejder@soroe.dk')
    await page.waitForURL('**/staff')
    await page.goto('/staff/conversations')
    await expectAccessiblePage(page, 'Samtaler')
    const opened = await fetch(`${appBase()}/api/v1/chat/340/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageUrl: 'https://www.soroe.dk/borger', name: 'Karen', locale: 'da' }),
    })
    assert.equal(opened.status, 201)
    const panel = page.getByRole('region', { name: /Karen · Sorø/ })
    await panel.getByRole('heading', { level: 2, name: /Karen · Sorø/ }).waitFor()
    await assertAccessible(page, 'console with the case download links (desktop)')

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: 'Hent som PDF' }).click(),
    ])
    assert.match(pdf.suggestedFilename(), /^sag-340-\d+\.pdf$/)
    const text = pdfText(await readFile(await pdf.path())).join('\n')
    assert.include(text, 'Sag til journalisering')
    assert.include(text, 'Karen')

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('link', { name: 'Hent som JSON' }).click(),
    ])
    const file = JSON.parse(await readFile(await json.path(), 'utf8'))
    assert.equal(file.conversation.citizenName, 'Karen')

    await drainQueue()
    const audited = await AuditLog.query().forKommune(soroe).where('action', 'export.downloaded')
    assert.sameMembers(
      audited.map((entry) => (entry.meta as { format: string }).format),
      ['pdf', 'json']
    )
  })
})
