// The policy playground (playground/): its page, with the policies it starts from inlined, its
// script and the policy JSON Schema, written to the build folder. Its own page, so that the
// form page's first load carries none of it; it runs on embed.js and needs no network.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the playground adds to the build, all precached by sw.js (with embed.js, which it loads). */
export const PLAYGROUND_FILES = ['playground.html', 'playground.js', 'policy.schema.json'];

const PLACEHOLDER = '/*@POLICIES@*/';

/**
 * playground.html: `template` with `policies` ([{id, name, text}]) inlined as JSON in its
 * `<script type="application/json">`. Every `<` is written `\u003c`, so a policy's text can
 * never close the script element.
 *
 * Throws if the template lost its placeholder.
 */
export function playgroundPage(template, policies) {
  if (!template.includes(PLACEHOLDER)) throw new Error(`playground/playground.html lost its ${PLACEHOLDER} placeholder`);
  const json = JSON.stringify(policies).replace(/</g, '\\u003c');
  return template.replace(PLACEHOLDER, () => json);
}

/**
 * The policies the playground starts from: every `*.json` of `dirs`, in order (the built-in
 * ones first), as [{id, name, text}]. Throws on a file that is not a policy-shaped object.
 */
export function startingPolicies(dirs) {
  const out = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const doc = JSON.parse(text);
      if (typeof doc?.id !== 'string' || typeof doc?.name !== 'string') throw new Error(`${dir}/${name} has no id and name`);
      out.push({ id: doc.id, name: doc.name, text });
    }
  }
  return out;
}

/** Writes PLAYGROUND_FILES into the build folder `dir`, from the repository at `repo`. */
export function writePlayground(repo, dir) {
  const builtins = path.join(repo, 'crates', 'core', 'src', 'policies');
  const examples = path.join(repo, 'examples', 'policies');
  // The built-ins in the order the app lists them (veson-imos, clarity-saas), then the examples.
  const policies = startingPolicies([builtins, examples]).sort((a, b) => order(a.id) - order(b.id));
  const template = readFileSync(path.join(repo, 'playground', 'playground.html'), 'utf8');
  writeFileSync(path.join(dir, 'playground.html'), playgroundPage(template, policies));
  writeFileSync(path.join(dir, 'playground.js'), readFileSync(path.join(repo, 'playground', 'playground.js')));
  writeFileSync(path.join(dir, 'policy.schema.json'), readFileSync(path.join(repo, 'policy.schema.json')));
}

const BUILTIN_ORDER = ['veson-imos', 'clarity-saas'];
const order = (id) => (BUILTIN_ORDER.includes(id) ? BUILTIN_ORDER.indexOf(id) : BUILTIN_ORDER.length);
