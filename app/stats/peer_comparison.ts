import { DateTime } from 'luxon'
import Kommune from '#models/kommune'
import type { MetricSet, MetricKey } from '#stats/metric_types'
import { computeMetrics } from '#stats/metrics'
import { resolvePeriod, type Period, type PeriodPreset } from '#stats/period'
import { kommuneTotals } from '#stats/rollup_reader'
import { unitCostsOf } from '#stats/unit_cost_store'
import { quartiles } from '#stats/quartiles'
import type { PeerGroupDto, PeerGroupKind, PeersDto } from '#stats/peer_types'

/** No group (and no metric) with fewer peers than this is shown: one kommune's figure could be read back. */
export const MIN_PEER_GROUP = 5
/** "Similar population": within ±50 %, or else the nearest this many. */
const NEAREST = 10

export const PEER_METRICS: MetricKey[] = [
  'perThousandInhabitants',
  'digitalShare',
  'waitMedian',
  'handleMedian',
  'resolutionRate',
  'selfServiceRate',
  'repeatRate',
  'csatPositiveShare',
  'costPerContact',
]

type Peer = { kommune: Kommune; metrics: MetricSet }

/**
 * The kommune's figures beside the quartiles of three peer groups of its
 * own country: all kommuner, the same region, a similar population. Peers
 * are the other kommuner with contacts in the period (a kommune not using
 * Vejviser would count as zero and drag every median down).
 */
export class PeerComparison {
  async build(kommune: Kommune, preset: PeriodPreset | undefined): Promise<PeersDto> {
    const today = DateTime.now().setZone(kommune.timezone).toISODate()!
    const period = resolvePeriod({ preset: preset === 'custom' ? '30d' : preset }, today)
    const { own, peers } = await this.#load(kommune, period)
    return {
      kommuneName: kommune.name,
      period,
      preset: preset && preset !== 'custom' ? preset : '30d',
      minGroup: MIN_PEER_GROUP,
      groups: (['all', 'region', 'population'] as PeerGroupKind[]).map((kind) =>
        this.#group(kind, kommune, own, peers)
      ),
    }
  }

  async #load(kommune: Kommune, period: Period) {
    const kommuner = await Kommune.query().where('country', kommune.country)
    const ids = kommuner.map((k) => k.id)
    const [totals, costs] = await Promise.all([kommuneTotals(period, ids), unitCostsOf(ids)])
    const metricsOf = (k: Kommune) =>
      computeMetrics(totals.get(k.id)!, { population: k.population, unitCosts: costs.get(k.id)! })
    const peers: Peer[] = kommuner
      .filter((k) => k.id !== kommune.id && (totals.get(k.id)?.contacts ?? 0) > 0)
      .map((k) => ({ kommune: k, metrics: metricsOf(k) }))
    const own = totals.has(kommune.id)
      ? metricsOf(kommune)
      : computeMetrics({}, { population: kommune.population, unitCosts: costs.get(kommune.id)! })
    return { own, peers }
  }

  #group(kind: PeerGroupKind, kommune: Kommune, own: MetricSet, peers: Peer[]): PeerGroupDto {
    const hidden = (reason: PeerGroupDto['hidden'], size = 0) => ({
      kind,
      size,
      hidden: reason,
      rows: [],
    })
    if (kind === 'region' && !kommune.region) return hidden('no_region')
    if (kind === 'population' && !kommune.population) return hidden('no_population')
    const members = this.#members(kind, kommune, peers)
    if (members.length < MIN_PEER_GROUP) return hidden('too_small', members.length)
    const rows = PEER_METRICS.map((metric) => {
      const values = members
        .map((peer) => peer.metrics[metric])
        .filter((value): value is number => value !== null)
      const q = values.length >= MIN_PEER_GROUP ? quartiles(values) : null
      return {
        metric,
        own: own[metric],
        q1: q?.q1 ?? null,
        median: q?.median ?? null,
        q3: q?.q3 ?? null,
        n: values.length,
      }
    })
    return { kind, size: members.length, hidden: null, rows }
  }

  #members(kind: PeerGroupKind, kommune: Kommune, peers: Peer[]) {
    if (kind === 'all') return peers
    if (kind === 'region') return peers.filter((peer) => peer.kommune.region === kommune.region)
    const population = kommune.population!
    const withPopulation = peers.filter((peer) => (peer.kommune.population ?? 0) > 0)
    const similar = withPopulation.filter(
      (peer) => Math.abs(peer.kommune.population! - population) <= population * 0.5
    )
    if (similar.length >= NEAREST) return similar
    const distance = (peer: Peer) => Math.abs(Math.log(peer.kommune.population! / population))
    return [...withPopulation].sort((a, b) => distance(a) - distance(b)).slice(0, NEAREST)
  }
}
