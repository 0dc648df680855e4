// The page's painted shell (index.html's header, before the wasm runs) and its start-up failure
// text, in the reader's language: the wasm is not running yet, so a small script inlined into
// index.html chooses the language by the page's rule (`?lang=`, the language menu's remembered
// choice, the browser's languages, else English: `negotiate` below, which the build inlines, and
// which a shared table of cases holds to the core's `Lang::negotiate`), and takes its words from
// the catalogs: the header's formatted here at build time in every language, the failure's in
// English, and in another language by the page's runtime when the form cannot start
// (scripts/shell.template.js). With scripts off, nothing can choose, so the `<noscript>` line
// is written in every language.

import { createRequire } from 'node:module';
import path from 'node:path';
import { catalogOf, localeTags } from './locales.mjs';
import { fromTemplate } from './template.mjs';

/**
 * The language of the first of `tags` (the reader's preferences, best first; anything not a
 * string is skipped) that the form speaks, as one of `spoken` (the catalogs' tags), else "en".
 * Case does not matter and `_` counts as `-`; a region or script the catalogs lack falls back
 * to the language (`de-AT` → de, `pt-PT` → pt-BR, `zh-CN` → zh-Hans), but traditional Chinese
 * (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) is not simplified Chinese. Self-contained: the build
 * inlines its source into index.html.
 */
export function negotiate(tags, spoken) {
  for (const given of tags) {
    if (typeof given !== 'string') continue;
    const [primary, ...rest] = given.trim().toLowerCase().replace(/_/g, '-').split('-');
    if (!/^[a-z]+$/.test(primary) || rest.some((s) => !/^[a-z0-9]+$/.test(s))) continue;
    if (primary === 'zh') {
      const before = rest.indexOf('hans') < 0 ? rest : rest.slice(0, rest.indexOf('hans'));
      if (before.some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s))) continue;
    }
    const found = spoken.find((tag) => tag.toLowerCase().split('-')[0] === primary);
    if (found) return found;
  }
  return 'en';
}

/** The header's messages, which the shell carries in every language. */
export const HEADER_MESSAGES = ['page-title', 'page-lede'];

/**
 * The failure's messages, which the shell carries in English: in another language the page's
 * runtime (loaded before the app) formats them from that language's catalog when the form
 * cannot start, so the page's first load carries them once, not ten times. The order is the
 * template's.
 */
export const FAILURE_MESSAGES = ['shell-missing-file', 'shell-browser', 'shell-script-failed', 'shell-download'];

/** The line a reader with scripts off sees, which the page carries in every language. */
export const NOSCRIPT_MESSAGE = 'shell-noscript';

/**
 * The shell's texts: `{ header: { tag: [title, lede] }, english: [missing, browser,
 * scriptFailed, download], noscript: { tag: line } }`, formatted from the catalogs by @fluent/bundle as the page's
 * runtime formats them (Arabic isolates its values); a variable the page fills in at run time
 * stays as `{file}`, `{status}`, `{why}`. Throws on a message a catalog lacks or cannot format.
 */
export function shellTexts(source) {
  const { FluentBundle, FluentResource } = createRequire(path.join(source, 'package.json'))('@fluent/bundle');
  const formatted = (tag, ids) => {
    const bundle = new FluentBundle(tag, { useIsolating: tag === 'ar' });
    bundle.addResource(new FluentResource(catalogOf(source, tag)));
    return ids.map((id) => {
      const message = bundle.getMessage(id);
      if (!message?.value) throw new Error(`locales/${tag}.ftl has no ${id}`);
      const errors = [];
      const text = bundle.formatPattern(message.value, { paste_into: 'page', file: '{file}', status: '{status}', why: '{why}' }, errors);
      if (errors.length) throw new Error(`locales/${tag}.ftl, ${id}: ${errors.join('; ')}`);
      return text;
    });
  };
  const header = {};
  for (const tag of localeTags(source)) header[tag] = formatted(tag, HEADER_MESSAGES);
  const noscript = {};
  for (const tag of localeTags(source)) [noscript[tag]] = formatted(tag, [NOSCRIPT_MESSAGE]);
  return { header, english: formatted('en', FAILURE_MESSAGES), noscript };
}

/**
 * The shell's script (a classic script's text, minified): scripts/shell.template.js with the
 * texts and `negotiate` inlined. Throws if a marker is not there exactly once.
 */
export async function shellScript(source, texts) {
  return fromTemplate(source, 'shell.template.js', {
    '/*@HEADER@*/': JSON.stringify(texts.header),
    '/*@ENGLISH@*/': JSON.stringify(texts.english),
    '/*@IDS@*/': JSON.stringify(FAILURE_MESSAGES),
    '/*@NEGOTIATE@*/': negotiate.toString(),
  });
}

/**
 * `html` with `script` as the body of its `<script data-rr-start>` (run again on its own output,
 * the script is replaced). Throws if the page has no such script.
 */
export function withShell(html, script) {
  const at = /(<script data-rr-start>)[\s\S]*?(<\/script>)/;
  if (!at.test(html)) throw new Error('index.html has no <script data-rr-start> for the shell\'s languages');
  return html.replace(at, (_, open, close) => `${open}${script}${close}`);
}

/** `text` as HTML text content. */
const escaped = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `html` with its `<noscript data-rr-noscript>` holding the line of `noscript` (`{ tag: line }`)
 * in every language, English first, each paragraph marked with its language (and Arabic's
 * direction), so that a screen reader speaks each in its own voice; run again on its own
 * output, the lines are replaced. Throws if the page has no such element.
 */
export function withNoscript(html, noscript) {
  const at = /(<noscript data-rr-noscript>)[\s\S]*?(<\/noscript>)/;
  if (!at.test(html)) throw new Error('index.html has no <noscript data-rr-noscript> for the line without scripts');
  const tags = ['en', ...Object.keys(noscript).filter((tag) => tag !== 'en')];
  const lines = tags
    .map((tag) => `<p lang="${tag}"${tag === 'ar' ? ' dir="rtl"' : ''}>${escaped(noscript[tag])}</p>`)
    .join('');
  return html.replace(at, (_, open, close) => `${open}<div class="rr-notice rr-notice--warning">${lines}</div>${close}`);
}
