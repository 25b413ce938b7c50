/**
 * What the national editors' statistics page receives (issue 12, item 6).
 * National editors see every kommune by name: they serve all of them, and
 * the anonymity rule applies to comparisons one kommune sees of others.
 */
export type NationalPeriodDto = {
  /** Local days, inclusive, yyyy-MM-dd. */
  from: string
  to: string
  days: number
}

export type GuideUseDto = {
  guideId: number
  title: string
  serviceArea: string | null
  contacts: number
  /** In how many kommuner staff registered contacts about it. */
  kommuner: number
}

export type SearchMissesDto = {
  kommuneId: number
  kommune: string
  zeroResults: number
  noClicks: number
  /** The query that most often found nothing there. */
  topQuery: string | null
}

export type MissingSupplementDto = {
  kommuneId: number
  kommune: string
  guideId: number
  title: string
  contacts: number
}

export type NationalStatisticsProps = {
  period: NationalPeriodDto
  periods: number[]
  guides: GuideUseDto[]
  searchMisses: SearchMissesDto[]
  missingSupplements: MissingSupplementDto[]
}
