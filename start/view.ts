/*
| Edge globals the root template uses. `inertiaRoot` replaces the packaged
| `@inertia()` tag so that no stored text can break a page (see
| app/support/page_data.ts).
*/
import edge from 'edge.js'
import { inertiaRoot } from '#support/page_data'

edge.global('inertiaRoot', inertiaRoot)
