import ServiceArea from '#models/service_area'

/** The national service areas as a citizen's topic choices, named in `locale`. */
export async function serviceAreaOptions(locale: string) {
  const areas = await ServiceArea.query().orderBy('name_da')
  return areas
    .map((area) => ({ slug: area.slug, name: area.nameIn(locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}
