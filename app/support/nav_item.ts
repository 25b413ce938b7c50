/**
 * One menu link as pages receive it. Its own file: the client's type check
 * imports it without the server's router types (app/support/navigation.ts).
 */
export type NavItem = {
  /** i18n key of the label */
  label: string
  href: string
  /** New items waiting behind the link (alerts, feedback): shown as a badge. */
  count?: number
}
