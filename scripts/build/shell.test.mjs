import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeTags } from './locales.mjs';
import { FAILURE_MESSAGES, HEADER_MESSAGES, negotiate, shellScript, shellTexts, withNoscript, withShell } from './shell.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');

test("the start-up script chooses the language the core would, case by case from the shared table", () => {
  const { cases } = JSON.parse(readFileSync(path.join(repo, 'crates', 'core', 'tests', 'negotiation.json'), 'utf8'));
  assert.ok(cases.length > 20);
  const spoken = localeTags(repo);
  for (const { tags, lang } of cases) assert.equal(negotiate(tags, spoken), lang, JSON.stringify(tags));
});

test("every language's header comes from its catalog, and the failure's English, with the page's values left to fill in", () => {
  const { header, english } = shellTexts(repo);
  assert.deepEqual(Object.keys(header).sort(), localeTags(repo));
  for (const [tag, said] of Object.entries(header)) {
    assert.equal(said.length, HEADER_MESSAGES.length, tag);
    for (const text of said) assert.ok(text.trim().length > 0, tag);
  }
  assert.equal(header.de[0], 'Datenbank-Refresh anfordern');
  assert.equal(english.length, FAILURE_MESSAGES.length);
  assert.match(english[0], /^The form could not start because its file \{file\} is not on the server \(HTTP \{status\}\)/);
  assert.match(english[1], /\{why\}/);
});

test("index.html's painted English header is the English catalog's", () => {
  const html = readFileSync(path.join(repo, 'index.html'), 'utf8');
  const [title, lede] = shellTexts(repo).header.en;
  const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'");
  assert.equal(unescape(/<h1 class="rr-title">([^<]*)<\/h1>/.exec(html)[1]), title);
  assert.equal(unescape(/<p class="rr-lede">([^<]*)<\/p>/.exec(html)[1]), lede);
  assert.equal(unescape(/<title>([^<]*)<\/title>/.exec(html)[1]), title);
});

test('the script goes into its empty tag, and again on a page that already has it', async () => {
  const script = await shellScript(repo, shellTexts(repo));
  assert.ok(script.includes('Datenbank-Refresh anfordern'));
  assert.ok(!/@(HEADER|ENGLISH|IDS|NEGOTIATE)@/.test(script));
  const page = '<main data-rr-shell></main><script data-rr-start></script><script>other()</script>';
  const once = withShell(page, script);
  assert.equal(once, `<main data-rr-shell></main><script data-rr-start>${script}</script><script>other()</script>`);
  assert.equal(withShell(once, 'x()'), '<main data-rr-shell></main><script data-rr-start>x()</script><script>other()</script>');
  assert.throws(() => withShell('<script>other()</script>', script), /data-rr-start/);
});

test("the line without scripts is every catalog's, each marked with its language, in its empty tag and again on a page that has it", () => {
  const { noscript } = shellTexts(repo);
  assert.deepEqual(Object.keys(noscript).sort(), localeTags(repo));
  assert.match(noscript.en, /needs JavaScript and WebAssembly/);
  const page = '<main data-rr-shell><header></header><noscript data-rr-noscript></noscript></main>';
  const once = withNoscript(page, { ...noscript, en: 'Scripts <off> & so on' });
  const lines = [...once.matchAll(/<p lang="([^"]+)"( dir="rtl")?>([^<]*)<\/p>/g)];
  assert.deepEqual(lines.map((m) => m[1]), ['en', ...localeTags(repo).filter((t) => t !== 'en')]);
  assert.equal(lines[0][3], 'Scripts &lt;off&gt; &amp; so on');
  assert.deepEqual(lines.filter((m) => m[2]).map((m) => m[1]), ['ar']);
  assert.equal(lines.find((m) => m[1] === 'de')[3], noscript.de);
  assert.equal(withNoscript(once, { en: 'x' }), '<main data-rr-shell><header></header><noscript data-rr-noscript><div class="rr-notice rr-notice--warning"><p lang="en">x</p></div></noscript></main>');
  assert.throws(() => withNoscript('<main></main>', noscript), /data-rr-noscript/);
});
