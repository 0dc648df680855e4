// A script the build writes from a template in scripts/: each marker (a `/*@NAME@*/` comment,
// which keeps the template valid JavaScript) replaced by its value, then minified with terser.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

/**
 * `scripts/<name>` with each marker of `parts` replaced by its value, minified. Throws when a
 * marker is missing or given twice, so a template and its filler cannot drift apart silently.
 */
export async function fromTemplate(source, name, parts) {
  let out = readFileSync(path.join(source, 'scripts', name), 'utf8');
  for (const [marker, value] of Object.entries(parts)) {
    if (out.split(marker).length !== 2) throw new Error(`scripts/${name} must contain ${marker} exactly once`);
    out = out.replace(marker, () => value);
  }
  const { code } = await minify(out, { compress: true, mangle: true, format: { comments: false } });
  return code;
}
