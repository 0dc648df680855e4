// The app's CSS for embed.js: read from the build as the page has it, then scoped for the
// shadow roots embed.js mounts the app in on someone else's page.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The class of the element each embedded app is mounted in (inside its shadow root). */
export const EMBED_ROOT_CLASS = 'rr-embed-root';

/** The container name of the embed root, for the app's width queries. */
export const EMBED_CONTAINER = 'rr-embed';

/**
 * The embed's theme: which of the app's declarations a host page's custom property overrides.
 * Each entry is `[selector, property, variable]`: in every rule of the scoped CSS whose selector
 * is `selector` (light and dark alike), the value `V` of `property` becomes
 * `var(variable, V)`, so the app's own value stays the fallback and the standalone page is
 * untouched. The `--refresh-request-*` names are the public contract (docs/embedding.md);
 * `--rr-accent-text` and `--rr-accent-dark` are worked out from the accent in style/embed.css,
 * and exist only when the host sets one. Spacing is not here: every margin, padding and gap
 * follows `--rr-space` (see `scopeCss`).
 */
export const THEME = [
  ['.rr-app', '--rr-button', '--refresh-request-accent'],
  ['.rr-app', '--rr-button-dark', '--rr-accent-dark'],
  ['.rr-button', 'color', '--rr-accent-text'],
  ['.rr-app', '--rr-focus', '--refresh-request-accent'],
  ['.rr-app', '--rr-focus-text', '--rr-accent-text'],
  ['.rr-app', '--rr-link', '--refresh-request-accent'],
  ['.rr-app', '--rr-text', '--refresh-request-text'],
  ['.rr-app', '--rr-bg', '--refresh-request-background'],
  ['.rr-app', 'font-family', '--refresh-request-font'],
  [`.${EMBED_ROOT_CLASS}`, 'color', '--refresh-request-text'],
  [`.${EMBED_ROOT_CLASS}`, 'background', '--refresh-request-background'],
  ['.rr-input, .rr-select, .rr-textarea', 'border-radius', '--refresh-request-radius'],
  ['.rr-button', 'border-radius', '--refresh-request-radius'],
];

/** Properties that are spacing: their rem lengths follow `--rr-space` in an embedded form. */
const SPACING = /^(?:margin|padding)(?:-[a-z-]+)?$|^(?:row-|column-)?gap$/;

/** A selector list written one way, however it was spaced (the release build minifies it). */
const sameSelector = (selector) => selector.trim().replace(/\s*,\s*/g, ',').replace(/\s+/g, ' ');

/** `[data-theme]` values on the embed root that override the reader's colour scheme. */
const LIGHT = ':not([data-theme=light])';
const DARK = '[data-theme=dark]';

/**
 * Adapts the app's stylesheet to a shadow root on someone else's page:
 *
 * - page-level selectors (`:root`, `html`, `body`), which match nothing in a shadow root, are
 *   rewritten to the embed root (`.rr-embed-root`);
 * - `rem` lengths in declarations become `calc(N * var(--rr-rem, 1rem))`: `rem` follows the
 *   host page's `<html>` font size (often 10px or 62.5% in help-center themes), `--rr-rem` is
 *   the reader's default font size, measured by src/embed/mount.rs; in spacing (margins,
 *   paddings, gaps) they become `calc(N * var(--rr-space, 1rem))` instead, so that the host's
 *   `--refresh-request-spacing` scales every gap alike (style/embed.css defines `--rr-space`);
 * - width-only container queries (and `@media` width queries) become `@container` queries on
 *   the named embed root (whose font size is the reader's default, so `rem` there becomes
 *   `em`, which a container query reads from its container): the form's layout follows the
 *   width it is given in the host page, not the window's;
 * - `@media (prefers-color-scheme: dark)` blocks apply unless the embed root has
 *   `data-theme="light"`, and once more, outside the query, when it has `data-theme="dark"`:
 *   the host element's `data-theme` (copied to the root) overrides the reader's setting;
 * - the declarations `theme` names (`[selector, property, variable]`, see THEME) take the
 *   host's custom property first; `used`, if given, collects the entries that matched.
 *
 * Comments are dropped; strings are left alone.
 */
export function scopeCss(css, rootClass = EMBED_ROOT_CLASS, { theme = [], used = new Set() } = {}) {
  const root = `.${rootClass}`;
  // A width feature, in either syntax: `(min-width: 62rem)`, or the range form a minifier
  // writes (`(width>=62rem)`, `(40rem<width<=62rem)`).
  const widthFeature = String.raw`\(\s*(?:(?:min|max)-width\s*:[^()]*|[^()]*?(?<![\w-])width(?![\w-])[^()]*)\)`;
  // style/main.css writes its width queries as unnamed container queries (the page's container
  // is its body); `@media` width queries are read the same way.
  const widthQuery = new RegExp(String.raw`^@(?:media|container)\s*(${widthFeature}(?:\s*and\s*${widthFeature})*)\s*$`, 'i');
  const darkQuery = /^@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)$/i;
  // One entry per open block: its selector (or at-rule) as rewritten, and where a dark
  // block's rules start in `out`.
  const stack = [];
  const inDark = () => stack.some((b) => b.dark !== undefined);
  const scopeSelector = (prelude) =>
    prelude
      .replace(/(^|[\s>+~(,])(?::root|html|body)(?![\w-])/g, `$1${root}`)
      .replace(new RegExp(`\\${root}(?:\\s*>?\\s*\\${root})+`, 'g'), root);
  // In a dark block, each selector of the list applies only under a root that is not light.
  const unlessLight = (selectors) =>
    selectors
      .split(',')
      .map((sel) => {
        const [, lead, rest] = /^(\s*)([\s\S]*)$/.exec(sel);
        const own = rest.startsWith(root) && !/^[\w-]/.test(rest.slice(root.length));
        return own ? `${lead}${root}${LIGHT}${rest.slice(root.length)}` : `${lead}${root}${LIGHT} ${rest}`;
      })
      .join(',');
  const rewritePrelude = (prelude) => {
    const media = widthQuery.exec(prelude.trim());
    if (media) {
      const condition = media[1].replace(/(\d*\.?\d+)rem\b/g, '$1em');
      return `${prelude.match(/^\s*/)[0]}@container ${EMBED_CONTAINER} ${condition}${prelude.match(/\s*$/)[0]}`;
    }
    // A width query this does not understand would follow the window, not the form's box:
    // refuse it rather than ship a layout that ignores its container.
    if (/^\s*@(?:media|container)\b/i.test(prelude) && /(?<![\w-])(?:min-|max-)?width(?![\w-])/i.test(prelude)) {
      throw new Error(`css: cannot make a container query of "${prelude.trim()}": write width queries alone, as (min-width: …) and (max-width: …)`);
    }
    if (/^\s*@/.test(prelude)) return prelude; // other at-rules: as they are
    const scoped = scopeSelector(prelude);
    return inDark() ? unlessLight(scoped) : scoped;
  };
  const rem = (scale) => (_, lead, sign, n) => `${lead}calc(${sign}${n} * var(${scale}, 1rem))`;
  const rewriteDeclaration = (text) => {
    if (/^\s*@/.test(text)) return text;
    const colon = text.indexOf(':');
    const property = colon < 0 ? '' : text.slice(0, colon).trim().toLowerCase();
    const scale = SPACING.test(property) ? '--rr-space' : '--rr-rem';
    let out = text.replace(/(^|[^\w.#-])(-?)(\d*\.?\d+)rem\b/g, rem(scale));
    const block = stack.at(-1);
    // The rule's selector as style/main.css wrote it (scoped, without a dark block's guard).
    const selector =
      block && !block.at ? sameSelector(block.selector.replaceAll(`${root}${LIGHT} `, '').replaceAll(LIGHT, '')) : null;
    for (const entry of theme) {
      const [sel, prop, variable] = entry;
      if (prop !== property || selector !== sameSelector(sel)) continue;
      used.add(entry);
      const [, value, space] = /^([\s\S]*?)(\s*)$/.exec(out.slice(colon + 1));
      out = `${out.slice(0, colon + 1)} var(${variable},${value})${space}`;
    }
    return out;
  };
  // Strings are set aside while rewriting, then put back.
  const strings = [];
  let out = '';
  let pending = '';
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      strings.push(css.slice(i, j + 1));
      pending += `\u0000${strings.length - 1}\u0000`;
      i = j;
      continue;
    }
    if (c === '{') {
      const prelude = rewritePrelude(pending);
      const at = /^\s*@/.test(prelude);
      out += prelude + c;
      stack.push({ selector: prelude, at, dark: at && darkQuery.test(prelude.trim()) ? out.length : undefined });
      pending = '';
    } else if (c === '}') {
      out += rewriteDeclaration(pending) + c;
      pending = '';
      const block = stack.pop();
      if (block?.dark !== undefined) {
        // The same rules once more, for a root whose data-theme says dark.
        out += out.slice(block.dark, out.length - 1).replaceAll(LIGHT, DARK);
      }
    } else if (c === ';') {
      out += rewriteDeclaration(pending) + c;
      pending = '';
    } else {
      pending += c;
    }
  }
  return (out + pending).replace(/\u0000(\d+)\u0000/g, (_, n) => strings[Number(n)]);
}

/**
 * The CSS embed.js carries: each of the page's stylesheets scoped (`scopeCss`) with the THEME
 * applied. Throws if an entry of `theme` matched no declaration (a selector or property renamed
 * in style/main.css would otherwise quietly drop part of the public theme).
 */
export function embedCss(parts, theme = THEME) {
  const used = new Set();
  const css = parts.map((text) => scopeCss(text, EMBED_ROOT_CLASS, { theme, used })).join('\n');
  const missing = theme.filter((entry) => !used.has(entry));
  if (missing.length) {
    throw new Error(`the embed theme names declarations the page's CSS does not have: ${missing.map(([s, p]) => `${p} in "${s}"`).join(', ')}`);
  }
  return css;
}

/**
 * The page's styles, in document order: the text of each `<style>` block index.html holds
 * (the release page inlines its stylesheet, saving a request before the first paint) and of
 * each stylesheet it links, read from the build. Returns `{ css, from }` (`from` names them).
 *
 * Throws if index.html links a stylesheet that is not in the build: embed.js would lack its
 * styles.
 */
export function pageStyles(dir, html, publicUrl) {
  const parts = [];
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>|<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)) {
    if (m[1] !== undefined) {
      parts.push({ from: 'inline <style>', text: m[1] });
      continue;
    }
    const href = /\bhref=["']?([^"' >]+)/i.exec(m[0])?.[1];
    if (!href) continue;
    let p = href.split(/[?#]/)[0];
    if (publicUrl && p.startsWith(publicUrl)) p = p.slice(publicUrl.length);
    p = p.replace(/^\/+/, '');
    if (!existsSync(path.join(dir, p))) throw new Error(`index.html links ${href}, which is not in the build`);
    parts.push({ from: p, text: readFileSync(path.join(dir, p), 'utf8') });
  }
  return { css: parts.map((s) => s.text), from: parts.map((s) => s.from) };
}
