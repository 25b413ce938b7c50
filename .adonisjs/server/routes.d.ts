import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'memberships.activate': { paramsTuple: [ParamValue]; params: {'membership': ParamValue} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'memberships.activate': { paramsTuple: [ParamValue]; params: {'membership': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}