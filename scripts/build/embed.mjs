// embed.js, the one self-contained classic script help centers include: its own wasm and its
// wasm-bindgen glue, which Trunk builds from src/bin/embed.rs (index.html's second rust link:
// cargo, wasm-bindgen `--target no-modules`, wasm-opt, all at the versions Trunk.toml pins),
// inlined with the app's scoped CSS into scripts/embed.template.js.

import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const repo = path.resolve(import.meta.dirname, '..', '..');
const template = path.join(repo, 'scripts', 'embed.template.js');

/** The largest embed.js Zendesk Guide (and this project) accepts. */
export const EMBED_LIMIT = 5 * 1024 * 1024;

/**
 * What to say about an embed.js of `bytes` bytes built with `profile`: `null` when it fits
 * EMBED_LIMIT; over it, `{ fatal, message }`, fatal for a release build (help centers refuse
 * the file), a warning only for a debug build (its wasm is unoptimised and large: only a
 * release build must fit).
 */
export function embedSizeCheck(bytes, profile) {
  if (bytes <= EMBED_LIMIT) return null;
  const message = `embed.js is ${bytes} bytes, over the ${EMBED_LIMIT}-byte limit of help-center assets`;
  return { fatal: profile === 'release', message };
}

/**
 * embed.js: a classic script that starts the app in embed mode: scripts/embed.template.js
 * with this build's id (`build`), its scoped CSS (`css`), the wasm (`wasm`, a Buffer, inlined
 * as base64) and its glue (`glue`, wasm-bindgen's `no-modules` output, which defines
 * `wasm_bindgen`; in the template it stays local to embed.js's own function) and the catalogs'
 * runtime (`i18n`, build/locales.mjs).
 *
 * Throws if the template does not hold each marker exactly once, if the result is not a classic
 * script (glue of another wasm-bindgen target: `import`, `export`, `import.meta`), or if it
 * would need eval / new Function (the CSP it promises to work under has no 'unsafe-eval').
 */
export function embedScript({ glue, wasm, css, build, i18n = '' }) {
  const text = readFileSync(template, 'utf8');
  const parts = {
    '/*@BUILD@*/': JSON.stringify(build),
    '/*@CSS@*/': JSON.stringify(css),
    '/*@WASM@*/': JSON.stringify(wasm.toString('base64')),
    '/*@GLUE@*/': glue,
    '/*@I18N@*/': i18n,
  };
  let out = text;
  for (const [marker, value] of Object.entries(parts)) {
    if (out.split(marker).length !== 2) throw new Error(`scripts/embed.template.js must contain ${marker} exactly once`);
    out = out.replace(marker, () => value);
  }
  try {
    // Parsed, not run: a module's syntax is a SyntaxError in a classic script.
    new vm.Script(out, { filename: 'embed.js' });
  } catch (e) {
    throw new Error(`embed.js is not a classic script (is the embed's rust link in index.html still data-bindgen-target="no-modules"?): ${e.message}`);
  }
  if (/\bimport\s*\(/.test(out)) throw new Error('embed.js would import() another file');
  if (/\beval\s*\(|new\s+Function\s*\(/.test(out)) throw new Error('embed.js would need eval / new Function');
  return out;
}

/** The cargo binary whose wasm embed.js carries (Cargo.toml, src/bin/embed.rs, index.html). */
export const EMBED_BIN = 'refresh-request-embed';

/**
 * The names Trunk gives the embed's glue and wasm in the build folder: a rust link of
 * `data-type="worker"` is named after its binary, without a content hash.
 */
export const EMBED_PARTS = { glue: `${EMBED_BIN}.js`, wasm: `${EMBED_BIN}_bg.wasm` };

/**
 * The embed's glue and wasm, as `{ glue, wasm }` (text, bytes), taken out of the build folder
 * `dir`: they are inside embed.js, and the site must not serve them. They are kept in `store`
 * (one folder per profile under the cargo target directory), so that the hook run again on a
 * build folder it already wrote (`node scripts/post-build.mjs dist`) finds them.
 *
 * Throws if neither `dir` nor `store` has both files.
 */
export function takeEmbedParts(dir, store) {
  const inBuild = Object.values(EMBED_PARTS).map((f) => path.join(dir, f));
  if (inBuild.every((f) => existsSync(f))) {
    rmSync(store, { recursive: true, force: true });
    mkdirSync(store, { recursive: true });
    for (const f of inBuild) copyFileSync(f, path.join(store, path.basename(f)));
  }
  for (const f of inBuild) rmSync(f, { force: true });
  const glue = path.join(store, EMBED_PARTS.glue);
  const wasm = path.join(store, EMBED_PARTS.wasm);
  if (!existsSync(glue) || !existsSync(wasm)) {
    throw new Error(
      `no ${EMBED_PARTS.glue} and ${EMBED_PARTS.wasm} in ${dir} nor ${store}: ` +
        `index.html needs its rust link with data-bin="${EMBED_BIN}", and trunk must build first`,
    );
  }
  return { glue: readFileSync(glue, 'utf8'), wasm: readFileSync(wasm) };
}

/** Where takeEmbedParts keeps the embed's glue and wasm of a `profile` build. */
export function embedStore(profile) {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(repo, process.env.CARGO_TARGET_DIR) : path.join(repo, 'target');
  return path.join(target, 'embed-parts', profile);
}
