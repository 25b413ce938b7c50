import router from '@adonisjs/core/services/router'
import type GuideEditingController from '#controllers/knowledge/guide_editing_controller'

type EditingControllerImport = () => Promise<{
  default: new (...args: any[]) => GuideEditingController
}>

/**
 * The guide-editing routes, identical for every surface that edits guides
 * (national editors, kommune admins). Call inside the surface's group.
 */
export function guideEditingRoutes(
  path: string,
  name: string,
  controller: EditingControllerImport
) {
  const id = router.matchers.number()
  router.get(path, [controller, 'index']).as(`${name}.index`)
  router.post(path, [controller, 'store']).as(`${name}.store`)
  router.get(`${path}/:guide/edit`, [controller, 'edit']).where('guide', id).as(`${name}.edit`)
  router.put(`${path}/:guide`, [controller, 'update']).where('guide', id).as(`${name}.update`)
  router
    .get(`${path}/:guide/preview`, [controller, 'preview'])
    .where('guide', id)
    .as(`${name}.preview`)
  router
    .post(`${path}/:guide/screenshots`, [controller, 'uploadScreenshot'])
    .where('guide', id)
    .as(`${name}.screenshots`)
  for (const step of ['submit', 'publish', 'reject', 'archive', 'restore'] as const) {
    router
      .post(`${path}/:guide/${step}`, [controller, step])
      .where('guide', id)
      .as(`${name}.${step}`)
  }
}
