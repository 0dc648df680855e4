// The desk page (desk.html): a support engineer pastes a ticket as it arrived and the time it
// was received; RefreshRequest.checkTicket (embed.js) checks the request the ticket carries at
// that time and names edited lines. A link may carry the ticket: desk.html#ticket=…&received=….
// Makes no network request.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const form = $('dk-form');
  const ticket = $('dk-ticket');
  const received = $('dk-received');
  const status = $('dk-status');
  const details = $('dk-details');

  const pad = (n) => String(n).padStart(2, '0');
  /** Now in UTC, as the field takes it: 2024-10-08 09:00. */
  function nowUtc() {
    const d = new Date();
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  }
  /** An RFC 3339 instant of the report, as people read it. */
  const shown = (t) => (t ? `${t.slice(0, 10)} ${t.slice(11, 16)} UTC` : 'not stated');
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function section(title, items) {
    if (items.length === 0) return [];
    const ul = el('ul');
    ul.append(...items);
    return [el('h3', title), ul];
  }

  const HEADINGS = [
    ['error', 'Must be fixed'],
    ['approval', "Needs the vendor's approval"],
    ['warning', 'Worth a look'],
    ['info', 'Good to know'],
  ];

  /** A finding that came or went: its rule and field (its message is listed above). */
  function changed(what, f) {
    const li = el('li', `${what}: `);
    li.append(el('code', f.rule), f.field ? ` on ${f.field}` : '');
    return li;
  }

  function show(report) {
    if (report.error) {
      status.className = 'dk-error';
      status.textContent = `Could not check: ${report.error}`;
      details.replaceChildren();
      return;
    }
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    status.className = report.ready ? 'dk-ready' : 'dk-not-ready';
    status.textContent = report.ready ? 'Ready at receipt' : `Not ready at receipt: ${plural(errors, 'error')}`;
    const times = el('dl');
    times.append(el('dt', 'Submitted'), el('dd', shown(report.submitted_at)), el('dt', 'Received'), el('dd', shown(report.received_at)));
    const parts = [el('p', report.summary), times];
    const edits = report.ticket?.edits ?? [];
    parts.push(
      ...section(
        'Edited lines',
        edits.map((e) => {
          const li = el('li');
          if (e.written !== null && e.received !== null) li.textContent = `Line ${e.line} reads “${e.received}”; the checked request says “${e.written}”.`;
          else if (e.written !== null) li.textContent = `Line ${e.line} is missing: “${e.written}”.`;
          else li.textContent = `Added after line ${e.line}: “${e.received}”.`;
          return li;
        }),
      ),
    );
    for (const [severity, heading] of HEADINGS) {
      const found = report.findings.filter((f) => f.severity === severity && f.rule !== 'ticket.edited');
      parts.push(
        ...section(
          heading,
          found.map((f) => {
            const li = el('li', `${f.message} `);
            li.append(el('code', f.rule));
            return li;
          }),
        ),
      );
    }
    const changes = report.changes ?? { new: [], gone: [] };
    parts.push(
      ...section("Since the customer's check", [
        ...changes.new.map((f) => changed('New at receipt', f)),
        ...changes.gone.map((f) => changed('Gone at receipt', f)),
      ]),
    );
    details.replaceChildren(...parts);
  }

  function check() {
    if (!ready()) return;
    if (!ticket.value.trim()) {
      status.className = 'dk-error';
      status.textContent = 'Paste the ticket body first.';
      details.replaceChildren();
      return;
    }
    show(window.RefreshRequest.checkTicket(ticket.value, received.value.trim() || nowUtc()));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check();
    // On a phone the report is below the form: bring its start into view (focus stays).
    $('dk-result-title').scrollIntoView({ block: 'nearest' });
  });

  // A link to the ticket: desk.html#ticket=<the body, URL-encoded>&received=<instant>, on
  // opening the page or when another such link is followed in it.
  received.value = nowUtc();
  function fromLink() {
    const linked = new URLSearchParams(location.hash.slice(1));
    received.value = linked.get('received') || received.value;
    if (linked.get('ticket')) {
      ticket.value = linked.get('ticket');
      check();
    }
  }

  const ready = () => typeof window.RefreshRequest?.checkTicket === 'function';
  function start() {
    if (!ready()) {
      // embed.js's wasm is still starting.
      setTimeout(start, 50);
      return;
    }
    status.textContent = 'Paste a ticket and press “Check the ticket”.';
    fromLink();
    addEventListener('hashchange', fromLink);
  }
  start();
})();
