// sw.js, the offline service worker: it precaches this build's own files under a cache name
// that changes with their contents (see scripts/sw.template.js).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DESK_FILES } from './desk.mjs';
import { PLAYGROUND_FILES } from './playground.mjs';

const template = path.join(import.meta.dirname, '..', 'sw.template.js');

/** What the hook itself writes to the top of the build folder (examples/ aside). */
const HOOK_FILES = ['sw.js', 'embed.js', ...PLAYGROUND_FILES, ...DESK_FILES];

/**
 * The app's own files of `files` (a build's, as listFiles gives them): everything Trunk built,
 * and nothing the hook adds (sw.js itself, embed.js, the playground's and the desk page's
 * files, examples/) nor source maps, even when the hook runs again on a folder it already wrote
 * to. post-build.mjs precaches these and, after it has written them, the playground's and the
 * desk page's files and embed.js.
 */
export function precacheFiles(files) {
  const ours = (f) => HOOK_FILES.includes(f) || f.startsWith('examples/') || f.endsWith('.map');
  return files.filter((f) => !ours(f));
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

/**
 * sw.js: the template with this build's cache name and file list (each `./`-relative, since
 * the worker resolves them against its scope).
 *
 * Throws if scripts/sw.template.js lost its `'__CACHE_NAME__'` or `__PRECACHE__` placeholder.
 */
export function serviceWorker({ cache, files }) {
  const text = readFileSync(template, 'utf8');
  if (!text.includes('__CACHE_NAME__') || !text.includes('__PRECACHE__')) throw new Error('scripts/sw.template.js lost its placeholders');
  return text
    .replace("'__CACHE_NAME__'", () => JSON.stringify(cache))
    .replace('__PRECACHE__', () => JSON.stringify(files.map((f) => `./${f}`), null, 2));
}
