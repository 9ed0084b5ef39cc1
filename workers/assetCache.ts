// The service worker's precache in two steps. The mock backend answers only once the worker is installed,
// and installing used to download the whole app first (220 files, 1.8 MB): on a first visit over a slow
// line, or on a busy machine, the page waited ten seconds and more before it could even sign in.
//
// Now the install takes the pages (HTML, icons, manifest) and the files the app frame loads first (the
// shell's script, module preloads and style sheet); every other built file (lazy pages, workers, fonts)
// is downloaded right after, when the page asks (`CACHE_ASSETS`), and kept in its own cache. The page
// shows when the whole app is on the device. An update is installed whole, while the old version still
// serves, so an accepted update always works offline. Built files carry a content hash in their names,
// so the URL alone says which version a cached copy is.
import type { PrecacheEntry } from 'workbox-precaching';

export const ASSET_CACHE = 'okno-assets';
/** Downloads at a time: the page shares the line. */
const PARALLEL = 6;

type Entry = PrecacheEntry | string;
const urlOf = (entry: Entry) => (typeof entry === 'string' ? entry : entry.url);
const isBuiltAsset = (url: string) => url.replace(/^\//, '').startsWith('assets/');

/** The precache list split into what the install takes (`first`) and the built files fetched after (`assets`, absolute URLs). */
export function splitManifest(entries: Entry[], origin: string): { first: Entry[]; assets: string[] } {
  return {
    first: entries.filter((entry) => !isBuiltAsset(urlOf(entry))),
    assets: entries.filter((entry) => isBuiltAsset(urlOf(entry))).map((entry) => new URL(urlOf(entry), origin).href),
  };
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
