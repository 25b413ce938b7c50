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
    displayName: 'Live chat',
    version: '1.0.0',
    kitApi: '^1.2.0',
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
  settingsForm: [
    {
      key: 'openingHours',
      label: 'Chat opening hours',
      type: 'text',
      help: 'JSON per weekday in the kommune\'s time zone, e.g. {"mon":["09:00","15:00"],"fri":["09:00","13:00"]}',
      required: true,
    },
    {
      key: 'exceptions',
      label: 'Holidays and exceptional days (optional)',
      type: 'text',
      help: 'JSON per date: null closes the day, a span replaces its hours, e.g. {"2026-12-24":null,"2026-12-23":["09:00","12:00"]}',
    },
    {
      key: 'welcome',
      label: 'Welcome message (optional)',
      type: 'text',
      help: 'Shown to the citizen when the chat opens.',
    },
    {
      key: 'retentionDays',
      label: 'Keep transcripts (days)',
      type: 'number',
      help: 'Closed conversations (chat, e-mail and SMS) lose their messages and the citizen’s details after this many days; the statistics stay. Default 180.',
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
