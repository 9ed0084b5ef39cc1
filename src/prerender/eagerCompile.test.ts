import { describe, expect, it } from 'vitest';
import { eagerCompile } from './eagerCompile';

/** The hook's bundle argument, as Vite's plugin type names it. */
type Bundle = Parameters<Extract<NonNullable<ReturnType<typeof eagerCompile>['generateBundle']>, (...args: never[]) => unknown>>[1];

const chunk = (name: string, code: string) => ({ type: 'chunk', name, fileName: `assets/${name}-X.js`, code });

function run(bundle: Record<string, ReturnType<typeof chunk>>) {
  const hook = eagerCompile('boot', 'database').generateBundle as (this: unknown, options: unknown, bundle: Bundle) => void;
  hook.call({}, {}, bundle as unknown as Bundle);
}

describe('eagerCompile', () => {
  it('puts the compile hint on the first line of the named chunks only', () => {
    const bundle = { boot: chunk('boot', 'var a=1;'), database: chunk('database', 'var d=4;'), page: chunk('LoginPage', 'var b=2;') };
    run(bundle);
    expect(bundle.boot.code).toBe('//# allFunctionsCalledOnLoad\nvar a=1;');
    expect(bundle.database.code).toBe('//# allFunctionsCalledOnLoad\nvar d=4;');
    expect(bundle.page.code).toBe('var b=2;');
  });

  it('moves a source map down by the added line', () => {
    const boot = { ...chunk('boot', 'var a=1;'), map: { mappings: 'AAAA' } };
    const map = { type: 'asset', fileName: `${boot.fileName}.map`, source: JSON.stringify({ version: 3, mappings: 'AAAA' }) };
    const bundle = { boot, database: chunk('database', ''), [map.fileName]: map };
    run(bundle as unknown as Record<string, ReturnType<typeof chunk>>);
    expect(boot.map.mappings).toBe(';AAAA');
    expect(JSON.parse(map.source)).toEqual({ version: 3, mappings: ';AAAA' });
  });

  it('fails the build when a named chunk is missing (say, after a rename in vite.config.ts)', () => {
    expect(() => run({ page: chunk('LoginPage', 'var b=2;'), database: chunk('database', '') })).toThrow(/no chunk named boot/);
    expect(() => run({ boot: chunk('boot', ''), page: chunk('LoginPage', 'var b=2;') })).toThrow(/no chunk named database/);
  });
});
