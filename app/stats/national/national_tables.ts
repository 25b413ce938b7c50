/**
 * The national editors' three tables as CSV columns, defined once beside
 * the dashboard's (app/stats/dashboard_tables.ts) so the same CSV writer
 * serves both. Pure (types only).
 */
import type { TableColumn, TableDef } from '../dashboard_tables.js'
import type { NationalStatisticsProps } from '../../transformers/national_statistics_dto.js'

const col = (key: string, kind: TableColumn['kind'], label: string): TableColumn => ({
  key,
  kind,
  labelKey: `national_stats.${label}`,
})

export const NATIONAL_TABLES = {
  guides: {
    titleKey: 'national_stats.guides_title',
    columns: [
      col('title', 'text', 'guide'),
      col('serviceArea', 'text', 'service_area'),
      col('contacts', 'int', 'contacts'),
      col('kommuner', 'int', 'kommuner'),
    ],
    rows: (props) => props.guides,
  },
  search_misses: {
    titleKey: 'national_stats.misses_title',
    columns: [
      col('kommune', 'text', 'kommune'),
      col('zeroResults', 'int', 'zero_results'),
      col('noClicks', 'int', 'no_clicks'),
      col('topQuery', 'text', 'top_query'),
    ],
    rows: (props) => props.searchMisses,
  },
  missing_supplements: {
    titleKey: 'national_stats.missing_title',
    columns: [
      col('kommune', 'text', 'kommune'),
      col('title', 'text', 'guide'),
      col('contacts', 'int', 'contacts'),
    ],
    rows: (props) => props.missingSupplements,
  },
} satisfies Record<string, TableDef<NationalStatisticsProps>>

export type NationalTableId = keyof typeof NATIONAL_TABLES
export const NATIONAL_TABLE_IDS = Object.keys(NATIONAL_TABLES) as NationalTableId[]
