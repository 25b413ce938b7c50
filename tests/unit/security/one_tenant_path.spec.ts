import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return sources(path)
      return entry.name.endsWith('.ts') ? [path] : []
    })
  )
  return nested.flat()
}

/**
 * A kommune constraint written by hand: `.where('kommune_id', …)`,
 * `.whereIn('inquiries.kommune_id', …)`. The national-or-own form
 * (`whereNull('kommune_id').orWhere(…)`) is not one: it has no macro.
 */
const HAND_WRITTEN = /\.(?:where|whereIn)\(\s*['"`](?:[\w$.{}]+\.)?kommune_id['"`]\s*,/

/**
 * Tenancy by construction (ADR 0020): app code names a kommune through
 * `forKommune` / `forKommuner` (model and raw builders alike), so a query
 * that forgets it cannot look like one that did. Only the tenancy module
 * itself and the models' own scopes spell out the column.
 */
test.group('One tenant path', () => {
  test('no hand-written kommune constraint in app code', async ({ assert }) => {
    const all = await sources('app')
    const paths = all.filter(
      (path) => !path.startsWith(join('app', 'tenancy')) && !path.startsWith(join('app', 'models'))
    )
    assert.isAbove(paths.length, 50)
    const offenders: string[] = []
    for (const path of paths) {
      const text = await readFile(path, 'utf8')
      const lines = text.split('\n')
      lines.forEach((line, index) => {
        if (HAND_WRITTEN.test(line)) offenders.push(`${path}:${index + 1}: ${line.trim()}`)
      })
    }
    assert.deepEqual(offenders, [], 'use .forKommune(k) / .forKommuner(ids) (#tenancy/for_kommune)')
  })

  test('the pattern catches what it is meant to catch', ({ assert }) => {
    assert.isTrue(HAND_WRITTEN.test(".where('kommune_id', kommune.id)"))
    assert.isTrue(HAND_WRITTEN.test('.whereIn(`${TABLE}.kommune_id`, ids)'))
    assert.isFalse(HAND_WRITTEN.test('.forKommune(kommune)'))
    assert.isFalse(HAND_WRITTEN.test("scope.whereNull('kommune_id').orWhere('kommune_id', id)"))
  })
})
