// The project's import boundaries, as an ESLint rule (`okno/boundaries`), checked on resolved paths so
// `../x`, `../../features/x` and `import('…')` are all seen:
// - a feature (src/features/<x>/) imports only src/ui, src/client, src/domain, src/i18n and itself:
//   never another feature, never src/server;
// - src/ui, src/client, src/domain and src/i18n never import a feature;
// - src/domain (pure TypeScript) imports nothing of the page or the server;
// - src/server never imports src/client, src/ui or a feature.
// Only src/router.tsx and src/main.tsx put features together.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** 'feature:<x>', 'server', 'client', 'ui', 'domain', 'i18n' or null for a path outside these. */
function layerOf(file) {
  const parts = path.relative(root, file).split(path.sep);
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'features' && parts.length > 3) return `feature:${parts[2]}`;
  return ['server', 'client', 'ui', 'domain', 'i18n'].includes(parts[1]) ? parts[1] : null;
}

function problem(from, to) {
  if (!from || !to || from === to) return null;
  const feature = (layer) => layer.startsWith('feature:');
  if (feature(from)) {
    if (feature(to))
      return `A feature does not import another feature (${from.slice(8)} → ${to.slice(8)}): move what both need to src/ui, src/client or src/domain.`;
    if (to === 'server') return 'A feature does not import src/server: the page talks to the server only through /api.';
    return null;
  }
  if (feature(to)) return `src/${from} does not import a feature (${to.slice(8)}): features plug in through src/router.tsx.`;
  if (from === 'domain' && ['client', 'ui', 'server'].includes(to)) return `src/domain is pure: it does not import src/${to}.`;
  if (from === 'server' && ['client', 'ui'].includes(to))
    return `src/server does not import src/${to}: the service worker never opens the page's data.`;
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Keeps features, the shared layers and the server apart.' }, schema: [] },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const message = problem(from, layerOf(path.resolve(path.dirname(context.filename), source.value)));
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const boundaries = { rules: { boundaries: rule } };
