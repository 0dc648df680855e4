### De teksten van de kern in het Nederlands (aanspreekvorm: je). Termen: glossary.md.
### Variabelen zoals in en/core.ftl; datum en tijd worden door de aanroeper opgemaakt.

## Ernst

severity-error = Moet worden opgelost
severity-approval = Vereist goedkeuring van de leverancier
severity-warning = Controleer dit
severity-info = Goed om te weten

## Verplichte velden, onleesbare en te lange waarden

field-required--env = Vul “{ $label }” in{ $example ->
    [none] {""}
   *[other] , bijvoorbeeld { $example }
  }.
field-required--kind = Kies wat voor soort omgeving de { $side ->
    [source] bronomgeving
   *[target] doelomgeving
  } is: { $kinds }.
field-required--window = Vul de datum en tijd (UTC) in waarop de refresh moet beginnen.
field-required--windows = Stel { $count ->
    [one] { $count } tijdvak
   *[other] { $count } tijdvakken
  } voor: vul voor elk tijdvak een datum en tijd (UTC) in.
field-required--window-n = Vul het begin van het { $window ->
    [1] eerste
    [2] tweede
    [3] derde
    [4] vierde
   *[other] volgende
  } tijdvak in (UTC).
field-required--restore-point = Vul het herstelpunt in: het moment (UTC) waarvan je de productiegegevens gekopieerd wilt hebben.
field-required--version = Vul de versie van de { $side ->
    [source] bronomgeving
   *[target] doelomgeving
  } in, met build of patch{ $example ->
    [none] {""}
   *[other] , bijvoorbeeld { $example }
  }.

field-invalid--text = “{ $label }” moet tekst zijn, gevonden: { $found }.
field-invalid--text-named = { $label }: tekst verwacht, gevonden: { $found }.
field-invalid--yes-no = { $label }: antwoord met ja of nee, gevonden: { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: datum en tijd in UTC verwacht, zoals 2024-10-09T02:00Z, gevonden: { $found }.
field-invalid--kind = Het soort { $side ->
    [source] bronomgeving
   *[target] doelomgeving
  } moet een van { $kinds } zijn, gevonden: “{ $value }”.
field-invalid--refresh-type = Het type refresh moet “standard” of “point_in_time” zijn, gevonden: “{ $value }”.
field-invalid--refresh-type-kind = Het type refresh moet “standard” of “point_in_time” zijn, gevonden: { $found }.
field-invalid--region = De feestdagenregio moet een van { $regions } zijn of geen, gevonden: “{ $value }”.
field-invalid--region-kind = De feestdagenregio moet een code zijn zoals GB, gevonden: { $found }.
field-invalid--windows = Het begin van het tijdvak moet { $expected ->
    [list] een lijst van begintijden in UTC zijn, zoals ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] een datum en tijd in UTC zijn, zoals 2024-10-09T02:00Z
  }, gevonden: { $found }.
field-too_long = { $label }: deze tekst is { $length } tekens lang, en een veld van één regel bevat hoogstens { $max } tekens. Je tekst blijft bewaard: kort hem in tot wat de leverancier nodig heeft.

field-kind-object = een object
field-kind-list = een lijst
field-kind-number = een getal
field-kind-bool = true of false
field-kind-null = null
field-kind-text = tekst

## Tijdstippen

instant-empty = vul een datum en tijd in UTC in, zoals 2024-10-09 02:00
instant-shape = datum en tijd in UTC verwacht, zoals 2024-10-09 02:00 (of 2024-10-09T02:00Z), gevonden: “{ $found }”
instant-date = “{ $found }” is geen bestaande datum: controleer de dag en de maand
instant-time = “{ $found }” is geen geldige tijd: uren lopen van 00 tot en met 23 en minuten van 00 tot en met 59
instant-seconds = “{ $found }” is geen geldige tijd: seconden lopen van 00 tot en met 59 (of laat ze weg: het formulier bewaart alleen minuten)
instant-year = het jaar { $year } valt buiten het bereik: gebruik een jaar van { $min } tot en met { $max }

## Omgevingen

url-invalid = “{ $label }” moet een volledig adres zijn dat begint met https://, zoals { $example }; gevonden: “{ $value }”.
env-same--host = De bron- en doelomgeving zijn dezelfde { $kind }-omgeving op { $host }: een refresh kopieert de ene omgeving over de andere, dus kies twee verschillende omgevingen.
env-same = De bron- en doelomgeving zijn allebei “{ $value }”: een refresh kopieert de ene omgeving over de andere, dus ze moeten verschillen.
direction-to_prod = Een refresh van { $target } vanuit { $source } overschrijft productie: dat kan alleen met goedkeuring van het servicemanagement van de leverancier; het ticket vraagt die goedkeuring aan.
direction-nonstandard = { $source }→{ $target } hoort niet bij de gebruikelijke refreshes van de leverancier ({ $usual }): controleer of bron- en doelomgeving niet zijn omgedraaid.

## Tijdvakken

notice-business_days = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) is te vroeg: de leverancier hanteert een aanvraagtermijn van { $amount ->
    [one] { $amount } werkdag
   *[other] { $amount } werkdagen
  } vanaf { $from }, dus het vroegst mogelijke begin is { $earliest }.
notice-hours = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) is te vroeg: de leverancier hanteert een aanvraagtermijn van { $amount ->
    [one] { $amount } uur
   *[other] { $amount } uur
  } vanaf { $from }, dus het vroegst mogelijke begin is { $earliest }.
pit-notice = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) is te vroeg voor een refresh van een bepaald tijdstip, die een aanvraagtermijn van { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
  } heeft: het vroegst mogelijke begin is { $earliest }.
pit-max_age = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) ligt meer dan { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
  } na het herstelpunt, dus het laatst mogelijke begin is { $latest }. Kies een eerder tijdvak of een later herstelpunt.
pit-future = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) begint vóór het herstelpunt ({ $restore }): gegevens uit de toekomst kunnen niet worden hersteld. Kies een herstelpunt vóór het begin van het tijdvak.
window-weekend = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) valt op een { $weekday }: de leverancier voert in het weekend geen refreshes uit. Kies een tijd van maandag tot en met vrijdag.
window-holiday = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) valt op { $holiday } ({ $day }), een feestdag { $region }. Kies een andere werkdag.
holiday-coverage = De gegevens over feestdagen dekken { $year } niet: feestdagen { $region } worden voor dat jaar niet gecontroleerd, dus controleer de datum zelf.
window-blackout = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) valt in een blokkadeperiode, “{ $reason }” ({ $from } tot { $to }): de leverancier voert dan geen refresh uit. Kies een tijdvak dat uiterlijk { $from } eindigt of niet eerder dan { $to } begint.
window-hours = { $window ->
    [0] Het tijdvak
   *[other] Tijdvak { $window }
  } ({ $span }) valt buiten de gewone servicetijden in de { $season ->
    [summer] zomertijd
   *[winter] wintertijd
  } ({ $from }–{ $to } UTC, op één dag): de leverancier moet het intern goedkeuren. Om dat te voorkomen: begin niet vóór { $from } UTC en eindig uiterlijk om { $to } UTC.
window-count = Stel precies { $count ->
    [one] { $count } tijdvak
   *[other] { $count } tijdvakken
  } van elk { $duration } voor; er { $given ->
    [one] is er { $given }
   *[other] zijn er { $given }
  } opgegeven.
window-overlap--same = De tijdvakken { $first } en { $second } zijn gelijk ({ $span }): stel twee verschillende tijden voor, zodat de leverancier een alternatief heeft.
window-overlap = De tijdvakken { $first } en { $second } overlappen: elk duurt { $duration }, dus het latere moet niet eerder dan { $after } beginnen.
pit-infeasible = Geen enkel tijdvak is mogelijk: een refresh van een bepaald tijdstip heeft een aanvraagtermijn van { $notice ->
    [one] { $notice } dag
   *[other] { $notice } dagen
  }, maar gegevens van { $restore } kunnen maar tot { $until } worden hersteld ({ $age ->
    [one] { $age } dag later
   *[other] { $age } dagen later
  }). De aanvraag had uiterlijk { $latest_submission } ingediend moeten worden. Kies een herstelpunt op of na { $earliest_restore }, of vraag een standaardrefresh aan.

duration-hours = { $hours ->
    [one] { $hours } uur
   *[other] { $hours } uur
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
  }

## Versies

version-missing = Vul de schemaversie van de { $side ->
    [source] bronomgeving
   *[target] doelomgeving
  } in{ $example ->
    [none] {""}
   *[other] , bijvoorbeeld { $example }
  }: die is nodig als je de gebruikers van de doelomgeving behoudt.
version-unreadable = “{ $value }” is geen versie die de leverancier kan vergelijken: vermeld ook de build of patch{ $example ->
    [none] {""}
   *[other] , bijvoorbeeld { $example }
  }.
version-mismatch--approval = De schemaversies verschillen ({ $source } en { $target }): omdat je de gebruikers van de doelomgeving behoudt, regelt de leverancier eerst een schema-upgrade van beide omgevingen naar de nieuwste versie.
version-mismatch--release = De versies verschillen ({ $source } en { $target }): een refresh kan alleen tussen dezelfde versie en patch, en de leverancier kan geen uitzondering of downgrade maken. Vraag de refresh aan vóór een upgrade, zolang beide omgevingen nog dezelfde versie hebben.
version-mismatch = De versies verschillen ({ $source } en { $target }): beide omgevingen moeten dezelfde versie hebben.
upgrade-conflict = De volgende geplande upgrade ({ $upgrade }) valt vóór het einde van de refresh ({ $end }): daarna komen de versies misschien niet meer overeen. Kies een tijdvak dat vóór de upgrade eindigt, of controleer de upgradeplanning.

## Checklist

ack = Bevestig dit punt van de checklist: “{ $item }”.

## Kalender

calendar-too-soon = Te vroeg: aanvraagtermijn te kort
calendar-too-late = Te laat: herstelpunt ouder dan toegestaan
calendar-before-restore = Vóór het herstelpunt
calendar-weekend = Weekend
calendar-holiday = Feestdag: { $name }
calendar-unchecked = Feestdagen niet gecontroleerd: geen gegevens voor { $year }
calendar-blackout = Blokkadeperiode: { $reason }
calendar-outside-hours = Buiten de servicetijden
calendar-after-max = Na { $year }: geen datum die het formulier accepteert
calendar-from = Vanaf { $time } UTC
calendar-approval-only = Alleen buiten de servicetijden: vereist goedkeuring van de leverancier

## Feestdagenregio's

region-GB = Verenigd Koninkrijk (Engeland en Wales)
region-US = Verenigde Staten (federaal)
region-SG = Singapore
region-NO = Noorwegen
region-GR = Griekenland
region-DK = Denemarken
region-DE = Duitsland (landelijk)
region-NL = Nederland
region-IN = India
region-AU = Australië (landelijk)
region-JP = Japan

# De regio met voorzetsel ($region in window-holiday en holiday-coverage).
region-in-GB = in het Verenigd Koninkrijk (Engeland en Wales)
region-in-US = in de Verenigde Staten (federaal)
region-in-SG = in Singapore
region-in-NO = in Noorwegen
region-in-GR = in Griekenland
region-in-DK = in Denemarken
region-in-DE = in Duitsland (landelijk)
region-in-NL = in Nederland
region-in-IN = in India
region-in-AU = in Australië (landelijk)
region-in-JP = in Japan

## Veldnamen

key-policy = Beleid
key-submitted_at = Tijdstip van indiening
key-source = Bronomgeving
key-target = Doelomgeving
key-source-url = URL van de bronomgeving
key-target-url = URL van de doelomgeving
key-source_kind = Soort bronomgeving
key-target_kind = Soort doelomgeving
key-window = Begin van het tijdvak
key-windows = Tijdvakken
key-refresh_type = Type refresh
key-restore_point = Herstelpunt
key-preserve_users = Gebruikers van de doelomgeving behouden
key-source_version = Versie van de bronomgeving
key-target_version = Versie van de doelomgeving
key-holiday_region = Feestdagenregio
key-next_upgrade = Volgende geplande upgrade
field-window = Tijdvak { $window }
weekday = { $day ->
    [1] maandag
    [2] dinsdag
    [3] woensdag
    [4] donderdag
    [5] vrijdag
    [6] zaterdag
   *[7] zondag
  }

## JS-API en service

api-value-kind = De waarde van “{ $key }” is { $found }, en dat kan een aanvraag niet bevatten: geef tekst, true / false of een lijst met teksten op.
api-request-missing = Er is een aanvraag nodig: geef een object op zoals {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = De aanvraag is geen geldige JSON (bij { $at }): geef een object op zoals {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = De aanvraag moet een object zijn zoals {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Geef het beleid van de leverancier op waartegen gecontroleerd moet worden: een van { $policies }.
api-policy-unknown = Onbekend beleid { $policy }: gebruik een van { $policies }.
api-not-ready = De aanvraag is nog niet klaar: los eerst { $problems ->
    [one] { $problems } probleem
   *[other] { $problems } problemen
  } op.
api-ticket-format = Onbekende ticketindeling “{ $found }”: gebruik text, markdown of json.
api-time-received = Het ontvangen tijdstip: { $problem }.

## De controle door het supportteam (`refresh-request check`, het antwoord van de service, de pagina van het supportteam)

desk-summary-ready = Klaar: zoals ontvangen op { $received } voldoet de aanvraag aan elke regel van { $policy } (versie { $version }).
desk-summary-edited = Niet klaar: zoals ontvangen op { $received } voldoet de aanvraag aan elke regel van { $policy } (versie { $version }), maar { $edited ->
    [one] { $edited } tekstregel van het ticket is
   *[other] { $edited } tekstregels van het ticket zijn
  } bewerkt nadat het was geschreven: vertrouw op de aanvraag, niet op de tekst.
desk-summary-errors = Niet klaar: zoals ontvangen op { $received } heeft de aanvraag { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
  } volgens { $policy } (versie { $version }).
desk-summary-errors-edited = Niet klaar: zoals ontvangen op { $received } heeft de aanvraag { $errors ->
    [one] { $errors } fout
   *[other] { $errors } fouten
  } volgens { $policy } (versie { $version }), en { $edited ->
    [one] { $edited } tekstregel van het ticket is
   *[other] { $edited } tekstregels van het ticket zijn
  } bewerkt nadat het was geschreven: vertrouw op de aanvraag, niet op de tekst.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } punt heeft
   *[other] { $count } punten hebben
  } de goedkeuring van de leverancier nodig.
desk-summary-checked = {" "}Volgens het ticket is het gecontroleerd op { $checked }.
desk-summary-submitted = {" "}Volgens de aanvraag is die ingediend op { $submitted }.
desk-summary-unsubmitted = {" "}De aanvraag vermeldt niet wanneer die is ingediend.
desk-summary-new = {" "}Sinds de controle door de klant { $count ->
    [one] is er { $count } bevinding
   *[other] zijn er { $count } bevindingen
  } bijgekomen.
desk-text-ready = KLAAR — { $name } (beleid { $policy }, versie { $version })
desk-text-not-ready = NIET KLAAR — { $name } (beleid { $policy }, versie { $version })
desk-text-submitted = Ingediend: { $at }
desk-text-unsubmitted = Ingediend: niet vermeld
desk-text-received = Ontvangen: { $at }
desk-text-changes = Sinds de controle door de klant:
desk-text-new = nieuw: { $finding }
desk-text-gone = verdwenen: { $finding }
desk-text-on = { $rule } bij { $field }
ticket-edited = Regel { $line } is bewerkt: er staat “{ $received }”, maar de gecontroleerde aanvraag zegt “{ $written }”.
ticket-edited--missing = Regel { $line } (“{ $written }”) ontbreekt.
ticket-edited--added = Na regel { $line } is een regel toegevoegd: “{ $received }”.
ticket-edited--differs = Regel { $line } wijkt af.
ticket-policy_changed = Het ticket is gecontroleerd aan de hand van beleid { $policy }, versie { $version }; deze controle gebruikt { $desk_policy }, versie { $desk_version }, dus de tekstregels ervan zijn niet vergeleken.
ticket-unverified = De aanvraag in het ticket voldoet niet aan de regels op het moment waarop het ticket zegt te zijn gecontroleerd, dus het formulier heeft dit ticket niet zo geschreven: de tekstregels ervan zijn niet vergeleken.
desk-no-request = Geen aanvraag gevonden: de tekst bevat geen refresh-request-gegevens ({ $marker }) en is geen JSON-object van een aanvraag.
desk-no-data = Geen aanvraag gevonden: dit ticket bevat geen refresh-request-gegevens; vraag de klant het ticket opnieuw aan te maken met het formulier.
desk-unknown-policy = Onbekend beleid “{ $policy }”: geef het bestand ervan op met --policy PAD.
desk-damaged--version = De aanvraaggegevens van het ticket hebben versie { $found }; deze controle leest versie { $known }: werk het commando refresh-request bij.
desk-damaged--cut = De aanvraaggegevens van het ticket zijn afgebroken: de laatste regel ervan ({ $marker } …) ontbreekt.
desk-damaged--lines = De aanvraaggegevens van het ticket zijn beschadigd: er zijn regels gewijzigd of er ontbreken er enkele.
desk-damaged--checksum = De aanvraaggegevens van het ticket zijn beschadigd: ze komen niet overeen met hun controlesom, dus er zijn regels gewijzigd of verloren gegaan.
desk-damaged--content = De aanvraaggegevens van het ticket zijn beschadigd: { $what ->
    [format] ze noemen geen ticketindeling
    [version] ze noemen geen beleidsversie
    [request] ze bevatten geen aanvraag die het beleid noemt
   *[json] het is niet de JSON die deze indeling schrijft
  }.

## De eigen antwoorden van het commando en de service

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: geen beleidsbestand en geen ingebouwd beleid “{ $found }”: gebruik een van { $policies }, of het pad van een beleidsbestand
serve-policy-unknown = Onbekend beleid “{ $policy }”: deze service kent { $policies } (voeg een beleidsbestand toe aan de --policy-dir ervan).
serve-check-slow = De controle duurde langer dan { $seconds } s en is afgebroken: deze body is geen ticket dat het formulier heeft geschreven.
serve-check-failed = De controle is in de service mislukt: meld dit ticket.
serve-media-type = Content-Type { $media } wordt niet gelezen: stuur het ticket als text/plain, of JSON {"{"}"body": "…"{"}"} als application/json.
serve-json-shape = De JSON-body moet een object zijn met "body" (de tekst van het ticket) en optioneel "received_at", "policy" en "lang" (strings): { $detail }.
serve-json-invalid = De body is geen geldige JSON: { $detail }.
serve-lang-unknown = lang: de service spreekt geen “{ $found }”: gebruik een van { $langs }.
serve-not-found = Dit pad bestaat niet: de service beantwoordt POST /v1/check, GET /v1/policies en GET /healthz.
serve-method = Dit pad accepteert deze methode niet: de Allow-header zegt welke wel (POST voor /v1/check, GET voor /v1/policies en /healthz).
serve-too-large = De body is groter dan { $kb } KB: stuur alleen de body van het ticket.
serve-too-slow = Het verzoek kwam niet op tijd binnen: stuur het in zijn geheel, zonder pauzes.
serve-token-missing = Deze service heeft de header Authorization: Bearer <token> nodig.
serve-token-wrong = Het Bearer-token klopt niet.

## Beleid laden

policy-unusable = Het beleid “{ $policy }” kan niet worden gebruikt: { $problems ->
    [one] { $problems } probleem
   *[other] { $problems } problemen
  }
policy-expected-language-tag = een taalcode, een van { $tags }
policy-expected-message-id = de id van een ingebouwde melding
policy-found-did-you-mean = { $found } (bedoel je “{ $near }”?)
policy-expected-fluent = een melding in Fluent-syntaxis
policy-expected-fluent-hint = een melding in Fluent-syntaxis (een variabele als {"{"} $name {"}"}, een accolade als {"{"}"{"{"}"{"}"})
policy-expected-variables = alleen de variabelen van de ingebouwde melding: { $variables }
policy-expected-no-variables = geen variabelen (de ingebouwde melding heeft er geen)
policy-expected-holiday-id = de id van een feestdag uit de feestdaggegevens, zoals "holiday-name-christmas-day"
policy-problem = { $path }: verwacht { $expected }, gevonden { $found }
policy-problem-more = … en nog { $more }
policy-unnamed = (beleid zonder naam)
policy-unknown-key--near = onbekende sleutel; bedoel je `{ $near }`?
policy-unknown-key = onbekende sleutel
policy-unknown-keys-more = … en nog { $more ->
    [one] { $more } onbekende sleutel
   *[other] { $more } onbekende sleutels
  }
policy-expected-list-of = een lijst van { $item }
policy-expected-object = een object
policy-expected-json-object = een JSON-object
policy-expected-max-chars = hoogstens { $max } tekens
policy-expected-nonempty = een niet-lege tekenreeks
policy-expected-bool = true of false
policy-expected-whole = een geheel getal van { $min } tot en met { $max }
policy-expected-max-entries = hoogstens { $max } items (geen echt beleid heeft er meer nodig)
policy-expected-time-of-day = een tijd in UTC zoals "01:00"
policy-expected-id = kleine letters, cijfers en streepjes
policy-expected-naming = "name" of "url"
policy-expected-after-start = een tijd na het begin
policy-expected-notice = precies één van "business_days" of "hours"
policy-expected-preserve = "never", "when_preserving_users" of "always"
policy-expected-preserve-needs = "when_preserving_users" alleen met "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" of "release_patch"
policy-expected-severity = "error", "approval" of "warning"
policy-expected-kinds-listed = soorten die in environments.kinds staan
policy-expected-kind-listed = een soort die in environments.kinds staat
policy-expected-kinds-for-directions = een lijst van soorten (directions heeft ze nodig)
policy-expected-kind-pair = een paar soorten zoals ["PROD", "TEST"]
policy-expected-question-key = de sleutel van een van de vragen
policy-expected-ack-rule = een regel-id die begint met "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = een e-mailadres zoals "support@example.com"
policy-expected-https = een https://-adres
policy-expected-fixed-host = een adres met een vaste host ({"{"}subject{"}"} en {"{"}body{"}"} alleen in het pad, de query of het fragment)
policy-expected-placeholder = een adres met een placeholder {"{"}subject{"}"} of {"{"}body{"}"}
policy-expected-instant = een UTC-tijdstip zoals "2024-12-24T00:00:00Z"
policy-expected-after-from = een tijdstip na "from"
policy-expected-unique-keys = unieke sleutels die geen ingebouwde sleutel van een aanvraag zijn
policy-expected-size = een beleidsbestand van hoogstens { $max } bytes ({ $kb } kB)
policy-found-invalid-json = ongeldige JSON bij { $at }
policy-expected-key-once = elke sleutel één keer in zijn object
policy-found-key-again = "{ $key }" opnieuw opgegeven (alleen de laatste waarde zou tellen)
policy-expected-other-language = een andere taal dan die van het beleid (“{ $own }”)
policy-expected-language-once = elke taal één keer
policy-found-same-language = “{ $tag }”, dezelfde taal als “{ $first }”
policy-expected-ack-key = de sleutel van een van de bevestigingen
policy-expected-note-id = de id van een van de opmerkingen
policy-expected-items = een lijst van { $count } (één voor elk punt van de eigen checklist van het beleid)
policy-expected-reasons = een lijst van { $count } (een reden, of null voor de eigen, voor elke blokkadeperiode van het beleid)
policy-expected-text-or-null = een niet-lege tekenreeks of null

## JSON-syntaxis

json-at = regel { $line }, kolom { $column }: { $problem }
json-eof-list = de tekst eindigt binnen een lijst: er ontbreekt een afsluitende `]`
json-eof-object = de tekst eindigt binnen een object: er ontbreekt een afsluitende `{"}"}`
json-eof-string = de tekst eindigt binnen aanhalingstekens: er ontbreekt een afsluitend `"`
json-eof-value = de tekst eindigt waar een waarde zou moeten staan
json-colon = na de sleutel hoort een dubbele punt `:`
json-comma-list = er ontbreekt een komma `,` of de afsluitende `]` van de lijst
json-comma-object = er ontbreekt een komma `,` of de afsluitende `{"}"}` van het object
json-ident = een woord op deze plek moet `true`, `false` of `null` zijn
json-value = hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, `true`, `false`, `null`, een lijst of een object
json-key = hier hoort een sleutel, tussen dubbele aanhalingstekens
json-trailing-comma = er staat een komma vóór een sluithaakje: verwijder die komma
json-trailing = er staat nog tekst na het einde van de JSON
json-escape = een backslash tussen aanhalingstekens begint een onbekende escapereeks (schrijf `\\` voor een backslash)
json-number = een getal is niet geschreven zoals JSON getallen schrijft
json-number-range = een getal is te groot
json-depth = lijsten en objecten zijn meer dan 128 niveaus diep genest
json-control = een regeleinde of tab tussen aanhalingstekens moet als `\n` of `\t` worden geschreven

### TICKET (taal van het supportteam)

ticket-subject = Databaserefresh: { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (van een bepaald tijdstip)
ticket-title = Aanvraag voor een databaserefresh — { $vendor }
ticket-yes = Ja
ticket-no = Nee
ticket-question = { $question }:
ticket-direction = Richting van de refresh
ticket-refresh-type = Type refresh
ticket-type-pit = Van een bepaald tijdstip: productiegegevens van { $restore }
ticket-type-standard = Standaard: de meest recente productiegegevens
ticket-preserve-users = Gebruikersgegevens (beveiligingslijst) van de doelomgeving behouden
ticket-source-version = Versie van de bronomgeving
ticket-target-version = Versie van de doelomgeving
ticket-next-upgrade = Volgende geplande upgrade
ticket-region-none = Geen geselecteerd
ticket-region = Geldende feestdagen
ticket-schedule-one = Gewenst tijdstip (UTC; de onderbreking duurt { $duration })
ticket-schedule-many = Voorgestelde tijdvakken (elk { $duration }, UTC)
ticket-window = Tijdvak { $window }: { $span }
ticket-checklist = Checklist
ticket-noted = Genoteerd
ticket-footer = Gecontroleerd aan de hand van beleid { $policy }, versie { $version }, door het aanvraagformulier voor refreshes op { $checked }.
ticket-carried-intro = De regels hieronder bevatten de gecontroleerde aanvraag voor het supportteam van de leverancier: laat ze ongewijzigd.
handoff-too-long = Plak hier het ticket uit het aanvraagformulier voor refreshes: het was te lang voor deze link.
ics-summary-many = { $subject } (tijdvak { $window } van { $windows })
ics-which-one = Het voorgestelde tijdvak
ics-which-many = Voorgesteld tijdvak { $window } van { $windows }
ics-description = Databaserefresh: { $source } → { $target }.
    Leverancier: { $vendor }.
    { $which }, duur { $duration } (UTC). Voorlopig: de leverancier heeft het nog niet bevestigd.
    Gecontroleerd aan de hand van beleid { $policy }, versie { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = Te vroeg
calendar-label-too-late = Te laat
calendar-label-holiday = Feestdag
calendar-label-unchecked = Feestdagen niet gecontroleerd
calendar-label-blackout = Blokkadeperiode
calendar-label-approval-only = Alleen buiten de servicetijden
calendar-label-after-max = Na { $year }

holiday-observed = { $name } (verschoven)
holiday-estimated = { $name } (verwachte datum)
holiday-observed-estimated = { $name } (verschoven, verwachte datum)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = ANZAC-dag
holiday-name-ascension-day = Hemelvaartsdag
holiday-name-australia-day = Nationale feestdag van Australië
holiday-name-autumnal-equinox-day = Najaarsequinox
holiday-name-boxing-day = Tweede Kerstdag
holiday-name-buddha-purnima = Boeddha Purnima
holiday-name-childrens-day = Kinderdag
holiday-name-chinese-new-year = Chinees Nieuwjaar
holiday-name-christmas = Kerstmis
holiday-name-christmas-day = Eerste Kerstdag
holiday-name-columbus-day = Columbusdag
holiday-name-coming-of-age-day = Dag van de meerderjarigheid
holiday-name-constitution-day = Dag van de Grondwet
holiday-name-coronation-of-charles-iii = Kroning van Charles III
holiday-name-culture-day = Dag van de Cultuur
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Ontslapen van de Moeder Gods
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Tweede Paasdag
holiday-name-easter-sunday = Eerste Paasdag
holiday-name-emperors-birthday = Verjaardag van de keizer
holiday-name-epiphany = Driekoningen
holiday-name-foundation-day = Dag van de Nationale Stichting
holiday-name-german-unity-day = Dag van de Duitse Eenheid
holiday-name-glorifying-mother-of-god = Synaxis van de Moeder Gods
holiday-name-good-friday = Goede Vrijdag
holiday-name-great-prayer-day = Grote Gebedsdag
holiday-name-green-monday = Schone Maandag
holiday-name-greenery-day = Dag van het Groen
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (Offerfeest)
holiday-name-hari-raya-puasa = Hari Raya Puasa (Suikerfeest)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Id-ul-Fitr (Suikerfeest)
holiday-name-id-ul-zuha-bakrid = Id-ul-Zuha (Offerfeest)
holiday-name-independence-day = Onafhankelijkheidsdag
holiday-name-janmashtami-vaishnava = Janmashtami (vishnuïtisch)
holiday-name-juneteenth-national-independence-day = Juneteenth (Dag van de slavenbevrijding)
holiday-name-kings-day = Koningsdag
holiday-name-labor-day = Dag van de Arbeid
holiday-name-labor-day--us = Labor Day (Dag van de Arbeid in de VS)
holiday-name-labor-thanksgiving-day = Dag van dankbaarheid voor de arbeid
holiday-name-labour-day = Dag van de Arbeid
holiday-name-late-summer-bank-holiday = Bankfeestdag in de nazomer
holiday-name-liberation-day = Bevrijdingsdag
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Dag van de Zee
holiday-name-martin-luther-king-jr-day = Martin Luther Kingdag
holiday-name-maundy-thursday = Witte Donderdag
holiday-name-may-day = Bankfeestdag in mei
holiday-name-memorial-day = Herdenkingsdag
holiday-name-milad-un-nabi = Geboortedag van de Profeet (Milad-un-Nabi)
holiday-name-mountain-day = Dag van de Bergen
holiday-name-muharram = Muharram
holiday-name-national-day = Nationale Dag
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = Nationale rouwdag voor koningin Elizabeth II
holiday-name-national-holiday = Nationale feestdag
holiday-name-new-years-day = Nieuwjaarsdag
holiday-name-ohi-day = Ochi-dag
holiday-name-pentecost = Eerste Pinksterdag
holiday-name-pentecost-monday = Tweede Pinksterdag
holiday-name-platinum-jubilee-of-elizabeth-ii = Platina jubileum van Elizabeth II
holiday-name-polling-day = Verkiezingsdag
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Dag van de Republiek
holiday-name-respect-for-the-aged-day = Dag van respect voor ouderen
holiday-name-second-day-of-christmas = Tweede Kerstdag
holiday-name-showa-day = Showadag
holiday-name-sports-day = Dag van de Sport
holiday-name-spring-bank-holiday = Bankfeestdag in het voorjaar
holiday-name-state-funeral-of-queen-elizabeth-ii = Staatsbegrafenis van koningin Elizabeth II
holiday-name-substitute-holiday = Vervangende feestdag
holiday-name-thanksgiving-day = Dankzeggingsdag
holiday-name-vernal-equinox-day = Voorjaarsequinox
holiday-name-vesak-day = Vesak
holiday-name-veterans-day = Veteranendag
holiday-name-washingtons-birthday = Washingtons verjaardag
