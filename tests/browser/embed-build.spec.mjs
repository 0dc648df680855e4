// The post-build step (scripts/post-build.mjs, run by Trunk after every build): what it wrote
// into dist/. No browser needed. Its functions' own unit tests (CSS scoping, glue rewriting,
// integrity, the service worker) are beside them, scripts/build/*.test.mjs, run by `node --test`.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { EMBED_LIMIT } from '../../scripts/build/embed.mjs';
import { minifyGlue } from '../../scripts/build/minify.mjs';

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

  test("sw.js stores the form page's files at install, every other file of the build only with the playground or the desk page", () => {
    const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
    const cache = /const CACHE = "(refresh-request-[0-9a-f]{16})"/.exec(sw)?.[1];
    expect(cache).toBeTruthy();
    const list = (name) => JSON.parse(new RegExp(`const ${name} = (\\[[\\s\\S]*?\\]);`).exec(sw)?.[1] ?? 'null');
    const files = JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)?.[1] ?? 'null');
    const locales = readdirSync(path.join(distDir, 'locales')).map((f) => `./locales/${f}`);
    const top = readdirSync(distDir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'sw.js' && !e.name.endsWith('.map'))
      .map((e) => `./${e.name}`)
      .concat(locales)
      .sort();
    // Every file of the build, each with the digest of its content.
    expect(Object.keys(files).sort()).toEqual(top);
    for (const [f, digest] of Object.entries(files)) {
      expect(digest, f).toBe(createHash('sha256').update(readFileSync(path.join(distDir, f))).digest('hex').slice(0, 16));
    }
    expect(list('APP')).toContain('./index.html');
    // A language's catalog (and, but for English, the built-in policies' texts in it) is
    // stored when a reader chooses it, not at install.
    expect(locales.filter((f) => f.endsWith('.ftl')).length).toBe(10);
    expect(locales.filter((f) => f.endsWith('.policies.json')).length).toBe(9);
    for (const f of locales) expect(list('APP')).not.toContain(f);
    expect(list('APP').some((f) => f.endsWith('_bg.wasm'))).toBe(true);
    const tools = JSON.parse(/const TOOLS = (\{[\s\S]*?\});/.exec(sw)?.[1] ?? 'null');
    expect([...tools['./playground.html']].sort()).toEqual(['./embed.js', './playground.html', './playground.js', './policy.schema.json']);
    expect([...tools['./desk.html']].sort()).toEqual(['./desk.html', './desk.js', './embed.js']);
    // Every other file: with the playground or the desk page, or (a catalog) once chosen.
    expect([...new Set([...list('APP'), ...Object.values(tools).flat(), ...locales])].sort()).toEqual(top);
  });

  test('the page\'s glue is minified, and its preload\'s integrity is the minified file\'s', () => {
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const glue = readdirSync(distDir).find((n) => /^refresh-request-page-.*\.js$/.test(n));
    const text = readFileSync(path.join(distDir, glue));
    // Minified: no indented lines left (wasm-bindgen writes its glue indented, one statement a line).
    expect(text.toString('utf8').split('\n').filter((l) => /^\s+\S/.test(l)).length).toBeLessThan(5);
    const preload = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(glue));
    expect(preload).toContain(`integrity="sha384-${createHash('sha384').update(text).digest('base64')}"`);
  });

  test("the page's glue is minified to a fixed point, so running the hook again leaves it as it is", async () => {
    // Trunk names the glue after its content: a second run that changed it would serve new
    // bytes under the old name, and a cached copy would fail the new integrity.
    const glue = readdirSync(distDir).find((n) => /^refresh-request-page-.*\.js$/.test(n));
    const text = readFileSync(path.join(distDir, glue), 'utf8');
    expect(await minifyGlue(text)).toBe(text);
  });

  test("the page's wasm carries no embedding code; embed.js's own wasm does", () => {
    // Strings only the embedding code holds: the host element's CSS and the mounted marker.
    const embedOnly = ['.rr-embed-root {\n  all: initial', 'data-refresh-request-mounted'];
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const page = readFileSync(path.join(distDir, pageWasm)).toString('latin1');
    const embedText = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    const inlined = /"(AGFzbQ[A-Za-z0-9+/=]+)"/.exec(embedText)?.[1] ?? '';
    const embedWasm = Buffer.from(inlined, 'base64').toString('latin1');
    for (const s of embedOnly) {
      expect(page.includes(s), `the page's ${pageWasm} holds ${s}`).toBe(false);
      expect(embedWasm.includes(s), `embed.js's wasm holds ${s}`).toBe(true);
    }
    // Both are complete apps: the form's English texts are beside each (its catalog, inlined).
    const runtime = readdirSync(distDir).find((n) => /^refresh-request-i18n-[0-9a-f]{16}\.js$/.test(n));
    const pageTexts = readFileSync(path.join(distDir, runtime), 'utf8');
    for (const text of [pageTexts, embedText]) expect(text.includes('page-title = Request a database refresh')).toBe(true);
  });

  test("the page's wasm preload's integrity is its wasm's: the hook leaves the wasm's bytes as they are", () => {
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const page = readFileSync(path.join(distDir, pageWasm));
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    const preload = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(pageWasm));
    // Trunk's minified HTML may leave the attribute unquoted.
    expect(preload.replaceAll('"', '')).toContain(`integrity=sha384-${createHash('sha384').update(page).digest('base64')} `);
  });

  test("both wasms keep wasm-bindgen's import and export names, and their glue provides each import", async () => {
    const pageWasm = readdirSync(distDir).find((n) => n.endsWith('_bg.wasm'));
    const pageGlue = readdirSync(distDir).find((n) => /^refresh-request-page-.*\.js$/.test(n));
    const embedText = readFileSync(path.join(distDir, 'embed.js'), 'utf8');
    const embedWasm = Buffer.from(/"(AGFzbQ[A-Za-z0-9+/=]+)"/.exec(embedText)?.[1] ?? '', 'base64');
    const builds = [
      [pageWasm, readFileSync(path.join(distDir, pageWasm)), readFileSync(path.join(distDir, pageGlue), 'utf8')],
      ['embed.js', embedWasm, embedText],
    ];
    for (const [name, bytes, glue] of builds) {
      const module = await WebAssembly.compile(bytes);
      const imported = WebAssembly.Module.imports(module);
      expect(imported.length, name).toBeGreaterThan(50);
      // wasm-bindgen's module: `wbg` (older versions), or the glue's own `./<out-name>_bg.js`.
      const modules = [...new Set(imported.map((i) => i.module))];
      expect(modules, name).toHaveLength(1);
      expect(modules[0], name).toMatch(/^(?:wbg|\.\/[\w.-]+_bg\.js)$/);
      expect(glue, `${name}'s glue names the module ${modules[0]}`).toContain(modules[0]);
      // Its import names: the JS each calls, plus a hash (`__wbg_createElement_1e5a9e0f…`).
      expect(imported.filter((i) => /^__wbg_\w+_[0-9a-f]{16}$/.test(i.name)).length, name).toBeGreaterThan(0);
      // The glue is minified with terser, which never mangles property names: each import
      // is still named in it.
      expect(imported.filter((i) => !glue.includes(i.name)).map((i) => i.name), name).toEqual([]);
      const exported = WebAssembly.Module.exports(module).map((e) => e.name);
      expect(exported.filter((e) => /^__wbindgen_/.test(e)).length, name).toBeGreaterThan(0);
    }
  });

  test('the example host pages are in dist/examples/', () => {
    const names = readdirSync(path.join(distDir, 'examples'));
    expect(names).toEqual(expect.arrayContaining(['embed.html', 'iframe.html', 'custom-policy.html', 'hostile.html']));
  });
});
