import vine from '@vinejs/vine'
import { INQUIRY_OUTCOMES } from '#models/inquiry'
import { existsInKommune, tenantValidatorMeta } from '#tenancy/validator_metadata'

/** A client's own message id: what makes a resend idempotent. */
const clientId = () =>
  vine
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)

const optionalText = (max: number) => vine.string().trim().maxLength(max).nullable().optional()

/** The citizen's pre-chat step and where it started from. */
export const openChatValidator = vine.create({
  pageUrl: vine.string().trim().maxLength(2000).url({ require_tld: false }).nullable().optional(),
  pageTitle: optionalText(300),
  serviceArea: vine
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,100}$/)
    .nullable()
    .optional(),
  topic: optionalText(200),
  name: optionalText(100),
  /** The citizen's language: the transcript e-mail is written in it. */
  locale: vine.enum(['da', 'sv', 'en']).optional(),
})

export const chatMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(2000),
  clientId: clientId(),
})

export const rateChatValidator = vine.create({
  csat: vine.number().withoutDecimals().range([1, 5]),
})

export const emailAddressValidator = vine.create({
  email: vine.string().trim().email().maxLength(320),
})

/** Outside opening hours: leave a question and get the answer by e-mail. */
export const offlineMessageValidator = vine.create({
  email: vine.string().trim().email().maxLength(320),
  body: vine.string().trim().minLength(1).maxLength(2000),
  pageUrl: vine.string().trim().maxLength(2000).url({ require_tld: false }).nullable().optional(),
  pageTitle: optionalText(300),
  name: optionalText(100),
})

export const staffReplyValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(2000),
  clientId: clientId(),
})

/** Validate with the conversation's kommune: `{ meta: { kommuneId } }`. */
export const closeConversationValidator = tenantValidatorMeta.create(
  vine.object({
    outcome: vine.enum(INQUIRY_OUTCOMES),
    guideId: vine
      .number()
      .withoutDecimals()
      .positive()
      .use(existsInKommune({ table: 'guides', national: true }))
      .nullable()
      .optional(),
  })
)

/**
 * Validate with the conversation's kommune: the colleague must be a member
 * there. A target kommune is one the transferring user serves (checked by
 * TransferConversation against the user's memberships).
 */
export const transferConversationValidator = tenantValidatorMeta.create(
  vine.object({
    userId: vine
      .number()
      .withoutDecimals()
      .positive()
      .use(existsInKommune({ table: 'memberships', column: 'user_id' }))
      .optional(),
    kommuneId: vine.number().withoutDecimals().positive().optional().requiredIfMissing('userId'),
  })
)

export const readUpToValidator = vine.create({
  seq: vine.number().withoutDecimals().min(0),
})
