import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DESK_FILES, writeDesk } from './desk.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');

test('the desk page and its script are written to the build, and the page loads both scripts it needs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'desk-'));
  writeDesk(repo, dir);
  for (const name of DESK_FILES) assert.ok(readFileSync(path.join(dir, name)).length > 0, name);
  const html = readFileSync(path.join(dir, 'desk.html'), 'utf8');
  assert.match(html, /<script src="embed.js"><\/script>/);
  assert.match(html, /<script src="desk.js"><\/script>/);
});
