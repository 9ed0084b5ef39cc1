// Marks the start-up chunk for eager compiling (Chromium's explicit compile hints, shipped in 136).
// Why: V8 compiles a function's body only when it is first called, and then on the main thread; the
// start-up calls nearly every function in this chunk, so those compiles made up a third of the start-up
// task (issue 15: eval + route + render 72-103 ms before, 35-50 after, both with the light Link). With
// the magic comment on its first line the whole file compiles on a background thread while it streams
// in. Browsers without the hint read it as a comment. Also the database chunk (Dexie and the device's
// database), which every signed-in page opens and queries at once: with the hint, a signed-in load of
// «Мои заявления» kept the main thread busy 10% less and its tasks over 12.5 ms shrank (plain trace, 10
// loads each). Not the lazy pages: they would compile functions a visit may never call.
import type { Plugin } from 'vite';

const EAGER_COMPILE_COMMENT = '//# allFunctionsCalledOnLoad';

export function eagerCompile(...chunkNames: string[]): Plugin {
  return {
    name: 'okno-eager-compile',
    apply: 'build',
    // After minification (renderChunk), which would drop the comment; before the files are written.
    generateBundle(_, bundle) {
      for (const chunkName of chunkNames) {
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk' && file.name === chunkName);
        if (chunks.length === 0) throw new Error(`eagerCompile: no chunk named ${chunkName}`);
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk') continue;
          chunk.code = `${EAGER_COMPILE_COMMENT}\n${chunk.code}`;
          // A profiling build's source map (OKNO_SOURCEMAP) moves down the added line with the code.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset') {
            const json = JSON.parse(String(map.source)) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          }
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      }
    },
  };
}
