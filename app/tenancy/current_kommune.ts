import type Kommune from '#models/kommune'
import type Membership from '#models/membership'

/**
 * The request-scoped tenant, bound in the container by the tenancy
 * middleware (`ctx.containerResolver.bindValue(CurrentKommune, …)`).
 * Services take it as a constructor dependency with @inject().
 */
export default class CurrentKommune {
  constructor(
    public readonly kommune: Kommune,
    public readonly membership?: Membership
  ) {}

  get id() {
    return this.kommune.id
  }
}
