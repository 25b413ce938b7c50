/**
 * Kept under its first name: callers import `maskCpr` from here. The masker
 * itself lives with the rest of the privacy code.
 */
export { maskCpr, containsCpr, maskOptionalCpr } from '#privacy/cpr_masker'
