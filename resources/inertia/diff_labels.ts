import { useI18n } from '~/i18n'

const FIELDS = [
  'title',
  'summary',
  'keywords',
  'alsoSay',
  'serviceArea',
  'selfService',
  'guidance',
  'steps',
  'referral',
  'legalBasis',
  'contact',
  'citizen',
]

/** Human labels for the diff's field keys, in the current language. */
export function useDiffLabels() {
  const { t } = useI18n()
  return Object.fromEntries(FIELDS.map((field) => [field, t(`diff.${field}`)]))
}
