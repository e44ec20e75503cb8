// A tiny static server for the embedding tests: the built bundles, the demo documents, the test
// fixtures and generated host pages, each with the headers a test asks for, plus routes that
// misbehave the way real servers and networks do. Not the dev server: nothing is compiled.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Only these folders of the repository are served. */
const STATIC_PREFIXES = [
  '/dist/',
  '/demo/',
  '/test/embed/fixtures/',
  '/node_modules/lit/',
  '/node_modules/lit-html/',
  '/node_modules/lit-element/',
  '/node_modules/@lit/reactive-element/',
  '/node_modules/react/umd/',
  '/node_modules/react-dom/umd/',
];
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const MB = 1024 * 1024;
// Unreferenced: a stalled response must not keep the test process alive after the server closes.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Starts a server on an ephemeral port of 127.0.0.1. `server.page(path, html, headers)` and
 * `server.file(path, body, type, headers)` add generated routes; `server.hits(path)` counts
 * requests; `server.close()` also drops connections still stalled.
 */
export async function startServer({ name = 'main' } = {}) {
  const routes = new Map();
  const hits = new Map();
  const fileCache = new Map();
  const sockets = new Set();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const count = hits.get(path);
    res.setHeader('Cache-Control', 'no-store');
    try {
      const route = routes.get(path);
      if (route) {
        res.writeHead(route.status ?? 200, { 'Content-Type': route.type, ...route.headers });
        res.end(route.body);
        return;
      }
      if (path === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      if (path.startsWith('/net/')) return await network(path.slice(5), url, req, res, count);
      if (STATIC_PREFIXES.some((p) => path.startsWith(p))) {
        const file = normalize(join(ROOT, decodeURIComponent(path)));
        if (!file.startsWith(ROOT)) return notFound(res);
        let body = fileCache.get(file);
        if (!body) {
          body = await readFile(file);
          // Bundles are read once per server; documents are small.
          fileCache.set(file, body);
        }
        const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
        if (url.searchParams.has('cors')) headers['Access-Control-Allow-Origin'] = '*';
        res.writeHead(200, headers);
        res.end(body);
        return;
      }
      notFound(res);
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return notFound(res);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    name,
    origin,
    url: (path) => origin + path,
    page(path, html, headers = {}) {
      routes.set(path, { type: 'text/html; charset=utf-8', body: html, headers });
    },
    file(path, body, type = 'text/javascript; charset=utf-8', headers = {}) {
      routes.set(path, { type, body, headers });
    },
    hits: (path) => hits.get(path) ?? 0,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

const LUNGE = readFile(join(ROOT, 'demo/exercises/reverse-lunge.json'));

/** Routes that fail the way servers and networks do. `count` is this path's request number. */
async function network(route, url, req, res, count) {
  const json = { 'Content-Type': 'application/json' };
  switch (route) {
    case 'ok':
      res.writeHead(200, json);
      return res.end(await LUNGE);
    case 'ok-cors':
      res.writeHead(200, { ...json, 'Access-Control-Allow-Origin': '*' });
      return res.end(await LUNGE);
    case '404':
      res.writeHead(404, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><title>Not Found</title><h1>Not Found</h1>');
    case '500':
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      return res.end('Internal Server Error');
    case 'flaky':
      // A server error the first time, the document after that: the retry button's case.
      if (count === 1) {
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        return res.end('Service Unavailable');
      }
      res.writeHead(200, json);
      return res.end(await LUNGE);
    case 'stall':
      // The first request hangs for 30 s (far past the element's 10 s); later ones answer.
      if (count === 1) {
        await sleep(Number(url.searchParams.get('ms') ?? 30_000));
        if (res.destroyed) return;
      }
      res.writeHead(200, json);
      return res.end(await LUNGE);
    case 'html':
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><html><head><title>Login</title></head><body><p>Please sign in</p></body></html>');
    case 'text-plain':
      // Valid JSON with a careless content type: read anyway.
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end(await LUNGE);
    case 'empty':
      res.writeHead(200, json);
      return res.end();
    case 'redirect':
      res.writeHead(302, { Location: '/net/ok' });
      return res.end();
    case 'redirect-loop':
      res.writeHead(302, { Location: '/net/redirect-loop' });
      return res.end();
    case 'truncated': {
      // Promises 4 KB more than it sends, then hangs up.
      const body = await LUNGE;
      res.writeHead(200, { ...json, 'Content-Length': String(body.length + 4096) });
      res.write(body.subarray(0, 1000));
      await sleep(50);
      return res.destroy();
    }
    case 'huge':
    case 'huge-chunked': {
      // 20 MB of (valid) JSON, announced with Content-Length or streamed without it.
      const size = 20 * MB;
      const headers = { ...json };
      if (route === 'huge') headers['Content-Length'] = String(size);
      res.writeHead(200, headers);
      const head = '{"schemaVersion":1,"id":"huge","name":"';
      const chunk = Buffer.alloc(64 * 1024, 'x');
      res.write(head);
      let sent = head.length;
      while (sent < size - 2 && !res.destroyed) {
        const n = Math.min(chunk.length, size - 2 - sent);
        const ok = res.write(n === chunk.length ? chunk : chunk.subarray(0, n));
        sent += n;
        if (!ok) {
          await new Promise((resolve) => {
            const done = () => {
              res.off('drain', done);
              res.off('close', done);
              resolve();
            };
            res.on('drain', done);
            res.on('close', done);
          });
        }
      }
      return res.end('"}');
    }
    default:
      return notFound(res);
  }
}
