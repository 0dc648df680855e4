### Die Texte der Seite auf Deutsch (Anrede: Sie). Begriffe: glossary.md.

## Seite

page-title = Datenbank-Refresh anfordern
page-lede = Füllen Sie das Formular aus: Es prüft Ihre Anfrage schon beim Tippen gegen die Regeln des Anbieters und schreibt dann das Ticket, das Sie { $paste_into ->
    [embedded] in das Anfrageformular
   *[page] in das Hilfe-Center des Anbieters
  } einfügen. Alle Zeiten sind in UTC.
page-no-policy = Es konnte keine Richtlinie eines Anbieters geladen werden, daher kann das Formular nicht angezeigt werden.
shell-missing-file = Das Formular konnte nicht starten, weil seine Datei { $file } nicht auf dem Server liegt (HTTP { $status }). Wenn Sie diese Website betreiben: Veröffentlichen Sie den ganzen Build-Ordner, mit allen Dateien nebeneinander.
shell-browser = Das Formular konnte in diesem Browser nicht starten ({ $why }). Es braucht JavaScript und WebAssembly: Laden Sie die Seite neu oder verwenden Sie einen aktuellen Browser.
shell-script-failed = ein Skript ist fehlgeschlagen
shell-download = Das Formular konnte nicht starten, weil eine seiner Dateien nicht heruntergeladen werden konnte: Prüfen Sie die Verbindung und laden Sie die Seite neu.
shell-noscript = Dieses Formular prüft Ihre Anfrage in Ihrem Browser und braucht JavaScript und WebAssembly: Aktivieren Sie JavaScript für diese Seite und laden Sie sie neu.
language-menu = Sprache

## Anbieter

vendor = Anbieter
vendor-fixed = Anbieter: { $vendor }

## Felder

utc-hint = UTC, z. B. 2024-10-09 02:00
for-example = Zum Beispiel { $example }
with-build-example = Mit Build oder Patch, zum Beispiel { $example }
yes = Ja
no = Nein
choose = Bitte wählen …
environments = Umgebungen
source = Quellumgebung
target = Zielumgebung
kind-of-source = Art der Quellumgebung
kind-of-target = Art der Zielumgebung{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Art des Refreshs
refresh-type-question = Welche Produktionsdaten möchten Sie?
refresh-type-standard = Standard
refresh-type-standard-hint = Die aktuellen Produktionsdaten.
refresh-type-pit = Zu einem Zeitpunkt
refresh-type-pit-hint = Produktionsdaten mit dem Stand eines Zeitpunkts, den Sie wählen (der Wiederherstellungszeitpunkt). Braucht { $notice ->
    [one] { $notice } Tag
   *[other] { $notice } Tage
  } Vorlaufzeit, und der Refresh muss innerhalb von { $age ->
    [one] { $age } Tag
   *[other] { $age } Tagen
  } nach dem Wiederherstellungszeitpunkt laufen.
restore-point = Wiederherstellungszeitpunkt
restore-point-hint = Der Zeitpunkt, dessen Produktionsdaten Sie möchten. { utc-hint }
holiday-region = Feiertage, die das Support-Team einhält
holiday-region-hint = Zeitfenster an diesen Feiertagen werden abgelehnt.
holiday-region-none = Keine (Feiertage werden nicht geprüft)
when = Wann
window-start-one = Beginn des Refreshs
window-start-n = Beginn von Zeitfenster { $window }
windows-legend-one = Wann soll der Refresh beginnen? Die Ausfallzeit beträgt { $duration }.
windows-legend-many = Schlagen Sie { $count } Zeitfenster von je { $duration } vor
preserve-users = Benutzerinformationen der Zielumgebung (ihre Berechtigungsliste) erhalten?
preserve-users-hint = Wenn nein, werden die Benutzer der Zielumgebung durch die der Quellumgebung ersetzt. Wenn ja, werden beide Schemaversionen gebraucht.
source-version = Version der Quellumgebung
target-version = Version der Zielumgebung
next-upgrade = Nächstes geplantes Upgrade (optional)
next-upgrade-hint = Datum in UTC, z. B. 2024-11-15, oder Datum und Uhrzeit
users-and-versions = Benutzer und Versionen
versions = Versionen
about-the-refresh = Zum Refresh
checklist = Checkliste
checklist-hint = Bestätigen Sie jeden Punkt: Der Anbieter braucht sie vor dem Refresh.
local-echo = = { $text } in { $zone }
local-zone = Ihrer Zeitzone

## Markierungen vor einer Meldung

tag-error = Fehler
tag-approval = Braucht Genehmigung
tag-warning = Prüfen
tag-info = Hinweis
tag-error-prefix = Fehler:{" "}

## Fehlerübersicht und Prüfungen

error-summary-title = Es gibt ein Problem
checks = Prüfungen
go-to-checks = Zu den Prüfungen
status-done = Erledigt
status-todo = Offen
status-fix = Zu beheben
status-approval = Braucht Genehmigung
status-check = Prüfen
status-other = Sonstiges
status-good-to-know = Gut zu wissen
earliest-start = Frühester Beginn: { $earliest }
earliest-latest-start = Frühester Beginn: { $earliest }; spätester Beginn: { $latest }
verdict-ready = Bereit: Sie können das Ticket erstellen.
verdict-ready-approval = Bereit: Sie können das Ticket erstellen. { $approvals ->
    [one] { $approvals } Punkt braucht
   *[other] { $approvals } Punkte brauchen
  } die Genehmigung des Anbieters.
verdict-not-ready = Noch nicht bereit: { $errors ->
    [one] { $errors } Angabe fehlt oder ist zu korrigieren.
   *[other] { $errors } Angaben fehlen oder sind zu korrigieren.
  }
planned-label = Planungsmodus:
planned-as-if = als ob am { $when } angefragt.

## Planungsmodus

planning-mode = Planungsmodus
planning-mode-landmark = Planungsmodus{ $form ->
    [0] {""}
   *[other] , Formular { $form }
  }
planning-on = Der Planungsmodus ist an.
planning-off = Der Planungsmodus ist aus: Geprüft wird gegen die aktuelle Zeit.
planning-as-if = Planungsmodus: Geprüft wird, als ob das Ticket am { $when } erstellt würde, nicht jetzt.
planning-enter = Planungsmodus: Geben Sie Datum und Uhrzeit an, gegen die geprüft werden soll; bis dahin gilt die aktuelle Zeit.
planning-turn-off = Planungsmodus ausschalten
planning-checked-now = Geprüft gegen die aktuelle Zeit: { $now } (jede Minute aktualisiert).
planning-what-if = Was, wenn ich es an einem anderen Datum anfrage?
planning-back = Zurück zur aktuellen Zeit
planning-field = Ticket erstellen am (Planungsmodus)
planning-field-hint = Die Regeln werden geprüft, als ob das Ticket zu diesem Zeitpunkt erstellt würde. { utc-hint }

## Kalender

calendar = Planungskalender
calendar-hint = Wählen Sie einen verfügbaren Tag, um das nächste leere Zeitfenster mit seinem frühesten Beginn zu füllen. Die Zeiten sind in UTC.
calendar-caption = Wann ein Zeitfenster beginnen kann, { $from } bis { $to } (Tage in UTC)
calendar-holidays = Feiertage ({ $region }) in diesen Wochen: { $holidays }
calendar-key-available = Ein Zeitfenster kann beginnen (ab der angezeigten Zeit, UTC)
calendar-key-approval = Nur außerhalb der Servicezeiten: braucht die Genehmigung des Anbieters
calendar-key-holiday = Feiertag
calendar-key-weekend = Wochenende: keine Refreshs
calendar-key-too-soon-pit = Nicht möglich: zu früh oder außerhalb der Grenzen des Wiederherstellungszeitpunkts
calendar-key-too-soon = Nicht möglich: zu früh
calendar-mark-approval = Genehmigung
calendar-mark-weekend = Wochenende
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , Zeitfenster { $windows } vorgeschlagen
   *[other] , Zeitfenster { $windows } vorgeschlagen
  }
calendar-day-available = verfügbar ab { $time } UTC
calendar-day-approval = nur außerhalb der Servicezeiten möglich, mit Genehmigung des Anbieters, ab { $time } UTC
calendar-day-holiday = nicht möglich: Feiertag, { $name }
calendar-day-weekend = nicht möglich: Wochenende
calendar-day-blackout = nicht möglich: Sperrzeit, { $reason }
calendar-day-other = nicht möglich: { $reason }
calendar-set = { $field } auf { $value } gesetzt.
calendar-all-filled = Alle Zeitfenster sind schon ausgefüllt: Leeren Sie eines (oder überschreiben Sie es), um diesen Tag zu verwenden.
suggest-one = Frühestes Zeitfenster vorschlagen
suggest-many = Früheste Zeitfenster vorschlagen
suggest-none = Es lässt sich kein Zeitfenster vorschlagen: Kein Beginn innerhalb des nächsten Jahres erfüllt alle Regeln. Beachten Sie die Meldungen oben.
suggest-filled = Ausgefüllt: { $windows }.
suggest-partial = Ausgefüllt: { $windows }. Nur { $found } von { $count } Zeitfenstern wurden gefunden.

## Aktionen

create-ticket = Ticket erstellen
copy-share-link = Freigabelink kopieren
clear-form = Formular leeren
share-link = Freigabelink
form-already-empty = Das Formular ist bereits leer.
form-cleared = Das Formular wurde geleert.
share-too-long = Es wurde nichts kopiert: Dieser Link wäre { $length } Zeichen lang, und Links mit mehr als { $max } Zeichen gehen in E-Mails und Hilfe-Centern oft kaputt. „{ $label }“ macht ihn so lang: Kürzen Sie den Text, oder erstellen Sie das Ticket und kopieren Sie stattdessen dieses.
link-copied = Link kopiert. Wer ihn öffnet, erhält das Formular so ausgefüllt, wie es jetzt ist.
link-copy-failed = Automatisches Kopieren war nicht möglich: Der Link ist unten markiert, drücken Sie Strg+C (oder ⌘C), um ihn zu kopieren.

## Mitteilungen

notices = Mitteilungen zu dieser Seite
notice-restored = Wir haben wiederhergestellt, was Sie zuvor auf diesem Gerät eingegeben haben.
notice-draft-unreadable = Ihr gespeicherter Entwurf konnte nicht gelesen werden; er wurde daher ignoriert und das Formular beginnt leer.
notice-from-link = Das Formular wurde aus dem geöffneten Link ausgefüllt. Prüfen Sie jeden Wert, bevor Sie das Ticket erstellen.
notice-unknown-policy = Der Link verlangte eine Anbieterrichtlinie, die diese Seite nicht kennt („{ $id }“), daher wird die erste angezeigt: Wählen Sie unten den richtigen Anbieter.
notice-windows-dropped = Der Link schlug mehr Zeitfenster vor, als dieser Anbieter annimmt: { $dropped ->
    [one] { $dropped } davon wurde weggelassen.
   *[other] { $dropped } davon wurden weggelassen.
  }
notice-cleared = Das Formular wurde geleert und der gespeicherte Entwurf gelöscht.
notice-not-saved-full = Ihr Entwurf wird auf diesem Gerät nicht gespeichert: Der Speicher dieses Browsers für die Website ist voll. Das Formular funktioniert weiter, aber Ihre Eingaben gehen verloren, wenn Sie die Seite verlassen oder neu laden.
notice-not-saved-blocked = Ihr Entwurf wird auf diesem Gerät nicht gespeichert: Dieser Browser erlaubt der Seite nicht, etwas zu speichern (privates Surfen oder eine Datenschutzeinstellung). Das Formular funktioniert weiter, aber Ihre Eingaben gehen verloren, wenn Sie die Seite verlassen oder neu laden.
notice-not-saved-large = Ihr Entwurf wird auf diesem Gerät nicht gespeichert: Er ist zu groß zum Speichern (über { $max } Zeichen). Das Formular funktioniert weiter; kürzen Sie den längsten Text, dann wird wieder gespeichert.
notice-link-replaced-draft = Die Werte aus dem Link haben den Entwurf ersetzt, den Sie auf diesem Gerät hatten.
notice-undone = Das Formular wurde wiederhergestellt.
notice-draft-restored = Ihr früherer Entwurf wurde wiederhergestellt.
undo = Rückgängig
restore-draft = Früheren Entwurf wiederherstellen
dismiss = Schließen
dismiss-label = Diese Mitteilung schließen

## Ticket-Bereich

ticket-panel = Ihr Ticket
ticket-panel-changed = Die Anfrage hat sich geändert und hat wieder Probleme: Beheben Sie sie, dann erscheint das Ticket wieder.
ticket-panel-hint = Fügen Sie Betreff und Ticket { $paste_into ->
    [embedded] in das Anfrageformular
   *[page] in das Hilfe-Center des Anbieters
  } ein. Das Ticket ändert sich mit, wenn Sie das Formular ändern.
ticket-panel-desk-language = Das Ticket ist auf { $desk_language } geschrieben, in der Sprache des Support-Teams des Anbieters.
subject-line = Betreff
copy-subject = Betreff kopieren
format = Format
format-text = Nur Text (für jedes Hilfe-Center-Formular)
format-markdown = Markdown
format-json = JSON (maschinenlesbar)
ticket = Ticket
copy-ticket = Ticket kopieren
download = { $file } herunterladen
add-to-calendar = Zum Kalender hinzufügen (.ics)
print-subject = Betreff: { $subject }
ticket-copied = Das Ticket wurde in die Zwischenablage kopiert. Fügen Sie es { $paste_into ->
    [embedded] in das Anfrageformular
   *[page] in das Hilfe-Center des Anbieters
  } ein.
ticket-copy-failed = Automatisches Kopieren war nicht möglich: Das Ticket ist markiert, drücken Sie Strg+C (oder ⌘C), um es zu kopieren.
subject-copied = Der Betreff wurde in die Zwischenablage kopiert.
subject-copy-failed = Automatisches Kopieren war nicht möglich: Der Betreff ist markiert, drücken Sie Strg+C (oder ⌘C), um ihn zu kopieren.
send-to-vendor = An den Anbieter senden
send-by-email = Per E-Mail senden
open-vendor-form = Anfrageformular des Anbieters öffnen
new-tab = (öffnet in einem neuen Tab)
handoff-too-long-note = Dieses Ticket ist zu lang für einen Link, daher enthält die Nachricht den Betreff und eine Zeile, die um das Ticket bittet. Kopieren Sie zuerst das Ticket und fügen Sie es dann ein.
ics-downloaded = { $file } heruntergeladen: Öffnen Sie die Datei, um die vorgeschlagenen Zeitfenster in Ihren Kalender zu übernehmen, als vorläufig markiert, bis der Anbieter sie bestätigt.
ics-failed = Der Download hat nicht begonnen: Tragen Sie die Zeitfenster von Hand in Ihren Kalender ein.
downloaded = { $file } heruntergeladen.
download-failed = Der Download hat nicht begonnen: Kopieren Sie stattdessen das Ticket.
ticket-tells = Das Ticket teilt dem Anbieter mit

## Eingebettetes Formular

loading = Formular wird geladen …
embed-cannot-show = Dieses Formular kann nicht angezeigt werden
try-again = Erneut versuchen
embed-policy-url-unusable = Die Richtlinie unter „{ $url }“ konnte nicht verwendet werden ({ $problems }):
embed-policy-unusable = Die Richtlinie „{ $policy }“ ({ $source }) kann nicht verwendet werden: { $problems }.
embed-source-builtin = eingebaut
embed-source-named = über data-policy benannt
embed-source-inline = direkt in dieser Seite angegeben
embed-source-url = geladen von { $url }
embed-retry-hint = Versuchen Sie es gleich noch einmal. Wenn Sie diese Seite betreiben: Prüfen Sie, ob die Datei unter dieser Adresse auf dieser Website veröffentlicht ist (siehe „Eigene Richtlinien“ in der Anleitung zum Einbetten).
embed-fix-hint = Wenn Sie diese Seite betreiben: Korrigieren Sie die Richtlinie (siehe „Eigene Richtlinien“ in der Anleitung zum Einbetten) und laden Sie neu.
embed-problem = erwartet { $expected }, gefunden { $found }
embed-problem-more = und { $more } weitere
embed-expected-known-policy = die ID einer bekannten Richtlinie ({ $policies })
embed-expected-same-origin = eine URL auf der eigenen Website dieser Seite ({ $origin })
embed-expected-policy-file = eine JSON-Richtliniendatei, die diese Seite laden kann
embed-found-timeout = keine Antwort vom Server innerhalb von { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
  }
embed-found-redirect = eine Weiterleitung an eine andere Adresse, von der diese Seite nicht laden darf (eine Richtlinie wird nur von der eigenen Website dieser Seite geladen)
embed-found-offline = keine Verbindung zum Server ({ $why })
embed-found-network = ein Netzwerkfehler
embed-found-not-http = keine HTTP-Antwort
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = ein Inhalt, der kein Text ist

## Calendar badges; an embedded form's count of problems

calendar-badge = ZF{ $window }
embed-problems = { $count ->
    [one] { $count } Problem
   *[other] { $count } Probleme
  }
