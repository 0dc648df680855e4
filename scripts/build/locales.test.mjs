import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { NOT_ON_THE_PAGE, ONLY_NATIVELY, catalogOf, i18nRuntime, inlinedEnglish, localeTags, messageIds, namedIn, policyTexts, runtimeFile, withI18n, withoutComments, withoutMessages, writeLocales, writePolicyTexts } from './locales.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');

test('every language of the page has a catalog in the build, the core messages first, then the page', () => {
  const tags = localeTags(repo);
  for (const tag of ['en', 'de', 'fr', 'es', 'pt-BR', 'nl', 'da', 'ja', 'zh-Hans', 'ar']) assert.ok(tags.includes(tag), tag);
  const dir = mkdtempSync(path.join(tmpdir(), 'locales-'));
  const written = writeLocales(repo, dir);
  assert.deepEqual(written, tags.map((t) => `locales/${t}.ftl`));
  const de = readFileSync(path.join(dir, 'locales', 'de.ftl'), 'utf8');
  assert.match(de, /^page-title = /m);
  assert.doesNotMatch(de, /^#/m, 'comments are dropped');
});

test("the built-in policies' texts in each language are their files' translations, English left out", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'policy-texts-'));
  const written = writePolicyTexts(repo, dir);
  assert.ok(written.includes('locales/de.policies.json'));
  assert.ok(!written.includes('locales/en.policies.json'), 'the built-ins are written in English');
  const de = JSON.parse(readFileSync(path.join(dir, 'locales', 'de.policies.json'), 'utf8'));
  const veson = JSON.parse(readFileSync(path.join(repo, 'crates', 'core', 'src', 'policies', 'veson-imos.json'), 'utf8'));
  assert.deepEqual(de['veson-imos'], veson.translations.de);
  assert.deepEqual(Object.keys(de).sort(), ['clarity-saas', 'veson-imos']);
  assert.deepEqual(policyTexts(repo, 'xx'), {});
});

test('a source with a core catalog puts it before the page catalog', () => {
  const src = mkdtempSync(path.join(tmpdir(), 'locales-src-'));
  mkdirSync(path.join(src, 'locales'));
  mkdirSync(path.join(src, 'crates', 'core', 'locales'), { recursive: true });
  writeFileSync(path.join(src, 'locales', 'xx.ftl'), '# page\napp-one = One\n');
  writeFileSync(path.join(src, 'crates', 'core', 'locales', 'xx.ftl'), '## core\ncore-one = Core\n');
  assert.equal(catalogOf(src, 'xx'), 'core-one = Core\n\napp-one = One\n');
  assert.throws(() => catalogOf(src, 'yy'), /no page catalog/);
});

test('comment lines go, indented continuation lines stay', () => {
  assert.equal(withoutComments('# c\na = { $n ->\n    [one] x\n   *[other] y\n  }\n'), 'a = { $n ->\n    [one] x\n   *[other] y\n  }\n');
});

test('the runtime formats English without a fetch, plurals by number, and no isolation marks', async () => {
  const english = 'hello = Hello, { $name }!\nitems = { $n ->\n    [one] one item\n   *[other] { $n } items\n  }\n';
  const code = await i18nRuntime(repo, { core: english, page: 'page-one = One\n' });
  const said = [];
  const window = { dispatchEvent: (e) => said.push(e.type) };
  class Event {
    constructor(type) {
      this.type = type;
    }
  }
  const context = vm.createContext({ window, document: { currentScript: null, baseURI: 'https://example.test/' }, Intl, URL, Event, setTimeout });
  vm.runInContext(code, context);
  const i18n = window.__refreshRequestI18n;
  // What the runtime prepares while a page waits for its wasm (the catalog parsed, Intl's first
  // uses) changes nothing it says.
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(i18n.has('en'), true);
  assert.equal(i18n.has('de'), false);
  assert.equal(i18n.format('en', 'hello', { name: 'Ana' }), 'Hello, Ana!');
  assert.equal(i18n.format('en', 'items', { n: 1 }), 'one item');
  assert.equal(i18n.format('en', 'items', { n: 3 }), '3 items');
  assert.equal(i18n.format('de', 'hello', { name: 'Ana' }), 'Hello, Ana!', 'a language not loaded falls back to English');
  assert.equal(i18n.format('en', 'missing'), undefined);
  assert.equal(i18n.format('en', 'page-one'), 'One', "the page's messages after the core's");
  // The core's messages, and only those, are the ones a policy may word its own way.
  // (Arrays from the script's own realm, compared as JSON.)
  const json = (v) => JSON.parse(JSON.stringify(v));
  assert.deepEqual(json(i18n.builtin('items')), ['n']);
  assert.equal(i18n.builtin('page-one'), undefined);
  assert.deepEqual(json(i18n.builtins()), ['hello', 'items']);
  assert.deepEqual(json(i18n.message('w = { $b ->\n    [x] { $a }\n   *[y] { $b }\n  }\n')), ['w', 'a', 'b']);
  assert.equal(i18n.message('w = { $b\n'), null);
  assert.equal(i18n.message('w = 1\nv = 2\n'), null);
  assert.equal(context.FluentBundle, undefined, 'no global left behind');
  assert.deepEqual(said, ['refresh-request-i18n'], 'it tells a page app that started first');
});

test('the runtime runs before the page module, once however often the hook runs, under a name from its content', () => {
  const html = '<html><head><script type=module>go()</script></head><body></body></html>';
  const once = withI18n(html, 'rt-1.js');
  assert.equal(once, '<html><head><script defer src="./rt-1.js" data-rr-i18n></script><script type=module>go()</script></head><body></body></html>');
  assert.equal(withI18n(once, 'rt-2.js'), once.replace('rt-1.js', 'rt-2.js'));
  assert.throws(() => withI18n('<html><head></head></html>', 'rt.js'), /no module script/);
  assert.match(runtimeFile('a'), /^refresh-request-i18n-[0-9a-f]{16}\.js$/);
  assert.notEqual(runtimeFile('a'), runtimeFile('b'));
});

test("the inlined English leaves out the holiday names, which are the holiday data's own, and nothing else", () => {
  const english = catalogOf(repo, 'en');
  const inlined = inlinedEnglish(english);
  assert.doesNotMatch(inlined, /^holiday-name-/m);
  assert.match(english, /^holiday-name-christmas-day = Christmas Day$/m);
  assert.match(inlined, /^holiday-observed = /m);
  assert.match(inlined, /^calendar-label-too-soon = /m);
  const dropped = english.split('\n').filter((l) => !inlined.split('\n').includes(l));
  assert.ok(dropped.length > 80 && dropped.every((l) => l.startsWith('holiday-name-')), dropped.join('\n'));
});

test("the page's English leaves out the desk's, embed.js's and the policy loader's messages, whole, and keeps every other", () => {
  const english = inlinedEnglish(catalogOf(repo, 'en'));
  const page = withoutMessages(english, NOT_ON_THE_PAGE);
  const left = messageIds(english).filter((id) => !messageIds(page).includes(id));
  for (const id of ['desk-summary-ready', 'desk-damaged--content', 'ticket-edited', 'ticket-edited--missing', 'ticket-unverified', 'embed-problems', 'policy-unusable', 'policy-expected-object']) {
    assert.ok(left.includes(id), id);
  }
  assert.ok(left.every((id) => NOT_ON_THE_PAGE.test(id)), left.join(' '));
  for (const id of ['ticket-title', 'ticket-panel', 'api-policy-missing', 'field-required--env', 'api-not-ready']) {
    assert.ok(messageIds(page).includes(id), id);
  }
  // Each message kept reads exactly as in the whole catalog: no continuation line lost or gained.
  const entries = (catalog) => catalog.split(/\n(?=[a-zA-Z-][\w-]* *=)/).map((e) => e.trim());
  const whole = entries(english);
  for (const entry of entries(page)) assert.ok(whole.includes(entry), entry);
});

test("no catalog for the web carries the command's and the service's messages, which the native catalogs do", () => {
  for (const tag of localeTags(repo)) {
    const native = readFileSync(path.join(repo, 'crates', 'core', 'locales', `${tag}.ftl`), 'utf8');
    for (const id of ['cli-option-problem', 'serve-json-invalid', 'serve-not-found']) assert.ok(messageIds(native).includes(id), `${tag}: ${id}`);
    const web = messageIds(catalogOf(repo, tag));
    assert.deepEqual(web.filter((id) => ONLY_NATIVELY.test(id)), [], tag);
    // The desk's report and an embedded form's words stay: embed.js and the JS API write them.
    for (const id of ['desk-summary-ready', 'embed-problems', 'page-title', 'notice-business_days']) assert.ok(web.includes(id), `${tag}: ${id}`);
  }
  assert.ok(!ONLY_NATIVELY.test('desk-summary-ready') && ONLY_NATIVELY.test('serve-too-large'));
});

test('a multi-line message goes with its variants; the next one stays', () => {
  const catalog = 'a = A\ndesk-x = { $n ->\n    [one] one\n   *[other] many\n  }\nb = B\n\n-term = T\n';
  assert.equal(withoutMessages(catalog, /^desk-/), 'a = A\nb = B\n\n-term = T\n');
});

test("the build stops if the page's wasm names a message its runtime leaves out", () => {
  const wasm = Buffer.from('\0asm...field-required--envdesk-summary-ready...');
  assert.deepEqual(namedIn(wasm, ['desk-summary-ready', 'desk-no-data']), ['desk-summary-ready']);
});
