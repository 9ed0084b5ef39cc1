// The app's in-app link: a plain <a> with the address the router would give it, marked as the current
// page where it leads there, and a router navigation on a plain click (a new tab, a middle click or a
// modified click stay the browser's). Why not the router's own Link: it builds each address through the
// whole router and keeps six memos, nine handlers and an observer per link; the ~20 links of the
// header, footer and home page took ~25 ms of the start-up task's ~30 ms render (a CPU profile of /,
// issue 15). Like the router's, it loads the page's code on intent (hover, focus, touch).
import { useLocation, useRouter, type RegisteredRouter, type RoutePaths } from '@tanstack/solid-router';
import { createMemo, type JSX } from 'solid-js';
import { isCurrent, linkHref, type LinkParams, type LinkSearch } from './linkHref';

/** Every path of the route table: a misspelt link is a type error. */
export type LinkTo = RoutePaths<RegisteredRouter['routeTree']>;

/** The few attributes links here need; written out, not spread, as a spread renders every attribute through a slower path. */
type Props = Pick<JSX.AnchorHTMLAttributes<HTMLAnchorElement>, 'id' | 'class' | 'target' | 'aria-label' | 'aria-current' | 'children'> & {
  to: LinkTo;
  params?: LinkParams;
  search?: LinkSearch;
  onClick?: (event: MouseEvent) => void;
};

/** How long a pointer must rest on a link before its page's code loads (the router's default). */
const PRELOAD_DELAY_MS = 50;

export function Link(props: Props) {
  const router = useRouter();
  const location = useLocation();
  const href = createMemo(() => linkHref(props.to, props.params, props.search, router.options.stringifySearch));
  const current = createMemo(() => {
    const here = location();
    const path = href().split('?')[0]!;
    return isCurrent(here.pathname, here.search as LinkSearch, path, props.search);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const preload = () => void router.preloadRoute({ to: '.', href: href() }).catch(() => {});
  const follow = (event: MouseEvent) => {
    props.onClick?.(event);
    const target = (event.currentTarget as HTMLAnchorElement).target;
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.altKey ||
      event.ctrlKey ||
      event.shiftKey ||
      (target && target !== '_self')
    )
      return;
    event.preventDefault();
    void router.navigate({ to: '.', href: href() });
  };
  return (
    <a
      id={props.id}
      href={href()}
      target={props.target}
      aria-label={props['aria-label']}
      class={[props.class, current() && 'active'].filter(Boolean).join(' ') || undefined}
      aria-current={current() ? 'page' : props['aria-current']}
      data-status={current() ? 'active' : undefined}
      onClick={follow}
      onFocus={preload}
      onTouchStart={preload}
      onMouseEnter={() => (timer = setTimeout(preload, PRELOAD_DELAY_MS))}
      onMouseLeave={() => clearTimeout(timer)}
    >
      {props.children}
    </a>
  );
}
