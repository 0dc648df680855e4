// Subresource integrity in index.html: after the hook rewrites a file the page loads (the
// minified glue), the `integrity` Trunk wrote for it must be its new bytes'.

import { createHash } from 'node:crypto';

/** `s` as a regular expression that matches it literally. */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with the `integrity` of every tag that loads `file` set to `text`'s sha384: the
 * browser refuses a preloaded module whose bytes no longer match. The attribute may be quoted
 * or not (Trunk's minified HTML leaves attributes unquoted); it is written back quoted. Tags
 * for other files keep theirs.
 *
 * Throws if no `<link>` loads `file`: the page would then load a file whose integrity nobody
 * checked against its new bytes.
 */
export function withIntegrity(html, file, text) {
  const sri = `sha384-${createHash('sha384').update(text).digest('base64')}`;
  let found = 0;
  const out = html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!new RegExp(`href=["']?[^"' >]*${escapeRegExp(file)}["' >]`).test(tag)) return tag;
    found++;
    return tag.replace(/\bintegrity=["']?[^"' >]+["']?/i, `integrity="${sri}"`);
  });
  if (!found) throw new Error(`index.html has no <link> to ${file}`);
  return out;
}
