// The recipe of docs/embedding.md ("Events"): a help center's own script that fills its request
// form from the embedded form. In a file of its own, so a CSP without inline scripts allows it.

// Puts the ticket into the help center's request form, and tells the help center's own scripts
// (which may watch the fields) that they changed.
function fillRequestForm(subjectText, descriptionText) {
  const subject = document.getElementById('request_subject');
  const description = document.getElementById('request_description');
  if (!subject || !description) return;
  subject.value = subjectText;
  description.value = descriptionText;
  for (const field of [subject, description]) field.dispatchEvent(new Event('input', { bubbles: true }));
}

// "Create ticket" in the embedded form, and every later change to that ticket: its subject and
// text body go into the request form.
document.addEventListener('refresh-request:ticket', (event) => {
  fillRequestForm(event.detail.subject, event.detail.body.text); // or body.markdown, body.json
});

// The ticket no longer stands (the form was cleared, or the request has problems again): empty
// the fields, so the old ticket is never submitted.
document.addEventListener('refresh-request:ticket-withdrawn', () => {
  fillRequestForm('', '');
});

// Each edit: say whether the request is ready yet, beside the form.
document.addEventListener('refresh-request:change', (event) => {
  const status = document.getElementById('refresh-request-status');
  if (!status) return;
  const errors = event.detail.findings.filter((f) => f.severity === 'error').length;
  status.textContent = event.detail.ready
    ? 'Ready: press “Create ticket” to fill in the request below.'
    : `Not ready yet: ${errors} ${errors === 1 ? 'problem' : 'problems'} to fix.`;
});
