import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Inquiry, { type InquiryChannel, type InquiryOutcome } from '#models/inquiry'
import type Kommune from '#models/kommune'
import Queue from '#queue/queue'
import RollupInquiryJob from '#jobs/rollup_inquiry_job'
import { hashContactKey } from '#stats/contact_key'
import { markContact } from '#stats/repeat_contacts'

/**
 * What a channel knows about one finished citizen contact. Times are the
 * moments they happened; durations are derived unless the channel measured
 * them better itself.
 */
export interface InquiryFacts {
  channel: InquiryChannel
  /** Where it was registered: support_view, chat, email, sms, callback, synthetic… */
  source: string
  outcome: InquiryOutcome
  serviceAreaId: number | null
  guideId: number | null
  /** The staff member who handled it (null: nobody, e.g. a cancelled callback). */
  userId: number | null
  /** The citizen made contact: entered the chat queue, sent the mail, asked for a call. */
  startedAt: DateTime
  /** A person took it (claimed the chat, answered/made the call); null if nobody did. */
  answeredAt: DateTime | null
  /** Staff's first reply to the citizen; null where the channel has no such moment. */
  firstResponseAt?: DateTime | null
  endedAt: DateTime
  /** Default: answeredAt − startedAt. Pass null when the queue time is unknown. */
  waitSeconds?: number | null
  /** Default: endedAt − answeredAt (0 when nobody answered). */
  handleSeconds?: number
  /** 1–5 when the citizen rated it; may also come later via RateInquiry. */
  csat?: number | null
  /** The citizen was asked to rate it (the denominator of the response rate). */
  csatAsked?: boolean
  /** E-mail, phone or visitor id: hashed for the repeat flag, never stored. */
  contactKey?: string | null
}

/**
 * The one way into the statistics fact table, for every channel. Writes
 * the row (in the caller's transaction when given), decides the
 * repeat-contact flag from a keyed hash of the contact, and queues the
 * incremental rollup after commit.
 */
@inject()
export default class RecordInquiry {
  constructor(private queue: Queue) {}

  async handle(
    kommune: Kommune,
    facts: InquiryFacts,
    options: { trx?: TransactionClientContract } = {}
  ) {
    if (options.trx) return this.#write(kommune, facts, options.trx)
    return db.transaction((trx) => this.#write(kommune, facts, trx))
  }

  async #write(kommune: Kommune, facts: InquiryFacts, trx: TransactionClientContract) {
    const keyHash = facts.contactKey ? hashContactKey(kommune.id, facts.contactKey) : null
    const repeat = keyHash
      ? await markContact(trx, {
          kommuneId: kommune.id,
          keyHash,
          serviceAreaId: facts.serviceAreaId,
          at: facts.startedAt,
        })
      : false
    const inquiry = new Inquiry()
    inquiry.useTransaction(trx)
    inquiry.merge({ kommuneId: kommune.id, ...factColumns(kommune, facts), repeatContact: repeat })
    await inquiry.save()
    const dispatch = () =>
      this.queue.dispatch(RollupInquiryJob, { kommuneId: kommune.id, inquiryId: inquiry.id })
    trx.after('commit', dispatch)
    return inquiry
  }
}

function seconds(from: DateTime, to: DateTime) {
  return Math.max(0, Math.round(to.diff(from, 'seconds').seconds))
}

/** The fact row's columns; durations never negative, CSAT only 1–5. */
export function factColumns(kommune: Kommune, facts: InquiryFacts) {
  const answeredAt = facts.answeredAt ?? null
  const firstResponseAt = facts.firstResponseAt ?? null
  const csat = facts.csat && facts.csat >= 1 && facts.csat <= 5 ? Math.round(facts.csat) : null
  return {
    userId: facts.userId,
    guideId: facts.guideId,
    serviceAreaId: facts.serviceAreaId,
    channel: facts.channel,
    outcome: facts.outcome,
    source: facts.source,
    startedAt: facts.startedAt,
    answeredAt,
    endedAt: facts.endedAt,
    day: facts.startedAt.setZone(kommune.timezone).toISODate()!,
    waitSeconds:
      facts.waitSeconds !== undefined
        ? facts.waitSeconds
        : answeredAt
          ? seconds(facts.startedAt, answeredAt)
          : null,
    firstResponseSeconds: firstResponseAt ? seconds(facts.startedAt, firstResponseAt) : null,
    handleSeconds: facts.handleSeconds ?? (answeredAt ? seconds(answeredAt, facts.endedAt) : 0),
    csat,
    csatAsked: Boolean(facts.csatAsked) || csat !== null,
    rolledUp: false,
  }
}
