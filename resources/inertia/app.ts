import './css/app.css'
import { createApp, h, type DefineComponent } from 'vue'
import { createInertiaApp } from '@inertiajs/vue3'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import AppLayout from '~/layouts/app_layout.vue'

createInertiaApp({
  title: (title) => (title ? `${title} – Vejviser` : 'Vejviser'),
  resolve: async (name) => {
    const page = await resolvePageComponent(
      `./pages/${name}.vue`,
      import.meta.glob<{ default: DefineComponent }>('./pages/**/*.vue')
    )
    // Every page shares the shell unless it declares its own layout.
    page.default.layout = page.default.layout ?? AppLayout
    return page.default
  },
  setup({ el, App, props, plugin }) {
    // eslint-disable-next-line vue/component-api-style -- the root needs a render function to host Inertia's App
    createApp({ render: () => h(App, props) })
      .use(plugin)
      .mount(el)
  },
  progress: { color: '#0b4f6c', delay: 150 },
})
