### The core's texts in English: findings (keyed by rule id), calendar words, suggestions,
### notices the core writes, and the policy loader's problems the page and playground show.
###
### Ids: a rule id maps to a Fluent id by replacing each "." with "-" (rule ids never contain
### "-", so the mapping is reversible): `env.same` -> `env-same`, `notice.business_days` ->
### `notice-business_days`. A rule with several messages adds a variant after "--":
### `env-same--host`. Everything before "--", with "-" turned back into ".", is the rule id.
###
### Variables: text is passed as is; numbers are Fluent numbers (they pick plural forms);
### every date, time, date range, duration and list is formatted by the caller in the reader's
### locale (Intl.DateTimeFormat / Intl.ListFormat in the page; chrono's localized formats in
### the command) and passed as text. Names of variables end in nothing special; see the
### comment above each message.
### Built-in messages may be overridden per policy by id (same variables).

## Shared terms

-refresh = refresh
-utc = UTC

# Fluent terms take only literal arguments, so each window message selects its own subject
# on $window (0: "The window"; n: "Window n"), which also lets a language inflect it.

## Severity headings (finding groups)

severity-error = Must be fixed
severity-approval = Needs the vendor's approval
severity-warning = Worth a look
severity-info = Good to know

## field.required / field.invalid / field.too_long (the request reader and every rule's "missing")

# $label (text): the policy's label of the field, as the policy writes it.
# $example (text): the policy's example; empty when it has none.
field-required--env = Enter the { $label }{ $example ->
    [none] {""}
   *[other] , e.g. { $example }
  }.
# $side: "source" | "target".  $kinds (list, formatted by the caller).
field-required--kind = Choose what kind of environment the { $side ->
    [source] source
   *[target] destination
  } is: { $kinds }.
field-required--window = Enter the date and time in UTC when the refresh should start.
# $count (number): windows the policy asks for.
field-required--windows = Propose { $count } windows: enter a date and time in UTC for each.
# $window (number, 1-based): which window is empty.
field-required--window-n = Enter the { $window ->
    [1] first
    [2] second
    [3] third
    [4] fourth
   *[other] next
  } window's start, in UTC.
field-required--restore-point = Enter the restore point: the moment in UTC whose production data you want copied.
# $side: "source" | "target"; $example (text or "none")
field-required--version = Enter the { $side ->
    [source] source
   *[target] target
  } version with its build or patch{ $example ->
    [none] {""}
   *[other] , e.g. { $example }
  }.

# $label (text): the field's name.  $found (text): what kind of value was found ("a number", …; see field-kind-*).
field-invalid--text = The { $label } should be text, found { $found }.
field-invalid--text-named = { $label }: expected text, found { $found }.
field-invalid--yes-no = { $label }: answer yes or no, found { $found }.
# $problem (text): one of the instant-* messages below.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: expected a date and time in UTC like 2024-10-09T02:00Z, found { $found }.
# $side: "source" | "target"; $kinds (list); $value (text)
field-invalid--kind = The { $side ->
    [source] source
   *[target] target
  } kind should be one of { $kinds }, found “{ $value }”.
field-invalid--refresh-type = The refresh type should be “standard” or “point_in_time”, found “{ $value }”.
field-invalid--refresh-type-kind = The refresh type should be “standard” or “point_in_time”, found { $found }.
# $regions (list of codes)
field-invalid--region = The holiday region should be one of { $regions } or none, found “{ $value }”.
field-invalid--region-kind = The holiday region should be a code like GB, found { $found }.
# $expected: field-expected-windows or field-expected-window
field-invalid--windows = The window start should be { $expected ->
    [list] a list of start times in UTC like ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] a date and time in UTC like 2024-10-09T02:00Z
  }, found { $found }.
# $length, $max (numbers)
field-too_long = { $label }: this text is { $length } characters long, and a one-line field takes at most { $max }. Your text is kept: shorten it to what the vendor needs.

# What kind of JSON value was found (the $found above).
field-kind-object = an object
field-kind-list = a list
field-kind-number = a number
field-kind-bool = true/false
field-kind-null = nothing
field-kind-text = text

## Instants the reader cannot read ($found: text as typed)

instant-empty = enter a date and time in UTC, like 2024-10-09 02:00
instant-shape = expected a date and time in UTC like 2024-10-09 02:00 (or 2024-10-09T02:00Z), found “{ $found }”
instant-date = “{ $found }” is not a real calendar date: check the day and month
instant-time = “{ $found }” is not a real time of day: hours go from 00 to 23 and minutes from 00 to 59
instant-seconds = “{ $found }” is not a real time of day: seconds go from 00 to 59 (or leave them out: the form keeps minutes only)
# $year, $min, $max: numbers, shown without grouping (use NUMBER($year, useGrouping: "false") if formatted)
instant-year = the year { $year } is out of range: use a year from { $min } to { $max }

## Environments

# $label (text, the policy's), $example (text), $value (text as typed)
url-invalid = The { $label } should be a full address starting with https://, like { $example }; found “{ $value }”.
# $kind (text: an environment kind, e.g. TEST), $host (text)
env-same--host = The source and destination are the same { $kind } environment on { $host }: a refresh copies one environment over another, so pick two different ones.
# $naming: "url" | "name"; $value (text)
env-same = The source and { $naming ->
    [url] destination
   *[name] target
  } are both “{ $value }”: a refresh copies one environment over another, so they must differ.
# $source, $target (text: environment kinds)
direction-to_prod = Refreshing { $target } from { $source } overwrites production: it is possible only with the vendor's service-management approval, which the ticket will ask for.
# $usual (list of "A→B", formatted by the caller)
direction-nonstandard = { $source }→{ $target } is not one of the vendor's usual refreshes ({ $usual }): check that the source and destination are the right way round.

## Windows. Every window message takes $window (number: 1-based, 0 = the only window)
## and $span (text: the window, start and end, formatted by the caller).

# $notice: "days" | "hours"; $amount (number); $from, $earliest (date-times)
notice-business_days = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) is too soon: the vendor needs { $amount ->
    [one] { $amount } business day's
   *[other] { $amount } business days'
  } notice from { $from }, so the earliest start is { $earliest }.
notice-hours = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) is too soon: the vendor needs { $amount ->
    [one] { $amount } hour's
   *[other] { $amount } hours'
  } notice from { $from }, so the earliest start is { $earliest }.
# $days (number); $earliest (date-time)
pit-notice = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) is too soon for a point-in-time refresh, which needs { $days ->
    [one] { $days } day's
   *[other] { $days } days'
  } notice: the earliest start is { $earliest }.
# $days (number); $latest (date-time)
pit-max_age = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) is more than { $days ->
    [one] { $days } day
   *[other] { $days } days
  } after the restore point, so the latest start is { $latest }. Pick an earlier window or a later restore point.
# $restore (date-time)
pit-future = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) starts before the restore point ({ $restore }): data cannot be restored from the future. Pick a restore point before the window starts.
# $weekday (text: the day's name, formatted by the caller)
window-weekend = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) falls on a { $weekday }: the vendor does not refresh at weekends. Pick a time from Monday to Friday.
# $holiday (text: the holiday's name), $day (date), $region (text: the region-in-* message of the region)
window-holiday = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) falls on { $holiday } ({ $day }), a public holiday { $region }. Pick another business day.
# $year (number, no grouping), $region (text)
holiday-coverage = Holiday data does not cover { $year }: public holidays { $region } are not checked for that year, so check the date yourself.
# $reason (text, the policy's), $from, $to (date-times)
window-blackout = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) falls in a blackout period, “{ $reason }” ({ $from } to { $to }): the vendor runs no refresh then. Pick a window that ends by { $from } or starts at { $to } or later.
# $season: "summer" | "winter"; $from, $to (times of day, e.g. 01:00)
window-hours = { $window ->
    [0] The window
   *[other] Window { $window }
  } ({ $span }) is outside the standard service hours for { $season ->
    [summer] summer time
   *[winter] winter time
  } ({ $from }–{ $to } UTC, on one day): the vendor must approve it internally. To avoid that, start at { $from } UTC or later and end by { $to } UTC.
# $count (number): windows asked; $duration (text: e.g. "2 hours", see duration-*); $given (number)
window-count = Propose exactly { $count ->
    [one] { $count } window
   *[other] { $count } windows
  } of { $duration } each; { $given ->
    [one] { $given } was
   *[other] { $given } were
  } given.
# $first, $second (numbers: window numbers); $span (text)
window-overlap--same = Windows { $first } and { $second } are the same ({ $span }): propose two different times so the vendor has a fallback.
# $duration (text); $after (date-time)
window-overlap = Windows { $first } and { $second } overlap: each lasts { $duration }, so the later one should start at { $after } or after.
# $notice, $age (numbers: days); $restore, $until, $latest_submission, $earliest_restore (date-times)
pit-infeasible = No window can work: a point-in-time refresh needs { $notice ->
    [one] { $notice } day's
   *[other] { $notice } days'
  } notice, but data from { $restore } may only be restored until { $until } ({ $age ->
    [one] { $age } day later
   *[other] { $age } days later
  }). The latest submission that would have worked was { $latest_submission }. Choose a restore point on or after { $earliest_restore }, or ask for a standard refresh.

# Durations ($hours, $minutes: numbers). The caller picks hours when whole.
duration-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }

## Versions ($side: "source" | "target"; $example: text or "none"; $value, $source, $target: text)

version-missing = Enter the { $side ->
    [source] source
   *[target] target
  } schema version{ $example ->
    [none] {""}
   *[other] , e.g. { $example }
  }: it is needed when you keep the target's users.
version-unreadable = “{ $value }” is not a version the vendor can compare: write it with its build or patch{ $example ->
    [none] {""}
   *[other] , e.g. { $example }
  }.
version-mismatch--approval = The schema versions differ ({ $source } and { $target }): because you keep the target's users, the vendor will first arrange a schema upgrade of both environments to the latest version.
version-mismatch--release = The versions differ ({ $source } and { $target }): a refresh is only possible between the same version and patch, and the vendor can make no exception or downgrade. Request the refresh before an upgrade, while both are on the same version.
version-mismatch = The versions differ ({ $source } and { $target }): both environments should be on the same version.
# $upgrade, $end (date-times)
upgrade-conflict = The next scheduled upgrade ({ $upgrade }) comes before the refresh would end ({ $end }): after it the versions may no longer match. Pick a window that ends before the upgrade, or check the upgrade schedule.

## Checklist (ack.*): one message for every policy acknowledgement; $item (text: the policy's label, translated by the policy)

ack = Confirm the checklist: “{ $item }”.

## Calendar: a day's short reason (calendar grid, titles) — $name, $reason, $year, $time as above

calendar-too-soon = Too soon: not enough notice
calendar-too-late = Too late: restore point older than allowed
calendar-before-restore = Before the restore point
calendar-weekend = Weekend
calendar-holiday = Public holiday: { $name }
calendar-unchecked = Holidays not checked: no data for { $year }
calendar-blackout = Blackout: { $reason }
calendar-outside-hours = Outside service hours
calendar-after-max = After { $year }: no date the form takes
# $time (time of day, e.g. 02:00)
calendar-from = From { $time } UTC
calendar-approval-only = Only outside service hours: needs the vendor's approval

## Holiday regions (the region select, messages)

region-GB = United Kingdom (England & Wales)
region-US = United States (federal)
region-SG = Singapore
region-NO = Norway
region-GR = Greece
region-DK = Denmark
region-DE = Germany (national)
region-NL = Netherlands
region-IN = India
region-AU = Australia (national)
region-JP = Japan

# The region with its preposition, as it follows "a public holiday" / "public holidays" ($region in
# window-holiday and holiday-coverage): a locative phrase is one unit, since the preposition and
# article depend on the country (fr au/aux/en, de im/in den/in).
region-in-GB = in the United Kingdom (England & Wales)
region-in-US = in the United States (federal)
region-in-SG = in Singapore
region-in-NO = in Norway
region-in-GR = in Greece
region-in-DK = in Denmark
region-in-DE = in Germany (national)
region-in-NL = in the Netherlands
region-in-IN = in India
region-in-AU = in Australia (national)
region-in-JP = in Japan

## Field names (the request's keys; error summary, too-long messages, the desk's comparisons)

key-policy = Policy
key-submitted_at = Submission time
key-source = Source
key-target = Target
key-source-url = Source URL
key-target-url = Target URL
key-source_kind = Source kind
key-target_kind = Target kind
key-window = Window start
key-windows = Windows
key-refresh_type = Refresh type
key-restore_point = Restore point
key-preserve_users = Keep the target's users
key-source_version = Source version
key-target_version = Target version
key-holiday_region = Holiday region
key-next_upgrade = Next scheduled upgrade
# $window (number): a window of several, named in a message about its field.
field-window = Window { $window }
# $day (number): 1 = Monday … 7 = Sunday; the day a window falls on.
weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
  }

## The JS API and the service: a request that cannot be read

# $key (text), $found (text: field-kind-*)
api-value-kind = The value of “{ $key }” is { $found }, which a request cannot hold: give text, true / false, or a list of text.
api-request-missing = A request is needed: pass an object like {"{"}"policy": "veson-imos", …{"}"}.
# $at (text: "line 3, column 5")
api-request-json = The request is not valid JSON (at { $at }): pass an object like {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = The request should be an object like {"{"}"policy": "veson-imos", …{"}"}.
# $policies (list of ids)
api-policy-missing = Name the vendor policy to check against: one of { $policies }.
api-policy-unknown = Unknown policy { $policy }: use one of { $policies }.
# $problems (number)
api-not-ready = The request is not ready: fix { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
  } first.
# $found (text)
api-ticket-format = Unknown ticket format “{ $found }”: use text, markdown or json.
api-time-received = The time received: { $problem }.

## The desk's check (`refresh-request check`, the service's answer, the desk page)
## Its summary: the verdict, then each further sentence starting with {" "} (the space that
## separates it from the one before) in languages that separate sentences with a space.

# $policy (text: the policy's name), $version (text), $received (date-time), $errors, $edited (numbers)
desk-summary-ready = Ready: the request passes every rule of { $policy } (version { $version }) as received on { $received }.
desk-summary-edited = Not ready: the request passes every rule of { $policy } (version { $version }) as received on { $received }, but { $edited ->
    [one] { $edited } line of the ticket was
   *[other] { $edited } lines of the ticket were
  } edited after it was written: trust the request, not the text.
desk-summary-errors = Not ready: as received on { $received }, the request has { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
  } against { $policy } (version { $version }).
desk-summary-errors-edited = Not ready: as received on { $received }, the request has { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
  } against { $policy } (version { $version }), and { $edited ->
    [one] { $edited } line of the ticket was
   *[other] { $edited } lines of the ticket were
  } edited after it was written: trust the request, not the text.
# $count (number)
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } thing needs
   *[other] { $count } things need
  } the vendor's approval.
# $checked (date-time)
desk-summary-checked = {" "}The ticket says it was checked on { $checked }.
# $submitted (date-time)
desk-summary-submitted = {" "}The request says it was submitted on { $submitted }.
desk-summary-unsubmitted = {" "}The request does not say when it was submitted.
# $count (number): findings at receipt the customer's check did not have
desk-summary-new = {" "}Since the customer's check, { $count ->
    [one] { $count } finding
   *[other] { $count } findings
  } appeared.
# The text report's first lines. $name (text: the policy's name), $policy (text: its id), $version (text)
desk-text-ready = READY — { $name } (policy { $policy } version { $version })
desk-text-not-ready = NOT READY — { $name } (policy { $policy } version { $version })
# $at (date-time); the two lines are printed one above the other
desk-text-submitted = Submitted: { $at }
desk-text-unsubmitted = Submitted: not stated
desk-text-received = Received:  { $at }
desk-text-changes = Since the customer's check:
# $finding (text: a rule id, or desk-text-on)
desk-text-new = new: { $finding }
desk-text-gone = gone: { $finding }
# $rule (text: a rule id), $field (text: a field name)
desk-text-on = { $rule } on { $field }
# The desk's own findings. $line (number); $written, $received (text: a line of the ticket, unquoted)
ticket-edited = Line { $line } was edited: it reads “{ $received }”, but the checked request says “{ $written }”.
ticket-edited--missing = Line { $line } (“{ $written }”) is missing.
ticket-edited--added = A line was added after line { $line }: “{ $received }”.
ticket-edited--differs = Line { $line } differs.
# $policy, $version (text: what the ticket names), $desk_policy, $desk_version (text: what the desk checks with)
ticket-policy_changed = The ticket was checked against policy { $policy } version { $version }; this check uses { $desk_policy } version { $desk_version }, so its lines were not compared.
ticket-unverified = The ticket's request does not pass the rules at the time the ticket says it was checked, so the form did not write this ticket as it is: its lines were not compared.
# What cannot be checked. $marker (text: the data's first or last marker line)
desk-no-request = No request found: the text carries no refresh-request data ({ $marker }) and is not a request JSON object.
desk-no-data = No request found: this ticket carries no refresh-request data; ask the customer to create the ticket again with the form.
# $policy (text: an id)
desk-unknown-policy = Unknown policy “{ $policy }”: give its file with --policy PATH.
# $found (text: a version), $known (number)
desk-damaged--version = The ticket's request data is version { $found }; this desk reads version { $known }: update the refresh-request command.
desk-damaged--cut = The ticket's request data is cut off: its last line ({ $marker } …) is missing.
desk-damaged--lines = The ticket's request data is damaged: its lines were changed or some are missing.
desk-damaged--checksum = The ticket's request data is damaged: it does not match its checksum, so lines were changed or lost.
# $what: "json" | "format" | "version" | "request" (what the decoded data lacks)
desk-damaged--content = The ticket's request data is damaged: { $what ->
    [format] it names no ticket format
    [version] it names no policy version
    [request] it holds no request that names its policy
   *[json] it is not the JSON this format writes
  }.

## The command's and the service's own answers

# $option (text: an option or a key, e.g. --received), $problem (text: an instant-* message)
cli-option-problem = { $option }: { $problem }
# $found (text), $policies (list of ids)
cli-policy-unknown = --policy: no policy file or built-in policy “{ $found }”: use one of { $policies }, or a policy file's path
# $policy (text: an id), $policies (list of ids)
serve-policy-unknown = Unknown policy “{ $policy }”: this service knows { $policies } (add a policy file to its --policy-dir).
# $seconds (number)
serve-check-slow = The check took over { $seconds } s and was given up: this body is not a ticket the form wrote.
serve-check-failed = The check failed inside the service: please report this ticket.
# $media (text: a Content-Type)
serve-media-type = Content-Type { $media } is not read: send the ticket as text/plain, or JSON {"{"}"body": "…"{"}"} as application/json.
# $detail (text: the JSON parser's own words, in English)
serve-json-shape = The JSON body must be an object with "body" (the ticket's text), and optionally "received_at", "policy" and "lang" (strings): { $detail }.
serve-json-invalid = The body is not valid JSON: { $detail }.
# $found (text), $langs (list of tags)
serve-lang-unknown = lang: the service does not speak “{ $found }”: use one of { $langs }.
# The answers to a request the service cannot route, time or let in. $kb (number)
serve-not-found = No such path: the service answers POST /v1/check, GET /v1/policies and GET /healthz.
serve-method = This path does not take that method: the Allow header says which it takes (POST for /v1/check, GET for /v1/policies and /healthz).
serve-too-large = The body is over { $kb } KB: send the ticket's body alone.
serve-too-slow = The request did not arrive in time: send it whole, without pauses.
serve-token-missing = This service needs the header Authorization: Bearer <token>.
serve-token-wrong = The bearer token is wrong.

## The policy loader (playground, an embedded form's error, `refresh-request policy`)

# $policy (text: name or id), $problems (number)
policy-unusable = The policy “{ $policy }” cannot be used: { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
  }
# A policy's own wording of a message (messages.<tag>.<id>): $tags (list of language tags)
policy-expected-language-tag = a language tag, one of { $tags }
policy-expected-message-id = the id of a built-in message
# $found (text: the id as given, quoted), $near (text: the built-in id most like it)
policy-found-did-you-mean = { $found } (did you mean "{ $near }"?)
policy-expected-fluent = a message in Fluent syntax
policy-expected-fluent-hint = a message in Fluent syntax (a variable as {"{"} $name {"}"}, a brace as {"{"}"{"{"}"{"}"})
# $variables (list: the built-in message's variables, each written with its $)
policy-expected-variables = only the built-in message's variables: { $variables }
policy-expected-no-variables = no variables (the built-in message has none)
# A holiday's name (messages.<tag>.holiday-name-…) names a holiday of the holiday data
policy-expected-holiday-id = the id of a holiday of the holiday data, like "holiday-name-christmas-day"
# one problem: $path (text, a JSON path), $expected (one of policy-expected-*), $found (text)
policy-problem = { $path }: expected { $expected }, found { $found }
policy-problem-more = … and { $more } more
policy-unnamed = (unnamed policy)
# $near (text: a known key)
policy-unknown-key--near = unknown key; did you mean `{ $near }`?
policy-unknown-key = unknown key
policy-unknown-keys-more = … and { $more ->
    [one] { $more } more unknown key
   *[other] { $more } more unknown keys
  }
policy-expected-list-of = a list of { $item }
policy-expected-object = an object
policy-expected-json-object = a JSON object
policy-expected-max-chars = at most { $max } characters
policy-expected-nonempty = a non-empty string
policy-expected-bool = true or false
policy-expected-whole = a whole number from { $min } to { $max }
policy-expected-max-entries = at most { $max } entries (no real policy needs more)
policy-expected-time-of-day = a UTC time of day like "01:00"
policy-expected-id = lowercase letters, digits and dashes
policy-expected-naming = "name" or "url"
policy-expected-after-start = a time after the start
policy-expected-notice = exactly one of "business_days" or "hours"
policy-expected-preserve = "never", "when_preserving_users" or "always"
policy-expected-preserve-needs = "when_preserving_users" only with "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" or "release_patch"
policy-expected-severity = "error", "approval" or "warning"
policy-expected-kinds-listed = kinds listed in environments.kinds
policy-expected-kind-listed = a kind listed in environments.kinds
policy-expected-kinds-for-directions = a list of kinds (directions need them)
policy-expected-kind-pair = a pair of kinds like ["PROD", "TEST"]
policy-expected-question-key = the key of one of the questions
policy-expected-ack-rule = a rule id starting with "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = an e-mail address like "support@example.com"
policy-expected-https = an https:// address
policy-expected-fixed-host = an address whose host is fixed ({"{"}subject{"}"} and {"{"}body{"}"} only in its path, query or fragment)
policy-expected-placeholder = an address with a {"{"}subject{"}"} or {"{"}body{"}"} placeholder
policy-expected-instant = a UTC instant like "2024-12-24T00:00:00Z"
policy-expected-after-from = an instant after "from"
policy-expected-unique-keys = keys that are unique and not a built-in request key
# $max (number: bytes), $kb (number)
policy-expected-size = a policy file of at most { $max } bytes ({ $kb } KB)
policy-found-invalid-json = invalid JSON at { $at }
policy-expected-key-once = each key once in its object
policy-found-key-again = "{ $key }" given again (only its last value would count)
# a policy's translations: $own, $tag, $first (text: language tags); $count (number)
policy-expected-other-language = a language other than the policy's own ("{ $own }")
policy-expected-language-once = each language once
policy-found-same-language = "{ $tag }", the same language as "{ $first }"
policy-expected-ack-key = the key of one of the acknowledgements
policy-expected-note-id = the id of one of the notes
policy-expected-items = a list of { $count } (one for each item of the policy's own checklist)
policy-expected-reasons = a list of { $count } (a reason, or null for its own, for each of the policy's blackouts)
policy-expected-text-or-null = a non-empty string or null

## JSON syntax problems (the playground's editor, the JS API); $line, $column: numbers

json-at = line { $line }, column { $column }: { $problem }
json-eof-list = the text ends inside a list: a closing `]` is missing
json-eof-object = the text ends inside an object: a closing `{"}"}` is missing
json-eof-string = the text ends inside quotes: a closing `"` is missing
json-eof-value = the text ends where a value should be
json-colon = a colon `:` should follow the key
json-comma-list = a comma `,` or the list's closing `]` is missing
json-comma-object = a comma `,` or the object's closing `{"}"}` is missing
json-ident = a word here must be `true`, `false` or `null`
json-value = a value should be here: text in double quotes, a number, `true`, `false`, `null`, a list or an object
json-key = a key should be here, in double quotes
json-trailing-comma = a comma stands before a closing bracket: remove it
json-trailing = there is more text after the end of the JSON
json-escape = a backslash in quotes starts an unknown escape (write `\\` for a backslash)
json-number = a number is not written as JSON writes numbers
json-number-range = a number is too large
json-depth = lists and objects are nested more than 128 deep
json-control = a line break or tab inside quotes must be written `\n` or `\t`



### ─────────────────────────────────────────────────────────────────────────────
### TICKET: written in the DESK's language (the policy's desk language), whatever
### language the customer reads. The subject, the body, the .ics file, the e-mail hand-off.
### The findings copied into the ticket (with severity-* headings) are formatted again
### in the desk's language, from the same ids as above.
### ─────────────────────────────────────────────────────────────────────────────

# $source, $target (text)
ticket-subject = Database refresh: { $source } → { $target }
# appended to the subject: $start (date-time)
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (point in time)
# $vendor (text: the policy's name, in the desk's language)
ticket-title = Database refresh request — { $vendor }
ticket-yes = Yes
ticket-no = No
# "Question: answer"; a question that ends in "?" stays as it is (French puts a space before ":")
ticket-question = { $question }:
ticket-direction = Refresh direction
ticket-refresh-type = Refresh type
# $restore (date-time)
ticket-type-pit = Point in time: production data as of { $restore }
ticket-type-standard = Standard: the latest production data
ticket-preserve-users = Preserve user info (security list) on the target
ticket-source-version = Source version
ticket-target-version = Target version
ticket-next-upgrade = Next scheduled upgrade
ticket-region-none = None selected
ticket-region = Public holidays observed
# $duration (text: duration-*)
ticket-schedule-one = Preferred schedule (UTC; the outage lasts { $duration })
ticket-schedule-many = Proposed windows ({ $duration } each, UTC)
# $window (number), $span (text)
ticket-window = Window { $window }: { $span }
ticket-checklist = Checklist
ticket-noted = Noted
# $policy, $version (text), $checked (date-time)
ticket-footer = Checked against policy { $policy } version { $version } by the refresh request form on { $checked }.
ticket-carried-intro = The lines below carry the checked request for the vendor's desk: keep them as they are.
handoff-too-long = Paste the ticket from the refresh request form here: it was too long to fit in this link.

## The calendar file (.ics): summary, description. $window, $windows (numbers)
ics-summary-many = { $subject } (window { $window } of { $windows })
ics-which-one = The proposed window
ics-which-many = Proposed window { $window } of { $windows }
# $source, $target, $vendor, $which (ics-which-*), $duration (duration-*), $policy, $version
ics-description = Database refresh: { $source } → { $target }.
    Vendor: { $vendor }.
    { $which }, { $duration } long (UTC). Tentative: the vendor has not confirmed it yet.
    Checked against policy { $policy } version { $version }.

## Calendar labels and holiday names

# A calendar day's cell: the opening words of its reason (the calendar-* reasons above
# start with them: a test holds them to it), short enough for the cell
calendar-label-too-soon = Too soon
calendar-label-too-late = Too late
calendar-label-holiday = Public holiday
calendar-label-unchecked = Holidays not checked
calendar-label-blackout = Blackout
calendar-label-approval-only = Only outside service hours
# $year (number)
calendar-label-after-max = After { $year }

# The holidays of the holiday regions, by the holiday data's English name: holiday-name- then
# the name in lower case, dashes for spaces and punctuation (labor-day--us: the United States'
# Labor Day in September, not the 1 May of the others). $name, $first, $second: holiday names.
# A day off moved from a weekend (observed), a date not yet fixed (estimated), two holidays on one day:
holiday-observed = { $name } (observed)
holiday-estimated = { $name } (estimated)
holiday-observed-estimated = { $name } (observed, estimated)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = ANZAC Day
holiday-name-ascension-day = Ascension Day
holiday-name-australia-day = Australia Day
holiday-name-autumnal-equinox-day = Autumnal Equinox Day
holiday-name-boxing-day = Boxing Day
holiday-name-buddha-purnima = Buddha Purnima
holiday-name-childrens-day = Children's Day
holiday-name-chinese-new-year = Chinese New Year
holiday-name-christmas = Christmas
holiday-name-christmas-day = Christmas Day
holiday-name-columbus-day = Columbus Day
holiday-name-coming-of-age-day = Coming of Age Day
holiday-name-constitution-day = Constitution Day
holiday-name-coronation-of-charles-iii = Coronation of Charles III
holiday-name-culture-day = Culture Day
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Dormition of the Mother of God
holiday-name-dr-b-r-ambedkars-jayanti = Dr. B. R. Ambedkar's Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Easter Monday
holiday-name-easter-sunday = Easter Sunday
holiday-name-emperors-birthday = Emperor's Birthday
holiday-name-epiphany = Epiphany
holiday-name-foundation-day = Foundation Day
holiday-name-german-unity-day = German Unity Day
holiday-name-glorifying-mother-of-god = Glorifying Mother of God
holiday-name-good-friday = Good Friday
holiday-name-great-prayer-day = Great Prayer Day
holiday-name-green-monday = Green Monday
holiday-name-greenery-day = Greenery Day
holiday-name-guru-nanaks-jayanti = Guru Nanak's Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji
holiday-name-hari-raya-puasa = Hari Raya Puasa
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Id-ul-Fitr
holiday-name-id-ul-zuha-bakrid = Id-ul-Zuha (Bakrid)
holiday-name-independence-day = Independence Day
holiday-name-janmashtami-vaishnava = Janmashtami (Vaishnava)
holiday-name-juneteenth-national-independence-day = Juneteenth National Independence Day
holiday-name-kings-day = King's Day
holiday-name-labor-day = Labor Day
holiday-name-labor-day--us = Labor Day
holiday-name-labor-thanksgiving-day = Labor Thanksgiving Day
holiday-name-labour-day = Labour Day
holiday-name-late-summer-bank-holiday = Late Summer Bank Holiday
holiday-name-liberation-day = Liberation Day
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Mahatma Gandhi's Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Marine Day
holiday-name-martin-luther-king-jr-day = Martin Luther King Jr. Day
holiday-name-maundy-thursday = Maundy Thursday
holiday-name-may-day = May Day
holiday-name-memorial-day = Memorial Day
holiday-name-milad-un-nabi = Milad-un-Nabi
holiday-name-mountain-day = Mountain Day
holiday-name-muharram = Muharram
holiday-name-national-day = National Day
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = National Day of Mourning for Queen Elizabeth II
holiday-name-national-holiday = National Holiday
holiday-name-new-years-day = New Year's Day
holiday-name-ohi-day = Ohi Day
holiday-name-pentecost = Pentecost
holiday-name-pentecost-monday = Pentecost Monday
holiday-name-platinum-jubilee-of-elizabeth-ii = Platinum Jubilee of Elizabeth II
holiday-name-polling-day = Polling Day
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Republic Day
holiday-name-respect-for-the-aged-day = Respect for the Aged Day
holiday-name-second-day-of-christmas = Second Day of Christmas
holiday-name-showa-day = Showa Day
holiday-name-sports-day = Sports Day
holiday-name-spring-bank-holiday = Spring Bank Holiday
holiday-name-state-funeral-of-queen-elizabeth-ii = State Funeral of Queen Elizabeth II
holiday-name-substitute-holiday = Substitute Holiday
holiday-name-thanksgiving-day = Thanksgiving Day
holiday-name-vernal-equinox-day = Vernal Equinox Day
holiday-name-vesak-day = Vesak Day
holiday-name-veterans-day = Veterans Day
holiday-name-washingtons-birthday = Washington's Birthday
