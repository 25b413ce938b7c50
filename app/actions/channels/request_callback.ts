import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import db from '@adonisjs/lucid/services/db'
import { errors as vineErrors } from '@vinejs/vine'
import SendMessage, { ChannelUnavailableError } from '#actions/channels/send_message'
import { parseOpeningHours, withinOpeningHours } from '#channels/opening_hours'
import CallbackRequest from '#models/callback_request'
import ChannelConnection from '#models/channel_connection'
import type Kommune from '#models/kommune'
import ServiceArea from '#models/service_area'
import { requestCallbackValidator } from '#validators/callback_validator'
import { parsePhone } from '#channel_kit'

/** The plugin whose connection holds a kommune's phone opening hours. */
export const PHONE_CALLBACK_PLUGIN = 'phone_callback'

type FieldError = { field: string; message: string; rule: string }

/**
 * A citizen asks to be phoned back. The kommune must offer callbacks (an
 * enabled phone_callback connection); the number must be Danish or
 * Swedish (stored as E.164); the window must lie in the future and inside
 * one day's phone opening hours, read in the kommune's time zone. The
 * request joins the callback queue and is recorded as a message on the
 * phone_callback channel, in one transaction.
 */
@inject()
export default class RequestCallback {
  constructor(private sendMessage: SendMessage) {}

  async handle(kommune: Kommune, input: unknown, options: { now?: DateTime } = {}) {
    const data = await requestCallbackValidator.validate(input)
    const connection = await ChannelConnection.query()
      .forKommune(kommune.id)
      .where('plugin_id', PHONE_CALLBACK_PLUGIN)
      .where('enabled', 1)
      .first()
    if (!connection) throw new ChannelUnavailableError('This kommune does not offer callbacks')
    const hours = parseOpeningHours(connection.readSettings().openingHours)
    if (!hours) throw new ChannelUnavailableError('The callback opening hours are not set')

    const problems: FieldError[] = []
    const phone = parsePhone(data.phone)
    if (phone.error !== undefined) {
      problems.push({
        field: 'phone',
        rule: 'phone',
        message: 'The phone number must be a Danish or Swedish number',
      })
    }
    const start = DateTime.fromISO(data.windowStart, { zone: kommune.timezone })
    const end = DateTime.fromISO(data.windowEnd, { zone: kommune.timezone })
    const now = options.now ?? DateTime.utc()
    if (!start.isValid) {
      problems.push({ field: 'windowStart', rule: 'date', message: 'Not a valid time' })
    }
    if (!end.isValid)
      problems.push({ field: 'windowEnd', rule: 'date', message: 'Not a valid time' })
    if (start.isValid && end.isValid) {
      if (end <= start) {
        problems.push({
          field: 'windowEnd',
          rule: 'after',
          message: 'The window must end after it starts',
        })
      } else if (end <= now) {
        problems.push({
          field: 'windowStart',
          rule: 'future',
          message: 'The window must be in the future',
        })
      } else if (!withinOpeningHours(hours, start, end, kommune.timezone)) {
        problems.push({
          field: 'windowStart',
          rule: 'openingHours',
          message: 'The window must fall within the phone opening hours',
        })
      }
    }
    const serviceAreaId = data.serviceAreaId ?? null
    if (serviceAreaId !== null && !(await ServiceArea.find(serviceAreaId))) {
      problems.push({
        field: 'serviceAreaId',
        rule: 'exists',
        message: 'Unknown service area',
      })
    }
    if (problems.length) throw new vineErrors.E_VALIDATION_ERROR(problems)

    return db.transaction(async (trx) => {
      const request = new CallbackRequest().merge({
        kommuneId: kommune.id,
        messageId: null,
        phone: phone.e164!,
        windowStart: start.toUTC(),
        windowEnd: end.toUTC(),
        topic: data.topic,
        serviceAreaId,
        status: 'open',
        claimedBy: null,
        claimedAt: null,
        attempts: 0,
        outcome: null,
        // Due when the window opens (or now, when it already has).
        nextAttemptAt: (start < now ? now : start).toUTC(),
        notes: null,
      })
      request.useTransaction(trx)
      await request.save()
      const message = await this.sendMessage.handle(
        {
          connection,
          to: request.phone,
          text: request.topic,
          idempotencyKey: `callback-request-${request.id}`,
        },
        { trx }
      )
      request.messageId = message.id
      await request.save()
      return request
    })
  }
}
