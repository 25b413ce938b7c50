import { errors, inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import channelRegistry from '#channels/registry'
import channelManager from '#channels/channel_manager'
import { settingsFormFor, settingsInput } from '#channels/connection_settings'
import { SettingsMessagesProvider } from '#channels/settings_messages'
import ChannelConnection from '#models/channel_connection'
import Delivery from '#models/delivery'
import Message from '#models/message'
import SetUpConnection from '#actions/channels/set_up_connection'
import SaveConnectionSettings from '#actions/channels/save_connection_settings'
import SetConnectionEnabled from '#actions/channels/set_connection_enabled'
import VerifyConnection from '#actions/channels/verify_connection'
import { assertOutboundSettings } from '#validators/outbound_settings'
import { toChannelConnectionDto, toChannelPluginDto, toMessageDto } from '#transformers/channel_dto'
import { setUpChannelValidator } from '#validators/channel_validator'
import { CONNECTION_ID_PATTERN } from '#models/channel_connection'
import { upgradeConnectionSettings } from '#channels/settings_upgrade'

/** Messages per page of the delivery log. */
const DELIVERY_PAGE_SIZE = 25

/**
 * A kommune admin's channels: which plugins are installed and how this
 * kommune has set them up, the settings form each plugin describes
 * (secrets write-only), "test connection", and the delivery log.
 */
export default class ChannelsController {
  async index({ inertia, kommune, bouncer, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    await channelRegistry.load()
    const connections = await ChannelConnection.query().forKommune(kommune!).orderBy('plugin_id')
    const byPlugin = new Map(connections.map((connection) => [connection.pluginId, connection]))
    const plugins = channelRegistry
      .all()
      .map((plugin) => ({ plugin, dto: toChannelPluginDto(plugin, i18n.locale) }))
      .sort((a, b) => a.dto.displayName.localeCompare(b.dto.displayName, i18n.locale))
    return inertia.render('admin/channels/index', {
      channels: plugins.map(({ plugin, dto }) => {
        const connection = byPlugin.get(plugin.manifest.id)
        return {
          plugin: dto,
          connection: connection ? toChannelConnectionDto(connection) : null,
        }
      }),
    })
  }

  @inject()
  async store(ctx: HttpContext, setUp: SetUpConnection) {
    const { kommune, bouncer, request, response, auth, session, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { plugin } = await request.validateUsing(setUpChannelValidator)
    await channelRegistry.load()
    if (!channelRegistry.has(plugin)) throw notFound()
    const connection = await setUp.handle(kommune!, plugin, auth.user!.id)
    session.flash('success', i18n.t('channels_admin.set_up_done'))
    return response.redirect(`/admin/channels/${connection.id}`)
  }

  async show({ inertia, kommune, bouncer, params, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { connection, plugin } = await this.#find(kommune!.id, params.connection)
    return inertia.render('admin/channels/show', {
      plugin: toChannelPluginDto(plugin, i18n.locale),
      connection: toChannelConnectionDto(connection),
      fields: settingsFormFor(plugin, connection, i18n.locale),
      webhookUrl: plugin.manifest.capabilities.inboundWebhook
        ? channelManager.webhookUrl(connection.id)
        : null,
    })
  }

  @inject()
  async update(ctx: HttpContext, save: SaveConnectionSettings) {
    const { kommune, bouncer, params, request, response, auth, session, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { connection, plugin } = await this.#find(kommune!.id, params.connection)
    const data = settingsInput(plugin, connection, request.body())
    const settings = (await request.validateUsing(plugin.settings, {
      data,
      messagesProvider: new SettingsMessagesProvider(plugin, i18n),
    })) as Record<string, unknown>
    await assertOutboundSettings(plugin, settings, i18n)
    await save.handle({ connection, plugin, settings, userId: auth.user!.id, ip: request.ip() })
    session.flash('success', i18n.t('channels_admin.saved'))
    return response.redirect(`/admin/channels/${connection.id}`)
  }

  async enable(ctx: HttpContext) {
    return this.#setEnabled(ctx, true)
  }

  async disable(ctx: HttpContext) {
    return this.#setEnabled(ctx, false)
  }

  @inject()
  async verify(ctx: HttpContext, verify: VerifyConnection) {
    const { kommune, bouncer, params, response, session, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { connection, plugin } = await this.#find(kommune!.id, params.connection)
    const result = await verify.handle(connection, plugin)
    if (result.outcome === 'ok') session.flash('success', i18n.t('channels_admin.verify_ok'))
    else if (result.outcome === 'unsupported') {
      session.flash('error', i18n.t('channels_admin.verify_unsupported'))
    } else {
      session.flash(
        'error',
        i18n.t(`security.channels.verify_${result.reason}`, { status: result.status ?? '' })
      )
    }
    return response.redirect(`/admin/channels/${connection.id}`)
  }

  async deliveries({ inertia, kommune, bouncer, params, request, i18n }: HttpContext) {
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { connection, plugin } = await this.#find(kommune!.id, params.connection)
    const pageNumber = Math.max(1, Number.parseInt(String(request.qs().page ?? '1'), 10) || 1)
    const page = await Message.query()
      .forKommune(kommune!)
      .where('connection_id', connection.id)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(pageNumber, DELIVERY_PAGE_SIZE)
    const ids = page.all().map((message) => message.id)
    const deliveries = ids.length
      ? await Delivery.query()
          .forKommune(kommune!)
          .whereIn('message_id', ids)
          .orderBy('at', 'desc')
          .orderBy('id', 'desc')
      : []
    const byMessage = new Map<number, Delivery[]>()
    for (const delivery of deliveries) {
      byMessage.set(delivery.messageId, [...(byMessage.get(delivery.messageId) ?? []), delivery])
    }
    return inertia.render('admin/channels/deliveries', {
      plugin: toChannelPluginDto(plugin, i18n.locale),
      connection: toChannelConnectionDto(connection),
      messages: page.all().map((message) => toMessageDto(message, byMessage.get(message.id) ?? [])),
      page: {
        current: page.currentPage,
        last: page.lastPage,
        total: page.total,
        perPage: DELIVERY_PAGE_SIZE,
      },
    })
  }

  async #setEnabled(ctx: HttpContext, enabled: boolean) {
    const { kommune, bouncer, params, response, auth, session, i18n } = ctx
    await bouncer.with('KommunePolicy').authorize('administer', kommune!)
    const { connection, plugin } = await this.#find(kommune!.id, params.connection)
    const action = await ctx.containerResolver.make(SetConnectionEnabled)
    const result = await action.handle({ connection, plugin, enabled, userId: auth.user!.id })
    if (!result.ok) session.flash('error', i18n.t('channels_admin.incomplete_settings'))
    else
      session.flash(
        'success',
        i18n.t(enabled ? 'channels_admin.enabled_done' : 'channels_admin.disabled_done')
      )
    return response.redirect().back()
  }

  /** This kommune's connection with its installed plugin, or a 404. */
  async #find(kommuneId: number, id: unknown) {
    const connectionId = String(id ?? '')
    if (!CONNECTION_ID_PATTERN.test(connectionId)) throw notFound()
    const connection = await ChannelConnection.query()
      .forKommune(kommuneId)
      .where('id', connectionId)
      .first()
    if (!connection) throw notFound()
    await channelRegistry.load()
    if (!channelRegistry.has(connection.pluginId)) throw notFound()
    const plugin = channelRegistry.get(connection.pluginId)
    await upgradeConnectionSettings(connection, plugin)
    return { connection, plugin }
  }
}

function notFound() {
  return new errors.E_HTTP_EXCEPTION('Not found', { status: 404 })
}
