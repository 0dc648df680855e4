// The app's CSS for embed.js: read from the build as the page has it, then scoped for the
// shadow roots embed.js mounts the app in on someone else's page.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The class of the element each embedded app is mounted in (inside its shadow root). */
export const EMBED_ROOT_CLASS = 'rr-embed-root';

/** The container name of the embed root, for the app's width queries. */
export const EMBED_CONTAINER = 'rr-embed';

/**
 * Adapts the app's stylesheet to a shadow root on someone else's page:
 *
 * - page-level selectors (`:root`, `html`, `body`), which match nothing in a shadow root, are
 *   rewritten to the embed root (`.rr-embed-root`);
 * - `rem` lengths in declarations become `calc(N * var(--rr-rem, 1rem))`: `rem` follows the
 *   host page's `<html>` font size (often 10px or 62.5% in help-center themes), `--rr-rem` is
 *   the reader's default font size, measured by src/embed/mount.rs;
 * - width-only `@media` queries become `@container` queries on the embed root (whose font size
 *   is the reader's default, so `rem` there becomes `em`): the form's layout follows the width
 *   it is given in the host page, not the window's.
 *
 * Comments are dropped; strings are left alone.
 */
export function scopeCss(css, rootClass = EMBED_ROOT_CLASS) {
  const root = `.${rootClass}`;
  const widthQuery = /^@media\s*(\(\s*(?:min|max)-width\s*:[^)]*\)(?:\s*and\s*\(\s*(?:min|max)-width\s*:[^)]*\))*)\s*$/i;
  const rewritePrelude = (prelude) => {
    const media = widthQuery.exec(prelude.trim());
    if (media) {
      const condition = media[1].replace(/(\d*\.?\d+)rem\b/g, '$1em');
      return `${prelude.match(/^\s*/)[0]}@container ${EMBED_CONTAINER} ${condition}${prelude.match(/\s*$/)[0]}`;
    }
    if (/^\s*@/.test(prelude)) return prelude; // other at-rules: as they are
    return prelude
      .replace(/(^|[\s>+~(,])(?::root|html|body)(?![\w-])/g, `$1${root}`)
      .replace(new RegExp(`\\${root}(?:\\s*>?\\s*\\${root})+`, 'g'), root);
  };
  const rewriteDeclaration = (text) =>
    /^\s*@/.test(text)
      ? text
      : text.replace(/(^|[^\w.#-])(\d*\.?\d+)rem\b/g, '$1calc($2 * var(--rr-rem, 1rem))');
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
      out += rewritePrelude(pending) + c;
      pending = '';
    } else if (c === '}' || c === ';') {
      out += rewriteDeclaration(pending) + c;
      pending = '';
    } else {
      pending += c;
    }
  }
  return (out + pending).replace(/\u0000(\d+)\u0000/g, (_, n) => strings[Number(n)]);
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
