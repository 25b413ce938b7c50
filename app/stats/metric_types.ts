/**
 * The metric shapes that reach pages and CSV. Pure types with no imports so
 * pages can `import type` them (app/stats/metrics.ts computes them).
 * Rates are fractions 0–1, durations seconds, money kroner; null means "not
 * measurable in this period" (nothing to divide by), never zero.
 */
export type MetricSet = {
  volume: number
  waitMedian: number | null
  waitP90: number | null
  firstResponseMedian: number | null
  firstResponseP90: number | null
  handleMedian: number | null
  handleP90: number | null
  resolutionRate: number | null
  csatPositiveShare: number | null
  csatResponseRate: number | null
  csatAnswers: number
  selfServiceRate: number | null
  referralRate: number | null
  repeatRate: number | null
  perThousandInhabitants: number | null
  totalCost: number
  costPerContact: number | null
  digitalShare: number | null
}

export type MetricKey = keyof MetricSet

/** The unit each metric is read in (formatting in pages and CSV). */
export const METRIC_UNITS: Record<MetricKey, 'int' | 'percent' | 'seconds' | 'kroner' | 'decimal'> =
  {
    volume: 'int',
    waitMedian: 'seconds',
    waitP90: 'seconds',
    firstResponseMedian: 'seconds',
    firstResponseP90: 'seconds',
    handleMedian: 'seconds',
    handleP90: 'seconds',
    resolutionRate: 'percent',
    csatPositiveShare: 'percent',
    csatResponseRate: 'percent',
    csatAnswers: 'int',
    selfServiceRate: 'percent',
    referralRate: 'percent',
    repeatRate: 'percent',
    perThousandInhabitants: 'decimal',
    totalCost: 'kroner',
    costPerContact: 'kroner',
    digitalShare: 'percent',
  }
