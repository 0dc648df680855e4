#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): turns the built app into what help centers and
// offline users need, in Trunk's staging directory, before Trunk moves it to dist/.
//
//   embed.js      one self-contained classic script: the wasm (base64), the wasm-bindgen glue
//                 (made a classic script) and the app's CSS (scoped for a Shadow DOM). It
//                 fetches nothing and needs no eval: CSP `script-src 'self' 'wasm-unsafe-eval'`.
//                 Its wasm is its own binary (src/bin/embed.rs), built here the way Trunk
//                 builds the page's (cargo, wasm-bindgen, wasm-opt), so the page's wasm carries
//                 no embedding code.
//   sw.js         the service worker: precaches this build's own files under a cache name that
//                 changes with their contents (see scripts/sw.template.js).
//   examples/     the host pages of examples/ (embed, iframe, custom policy, hostile host).
//
//   the glue     (release) minified with terser, the page's and embed.js's, and the page's integrity
//                in index.html updated: Trunk's own minifier cannot parse wasm-bindgen's glue;
//                this saves ~1.7 KB brotli of the first load.
//
// The wasm itself is left exactly as wasm-bindgen and wasm-opt wrote it: its imports and exports
// keep wasm-bindgen's names.
//
// Run by hand on a built folder:  node scripts/post-build.mjs dist
// Uses Node 20, terser (npm), and the tools Trunk uses, on PATH as scripts/setup puts them:
// cargo, wasm-bindgen (the version Trunk.toml pins), wasm-opt (npm binaryen). Fails the build,
// loudly, if anything is not as expected.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const here = import.meta.dirname;
const repo = path.resolve(here, '..');

/** The largest embed.js Zendesk Guide (and this project) accepts. */
export const EMBED_LIMIT = 5 * 1024 * 1024;

/** The class of the element each embedded app is mounted in (inside its shadow root). */
export const EMBED_ROOT_CLASS = 'rr-embed-root';

function fail(message) {
  console.error(`post-build: error: ${message}`);
  process.exit(1);
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

/** The container name of the embed root, for the app's width queries. */
export const EMBED_CONTAINER = 'rr-embed';

/**
 * Adapts the app's stylesheet to a shadow root on someone else's page:
 *
 * - page-level selectors (`:root`, `html`, `body`), which match nothing in a shadow root, are
 *   rewritten to the embed root (`.rr-embed-root`);
 * - `rem` lengths in declarations become `calc(N * var(--rr-rem, 1rem))`: `rem` follows the
 *   host page's `<html>` font size (often 10px or 62.5% in help-center themes), `--rr-rem` is
 *   the reader's default font size, measured by src/embed.rs;
 * - width-only `@media` queries become `@container` queries on the embed root (whose font size
 *   is the reader's default, so `rem` there becomes `em`): the form's layout follows the width
 *   it is given in the host page, not the window's.
 *
 * Comments are dropped; strings are left alone.
 */
export function scopeCss(css, rootClass = EMBED_ROOT_CLASS) {
  const root = `.${rootClass}`;
  const widthQuery = /^@media\s*(\(\s*(?:min|max)-width\s*:[^)]*\)(?:\s*and\s*\(\s*(?:min|max)-width\s*:[^)]*\))*)\s*$/i;
  const rewritePrelude = (prelude) => {
    const media = widthQuery.exec(prelude.trim());
    if (media) {
      const condition = media[1].replace(/(\d*\.?\d+)rem\b/g, '$1em');
      return `${prelude.match(/^\s*/)[0]}@container ${EMBED_CONTAINER} ${condition}${prelude.match(/\s*$/)[0]}`;
    }
    if (/^\s*@/.test(prelude)) return prelude; // other at-rules: as they are
    return prelude
      .replace(/(^|[\s>+~(,])(?::root|html|body)(?![\w-])/g, `$1${root}`)
      .replace(new RegExp(`\\${root}(?:\\s*>?\\s*\\${root})+`, 'g'), root);
  };
  const rewriteDeclaration = (text) =>
    /^\s*@/.test(text)
      ? text
      : text.replace(/(^|[^\w.#-])(\d*\.?\d+)rem\b/g, '$1calc($2 * var(--rr-rem, 1rem))');
  // Strings are set aside while rewriting, then put back.
  const strings = [];
  let out = '';
  let pending = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      strings.push(css.slice(i, j + 1));
      pending += `\u0000${strings.length - 1}\u0000`;
      i = j;
      continue;
    }
    if (c === '{') {
      out += rewritePrelude(pending) + c;
      pending = '';
    } else if (c === '}' || c === ';') {
      out += rewriteDeclaration(pending) + c;
      pending = '';
    } else {
      pending += c;
    }
  }
  return (out + pending).replace(/\u0000(\d+)\u0000/g, (_, n) => strings[Number(n)]);
}

/**
 * Makes wasm-bindgen's `--target web` glue (an ES module) a plain function body: drops
 * `export`, and the never-taken default-path branch's `import.meta.url` (a syntax error outside
 * modules). Refuses glue that imports anything (e.g. wasm-bindgen snippets): embed.js must be
 * one file.
 */
export function classicGlue(glue) {
  // Both shapes: wasm-bindgen's own (one statement a line) and terser's (one line, where the
  // init function has a short name and is exported as `default`).
  let init = null;
  let out = glue
    .replace(/\bexport\s*\{([^}]*)\};?/g, (_, list) => {
      for (const item of list.split(',')) {
        const [local, exported = local] = item.trim().split(/\s+as\s+/);
        if (exported === 'default') init = local;
      }
      return '';
    })
    .replace(/(^|[;{}\s])export\s+(?=(?:async\s+)?(?:function|class|const|let|var)\b)/g, '$1')
    .replace(/import\.meta\.url/g, 'document.baseURI');
  const leftovers = out.match(/\b(?:import|export)\b\s*[{*"'\w].*/g);
  if (leftovers) throw new Error(`the wasm-bindgen glue still imports or exports: ${leftovers.map((l) => l.slice(0, 80)).join(' | ')}`);
  if (/\bimport\s*\(|\bimport\.meta\b/.test(out)) throw new Error('the wasm-bindgen glue uses import() or import.meta');
  if (!init) throw new Error('the wasm-bindgen glue exports no init function (`default`): has its shape changed?');
  // embed.template.js starts the module with __wbg_init.
  if (init !== '__wbg_init') out += `\nvar __wbg_init = ${init};`;
  return out;
}

/** embed.js: a classic script that starts the app in embed mode. */
export function embedScript({ glue, wasm, css, build }) {
  const text = readFileSync(path.join(here, 'embed.template.js'), 'utf8');
  const parts = {
    '/*@BUILD@*/': JSON.stringify(build),
    '/*@CSS@*/': JSON.stringify(css),
    '/*@WASM@*/': JSON.stringify(wasm.toString('base64')),
    '/*@GLUE@*/': classicGlue(glue),
  };
  let out = text;
  for (const [marker, value] of Object.entries(parts)) {
    if (out.split(marker).length !== 2) throw new Error(`scripts/embed.template.js must contain ${marker} exactly once`);
    out = out.replace(marker, () => value);
  }
  // The CSP the script promises to work under has no 'unsafe-eval'.
  if (/\beval\s*\(|new\s+Function\s*\(/.test(out)) throw new Error('embed.js would need eval / new Function');
  return out;
}

/**
 * The page's styles, in document order: the text of each `<style>` block index.html holds
 * (the release page inlines its stylesheet, saving a request before the first paint) and of
 * each stylesheet it links, read from the build. Returns `{ css, from }` (`from` names them).
 */
function pageStyles(dir, html, publicUrl) {
  const parts = [];
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)) {
    if (m[1] !== undefined) {
      parts.push({ from: 'inline <style>', text: m[1] });
      continue;
    }
    const href = /\bhref=["']?([^"' >]+)/i.exec(m[0])?.[1];
    if (!href) continue;
    let p = href.split(/[?#]/)[0];
    if (publicUrl && p.startsWith(publicUrl)) p = p.slice(publicUrl.length);
    p = p.replace(/^\/+/, '');
    if (!existsSync(path.join(dir, p))) throw new Error(`index.html links ${href}, which is not in the build`);
    parts.push({ from: p, text: readFileSync(path.join(dir, p), 'utf8') });
  }
  return { css: parts.map((s) => s.text), from: parts.map((s) => s.from) };
}

/** sw.js: the template with this build's cache name and file list. */
export function serviceWorker({ cache, files }) {
  const text = readFileSync(path.join(here, 'sw.template.js'), 'utf8');
  if (!text.includes('__CACHE_NAME__') || !text.includes('__PRECACHE__')) throw new Error('scripts/sw.template.js lost its placeholders');
  return text
    .replace("'__CACHE_NAME__'", () => JSON.stringify(cache))
    .replace('__PRECACHE__', () => JSON.stringify(files.map((f) => `./${f}`), null, 2));
}

/**
 * The wasm-bindgen glue, minified (an ES module: its exports keep their names, and the
 * property names the wasm imports by are never mangled). Minified again until nothing
 * changes, since terser may still rename a variable in its own output: the hook run again on
 * its own output must leave the glue, whose name Trunk made from its content, as it is.
 */
export async function minifyGlue(source) {
  const once = async (code) => {
    const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
    if (typeof out.code !== 'string' || !out.code) throw new Error('terser returned no code for the glue');
    return out.code;
  };
  let code = await once(source);
  for (let round = 0; round < 4; round++) {
    const again = await once(code);
    if (again === code) return code;
    code = again;
  }
  throw new Error('terser does not settle on one minified glue');
}

/** `s` as a regular expression that matches it literally. */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with the `integrity` of every tag that loads `file` set to `text`'s sha384: the
 * browser refuses a preloaded module whose bytes no longer match.
 */
export function withIntegrity(html, file, text) {
  const sri = `sha384-${createHash('sha384').update(text).digest('base64')}`;
  let found = 0;
  const out = html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!new RegExp(`href=["']?[^"' >]*${escapeRegExp(file)}["' >]`).test(tag)) return tag;
    found++;
    return tag.replace(/\bintegrity=["']?[^"' >]+["']?/i, `integrity="${sri}"`);
  });
  if (!found) throw new Error(`index.html has no <link> to ${file}`);
  return out;
}

/** The cargo binary whose wasm embed.js carries (Cargo.toml, src/bin/embed.rs). */
export const EMBED_BIN = 'refresh-request-embed';

/** Runs a build tool, its output shown; a failure says which tool and how to get it. */
function run(tool, args) {
  try {
    execFileSync(tool, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    const missing = e.code === 'ENOENT' ? ` (not on PATH: scripts/setup installs it)` : '';
    throw new Error(`${tool} ${args.join(' ')} failed${missing}: ${e.message}`);
  }
}

/**
 * The options index.html gives Trunk for the page's wasm-opt run (`data-wasm-opt`,
 * `data-wasm-opt-params`), so embed.js's wasm is optimised the same way.
 */
export function wasmOptArgs(indexHtml) {
  const tag = /<link\b[^>]*data-trunk[^>]*rel=["']?rust["']?[^>]*>/i.exec(indexHtml)?.[0] ?? '';
  const level = /data-wasm-opt=["']?([^"' >]+)/.exec(tag)?.[1];
  if (!level) throw new Error("index.html's rust <link> has no data-wasm-opt level");
  const params = /data-wasm-opt-params=["']([^"']*)["']/.exec(tag)?.[1] ?? '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/**
 * Builds embed.js's wasm and glue the way Trunk builds the page's: `cargo build` of
 * EMBED_BIN for wasm32 (the same profile), the pinned wasm-bindgen (`--target web`), and for
 * release wasm-opt with index.html's options and terser. Cargo reuses the library the page's
 * build just compiled, so this adds one link and one wasm-opt run.
 */
async function buildEmbed(profile) {
  const release = profile === 'release';
  const pinned = /^\s*wasm_bindgen\s*=\s*"([^"]+)"/m.exec(readFileSync(path.join(repo, 'Trunk.toml'), 'utf8'))?.[1];
  let version = '';
  try {
    version = execFileSync('wasm-bindgen', ['--version'], { encoding: 'utf8' }).trim().split(/\s+/)[1];
  } catch {
    throw new Error('wasm-bindgen is not on PATH: scripts/setup installs it');
  }
  if (pinned && version !== pinned) {
    throw new Error(`wasm-bindgen on PATH is ${version}, Trunk.toml pins ${pinned}: run scripts/setup`);
  }
  run('cargo', ['build', '--target', 'wasm32-unknown-unknown', '--bin', EMBED_BIN, ...(release ? ['--release'] : [])]);
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(repo, process.env.CARGO_TARGET_DIR) : path.join(repo, 'target');
  const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${EMBED_BIN}.wasm`);
  const index = readFileSync(path.join(process.env.TRUNK_SOURCE_DIR || repo, 'index.html'), 'utf8');
  // wasm-bindgen and wasm-opt take ~15 s: their output is kept per input (the wasm cargo
  // built, the profile, index.html's wasm-opt options, and what this hook does after them: a
  // change there must not reuse an older hook's output), so a rebuild that changed only the
  // page (CSS, HTML) or a re-run of this hook skips them.
  const key = createHash('sha256')
    .update(readFileSync(built))
    .update(profile)
    .update(release ? `${wasmOptArgs(index).join(' ')}, glue minified` : '')
    .digest('hex')
    .slice(0, 16);
  const cacheRoot = path.join(targetDir, 'embed-build');
  const cached = path.join(cacheRoot, key);
  if (existsSync(path.join(cached, 'embed.js')) && existsSync(path.join(cached, 'embed_bg.wasm'))) {
    return { glue: readFileSync(path.join(cached, 'embed.js'), 'utf8'), wasm: readFileSync(path.join(cached, 'embed_bg.wasm')) };
  }
  const out = mkdtempSync(path.join(tmpdir(), 'refresh-request-embed-'));
  try {
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'embed', built]);
    const wasm = path.join(out, 'embed_bg.wasm');
    let glue = readFileSync(path.join(out, 'embed.js'), 'utf8');
    if (release) {
      run('wasm-opt', [...wasmOptArgs(index), wasm, '-o', wasm]);
      glue = await minifyGlue(glue);
    }
    const result = { glue, wasm: readFileSync(wasm) };
    // Only the latest build is kept.
    rmSync(cacheRoot, { recursive: true, force: true });
    mkdirSync(cached, { recursive: true });
    writeFileSync(path.join(cached, 'embed_bg.wasm'), result.wasm);
    writeFileSync(path.join(cached, 'embed.js'), result.glue);
    return result;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main() {
  const dir = path.resolve(process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist');
  const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
  const profile = process.env.TRUNK_PROFILE || 'release';
  if (!existsSync(path.join(dir, 'index.html'))) fail(`${dir}/index.html does not exist: build first`);

  const files = listFiles(dir);
  const wasmFiles = files.filter((f) => f.endsWith('_bg.wasm') && !f.includes('/'));
  if (wasmFiles.length !== 1) fail(`expected one *_bg.wasm in ${dir}, found ${wasmFiles.length}`);
  const wasmFile = wasmFiles[0];
  const glueFile = wasmFile.replace(/_bg\.wasm$/, '.js');
  if (!files.includes(glueFile)) fail(`no wasm-bindgen glue ${glueFile} beside ${wasmFile}`);
  let html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const glue = readFileSync(path.join(dir, glueFile), 'utf8');

  // 0. The page's glue minified (release only: a debug build stays readable), and its preload's
  //    integrity updated. The wasm is not touched: its bytes, and so Trunk's integrity for it,
  //    stay as wasm-opt wrote them. On a re-run minifying changes nothing (minifyGlue), so the
  //    glue stays as it is under the name Trunk made from its content.
  if (profile === 'release') {
    try {
      const minified = await minifyGlue(glue);
      writeFileSync(path.join(dir, glueFile), minified);
      html = withIntegrity(html, glueFile, minified);
      writeFileSync(path.join(dir, 'index.html'), html);
    } catch (e) {
      fail(`the page's glue (${glueFile}): ${e.message}`);
    }
  }

  // 1. The service worker precaches the app's own files: everything Trunk built, nothing of
  //    ours (embed.js is for other sites, examples are demos).
  const ours = (f) => f === 'sw.js' || f === 'embed.js' || f.startsWith('examples/') || f.endsWith('.map');
  const precache = files.filter((f) => !ours(f));
  const hash = createHash('sha256');
  for (const f of precache) hash.update(f).update('\0').update(readFileSync(path.join(dir, f)));
  const build = hash.digest('hex').slice(0, 16);
  writeFileSync(path.join(dir, 'sw.js'), serviceWorker({ cache: `refresh-request-${build}`, files: precache }));

  // 2. embed.js.
  let styles;
  try {
    styles = pageStyles(dir, html, publicUrl);
  } catch (e) {
    fail(e.message);
  }
  const css = styles.css.map((text) => scopeCss(text)).join('\n');
  let embed;
  try {
    const own = await buildEmbed(profile);
    embed = embedScript({ glue: own.glue, wasm: own.wasm, css, build });
  } catch (e) {
    fail(e.message);
  }
  const size = Buffer.byteLength(embed);
  if (size > EMBED_LIMIT) {
    const message = `embed.js is ${size} bytes, over the ${EMBED_LIMIT}-byte limit of help-center assets`;
    // A debug build's wasm is unoptimised and large: only a release build must fit.
    if (profile === 'release') fail(message);
    console.warn(`post-build: warning: ${message} (a debug build; the release build must fit)`);
  }
  writeFileSync(path.join(dir, 'embed.js'), embed);

  // 3. The example host pages (and the policy files they load).
  const examples = path.join(process.env.TRUNK_SOURCE_DIR || repo, 'examples');
  if (existsSync(examples)) cpSync(examples, path.join(dir, 'examples'), { recursive: true });

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const buf = Buffer.from(embed);
  console.log(
    `post-build (${profile}): embed.js ${kb(size)} (gzip ${kb(gzipSync(buf).length)}, brotli ${kb(brotliCompressSync(buf).length)}); ` +
      `sw.js caches ${precache.length} files as refresh-request-${build}; css from ${styles.from.join(', ') || 'nothing'}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
