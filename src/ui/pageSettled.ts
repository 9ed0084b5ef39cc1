// When a freshly rendered (still detached) copy of the app has drawn the page, not just its frame.
// Why: a page may suspend on its first render (its data, its texts), and Solid then shows nothing in
// <main> until it resolves. Swapping such a copy in for the prerendered page would blank the content
// and pull the footer up for a moment (a flash that CLS does not even count, the nodes being new).
// The prerendered page tells what to wait for: its main's heading, or any content at all.

/** How long the static page may stay while the app's copy settles: past it, the copy goes in anyway. */
export const SETTLE_LIMIT_MS = 5000;

const drawn = (copy: ParentNode, wantsHeading: boolean) => {
  const main = copy.querySelector('main');
  return !!main && (wantsHeading ? !!main.querySelector('h1') : main.childElementCount > 0);
};

export function pageSettled(prerendered: ParentNode, copy: HTMLElement, limitMs = SETTLE_LIMIT_MS): Promise<void> {
  const wantsHeading = !!prerendered.querySelector('main h1');
  if (drawn(copy, wantsHeading)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => drawn(copy, wantsHeading) && done());
    observer.observe(copy, { childList: true, subtree: true });
    const timer = setTimeout(done, limitMs);
  });
}
