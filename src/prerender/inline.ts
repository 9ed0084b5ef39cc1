// What the first paint needs goes into each built page, so the page paints from its own HTML in one round
// trip, as a static page does (issue 15). Every file fetched before the paint (the style sheet, the start
// script, the icon) was one more round trip on a phone's slow line: Lighthouse, mobile, put LCP at ~920 ms
// against ~640-750 ms for a static page with no files. Inline script and style are allowed by their hashes in
// the page's CSP. The style sheet is ~5 KB gzip, so the page still fits the network's first round trip; its
// separate file is dropped from the bundle (nothing else links it, and the service worker would precache it
// for nothing).
import { createHash } from 'node:crypto';

const SHEET_LINK = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/;

/** The page with `text` (the whole content of one inline element) allowed by its hash in the CSP's `directive`. */
export function allowInline(html: string, directive: 'script-src' | 'style-src', text: string): string {
  const source = `${directive} 'self'`;
  if (!html.includes(source)) throw new Error(`inline: the page's CSP has no ${source}`);
  const hash = createHash('sha256').update(text, 'utf8').digest('base64');
  return html.replace(source, () => `${source} 'sha256-${hash}'`);
}

/** The page with its icon (an SVG file's text) as a data: address, which img-src allows. */
export function inlineIcon(html: string, svg: string): string {
  const link = /<link rel="icon" href="[^"]+\.svg" type="image\/svg\+xml" \/>/.exec(html);
  if (!link) throw new Error('inline: the page links no SVG icon');
  const data = `data:image/svg+xml,${encodeURIComponent(svg.replace(/\s+/g, ' ').trim())}`;
  return html.replace(link[0], () => `<link rel="icon" href="${data}" type="image/svg+xml" />`);
}

/** The page with its sheet inline and hashed in the CSP; `css` is the sheet named by the page's one link. */
export function inlineStyle(html: string, css: (fileName: string) => string): { html: string; inlined: string } {
  const link = SHEET_LINK.exec(html);
  if (!link) throw new Error('inline: the page links no style sheet');
  if (SHEET_LINK.test(html.replace(link[0], ''))) throw new Error('inline: the page links more than one style sheet');
  const sheet = css(link[1]!);
  if (/<\/style/i.test(sheet)) throw new Error('inline: the sheet contains </style');
  return { html: allowInline(html, 'style-src', sheet).replace(link[0], () => `<style>${sheet}</style>`), inlined: link[1]! };
}
