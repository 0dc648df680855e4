// DESIGN.md's module map names every Rust source file, and only files that exist: a newcomer
// finds each module there, and a moved or renamed file cannot leave the map behind.
// Run: node --test scripts/design-map.test.mjs (scripts/test runs it with the others).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { namedFiles, sourceFiles } from './design-map.mjs';

const root = path.resolve(import.meta.dirname, '..');
const design = readFileSync(path.join(root, 'DESIGN.md'), 'utf8');

describe("DESIGN.md's module map", () => {
  test('names every .rs file under src/ and crates/*/src/', () => {
    const named = new Set(namedFiles(design));
    const missing = sourceFiles(root).filter((f) => !named.has(f));
    assert.deepEqual(
      missing,
      [],
      `DESIGN.md's module map ("## Layers") does not name:\n  ${missing.join('\n  ')}\n` +
        'add each under its folder, with what it holds (scripts/design-map.mjs says how a name is read)',
    );
  });

  test('names no .rs file that does not exist', () => {
    const gone = namedFiles(design).filter((f) => !existsSync(path.join(root, f)));
    assert.deepEqual(
      gone,
      [],
      `DESIGN.md's module map ("## Layers") names files that do not exist:\n  ${gone.join('\n  ')}`,
    );
  });
});

describe('reading the map', () => {
  const map = (block) => `# Design\n\n## Layers\n\n\`\`\`\n${block}\n\`\`\`\n`;

  test('a name sits under the folder entries indented less than it', () => {
    const block = [
      'crates/core/            the core',
      '  src/instant.rs          instants',
      '  src/rules/              the engine: mod.rs runs them;',
      '                          windows.rs, versions.rs by concern',
      '                          tests.rs their examples',
      '  src/ticket.rs           the ticket; ticket/tests.rs its snapshots',
      'src/                    the app',
      '  main.rs  bin/embed.rs   the two wasms',
      '  app/                    the form',
      '    mod.rs  state.rs        the module list; the signals',
      '  lib.rs                  mounting',
    ].join('\n');
    assert.deepEqual(namedFiles(map(block)), [
      'crates/core/src/instant.rs',
      'crates/core/src/rules/mod.rs',
      'crates/core/src/rules/tests.rs',
      'crates/core/src/rules/versions.rs',
      'crates/core/src/rules/windows.rs',
      'crates/core/src/ticket.rs',
      'crates/core/src/ticket/tests.rs',
      'src/app/mod.rs',
      'src/app/state.rs',
      'src/bin/embed.rs',
      'src/lib.rs',
      'src/main.rs',
    ]);
  });

  test('a file the map leaves out is not named', () => {
    const block = ['src/', '  app/', '    mod.rs   the list'].join('\n');
    assert.equal(namedFiles(map(block)).includes('src/app/dom.rs'), false);
  });

  test('a DESIGN.md without the map says so', () => {
    assert.throws(() => namedFiles('# Design\n\nNo map.\n'), /no "## Layers" section/);
    assert.throws(() => namedFiles('# Design\n\n## Layers\n\nprose only\n'), /no fenced module map/);
  });
});
