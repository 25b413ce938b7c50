/**
 * Phone callback: a citizen asks to be phoned back by the kommune within a
 * time window inside the phone line's opening hours. The queue of requests
 * lives in the app (callback_requests, /staff/callbacks); sending on this
 * channel only acknowledges the request. A click-to-call provider can be
 * wired in later through `clickToCallUrlTemplate` (staff get a call link
 * built from it instead of a plain tel: link).
 */
import { ChannelSendError, defineChannelPlugin, isE164Phone, vine } from '#channel_kit'
import type { ChannelContext, Infer } from '#channel_kit'

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

type OpeningHours = Partial<Record<(typeof WEEKDAYS)[number], [string, string]>>

/** `{"mon":["08:00","15:00"],…}`: known weekdays, "HH:MM", opening before closing. */
function readOpeningHours(text: string): OpeningHours | string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'must be JSON, e.g. {"mon":["08:00","15:00"]}'
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return 'must be an object of weekdays'
  }
  const hours: OpeningHours = {}
  for (const [day, span] of Object.entries(value as Record<string, unknown>)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      return `"${day}" is not one of ${WEEKDAYS.join(', ')}`
    }
    if (span === null) continue
    if (
      !Array.isArray(span) ||
      span.length !== 2 ||
      !span.every((time) => typeof time === 'string' && TIME.test(time)) ||
      span[0] >= span[1]
    ) {
      return `${day} must be ["HH:MM","HH:MM"] with opening before closing`
    }
    hours[day as keyof OpeningHours] = [span[0], span[1]]
  }
  if (Object.keys(hours).length === 0) return 'must open on at least one day'
  return hours
}

const openingHoursRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const result = readOpeningHours(value)
  if (typeof result === 'string') {
    field.report(`The opening hours ${result}`, 'openingHours', field)
    return
  }
  // Stored as normalised JSON text: settings are re-validated when the connection is enabled.
  field.mutate(JSON.stringify(result), field)
})

/** `openingHours` is kept as JSON text, e.g. {"mon":["08:00","15:00"],"fri":["08:00","13:00"]}. */
const settings = vine.create({
  openingHours: vine.string().trim().use(openingHoursRule()),
  clickToCallUrlTemplate: vine
    .string()
    .trim()
    .maxLength(500)
    .regex(/^https?:\/\/[^\s]*\{phone\}[^\s]*$/)
    .optional(),
})

export type PhoneCallbackSettings = Infer<typeof settings>

function createPhoneCallbackDriver({
  settings: config,
  logger,
}: ChannelContext<PhoneCallbackSettings>) {
  return {
    /**
     * Accepting a callback request is the whole "delivery": the request is
     * already in the kommune's queue. Nothing leaves the app.
     */
    async send(message: { idempotencyKey: string; to: string }) {
      if (!isE164Phone(message.to)) {
        throw new ChannelSendError(
          'A callback needs a Danish or Swedish phone number in E.164 form',
          {
            retryable: false,
          }
        )
      }
      logger.debug('Callback request accepted', { idempotencyKey: message.idempotencyKey })
      return { externalId: `callback:${message.idempotencyKey}` }
    },

    /** The settings are all local: checking them is checking the opening hours. */
    async verify() {
      const hours = readOpeningHours(config.openingHours ?? '')
      if (typeof hours === 'string') {
        throw new ChannelSendError(`The opening hours ${hours}`, { retryable: false })
      }
    },

    async close() {},
  }
}

export default defineChannelPlugin<PhoneCallbackSettings>({
  manifest: {
    id: 'phone_callback',
    kind: 'phone_callback',
    displayName: { da: 'Telefonisk tilbagekald', sv: 'Bli uppringd', en: 'Phone callback' },
    version: '1.0.0',
    kitApi: '^1.6.0',
    vendor: 'Vejviser',
    capabilities: {
      outbound: true,
      inboundWebhook: false,
      deliveryReceipts: false,
      attachments: false,
      richText: false,
      maxBodyLength: 500,
    },
    secrets: [],
  },
  settings,
  messages: {
    'openingHours.openingHours': {
      da: '{field}: hver åben dag skal lukke efter, den åbner, og mindst én dag skal være åben.',
      sv: '{field}: varje öppen dag måste stänga efter att den öppnar, och minst en dag måste vara öppen.',
      en: '{field}: every open day must close after it opens, and at least one day must be open.',
    },
  },
  settingsForm: [
    {
      key: 'openingHours',
      label: {
        da: 'Telefonens åbningstider',
        sv: 'Telefonens öppettider',
        en: 'Phone opening hours',
      },
      type: 'weekly_hours',
      help: {
        da: 'Pr. ugedag i kommunens tidszone. Borgere kan kun bestille opkald inden for disse tider.',
        sv: 'Per veckodag i kommunens tidszon. Invånare kan bara boka samtal inom dessa tider.',
        en: "Per weekday in the kommune's time zone. Citizens can only book calls within these hours.",
      },
      required: true,
    },
    {
      key: 'clickToCallUrlTemplate',
      label: {
        da: 'Klik-for-at-ringe-adresse (valgfri)',
        sv: 'Klicka-för-att-ringa-adress (valfri)',
        en: 'Click-to-call URL (optional)',
      },
      type: 'text',
      placeholder: {
        da: 'https://pbx.kommune.dk/call?to={phone}',
        sv: 'https://pbx.kommun.se/call?to={phone}',
        en: 'https://pbx.example.org/call?to={phone}',
      },
      help: {
        da: 'Telefonsystemets opkaldslink med {phone}, hvor nummeret skal stå.',
        sv: 'Telefonsystemets samtalslänk med {phone} där numret ska stå.',
        en: "Your phone system's call link with {phone} where the number goes.",
      },
    },
  ],
  createDriver: createPhoneCallbackDriver,
})
