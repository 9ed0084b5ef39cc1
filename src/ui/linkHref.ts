// The address an in-app link points to, and whether the current page is that address: what the router's
// own Link works out through the whole router for every link, done here with a few string steps.
// It must give the very address the router would (path params encoded, search written by the router's
// own serializer), so a link opened in a new tab or copied lands where a click would.

/** Path params by name. */
export type LinkParams = Record<string, string | number>;
export type LinkSearch = Record<string, unknown>;

/** `/catalog/$serviceId` with `{ serviceId: 'a b' }` → `/catalog/a%20b`; a missing param stays empty. */
export function interpolatePath(to: string, params: LinkParams = {}): string {
  return to.replace(
    /\/\$([A-Za-z_]\w*)(?=\/|$)/g,
    (_, name: string) => `/${params[name] === undefined ? '' : encodeURIComponent(String(params[name]))}`,
  );
}

/** The link's address: the path with its params and the search as the router writes it (`?a=1&b=%22x%22`). */
export function linkHref(
  to: string,
  params: LinkParams | undefined,
  search: LinkSearch | undefined,
  stringify: (search: LinkSearch) => string,
): string {
  const path = interpolatePath(to, params);
  const defined = Object.fromEntries(Object.entries(search ?? {}).filter(([, value]) => value !== undefined));
  return `${path}${Object.keys(defined).length ? stringify(defined) : ''}`;
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * Whether a page at `pathname` with `current` search is where the link leads, as the router marks its
 * links: the link's path is the page's or a section above it (`/help` for `/help/contacts`; `/` only
 * itself), and every search value the link sets is the page's.
 */
export function isCurrent(pathname: string, current: LinkSearch, path: string, search: LinkSearch | undefined): boolean {
  const here = trimSlash(pathname);
  const there = trimSlash(path);
  const within = here === there || (there !== '/' && here.startsWith(`${there}/`));
  if (!within) return false;
  return Object.entries(search ?? {}).every(([key, value]) => value === undefined || JSON.stringify(current[key]) === JSON.stringify(value));
}
