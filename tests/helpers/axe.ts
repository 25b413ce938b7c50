import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright'

const require = createRequire(import.meta.url)
const AXE_SOURCE = require.resolve('axe-core/axe.min.js')

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core on the page as it is now and throws, listing every WCAG
 * 2.0/2.1 A/AA violation with its selectors. Call it on each page state a
 * person would see (after navigation, after a dialog opens, …).
 */
export async function assertAccessible(page: Page, context = page.url()) {
  // Pages under a strict CSP (citizen pages, the widget demo) refuse an
  // injected script tag; evaluating the source from the test is not a page script.
  await page.addScriptTag({ path: AXE_SOURCE }).catch(async () => {
    await page.evaluate(await readFile(AXE_SOURCE, 'utf8'))
  })
  const violations = await page.evaluate(async () => {
    // Runs in the browser; the server's tsconfig has no DOM types.
    const browser = globalThis as unknown as { axe: any; document: unknown }
    const result = await browser.axe.run(browser.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations as AxeViolation[]
  })
  if (violations.length) {
    const report = violations
      .map(
        (v) =>
          `- ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`
      )
      .join('\n')
    throw new Error(`Accessibility violations on ${context}:\n${report}`)
  }
}
