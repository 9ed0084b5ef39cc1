import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkedAssets, servePage, splitManifest } from './assetCache';

const ORIGIN = 'https://okno.test';
const manifest = [
  { url: 'shell.html', revision: 'a' },
  { url: 'catalog/passport.html', revision: 'b' },
  { url: 'icons/icon-192.png', revision: 'c' },
  { url: 'assets/index-AAAA.js', revision: null },
  { url: 'assets/solid-BBBB.js', revision: null },
  { url: 'assets/index-CCCC.css', revision: null },
  { url: 'assets/ApplicationsPage-DDDD.js', revision: null },
  { url: 'assets/pdf.worker-EEEE.js', revision: null },
];

describe('the two-step precache', () => {
  it('installs the app frame and icons first, and fetches the pages and built files after', () => {
    const { first, assets } = splitManifest(manifest, ORIGIN);
    expect(first.map((entry) => (typeof entry === 'string' ? entry : entry.url))).toEqual(['shell.html', 'icons/icon-192.png']);
    expect(assets).toEqual([
      'https://okno.test/catalog/passport.html?v=b',
      'https://okno.test/assets/index-AAAA.js',
      'https://okno.test/assets/solid-BBBB.js',
      'https://okno.test/assets/index-CCCC.css',
      'https://okno.test/assets/ApplicationsPage-DDDD.js',
      'https://okno.test/assets/pdf.worker-EEEE.js',
    ]);
  });

  it('keeps each prerendered page under its address and revision, so two versions never share a copy', () => {
    const pages = (revision: string) =>
      splitManifest([{ url: 'index.html', revision }, { url: 'catalog.html', revision }, ...manifest], ORIGIN).pages;
    expect([...pages('r1')]).toEqual([
      ['/', 'https://okno.test/index.html?v=r1'],
      ['/catalog', 'https://okno.test/catalog.html?v=r1'],
      ['/catalog/passport', 'https://okno.test/catalog/passport.html?v=b'],
    ]);
    expect(pages('r2').get('/')).toBe('https://okno.test/index.html?v=r2');
  });

  it('finds the built files the app frame loads first: the app the start script names, module preloads and style sheet', () => {
    const shell = `<html><head>
      <script type="module" src="/start-SSSS.js" data-boot="/assets/index-AAAA.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/solid-BBBB.js">
      <link rel="stylesheet" crossorigin href="/assets/index-CCCC.css">
      <link rel="icon" href="/icons/icon.svg">
    </head></html>`;
    const { assets } = splitManifest(manifest, ORIGIN);
    expect(linkedAssets(shell, assets, ORIGIN)).toEqual([
      'https://okno.test/assets/index-AAAA.js',
      'https://okno.test/assets/solid-BBBB.js',
      'https://okno.test/assets/index-CCCC.css',
    ]);
  });
});

describe('a prerendered page from the service worker', () => {
  const KEY = 'https://okno.test/catalog.html?v=r1';
  const page = (text: string) => new Response(text);
  const request = new Request('https://okno.test/catalog');
  /** The device's copies (`held`) and the network (`online`), as the worker sees them. */
  const device = (held: Record<string, string>, online: boolean) => {
    vi.stubGlobal('caches', { open: async () => ({ match: async (key: string) => (key in held ? page(held[key]!) : undefined) }) });
    vi.stubGlobal('fetch', async () => (online ? page('from the network') : Promise.reject(new TypeError('Failed to fetch'))));
  };
  const frame = async () => page('the frame');
  afterEach(() => vi.unstubAllGlobals());

  it('comes from the device once it is there, online or not', async () => {
    device({ [KEY]: 'the copy' }, false);
    expect(await (await servePage(request, KEY, frame)).text()).toBe('the copy');
  });

  it('comes from the network while the first visit is still downloading it', async () => {
    device({}, true);
    expect(await (await servePage(request, KEY, frame)).text()).toBe('from the network');
  });

  it('is stood in for by the app frame offline, and the failure stays a failure without one', async () => {
    device({ 'https://okno.test/catalog.html?v=r0': 'an older version' }, false);
    expect(await (await servePage(request, KEY, frame)).text()).toBe('the frame');
    await expect(servePage(request, KEY, async () => undefined)).rejects.toThrow('Failed to fetch');
  });
});
