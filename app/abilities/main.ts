/**
 * Stand-alone abilities. Everything so far fits a policy keyed on
 * (role, kommune); this module exists because Bouncer takes both.
 */
export {}
