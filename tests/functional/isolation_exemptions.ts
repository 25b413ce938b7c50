/**
 * Routes the isolation walk does not try with another kommune's ids, each
 * with the reason. Keep this list short; every entry is a promise that the
 * route cannot leak one kommune's data to another.
 */
export const ISOLATION_EXEMPTIONS: Record<string, string> = {}
