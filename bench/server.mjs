// A tiny static server for the benchmark pages: the repository root as files, plus pages and
// bundles the harness makes in memory (`routes`). Gzips text when the browser asks, as any real
// host would, so the bytes a page fetches are the bytes a reader would download.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {string} root directory served at `/`
 * @param {Map<string, {type: string, body: string | Buffer}>} routes in-memory files by URL path
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer(root, routes = new Map()) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = routes.get(path);
      if (!file) {
        const full = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
        if (full !== root.replace(/\/$/, '') && !full.startsWith(root.endsWith(sep) ? root : root + sep)) {
          throw Object.assign(new Error('outside root'), { status: 403 });
        }
        const info = await stat(full).catch(() => undefined);
        if (!info?.isFile()) throw Object.assign(new Error('not found'), { status: 404 });
        file = { type: TYPES[extname(full)] ?? 'application/octet-stream', body: await readFile(full) };
      }
      const gzip = COMPRESSIBLE.test(file.type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = gzip ? gzipSync(file.body, { level: 6 }) : Buffer.from(file.body);
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const status = error.status ?? 500;
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${status} ${error.message}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
