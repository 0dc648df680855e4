// embed.js, the one self-contained classic script help centers include: its own wasm (built
// here from src/bin/embed.rs the way Trunk builds the page's: cargo, wasm-bindgen, wasm-opt),
// its glue made a classic script, and the app's scoped CSS, in scripts/embed.template.js.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { minifyGlue } from './minify.mjs';

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

/**
 * embed.js: a classic script that starts the app in embed mode: scripts/embed.template.js
 * with this build's id (`build`), its scoped CSS (`css`), the wasm (`wasm`, a Buffer, inlined
 * as base64) and its glue (`glue`, made a classic script by classicGlue).
 *
 * Throws if the template does not hold each marker exactly once, if classicGlue refuses the
 * glue, or if the result would need eval / new Function (the CSP it promises to work under has
 * no 'unsafe-eval').
 */
export function embedScript({ glue, wasm, css, build }) {
  const text = readFileSync(template, 'utf8');
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
 *
 * Throws if the rust `<link>` has no `data-wasm-opt` level.
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
 * build just compiled, so this adds one link and one wasm-opt run. Returns `{ glue, wasm }`
 * (the glue's text, the wasm's bytes).
 *
 * Throws if wasm-bindgen is missing or not the version Trunk.toml pins, or if a tool fails.
 */
export async function buildEmbed(profile) {
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
