// A tiny static server whose root can be swapped while it runs: the way a new deployment looks to an
// installed app. Serves prerendered pages and falls back to the frame (shell.html) for deep links, like
// the real hosting.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain',
};

export interface SwappableServer {
  url: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<SwappableServer> {
  let current = root;
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(current, path);
    // Like the real hosting: «/» and prerendered pages by their .html file, other deep links the frame.
    if (path === '/' || path === '\\') file = join(current, 'index.html');
    else if (!existsSync(file) || statSync(file).isDirectory())
      file = existsSync(`${file}.html`) ? `${file}.html` : join(current, existsSync(join(current, 'shell.html')) ? 'shell.html' : 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (next) => (current = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
