// The build folder the hook works in: its files, and the page's wasm and glue among them.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether a file's name carries a hash of its content, as Trunk names what it builds
 * (`refresh-request-1a2b3c4d5e6f7a8b.js`, `…_bg.wasm`, `….css`): such a file never changes under
 * its name, so a browser may keep it for good and the service worker takes it from the
 * browser's cache. Everything else (index.html, embed.js, the playground) can change in place.
 */
export function isContentHashed(name) {
  return /-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css)$/.test(name);
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
export function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

/**
 * The page's wasm and its wasm-bindgen glue among `files` (as listFiles gives them): the one
 * `*_bg.wasm` at the top of `dir` and the `.js` of the same name beside it. Returns
 * `{ wasmFile, glueFile }`.
 *
 * Throws if there is not exactly one such wasm, or no glue beside it: Trunk's output has
 * changed shape, and guessing would write an embed.js or sw.js for the wrong files.
 */
export function pageBundle(dir, files) {
  const wasmFiles = files.filter((f) => f.endsWith('_bg.wasm') && !f.includes('/'));
  if (wasmFiles.length !== 1) throw new Error(`expected one *_bg.wasm in ${dir}, found ${wasmFiles.length}`);
  const wasmFile = wasmFiles[0];
  const glueFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  if (!files.includes(glueFile)) throw new Error(`no wasm-bindgen glue ${glueFile} beside ${wasmFile}`);
  return { wasmFile, glueFile };
}
