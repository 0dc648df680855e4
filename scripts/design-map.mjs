// DESIGN.md's module map, read as the list of files it names, so a test can say which Rust
// files it leaves out (and which names it gives that no file has).
//
// The map is the first fenced block under "## Layers". Each line is an entry: its first word,
// when it is a path (`crates/core/`, `src/instant.rs`, `mod.rs`), sits under the nearest
// folder entry indented less than it. Every `*.rs` name on a line is resolved from where the
// line stands: inside the folder a folder entry names (`src/serve/ ... app.rs`), or beside the
// file a file entry names (`src/args.rs ... input.rs`). A line whose first word is not a path
// continues the line above it.

import { readdirSync } from 'node:fs';
import path from 'node:path';

const RUST_NAME = /[\w./-]+\.rs\b/g;
const PATH_WORD = /^[\w.*-]+(\/[\w.*-]*)*$/;

/** The map's block of DESIGN.md: its lines, or an error naming what was not found. */
export function mapBlock(design) {
  const layers = design.indexOf('\n## Layers');
  if (layers < 0) throw new Error('DESIGN.md has no "## Layers" section');
  const open = design.indexOf('\n```', layers);
  const close = open < 0 ? -1 : design.indexOf('\n```', open + 4);
  if (close < 0) throw new Error('DESIGN.md\'s "## Layers" section has no fenced module map');
  return design.slice(design.indexOf('\n', open + 1) + 1, close).split('\n');
}

/** Every `.rs` path the map names, from the repository root, as a sorted list. */
export function namedFiles(design) {
  const named = new Set();
  const folders = []; // [{ indent, dir }], the folder entries the current line sits under
  let here = ''; // where the last entry's names resolve
  for (const line of mapBlock(design)) {
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    const first = line.trim().split(/\s+/)[0];
    const entry = PATH_WORD.test(first) && (first.includes('/') || /\.\w+$/.test(first));
    let rest = line;
    if (entry) {
      while (folders.length && folders[folders.length - 1].indent >= indent) folders.pop();
      const parent = folders.length ? folders[folders.length - 1].dir : '';
      const full = path.posix.join(parent, first);
      if (first.endsWith('/')) {
        folders.push({ indent, dir: full });
        here = full;
      } else {
        here = path.posix.dirname(full);
        if (first.endsWith('.rs')) named.add(full);
      }
      rest = line.trimStart().slice(first.length);
    }
    for (const name of rest.match(RUST_NAME) ?? []) named.add(path.posix.join(here, name));
  }
  return [...named].sort();
}

/** Every `.rs` file under `src/` and each crate's `src/` in `crates/`, from the root, sorted. */
export function sourceFiles(root) {
  const crates = readdirSync(path.join(root, 'crates'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `crates/${d.name}/src`);
  const found = [];
  const walk = (dir) => {
    for (const d of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${d.name}`;
      if (d.isDirectory()) walk(rel);
      else if (d.name.endsWith('.rs')) found.push(rel);
    }
  };
  for (const dir of ['src', ...crates]) walk(dir);
  return found.sort();
}
