// The post-build step (scripts/post-build.mjs, run by Trunk after every build): what it writes
// into dist/, and its CSS / glue rewriting. No browser needed.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import {
  BINDGEN_EXPORTS,
  EMBED_LIMIT,
  SHORT_MODULE,
  classicGlue,
  minifyGlue,
  scopeCss,
  withIntegrity,
  withShortExports,
  withShortImports,
} from '../../scripts/post-build.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');
const distDir = process.env.BROWSER_TEST_DIST ?? path.join(root, 'dist');

test.describe('post-build output', () => {
  test('embed.js is one classic script under 5 MB, with the wasm inside and no eval', () => {
    const text = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThan(EMBED_LIMIT);
    // Parses as a classic script (an ES module's import/export/import.meta would throw here).
    expect(() => new vm.Script(text, { filename: 'embed.js' })).not.toThrow();
    expect(text).not.toMatch(/\bimport\s*\(|\bimport\.meta\b|\beval\s*\(|new\s+Function\s*\(/);
    // It names none of the build's files: it fetches nothing.
    for (const name of readdirSync(distDir).filter((n) => /\.(wasm|js|css)$/.test(n) && n !== 'embed.js')) {
      expect(text, name).not.toContain(name);
    }
    // The wasm is inlined: base64 of a wasm module starts with "AGFzbQ" (\0asm).
    expect(text).toMatch(/"AGFzbQ[A-Za-z0-9+/]{1000}/);
  });

  test('sw.js precaches exactly the app\'s own files under a per-build cache name', () => {
    const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
    const cache = /const CACHE = "(refresh-request-[0-9a-f]{16})"/.exec(sw)?.[1];
    expect(cache).toBeTruthy();
    const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)?.[1] ?? 'null');
    const top = readdirSync(distDir, { withFileTypes: true })
      .filter((e) => e.isFile() && !['sw.js', 'embed.js'].includes(e.name) && !e.name.endsWith('.map'))
      .map((e) => `./${e.name}`)
      .sort();
    expect([...list].sort()).toEqual(top);
    expect(list).toContain('./index.html');
    expect(list.some((f) => f.endsWith('_bg.wasm'))).toBe(true);
  });

  test('issue 6: the page\'s glue is minified, and its preload\'s integrity is the minified file\'s', () => {
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const glue = readdirSync(distDir).find((n) => /^refresh-request-.*\.js$/.test(n));
    const text = readFileSync(path.join(distDir, glue));
    // Minified: no indented lines left (wasm-bindgen writes its glue indented, one statement a line).
    expect(text.toString('utf8').split('\n').filter((l) => /^\s+\S/.test(l)).length).toBeLessThan(5);
    const preload = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(glue));
    expect(preload).toContain(`integrity="sha384-${createHash('sha384').update(text).digest('base64')}"`);
  });

  test("issue 6: the page's glue is minified to a fixed point, so running the hook again leaves it as it is", async () => {
    // Trunk names the glue after its content: a second run that changed it would serve new
    // bytes under the old name, and a cached copy would fail the new integrity.
    const glue = readdirSync(distDir).find((n) => /^refresh-request-.*\.js$/.test(n));
    const text = readFileSync(path.join(distDir, glue), 'utf8');
    expect(await minifyGlue(text)).toBe(text);
  });

  test("issue 6: the page's wasm carries no embedding code; embed.js's own wasm does", () => {
    // Strings only the embedding code holds: the host element's CSS and the mounted marker.
    const embedOnly = ['.rr-embed-root{all:initial', 'data-refresh-request-mounted'];
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const page = readFileSync(path.join(distDir, pageWasm)).toString('latin1');
    const embedText = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    const inlined = /"(AGFzbQ[A-Za-z0-9+/=]+)"/.exec(embedText)?.[1] ?? '';
    const embedWasm = Buffer.from(inlined, 'base64').toString('latin1');
    for (const s of embedOnly) {
      expect(page.includes(s), `the page's ${pageWasm} holds ${s}`).toBe(false);
      expect(embedWasm.includes(s), `embed.js's wasm holds ${s}`).toBe(true);
    }
    // Both are complete apps: the form's own texts are in each.
    for (const wasm of [page, embedWasm]) expect(wasm.includes('Request a database refresh')).toBe(true);
  });

  test("issue 6: neither build carries wasm-streams' stream code (patches/wasm-streams), and the page's preload matches its wasm", async () => {
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const page = readFileSync(path.join(distDir, pageWasm));
    const embedText = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    const embedWasm = Buffer.from(/"(AGFzbQ[A-Za-z0-9+/=]+)"/.exec(embedText)?.[1] ?? '', 'base64');
    for (const [name, bytes] of [[pageWasm, page], ['embed.js', embedWasm]]) {
      const exports = WebAssembly.Module.exports(await WebAssembly.compile(bytes)).map((e) => e.name);
      expect(exports.length, name).toBeGreaterThan(10);
      expect(exports.filter((e) => /intounderlying/i.test(e)), name).toEqual([]);
    }
    // Its classes, and the calls its byte streams make into the browser, which the glue would hold.
    const glue = readdirSync(distDir).find((n) => /^refresh-request-.*\.js$/.test(n));
    expect(readFileSync(path.join(distDir, glue), 'utf8')).not.toMatch(/IntoUnderlying|byobRequest/i);
    expect(embedText).not.toMatch(/IntoUnderlying|byobRequest/i);
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const preload = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(pageWasm));
    expect(preload).toContain(`integrity="sha384-${createHash('sha384').update(page).digest('base64')}"`);
  });

  test('issue 6: both wasms import, and export to their glue, by short names, none of wasm-bindgen\'s hashed ones', async () => {
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const embedText = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    const embedWasm = Buffer.from(/"(AGFzbQ[A-Za-z0-9+/=]+)"/.exec(embedText)?.[1] ?? '', 'base64');
    for (const [name, bytes] of [[pageWasm, readFileSync(path.join(distDir, pageWasm))], ['embed.js', embedWasm]]) {
      const imported = WebAssembly.Module.imports(await WebAssembly.compile(bytes));
      expect(imported.length, name).toBeGreaterThan(50);
      expect(imported.filter((i) => i.module !== SHORT_MODULE || !/^[a-zA-Z]{1,2}$/.test(i.name)), name).toEqual([]);
      const exported = WebAssembly.Module.exports(await WebAssembly.compile(bytes)).map((e) => e.name);
      expect(exported.filter((e) => BINDGEN_EXPORTS.test(e)), name).toEqual([]);
    }
    const glue = readdirSync(distDir).find((n) => /^refresh-request-.*\.js$/.test(n));
    expect(readFileSync(path.join(distDir, glue), 'utf8')).not.toMatch(/_bg\.js/);
  });

  test('the example host pages are in dist/examples/', () => {
    const names = readdirSync(path.join(distDir, 'examples'));
    expect(names).toEqual(expect.arrayContaining(['embed.html', 'iframe.html', 'custom-policy.html', 'hostile.html']));
  });
});

test.describe('scopeCss', () => {
  test('page selectors become the embed root; rem follows the reader, widths the container', () => {
    const css = [
      ':root { --x: 1rem } html, body { margin: 0 } html body .a { color: red }',
      '.body-text, #html, [data-x="body"] { padding: .5rem 2px }',
      '@media (prefers-color-scheme: dark) { body { background: #000 } }',
      '@media (min-width: 62rem) { .grid { grid-template-columns: minmax(0, 46rem) 1fr } }',
      '@media screen and (min-width: 40rem) { .b { top: 1rem } }',
      '.c::before { content: "2rem; body {" } /* body { } */',
    ].join('\n');
    expect(scopeCss(css)).toBe(
      [
        '.rr-embed-root { --x: calc(1 * var(--rr-rem, 1rem)) } .rr-embed-root, .rr-embed-root { margin: 0 } .rr-embed-root .a { color: red }',
        '.body-text, #html, [data-x="body"] { padding: calc(.5 * var(--rr-rem, 1rem)) 2px }',
        '@media (prefers-color-scheme: dark) { .rr-embed-root { background: #000 } }',
        '@container rr-embed (min-width: 62em) { .grid { grid-template-columns: minmax(0, calc(46 * var(--rr-rem, 1rem))) 1fr } }',
        '@media screen and (min-width: 40rem) { .b { top: calc(1 * var(--rr-rem, 1rem)) } }',
        '.c::before { content: "2rem; body {" } ',
      ].join('\n'),
    );
  });
});

test.describe('classicGlue', () => {
  test('drops exports and import.meta, and refuses glue that imports', () => {
    const glue = [
      'export class A {}',
      'export function f() {}',
      'let wasm;',
      'async function __wbg_init(m) { if (m === undefined) m = new URL("x_bg.wasm", import.meta.url); }',
      'export { initSync, __wbg_init as default };',
    ].join('\n');
    const out = classicGlue(glue);
    expect(out).not.toMatch(/\bexport\b|import\.meta/);
    expect(() => new vm.Script(`(function(){${out}})()`)).not.toThrow();
    expect(() => classicGlue(`import * as s from './snippets/x.js';\n${glue}`)).toThrow(/imports or exports/);
  });

  test('issue 6: also takes the glue as terser minifies it (one line, init exported as default)', () => {
    const glue =
      'let q;export class A{}function H(n){return n}async function N(n){void 0===n&&(n=new URL("x_bg.wasm",import.meta.url));q=n}export{A as Other,H as initSync,N as default};';
    const out = classicGlue(glue);
    expect(out).not.toMatch(/\bexport\b|import\.meta/);
    // embed.js starts the app with __wbg_init: it is the minified init function.
    const ctx = { document: { baseURI: 'https://help.example/' } };
    vm.runInNewContext(`${out}; this.init = __wbg_init; this.A = A;`, ctx);
    expect(ctx.init.name).toBe('N');
    expect(() => classicGlue('let q;export class A{}')).toThrow(/no init function/);
  });
});

test.describe('withIntegrity', () => {
  test('sets the integrity of the tags that load the file, and only theirs', () => {
    const html =
      '<link rel=modulepreload href=/app-1.js integrity="sha384-old">' +
      '<link rel=preload href=/app-1_bg.wasm integrity=sha384-keep as=fetch>';
    const sri = `sha384-${createHash('sha384').update('new').digest('base64')}`;
    expect(withIntegrity(html, 'app-1.js', 'new')).toBe(
      `<link rel=modulepreload href=/app-1.js integrity="${sri}">` +
        '<link rel=preload href=/app-1_bg.wasm integrity=sha384-keep as=fetch>',
    );
    expect(() => withIntegrity(html, 'other.js', 'new')).toThrow(/no <link> to other\.js/);
  });
});

/** A wasm section, for the modules below: its id, its size, its bytes (all under 128). */
const section = (id, bytes) => [id, bytes.length, ...bytes];
/** A wasm name: its length, then its bytes. */
const name = (s) => [s.length, ...Buffer.from(s)];

test.describe('withShortImports', () => {
  const log = '__wbg_log_0123456789abcdef';
  const fail = '__wbg___wbindgen_throw_fedcba9876543210';
  /** A module importing `log` and `fail` from `./app_bg.js`, whose export `run` calls both. */
  const module = () => {
    const imports = [log, fail].flatMap((n) => [...name('./app_bg.js'), ...name(n), 0, 0]);
    return Buffer.from([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, [1, 0x60, 0, 0]),
      ...section(2, [2, ...imports]),
      ...section(3, [1, 0]),
      ...section(7, [1, ...name('run'), 0, 2]),
      ...section(10, [1, 6, 0, 0x10, 0, 0x10, 1, 0x0b]),
    ]);
  };
  /** Glue in wasm-bindgen's shape: the import object, under the module's name. */
  const glue = [
    'function imports(calls) {',
    '    const import0 = {',
    '        __proto__: null,',
    `        ${log}: function() {`,
    "            calls.push('log');",
    '        },',
    `        ${fail}: function() {`,
    "            calls.push('throw');",
    '        },',
    '    };',
    '    return {',
    '        __proto__: null,',
    '        "./app_bg.js": import0,',
    '    };',
    '}',
  ].join('\n');
  /** Instantiates `wasm` with what `glue` provides, runs it, and says which imports it called. */
  const run = async (wasm, glue) => {
    const calls = [];
    const provided = vm.runInNewContext(`${glue}\nimports(calls)`, { calls });
    const { instance } = await WebAssembly.instantiate(wasm, provided);
    instance.exports.run();
    return calls;
  };

  test('issue 6: renames the imports in the wasm and the glue alike, so the two still link', async () => {
    expect(await run(module(), glue)).toEqual(['log', 'throw']);
    const short = withShortImports(module(), glue);
    expect(short.renamed).toBe(2);
    const imported = WebAssembly.Module.imports(await WebAssembly.compile(short.wasm));
    expect(imported.map((i) => `${i.module}.${i.name}`)).toEqual([`${SHORT_MODULE}.a`, `${SHORT_MODULE}.b`]);
    expect(short.glue).not.toContain('__wbg');
    expect(await run(short.wasm, short.glue)).toEqual(['log', 'throw']);
    // Terser's shape too: one line, quotes dropped where they can be.
    const terse = glue.replace(/\s*\n\s*/g, '').replace(/: function/g, ':function');
    expect(await run(withShortImports(module(), terse).wasm, withShortImports(module(), terse).glue)).toEqual(['log', 'throw']);
  });

  test('issue 6: leaves renamed imports as they are, so running the hook again changes nothing', () => {
    const once = withShortImports(module(), glue);
    expect(withShortImports(once.wasm, once.glue)).toEqual({ wasm: once.wasm, glue: once.glue, renamed: 0 });
  });

  test('refuses glue that does not name each import once as a key, and what is not wasm', () => {
    expect(() => withShortImports(module(), glue.replace(`${fail}: function`, 'other: function'))).toThrow(
      /names __wbg___wbindgen_throw_fedcba9876543210 0 times/,
    );
    expect(() => withShortImports(module(), `${glue}\nconst again = { ${log}: function() {} };`)).toThrow(/names __wbg_log_0123456789abcdef 2 times/);
    expect(() => withShortImports(module(), glue.replace('"./app_bg.js"', '"./other_bg.js"'))).toThrow(/module \.\/app_bg\.js 0 times/);
    expect(() => withShortImports(module(), `${glue}\nimports.${log};`)).toThrow(/uses __wbg_log_0123456789abcdef other than as the key/);
    expect(() => withShortImports(Buffer.from('<!DOCTYPE html>'), glue)).toThrow(/not a wasm module/);
  });
});

test.describe('withShortExports', () => {
  const malloc = '__wbindgen_malloc';
  const invoke = 'wasm_bindgen__convert__closures_____invoke__h061a4e4092ae2b5d';
  /** A module exporting `run` (calls the import `log`) and two functions named as wasm-bindgen names them. */
  const module = () =>
    Buffer.from([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, [1, 0x60, 0, 0]),
      ...section(2, [1, ...name('w'), ...name('a'), 0, 0]),
      ...section(3, [3, 0, 0, 0]),
      ...section(7, [3, ...name('run'), 0, 1, ...name(malloc), 0, 2, ...name(invoke), 0, 3]),
      ...section(10, [3, 4, 0, 0x10, 0, 0x0b, 4, 0, 0x10, 0, 0x0b, 4, 0, 0x10, 0, 0x0b]),
    ]);
  /** Minified glue that reads the exports as properties, as terser leaves them. */
  const glue = `let T;function init(n,calls){T=n.exports;T.${malloc}();T.${invoke}();T.run()}`;
  const run = async (wasm, glue) => {
    const calls = [];
    const { instance } = await WebAssembly.instantiate(wasm, { w: { a: () => calls.push('log') } });
    vm.runInNewContext(`${glue}\ninit(instance, calls)`, { instance, calls });
    return calls.length;
  };

  test('issue 6: renames wasm-bindgen\'s exports in the wasm and the glue alike, and keeps the others', async () => {
    expect(await run(module(), glue)).toBe(3);
    const short = withShortExports(module(), glue);
    expect(short.renamed).toBe(2);
    const exported = WebAssembly.Module.exports(await WebAssembly.compile(short.wasm)).map((e) => e.name);
    expect(exported).toEqual(['run', 'a', 'b']);
    expect(short.glue).toBe('let T;function init(n,calls){T=n.exports;T.a();T.b();T.run()}');
    expect(await run(short.wasm, short.glue)).toBe(3);
    expect(withShortExports(short.wasm, short.glue)).toEqual({ wasm: short.wasm, glue: short.glue, renamed: 0 });
  });

  test('refuses glue that names a renamed export other than as a property read', () => {
    expect(() => withShortExports(module(), `${glue};const k="${invoke}";`)).toThrow(/uses the export wasm_bindgen__convert__closures_____invoke__h061a4e4092ae2b5d other than/);
  });
});
