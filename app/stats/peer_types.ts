/**
 * The peer comparison as the page and CSV receive it. Pure types. No
 * other kommune is named or identified: a group reaches the page only as
 * its size and the quartiles of its members' figures.
 */
import type { MetricKey } from './metric_types.js'

export type PeerGroupKind = 'all' | 'region' | 'population'
export type PeerMetricRow = {
  metric: MetricKey
  own: number | null
  /** Null when fewer than the minimum peers have a figure for this metric. */
  q1: number | null
  median: number | null
  q3: number | null
  /** Peers with a figure for this metric. */
  n: number
}
export type PeerGroupDto = {
  kind: PeerGroupKind
  /** Peers in the group (the kommune itself not counted). */
  size: number
  /** Why the group is not shown: too few kommuner, or the kommune lacks a region/population. */
  hidden: 'too_small' | 'no_region' | 'no_population' | null
  rows: PeerMetricRow[]
}
export type PeersDto = {
  kommuneName: string
  period: { from: string; to: string; days: number }
  preset: '7d' | '30d' | '90d' | '365d' | 'custom'
  minGroup: number
  groups: PeerGroupDto[]
}
