### Die Texte des Kerns auf Deutsch (Anrede: Sie). Begriffe: glossary.md.
### Variablen wie in en/core.ftl; Datum und Uhrzeit formatiert der Aufrufer.

## Schweregrade

severity-error = Muss behoben werden
severity-approval = Braucht die Genehmigung des Anbieters
severity-warning = Bitte prüfen
severity-info = Gut zu wissen

## Pflichtfelder, unlesbare und zu lange Werte

field-required--env = Bitte geben Sie „{ $label }“ an{ $example ->
    [none] {""}
   *[other] , z. B. { $example }
  }.
field-required--kind = Wählen Sie, welche Art von Umgebung die { $side ->
    [source] Quellumgebung
   *[target] Zielumgebung
  } ist: { $kinds }.
field-required--window = Geben Sie Datum und Uhrzeit (UTC) an, zu denen der Refresh beginnen soll.
field-required--windows = Schlagen Sie { $count } Zeitfenster vor: Geben Sie für jedes Datum und Uhrzeit (UTC) an.
field-required--window-n = Geben Sie den Beginn des { $window ->
    [1] ersten
    [2] zweiten
    [3] dritten
    [4] vierten
   *[other] nächsten
  } Zeitfensters an (UTC).
field-required--restore-point = Geben Sie den Wiederherstellungszeitpunkt an: den Zeitpunkt (UTC), dessen Produktionsdaten kopiert werden sollen.
field-required--version = Geben Sie die Version der { $side ->
    [source] Quellumgebung
   *[target] Zielumgebung
  } mit Build oder Patch an{ $example ->
    [none] {""}
   *[other] , z. B. { $example }
  }.

field-invalid--text = „{ $label }“ muss Text sein, gefunden: { $found }.
field-invalid--text-named = { $label }: Text erwartet, gefunden: { $found }.
field-invalid--yes-no = { $label }: Bitte mit Ja oder Nein antworten, gefunden: { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: Datum und Uhrzeit in UTC erwartet, etwa 2024-10-09T02:00Z, gefunden: { $found }.
field-invalid--kind = Die Art der { $side ->
    [source] Quellumgebung
   *[target] Zielumgebung
  } muss eine von { $kinds } sein, gefunden: „{ $value }“.
field-invalid--refresh-type = Die Art des Refreshs muss „standard“ oder „point_in_time“ sein, gefunden: „{ $value }“.
field-invalid--refresh-type-kind = Die Art des Refreshs muss „standard“ oder „point_in_time“ sein, gefunden: { $found }.
field-invalid--region = Die Feiertagsregion muss eine von { $regions } oder keine sein, gefunden: „{ $value }“.
field-invalid--region-kind = Die Feiertagsregion muss ein Code wie GB sein, gefunden: { $found }.
field-invalid--windows = Der Beginn des Zeitfensters muss { $expected ->
    [list] eine Liste von Startzeiten in UTC sein, etwa ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] Datum und Uhrzeit in UTC sein, etwa 2024-10-09T02:00Z
  }, gefunden: { $found }.
field-too_long = { $label }: Dieser Text ist { $length } Zeichen lang, ein einzeiliges Feld fasst höchstens { $max }. Ihr Text bleibt erhalten: Kürzen Sie ihn auf das, was der Anbieter braucht.

field-kind-object = ein Objekt
field-kind-list = eine Liste
field-kind-number = eine Zahl
field-kind-bool = true oder false
field-kind-null = null
field-kind-text = Text

## Zeitpunkte

instant-empty = Geben Sie Datum und Uhrzeit in UTC an, etwa 2024-10-09 02:00
instant-shape = Datum und Uhrzeit in UTC erwartet, etwa 2024-10-09 02:00 (oder 2024-10-09T02:00Z), gefunden: „{ $found }“
instant-date = „{ $found }“ ist kein gültiges Kalenderdatum: Prüfen Sie Tag und Monat
instant-time = „{ $found }“ ist keine gültige Uhrzeit: Stunden reichen von 00 bis 23, Minuten von 00 bis 59
instant-seconds = „{ $found }“ ist keine gültige Uhrzeit: Sekunden reichen von 00 bis 59 (oder lassen Sie sie weg: Das Formular speichert nur Minuten)
instant-year = Das Jahr { $year } liegt außerhalb des Bereichs: Verwenden Sie ein Jahr von { $min } bis { $max }

## Umgebungen

url-invalid = „{ $label }“ muss eine vollständige Adresse sein, die mit https:// beginnt, etwa { $example }; gefunden: „{ $value }“.
env-same--host = Quell- und Zielumgebung sind dieselbe { $kind }-Umgebung auf { $host }: Ein Refresh kopiert eine Umgebung über eine andere, wählen Sie also zwei verschiedene.
env-same = Quell- und Zielumgebung sind beide „{ $value }“: Ein Refresh kopiert eine Umgebung über eine andere, sie müssen sich also unterscheiden.
direction-to_prod = Ein Refresh von { $source } nach { $target } überschreibt die Produktion: Er ist nur mit der Genehmigung des Service-Managements des Anbieters möglich, die das Ticket anfordert.
direction-nonstandard = { $source }→{ $target } gehört nicht zu den üblichen Refreshs des Anbieters ({ $usual }): Prüfen Sie, ob Quell- und Zielumgebung richtig herum angegeben sind.

## Zeitfenster

notice-business_days = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) ist zu früh: Der Anbieter braucht { $amount ->
    [one] { $amount } Arbeitstag
   *[other] { $amount } Arbeitstage
  } Vorlaufzeit ab { $from }, der früheste Beginn ist also { $earliest }.
notice-hours = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) ist zu früh: Der Anbieter braucht { $amount ->
    [one] { $amount } Stunde
   *[other] { $amount } Stunden
  } Vorlaufzeit ab { $from }, der früheste Beginn ist also { $earliest }.
pit-notice = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) ist zu früh für einen Refresh zu einem Zeitpunkt, der { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } Vorlaufzeit braucht: Der früheste Beginn ist { $earliest }.
pit-max_age = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) liegt mehr als { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
  } nach dem Wiederherstellungszeitpunkt, der späteste Beginn ist also { $latest }. Wählen Sie ein früheres Zeitfenster oder einen späteren Wiederherstellungszeitpunkt.
pit-future = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) beginnt vor dem Wiederherstellungszeitpunkt ({ $restore }): Daten aus der Zukunft lassen sich nicht wiederherstellen. Wählen Sie einen Wiederherstellungszeitpunkt vor Beginn des Zeitfensters.
window-weekend = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) fällt auf einen { $weekday }: Am Wochenende führt der Anbieter keine Refreshs durch. Wählen Sie eine Zeit von Montag bis Freitag.
window-holiday = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) fällt auf { $holiday } ({ $day }), einen Feiertag { $region }. Wählen Sie einen anderen Arbeitstag.
holiday-coverage = Die Feiertagsdaten reichen nicht bis { $year }: Feiertage { $region } werden für dieses Jahr nicht geprüft. Prüfen Sie das Datum bitte selbst.
window-blackout = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) fällt in eine Sperrzeit, „{ $reason }“ ({ $from } bis { $to }): In dieser Zeit führt der Anbieter keinen Refresh durch. Wählen Sie ein Zeitfenster, das bis { $from } endet oder ab { $to } beginnt.
window-hours = { $window ->
    [0] Das Zeitfenster
   *[other] Zeitfenster { $window }
  } ({ $span }) liegt außerhalb der regulären Servicezeiten der { $season ->
    [summer] Sommerzeit
   *[winter] Winterzeit
  } ({ $from }–{ $to } UTC, an einem Tag): Der Anbieter muss es intern genehmigen. Um das zu vermeiden, beginnen Sie frühestens um { $from } UTC und enden Sie spätestens um { $to } UTC.
window-count = Schlagen Sie genau { $count ->
    [one] { $count } Zeitfenster
   *[other] { $count } Zeitfenster
  } von je { $duration } vor; angegeben { $given ->
    [one] wurde { $given }
   *[other] wurden { $given }
  }.
window-overlap--same = Die Zeitfenster { $first } und { $second } sind gleich ({ $span }): Schlagen Sie zwei verschiedene Zeiten vor, damit der Anbieter eine Ausweichmöglichkeit hat.
window-overlap = Die Zeitfenster { $first } und { $second } überschneiden sich: Jedes dauert { $duration }, das spätere sollte also frühestens um { $after } beginnen.
pit-infeasible = Kein Zeitfenster ist möglich: Ein Refresh zu einem Zeitpunkt braucht { $notice ->
    [one] { $notice } Tag
   *[other] { $notice } Tage
  } Vorlaufzeit, Daten vom { $restore } lassen sich aber nur bis { $until } wiederherstellen ({ $age ->
    [one] { $age } Tag später
   *[other] { $age } Tage später
  }). Die späteste Anfrage, die noch möglich gewesen wäre, war am { $latest_submission }. Wählen Sie einen Wiederherstellungszeitpunkt ab { $earliest_restore } oder fordern Sie einen Standard-Refresh an.

duration-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
  }
duration-minutes = { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
  }

## Versionen

version-missing = Geben Sie die Schemaversion der { $side ->
    [source] Quellumgebung
   *[target] Zielumgebung
  } an{ $example ->
    [none] {""}
   *[other] , z. B. { $example }
  }: Sie wird gebraucht, wenn die Benutzer der Zielumgebung erhalten bleiben.
version-unreadable = „{ $value }“ ist keine Version, die der Anbieter vergleichen kann: Geben Sie sie mit Build oder Patch an{ $example ->
    [none] {""}
   *[other] , z. B. { $example }
  }.
version-mismatch--approval = Die Schemaversionen unterscheiden sich ({ $source } und { $target }): Da die Benutzer der Zielumgebung erhalten bleiben, sorgt der Anbieter zuerst für ein Schema-Upgrade beider Umgebungen auf die neueste Version.
version-mismatch--release = Die Versionen unterscheiden sich ({ $source } und { $target }): Ein Refresh ist nur zwischen gleicher Version und gleichem Patch möglich, und der Anbieter kann keine Ausnahme und kein Downgrade machen. Fordern Sie den Refresh vor einem Upgrade an, solange beide auf derselben Version sind.
version-mismatch = Die Versionen unterscheiden sich ({ $source } und { $target }): Beide Umgebungen sollten auf derselben Version sein.
upgrade-conflict = Das nächste geplante Upgrade ({ $upgrade }) liegt vor dem Ende des Refreshs ({ $end }): Danach passen die Versionen womöglich nicht mehr zusammen. Wählen Sie ein Zeitfenster, das vor dem Upgrade endet, oder prüfen Sie den Upgrade-Plan.

## Checkliste

ack = Bestätigen Sie den Punkt der Checkliste: „{ $item }“.

## Kalender

calendar-too-soon = Zu früh: nicht genug Vorlaufzeit
calendar-too-late = Zu spät: Wiederherstellungszeitpunkt älter als erlaubt
calendar-before-restore = Vor dem Wiederherstellungszeitpunkt
calendar-weekend = Wochenende
calendar-holiday = Feiertag: { $name }
calendar-unchecked = Feiertage nicht geprüft: keine Daten für { $year }
calendar-blackout = Sperrzeit: { $reason }
calendar-outside-hours = Außerhalb der Servicezeiten
calendar-after-max = Nach { $year }: kein Datum, das das Formular annimmt
calendar-from = Ab { $time } UTC
calendar-approval-only = Nur außerhalb der Servicezeiten: braucht die Genehmigung des Anbieters

## Feiertagsregionen

region-GB = Vereinigtes Königreich (England und Wales)
region-US = Vereinigte Staaten (bundesweit)
region-SG = Singapur
region-NO = Norwegen
region-GR = Griechenland
region-DK = Dänemark
region-DE = Deutschland (bundesweit)
region-NL = Niederlande
region-IN = Indien
region-AU = Australien (landesweit)
region-JP = Japan

# Die Region mit Präposition ($region in window-holiday und holiday-coverage).
region-in-GB = im Vereinigten Königreich (England und Wales)
region-in-US = in den Vereinigten Staaten (bundesweit)
region-in-SG = in Singapur
region-in-NO = in Norwegen
region-in-GR = in Griechenland
region-in-DK = in Dänemark
region-in-DE = in Deutschland (bundesweit)
region-in-NL = in den Niederlanden
region-in-IN = in Indien
region-in-AU = in Australien (landesweit)
region-in-JP = in Japan

## Feldnamen

key-policy = Richtlinie
key-submitted_at = Zeitpunkt der Anfrage
key-source = Quellumgebung
key-target = Zielumgebung
key-source-url = URL der Quellumgebung
key-target-url = URL der Zielumgebung
key-source_kind = Art der Quellumgebung
key-target_kind = Art der Zielumgebung
key-window = Beginn des Zeitfensters
key-windows = Zeitfenster
key-refresh_type = Art des Refreshs
key-restore_point = Wiederherstellungszeitpunkt
key-preserve_users = Benutzer der Zielumgebung erhalten
key-source_version = Version der Quellumgebung
key-target_version = Version der Zielumgebung
key-holiday_region = Feiertagsregion
key-next_upgrade = Nächstes geplantes Upgrade
field-window = Zeitfenster { $window }
weekday = { $day ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
  }

## JS-API und Dienst

api-value-kind = Der Wert von „{ $key }“ ist { $found }, das kann eine Anfrage nicht enthalten: Geben Sie Text, true / false oder eine Liste von Texten an.
api-request-missing = Es wird eine Anfrage gebraucht: Übergeben Sie ein Objekt wie {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = Die Anfrage ist kein gültiges JSON (bei { $at }): Übergeben Sie ein Objekt wie {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = Die Anfrage muss ein Objekt sein, etwa {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Nennen Sie die Anbieterrichtlinie, gegen die geprüft werden soll: eine von { $policies }.
api-policy-unknown = Unbekannte Richtlinie { $policy }: Verwenden Sie eine von { $policies }.
api-not-ready = Die Anfrage ist noch nicht bereit: Beheben Sie zuerst { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
  }.
api-ticket-format = Unbekanntes Ticketformat „{ $found }“: Verwenden Sie text, markdown oder json.
api-time-received = Die übergebene Zeit: { $problem }.

## Die Prüfung beim Support-Team (`refresh-request check`, die Antwort des Dienstes, die Desk-Seite)

desk-summary-ready = Bereit: Beim Eingang am { $received } erfüllt die Anfrage jede Regel von { $policy } (Version { $version }).
desk-summary-edited = Nicht bereit: Beim Eingang am { $received } erfüllt die Anfrage jede Regel von { $policy } (Version { $version }), aber { $edited ->
    [one] { $edited } Zeile des Tickets wurde
   *[other] { $edited } Zeilen des Tickets wurden
  } nach dem Erstellen bearbeitet: Verlassen Sie sich auf die Anfrage, nicht auf den Text.
desk-summary-errors = Nicht bereit: Beim Eingang am { $received } hat die Anfrage gemessen an { $policy } (Version { $version }) { $errors } Fehler.
desk-summary-errors-edited = Nicht bereit: Beim Eingang am { $received } hat die Anfrage gemessen an { $policy } (Version { $version }) { $errors } Fehler, und { $edited ->
    [one] { $edited } Zeile des Tickets wurde
   *[other] { $edited } Zeilen des Tickets wurden
  } nach dem Erstellen bearbeitet: Verlassen Sie sich auf die Anfrage, nicht auf den Text.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } Punkt braucht
   *[other] { $count } Punkte brauchen
  } die Genehmigung des Anbieters.
desk-summary-checked = {" "}Laut Ticket wurde es am { $checked } geprüft.
desk-summary-submitted = {" "}Laut Anfrage wurde sie am { $submitted } eingereicht.
desk-summary-unsubmitted = {" "}Die Anfrage nennt nicht, wann sie eingereicht wurde.
desk-summary-new = {" "}Seit der Prüfung durch den Kunden { $count ->
    [one] ist { $count } Prüfergebnis
   *[other] sind { $count } Prüfergebnisse
  } hinzugekommen.
desk-text-ready = BEREIT — { $name } (Richtlinie { $policy }, Version { $version })
desk-text-not-ready = NICHT BEREIT — { $name } (Richtlinie { $policy }, Version { $version })
desk-text-submitted = Eingereicht: { $at }
desk-text-unsubmitted = Eingereicht: nicht angegeben
desk-text-received = Eingegangen: { $at }
desk-text-changes = Seit der Prüfung durch den Kunden:
desk-text-new = neu: { $finding }
desk-text-gone = entfallen: { $finding }
desk-text-on = { $rule } bei { $field }
ticket-edited = Zeile { $line } wurde bearbeitet: Sie lautet „{ $received }“, die geprüfte Anfrage sagt aber „{ $written }“.
ticket-edited--missing = Zeile { $line } („{ $written }“) fehlt.
ticket-edited--added = Nach Zeile { $line } wurde eine Zeile hinzugefügt: „{ $received }“.
ticket-edited--differs = Zeile { $line } weicht ab.
ticket-policy_changed = Das Ticket wurde gegen die Richtlinie { $policy }, Version { $version }, geprüft; diese Prüfung verwendet { $desk_policy }, Version { $desk_version }, daher wurden seine Zeilen nicht verglichen.
ticket-unverified = Die Anfrage des Tickets erfüllt die Regeln nicht zu dem Zeitpunkt, zu dem sie laut Ticket geprüft wurde; das Formular hat dieses Ticket also nicht so geschrieben: Seine Zeilen wurden nicht verglichen.
desk-no-request = Keine Anfrage gefunden: Der Text enthält keine refresh-request-Daten ({ $marker }) und ist kein JSON-Objekt einer Anfrage.
desk-no-data = Keine Anfrage gefunden: Dieses Ticket enthält keine refresh-request-Daten; bitten Sie den Kunden, das Ticket mit dem Formular neu zu erstellen.
desk-unknown-policy = Unbekannte Richtlinie „{ $policy }“: Geben Sie ihre Datei mit --policy PFAD an.
desk-damaged--version = Die Anfragedaten des Tickets haben Version { $found }; diese Prüfung liest Version { $known }: Aktualisieren Sie den Befehl refresh-request.
desk-damaged--cut = Die Anfragedaten des Tickets sind abgeschnitten: Ihre letzte Zeile ({ $marker } …) fehlt.
desk-damaged--lines = Die Anfragedaten des Tickets sind beschädigt: Zeilen wurden geändert oder fehlen.
desk-damaged--checksum = Die Anfragedaten des Tickets sind beschädigt: Sie passen nicht zu ihrer Prüfsumme, also wurden Zeilen geändert oder gingen verloren.
desk-damaged--content = Die Anfragedaten des Tickets sind beschädigt: { $what ->
    [format] Sie nennen kein Ticketformat
    [version] Sie nennen keine Richtlinienversion
    [request] Sie enthalten keine Anfrage, die ihre Richtlinie nennt
   *[json] Sie sind nicht das JSON, das dieses Format schreibt
  }.

## Die eigenen Antworten des Befehls und des Dienstes

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: keine Richtliniendatei und keine eingebaute Richtlinie „{ $found }“: Verwenden Sie eine von { $policies } oder den Pfad einer Richtliniendatei
serve-policy-unknown = Unbekannte Richtlinie „{ $policy }“: Dieser Dienst kennt { $policies } (legen Sie eine Richtliniendatei in sein --policy-dir).
serve-check-slow = Die Prüfung dauerte über { $seconds } s und wurde abgebrochen: Dieser Body ist kein Ticket, das das Formular geschrieben hat.
serve-check-failed = Die Prüfung ist im Dienst fehlgeschlagen: Bitte melden Sie dieses Ticket.
serve-media-type = Content-Type { $media } wird nicht gelesen: Senden Sie das Ticket als text/plain oder JSON {"{"}"body": "…"{"}"} als application/json.
serve-json-shape = Der JSON-Body muss ein Objekt mit "body" (dem Text des Tickets) und optional "received_at", "policy" und "lang" (Zeichenketten) sein: { $detail }.
serve-json-invalid = Der Body ist kein gültiges JSON: { $detail }.
serve-lang-unknown = lang: Der Dienst spricht „{ $found }“ nicht: Verwenden Sie eine von { $langs }.
serve-not-found = Diesen Pfad gibt es nicht: Der Dienst beantwortet POST /v1/check, GET /v1/policies und GET /healthz.
serve-method = Dieser Pfad nimmt diese Methode nicht an: Der Allow-Header nennt die erlaubten (POST für /v1/check, GET für /v1/policies und /healthz).
serve-too-large = Der Body ist größer als { $kb } KB: Senden Sie nur den Body des Tickets.
serve-too-slow = Die Anfrage ist nicht rechtzeitig angekommen: Senden Sie sie vollständig und ohne Pausen.
serve-token-missing = Dieser Dienst braucht den Header Authorization: Bearer <token>.
serve-token-wrong = Das Bearer-Token ist falsch.

## Richtlinien laden

policy-unusable = Die Richtlinie „{ $policy }“ kann nicht verwendet werden: { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
  }
policy-expected-language-tag = ein Sprachkürzel, eines von { $tags }
policy-expected-message-id = die ID einer eingebauten Meldung
policy-found-did-you-mean = { $found } (meinten Sie „{ $near }“?)
policy-expected-fluent = eine Meldung in Fluent-Syntax
policy-expected-fluent-hint = eine Meldung in Fluent-Syntax (eine Variable als {"{"} $name {"}"}, eine geschweifte Klammer als {"{"}"{"{"}"{"}"})
policy-expected-variables = nur die Variablen der eingebauten Meldung: { $variables }
policy-expected-no-variables = keine Variablen (die eingebaute Meldung hat keine)
policy-expected-holiday-id = die ID eines Feiertags der Feiertagsdaten wie "holiday-name-christmas-day"
policy-problem = { $path }: erwartet { $expected }, gefunden { $found }
policy-problem-more = … und { $more } weitere
policy-unnamed = (Richtlinie ohne Namen)
policy-unknown-key--near = unbekannter Schlüssel; meinten Sie `{ $near }`?
policy-unknown-key = unbekannter Schlüssel
policy-unknown-keys-more = … und { $more ->
    [one] { $more } weiterer unbekannter Schlüssel
   *[other] { $more } weitere unbekannte Schlüssel
  }
policy-expected-list-of = eine Liste von { $item }
policy-expected-object = ein Objekt
policy-expected-json-object = ein JSON-Objekt
policy-expected-max-chars = höchstens { $max } Zeichen
policy-expected-nonempty = eine nicht leere Zeichenkette
policy-expected-bool = true oder false
policy-expected-whole = eine ganze Zahl von { $min } bis { $max }
policy-expected-max-entries = höchstens { $max } Einträge (keine echte Richtlinie braucht mehr)
policy-expected-time-of-day = eine Uhrzeit in UTC wie "01:00"
policy-expected-id = Kleinbuchstaben, Ziffern und Bindestriche
policy-expected-naming = "name" oder "url"
policy-expected-after-start = eine Zeit nach dem Beginn
policy-expected-notice = genau eines von "business_days" oder "hours"
policy-expected-preserve = "never", "when_preserving_users" oder "always"
policy-expected-preserve-needs = "when_preserving_users" nur mit "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" oder "release_patch"
policy-expected-severity = "error", "approval" oder "warning"
policy-expected-kinds-listed = Arten, die in environments.kinds stehen
policy-expected-kind-listed = eine Art, die in environments.kinds steht
policy-expected-kinds-for-directions = eine Liste von Arten (directions braucht sie)
policy-expected-kind-pair = ein Paar von Arten wie ["PROD", "TEST"]
policy-expected-question-key = der Schlüssel einer der Fragen
policy-expected-ack-rule = eine Regel-ID, die mit "ack." beginnt
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = eine E-Mail-Adresse wie "support@example.com"
policy-expected-https = eine https://-Adresse
policy-expected-fixed-host = eine Adresse mit festem Host ({"{"}subject{"}"} und {"{"}body{"}"} nur in Pfad, Query oder Fragment)
policy-expected-placeholder = eine Adresse mit einem Platzhalter {"{"}subject{"}"} oder {"{"}body{"}"}
policy-expected-instant = ein UTC-Zeitpunkt wie "2024-12-24T00:00:00Z"
policy-expected-after-from = ein Zeitpunkt nach "from"
policy-expected-unique-keys = eindeutige Schlüssel, die keine eingebauten Anfrageschlüssel sind
policy-expected-size = eine Richtliniendatei von höchstens { $max } Bytes ({ $kb } KB)
policy-found-invalid-json = ungültiges JSON bei { $at }
policy-expected-key-once = jeder Schlüssel nur einmal in seinem Objekt
policy-found-key-again = "{ $key }" erneut angegeben (nur sein letzter Wert würde zählen)
policy-expected-other-language = eine andere Sprache als die der Richtlinie („{ $own }“)
policy-expected-language-once = jede Sprache nur einmal
policy-found-same-language = „{ $tag }“, dieselbe Sprache wie „{ $first }“
policy-expected-ack-key = der Schlüssel einer der Bestätigungen
policy-expected-note-id = die ID eines der Hinweise
policy-expected-items = eine Liste mit { $count } Einträgen (einer für jeden Punkt der Checkliste der Richtlinie)
policy-expected-reasons = eine Liste mit { $count } Einträgen (ein Grund, oder null für den eigenen, für jede Sperrzeit der Richtlinie)
policy-expected-text-or-null = eine nicht leere Zeichenkette oder null

## JSON-Syntax

json-at = Zeile { $line }, Spalte { $column }: { $problem }
json-eof-list = der Text endet in einer Liste: Es fehlt eine schließende `]`
json-eof-object = der Text endet in einem Objekt: Es fehlt eine schließende `{"}"}`
json-eof-string = der Text endet in Anführungszeichen: Es fehlt ein schließendes `"`
json-eof-value = der Text endet, wo ein Wert stehen sollte
json-colon = nach dem Schlüssel sollte ein Doppelpunkt `:` folgen
json-comma-list = es fehlt ein Komma `,` oder die schließende `]` der Liste
json-comma-object = es fehlt ein Komma `,` oder die schließende `{"}"}` des Objekts
json-ident = ein Wort an dieser Stelle muss `true`, `false` oder `null` sein
json-value = hier sollte ein Wert stehen: Text in doppelten Anführungszeichen, eine Zahl, `true`, `false`, `null`, eine Liste oder ein Objekt
json-key = hier sollte ein Schlüssel in doppelten Anführungszeichen stehen
json-trailing-comma = vor einer schließenden Klammer steht ein Komma: Entfernen Sie es
json-trailing = nach dem Ende des JSON folgt noch Text
json-escape = ein Backslash in Anführungszeichen leitet eine unbekannte Escape-Sequenz ein (schreiben Sie `\\` für einen Backslash)
json-number = eine Zahl ist nicht so geschrieben, wie JSON Zahlen schreibt
json-number-range = eine Zahl ist zu groß
json-depth = Listen und Objekte sind tiefer als 128 Ebenen verschachtelt
json-control = ein Zeilenumbruch oder Tabulator in Anführungszeichen muss als `\n` oder `\t` geschrieben werden

### TICKET (Sprache des Support-Teams)

ticket-subject = Datenbank-Refresh: { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (zu einem Zeitpunkt)
ticket-title = Anfrage für einen Datenbank-Refresh — { $vendor }
ticket-yes = Ja
ticket-no = Nein
ticket-question = { $question }:
ticket-direction = Richtung des Refreshs
ticket-refresh-type = Art des Refreshs
ticket-type-pit = Zu einem Zeitpunkt: Produktionsdaten mit Stand { $restore }
ticket-type-standard = Standard: die aktuellen Produktionsdaten
ticket-preserve-users = Benutzerinformationen (Berechtigungsliste) der Zielumgebung erhalten
ticket-source-version = Version der Quellumgebung
ticket-target-version = Version der Zielumgebung
ticket-next-upgrade = Nächstes geplantes Upgrade
ticket-region-none = Keine ausgewählt
ticket-region = Berücksichtigte Feiertage
ticket-schedule-one = Gewünschter Termin (UTC; die Ausfallzeit beträgt { $duration })
ticket-schedule-many = Vorgeschlagene Zeitfenster (je { $duration }, UTC)
ticket-window = Zeitfenster { $window }: { $span }
ticket-checklist = Checkliste
ticket-noted = Zur Kenntnis
ticket-footer = Geprüft gegen die Richtlinie { $policy }, Version { $version }, vom Formular für Refresh-Anfragen am { $checked }.
ticket-carried-intro = Die folgenden Zeilen enthalten die geprüfte Anfrage für das Support-Team des Anbieters: Bitte lassen Sie sie unverändert.
handoff-too-long = Fügen Sie hier das Ticket aus dem Formular für Refresh-Anfragen ein: Es war zu lang für diesen Link.
ics-summary-many = { $subject } (Zeitfenster { $window } von { $windows })
ics-which-one = Das vorgeschlagene Zeitfenster
ics-which-many = Vorgeschlagenes Zeitfenster { $window } von { $windows }
ics-description = Datenbank-Refresh: { $source } → { $target }.
    Anbieter: { $vendor }.
    { $which }, Dauer { $duration } (UTC). Vorläufig: Der Anbieter hat es noch nicht bestätigt.
    Geprüft gegen die Richtlinie { $policy }, Version { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = Zu früh
calendar-label-too-late = Zu spät
calendar-label-holiday = Feiertag
calendar-label-unchecked = Feiertage nicht geprüft
calendar-label-blackout = Sperrzeit
calendar-label-approval-only = Nur außerhalb der Servicezeiten
calendar-label-after-max = Nach { $year }

holiday-observed = { $name } (nachgeholt)
holiday-estimated = { $name } (voraussichtlich)
holiday-observed-estimated = { $name } (nachgeholt, voraussichtlich)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = ANZAC Day
holiday-name-ascension-day = Christi Himmelfahrt
holiday-name-australia-day = Nationalfeiertag Australiens
holiday-name-autumnal-equinox-day = Tag der Herbst-Tagundnachtgleiche
holiday-name-boxing-day = Zweiter Weihnachtsfeiertag
holiday-name-buddha-purnima = Buddha Purnima
holiday-name-childrens-day = Kindertag
holiday-name-chinese-new-year = Chinesisches Neujahr
holiday-name-christmas = Weihnachten
holiday-name-christmas-day = Erster Weihnachtsfeiertag
holiday-name-columbus-day = Kolumbustag
holiday-name-coming-of-age-day = Tag der Volljährigkeit
holiday-name-constitution-day = Verfassungstag
holiday-name-coronation-of-charles-iii = Krönung von Charles III.
holiday-name-culture-day = Tag der Kultur
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Entschlafung der Gottesmutter
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Ostermontag
holiday-name-easter-sunday = Ostersonntag
holiday-name-emperors-birthday = Geburtstag des Kaisers
holiday-name-epiphany = Epiphanias
holiday-name-foundation-day = Tag der Reichsgründung
holiday-name-german-unity-day = Tag der Deutschen Einheit
holiday-name-glorifying-mother-of-god = Synaxis der Gottesmutter
holiday-name-good-friday = Karfreitag
holiday-name-great-prayer-day = Großer Gebetstag
holiday-name-green-monday = Reiner Montag
holiday-name-greenery-day = Tag des Grüns
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (Opferfest)
holiday-name-hari-raya-puasa = Hari Raya Puasa (Zuckerfest)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Id-ul-Fitr (Zuckerfest)
holiday-name-id-ul-zuha-bakrid = Id-ul-Zuha (Opferfest)
holiday-name-independence-day = Unabhängigkeitstag
holiday-name-janmashtami-vaishnava = Janmashtami (vishnuitisch)
holiday-name-juneteenth-national-independence-day = Juneteenth (Gedenktag der Sklavenbefreiung)
holiday-name-kings-day = Königstag
holiday-name-labor-day = Tag der Arbeit
holiday-name-labor-day--us = Labor Day (Tag der Arbeit in den USA)
holiday-name-labor-thanksgiving-day = Tag des Danks für die Arbeit
holiday-name-labour-day = Tag der Arbeit
holiday-name-late-summer-bank-holiday = Bankfeiertag im Spätsommer
holiday-name-liberation-day = Befreiungstag
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Tag des Meeres
holiday-name-martin-luther-king-jr-day = Martin-Luther-King-Tag
holiday-name-maundy-thursday = Gründonnerstag
holiday-name-may-day = Bankfeiertag im Mai
holiday-name-memorial-day = Gedenktag für die Gefallenen
holiday-name-milad-un-nabi = Geburtstag des Propheten (Milad-un-Nabi)
holiday-name-mountain-day = Tag der Berge
holiday-name-muharram = Muharram
holiday-name-national-day = Nationalfeiertag
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = Nationaler Trauertag für Königin Elizabeth II.
holiday-name-national-holiday = Nationaler Feiertag
holiday-name-new-years-day = Neujahr
holiday-name-ohi-day = Ochi-Tag
holiday-name-pentecost = Pfingstsonntag
holiday-name-pentecost-monday = Pfingstmontag
holiday-name-platinum-jubilee-of-elizabeth-ii = Platinjubiläum von Elizabeth II.
holiday-name-polling-day = Wahltag
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Tag der Republik
holiday-name-respect-for-the-aged-day = Tag der Achtung vor dem Alter
holiday-name-second-day-of-christmas = Zweiter Weihnachtsfeiertag
holiday-name-showa-day = Shōwa-Tag
holiday-name-sports-day = Tag des Sports
holiday-name-spring-bank-holiday = Bankfeiertag im Frühling
holiday-name-state-funeral-of-queen-elizabeth-ii = Staatsbegräbnis von Königin Elizabeth II.
holiday-name-substitute-holiday = Ersatzfeiertag
holiday-name-thanksgiving-day = Erntedankfest
holiday-name-vernal-equinox-day = Tag der Frühlings-Tagundnachtgleiche
holiday-name-vesak-day = Vesakfest
holiday-name-veterans-day = Veteranentag
holiday-name-washingtons-birthday = Washingtons Geburtstag
