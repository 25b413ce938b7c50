import env from '#start/env'

/**
 * The editorial workflow's settings.
 * `secondApprover`: a national guide is published by another editor than the
 * one who submitted it or last saved it (two pairs of eyes). On by default;
 * EDITORIAL_SECOND_APPROVER=false turns it off for a one-editor team.
 * Kommune own articles are not covered: many kommuner have one administrator
 * (docs/adr/0040-second-approver.md).
 */
const editorialConfig = {
  secondApprover: env.get('EDITORIAL_SECOND_APPROVER', true),
}

export default editorialConfig
