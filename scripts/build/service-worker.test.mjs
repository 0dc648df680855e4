// Unit tests of build/service-worker.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, describe, test } from 'node:test';
import { buildId, precacheFiles, serviceWorker } from './service-worker.mjs';

/** Runs sw.js as a worker would, far enough to read the cache name and file list it installs. */
function installed(sw) {
  const listeners = {};
  const opened = [];
  const self = {
    registration: { scope: 'https://app.example/refresh/' },
    addEventListener: (type, f) => (listeners[type] = f),
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  const caches = {
    open: async (name) => ({ addAll: async (urls) => opened.push({ name, urls }) }),
    keys: async () => [],
    delete: async () => true,
  };
  class Request {
    constructor(url, init) {
      this.url = String(url);
      this.init = init;
    }
  }
  vm.runInNewContext(sw, { self, caches, URL, Request, setTimeout, clearTimeout, console });
  return { listeners, opened };
}

describe('serviceWorker', () => {
  test('sw.js names the cache it is given and precaches exactly the files it is given', async () => {
    const files = ['index.html', 'app-1_bg.wasm', 'app-1.js', 'styles/app.css'];
    const sw = serviceWorker({ cache: 'refresh-request-0123456789abcdef', files });
    assert.match(sw, /const CACHE = "refresh-request-0123456789abcdef";/);
    const list = JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)?.[1] ?? 'null');
    assert.deepEqual(list, ['./index.html', './app-1_bg.wasm', './app-1.js', './styles/app.css']);
    assert.doesNotMatch(sw, /__CACHE_NAME__|__PRECACHE__/);

    // And it runs: its install handler puts those files, resolved against its scope, in that cache.
    const { listeners, opened } = installed(sw);
    assert.equal(typeof listeners.install, 'function');
    let waited;
    listeners.install({ waitUntil: (p) => (waited = p) });
    await waited;
    assert.equal(opened.length, 1);
    assert.equal(opened[0].name, 'refresh-request-0123456789abcdef');
    assert.deepEqual(
      Array.from(opened[0].urls, (r) => r.url).sort(),
      files.map((f) => `https://app.example/refresh/${f}`).sort(),
    );
  });

  test('the cache name and file names are written as JavaScript strings, whatever they hold', () => {
    const sw = serviceWorker({ cache: `a'b"$&`, files: [`it's $1.js`] });
    assert.ok(sw.includes(`const CACHE = ${JSON.stringify(`a'b"$&`)};`));
    assert.deepEqual(JSON.parse(/const PRECACHE = (\[[\s\S]*?\]);/.exec(sw)[1]), [`./it's $1.js`]);
    assert.doesNotThrow(() => new vm.Script(sw));
  });
});

describe('precacheFiles', () => {
  test("the app's own files: not sw.js, embed.js, the playground's, the desk page's, examples/ or source maps", () => {
    // issue 21: a re-run on a built folder finds the playground's files there; listed twice,
    // they would make the worker's cache.addAll, and so its install, fail.
    const files = ['embed.js', 'examples/embed.html', 'examples/policy/a.json', 'index.html', 'app-1.js', 'app-1.js.map', 'app-1_bg.wasm', 'playground.html', 'playground.js', 'policy.schema.json', 'desk.html', 'desk.js', 'sw.js', 'img/examples.svg'];
    assert.deepEqual(precacheFiles(files), ['index.html', 'app-1.js', 'app-1_bg.wasm', 'img/examples.svg']);
  });
});

describe('buildId', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-build-sw-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('16 hex digits that change with any file\'s content or name, and only then', () => {
    writeFileSync(path.join(dir, 'a'), 'one');
    writeFileSync(path.join(dir, 'b'), 'two');
    writeFileSync(path.join(dir, 'ab'), 'one');
    const id = buildId(dir, ['a', 'b']);
    assert.match(id, /^[0-9a-f]{16}$/);
    assert.equal(buildId(dir, ['a', 'b']), id);
    assert.notEqual(buildId(dir, ['ab', 'b']), id, 'same content, another name');
    writeFileSync(path.join(dir, 'b'), 'two!');
    assert.notEqual(buildId(dir, ['a', 'b']), id, 'same names, another content');
    writeFileSync(path.join(dir, 'b'), 'two');
    assert.equal(buildId(dir, ['a', 'b']), id);
    // Name and content are kept apart: a file "a" holding "bc" is not a file "ab" holding "c".
    mkdirSync(path.join(dir, 'one'));
    mkdirSync(path.join(dir, 'two'));
    writeFileSync(path.join(dir, 'one', 'a'), 'bc');
    writeFileSync(path.join(dir, 'two', 'ab'), 'c');
    assert.notEqual(buildId(path.join(dir, 'one'), ['a']), buildId(path.join(dir, 'two'), ['ab']));
  });
});
