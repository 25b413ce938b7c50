import vine from '@vinejs/vine'

/** A kommune's citizen-page settings (app/portal): logo, colour, website, widget origins. */
export const citizenPagesValidator = vine.create({
  logoUrl: vine
    .string()
    .trim()
    .maxLength(500)
    .url({ protocols: ['https'], require_protocol: true })
    .nullable(),
  brandColor: vine
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable(),
  domain: vine
    .string()
    .trim()
    .maxLength(200)
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)
    .nullable(),
  siteOrigins: vine
    .array(
      vine
        .string()
        .trim()
        .maxLength(200)
        .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i)
    )
    .maxLength(10),
})
