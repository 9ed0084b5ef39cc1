// The page's Content-Security-Policy, shipped as a <meta> in the built index.html, shell.html and every
// prerendered page (the dev server goes without: Vite injects its CSS as inline <style>). Nothing runs
// inline but the page's start script, and the one inline style sheet; the build adds each one's hash
// (src/prerender/inlineStyle.ts). Nothing is eval'd, no plug-in loads; blob: is for image previews,
// downloads and workers.
// A <meta> cannot carry frame-ancestors: hosts add it as a header (README, «Content-Security-Policy»).
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'okno-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (/\sstyle=/.test(html)) throw new Error("index.html: an inline style attribute breaks style-src 'self'");
        return html.replace(
          /(<meta charset="UTF-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        );
      },
    },
  };
}
