// Reading a wasm module's sections, for the size check (scripts/size.mjs: naming the largest
// functions). Only what that needs: the section walk, numbers, names and import entries.

/**
 * A reader of `wasm` (a module's bytes) standing at `at`: `leb()` reads a number, `name()` a
 * name, and `importDesc()` the rest of an import entry after its two names, returning its kind
 * (0 for a function).
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
  };
}

/**
 * Calls `visit(id, r, end)` for each section of `wasm`, with a reader standing at the start of
 * its body, which ends at `end`.
 *
 * # Errors
 * Throws on bytes that are not a wasm module.
 */
export function eachSection(wasm, visit) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module (no \\0asm header)');
  const r = reader(wasm);
  while (r.at < wasm.length) {
    const id = wasm[r.at++];
    const end = r.leb() + r.at;
    visit(id, r, end);
    r.at = end;
  }
}
