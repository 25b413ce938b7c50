/**
 * Live chat: a citizen chats from the kommune's page (the widget) with the
 * kommune's staff. Conversations and messages live in the app; this plugin
 * says when the chat is open (opening hours with holidays and exceptional
 * days) and delivers committed events to the citizen's open session through
 * the kit's realtime publisher (kit 1.2.0). Nothing leaves the app, so
 * `send` (the outbound path of e-mail and SMS) is not offered.
 */
import { ChannelSendError, defineChannelPlugin, vine } from '#channel_kit'
import type { ChannelContext, ChannelDriver, Infer, LiveEvent } from '#channel_kit'
import { openAt, readExceptions, readWeeklyHours } from './hours.js'

const hoursRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const result = readWeeklyHours(value)
  if (typeof result === 'string') field.report(`The opening hours ${result}`, 'hours', field)
  else field.mutate(JSON.stringify(result), field)
})

const exceptionsRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const result = readExceptions(value)
  if (typeof result === 'string') field.report(`The exceptions ${result}`, 'exceptions', field)
  else field.mutate(JSON.stringify(result), field)
})

const settings = vine.create({
  openingHours: vine.string().trim().use(hoursRule()),
  exceptions: vine.string().trim().use(exceptionsRule()).optional(),
  welcome: vine.string().trim().maxLength(500).optional(),
  /** Days a closed conversation's transcript is kept (the app's retention job reads it). */
  retentionDays: vine.number().withoutDecimals().range([7, 3650]).optional(),
  /** Open conversations one staff member holds at most (claims and auto-assign). */
  maxPerStaff: vine.number().withoutDecimals().range([1, 20]).optional(),
  /** Hand waiting conversations to staff with the console open, up to maxPerStaff. */
  autoAssign: vine.boolean().optional(),
})

export type ChatSettings = Infer<typeof settings>

function createChatDriver(context: ChannelContext<ChatSettings>): ChannelDriver {
  const timezone = context.kommune.timezone ?? 'Europe/Copenhagen'
  return {
    async send() {
      throw new ChannelSendError('Chat answers are delivered live, not sent', { retryable: false })
    },

    async verify() {
      const hours = readWeeklyHours(context.settings.openingHours ?? '')
      if (typeof hours === 'string') {
        throw new ChannelSendError(`The opening hours ${hours}`, { retryable: false })
      }
    },

    availability(at: Date) {
      const hours = readWeeklyHours(context.settings.openingHours ?? '')
      const exceptions = readExceptions(context.settings.exceptions)
      if (typeof hours === 'string') return { open: false, reason: 'unconfigured' }
      return openAt(hours, typeof exceptions === 'string' ? {} : exceptions, at, timezone)
    },

    live: {
      deliver(conversationId: number, event: LiveEvent) {
        if (!context.realtime) {
          context.logger.warn('No realtime publisher: the app predates kit 1.2.0')
          return
        }
        context.realtime.publishToConversation(conversationId, event)
      },
    },

    async close() {},
  }
}

export default defineChannelPlugin<ChatSettings>({
  manifest: {
    id: 'chat',
    kind: 'chat',
    displayName: { da: 'Livechat', sv: 'Livechatt', en: 'Live chat' },
    version: '1.0.0',
    kitApi: '^1.5.0',
    vendor: 'Vejviser',
    capabilities: {
      outbound: false,
      inboundWebhook: false,
      deliveryReceipts: false,
      attachments: false,
      richText: false,
      maxBodyLength: 2000,
      live: true,
    },
    secrets: [],
  },
  settings,
  messages: {
    'openingHours.hours': {
      da: '{field}: hver åben dag skal lukke efter, den åbner, og mindst én dag skal være åben.',
      sv: '{field}: varje öppen dag måste stänga efter att den öppnar, och minst en dag måste vara öppen.',
      en: '{field}: every open day must close after it opens, and at least one day must be open.',
    },
    'exceptions.exceptions': {
      da: '{field}: hver dag skal have en dato, og særlige åbningstider skal lukke efter, de åbner.',
      sv: '{field}: varje dag behöver ett datum, och särskilda öppettider måste stänga efter att de öppnar.',
      en: '{field}: every day needs a date, and special hours must close after they open.',
    },
  },
  settingsForm: [
    {
      key: 'openingHours',
      label: { da: 'Chattens åbningstider', sv: 'Chattens öppettider', en: 'Chat opening hours' },
      type: 'weekly_hours',
      help: {
        da: 'Pr. ugedag i kommunens tidszone.',
        sv: 'Per veckodag i kommunens tidszon.',
        en: "Per weekday in the kommune's time zone.",
      },
      required: true,
    },
    {
      key: 'exceptions',
      label: {
        da: 'Helligdage og særlige dage (valgfri)',
        sv: 'Helgdagar och särskilda dagar (valfritt)',
        en: 'Holidays and exceptional days (optional)',
      },
      type: 'dated_hours',
      help: {
        da: 'En lukket dag lukker chatten hele dagen; særlige åbningstider erstatter dagens tider.',
        sv: 'En stängd dag stänger chatten hela dagen; särskilda öppettider ersätter dagens tider.',
        en: "A closed day closes the chat all day; special hours replace that day's hours.",
      },
    },
    {
      key: 'welcome',
      label: {
        da: 'Velkomstbesked (valgfri)',
        sv: 'Välkomstmeddelande (valfritt)',
        en: 'Welcome message (optional)',
      },
      type: 'text',
      help: {
        da: 'Vises for borgeren, når chatten åbner.',
        sv: 'Visas för invånaren när chatten öppnar.',
        en: 'Shown to the citizen when the chat opens.',
      },
    },
    {
      key: 'retentionDays',
      label: {
        da: 'Gem samtaler (dage)',
        sv: 'Spara samtal (dagar)',
        en: 'Keep transcripts (days)',
      },
      type: 'number',
      help: {
        da: 'Lukkede samtaler (chat, e-mail og SMS) mister beskederne og borgerens oplysninger efter så mange dage; statistikken bliver. Standard 180.',
        sv: 'Stängda samtal (chatt, e-post och sms) förlorar meddelandena och invånarens uppgifter efter så många dagar; statistiken finns kvar. Standard 180.',
        en: 'Closed conversations (chat, e-mail and SMS) lose their messages and the citizen’s details after this many days; the statistics stay. Default 180.',
      },
    },
    {
      key: 'maxPerStaff',
      label: 'Open conversations per staff member (at most)',
      type: 'number',
      help: 'Claiming and automatic assignment stop at this number. Default 4.',
      default: 4,
    },
    {
      key: 'autoAssign',
      label: 'Assign waiting conversations automatically',
      type: 'boolean',
      help: 'Staff with the conversation console open get the longest-waiting conversation, up to their maximum.',
      default: false,
    },
  ],
  createDriver: createChatDriver,
})
