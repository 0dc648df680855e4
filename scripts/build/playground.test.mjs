// Unit tests of build/playground.mjs: `node --test scripts/build/` (scripts/test runs them).

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { PLAYGROUND_FILES, playgroundPage, writePlayground } from './playground.mjs';

const repo = path.resolve(import.meta.dirname, '..', '..');

describe('playgroundPage', () => {
  test('the policies are inlined as JSON that no policy text can break out of', () => {
    const template = '<script type="application/json" id="p">/*@POLICIES@*/</script>';
    const policies = [{ id: 'a', name: 'A', text: '{"summary": "</script><script>alert(1)</script> $&"}' }];
    const html = playgroundPage(template, policies);
    assert.doesNotMatch(html.slice(40, -9), /<\/script/i);
    const inlined = /id="p">([\s\S]*)<\/script>$/.exec(html)[1];
    assert.deepEqual(JSON.parse(inlined), policies);
    assert.throws(() => playgroundPage('<html></html>', policies), /lost its/);
  });
});

describe('writePlayground', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'post-build-playground-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the page starts from the built-in policies, then the examples, and the schema ships', () => {
    writePlayground(repo, dir);
    const html = readFileSync(path.join(dir, 'playground.html'), 'utf8');
    const inlined = JSON.parse(/id="pg-policies">([\s\S]*?)<\/script>/.exec(html)[1]);
    // The built-ins first, then every example policy, in file order.
    const examples = readdirSync(path.join(repo, 'examples/policies'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(repo, 'examples/policies', f), 'utf8')).id);
    assert.ok(examples.length >= 2, 'the repository has example policies');
    assert.deepEqual(inlined.map((p) => p.id), ['veson-imos', 'clarity-saas', ...examples]);
    for (const f of PLAYGROUND_FILES) assert.ok(readFileSync(path.join(dir, f)).length > 0, f);
    assert.equal(readFileSync(path.join(dir, 'policy.schema.json'), 'utf8'), readFileSync(path.join(repo, 'policy.schema.json'), 'utf8'));
  });
});
