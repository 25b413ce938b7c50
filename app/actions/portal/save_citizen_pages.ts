import { errors as vineErrors } from '@vinejs/vine'
import type Kommune from '#models/kommune'
import { isReadableBrand } from '#portal/brand_colour'

export type CitizenPagesInput = {
  logoUrl: string | null
  brandColor: string | null
  domain: string | null
  siteOrigins: string[]
}

/**
 * Saves how a kommune's citizen pages look and where its widget may run.
 * The colour heads the pages under white text, so it must reach 4.5:1
 * against white (WCAG AA) or it is refused. Saving the kommune
 * invalidates its cached pages (PublicCacheProvider).
 */
export default class SaveCitizenPages {
  async handle(kommune: Kommune, input: CitizenPagesInput) {
    if (input.brandColor && !isReadableBrand(input.brandColor)) {
      throw new vineErrors.E_VALIDATION_ERROR([
        { field: 'brandColor', rule: 'contrast', message: 'contrast' },
      ])
    }
    kommune.settings = {
      ...kommune.settings,
      logoUrl: input.logoUrl ?? undefined,
      brandColor: input.brandColor?.toLowerCase() ?? undefined,
      domain: input.domain?.toLowerCase() ?? undefined,
      siteOrigins: [...new Set(input.siteOrigins.map((origin) => origin.toLowerCase()))],
    }
    await kommune.save()
  }
}
