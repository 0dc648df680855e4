// Unit tests of build/embed.mjs: `node --test scripts/build/` (scripts/test runs them).
// buildEmbed runs cargo and wasm-bindgen: tests/browser/embed-build.spec.mjs checks its output.

import assert from 'node:assert/strict';
import vm from 'node:vm';
import { describe, test } from 'node:test';
import { EMBED_LIMIT, classicGlue, embedScript, embedSizeCheck, wasmOptArgs } from './embed.mjs';

const glue = [
  'export class A {}',
  'export function f() {}',
  'let wasm;',
  'async function __wbg_init(m) { if (m === undefined) m = new URL("x_bg.wasm", import.meta.url); }',
  'export { initSync, __wbg_init as default };',
].join('\n');

// The start of a wasm module: "\0asm", version 1.
const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

describe('classicGlue', () => {
  test('drops exports and import.meta, and refuses glue that imports', () => {
    const out = classicGlue(glue);
    assert.doesNotMatch(out, /\bexport\b|import\.meta/);
    assert.doesNotThrow(() => new vm.Script(`(function(){${out}})()`));
    assert.throws(() => classicGlue(`import * as s from './snippets/x.js';\n${glue}`), /imports or exports/);
  });

  test('also takes the glue as terser minifies it (one line, init exported as default)', () => {
    const minified =
      'let q;export class A{}function H(n){return n}async function N(n){void 0===n&&(n=new URL("x_bg.wasm",import.meta.url));q=n}export{A as Other,H as initSync,N as default};';
    const out = classicGlue(minified);
    assert.doesNotMatch(out, /\bexport\b|import\.meta/);
    // embed.js starts the app with __wbg_init: it is the minified init function.
    const ctx = { document: { baseURI: 'https://help.example/' } };
    vm.runInNewContext(`${out}; this.init = __wbg_init; this.A = A;`, ctx);
    assert.equal(ctx.init.name, 'N');
    assert.throws(() => classicGlue('let q;export class A{}'), /no init function/);
  });

  test('refuses a dynamic import()', () => {
    assert.throws(() => classicGlue(`${glue}\nconst m = () => import('./x.js');`), /import\(\) or import\.meta/);
  });
});

describe('embedScript', () => {
  test('one classic script holding the build id, the CSS, the wasm (base64) and the glue', () => {
    const css = '.rr-embed-root { content: "$& $1 \\"" }';
    const out = embedScript({ glue, wasm, css, build: '0123456789abcdef' });
    assert.doesNotMatch(out, /\/\*@(?:BUILD|CSS|WASM|GLUE)@\*\//);
    assert.ok(out.includes(`build: "0123456789abcdef", css: ${JSON.stringify(css)} }`), 'CSS and id, literally');
    assert.ok(out.includes(`var wasmBase64 = "${wasm.toString('base64')}";`));
    assert.ok(out.includes('async function __wbg_init(m)'));
    assert.doesNotThrow(() => new vm.Script(out, { filename: 'embed.js' }));

    // Run in a page with WebAssembly: it registers itself and starts the module from the bytes.
    const starting = `${glue}\n__wbg_init = async function (m) { window.started = m; };`;
    const page = {
      document: { readyState: 'complete', baseURI: 'https://help.example/' },
      WebAssembly: { instantiate() {} },
      atob: (s) => Buffer.from(s, 'base64').toString('latin1'),
    };
    page.window = page;
    vm.runInNewContext(embedScript({ glue: starting, wasm, css, build: 'b' }), page);
    assert.equal(page.__refreshRequestEmbed.build, 'b');
    assert.equal(page.__refreshRequestEmbed.css, css);
    assert.deepEqual(Buffer.from(page.started.module_or_path), wasm);
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

describe('wasmOptArgs', () => {
  test("the rust <link>'s wasm-opt level and parameters, quoted or not", () => {
    assert.deepEqual(
      wasmOptArgs('<link data-trunk rel="rust" data-wasm-opt="z" data-wasm-opt-params="--enable-bulk-memory  --strip-debug">'),
      ['-Oz', '--enable-bulk-memory', '--strip-debug'],
    );
    assert.deepEqual(wasmOptArgs('<link data-trunk rel=rust data-wasm-opt=3>'), ['-O3']);
    assert.throws(() => wasmOptArgs('<link data-trunk rel="rust">'), /no data-wasm-opt level/);
    assert.throws(() => wasmOptArgs('<link data-trunk rel="css" data-wasm-opt="z">'), /no data-wasm-opt level/);
  });
});
