// The markdown ticket as a help center renders it: npm `marked` (GitHub-flavoured, raw HTML on),
// parsed into an inert document. Whatever a policy's texts or the customer's say, the rendered
// ticket has the same elements as one whose texts are plain words: no image, script, link,
// heading or table of theirs.
import path from 'node:path';
import { test, expect } from './fixtures.mjs';

const markedScript = path.resolve(import.meta.dirname, '../../node_modules/marked/lib/marked.umd.js');

const hostile =
  '<img src=x onerror=alert(1)>\n# Heading\n![i](https://evil.example/i.png) [l](https://evil.example/) ' +
  '<https://evil.example/> https://evil.example/ www.evil.example a@evil.example **b** _e_ `c` ~~s~~ ' +
  '&lt; <script>x</script> <!-- c -->\n| a | b |\n|---|---|\n> quote\n1. list\n[r]: https://evil.example/\n[r]';

/** A one-window policy whose every text says `text`. */
const policySaying = (text) => ({
  id: 'acme',
  name: text,
  version: text,
  summary: text,
  environments: { naming: 'name', source_label: text, target_label: text },
  windows: { count: 1, duration_minutes: 60 },
  notice: { hours: 2 },
  questions: [{ key: 'q', label: text, hint: text }],
  acknowledgements: [{ key: 'ack', rule: 'ack.x', label: text, items: [text, text] }],
  notes: [{ id: 'n', text }],
});

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => typeof window.RefreshRequest?.ticket === 'function');
  await page.addScriptTag({ path: markedScript });
});

test('no element of the rendered markdown ticket comes from a policy or the customer', async ({ page }) => {
  const render = (text) =>
    page.evaluate(
      ({ policy, text }) => {
        const api = window.RefreshRequest;
        api.addPolicy(policy);
        const md = api.ticket(
          { policy: 'acme', submitted_at: '2024-10-07T02:00Z', source: text, target: `${text} copy`, window: '2024-10-09T08:00Z', q: true, ack: true },
          'markdown',
        );
        // An inert document: nothing in it loads or runs.
        const doc = new DOMParser().parseFromString(window.marked.parse(md), 'text/html');
        return { md, tags: [...doc.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()), text: doc.body.textContent };
      },
      { policy: policySaying(text), text },
    );
  const plain = await render('Plain words');
  const attack = await render(hostile);
  expect(attack.tags, attack.md).toEqual(plain.tags);
  for (const tag of ['img', 'script', 'a', 'h1', 'table', 'blockquote', 'ol']) expect(attack.tags).not.toContain(tag);
  // The policy's words are all there, as text.
  expect(attack.text).toContain('<img src=x onerror=alert(1)> # Heading ![i](https://evil.example/i.png)');
});
