import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'admin/audit_log': ExtractProps<(typeof import('../../resources/inertia/pages/admin/audit_log.vue'))['default']>
    'admin/change_alerts': ExtractProps<(typeof import('../../resources/inertia/pages/admin/change_alerts.vue'))['default']>
    'admin/channels/deliveries': ExtractProps<(typeof import('../../resources/inertia/pages/admin/channels/deliveries.vue'))['default']>
    'admin/channels/index': ExtractProps<(typeof import('../../resources/inertia/pages/admin/channels/index.vue'))['default']>
    'admin/channels/show': ExtractProps<(typeof import('../../resources/inertia/pages/admin/channels/show.vue'))['default']>
    'admin/citizen_pages': ExtractProps<(typeof import('../../resources/inertia/pages/admin/citizen_pages.vue'))['default']>
    'admin/feedback': ExtractProps<(typeof import('../../resources/inertia/pages/admin/feedback.vue'))['default']>
    'admin/library_show': ExtractProps<(typeof import('../../resources/inertia/pages/admin/library_show.vue'))['default']>
    'admin/library': ExtractProps<(typeof import('../../resources/inertia/pages/admin/library.vue'))['default']>
    'admin/retention': ExtractProps<(typeof import('../../resources/inertia/pages/admin/retention.vue'))['default']>
    'admin/service_policy': ExtractProps<(typeof import('../../resources/inertia/pages/admin/service_policy.vue'))['default']>
    'admin/start': ExtractProps<(typeof import('../../resources/inertia/pages/admin/start.vue'))['default']>
    'admin/supplement_edit': ExtractProps<(typeof import('../../resources/inertia/pages/admin/supplement_edit.vue'))['default']>
    'admin/supplements': ExtractProps<(typeof import('../../resources/inertia/pages/admin/supplements.vue'))['default']>
    'admin/unit_costs': ExtractProps<(typeof import('../../resources/inertia/pages/admin/unit_costs.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../resources/inertia/pages/auth/login.vue'))['default']>
    'editorial/feedback': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/feedback.vue'))['default']>
    'editorial/known_issues': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/known_issues.vue'))['default']>
    'editorial/links': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/links.vue'))['default']>
    'editorial/search_misses': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/search_misses.vue'))['default']>
    'editorial/start': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/start.vue'))['default']>
    'editorial/statistics': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/statistics.vue'))['default']>
    'editorial/synonyms': ExtractProps<(typeof import('../../resources/inertia/pages/editorial/synonyms.vue'))['default']>
    'errors/error': ExtractProps<(typeof import('../../resources/inertia/pages/errors/error.vue'))['default']>
    'home/no_membership': ExtractProps<(typeof import('../../resources/inertia/pages/home/no_membership.vue'))['default']>
    'knowledge/guide_editor': ExtractProps<(typeof import('../../resources/inertia/pages/knowledge/guide_editor.vue'))['default']>
    'knowledge/guide_list': ExtractProps<(typeof import('../../resources/inertia/pages/knowledge/guide_list.vue'))['default']>
    'knowledge/guide_preview': ExtractProps<(typeof import('../../resources/inertia/pages/knowledge/guide_preview.vue'))['default']>
    'knowledge/guide_versions': ExtractProps<(typeof import('../../resources/inertia/pages/knowledge/guide_versions.vue'))['default']>
    'sandbox/outbox': ExtractProps<(typeof import('../../resources/inertia/pages/sandbox/outbox.vue'))['default']>
    'staff/callbacks': ExtractProps<(typeof import('../../resources/inertia/pages/staff/callbacks.vue'))['default']>
    'staff/canned_answers': ExtractProps<(typeof import('../../resources/inertia/pages/staff/canned_answers.vue'))['default']>
    'staff/conversations': ExtractProps<(typeof import('../../resources/inertia/pages/staff/conversations.vue'))['default']>
    'staff/feedback': ExtractProps<(typeof import('../../resources/inertia/pages/staff/feedback.vue'))['default']>
    'staff/guide': ExtractProps<(typeof import('../../resources/inertia/pages/staff/guide.vue'))['default']>
    'staff/start': ExtractProps<(typeof import('../../resources/inertia/pages/staff/start.vue'))['default']>
    'stats/dashboard': ExtractProps<(typeof import('../../resources/inertia/pages/stats/dashboard.vue'))['default']>
    'stats/peers': ExtractProps<(typeof import('../../resources/inertia/pages/stats/peers.vue'))['default']>
  }
}
