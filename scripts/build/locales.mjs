// The catalogs the page reads: for each language, one file `locales/<tag>.ftl` in the build,
// the core's messages (crates/core/locales/<tag>.ftl: findings, field names, durations) then
// the page's own (locales/<tag>.ftl), and one `locales/<tag>.policies.json`, the built-in
// policies' own texts in that language (from their `translations`); and the runtime that formats them (scripts/i18n.template.js
// with @fluent/bundle and the English catalog inlined), for index.html and embed.js.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fromTemplate } from './template.mjs';

/** The languages whose page catalog `source` has (`locales/<tag>.ftl`), sorted. */
export function localeTags(source) {
  const dir = path.join(source, 'locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * `text` without its comment lines: a line that starts with `#` is always a comment in Fluent
 * (a pattern's continuation lines are indented), and the reader's browser has no use for them.
 */
export function withoutComments(text) {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The build's catalog of `tag`: the core's, then the page's, comments dropped. Throws if the
 * page has none for `tag`; a language the core has no catalog for yet gets the page's alone
 * (the core's messages then come from English, as Fluent falls back).
 */
export function catalogOf(source, tag) {
  const { core, page } = catalogParts(source, tag);
  return core && page ? `${core}\n${page}` : core + page;
}

/**
 * The two parts of the build's catalog of `tag`, comments and the messages only the command
 * and the service write ([ONLY_NATIVELY]) dropped: `core`, the core's messages ('' when the
 * core has no catalog for `tag`), and `page`, the page's own. Throws as
 * [catalogOf] does.
 */
export function catalogParts(source, tag) {
  const app = path.join(source, 'locales', `${tag}.ftl`);
  if (!existsSync(app)) throw new Error(`no page catalog locales/${tag}.ftl`);
  const core = path.join(source, 'crates', 'core', 'locales', `${tag}.ftl`);
  const clean = (text) => {
    const kept = withoutComments(text).trim();
    return kept ? `${kept}\n` : '';
  };
  const forTheWeb = (text) => withoutMessages(clean(text), ONLY_NATIVELY);
  return { core: existsSync(core) ? forTheWeb(readFileSync(core, 'utf8')) : '', page: forTheWeb(readFileSync(app, 'utf8')) };
}

/**
 * The English catalog as the runtime inlines it (the first load of every English reader):
 * without the holiday names (`holiday-name-…`), which in English are the holiday data's own,
 * and which the core writes from the data when the catalog has no message for them.
 */
export function inlinedEnglish(catalog) {
  return catalog.replace(/^holiday-name-[^\n]*\n/gm, '');
}

/**
 * The English messages the form page never asks for: the desk's report and its own findings
 * (desk.html, on embed.js), an embedded form's own words (embed.js), the policy loader's
 * problems (the playground and an embedded form's error, on embed.js; the command), and the
 * command's and the service's answers (formatted natively), by the starts of their ids in
 * crates/core/locales/not-on-the-form-page.json, which the core reads too (a policy cannot word
 * them). Only embed.js's runtime carries them (but the command's and the service's, which no
 * catalog for the web carries: [ONLY_NATIVELY]); the page's wasm names none of them
 * (post-build checks), so an English reader of the form downloads none.
 */
export const NOT_ON_THE_PAGE = startsOf('prefixes');

/**
 * The messages only the native command and service write (`cli-…`, `serve-…`, from the
 * catalogs compiled into them), by the starts of their ids in the same file's `natively`: no
 * catalog the build writes for the web carries them ([catalogParts]), so a reader who chooses a
 * language does not download the command's words.
 */
export const ONLY_NATIVELY = startsOf('natively');

/** A pattern for the ids that start with one of the list `key` of not-on-the-form-page.json. */
function startsOf(key) {
  const list = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'crates', 'core', 'locales', 'not-on-the-form-page.json'), 'utf8'))[key];
  return new RegExp(`^(?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
}

/**
 * The ids of `leftOut` that the page's wasm (`wasm`, its bytes) names: each id is a string
 * literal in its data, so one the page came to ask for shows here, and the build stops
 * before an English reader sees the bare id.
 */
export function namedIn(wasm, leftOut) {
  return leftOut.filter((id) => wasm.includes(Buffer.from(id)));
}

/** The ids of the messages (not terms) a catalog defines. */
export function messageIds(catalog) {
  return [...catalog.matchAll(/^([a-zA-Z][\w-]*) *=/gm)].map((m) => m[1]);
}

/**
 * `catalog` (comments already dropped) without the messages whose id `leaveOut` matches, each
 * with its indented continuation lines.
 */
export function withoutMessages(catalog, leaveOut) {
  let dropping = false;
  return catalog
    .split('\n')
    .filter((line) => {
      const id = /^([a-zA-Z-][\w-]*) *=/.exec(line);
      if (id) dropping = leaveOut.test(id[1]);
      else if (line !== '' && !/^\s/.test(line)) dropping = false;
      return !dropping;
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * Writes `<dir>/locales/<tag>.ftl` for every language of `source`; returns the build paths
 * written (`locales/de.ftl`…). English is written too, for whoever reads the catalog, though the
 * page has it inlined.
 */
export function writeLocales(source, dir) {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  return localeTags(source).map((tag) => {
    const rel = `locales/${tag}.ftl`;
    writeFileSync(path.join(dir, rel), catalogOf(source, tag));
    return rel;
  });
}

/** The built-in policies' files (crates/core/src/policies/*.json), parsed, sorted by name. */
function builtinPolicies(source) {
  const dir = path.join(source, 'crates', 'core', 'src', 'policies');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

/**
 * The built-in policies' texts in `tag`, `{"<policy id>": <its translations[tag]>}`: the policy
 * files are their one source. The page's wasm carries the built-ins without their translations
 * (crates/core/build.rs), so that an English reader does not download nine languages of them;
 * a reader of `tag` fetches these with the catalog.
 */
export function policyTexts(source, tag) {
  const out = {};
  for (const policy of builtinPolicies(source)) {
    const texts = policy.translations?.[tag];
    if (texts) out[policy.id] = texts;
  }
  return out;
}

/**
 * Writes `<dir>/locales/<tag>.policies.json` for every language of `source` but English (the
 * built-ins are written in it); returns the build paths written.
 */
export function writePolicyTexts(source, dir) {
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  return localeTags(source)
    .filter((tag) => tag !== 'en')
    .map((tag) => {
      const rel = `locales/${tag}.policies.json`;
      writeFileSync(path.join(dir, rel), JSON.stringify(policyTexts(source, tag)) + '\n');
      return rel;
    });
}

/**
 * The runtime script (a classic script's text) for index.html and embed.js: @fluent/bundle's
 * UMD build minified, and the English catalog inlined in its two parts, `english.core` (the
 * messages a policy may word its own way, which the runtime checks a wording against) and
 * `english.page`. Throws if the template's markers are not there exactly once or
 * @fluent/bundle is not installed (`npm ci`).
 */
export async function i18nRuntime(source, english) {
  const umd = path.join(source, 'node_modules', '@fluent', 'bundle', 'index.js');
  if (!existsSync(umd)) throw new Error(`${umd} is missing: run npm ci`);
  return fromTemplate(source, 'i18n.template.js', {
    '/*@FLUENT@*/': readFileSync(umd, 'utf8'),
    '/*@EN_CORE@*/': JSON.stringify(english.core),
    '/*@EN_PAGE@*/': JSON.stringify(english.page),
  });
}

/**
 * The runtime's file name in the build: named after its content, as Trunk names what it
 * builds, so a browser (and sw.js, from the browser's cache) keeps it for good.
 */
export function runtimeFile(runtime) {
  return `refresh-request-i18n-${createHash('sha256').update(runtime).digest('hex').slice(0, 16)}.js`;
}

/**
 * `html` loading the runtime `file` before the page's module script runs: a deferred classic
 * script just before that (inline, deferred) module script, so the browser runs the two in that
 * order once the page is parsed, and the first paint waits for neither. A runtime already there
 * (the hook run again on its own output) is replaced. Throws if the page has no module script.
 */
export function withI18n(html, file) {
  const tag = `<script defer src="./${file}" data-rr-i18n></script>`;
  const old = /<script defer src="[^"]*" data-rr-i18n><\/script>|<script data-rr-i18n>[\s\S]*?<\/script>/;
  if (old.test(html)) return html.replace(old, () => tag);
  const module = /<script type=["']?module\b/i;
  if (!module.test(html)) throw new Error('index.html has no module script to run the catalogs\' runtime before');
  return html.replace(module, (m) => `${tag}${m}`);
}
