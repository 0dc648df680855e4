// Unit tests of build/integrity.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { withIntegrity } from './integrity.mjs';

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

describe('withIntegrity', () => {
  test('sets the integrity of the tags that load the file, and only theirs', () => {
    const html =
      '<link rel=modulepreload href=/app-1.js integrity="sha384-old">' +
      '<link rel=preload href=/app-1_bg.wasm integrity=sha384-keep as=fetch>';
    assert.equal(
      withIntegrity(html, 'app-1.js', 'new'),
      `<link rel=modulepreload href=/app-1.js integrity="${sri('new')}">` +
        '<link rel=preload href=/app-1_bg.wasm integrity=sha384-keep as=fetch>',
    );
    assert.throws(() => withIntegrity(html, 'other.js', 'new'), /no <link> to other\.js/);
  });

  test("replaces an unquoted integrity whole (Trunk's minified HTML), keeping the attributes after it", () => {
    const html = '<link rel=modulepreload href=/app-1.js integrity=sha384-old+/= crossorigin>';
    assert.equal(
      withIntegrity(html, 'app-1.js', 'new'),
      `<link rel=modulepreload href=/app-1.js integrity="${sri('new')}" crossorigin>`,
    );
  });

  test("replaces a single-quoted integrity, and every tag that loads the file", () => {
    const html =
      "<LINK rel='modulepreload' href='./app-1.js' INTEGRITY='sha384-old'>" +
      '<p>between</p>' +
      '<link rel="preload" href="app-1.js" integrity="sha384-old" as="script">';
    assert.equal(
      withIntegrity(html, 'app-1.js', 'new'),
      `<LINK rel='modulepreload' href='./app-1.js' integrity="${sri('new')}">` +
        '<p>between</p>' +
        `<link rel="preload" href="app-1.js" integrity="${sri('new')}" as="script">`,
    );
  });

  test('a name that only starts like the file is not the file; a link without integrity gets none', () => {
    const html = '<link rel=preload href=/app-1.js.map integrity=sha384-map><link rel=modulepreload href=/app-1.js>';
    // The map keeps its integrity; the glue's link had none, so there is nothing to update.
    assert.equal(withIntegrity(html, 'app-1.js', 'new'), html);
    assert.throws(() => withIntegrity('<link rel=preload href=/app-1.js.map>', 'app-1.js', 'new'), /no <link> to app-1\.js/);
  });

  test("a dot in the file name is a dot, not any character", () => {
    assert.throws(() => withIntegrity('<link href=/app-1xjs integrity=sha384-old>', 'app-1.js', 'new'), /no <link>/);
  });
});
