// sw.js, the offline service worker: it precaches this build's own files under a cache name
// that changes with their contents (see scripts/sw.template.js).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DESK_FILES } from './desk.mjs';
import { isContentHashed, listFiles } from './files.mjs';
import { PLAYGROUND_FILES } from './playground.mjs';

const template = path.join(import.meta.dirname, '..', 'sw.template.js');

/** What the hook itself writes to the top of the build folder (examples/ aside). */
const HOOK_FILES = ['sw.js', 'embed.js', ...PLAYGROUND_FILES, ...DESK_FILES];

/**
 * The app's own files of `files` (a build's, as listFiles gives them): everything Trunk built,
 * and nothing the hook adds (sw.js itself, embed.js, the playground's and the desk page's files,
 * examples/) nor source maps, even when the hook runs again on a folder it already wrote to.
 * sw.js stores these at install; the playground's or the desk page's files, with embed.js,
 * when that page is visited.
 */
export function precacheFiles(files) {
  const ours = (f) => HOOK_FILES.includes(f) || f.startsWith('examples/') || f.startsWith('locales/') || f.endsWith('.map');
  return files.filter((f) => !ours(f));
}

/**
 * The catalogs of `files` (`locales/<tag>.ftl`, and the built-in policies' texts beside them,
 * `locales/<tag>.policies.json`): a reader needs only the language chosen, so sw.js stores each
 * as it passes (once chosen, it works offline), never at install.
 */
export function localeFiles(files) {
  return files.filter((f) => /^locales\/[^/]+\.(ftl|policies\.json)$/.test(f));
}

/**
 * A 16-hex-digit id of a build: the sha256 of `files`' names and contents (read from `dir`),
 * in the order given. It names the service worker's cache, and embed.js carries it.
 */
export function buildId(dir, files) {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

/** The first 16 hex digits of the SHA-256 of a file's content: what sw.js checks a file against. */
export function contentDigest(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * sw.js for the build in `dir`: the template with this build's cache name (a hash of every file
 * it may store), the form page's files `app` (stored at install) and, for each page beside the
 * form in `tools` (`{page: files}`: the playground, the desk page), the files stored when that
 * page is visited; each with the digest of its content and `./`-relative, since the worker
 * resolves them against its scope; the files stored only as they pass (`passing`: the
 * catalogs); and which of them carry a content hash in their names (taken
 * from the browser's cache).
 *
 * Throws if scripts/sw.template.js lost one of its placeholders.
 */
export function serviceWorker({ dir, app, tools, passing = [] }) {
  const text = readFileSync(template, 'utf8');
  const all = [...new Set([...app, ...Object.values(tools).flat(), ...passing])];
  const rel = (f) => `./${f}`;
  const values = {
    "'__CACHE_NAME__'": JSON.stringify(`refresh-request-${buildId(dir, all)}`),
    __FILES__: JSON.stringify(Object.fromEntries(all.map((f) => [rel(f), contentDigest(readFileSync(path.join(dir, f)))])), null, 2),
    __APP__: JSON.stringify(app.map(rel)),
    __TOOLS__: JSON.stringify(Object.fromEntries(Object.entries(tools).map(([page, files]) => [rel(page), files.map(rel)])), null, 2),
    __HASHED__: JSON.stringify(all.filter((f) => isContentHashed(path.posix.basename(f))).map(rel)),
  };
  let out = text;
  for (const [hole, value] of Object.entries(values)) {
    if (!out.includes(hole)) throw new Error(`scripts/sw.template.js lost its ${hole} placeholder`);
    out = out.replace(hole, () => value);
  }
  return out;
}

/** The pages beside the form, each with the files stored once it is visited (embed.js, which they run on, included). */
export const TOOLS = {
  'playground.html': [...PLAYGROUND_FILES, 'embed.js'],
  'desk.html': [...DESK_FILES, 'embed.js'],
};

/**
 * sw.js for the build folder `dir` as it stands: the app's files (what Trunk built) stored at
 * install; the playground's and the desk page's, each once that page is visited; a language's
 * catalog once it is fetched.
 */
export function serviceWorkerOf(dir) {
  const files = listFiles(dir);
  return serviceWorker({ dir, app: precacheFiles(files), tools: TOOLS, passing: localeFiles(files) });
}
