// Unit tests of build/files.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { listFiles, pageBundle } from './files.mjs';

describe('listFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-build-files-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('every file under the folder, /-separated and sorted, folders themselves left out', () => {
    mkdirSync(path.join(dir, 'examples', 'policy'), { recursive: true });
    mkdirSync(path.join(dir, 'empty'));
    // Written out of order, so that neither the order they were made in nor its reverse is sorted.
    for (const f of ['b.js', 'index.html', 'a.js', 'examples/policy/a.json', 'examples/embed.html', 'c.js']) writeFileSync(path.join(dir, f), f);
    assert.deepEqual(listFiles(dir), ['a.js', 'b.js', 'c.js', 'examples/embed.html', 'examples/policy/a.json', 'index.html']);
  });
});

describe('pageBundle', () => {
  test("the one top-level *_bg.wasm and the glue of the same name", () => {
    const files = ['index.html', 'app-1.js', 'app-1_bg.wasm', 'examples/x_bg.wasm'];
    assert.deepEqual(pageBundle('dist', files), { wasmFile: 'app-1_bg.wasm', glueFile: 'app-1.js' });
  });

  test('refuses no wasm, two wasms, or a wasm without its glue', () => {
    assert.throws(() => pageBundle('dist', ['index.html']), /expected one \*_bg\.wasm in dist, found 0/);
    assert.throws(() => pageBundle('dist', ['a.js', 'a_bg.wasm', 'b.js', 'b_bg.wasm']), /found 2/);
    assert.throws(() => pageBundle('dist', ['a_bg.wasm', 'b.js']), /no wasm-bindgen glue a\.js beside a_bg\.wasm/);
  });
});
