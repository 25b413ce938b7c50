/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| One file per surface (or feature) under start/routes/. Every route is
| walked by the tenant isolation test (tests/functional/isolation.spec.ts).
*/
import '#start/routes/system'
import '#start/routes/accounts'
import '#start/routes/staff'
import '#start/routes/admin'
import '#start/routes/stats'
import '#start/routes/editorial'
import '#start/routes/feedback'
import '#start/routes/self_service_links'
import '#start/routes/api'
import '#start/routes/chat'
import '#start/routes/chat_client'
import '#start/routes/search'
import '#start/routes/webhooks'
import '#start/routes/channels'
import '#start/routes/sandbox'
import '#start/routes/citizen'
import '#start/routes/widget_api'
// Keep last: its wildcards must not shadow any page registered above.
import '#start/routes/surface_fallbacks'
