import { test } from '@japa/runner'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every stylesheet, template and page the product ships. */
async function files(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return entry.name === 'assets' ? [] : files(path, pattern)
      return pattern.test(entry.name) ? [path] : []
    })
  )
  return nested.flat()
}

test.group('Digits read unambiguously', () => {
  test('no font with a slashed zero and no slashed-zero feature anywhere', async ({ assert }) => {
    const paths = [
      ...(await files('resources', /\.(css|vue|edge|ts)$/)),
      ...(await files('public', /\.(css|js)$/)),
    ]
    assert.isAbove(paths.length, 10)
    const offenders: string[] = []
    for (const path of paths) {
      const text = await readFile(path, 'utf8')
      // Atkinson Hyperlegible draws 0 with a slash: Danes read it as Ø ("418Ø Sorø").
      if (/atkinson|slashed-zero|font-feature-settings[^;]*zero/i.test(text)) offenders.push(path)
    }
    assert.deepEqual(offenders, [])
  })
})
