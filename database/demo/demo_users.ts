import Kommune from '#models/kommune'
import Membership from '#models/membership'
import User from '#models/user'
import type { Role } from '#tenancy/roles'

/** Every demo account shares this password; printed by `./vejviser demo`. */
export const DEMO_PASSWORD = 'vejviser-demo'

export interface DemoAccount {
  email: string
  fullName: string
  /** [kommune code or null for national, role] */
  memberships: [string | null, Role][]
}

/**
 * Demo users for every role: the national editor; admin, staff and manager
 * for Sorø and Slagelse; admins for the other pilots and Kristinehamn; and
 * one hotline staff member serving three kommuner.
 */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'redaktoer@vejviser.dk', fullName: 'Nanna Redaktør', memberships: [[null, 'editor']] },
  // The second pair of eyes: national guides are approved by another editor than their author.
  { email: 'korrektur@vejviser.dk', fullName: 'Jonas Korrektur', memberships: [[null, 'editor']] },
  { email: 'admin@soroe.dk', fullName: 'Søren Admin', memberships: [['340', 'admin']] },
  { email: 'medarbejder@soroe.dk', fullName: 'Sofie Medarbejder', memberships: [['340', 'staff']] },
  { email: 'leder@soroe.dk', fullName: 'Lars Leder', memberships: [['340', 'manager']] },
  { email: 'admin@slagelse.dk', fullName: 'Signe Admin', memberships: [['330', 'admin']] },
  {
    email: 'medarbejder@slagelse.dk',
    fullName: 'Sebastian Medarbejder',
    memberships: [['330', 'staff']],
  },
  { email: 'leder@slagelse.dk', fullName: 'Lise Leder', memberships: [['330', 'manager']] },
  { email: 'admin@holb.dk', fullName: 'Henrik Admin', memberships: [['316', 'admin']] },
  { email: 'admin@svendborg.dk', fullName: 'Sara Admin', memberships: [['479', 'admin']] },
  { email: 'admin@fredensborg.dk', fullName: 'Frida Admin', memberships: [['210', 'admin']] },
  { email: 'admin@frederikssund.dk', fullName: 'Frederik Admin', memberships: [['250', 'admin']] },
  { email: 'admin@kristinehamn.se', fullName: 'Karin Admin', memberships: [['1781', 'admin']] },
  {
    email: 'handlaggare@kristinehamn.se',
    fullName: 'Kalle Handläggare',
    memberships: [['1781', 'staff']],
  },
  {
    email: 'hotline@vejviser.dk',
    fullName: 'Hanne Hotline',
    memberships: [
      ['340', 'staff'],
      ['330', 'staff'],
      ['316', 'staff'],
    ],
  },
]

/** Creates (or refreshes) the demo accounts. Idempotent. */
export async function createDemoUsers(accounts = DEMO_ACCOUNTS, password = DEMO_PASSWORD) {
  const all = await Kommune.all()
  const kommuner = new Map(all.map((kommune) => [kommune.code, kommune]))
  for (const account of accounts) {
    let user = await User.findBy('email', account.email)
    if (!user) {
      user = await User.create({ email: account.email, fullName: account.fullName, password })
    }
    for (const [code, role] of account.memberships) {
      const kommuneId = code === null ? null : kommuner.get(code)?.id
      if (kommuneId === undefined)
        throw new Error(`Demo account ${account.email}: no kommune ${code}`)
      const existing = await Membership.query()
        .where('user_id', user.id)
        .where('role', role)
        .if(kommuneId === null, (query) => query.whereNull('kommune_id'))
        .if(kommuneId !== null, (query) => query.where('kommune_id', kommuneId!))
        .first()
      if (!existing) await Membership.create({ userId: user.id, kommuneId, role })
    }
  }
  return accounts.length
}
