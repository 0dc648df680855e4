// Unit tests of build/css.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { EMBED_CONTAINER, EMBED_ROOT_CLASS, THEME, embedCss, pageStyles, scopeCss } from './css.mjs';

describe('scopeCss', () => {
  test('page selectors become the embed root; rem follows the reader, widths the container', () => {
    const css = [
      ':root { --x: 1rem } html, body { margin: 0 } html body .a { color: red }',
      '.body-text, #html, [data-x="body"] { padding: .5rem 2px }',
      '@media (prefers-color-scheme: dark) { body { background: #000 } }',
      '@media (min-width: 62rem) { .grid { grid-template-columns: minmax(0, 46rem) 1fr } }',
      '.c::before { content: "2rem; body {" } /* body { } */',
    ].join('\n');
    assert.equal(
      scopeCss(css),
      [
        '.rr-embed-root { --x: calc(1 * var(--rr-rem, 1rem)) } .rr-embed-root, .rr-embed-root { margin: 0 } .rr-embed-root .a { color: red }',
        '.body-text, #html, [data-x="body"] { padding: calc(.5 * var(--rr-space, 1rem)) 2px }',
        '@media (prefers-color-scheme: dark) { .rr-embed-root:not([data-theme=light]) { background: #000 } } .rr-embed-root[data-theme=dark] { background: #000 } ',
        '@container rr-embed (min-width: 62em) { .grid { grid-template-columns: minmax(0, calc(46 * var(--rr-rem, 1rem))) 1fr } }',
        '.c::before { content: "2rem; body {" } ',
      ].join('\n'),
    );
  });

  test('the app’s unnamed container queries become queries on the embed root', () => {
    assert.equal(
      scopeCss('@container (min-width: 62rem) { .g { top: 0 } }'),
      `@container ${EMBED_CONTAINER} (min-width: 62em) { .g { top: 0 } }`,
    );
  });

  test('the range syntax a minifier writes becomes container queries too', () => {
    assert.equal(
      scopeCss('@media (width>=62rem){.g{top:0}}@media (width<=40rem){.h{top:0}}@media (40rem<width<=62rem){.i{top:0}}'),
      `@container ${EMBED_CONTAINER} (width>=62em){.g{top:0}}@container ${EMBED_CONTAINER} (width<=40em){.h{top:0}}@container ${EMBED_CONTAINER} (40em<width<=62em){.i{top:0}}`,
    );
  });

  test('a width query mixed with another feature fails the build instead of following the window', () => {
    assert.throws(() => scopeCss('@media screen and (min-width: 40rem) { .b { top: 0 } }'), /cannot make a container query/);
  });

  test('a two-sided width query becomes one container query; the root class can be another', () => {
    assert.equal(EMBED_ROOT_CLASS, 'rr-embed-root');
    assert.equal(
      scopeCss('@media (min-width: 30rem) and (max-width: 60rem) { body > .x { gap: 2rem } }', 'host'),
      `@container ${EMBED_CONTAINER} (min-width: 30em) and (max-width: 60em) { .host > .x { gap: calc(2 * var(--rr-space, 1rem)) } }`,
    );
  });

  test('leaves what is not a rem length alone: em, ids, classes, strings with escaped quotes', () => {
    const css = '.rem-1, #x2rem { width: 3em; content: "a\\"1rem" }';
    assert.equal(scopeCss(css), css);
  });

  test('spacing (margins, paddings, gaps, negative ones too) follows --rr-space; sizes follow --rr-rem', () => {
    assert.equal(
      scopeCss('.a { margin: 0 -1rem 1.5rem; padding-left: .5rem; row-gap: 2rem; width: 10rem; top: -1rem }'),
      '.a { margin: 0 calc(-1 * var(--rr-space, 1rem)) calc(1.5 * var(--rr-space, 1rem)); ' +
        'padding-left: calc(.5 * var(--rr-space, 1rem)); row-gap: calc(2 * var(--rr-space, 1rem)); ' +
        'width: calc(10 * var(--rr-rem, 1rem)); top: calc(-1 * var(--rr-rem, 1rem)) }',
    );
  });

  test('a dark block applies unless data-theme says light, and again whenever it says dark', () => {
    assert.equal(
      scopeCss('@media (prefers-color-scheme: dark) { body { color: #fff } .x, body .y { --c: #000 } }'),
      '@media (prefers-color-scheme: dark) { .rr-embed-root:not([data-theme=light]) { color: #fff } ' +
        '.rr-embed-root:not([data-theme=light]) .x, .rr-embed-root:not([data-theme=light]) .y { --c: #000 } } ' +
        '.rr-embed-root[data-theme=dark] { color: #fff } ' +
        '.rr-embed-root[data-theme=dark] .x, .rr-embed-root[data-theme=dark] .y { --c: #000 } ',
    );
  });

  test('the theme puts the host variable first, the app value as its fallback, in light and dark rules', () => {
    const theme = [['.x', '--c', '--host-c'], ['.rr-embed-root', 'color', '--host-t'], ['.a, .b', 'border-radius', '--host-r']];
    const used = new Set();
    assert.equal(
      scopeCss(
        '.x { --c: #111; --d: #222 } .x .y { --c: #333 } body { color: red } .a,\n.b { border-radius: 0 } ' +
          '@media (prefers-color-scheme: dark) { .x { --c: #444 } }',
        EMBED_ROOT_CLASS,
        { theme, used },
      ),
      '.x { --c: var(--host-c, #111); --d: #222 } .x .y { --c: #333 } .rr-embed-root { color: var(--host-t, red) } ' +
        '.a,\n.b { border-radius: var(--host-r, 0) } ' +
        '@media (prefers-color-scheme: dark) { .rr-embed-root:not([data-theme=light]) .x { --c: var(--host-c, #444) } } ' +
        '.rr-embed-root[data-theme=dark] .x { --c: var(--host-c, #444) } ',
    );
    assert.equal(used.size, 3);
    // As the release build minifies it.
    assert.equal(
      scopeCss('.a,.b{border-radius:0}@media (prefers-color-scheme:dark){.x{--c:#444}}', EMBED_ROOT_CLASS, { theme }),
      '.a,.b{border-radius: var(--host-r,0)}@media (prefers-color-scheme:dark){.rr-embed-root:not([data-theme=light]) .x{--c: var(--host-c,#444)}}' +
        '.rr-embed-root[data-theme=dark] .x{--c: var(--host-c,#444)}',
    );
  });
});

describe('embedCss', () => {
  test('every entry of THEME overrides a declaration of style/main.css', () => {
    const main = readFileSync(path.join(import.meta.dirname, '..', '..', 'style', 'main.css'), 'utf8');
    const css = embedCss([main]);
    for (const name of ['accent', 'text', 'background', 'font', 'radius']) {
      assert.match(css, new RegExp(`var\\(--refresh-request-${name},`), name);
    }
    assert.ok(THEME.length > 0);
  });

  test('refuses a theme entry that matches nothing (a rule renamed in main.css)', () => {
    assert.throws(
      () => embedCss(['.rr-app { --rr-bg: #fff }'], [['.rr-app', '--rr-bg', '--b'], ['.rr-gone', 'color', '--t']]),
      /the embed theme names declarations the page's CSS does not have: color in "\.rr-gone"/,
    );
  });
});

describe('pageStyles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-build-css-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, 'css'));
  writeFileSync(path.join(dir, 'css', 'app-1.css'), '.linked { color: blue }');

  test('the inline <style> blocks and linked stylesheets, in document order, under the public URL', () => {
    const html =
      '<head><style>.first { color: red }</style>' +
      '<link rel=stylesheet href=/app/css/app-1.css?v=1 integrity=sha384-x>' +
      '<link rel="preload" href="/app/other.js">' +
      '<style media="print">.last {}</style></head>';
    assert.deepEqual(pageStyles(dir, html, '/app/'), {
      css: ['.first { color: red }', '.linked { color: blue }', '.last {}'],
      from: ['inline <style>', 'css/app-1.css', 'inline <style>'],
    });
  });

  test('a page without styles has none', () => {
    assert.deepEqual(pageStyles(dir, '<p>no styles</p>', '/'), { css: [], from: [] });
  });

  test('refuses a linked stylesheet that is not in the build', () => {
    assert.throws(
      () => pageStyles(dir, '<link rel="stylesheet" href="/gone.css">', '/'),
      /index\.html links \/gone\.css, which is not in the build/,
    );
  });
});
