/** Guide shapes as pages receive them: the server's own types (erased from the bundle). */
export type { Contact, GuideContent, GuideStep } from '@app/knowledge/guide_content'
export type { CitizenText } from '@app/knowledge/citizen_text'
export type { GuideEditorDto, GuideRowDto, ServiceAreaDto } from '@app/transformers/guide_dto'
export type { MergedGuide } from '@app/knowledge/merged_guide'
export type { Fee } from '@app/models/local_supplement'
