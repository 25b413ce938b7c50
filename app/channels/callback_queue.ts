import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import CallbackRequest from '#models/callback_request'
import type Kommune from '#models/kommune'
import type User from '#models/user'
import { maskCpr } from '#support/mask_cpr'

const MS_FORMAT = 'yyyy-MM-dd HH:mm:ss.SSS'

export type QueueResult =
  | { ok: true }
  | { ok: false; reason: 'already_claimed' | 'not_claimed_by_you' | 'closed' | 'past_time' }

/**
 * The staff side of the callback queue. Every change is a conditional
 * update on the request's current status, so two colleagues clicking
 * "claim" at once cannot both get it, and a finished request stays
 * finished.
 */
export class CallbackQueue {
  /** Open and claimed requests, the most overdue first. */
  pending(kommune: Kommune) {
    return CallbackRequest.query()
      .forKommune(kommune)
      .whereIn('status', ['open', 'claimed'])
      .preload('serviceArea')
      .preload('claimer')
      .orderBy('next_attempt_at', 'asc')
      .orderBy('id', 'asc')
  }

  /** The latest finished requests, for "what happened to …?". */
  recentlyClosed(kommune: Kommune, limit = 20) {
    return CallbackRequest.query()
      .forKommune(kommune)
      .whereIn('status', ['done', 'cancelled'])
      .preload('serviceArea')
      .preload('claimer')
      .orderBy('updated_at', 'desc')
      .limit(limit)
  }

  async claim(request: CallbackRequest, user: User): Promise<QueueResult> {
    const now = DateTime.utc().toFormat(MS_FORMAT)
    const updated = await db
      .from('callback_requests')
      .where('id', request.id)
      .forKommune(request.kommuneId)
      .where('status', 'open')
      .update({ status: 'claimed', claimed_by: user.id, claimed_at: now, updated_at: now })
    if (affected(updated) === 1) return { ok: true }
    return { ok: false, reason: request.status === 'claimed' ? 'already_claimed' : 'closed' }
  }

  /**
   * The call's result. Reached: done. Not reached: back in the queue at
   * `nextAttemptAt` (in the future), unclaimed. Only the colleague who
   * claimed the request — or an admin — records its outcome.
   */
  async recordOutcome(
    kommune: Kommune,
    request: CallbackRequest,
    user: User,
    input: { outcome: 'reached' | 'not_reached'; nextAttemptAt?: DateTime; notes?: string | null },
    options: { isAdmin: boolean }
  ): Promise<QueueResult> {
    if (request.status !== 'claimed') return { ok: false, reason: 'closed' }
    if (request.claimedBy !== user.id && !options.isAdmin) {
      return { ok: false, reason: 'not_claimed_by_you' }
    }
    const now = DateTime.utc()
    if (input.outcome === 'not_reached' && (!input.nextAttemptAt || input.nextAttemptAt <= now)) {
      return { ok: false, reason: 'past_time' }
    }
    const changes: Record<string, unknown> = {
      outcome: input.outcome,
      attempts: db.raw('attempts + 1'),
      notes: appendNote(request.notes, input.notes, user, now.setZone(kommune.timezone)),
      updated_at: now.toFormat(MS_FORMAT),
    }
    if (input.outcome === 'reached') {
      changes.status = 'done'
    } else {
      changes.status = 'open'
      changes.claimed_by = null
      changes.claimed_at = null
      changes.next_attempt_at = input.nextAttemptAt!.toUTC().toFormat(MS_FORMAT)
    }
    const updated = await db
      .from('callback_requests')
      .where('id', request.id)
      .forKommune(request.kommuneId)
      .where('status', 'claimed')
      .where('claimed_by', request.claimedBy!)
      .update(changes)
    return affected(updated) === 1 ? { ok: true } : { ok: false, reason: 'closed' }
  }

  /** The citizen no longer needs the call (or cannot be helped this way). */
  async cancel(
    kommune: Kommune,
    request: CallbackRequest,
    user: User,
    notes?: string | null
  ): Promise<QueueResult> {
    const now = DateTime.utc()
    const updated = await db
      .from('callback_requests')
      .where('id', request.id)
      .forKommune(request.kommuneId)
      .whereIn('status', ['open', 'claimed'])
      .update({
        status: 'cancelled',
        outcome: 'cancelled',
        notes: appendNote(request.notes, notes, user, now.setZone(kommune.timezone)),
        updated_at: now.toFormat(MS_FORMAT),
      })
    return affected(updated) === 1 ? { ok: true } : { ok: false, reason: 'closed' }
  }
}

function affected(result: unknown) {
  return Number(Array.isArray(result) ? result[0] : result)
}

/** Notes are a log: each entry says who wrote it and when (the kommune's local time). */
function appendNote(
  existing: string | null,
  note: string | null | undefined,
  user: User,
  at: DateTime
) {
  if (!note) return existing
  // Written with a query (not the model), so the model's CPR masking does not see it.
  const entry = `[${at.toFormat('dd.MM.yyyy HH:mm')} ${user.fullName}] ${maskCpr(note)}`
  return existing ? `${existing}\n${entry}` : entry
}

export const callbackQueue = new CallbackQueue()
