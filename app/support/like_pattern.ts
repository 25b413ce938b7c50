/**
 * A LIKE pattern for "contains" searches typed by people: % and _ in the
 * input match themselves, not anything. We use plain `where(col, 'like', …)`
 * rather than Lucid's whereLike, which appends `COLLATE utf8_bin` on MySQL —
 * invalid for utf8mb4 columns on MariaDB, and case-sensitive besides.
 */
export function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}
