// Unit tests of build/embed.mjs: `node --test scripts/build/` (scripts/test runs them).
// Trunk builds the embed's wasm and glue: tests/browser/embed-build.spec.mjs checks embed.js.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, describe, test } from 'node:test';
import { EMBED_BIN, EMBED_LIMIT, EMBED_PARTS, embedScript, embedSizeCheck, takeEmbedParts } from './embed.mjs';

// The shape of wasm-bindgen's `--target no-modules` glue: one classic-script statement that
// defines `wasm_bindgen`, the init function with the exports as its properties.
const glue = [
  'let wasm_bindgen = (function(exports) {',
  '  class A {}',
  '  exports.A = A;',
  '  async function __wbg_init(m) { if (m === undefined) m = document.currentScript.src; }',
  '  return Object.assign(__wbg_init, { initSync() {} }, exports);',
  '})({ __proto__: null });',
].join('\n');

// The start of a wasm module: "\0asm", version 1.
const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

describe('embedScript', () => {
  test('one classic script holding the build id, the CSS, the wasm (base64) and the glue', () => {
    const css = '.rr-embed-root { content: "$& $1 \\"" }';
    const out = embedScript({ glue, wasm, css, build: '0123456789abcdef' });
    assert.doesNotMatch(out, /\/\*@(?:BUILD|CSS|WASM|GLUE)@\*\//);
    assert.ok(out.includes(`build: "0123456789abcdef", css: ${JSON.stringify(css)} }`), 'CSS and id, literally');
    assert.ok(out.includes(`var wasmBase64 = "${wasm.toString('base64')}";`));
    assert.ok(out.includes(glue));

    // Run in a page with WebAssembly: it registers itself and starts the module from the bytes,
    // and leaves no wasm_bindgen behind on the host page.
    const starting = glue.replace('if (m === undefined)', 'window.started = m; if (m === undefined)');
    const page = {
      document: { readyState: 'complete' },
      WebAssembly: { instantiate() {} },
      atob: (s) => Buffer.from(s, 'base64').toString('latin1'),
    };
    page.window = page;
    vm.runInNewContext(embedScript({ glue: starting, wasm, css, build: 'b' }), page);
    assert.equal(page.__refreshRequestEmbed.build, 'b');
    assert.equal(page.__refreshRequestEmbed.css, css);
    assert.deepEqual(Buffer.from(page.started.module_or_path), wasm);
    assert.equal(vm.runInNewContext('typeof wasm_bindgen', page), 'undefined');
  });

  test("refuses glue that is an ES module (wasm-bindgen's web target), or imports another file", () => {
    const web = 'let wasm;\nasync function __wbg_init(m) { m = new URL("x_bg.wasm", import.meta.url); }\nexport { __wbg_init as default };';
    assert.throws(() => embedScript({ glue: web, wasm, css: '', build: 'x' }), /not a classic script.*no-modules/);
    assert.throws(() => embedScript({ glue: `import * as s from './snippets/x.js';\n${glue}`, wasm, css: '', build: 'x' }), /not a classic script/);
    assert.throws(() => embedScript({ glue: `${glue}\nconst m = () => import('./x.js');`, wasm, css: '', build: 'x' }), /import\(\) another file/);
  });

  test('refuses glue that would need eval or new Function (the promised CSP has no unsafe-eval)', () => {
    assert.throws(() => embedScript({ glue: `${glue}\nconst g = new Function('return this');`, wasm, css: '', build: 'x' }), /eval \/ new Function/);
    assert.throws(() => embedScript({ glue: `${glue}\neval('1');`, wasm, css: '', build: 'x' }), /eval \/ new Function/);
  });

  test('its size is the wasm as base64 plus the rest: a 3.75 MB wasm is just over EMBED_LIMIT', () => {
    const small = Buffer.byteLength(embedScript({ glue, wasm: Buffer.alloc(0), css: '', build: 'x' }));
    // base64 is 4 bytes per 3: this wasm alone fills the limit less what the rest takes.
    const fits = Buffer.alloc(Math.floor((EMBED_LIMIT - small) / 4) * 3);
    const fitting = Buffer.byteLength(embedScript({ glue, wasm: fits, css: '', build: 'x' }));
    assert.ok(fitting <= EMBED_LIMIT && fitting > EMBED_LIMIT - 4, `${fitting}`);
    assert.equal(embedSizeCheck(fitting, 'release'), null);
    const over = Buffer.byteLength(embedScript({ glue, wasm: Buffer.alloc(fits.length + 3), css: '', build: 'x' }));
    assert.equal(over, fitting + 4);
    assert.ok(over > EMBED_LIMIT);
    assert.equal(embedSizeCheck(over, 'release')?.fatal, true);
  });
});

describe('embedSizeCheck', () => {
  test('up to EMBED_LIMIT (5 MiB) bytes fit; one more fails a release build and warns a debug one', () => {
    assert.equal(EMBED_LIMIT, 5 * 1024 * 1024);
    assert.equal(embedSizeCheck(0, 'release'), null);
    assert.equal(embedSizeCheck(EMBED_LIMIT, 'release'), null);
    assert.equal(embedSizeCheck(EMBED_LIMIT, 'debug'), null);
    assert.deepEqual(embedSizeCheck(EMBED_LIMIT + 1, 'release'), {
      fatal: true,
      message: `embed.js is ${EMBED_LIMIT + 1} bytes, over the ${EMBED_LIMIT}-byte limit of help-center assets`,
    });
    assert.equal(embedSizeCheck(EMBED_LIMIT + 1, 'debug')?.fatal, false);
  });
});

describe('takeEmbedParts', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'rr-embed-parts-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  // A folder of `scratch` holding `files` ({name: content}), made if need be.
  const folder = (name, files = {}) => {
    const dir = path.join(scratch, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
    return dir;
  };

  test("takes Trunk's glue and wasm out of the build folder, and finds them again when the hook runs on it once more", () => {
    const dir = folder('dist', { [EMBED_PARTS.glue]: glue, [EMBED_PARTS.wasm]: wasm, 'index.html': '<!DOCTYPE html>' });
    const store = path.join(scratch, 'target', 'embed-parts', 'release');

    assert.deepEqual(takeEmbedParts(dir, store), { glue, wasm });
    // The site serves embed.js only: the parts are not left to be published.
    assert.equal(existsSync(path.join(dir, EMBED_PARTS.glue)), false);
    assert.equal(existsSync(path.join(dir, EMBED_PARTS.wasm)), false);
    assert.equal(existsSync(path.join(dir, 'index.html')), true);
    // `node scripts/post-build.mjs dist` again: the same parts, from the store.
    assert.deepEqual(takeEmbedParts(dir, store), { glue, wasm });

    // A new build's parts replace the stored ones.
    const newer = Buffer.concat([wasm, Buffer.from([0])]);
    folder('dist', { [EMBED_PARTS.glue]: `${glue}\n`, [EMBED_PARTS.wasm]: newer });
    assert.deepEqual(takeEmbedParts(dir, store), { glue: `${glue}\n`, wasm: newer });
    assert.deepEqual(readFileSync(path.join(store, EMBED_PARTS.wasm)), newer);
  });

  test('without the parts in the folder or the store, it says what builds them', () => {
    assert.throws(
      () => takeEmbedParts(folder('empty'), path.join(scratch, 'no-store')),
      new RegExp(`no ${EMBED_BIN}\\.js and ${EMBED_BIN}_bg\\.wasm in .*data-bin="${EMBED_BIN}"`),
    );
  });
});

describe("index.html's rust links", () => {
  const html = readFileSync(path.join(import.meta.dirname, '..', '..', 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*\bdata-trunk\b[^>]*\brel="rust"[^>]*>/g)].map((m) => m[0]);
  const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

  test("build the embed's wasm beside the page's, as Trunk's worker type (the page never fetches it) with classic-script glue", () => {
    const embed = links.filter((l) => attr(l, 'data-bin') === EMBED_BIN);
    assert.equal(embed.length, 1, 'one rust link for the embed');
    assert.equal(attr(embed[0], 'data-type'), 'worker');
    assert.equal(attr(embed[0], 'data-bindgen-target'), 'no-modules');
    // Without the page's Leptos event delegation: a host page's listener could silence it.
    assert.equal(attr(embed[0], 'data-cargo-features'), undefined);
  });

  test("optimise the embed's wasm as the page's", () => {
    const [page, embed] = ['refresh-request-page', EMBED_BIN].map((bin) => links.find((l) => attr(l, 'data-bin') === bin));
    for (const name of ['data-wasm-opt', 'data-wasm-opt-params']) {
      assert.ok(attr(page, name), `the page's link has ${name}`);
      assert.equal(attr(embed, name), attr(page, name), name);
    }
  });
});
