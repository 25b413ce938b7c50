import Guide from '#models/guide'

/** ASCII slugs the Danish way (æ→ae, ø→oe, å→aa), as the corpus writes them. */
export function slugify(text: string) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
}

/** A slug no guide has yet: `base`, `base-2`, `base-3`, … */
export async function uniqueGuideSlug(base: string) {
  const root = slugify(base) || 'vejledning'
  const rows = await Guide.query()
    .where('slug', root)
    .orWhere('slug', 'like', `${root}-%`)
    .select('slug')
  const taken = new Set(rows.map((guide) => guide.slug))
  if (!taken.has(root)) return root
  let n = 2
  while (taken.has(`${root}-${n}`)) n++
  return `${root}-${n}`
}
