import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { defineConfig } from '@adonisjs/core/bodyparser'

/**
 * The only routes that take files (step screenshots). Multipart bodies are
 * parsed for these and refused everywhere else
 * (app/middleware/multipart_guard_middleware.ts): parsing them on every
 * route let anyone write 20 MB temp files through any public URL.
 */
export const UPLOAD_ROUTES = [
  '/editorial/guides/:guide/screenshots',
  '/admin/articles/:guide/screenshots',
]

/** Uploads wait here until moved to drive; whatever is left is removed after the request. */
export const MULTIPART_TMP_DIR = app.tmpPath('multipart')
mkdirSync(MULTIPART_TMP_DIR, { recursive: true })

const bodyParserConfig = defineConfig({
  allowedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'],
  form: {
    convertEmptyStringsToNull: true,
    types: ['application/x-www-form-urlencoded'],
  },
  json: {
    convertEmptyStringsToNull: true,
    types: [
      'application/json',
      'application/json-patch+json',
      'application/vnd.api+json',
      'application/csp-report',
    ],
  },
  multipart: {
    autoProcess: UPLOAD_ROUTES,
    convertEmptyStringsToNull: true,
    processManually: [],
    // A screenshot may be 5 MB (guide_editing_controller); a little room for the form around it.
    limit: '6mb',
    types: ['multipart/form-data'],
    tmpFileName: () => `${MULTIPART_TMP_DIR}/${randomUUID()}`,
  },
})

export default bodyParserConfig
