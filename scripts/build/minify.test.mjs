// Unit tests of build/minify.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyGlue } from './minify.mjs';

// The shape of wasm-bindgen's glue: an ES module whose wasm imports are properties of an
// object, and whose exports the page's loader calls by name.
const glue = `
let wasm;
function getObject(index) {
    const value = heap[index];
    return value;
}
const heap = new Array(128).fill(undefined);
function __wbg_get_imports() {
    const imports = {};
    imports.wbg = {};
    imports.wbg.__wbg_createElement_1e5a9e0f0000aaaa = function(arg0, arg1) {
        const element = getObject(arg0).createElement(getObject(arg1));
        return element;
    };
    return imports;
}
export function initSync(module) {
    const instance = new WebAssembly.Instance(module, __wbg_get_imports());
    wasm = instance.exports;
    return wasm;
}
async function __wbg_init(module_or_path) {
    if (module_or_path === undefined) module_or_path = new URL('app_bg.wasm', import.meta.url);
    return initSync(await WebAssembly.compile(await (await fetch(module_or_path)).arrayBuffer()));
}
export { __wbg_init as default };
`;

describe('minifyGlue', () => {
  test('minifies, keeping the export names and the property names the wasm imports by', async () => {
    const out = await minifyGlue(glue);
    assert.ok(out.length < glue.length * 0.6, `${out.length} bytes of ${glue.length}`);
    assert.doesNotMatch(out, /\n\s+/, 'no indented lines are left');
    assert.match(out, /\.wbg\.__wbg_createElement_1e5a9e0f0000aaaa=/);
    assert.match(out, /export\s*\{[^}]*\bas default\b[^}]*\}/);
    assert.match(out, /\binitSync\b/);
    assert.doesNotMatch(out, /getObject|module_or_path/, 'local names are mangled');
  });

  test('is a fixed point: minifying its output again changes nothing', async () => {
    const out = await minifyGlue(glue);
    assert.equal(await minifyGlue(out), out);
  });

  test('fails on glue terser cannot parse', async () => {
    await assert.rejects(minifyGlue('export function ( {'), /./);
  });
});
