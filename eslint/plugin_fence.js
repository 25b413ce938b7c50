import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

/**
 * Lint half of the plugin fence (app/channels/fence/import_fence.ts is the
 * load-time half): a file in plugins/<id>/ imports only `#channel_kit`,
 * npm packages, node built-ins and files inside plugins/<id>/. It reads
 * static imports, re-exports, `import()` and `require()`; a computed
 * specifier is refused because nobody can check where it goes.
 */
const MESSAGE = {
  alias: 'Plugins import only #channel_kit from the app, not "{{ specifier }}".',
  outside:
    '"{{ specifier }}" leaves the plugin folder plugins/{{ id }}/ (another plugin or the app).',
  absolute: 'Plugins do not import absolute paths ("{{ specifier }}").',
  computed: 'A computed import specifier cannot be checked; import a literal string.',
}

function pluginOf(filename, cwd) {
  const path = relative(resolve(cwd, 'plugins'), filename)
  if (path.startsWith('..') || isAbsolute(path)) return null
  const [id, ...rest] = path.split(sep)
  return rest.length ? { id, root: resolve(cwd, 'plugins', id) } : null
}

export const pluginFenceRule = {
  meta: { type: 'problem', messages: MESSAGE, schema: [] },
  create(context) {
    const plugin = pluginOf(context.filename, context.cwd)
    if (!plugin) return {}
    const check = (node, source) => {
      if (!source) return
      if (source.type !== 'Literal' || typeof source.value !== 'string') {
        if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
          return check(node, { type: 'Literal', value: source.quasis[0].value.cooked })
        }
        return context.report({ node, messageId: 'computed' })
      }
      const specifier = source.value
      const data = { specifier, id: plugin.id }
      if (specifier.startsWith('#')) {
        if (specifier !== '#channel_kit') context.report({ node, messageId: 'alias', data })
      } else if (specifier.startsWith('/') || specifier.startsWith('file:')) {
        context.report({ node, messageId: 'absolute', data })
      } else if (specifier.startsWith('.')) {
        const target = resolve(dirname(context.filename), specifier)
        const inside = relative(plugin.root, target)
        if (inside.startsWith('..') || isAbsolute(inside)) {
          context.report({ node, messageId: 'outside', data })
        }
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          check(node, node.arguments[0])
        }
      },
    }
  },
}
