import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';
import { inlineIcon, inlineStyle } from './inline';

const SHEET = 'body{margin:0}a[href$="$&"]{color:red}';
const page = (links: string) =>
  `<head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />${links}</head><body></body>`;
const LINK = '<link rel="stylesheet" crossorigin href="/assets/boot-X.css">';

describe('inlineStyle', () => {
  it('puts the sheet in a <style>, drops the link and allows exactly that text by its hash', () => {
    const read: string[] = [];
    const { html, inlined } = inlineStyle(page(LINK), (name) => (read.push(name), SHEET));
    expect(read).toEqual(['assets/boot-X.css']);
    expect(inlined).toBe('assets/boot-X.css');
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain(`<style>${SHEET}</style>`); // `$&` in the sheet is kept as written
    const hash = createHash('sha256').update(SHEET).digest('base64');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}';`);
  });

  it('refuses a page it cannot make safe: no link, two links, no style-src, or a sheet that closes the element', () => {
    expect(() => inlineStyle(page(''), () => SHEET)).toThrow(/links no style sheet/);
    expect(() => inlineStyle(page(LINK + LINK.replace('X', 'Y')), () => SHEET)).toThrow(/more than one/);
    expect(() => inlineStyle(page(LINK).replace("style-src 'self'", ''), () => SHEET)).toThrow(/CSP has no style-src/);
    expect(() => inlineStyle(page(LINK), () => 'a{}</style><script>')).toThrow(/<\/style/);
  });

  it('writes the SVG icon into its link as a data: address the browser can read back', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n  <rect width="8" height="8" fill="#0d4cd3"/>\n</svg>\n';
    const html = inlineIcon('<head><link rel="icon" href="/icons/icon.svg" type="image/svg+xml" /></head>', svg);
    const href = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml" \/>/.exec(html)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"> <rect width="8" height="8" fill="#0d4cd3"/> </svg>',
    );
    expect(() => inlineIcon('<head></head>', svg)).toThrow(/no SVG icon/);
  });
});
