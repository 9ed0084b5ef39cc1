// The service worker's precache in two steps. The mock backend answers only once the worker is installed,
// and installing used to download the whole app first (220 files, 1.8 MB): on a first visit over a slow
// line, or on a busy machine, the page waited ten seconds and more before it could even sign in.
//
// Now the install takes the app frame (shell.html, from which every address can start), the icons and
// manifest, and the files the frame loads first (the start script names the app's file); every other file
// (the prerendered public pages, lazy pages, workers, fonts) is downloaded right after, when the page asks
// (`CACHE_ASSETS`), and kept in its own cache. The page shows when the whole app is on the device. An
// update is installed whole, while the old version still serves, so an accepted update always works
// offline. Built files carry a content hash in their names, so the URL alone says which version a cached
// copy is; a prerendered page's name does not, so it is kept under its name and revision (`?v=`).
// Why pages wait too: each carries its style sheet inline (one round trip less before the first paint,
// issue 15), and the 22 of them made the install step 855 KB instead of 693.
import type { PrecacheEntry } from 'workbox-precaching';

export const ASSET_CACHE = 'okno-assets';
/** Downloads at a time: the page shares the line. */
const PARALLEL = 6;

type Entry = PrecacheEntry | string;
const urlOf = (entry: Entry) => (typeof entry === 'string' ? entry : entry.url);
const isBuiltAsset = (url: string) => url.replace(/^\//, '').startsWith('assets/');
/** The frame every address can start from: the install takes it. */
export const SHELL = 'shell.html';
const isPage = (url: string) => url.endsWith('.html') && url.replace(/^\//, '') !== SHELL;

/** A page's address (`/`, `/catalog`, `/catalog/passport`) from its file's name in the precache list. */
const pageAddress = (url: string) => `/${url.replace(/^\//, '').replace(/\.html$/, '')}`.replace(/^\/index$/, '/');

/** Where a prerendered page is kept: its file's URL with its revision, so two versions never share a key. */
const pageKey = (entry: Entry, origin: string) => {
  const url = new URL(urlOf(entry), origin);
  if (typeof entry !== 'string' && entry.revision) url.searchParams.set('v', entry.revision);
  return url.href;
};

/**
 * The precache list split into what the install takes (`first`), the files fetched after (`assets`,
 * absolute URLs: built files, and pages under their revision) and the pages by address (`pages`).
 */
export function splitManifest(entries: Entry[], origin: string): { first: Entry[]; assets: string[]; pages: Map<string, string> } {
  const pages = new Map(entries.filter((entry) => isPage(urlOf(entry))).map((entry) => [pageAddress(urlOf(entry)), pageKey(entry, origin)]));
  const built = entries.filter((entry) => isBuiltAsset(urlOf(entry))).map((entry) => new URL(urlOf(entry), origin).href);
  return {
    first: entries.filter((entry) => !isBuiltAsset(urlOf(entry)) && !isPage(urlOf(entry))),
    assets: [...pages.values(), ...built],
    pages,
  };
}

/**
 * A prerendered page from the cache; one not there yet (the first visit's download still running) comes
 * from the network, and offline the app frame stands in for it: the app draws the same page in it.
 */
export async function servePage(request: Request, key: string, shell: () => Promise<Response | undefined>): Promise<Response> {
  const held = await (await caches.open(ASSET_CACHE)).match(key);
  if (held) return held;
  try {
    return await fetch(request);
  } catch (error) {
    const frame = await shell();
    if (frame) return frame;
    throw error;
  }
}

/** The built files an HTML page links to (script, module preloads, style sheet), among `assets`. */
export function linkedAssets(html: string, assets: readonly string[], origin: string): string[] {
  const linked = new Set([...html.matchAll(/(?:src|href|data-boot)="(\/?assets\/[^"]+)"/g)].map((match) => new URL(match[1]!, origin).href));
  return assets.filter((url) => linked.has(url));
}

/** Downloads the given files that the asset cache does not hold yet. */
export async function cacheAssets(urls: readonly string[]): Promise<void> {
  const cache = await caches.open(ASSET_CACHE);
  const held = new Set((await cache.keys()).map((request) => request.url));
  const missing = urls.filter((url) => !held.has(url));
  for (let i = 0; i < missing.length; i += PARALLEL) await cache.addAll(missing.slice(i, i + PARALLEL));
}

/** Drops files of older versions (called when a version takes over). */
export async function dropOtherAssets(urls: readonly string[]): Promise<void> {
  const keep = new Set(urls);
  const cache = await caches.open(ASSET_CACHE);
  for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
}

/** A built file from the asset cache; one not there yet comes from the network and is kept. */
export async function serveAsset(request: Request): Promise<Response> {
  const cache = await caches.open(ASSET_CACHE);
  const held = await cache.match(request, { ignoreVary: true });
  if (held) return held;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request.url, response.clone());
  return response;
}
