import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'session.destroy_everywhere': { paramsTuple?: []; params?: {} }
    'session.show': { paramsTuple?: []; params?: {} }
    'memberships.activate': { paramsTuple: [ParamValue]; params: {'membership': ParamValue} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'staff.search': { paramsTuple?: []; params?: {} }
    'staff.guides.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'staff.guides.send': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'staff.messages.show': { paramsTuple: [ParamValue]; params: {'message': ParamValue} }
    'staff.inquiries.store': { paramsTuple?: []; params?: {} }
    'staff.canned.index': { paramsTuple?: []; params?: {} }
    'staff.conversations': { paramsTuple?: []; params?: {} }
    'staff.conversations.inbox': { paramsTuple?: []; params?: {} }
    'staff.conversations.auto_assign': { paramsTuple?: []; params?: {} }
    'staff.conversations.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.claim': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.reply': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.typing': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.read': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.transfer': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.close': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.suggestions': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.suggestions.wrong': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.articles.store': { paramsTuple?: []; params?: {} }
    'admin.articles.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.screenshots': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.submit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.publish': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.reject': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.archive': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.restore': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.index': { paramsTuple?: []; params?: {} }
    'admin.supplements.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.confirm': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.alerts.index': { paramsTuple?: []; params?: {} }
    'admin.library.index': { paramsTuple?: []; params?: {} }
    'admin.library.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.library.copy': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.library.acknowledge': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.policy.edit': { paramsTuple?: []; params?: {} }
    'admin.policy.update': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.citizen_pages.edit': { paramsTuple?: []; params?: {} }
    'admin.citizen_pages.update': { paramsTuple?: []; params?: {} }
    'admin.unit_costs.edit': { paramsTuple?: []; params?: {} }
    'admin.unit_costs.update': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'stats.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'stats.peers': { paramsTuple?: []; params?: {} }
    'stats.peers.export': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
    'editorial.guides.index': { paramsTuple?: []; params?: {} }
    'editorial.guides.store': { paramsTuple?: []; params?: {} }
    'editorial.guides.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.screenshots': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.submit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.publish': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.reject': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.archive': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.restore': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.statistics': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.index': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.store': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.end': { paramsTuple: [ParamValue]; params: {'issue': ParamValue} }
    'staff.feedback.index': { paramsTuple?: []; params?: {} }
    'staff.feedback.store': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.feedback.index': { paramsTuple?: []; params?: {} }
    'editorial.feedback.update': { paramsTuple: [ParamValue]; params: {'feedback': ParamValue} }
    'admin.feedback.index': { paramsTuple?: []; params?: {} }
    'admin.feedback.update': { paramsTuple: [ParamValue]; params: {'feedback': ParamValue} }
    'editorial.links.index': { paramsTuple?: []; params?: {} }
    'editorial.links.check': { paramsTuple?: []; params?: {} }
    'chat.client': { paramsTuple?: []; params?: {} }
    'chat.client_css': { paramsTuple?: []; params?: {} }
    'chat.demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'editorial.search.synonyms': { paramsTuple?: []; params?: {} }
    'editorial.search.synonyms.update': { paramsTuple?: []; params?: {} }
    'editorial.search.misses': { paramsTuple?: []; params?: {} }
    'webhooks.channels.receive': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.index': { paramsTuple?: []; params?: {} }
    'admin.channels.store': { paramsTuple?: []; params?: {} }
    'admin.channels.show': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.update': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.enable': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.disable': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.verify': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.deliveries': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'staff.callbacks.index': { paramsTuple?: []; params?: {} }
    'staff.callbacks.claim': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'staff.callbacks.outcome': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'staff.callbacks.cancel': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'sandbox.outbox': { paramsTuple?: []; params?: {} }
    'sandbox.outbox.reply': { paramsTuple: [ParamValue]; params: {'message': ParamValue} }
    'admin.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'staff.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'editorial.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'stats.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'transmit.events': { paramsTuple?: []; params?: {} }
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
    'api.search': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.search.miss': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.openapi': { paramsTuple?: []; params?: {} }
    'api.chat.status': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.open': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.offline': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.show': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.send': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.typing': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.stream': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.close': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.rate': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.transcript': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'citizen.index': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.areas.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'area': ParamValue} }
    'citizen.guides.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.guides.callback': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.guides.share': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.articles': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.faq': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.accessibility': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.search': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.sitemap': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.robots': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.theme': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.widget_demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'api.widget.config': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.widget.guide': { paramsTuple: [ParamValue,ParamValue]; params: {'code': ParamValue,'slug': ParamValue} }
    'api.widget.callback': { paramsTuple: [ParamValue,ParamValue]; params: {'code': ParamValue,'slug': ParamValue} }
    'api.widget.deflection': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.widget.deflection.record': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
  }
  GET: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.show': { paramsTuple?: []; params?: {} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'staff.search': { paramsTuple?: []; params?: {} }
    'staff.guides.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'staff.messages.show': { paramsTuple: [ParamValue]; params: {'message': ParamValue} }
    'staff.canned.index': { paramsTuple?: []; params?: {} }
    'staff.conversations': { paramsTuple?: []; params?: {} }
    'staff.conversations.inbox': { paramsTuple?: []; params?: {} }
    'staff.conversations.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.suggestions': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.articles.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.index': { paramsTuple?: []; params?: {} }
    'admin.supplements.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.alerts.index': { paramsTuple?: []; params?: {} }
    'admin.library.index': { paramsTuple?: []; params?: {} }
    'admin.library.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.policy.edit': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.citizen_pages.edit': { paramsTuple?: []; params?: {} }
    'admin.unit_costs.edit': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'stats.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'stats.peers': { paramsTuple?: []; params?: {} }
    'stats.peers.export': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
    'editorial.guides.index': { paramsTuple?: []; params?: {} }
    'editorial.guides.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.statistics': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.index': { paramsTuple?: []; params?: {} }
    'staff.feedback.index': { paramsTuple?: []; params?: {} }
    'editorial.feedback.index': { paramsTuple?: []; params?: {} }
    'admin.feedback.index': { paramsTuple?: []; params?: {} }
    'editorial.links.index': { paramsTuple?: []; params?: {} }
    'chat.client': { paramsTuple?: []; params?: {} }
    'chat.client_css': { paramsTuple?: []; params?: {} }
    'chat.demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'editorial.search.synonyms': { paramsTuple?: []; params?: {} }
    'editorial.search.misses': { paramsTuple?: []; params?: {} }
    'admin.channels.index': { paramsTuple?: []; params?: {} }
    'admin.channels.show': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.deliveries': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'staff.callbacks.index': { paramsTuple?: []; params?: {} }
    'sandbox.outbox': { paramsTuple?: []; params?: {} }
    'admin.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'staff.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'editorial.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'stats.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'transmit.events': { paramsTuple?: []; params?: {} }
    'api.search': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.openapi': { paramsTuple?: []; params?: {} }
    'api.chat.status': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.show': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'citizen.index': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.areas.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'area': ParamValue} }
    'citizen.guides.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.articles': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.faq': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.accessibility': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.search': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.sitemap': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.robots': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.theme': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.widget_demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'api.widget.config': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.widget.guide': { paramsTuple: [ParamValue,ParamValue]; params: {'code': ParamValue,'slug': ParamValue} }
    'api.widget.deflection': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
  }
  HEAD: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'system.health': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.show': { paramsTuple?: []; params?: {} }
    'staff.start': { paramsTuple?: []; params?: {} }
    'staff.search': { paramsTuple?: []; params?: {} }
    'staff.guides.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'staff.messages.show': { paramsTuple: [ParamValue]; params: {'message': ParamValue} }
    'staff.canned.index': { paramsTuple?: []; params?: {} }
    'staff.conversations': { paramsTuple?: []; params?: {} }
    'staff.conversations.inbox': { paramsTuple?: []; params?: {} }
    'staff.conversations.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.suggestions': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'admin.start': { paramsTuple?: []; params?: {} }
    'admin.articles.index': { paramsTuple?: []; params?: {} }
    'admin.articles.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.index': { paramsTuple?: []; params?: {} }
    'admin.supplements.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.alerts.index': { paramsTuple?: []; params?: {} }
    'admin.library.index': { paramsTuple?: []; params?: {} }
    'admin.library.show': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.policy.edit': { paramsTuple?: []; params?: {} }
    'admin.audit.index': { paramsTuple?: []; params?: {} }
    'admin.citizen_pages.edit': { paramsTuple?: []; params?: {} }
    'admin.unit_costs.edit': { paramsTuple?: []; params?: {} }
    'stats.start': { paramsTuple?: []; params?: {} }
    'stats.export': { paramsTuple: [ParamValue]; params: {'table': ParamValue} }
    'stats.peers': { paramsTuple?: []; params?: {} }
    'stats.peers.export': { paramsTuple?: []; params?: {} }
    'editorial.start': { paramsTuple?: []; params?: {} }
    'editorial.guides.index': { paramsTuple?: []; params?: {} }
    'editorial.guides.edit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.preview': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.versions': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.statistics': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.index': { paramsTuple?: []; params?: {} }
    'staff.feedback.index': { paramsTuple?: []; params?: {} }
    'editorial.feedback.index': { paramsTuple?: []; params?: {} }
    'admin.feedback.index': { paramsTuple?: []; params?: {} }
    'editorial.links.index': { paramsTuple?: []; params?: {} }
    'chat.client': { paramsTuple?: []; params?: {} }
    'chat.client_css': { paramsTuple?: []; params?: {} }
    'chat.demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'editorial.search.synonyms': { paramsTuple?: []; params?: {} }
    'editorial.search.misses': { paramsTuple?: []; params?: {} }
    'admin.channels.index': { paramsTuple?: []; params?: {} }
    'admin.channels.show': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.deliveries': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'staff.callbacks.index': { paramsTuple?: []; params?: {} }
    'sandbox.outbox': { paramsTuple?: []; params?: {} }
    'admin.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'staff.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'editorial.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'stats.not_found': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'transmit.events': { paramsTuple?: []; params?: {} }
    'api.search': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.openapi': { paramsTuple?: []; params?: {} }
    'api.chat.status': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.show': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.messages': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'citizen.index': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.areas.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'area': ParamValue} }
    'citizen.guides.show': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.articles': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.faq': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.accessibility': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.search': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.sitemap': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.robots': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.theme': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'citizen.widget_demo': { paramsTuple: [ParamValue]; params: {'kommune': ParamValue} }
    'api.widget.config': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.widget.guide': { paramsTuple: [ParamValue,ParamValue]; params: {'code': ParamValue,'slug': ParamValue} }
    'api.widget.deflection': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
  }
  POST: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'session.destroy_everywhere': { paramsTuple?: []; params?: {} }
    'memberships.activate': { paramsTuple: [ParamValue]; params: {'membership': ParamValue} }
    'staff.guides.send': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'staff.inquiries.store': { paramsTuple?: []; params?: {} }
    'staff.conversations.auto_assign': { paramsTuple?: []; params?: {} }
    'staff.conversations.claim': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.reply': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.typing': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.read': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.transfer': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.close': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'staff.conversations.suggestions.wrong': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'admin.articles.store': { paramsTuple?: []; params?: {} }
    'admin.articles.screenshots': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.submit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.publish': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.reject': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.archive': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.articles.restore': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.confirm': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.library.copy': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.library.acknowledge': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.store': { paramsTuple?: []; params?: {} }
    'editorial.guides.screenshots': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.submit': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.publish': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.reject': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.archive': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.guides.restore': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.known_issues.store': { paramsTuple?: []; params?: {} }
    'editorial.known_issues.end': { paramsTuple: [ParamValue]; params: {'issue': ParamValue} }
    'staff.feedback.store': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.links.check': { paramsTuple?: []; params?: {} }
    'webhooks.channels.receive': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.store': { paramsTuple?: []; params?: {} }
    'admin.channels.enable': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.disable': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'admin.channels.verify': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
    'staff.callbacks.claim': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'staff.callbacks.outcome': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'staff.callbacks.cancel': { paramsTuple: [ParamValue]; params: {'callback': ParamValue} }
    'sandbox.outbox.reply': { paramsTuple: [ParamValue]; params: {'message': ParamValue} }
    'transmit.subscribe': { paramsTuple?: []; params?: {} }
    'transmit.unsubscribe': { paramsTuple?: []; params?: {} }
    'api.search.miss': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.open': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.offline': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'api.chat.send': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.typing': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.stream': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.close': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.rate': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'api.chat.transcript': { paramsTuple: [ParamValue]; params: {'conversation': ParamValue} }
    'citizen.guides.callback': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'citizen.guides.share': { paramsTuple: [ParamValue,ParamValue]; params: {'kommune': ParamValue,'slug': ParamValue} }
    'api.widget.callback': { paramsTuple: [ParamValue,ParamValue]; params: {'code': ParamValue,'slug': ParamValue} }
    'api.widget.deflection.record': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
  }
  PUT: {
    'admin.articles.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.supplements.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'admin.policy.update': { paramsTuple?: []; params?: {} }
    'admin.citizen_pages.update': { paramsTuple?: []; params?: {} }
    'admin.unit_costs.update': { paramsTuple?: []; params?: {} }
    'editorial.guides.update': { paramsTuple: [ParamValue]; params: {'guide': ParamValue} }
    'editorial.feedback.update': { paramsTuple: [ParamValue]; params: {'feedback': ParamValue} }
    'admin.feedback.update': { paramsTuple: [ParamValue]; params: {'feedback': ParamValue} }
    'editorial.search.synonyms.update': { paramsTuple?: []; params?: {} }
    'admin.channels.update': { paramsTuple: [ParamValue]; params: {'connection': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}