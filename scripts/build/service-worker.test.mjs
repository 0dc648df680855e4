// Unit tests of build/service-worker.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, describe, test } from 'node:test';
import { buildId, contentDigest, localeFiles, precacheFiles, serviceWorker } from './service-worker.mjs';

/**
 * Runs sw.js as a worker would, in a small world: `served` maps a file to the content the
 * server has for it, `pages` are the open windows' URLs, `older` the caches of earlier builds.
 * Returns the worker's listeners, its caches, and every fetch it made ({url, cache}).
 */
function world(sw, { served, pages = [], older = {} }) {
  const listeners = {};
  const fetched = [];
  const stores = new Map(Object.entries(older).map(([name, urls]) => [name, new Map(urls.map((u) => [u, 'old']))]));
  const self = {
    registration: { scope: 'https://app.example/refresh/' },
    addEventListener: (type, f) => (listeners[type] = f),
    skipWaiting: () => Promise.resolve(),
    clients: {
      claim: () => Promise.resolve(),
      matchAll: async () => pages.map((url) => ({ url })),
    },
  };
  const caches = {
    open: async (name) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name);
      return {
        match: async (url) => store.get(String(url)),
        put: async (url, res) => store.set(String(url), res),
        keys: async () => [...store.keys()].map((url) => ({ url })),
      };
    },
    keys: async () => [...stores.keys()],
    delete: async (name) => stores.delete(name),
  };
  const response = (body, status = 200) => ({
    ok: status === 200,
    status,
    redirected: false,
    type: 'basic',
    body,
    clone() {
      return response(body, status);
    },
    arrayBuffer: async () => new TextEncoder().encode(body).buffer,
  });
  const fetch = async (target, init = {}) => {
    const url = String(target.url ?? target);
    fetched.push({ url, cache: init.cache });
    const name = url.replace('https://app.example/refresh/', '');
    return name in served ? response(served[name]) : response('not found', 404);
  };
  vm.runInNewContext(sw, { self, caches, fetch, crypto: globalThis.crypto, URL, TextEncoder, Uint8Array, setTimeout, clearTimeout, console });
  return { listeners, stores, fetched };
}

async function install(w) {
  let waited;
  w.listeners.install({ waitUntil: (p) => (waited = p) });
  await waited;
}

describe('serviceWorker', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-build-sw-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const content = {
    'index.html': '<!doctype html>',
    'app-0123456789abcdef_bg.wasm': 'wasm',
    'app-0123456789abcdef.js': 'glue',
    'embed.js': 'embed',
    'playground.html': 'pg',
    'playground.js': 'pg.js',
  };
  for (const [f, text] of Object.entries(content)) writeFileSync(path.join(dir, f), text);
  const app = ['index.html', 'app-0123456789abcdef_bg.wasm', 'app-0123456789abcdef.js'];
  const playground = ['playground.html', 'playground.js', 'embed.js'];
  const url = (f) => `https://app.example/refresh/${f}`;

  test('sw.js names its cache after the build and lists each file with the digest of its content', () => {
    const sw = serviceWorker({ dir, app, tools: { 'playground.html': playground } });
    assert.match(sw, new RegExp(`const CACHE = "refresh-request-${buildId(dir, [...app, ...playground])}";`));
    assert.doesNotMatch(sw, /__[A-Z_]+__/);
    const files = JSON.parse(/const FILES = (\{[\s\S]*?\});/.exec(sw)[1]);
    assert.deepEqual(Object.keys(files), [...app, ...playground].map((f) => `./${f}`));
    assert.equal(files['./embed.js'], contentDigest(Buffer.from('embed')));
  });

  test("install stores the form page's files only: hashed names from the browser's cache, the page asked again", async () => {
    const w = world(serviceWorker({ dir, app, tools: { 'playground.html': playground } }), { served: content, pages: [url('index.html?policy=x')] });
    await install(w);
    const [name] = [...w.stores.keys()];
    assert.deepEqual([...w.stores.get(name).keys()].sort(), app.map(url).sort());
    assert.deepEqual(
      w.fetched.map((f) => [f.url, f.cache]).sort(),
      [
        [url('app-0123456789abcdef.js'), 'force-cache'],
        [url('app-0123456789abcdef_bg.wasm'), 'force-cache'],
        [url('index.html'), 'no-cache'],
      ],
    );
  });

  test("install stores the playground's files when the playground registered it, and what an earlier build had", async () => {
    const older = 'refresh-request-0000000000000000';
    for (const [opts, want] of [
      [{ pages: [url('playground.html')] }, playground],
      [{ pages: [url('playground.html'), url('?policy=x')] }, [...app, ...playground]],
      [{ older: { [older]: [url('playground.html')] } }, playground],
      [{ older: { [older]: [url('index.html'), url('playground.html')] } }, [...app, ...playground]],
      [{ pages: [url('examples/iframe.html')] }, app],
    ]) {
      const w = world(serviceWorker({ dir, app, tools: { 'playground.html': playground } }), { served: content, ...opts });
      await install(w);
      const name = [...w.stores.keys()].find((k) => k !== older);
      assert.deepEqual([...w.stores.get(name).keys()].sort(), want.map(url).sort(), JSON.stringify(opts));
      // Nothing it did not store was downloaded.
      assert.deepEqual(w.fetched.map((f) => f.url).sort(), want.map(url).sort(), JSON.stringify(opts));
    }
  });

  test("a file that is not this build's (a deploy under way) fails the install and leaves no cache behind", async () => {
    const w = world(serviceWorker({ dir, app, tools: { 'playground.html': playground } }), { served: { ...content, 'index.html': '<!doctype html><!-- v2 -->' } });
    await assert.rejects(install(w), /index\.html: not this build's/);
    assert.deepEqual([...w.stores.keys()], []);
  });

  test("a file passing through is stored only if it is this build's: a cache never holds two builds", async () => {
    for (const [served, stored] of [['embed', true], ['embed v2', false]]) {
      const w = world(serviceWorker({ dir, app, tools: { 'playground.html': playground } }), { served: { ...content, 'embed.js': served } });
      await install(w);
      const waits = [];
      let answer;
      w.listeners.fetch({
        request: { method: 'GET', mode: 'no-cors', url: url('embed.js') },
        respondWith: (p) => (answer = p),
        waitUntil: (p) => waits.push(p),
      });
      assert.equal((await answer).body, served, 'the page gets what the network sent');
      await Promise.all(waits);
      const [name] = [...w.stores.keys()];
      assert.equal(w.stores.get(name).has(url('embed.js')), stored, served);
    }
  });

  test("a language's catalog is not stored at install, but once a reader's page fetches it, and then works offline", async () => {
    mkdirSync(path.join(dir, 'locales'), { recursive: true });
    writeFileSync(path.join(dir, 'locales', 'de.ftl'), 'page-title = Datenbank');
    const served = { ...content, 'locales/de.ftl': 'page-title = Datenbank' };
    const w = world(serviceWorker({ dir, app, tools: {}, passing: ['locales/de.ftl'] }), { served });
    await install(w);
    const [name] = [...w.stores.keys()];
    assert.equal(w.stores.get(name).has(url('locales/de.ftl')), false, 'not at install');
    const waits = [];
    let answer;
    w.listeners.fetch({
      request: { method: 'GET', mode: 'cors', url: url('locales/de.ftl') },
      respondWith: (p) => (answer = p),
      waitUntil: (p) => waits.push(p),
    });
    assert.equal((await answer).body, 'page-title = Datenbank');
    await Promise.all(waits);
    assert.equal(w.stores.get(name).has(url('locales/de.ftl')), true, 'stored as it passed');
  });

  test('the cache name and file names are written as JavaScript strings, whatever they hold', () => {
    const odd = `it's $1.js`;
    writeFileSync(path.join(dir, odd), 'x');
    const sw = serviceWorker({ dir, app: [odd], tools: {} });
    assert.deepEqual(JSON.parse(/const APP = (\[[\s\S]*?\]);/.exec(sw)[1]), [`./${odd}`]);
    assert.doesNotThrow(() => new vm.Script(sw));
  });
});

describe('localeFiles', () => {
  test('the catalogs of a build, and nothing else', () => {
    assert.deepEqual(
      localeFiles(['index.html', 'locales/de.ftl', 'locales/de.policies.json', 'locales/zh-Hans.ftl', 'examples/locales/x.ftl', 'locales/x.json']),
      ['locales/de.ftl', 'locales/de.policies.json', 'locales/zh-Hans.ftl'],
    );
  });
});

describe('precacheFiles', () => {
  test("the app's own files: not sw.js, embed.js, the playground's, the desk page's, examples/ or source maps", () => {
    // A re-run on a built folder finds the playground's files there; listed twice,
    // they would make the worker's cache.addAll, and so its install, fail.
    const files = ['embed.js', 'examples/embed.html', 'examples/policy/a.json', 'index.html', 'app-1.js', 'app-1.js.map', 'app-1_bg.wasm', 'playground.html', 'playground.js', 'policy.schema.json', 'desk.html', 'desk.js', 'sw.js', 'img/examples.svg'];
    assert.deepEqual(precacheFiles(files), ['index.html', 'app-1.js', 'app-1_bg.wasm', 'img/examples.svg']);
    assert.deepEqual(precacheFiles(['index.html', 'locales/de.ftl']), ['index.html'], 'catalogs are stored when chosen, not at install');
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
