import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { seedDemoReach } from '#database/demo/demo_reach'
import { assertAccessible } from '#tests/helpers/axe'
import { kommuneByCode, SOROE } from '#tests/helpers/accounts'
import { enableChat } from '#tests/helpers/chat'
import { isolateEachTest } from '#tests/helpers/transactions'

const PHONE = { width: 360, height: 740 }

/**
 * Collects the styles the browser refused under the page's CSP. (The axe
 * helper's own inline-script attempt is refused too, by script-src: that
 * one is the test's, not the chat's.)
 */
function watchCsp(page: Page) {
  const refused: string[] = []
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy/i.test(text) && /style/i.test(text)) refused.push(text)
  })
  return refused
}

/**
 * The chat client's styles apply under the strict CSP of the pages that
 * embed it (style-src 'self', no 'unsafe-inline'): the guide page on
 * /k/:kommune and the widget on a kommune's site. An injected <style> was
 * refused there and the chat came out unstyled.
 */
async function assertStyledChat(page: Page, assert: any, where: string) {
  await page.getByRole('button', { name: 'Start chat' }).waitFor({ timeout: 10_000 })
  const chat = page.locator('section.vvchat')
  const styles = await chat.evaluate((el) => {
    const css = (globalThis as any).getComputedStyle(el)
    const button = el.querySelector('button')
    const buttonCss = (globalThis as any).getComputedStyle(button)
    return {
      radius: css.borderTopLeftRadius,
      border: css.borderTopStyle,
      padding: css.paddingTop,
      buttonBackground: buttonCss.backgroundColor,
      buttonMinHeight: buttonCss.minHeight,
      inShadow: el.getRootNode() !== (globalThis as any).document,
    }
  })
  assert.deepEqual(
    styles,
    {
      radius: '8px',
      border: 'solid',
      padding: '16px',
      buttonBackground: 'rgb(11, 79, 138)',
      buttonMinHeight: '44px',
      inShadow: true,
    },
    `chat styled on ${where}`
  )
  await assertAccessible(page, `chat pre-chat step on ${where} (phone)`)
}

test.group('Browser: the chat client is styled under the real CSP', (group) => {
  isolateEachTest(group)
  group.each.setup(async () => {
    await seedDemoReach()
    await enableChat(await kommuneByCode(SOROE))
  })

  test('on the guide page /k/soroe (phone width)', async ({ visit, assert }) => {
    const page = await visit('/k/soroe')
    await page.setViewportSize(PHONE)
    const refused = watchCsp(page)
    const response = await page.goto('/k/soroe/vejledning/byggetilladelse')
    const csp = response!.headers()['content-security-policy']
    assert.include(csp, "style-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
    await page.getByRole('button', { name: 'Chat med os' }).click()
    await assertStyledChat(page, assert, '/k/soroe/vejledning/byggetilladelse')
    assert.deepEqual(refused, [])
  })

  test('in the widget on the widget demo page (phone width)', async ({ visit, assert }) => {
    const page = await visit('/demo/widget/340')
    await page.setViewportSize(PHONE)
    const refused = watchCsp(page)
    const response = await page.reload()
    const csp = response!.headers()['content-security-policy']
    assert.include(csp, "style-src 'self'")
    assert.notInclude(csp, 'unsafe-inline')
    await page.getByRole('button', { name: 'Få hjælp' }).click()
    await page.getByLabel('Søg i vejledningen').fill('byggetilladelse')
    await page
      .getByRole('button', { name: /byggetilladelse/i })
      .first()
      .click()
    await page.getByRole('button', { name: 'Chat med os' }).click()
    // The widget first offers guides for the question (deflection); the chat starts after that.
    await page.getByRole('button', { name: 'Fortsæt' }).click()
    await page.getByRole('button', { name: 'Jeg har stadig brug for hjælp' }).click()
    await assertStyledChat(page, assert, '/demo/widget/340')
    assert.deepEqual(refused, [])
  })
})
