// policy.schema.json, run through a real JSON Schema validator (ajv, draft 2020-12),
// accepts every policy in the repo and refuses every policy of the broken corpus
// (crates/core/tests/policies/broken/, one file per loader problem kind), which the loader
// refuses too (crates/core/tests/schema.rs). loader-only/ holds what JSON Schema cannot say
// (times in order, a value naming another, keys unique): the loader refuses those, the schema
// cannot, and this test pins that the gap is only there.
// Run: node --test scripts/schema.test.mjs (scripts/test runs it with the others).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const repo = path.resolve(import.meta.dirname, '..');
const schema = JSON.parse(readFileSync(path.join(repo, 'policy.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const jsonIn = (dir) =>
  readdirSync(path.join(repo, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));

/** The schema's verdict: null when valid, else what it says (text that is not JSON is refused). */
function refusal(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(path.join(repo, file), 'utf8'));
  } catch (e) {
    return `not JSON: ${e.message}`;
  }
  return validate(doc) ? null : ajv.errorsText(validate.errors);
}

describe('policy.schema.json', () => {
  const good = [...jsonIn('crates/core/src/policies'), ...jsonIn('examples/policies')];

  test('every policy in the repo validates', () => {
    assert.ok(good.length >= 3, `${good.length} policies`);
    for (const file of good) assert.equal(refusal(file), null, file);
  });

  test('every broken policy is refused, as the loader refuses it', () => {
    const broken = jsonIn('crates/core/tests/policies/broken');
    assert.ok(broken.length > 60, `${broken.length} broken policies`);
    for (const file of broken) assert.notEqual(refusal(file), null, `${file} passes the schema`);
  });

  test('only what a schema cannot say is left to the loader', () => {
    for (const file of jsonIn('crates/core/tests/policies/loader-only')) assert.equal(refusal(file), null, file);
  });

  test('a misspelt key is refused, and the hand-off is checked', () => {
    const base = JSON.parse(readFileSync(path.join(repo, 'examples/policies/northwind-erp.json'), 'utf8'));
    assert.equal(validate({ ...base, blackout: [] }), false);
    assert.equal(validate({ ...base, handoff: { email: 'support@northwind.example', url: 'https://help.northwind.example/new?subject={subject}' } }), true);
    assert.equal(validate({ ...base, handoff: { url: 'http://help.northwind.example/new?subject={subject}' } }), false);
    assert.equal(validate({ ...base, handoff: { url: 'https://help.northwind.example/new' } }), false);
    assert.equal(validate({ ...base, handoff: { email: 'not an address' } }), false);
  });

  test("a policy's own wording of a message: by language tag, then message id", () => {
    const base = JSON.parse(readFileSync(path.join(repo, 'examples/policies/northwind-erp.json'), 'utf8'));
    const worded = (messages) => validate({ ...base, messages });
    assert.equal(worded({ en: { 'notice-business_days': 'Too soon: we need { $amount } working days.' } }), true);
    assert.equal(worded({ 'de-AT': { 'notice-business_days': 'Zu früh.' } }), false);
    assert.equal(worded({ de: { 'Notice business days': 'Zu früh.' } }), false);
    assert.equal(worded({ de: { 'notice-business_days': '  ' } }), false);
  });
});
