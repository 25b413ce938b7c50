/** Shapes every page gets: the server's own types (erased from the bundle). */
export type { KommuneDto, MembershipDto, UserDto } from '@app/transformers/account_dto'
export type { Role } from '@app/tenancy/roles'
export type { NavItem } from '@app/support/nav_item'
export type { SharedProps } from '@app/support/shared_props'
