#!/usr/bin/env node
// Trunk post-build hook (see Trunk.toml): turns the built app into what help centers and
// offline users need, in Trunk's staging directory, before Trunk moves it to dist/. Each job
// is a module of scripts/build/ (unit tests beside it, `*.test.mjs`, run by scripts/test);
// this file runs them in order:
//
//   0. the glue    (release) the page's wasm-bindgen glue minified with terser, and its
//                  integrity in index.html updated: Trunk's own minifier cannot parse
//                  wasm-bindgen's glue; this saves ~1.7 KB brotli of the first load.
//                  build/minify.mjs, build/integrity.mjs
//   1. sw.js       the service worker: stores the form page's files at install, the playground's
//                  (and embed.js) when the playground is visited, under a cache name that
//                  changes with their contents, each checked against this build's digest of it
//                  (see scripts/sw.template.js). build/service-worker.mjs
//   2. embed.js    one self-contained classic script: the wasm (base64), the wasm-bindgen glue
//                  and the app's CSS (scoped for a Shadow DOM, themable by the host page:
//                  THEME). It fetches nothing and needs no eval: CSP
//                  `script-src 'self' 'wasm-unsafe-eval'`.
//                  Its wasm is its own binary (src/bin/embed.rs), so the page's wasm carries no
//                  embedding code. Trunk builds it in the same run as the page's (index.html's
//                  second rust link, which the page neither loads nor preloads), its glue a
//                  classic script (wasm-bindgen's `no-modules`); this hook takes the two files
//                  out of the build folder and inlines them, since help centers take one `.js`.
//                  build/css.mjs (the CSS), build/embed.mjs (the rest)
//   6. languages  locales/<tag>.ftl for every language (the core's messages and the page's),
//                  locales/<tag>.policies.json (the built-in policies' texts in it), and
//                  the runtime that formats them (@fluent/bundle, English inlined): a file the
//                  page loads before its module (refresh-request-i18n-<hash>.js), without the
//                  English the page never asks for (the desk's, embed.js's, the command's), and
//                  inside embed.js, whole (but the command's and the service's words, which no web
//                  catalog carries), so an English reader fetches nothing more; another language is
//                  fetched when chosen, and sw.js stores it then. build/locales.mjs
//   7. the shell  index.html's start-up script (scripts/shell.template.js): before the wasm
//                  runs, the painted header in the reader's language (the page's rule: ?lang=,
//                  the remembered menu choice, the browser's languages), and why the form could
//                  not start if it cannot, in that language; with scripts off, the
//                  `<noscript>` line in every language. build/shell.mjs
//   3. examples/   the host pages of examples/ (embed, themed, ticket form, iframe, custom policy,
//                  hand-off, hostile host).
//   4. playground  playground.html (the policy playground, with the policies it starts from
//                  inlined), playground.js and policy.schema.json; written before sw.js, which
//                  stores them and embed.js once the playground is visited, for offline use.
//                  build/playground.mjs
//   5. desk        desk.html and desk.js (a support engineer checks a ticket as it arrived, on
//                  embed.js), precached by sw.js like the playground. build/desk.mjs
//
// The wasm itself is left exactly as wasm-bindgen and wasm-opt wrote it: its imports and exports
// keep wasm-bindgen's names.
//
// Run by hand on a built folder:  node scripts/post-build.mjs dist
// (it takes the embed's wasm and glue from the last trunk build of that profile, kept under
// target/embed-parts/). Uses Node 20 and terser (npm). Fails the build, loudly, if anything is
// not as expected.

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { embedCss, pageStyles } from './build/css.mjs';
import { DESK_FILES, writeDesk } from './build/desk.mjs';
import { embedScript, embedSizeCheck, embedStore, takeEmbedParts } from './build/embed.mjs';
import { listFiles, pageBundle } from './build/files.mjs';
import { NOT_ON_THE_PAGE, ONLY_NATIVELY, catalogParts, i18nRuntime, inlinedEnglish, messageIds, namedIn, runtimeFile, withI18n, withoutMessages, writeLocales, writePolicyTexts } from './build/locales.mjs';
import { withIntegrity } from './build/integrity.mjs';
import { shellScript, shellTexts, withNoscript, withShell } from './build/shell.mjs';
import { minifyGlue } from './build/minify.mjs';
import { PLAYGROUND_FILES, writePlayground } from './build/playground.mjs';
import { buildId, precacheFiles, serviceWorkerOf } from './build/service-worker.mjs';

const repo = path.resolve(import.meta.dirname, '..');

function fail(message) {
  console.error(`post-build: error: ${message}`);
  process.exit(1);
}

async function main() {
  const dir = path.resolve(process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist');
  const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
  const profile = process.env.TRUNK_PROFILE || 'release';
  if (!existsSync(path.join(dir, 'index.html'))) fail(`${dir}/index.html does not exist: build first`);

  // 2. (first) embed.js's wasm and glue out of the folder: no page uses them as files.
  let own;
  try {
    own = takeEmbedParts(dir, embedStore(profile));
  } catch (e) {
    fail(e.message);
  }

  const files = listFiles(dir);
  let glueFile, wasmFile;
  try {
    ({ glueFile, wasmFile } = pageBundle(dir, files));
  } catch (e) {
    fail(e.message);
  }
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

  // 6. The runtime of the catalogs: a file of the page's (stored by sw.js at install, from the
  //    browser's cache: a first visit downloads it once), run before the page's module script.
  const source = process.env.TRUNK_SOURCE_DIR || repo;
  let i18n;
  try {
    const parts = catalogParts(source, 'en');
    const english = { core: inlinedEnglish(parts.core), page: parts.page };
    // embed.js's runtime: every message.
    i18n = await i18nRuntime(source, english);
    // No catalog for the web has the command's and the service's words (catalogParts leaves
    // them out): neither wasm may ask for one.
    const native = messageIds(readFileSync(path.join(source, 'crates', 'core', 'locales', 'en.ftl'), 'utf8')).filter((id) => ONLY_NATIVELY.test(id));
    const leftOut = [...messageIds(english.core + english.page).filter((id) => NOT_ON_THE_PAGE.test(id)), ...native];
    const named = namedIn(readFileSync(path.join(dir, wasmFile)), leftOut);
    if (named.length) throw new Error(`the page's wasm names ${named.join(', ')}, which its runtime leaves out (NOT_ON_THE_PAGE)`);
    const asked = namedIn(own.wasm, native);
    if (asked.length) throw new Error(`embed.js's wasm names ${asked.join(', ')}, which no catalog for the web carries (ONLY_NATIVELY)`);
    const pageI18n = await i18nRuntime(source, {
      core: withoutMessages(english.core, NOT_ON_THE_PAGE),
      page: withoutMessages(english.page, NOT_ON_THE_PAGE),
    });
    const file = runtimeFile(pageI18n);
    for (const f of files.filter((f) => /^refresh-request-i18n-[0-9a-f]{16}\.js$/.test(f) && f !== file)) {
      rmSync(path.join(dir, f));
      files.splice(files.indexOf(f), 1);
    }
    writeFileSync(path.join(dir, file), pageI18n);
    if (!files.includes(file)) files.push(file);
    html = withI18n(html, file);
    writeFileSync(path.join(dir, 'index.html'), html);
  } catch (e) {
    fail(`the languages: ${e.message}`);
  }

  // 7. The shell's start-up script: the painted header and the start-up failure text in the
  //    reader's language, each language's words formatted from the catalogs; and the
  //    `<noscript>` line in all of them.
  try {
    const texts = shellTexts(source);
    html = withNoscript(withShell(html, await shellScript(source, texts)), texts.noscript);
    writeFileSync(path.join(dir, 'index.html'), html);
  } catch (e) {
    fail(`the shell's languages: ${e.message}`);
  }

  // 1. The build's id, from the app's own files: everything Trunk built, nothing of ours
  //    (embed.js is for other sites, examples are demos). embed.js carries it.
  const precache = precacheFiles(files);
  const build = buildId(dir, precache);

  // 2. embed.js.
  let styles;
  let css;
  try {
    styles = pageStyles(dir, html, publicUrl);
    css = embedCss(styles.css);
  } catch (e) {
    fail(e.message);
  }
  let embed;
  try {
    embed = embedScript({ glue: own.glue, wasm: own.wasm, css, build, i18n });
  } catch (e) {
    fail(e.message);
  }
  const size = Buffer.byteLength(embed);
  const tooBig = embedSizeCheck(size, profile);
  if (tooBig?.fatal) fail(tooBig.message);
  if (tooBig) console.warn(`post-build: warning: ${tooBig.message} (a debug build; the release build must fit)`);
  writeFileSync(path.join(dir, 'embed.js'), embed);

  // 4. and 5. The playground and the desk page, then sw.js: the app's files, stored at install,
  //    and each page's files (with embed.js, which both run on), stored when it is visited,
  //    under a cache named after all of them, so that a change to any of them installs a new cache.
  try {
    writePlayground(process.env.TRUNK_SOURCE_DIR || repo, dir);
  } catch (e) {
    fail(`the playground: ${e.message}`);
  }
  try {
    writeDesk(process.env.TRUNK_SOURCE_DIR || repo, dir);
  } catch (e) {
    fail(`the desk page: ${e.message}`);
  }
  try {
    writeLocales(source, dir);
    writePolicyTexts(source, dir);
  } catch (e) {
    fail(`the languages: ${e.message}`);
  }
  writeFileSync(path.join(dir, 'sw.js'), serviceWorkerOf(dir));

  // 3. The example host pages (and the policy files they load).
  const examples = path.join(process.env.TRUNK_SOURCE_DIR || repo, 'examples');
  if (existsSync(examples)) cpSync(examples, path.join(dir, 'examples'), { recursive: true });

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const buf = Buffer.from(embed);
  console.log(
    `post-build (${profile}): embed.js ${kb(size)} (gzip ${kb(gzipSync(buf).length)}, brotli ${kb(brotliCompressSync(buf).length)}); ` +
      `sw.js stores ${precache.length} files at install, ${PLAYGROUND_FILES.length + 1} more with the playground, ${DESK_FILES.length + 1} with the desk page; css from ${styles.from.join(', ') || 'nothing'}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
