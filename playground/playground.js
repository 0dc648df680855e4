// The policy playground (playground.html): edit a policy's JSON, see the loader's problems and
// warnings live with their paths (RefreshRequest.checkPolicy, from embed.js), try the policy's
// form (an embedded form with the policy inline, which embed.js mounts), download the result.
// Makes no network request: the policies it starts from are inlined in the page by the build.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const editor = $('pg-json');
  const start = $('pg-start');
  const file = $('pg-file');
  const status = $('pg-status');
  const problemsList = $('pg-problems');
  const warningsList = $('pg-warnings');
  const formHost = $('pg-form');
  /** How long typing must pause before the policy is checked and its form redrawn. */
  const DEBOUNCE_MS = 300;
  const schemaUrl = new URL('policy.schema.json', location.href).href;

  let starts = [];
  try {
    starts = JSON.parse($('pg-policies').textContent);
  } catch {
    starts = [];
  }
  for (const [i, p] of starts.entries()) start.append(new Option(`${p.name} (${p.id})`, String(i)));

  /** A policy from the repo, pointing at the schema where this page is served. */
  const withServedSchema = (text) => text.replace(/("\$schema"\s*:\s*)"[^"]*"/, (_, key) => `${key}${JSON.stringify(schemaUrl)}`);

  const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

  function item(path, rest) {
    const li = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = path;
    li.append(code, `: ${rest}`);
    return li;
  }

  function plainItem(text) {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }

  function list(ul, items, none) {
    if (items.length === 0) {
      const li = document.createElement('li');
      li.className = 'pg-none';
      li.textContent = none;
      ul.replaceChildren(li);
    } else {
      ul.replaceChildren(...items);
    }
  }

  let mounted = null;
  /** Replaces the form with one of this policy (embed.js mounts a new element as it appears). */
  function showForm(text) {
    if (mounted === text) return;
    mounted = text;
    const host = document.createElement('div');
    host.setAttribute('data-refresh-request', '');
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.setAttribute('data-refresh-policy', '');
    inline.textContent = text;
    host.append(inline);
    formHost.replaceChildren(host);
  }

  function hideForm() {
    mounted = null;
    const p = document.createElement('p');
    p.className = 'pg-none';
    p.textContent = 'The form appears here once the policy has no problems.';
    formHost.replaceChildren(p);
  }

  function check() {
    const api = window.RefreshRequest;
    if (!api || typeof api.checkPolicy !== 'function') {
      // embed.js's wasm is still starting.
      setTimeout(check, 50);
      return;
    }
    const text = editor.value;
    // Long lists come capped: `more` counts the problems not listed.
    const { problems, more = 0, warnings } = api.checkPolicy(text);
    const problemItems = problems.map((p) => item(p.path, `expected ${p.expected}, found ${p.found}`));
    if (more > 0) problemItems.push(plainItem(`… and ${more.toLocaleString('en')} more`));
    list(problemsList, problemItems, 'None.');
    // The last warning of a capped list has no path: it counts the rest.
    list(warningsList, warnings.map((w) => (w.path ? item(w.path, w.message) : plainItem(w.message))), 'None.');
    const total = problems.length + more;
    status.textContent =
      total === 0
        ? `No problems${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''}: the form below is this policy's.`
        : `${plural(total, 'problem')}${warnings.length ? `, ${plural(warnings.length, 'warning')}` : ''}: the policy cannot be used yet.`;
    if (problems.length === 0) showForm(text);
    else hideForm();
  }

  let timer;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  };

  function load(text) {
    editor.value = text;
    check();
  }

  editor.addEventListener('input', later);
  start.addEventListener('change', () => {
    const p = starts[Number(start.value)];
    if (p) load(withServedSchema(p.text));
  });
  // A loaded file is what the policy now starts from: the list says so, instead of still
  // naming the policy chosen before.
  const fromFile = new Option('', 'file');
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    fromFile.text = `The file ${f.name}`;
    if (!fromFile.parentNode) start.append(fromFile);
    start.value = 'file';
    load(await f.text());
  });
  $('pg-download').addEventListener('click', () => {
    let name = 'policy';
    try {
      const id = JSON.parse(editor.value).id;
      if (typeof id === 'string' && /^[a-z0-9-]+$/.test(id)) name = id;
    } catch {
      // Not JSON yet: still the author's to keep.
    }
    const url = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

  if (starts.length) load(withServedSchema(starts[0].text));
  else check();
})();
