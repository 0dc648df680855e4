// Minifying the wasm-bindgen glue with terser: Trunk's own minifier cannot parse it, and
// minified it saves ~1.7 KB brotli of the first load.

import { minify } from 'terser';

/**
 * The wasm-bindgen glue, minified (an ES module: its exports keep their names, and the
 * property names the wasm imports by are never mangled). Minified again until nothing
 * changes, since terser may still rename a variable in its own output: the hook run again on
 * its own output must leave the glue, whose name Trunk made from its content, as it is.
 *
 * Throws if terser fails (a syntax error), returns no code, or does not settle within five
 * rounds.
 */
export async function minifyGlue(source) {
  const once = async (code) => {
    const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true });
    if (typeof out.code !== 'string' || !out.code) throw new Error('terser returned no code for the glue');
    return out.code;
  };
  let code = await once(source);
  for (let round = 0; round < 4; round++) {
    const again = await once(code);
    if (again === code) return code;
    code = again;
  }
  throw new Error('terser does not settle on one minified glue');
}
