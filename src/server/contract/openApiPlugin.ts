// Writes the contract to public/openapi.json when vite starts the page's build, before the public folder is
// copied to dist: the same generator as GET /api/openapi.json (bundled for Node here, as the prerender does,
// because the server's modules use build-time virtual modules), so the file and the worker's answer cannot
// differ. The file is not in the precache (its glob has no .json): the first install stays as it was;
// offline, the worker's route answers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption, type UserConfig } from 'vite';

interface Generator {
  buildOpenApi(version: string): unknown;
}

export function openApiDocument(version: string, define: UserConfig['define'], plugins: () => PluginOption[]): Plugin {
  let root = process.cwd();
  return {
    name: 'okno-openapi-document',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const outDir = mkdtempSync(join(root, 'node_modules', '.okno-openapi-'));
      try {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          define,
          plugins: plugins(),
          build: {
            ssr: 'src/server/contract/openapi.ts',
            outDir,
            emptyOutDir: true,
            target: 'node20',
            rollupOptions: { output: { entryFileNames: 'openapi.mjs' } },
          },
        });
        const generator = (await import(pathToFileURL(join(outDir, 'openapi.mjs')).href)) as Generator;
        mkdirSync(join(root, 'public'), { recursive: true });
        writeFileSync(join(root, 'public', 'openapi.json'), `${JSON.stringify(generator.buildOpenApi(version), null, 2)}\n`);
      } finally {
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  };
}
