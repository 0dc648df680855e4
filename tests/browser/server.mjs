#!/usr/bin/env node
// A tiny static file server for the browser tests (Node only, no dependencies).
//
//   node tests/browser/server.mjs --root dist --port 8081 [--host 127.0.0.1] [--base /refresh/]
//        [--header 'Content-Security-Policy: default-src self'] [--header ...] [--log]
//
// - serves GET / HEAD only, from --root and never from outside it: `..`, encoded `%2e%2e`,
//   `%2f`, NUL bytes and symlinks pointing out of the root all give 400 / 404;
// - sends correct MIME types (application/wasm for .wasm, which WebAssembly.instantiateStreaming
//   requires) and `X-Content-Type-Options: nosniff`, so a wrong type fails loudly;
// - a directory serves its index.html; anything missing is a plain 404 (no SPA fallback, so a
//   broken asset link shows up as a console error in the tests);
// - every --header is added to every response (e.g. a Content-Security-Policy to prove the
//   page works under it);
// - caches as a well-set static host does: files whose names carry a content hash (Trunk's
//   `name-<hash>.js` / `_bg.wasm`) are `immutable` for a year, every other file is `no-cache`
//   (the browser asks again each time, and a rebuilt dist/ is always what is tested), and every
//   file has an ETag, so asking again for an unchanged file costs a 304 and no body;
// - with `--base /refresh/` it serves the root under that folder only, as a help center's
//   asset path or a project site does (anything outside it is a 404);
// - it records every response it sent, with the bytes it wrote for it (headers and body, as
//   they left the socket): `srv.transfers`, for tests and scripts/bench that count what a visit
//   costs, service worker included.
//
// - with `compress: true` (the benchmark's setting), it answers `Accept-Encoding: br` / `gzip`
//   with a compressed body, as production static hosts do, so load figures and Lighthouse see
//   real transfer sizes;
//
// Tests can also start their own instance (e.g. with other headers, or another origin):
//   import { startServer } from './server.mjs';
//   const srv = await startServer({ root, port: 0, headers: { 'Content-Security-Policy': '...' } });
//   ... srv.url ...; await srv.close();
// `routes: { '/path': (req, res) => ... }` answers those paths (before the base and the files)
// with a handler of the test's own: one that never answers, a redirect to another origin.

import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isContentHashed } from '../../scripts/build/files.mjs';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root, candidate) {
  return candidate === root || candidate.startsWith(root + path.sep);
}

/**
 * Maps a request target to a file inside `root` (an absolute, real path), or returns an
 * HTTP status: 400 for a malformed / hostile path, 404 for anything not there.
 */
export async function resolveRequestPath(root, requestUrl) {
  let pathname;
  try {
    pathname = new URL(requestUrl, 'http://server.invalid').pathname;
  } catch {
    return { status: 400 };
  }
  // Reject encoded separators and backslashes outright: no legitimate asset needs them and
  // they are the classic ways to smuggle `..` past a naive check.
  if (/%2f|%5c|\\/i.test(pathname)) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { status: 400 };

  let candidate = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!isInside(root, candidate)) return { status: 400 };

  let info;
  try {
    // realpath resolves symlinks: a link pointing out of the root is refused.
    candidate = await realpath(candidate);
    if (!isInside(root, candidate)) return { status: 404 };
    info = await stat(candidate);
    if (info.isDirectory()) {
      candidate = await realpath(path.join(candidate, 'index.html'));
      if (!isInside(root, candidate)) return { status: 404 };
      info = await stat(candidate);
    }
  } catch {
    return { status: 404 };
  }
  if (!info.isFile()) return { status: 404 };
  return { status: 200, file: candidate, size: info.size };
}

/**
 * Starts the server. `port: 0` picks a free port. Resolves to
 * `{ server, port, url, close() }` once it is listening.
 */
/** A free TCP port on 127.0.0.1, for servers that must know their port before they start. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Compressed bodies by file, encoding and modification time (each compressed once). */
const compressed = new Map();

/** `file`'s body in the best encoding `accept` allows (br, then gzip), or null for identity. */
function compressedBody(file, mtimeMs, accept) {
  const type = mimeType(file);
  if (!/^(text\/|application\/(wasm|json|javascript|manifest|xml)|image\/svg)/.test(type)) return null;
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  if (!encoding) return null;
  const key = `${file}\0${encoding}\0${mtimeMs}`;
  if (!compressed.has(key)) {
    const raw = readFileSync(file);
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return { encoding, body: compressed.get(key) };
}

/** How long a file may be kept: a hashed name never changes content, anything else is asked for again. */
export function cacheControl(file) {
  return isContentHashed(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A folder to serve under, as `/a/b/`: leading and trailing slash, nothing else. */
function normalBase(base) {
  const parts = String(base).split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function startServer({ root, port = 0, host = '127.0.0.1', headers = {}, log = false, compress = false, base = '/', routes = {} }) {
  const realRoot = realpathSync(path.resolve(root));
  if (!statSync(realRoot).isDirectory()) throw new Error(`server: root is not a directory: ${realRoot}`);
  const folder = normalBase(base);
  /** Every response sent: {method, url, status, bytes}, bytes as written to the socket. */
  const transfers = [];

  const server = createServer(async (req, res) => {
    const sentBefore = req.socket.bytesWritten;
    res.on('close', () => {
      transfers.push({ method: req.method, url: req.url, status: res.statusCode, bytes: req.socket.bytesWritten - sentBefore });
    });
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const pathname = new URL(req.url ?? '/', 'http://server.invalid').pathname;
      if (Object.hasOwn(routes, pathname)) {
        routes[pathname](req, res);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });
        return;
      }
      // Under a folder: the folder without its slash moves to the folder, as static hosts do.
      if (folder !== '/' && pathname === folder.slice(0, -1)) {
        send(301, 'moved\n', { Location: folder });
        return;
      }
      if (!pathname.startsWith(folder)) {
        if (log) console.log(`${req.method} ${req.url} -> 404 (outside ${folder})`);
        send(404, 'not found\n');
        return;
      }
      const found = await resolveRequestPath(realRoot, '/' + pathname.slice(folder.length));
      if (log) console.log(`${req.method} ${req.url} -> ${found.status}`);
      if (found.status !== 200) {
        send(found.status, found.status === 404 ? 'not found\n' : 'bad request\n');
        return;
      }
      const { mtimeMs } = statSync(found.file);
      const etag = `"${found.size.toString(16)}-${Math.round(mtimeMs * 1000).toString(16)}"`;
      const caching = { 'Cache-Control': cacheControl(found.file), ETag: etag };
      const asked = String(req.headers['if-none-match'] ?? '');
      if (asked.split(/\s*,\s*/).some((t) => t.replace(/^W\//, '') === etag)) {
        res.writeHead(304, { ...headers, ...caching, ...(compress ? { Vary: 'Accept-Encoding' } : {}) });
        res.end();
        return;
      }
      const packed = compress ? compressedBody(found.file, mtimeMs, String(req.headers['accept-encoding'] ?? '')) : null;
      if (packed) {
        res.writeHead(200, {
          ...headers,
          'Content-Type': mimeType(found.file),
          'Content-Encoding': packed.encoding,
          'Content-Length': packed.body.length,
          ...caching,
          'X-Content-Type-Options': 'nosniff',
          Vary: 'Accept-Encoding',
        });
        res.end(req.method === 'HEAD' ? undefined : packed.body);
        return;
      }
      res.writeHead(200, {
        ...headers,
        'Content-Type': mimeType(found.file),
        'Content-Length': found.size,
        ...caching,
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(found.file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (err) {
      if (!res.headersSent) send(500, 'internal error\n');
      else res.destroy();
      console.error('server: error:', err);
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        /** The origin, without the folder. */
        url: `http://${host}:${actual}`,
        /** Where index.html is: the origin and the folder. */
        home: `http://${host}:${actual}${folder}`,
        transfers,
        // Also ends the connections a route left open (one that never answers).
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { root: null, port: 8081, host: '127.0.0.1', headers: {}, log: false, base: '/' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') opts.root = value();
    else if (arg === '--port') opts.port = Number(value());
    else if (arg === '--host') opts.host = value();
    else if (arg === '--base') opts.base = value();
    else if (arg === '--log') opts.log = true;
    else if (arg === '--header') {
      const raw = value();
      const colon = raw.indexOf(':');
      if (colon <= 0) throw new Error(`--header wants 'Name: value', got ${JSON.stringify(raw)}`);
      opts.headers[raw.slice(0, colon).trim()] = raw.slice(colon + 1).trim();
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: server.mjs --root DIR [--port N] [--host H] [--base /folder/] [--header "Name: value"]... [--log]');
      process.exit(0);
    } else throw new Error(`unknown argument ${JSON.stringify(arg)} (try --help)`);
  }
  if (!opts.root) throw new Error('--root DIR is required');
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('bad --port');
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const index = path.join(path.resolve(opts.root), 'index.html');
    let html;
    try {
      html = readFileSync(index, 'utf8');
    } catch {
      throw new Error(`${index} does not exist: build the app first (trunk build --release)`);
    }
    // `trunk serve` writes the same dist/, with a live-reload WebSocket script that fails here.
    if (html.includes('.well-known/trunk/ws')) {
      throw new Error(`${index} was written by \`trunk serve\` (it has the live-reload script): run \`trunk build --release\` first`);
    }
    const { url } = await startServer(opts);
    console.log(`server: serving ${path.resolve(opts.root)} on ${url}${normalBase(opts.base)}`);
    const stop = () => process.exit(0);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`server: ${err.message}`);
    process.exit(2);
  }
}
