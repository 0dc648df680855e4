// Reading and rewriting a wasm module's sections, for the post-build hook (renaming imports
// and exports) and the size check (naming the largest functions). Only what those need: the
// section walk, numbers, names and import entries.

/** `n` as an unsigned LEB128 number, as wasm writes numbers. */
export function uleb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** `s` as a wasm name: its length, then its UTF-8 bytes. */
export const wasmName = (s) => Buffer.concat([uleb(Buffer.byteLength(s)), Buffer.from(s)]);

/**
 * A reader of `wasm` (a module's bytes) standing at `at`: `leb()` reads a number, `name()` a
 * name, `importDesc()` the rest of an import entry after its two names, returning its kind
 * (0 for a function), and `slice(from)` gives the bytes from `from` to where it stands.
 */
export function reader(wasm, at = 8) {
  return {
    at,
    leb() {
      let value = 0, shift = 0, byte;
      do {
        byte = wasm[this.at++];
        value += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return value;
    },
    name() {
      const len = this.leb();
      this.at += len;
      return wasm.toString('utf8', this.at - len, this.at);
    },
    importDesc() {
      const kind = wasm[this.at++];
      const limits = () => {
        const flags = this.leb();
        this.leb();
        if (flags & 1) this.leb();
      };
      if (kind === 0) this.leb(); // a function: its type
      else if (kind === 1) (this.at++, limits()); // a table: its element type, limits
      else if (kind === 2) limits(); // a memory
      else if (kind === 3) this.at += 2; // a global: its type, mutability
      else if (kind === 4) (this.at++, this.leb()); // a tag: attribute, type
      else throw new Error(`an import of unknown kind ${kind}`);
      return kind;
    },
    slice(from) {
      return wasm.subarray(from, this.at);
    },
  };
}

/**
 * Calls `visit(id, r, end, start)` for each section of `wasm`, with a reader standing at the
 * start of its body, which ends at `end`; the section itself (its id and size first) starts at
 * `start`.
 *
 * # Errors
 * Throws on bytes that are not a wasm module.
 */
export function eachSection(wasm, visit) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module (no \\0asm header)');
  const r = reader(wasm);
  while (r.at < wasm.length) {
    const start = r.at;
    const id = wasm[r.at++];
    const end = r.leb() + r.at;
    visit(id, r, end, start);
    r.at = end;
  }
}

/**
 * `wasm` with the body of its section `id` replaced by what `rewrite` returns for it (null
 * keeps it), every other section copied byte for byte. `rewrite` gets a [`reader`] standing
 * at the body's start.
 *
 * # Errors
 * Throws on bytes that are not a wasm module.
 */
export function rewriteSection(wasm, id, rewrite) {
  const parts = [wasm.subarray(0, 8)];
  eachSection(wasm, (section, r, end, start) => {
    const body = section === id ? rewrite(r) : null;
    parts.push(body ? Buffer.concat([Buffer.from([section]), uleb(body.length), body]) : wasm.subarray(start, end));
  });
  return Buffer.concat(parts);
}
