### The page's texts in English (src/app, src/embed, src/js_api, index.html).
### Dates, times, weekday and month names come from Intl in the reader's locale, never from
### this file: variables named $day, $start, $time, $span, $from, $to are text the caller
### formatted. The policy's own texts (its name, labels, hints, questions, checklist) come
### from the policy, in the reader's language when the policy carries it.

## Page

page-title = Request a database refresh
# $paste_into: "page" (standalone: the vendor's help center) | "embedded" (the request form beside it)
page-lede = Fill in the form: it checks your request against the vendor's rules as you type, then writes the ticket for you to paste into { $paste_into ->
    [embedded] the request form
   *[page] the vendor's help center
  }. All times are in UTC.
page-no-policy = No vendor policy could be loaded, so the form cannot be shown.
# index.html, before the app runs (the shell has no catalog: these go in the page as data, see inventory)
# $file (text), $status (number)
shell-missing-file = The form could not start because its file { $file } is not on the server (HTTP { $status }). If you run this site: publish the whole build folder, with its files side by side.
# $why (text: the browser's own error message, untranslated)
shell-browser = The form could not start in this browser ({ $why }). It needs JavaScript and WebAssembly: reload the page, or try an up-to-date browser.
shell-script-failed = a script failed
shell-download = The form could not start because one of its files could not be downloaded: check the connection and reload the page.
# index.html's <noscript>, with scripts off: no script can choose a language, so the build writes it in every language
shell-noscript = This form checks your request in your browser and needs JavaScript and WebAssembly: turn JavaScript on for this page and reload it.
language-menu = Language

## Vendor

vendor = Vendor
# $vendor (text)
vendor-fixed = Vendor: { $vendor }

## Fields: labels, hints, choices

utc-hint = UTC, e.g. 2024-10-09 02:00
# $example (text)
for-example = For example, { $example }
with-build-example = With its build or patch, for example { $example }
yes = Yes
no = No
choose = Choose…
environments = Environments
source = Source
target = Target
kind-of-source = Kind of source environment
# $side: "target" | "destination" (the policy's word for the second environment)
kind-of-target = Kind of { $side ->
    [destination] destination
   *[target] target
  } environment
refresh-type = Refresh type
refresh-type-question = Which production data do you want?
refresh-type-standard = Standard
refresh-type-standard-hint = The latest production data.
refresh-type-pit = Point in time
# $notice, $age (numbers: days)
refresh-type-pit-hint = Production data as of a moment you choose (the restore point). Needs { $notice ->
    [one] { $notice } day's
   *[other] { $notice } days'
  } notice, and the refresh must run within { $age ->
    [one] { $age } day
   *[other] { $age } days
  } of the restore point.
restore-point = Restore point
restore-point-hint = The moment whose production data you want. { utc-hint }
holiday-region = Public holidays the support team observes
holiday-region-hint = Windows on these holidays are refused.
holiday-region-none = None (no holidays checked)
when = When
window-start-one = Start of the refresh
# $window (number)
window-start-n = Window { $window } start
# $duration (text: duration-* of the core catalog)
windows-legend-one = When should the refresh start? The outage lasts { $duration }.
# $count (number)
windows-legend-many = Propose { $count } windows of { $duration } each
preserve-users = Keep the target's user information (its security list)?
preserve-users-hint = If no, the target's users are replaced by the source's. If yes, both schema versions are needed.
source-version = Source version
# $side: as kind-of-target
target-version = { $side ->
    [destination] Destination version
   *[target] Target version
  }
next-upgrade = Next scheduled upgrade (optional)
next-upgrade-hint = UTC date, e.g. 2024-11-15, or date and time
users-and-versions = Users and versions
versions = Versions
about-the-refresh = About the refresh
checklist = Checklist
checklist-hint = Confirm each point: the vendor needs them before the refresh.
# The local-time echo under a UTC field: $text (local date-time or range, by Intl), $zone (text: the time zone's name, or local-zone)
local-echo = = { $text } in { $zone }
local-zone = your time zone

## Message tags before a field's message (severity)

tag-error = Error
tag-approval = Needs approval
tag-warning = Check
tag-info = Note
tag-error-prefix = Error:{" "}

## Error summary and status panel

error-summary-title = There is a problem
checks = Checks
go-to-checks = Go to the checks
status-done = Done
status-todo = To do
status-fix = To fix
status-approval = Needs approval
status-check = Check
status-other = Other
status-good-to-know = Good to know
# $earliest, $latest (date-times)
earliest-start = Earliest start: { $earliest }.
earliest-latest-start = Earliest start: { $earliest }; latest start: { $latest }.
verdict-ready = Ready: you can create the ticket.
# $approvals (number)
verdict-ready-approval = Ready: you can create the ticket. { $approvals ->
    [one] { $approvals } point needs
   *[other] { $approvals } points need
  } the vendor's approval.
# $errors (number)
verdict-not-ready = Not ready yet: { $errors ->
    [one] { $errors } thing
   *[other] { $errors } things
  } to fill in or fix.
# $when (date-time)
# shown after a bold "Planning mode:" (planned-label)
planned-label = Planning mode:
planned-as-if = as if raised on { $when }.

## Planning mode

planning-mode = Planning mode
# $form (number: which embedded form on the page, 0 for a page with one form) — the landmark's name
planning-mode-landmark = Planning mode{ $form ->
    [0] {""}
   *[other] , form { $form }
  }
planning-on = Planning mode is on.
planning-off = Planning mode is off: checking against the time now.
# $when (date-time)
planning-as-if = Planning mode: checking as if the ticket were raised on { $when }, not now.
planning-enter = Planning mode: enter the date and time to check against; until then, the time now is used.
planning-turn-off = Turn off planning mode
# $now (date-time)
planning-checked-now = Checked against the time now: { $now } (updated every minute).
planning-what-if = What if I raise it on another date?
planning-back = Back to the time now
planning-field = Raise the ticket on (planning mode)
planning-field-hint = The rules are checked as if the ticket were raised then. { utc-hint }

## Calendar (weekday and month names, dates: Intl in the reader's locale)

calendar = Planning calendar
calendar-hint = Choose an available day to fill in the next empty window with its earliest start. Times are UTC.
# $from, $to (dates)
calendar-caption = When a window can start, { $from } to { $to } (UTC days)
# $region (text), $holidays (list of "date name", Intl.ListFormat)
calendar-holidays = Public holidays ({ $region }) in these weeks: { $holidays }
calendar-key-available = A window can start (from the time shown, UTC)
calendar-key-approval = Only outside service hours: needs the vendor's approval
calendar-key-holiday = Public holiday
calendar-key-weekend = Weekend: no refreshes
calendar-key-too-soon-pit = Not possible: too soon, or outside the restore point's limits
calendar-key-too-soon = Not possible: too soon
calendar-mark-approval = Approval
calendar-mark-weekend = Weekend
# A day's accessible name: $day (date), $said (one of calendar-day-*), $windows (list of window numbers, may be empty), $count (number of them)
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , window { $windows } proposed
   *[other] , windows { $windows } proposed
  }
calendar-day-available = available from { $time } UTC
calendar-day-approval = possible only outside service hours, with the vendor's approval, from { $time } UTC
calendar-day-holiday = not possible: public holiday, { $name }
calendar-day-weekend = not possible: weekend
calendar-day-blackout = not possible: blackout, { $reason }
# $reason (text: the core's calendar-* short reason)
calendar-day-other = not possible: { $reason }
# $field (text: the field's label), $value (date-time)
calendar-set = { $field } set to { $value }.
calendar-all-filled = Every window is already filled in: empty one (or type over it) to use this day.
suggest-one = Suggest the earliest window
suggest-many = Suggest the earliest windows
suggest-none = No window can be suggested: no start within the next year passes every rule. Check the messages above.
# $windows (list of spans, formatted by the caller)
suggest-filled = Filled in: { $windows }.
# $found, $count (numbers)
suggest-partial = Filled in: { $windows }. Only { $found } of { $count } windows could be found.

## Form actions

create-ticket = Create ticket
copy-share-link = Copy share link
clear-form = Clear the form
share-link = Share link
form-already-empty = The form is already empty.
form-cleared = The form was cleared.
# $length, $max (numbers); $label (text: the longest field's label)
share-too-long = Nothing was copied: this link would be { $length } characters long, and links over { $max } often break in mail and help centers. “{ $label }” makes it so long: shorten it, or create the ticket and send that instead.
link-copied = Link copied. Anyone who opens it gets the form filled in as it is now.
link-copy-failed = Could not copy automatically: the link is selected below, press Ctrl+C (or ⌘C) to copy it.

## Notices (top of the form)

notices = Messages about this page
notice-restored = We restored what you typed earlier on this device.
notice-draft-unreadable = Your saved draft could not be read, so it was ignored and the form starts empty.
notice-from-link = The form was filled in from the link you opened. Check every value before you create the ticket.
# $id (text)
notice-unknown-policy = The link asked for a vendor policy this page does not know (“{ $id }”), so the first one is shown: choose the right vendor below.
# $dropped (number)
notice-windows-dropped = The link proposed more windows than this vendor takes: { $dropped ->
    [one] { $dropped } of them was left out.
   *[other] { $dropped } of them were left out.
  }
notice-cleared = The form was cleared and the saved draft deleted.
notice-not-saved-full = Your draft is not being saved on this device: this browser's storage for the site is full. The form still works, but what you type is lost if you leave or reload the page.
notice-not-saved-blocked = Your draft is not being saved on this device: this browser does not let the page store anything (private browsing or a privacy setting). The form still works, but what you type is lost if you leave or reload the page.
# $max (number)
notice-not-saved-large = Your draft is not being saved on this device: it is too large to store (over { $max } characters). The form still works, but shorten the longest text and it is saved again.
notice-link-replaced-draft = The link's values took the place of the draft you had on this device.
notice-undone = The form was restored.
notice-draft-restored = The draft you had was restored.
undo = Undo
restore-draft = Restore the draft you had
# visible "Dismiss", with the hidden rest for screen readers: one message so word order can change
dismiss = Dismiss
dismiss-label = Dismiss this message

## Ticket panel (the customer's language: it is about the ticket; the ticket itself is in the desk's language)

ticket-panel = Your ticket
ticket-panel-changed = The request has changed and has problems again: fix them and the ticket comes back.
# $paste_into: as page-lede
ticket-panel-hint = Paste the subject and the ticket into { $paste_into ->
    [embedded] the request form
   *[page] the vendor's help center
  }. The ticket updates if you change the form.
# $desk_language (text: the language's name in the reader's language, Intl.DisplayNames)
ticket-panel-desk-language = The ticket is written in { $desk_language }, the language of the vendor's support team.
subject-line = Subject line
copy-subject = Copy subject
format = Format
format-text = Plain text (for any help-center form)
format-markdown = Markdown
format-json = JSON (machine-readable)
ticket = Ticket
copy-ticket = Copy ticket
# $file (text: a file name)
download = Download { $file }
add-to-calendar = Add to calendar (.ics)
print-subject = Subject: { $subject }
ticket-copied = Copied the ticket to the clipboard. Paste it into { $paste_into ->
    [embedded] the request form
   *[page] the vendor's help center
  }.
ticket-copy-failed = Could not copy automatically: the ticket is selected, press Ctrl+C (or ⌘C) to copy it.
subject-copied = Copied the subject line to the clipboard.
subject-copy-failed = Could not copy automatically: the subject is selected, press Ctrl+C (or ⌘C) to copy it.
send-to-vendor = Send it to the vendor
send-by-email = Send by e-mail
open-vendor-form = Open the vendor's request form
new-tab = (opens in a new tab)
handoff-too-long-note = This ticket is too long to fit in a link, so the message gets the subject and a line asking for the ticket. Copy the ticket first, then paste it in.
# $file (text)
ics-downloaded = Downloaded { $file }: open it to add the proposed windows to your calendar, marked tentative until the vendor confirms.
ics-failed = The download did not start: add the windows to your calendar by hand.
downloaded = Downloaded { $file }.
download-failed = The download did not start: copy the ticket instead.
ticket-tells = The ticket tells the vendor

## Embedded form: loading and failures (the customer sees these on a vendor's page)

loading = Loading the form…
embed-cannot-show = This form cannot be shown
try-again = Try again
# $url (text), $problems (text: the problems, joined)
embed-policy-url-unusable = The policy at “{ $url }” could not be used ({ $problems }):
# $policy (text), $source (one of embed-source-*), $problems (text)
embed-policy-unusable = The policy “{ $policy }” ({ $source }) cannot be used: { $problems }.
embed-source-builtin = built in
embed-source-named = named by data-policy
embed-source-inline = given inline in this page
# $url (text)
embed-source-url = loaded from { $url }
embed-retry-hint = Try again in a moment. If you run this page: check that the file is published on this site at that address (see “Custom policies” in the embedding guide).
embed-fix-hint = If you run this page: fix the policy (see “Custom policies” in the embedding guide) and reload.
embed-problem = expected { $expected }, found { $found }
embed-problem-more = and { $more } more
embed-expected-known-policy = the id of a known policy ({ $policies })
embed-expected-same-origin = a URL on this page's own site ({ $origin })
embed-expected-policy-file = a policy JSON file this page can load
# $seconds (number)
embed-found-timeout = no answer from the server within { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
  }
embed-found-redirect = a redirect to another address, which this page may not load from (a policy loads only from this page's own site)
embed-found-offline = no connection to the server ({ $why })
embed-found-network = a network error
embed-found-not-http = not an HTTP response
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = a body that is not text

## Calendar badges; an embedded form's count of problems

# A proposed window's mark on a calendar day, as short as the cell needs (the day's label for
# screen readers says "window 1 proposed"). $window (number)
calendar-badge = W{ $window }
# How many problems keep a policy from being used (embed-policy-url-unusable, embed-policy-unusable). $count (number)
embed-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
  }
