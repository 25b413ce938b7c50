import Kommune from '#models/kommune'
import ChannelConnection from '#models/channel_connection'
import ServiceArea from '#models/service_area'
import ServicePolicy from '#models/service_policy'
import { PHONE_CALLBACK_PLUGIN } from '#actions/channels/request_callback'

/** Weekday callback hours for the demo kommuner (phone_callback's JSON settings). */
const CALLBACK_HOURS = JSON.stringify({
  mon: ['09:00', '15:00'],
  tue: ['09:00', '15:00'],
  wed: ['09:00', '15:00'],
  thu: ['09:00', '17:00'],
  fri: ['09:00', '13:00'],
})

const DEMO = [
  { code: '340', website: 'www.soroe.dk', brandColor: '#005a70' },
  { code: '330', website: 'www.slagelse.dk', brandColor: '#1f4e79' },
]

/**
 * So "reach a person" works in the demo: Sorø and Slagelse offer callbacks
 * (an enabled phone_callback connection) and, where their admins have not
 * set a policy yet, serve every area by phone, chat, callback and e-mail. Their
 * brand colour and the site origins the widget may run on are set too.
 * Idempotent: existing connections and policies are left as they are.
 */
export async function seedDemoReach() {
  const areas = await ServiceArea.all()
  for (const demo of DEMO) {
    const kommune = await Kommune.findByOrFail('code', demo.code)
    kommune.settings = {
      ...kommune.settings,
      brandColor: kommune.settings.brandColor ?? demo.brandColor,
      siteOrigins: kommune.settings.siteOrigins ?? [`https://${demo.website}`],
    }
    await kommune.save()
    const callback = await ChannelConnection.query()
      .where('kommune_id', kommune.id)
      .where('plugin_id', PHONE_CALLBACK_PLUGIN)
      .first()
    if (!callback) {
      const connection = new ChannelConnection().merge({
        kommuneId: kommune.id,
        pluginId: PHONE_CALLBACK_PLUGIN,
        enabled: true,
      })
      connection.writeSettings({ openingHours: CALLBACK_HOURS })
      await connection.save()
    }
    const existing = await ServicePolicy.query().where('kommune_id', kommune.id)
    const covered = new Set(existing.map((policy) => policy.serviceAreaId))
    for (const area of areas.filter((candidate) => !covered.has(candidate.id))) {
      await ServicePolicy.create({
        kommuneId: kommune.id,
        serviceAreaId: area.id,
        served: true,
        channels: ['phone', 'chat', 'callback', 'email'],
        staffScript: null,
      })
    }
  }
}
