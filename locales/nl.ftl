### De teksten van de pagina in het Nederlands (aanspreekvorm: je). Termen: glossary.md.

## Pagina

page-title = Een databaserefresh aanvragen
page-lede = Vul het formulier in: het controleert je aanvraag al tijdens het typen aan de hand van de regels van de leverancier en schrijft daarna het ticket dat je in { $paste_into ->
    [embedded] het aanvraagformulier
   *[page] het helpcentrum van de leverancier
  } plakt. Alle tijden zijn in UTC.
page-no-policy = Er kon geen beleid van een leverancier worden geladen, dus het formulier kan niet worden getoond.
shell-missing-file = Het formulier kon niet starten, omdat het bestand { $file } niet op de server staat (HTTP { $status }). Beheer je deze website? Publiceer dan de hele buildmap, met alle bestanden naast elkaar.
shell-browser = Het formulier kon niet starten in deze browser ({ $why }). Het heeft JavaScript en WebAssembly nodig: laad de pagina opnieuw of probeer een actuele browser.
shell-script-failed = een script is mislukt
shell-download = Het formulier kon niet starten, omdat een van de bestanden niet kon worden gedownload: controleer de verbinding en laad de pagina opnieuw.
shell-noscript = Dit formulier controleert je aanvraag in je browser en heeft JavaScript en WebAssembly nodig: zet JavaScript aan voor deze pagina en laad hem opnieuw.
language-menu = Taal

## Leverancier

vendor = Leverancier
vendor-fixed = Leverancier: { $vendor }

## Velden

utc-hint = UTC, bijv. 2024-10-09 02:00
for-example = Bijvoorbeeld { $example }
with-build-example = Met build of patch, bijvoorbeeld { $example }
yes = Ja
no = Nee
choose = Kies…
environments = Omgevingen
source = Bronomgeving
target = Doelomgeving
kind-of-source = Soort bronomgeving
# Eén woord dekt target en destination.
kind-of-target = Soort doelomgeving{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Type refresh
refresh-type-question = Welke productiegegevens wil je?
refresh-type-standard = Standaard
refresh-type-standard-hint = De meest recente productiegegevens.
refresh-type-pit = Van een bepaald tijdstip
refresh-type-pit-hint = Productiegegevens van een moment dat je zelf kiest (het herstelpunt). Vereist een aanvraagtermijn van { $notice ->
    [one] { $notice } dag
   *[other] { $notice } dagen
  }, en de refresh moet binnen { $age ->
    [one] { $age } dag
   *[other] { $age } dagen
  } na het herstelpunt worden uitgevoerd.
restore-point = Herstelpunt
restore-point-hint = Het moment waarvan je de productiegegevens wilt. { utc-hint }
holiday-region = Feestdagen waar het supportteam rekening mee houdt
holiday-region-hint = Tijdvakken op deze feestdagen worden geweigerd.
holiday-region-none = Geen (feestdagen worden niet gecontroleerd)
when = Wanneer
window-start-one = Begin van de refresh
window-start-n = Begin van tijdvak { $window }
windows-legend-one = Wanneer moet de refresh beginnen? De onderbreking duurt { $duration }.
windows-legend-many = Stel { $count ->
    [one] { $count } tijdvak
   *[other] { $count } tijdvakken
  } van elk { $duration } voor
preserve-users = Gebruikersgegevens van de doelomgeving (de beveiligingslijst) behouden?
preserve-users-hint = Zo nee, dan worden de gebruikers van de doelomgeving vervangen door die van de bronomgeving. Zo ja, dan zijn beide schemaversies nodig.
source-version = Versie van de bronomgeving
target-version = Versie van de doelomgeving
next-upgrade = Volgende geplande upgrade (optioneel)
next-upgrade-hint = Datum in UTC, bijv. 2024-11-15, of datum en tijd
users-and-versions = Gebruikers en versies
versions = Versies
about-the-refresh = Over de refresh
checklist = Checklist
checklist-hint = Bevestig elk punt: de leverancier heeft ze nodig vóór de refresh.
local-echo = = { $text } in { $zone }
local-zone = jouw tijdzone

## Labels vóór een melding

tag-error = Fout
tag-approval = Goedkeuring nodig
tag-warning = Controleren
tag-info = Opmerking
tag-error-prefix = Fout:{" "}

## Foutoverzicht en controles

error-summary-title = Er is een probleem
checks = Controles
go-to-checks = Naar de controles
status-done = Afgerond
status-todo = Te doen
status-fix = Op te lossen
status-approval = Goedkeuring nodig
status-check = Controleren
status-other = Overig
status-good-to-know = Goed om te weten
earliest-start = Vroegste begin: { $earliest }
earliest-latest-start = Vroegste begin: { $earliest }; laatste begin: { $latest }
verdict-ready = Klaar: je kunt het ticket aanmaken.
verdict-ready-approval = Klaar: je kunt het ticket aanmaken. { $approvals ->
    [one] { $approvals } punt vereist
   *[other] { $approvals } punten vereisen
  } goedkeuring van de leverancier.
verdict-not-ready = Nog niet klaar: nog { $errors ->
    [one] { $errors } punt
   *[other] { $errors } punten
  } in te vullen of op te lossen.
planned-label = Planningsmodus:
planned-as-if = alsof ingediend op { $when }.

## Planningsmodus

planning-mode = Planningsmodus
planning-mode-landmark = Planningsmodus{ $form ->
    [0] {""}
   *[other] , formulier { $form }
  }
planning-on = Planningsmodus staat aan.
planning-off = Planningsmodus staat uit: er wordt gecontroleerd aan de hand van de huidige tijd.
planning-as-if = Planningsmodus: er wordt gecontroleerd alsof het ticket op { $when } wordt ingediend, niet nu.
planning-enter = Planningsmodus: vul de datum en tijd in waarmee gecontroleerd moet worden; tot dan wordt de huidige tijd gebruikt.
planning-turn-off = Planningsmodus uitzetten
planning-checked-now = Gecontroleerd aan de hand van de huidige tijd: { $now } (wordt elke minuut bijgewerkt).
planning-what-if = Wat als ik het ticket op een andere datum indien?
planning-back = Terug naar de huidige tijd
planning-field = Ticket indienen op (planningsmodus)
planning-field-hint = De regels worden gecontroleerd alsof het ticket op dat moment wordt ingediend. { utc-hint }

## Kalender

calendar = Planningskalender
calendar-hint = Kies een beschikbare dag om het volgende lege tijdvak in te vullen met het vroegst mogelijke begin. Tijden zijn in UTC.
calendar-caption = Wanneer een tijdvak kan beginnen, { $from } tot en met { $to } (dagen in UTC)
calendar-holidays = Feestdagen ({ $region }) in deze weken: { $holidays }
calendar-key-available = Een tijdvak kan beginnen (vanaf de getoonde tijd, UTC)
calendar-key-approval = Alleen buiten de servicetijden: vereist goedkeuring van de leverancier
calendar-key-holiday = Feestdag
calendar-key-weekend = Weekend: geen refreshes
calendar-key-too-soon-pit = Niet mogelijk: te vroeg, of buiten de grenzen van het herstelpunt
calendar-key-too-soon = Niet mogelijk: te vroeg
calendar-mark-approval = Goedkeuring
calendar-mark-weekend = Weekend
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , tijdvak { $windows } voorgesteld
   *[other] , tijdvakken { $windows } voorgesteld
  }
calendar-day-available = beschikbaar vanaf { $time } UTC
calendar-day-approval = alleen mogelijk buiten de servicetijden, met goedkeuring van de leverancier, vanaf { $time } UTC
calendar-day-holiday = niet mogelijk: feestdag, { $name }
calendar-day-weekend = niet mogelijk: weekend
calendar-day-blackout = niet mogelijk: blokkadeperiode, { $reason }
calendar-day-other = niet mogelijk: { $reason }
calendar-set = { $field } ingesteld op { $value }.
calendar-all-filled = Alle tijdvakken zijn al ingevuld: maak er een leeg (of overschrijf het) om deze dag te gebruiken.
suggest-one = Vroegste tijdvak voorstellen
suggest-many = Vroegste tijdvakken voorstellen
suggest-none = Er kan geen tijdvak worden voorgesteld: geen enkel begin binnen het komende jaar voldoet aan alle regels. Bekijk de meldingen hierboven.
suggest-filled = Ingevuld: { $windows }.
suggest-partial = Ingevuld: { $windows }. Er { $found ->
    [one] is maar { $found }
   *[other] zijn maar { $found }
  } van de { $count } tijdvakken gevonden.

## Acties

create-ticket = Ticket aanmaken
copy-share-link = Deellink kopiëren
clear-form = Formulier wissen
share-link = Deellink
form-already-empty = Het formulier is al leeg.
form-cleared = Het formulier is gewist.
share-too-long = Er is niets gekopieerd: deze link zou { $length } tekens lang worden, en links van meer dan { $max } tekens gaan in e-mails en helpcentra vaak kapot. “{ $label }” maakt hem zo lang: kort die tekst in, of maak het ticket aan en kopieer dat.
link-copied = Link gekopieerd. Wie hem opent, krijgt het formulier ingevuld zoals het nu is.
link-copy-failed = Automatisch kopiëren is niet gelukt: de link is hieronder geselecteerd; druk op Ctrl+C (of ⌘C) om hem te kopiëren.

## Meldingen

notices = Meldingen over deze pagina
notice-restored = We hebben hersteld wat je eerder op dit apparaat hebt ingevuld.
notice-draft-unreadable = Je opgeslagen concept kon niet worden gelezen; het is genegeerd en het formulier begint leeg.
notice-from-link = Het formulier is ingevuld vanuit de link die je hebt geopend. Controleer elke waarde voordat je het ticket aanmaakt.
notice-unknown-policy = De link vroeg om een beleid van een leverancier dat deze pagina niet kent (“{ $id }”), dus het eerste beleid wordt getoond: kies hieronder de juiste leverancier.
notice-windows-dropped = De link stelde meer tijdvakken voor dan deze leverancier accepteert: { $dropped ->
    [one] { $dropped } ervan is weggelaten.
   *[other] { $dropped } ervan zijn weggelaten.
  }
notice-cleared = Het formulier is gewist en het opgeslagen concept is verwijderd.
notice-not-saved-full = Je concept wordt niet op dit apparaat opgeslagen: de opslag van deze browser voor deze site is vol. Het formulier werkt nog, maar wat je invult gaat verloren als je de pagina verlaat of opnieuw laadt.
notice-not-saved-blocked = Je concept wordt niet op dit apparaat opgeslagen: deze browser staat de pagina niet toe iets op te slaan (privénavigatie of een privacyinstelling). Het formulier werkt nog, maar wat je invult gaat verloren als je de pagina verlaat of opnieuw laadt.
notice-not-saved-large = Je concept wordt niet op dit apparaat opgeslagen: het is te groot om op te slaan (meer dan { $max } tekens). Het formulier werkt nog; kort de langste tekst in, dan wordt het weer opgeslagen.
notice-link-replaced-draft = De waarden uit de link zijn in de plaats gekomen van het concept dat je op dit apparaat had.
notice-undone = Het formulier is hersteld.
notice-draft-restored = Je eerdere concept is hersteld.
undo = Ongedaan maken
restore-draft = Je eerdere concept herstellen
dismiss = Sluiten
dismiss-label = Deze melding sluiten

## Ticketpaneel

ticket-panel = Je ticket
ticket-panel-changed = De aanvraag is gewijzigd en bevat weer problemen: los ze op, dan verschijnt het ticket weer.
ticket-panel-hint = Plak het onderwerp en het ticket in { $paste_into ->
    [embedded] het aanvraagformulier
   *[page] het helpcentrum van de leverancier
  }. Het ticket wordt bijgewerkt als je het formulier wijzigt.
ticket-panel-desk-language = Het ticket is geschreven in het { $desk_language }, de taal van het supportteam van de leverancier.
subject-line = Onderwerp
copy-subject = Onderwerp kopiëren
format = Indeling
format-text = Platte tekst (voor elk formulier in een helpcentrum)
format-markdown = Markdown
format-json = JSON (machineleesbaar)
ticket = Ticket
copy-ticket = Ticket kopiëren
download = { $file } downloaden
add-to-calendar = Toevoegen aan agenda (.ics)
print-subject = Onderwerp: { $subject }
ticket-copied = Het ticket is naar het klembord gekopieerd. Plak het in { $paste_into ->
    [embedded] het aanvraagformulier
   *[page] het helpcentrum van de leverancier
  }.
ticket-copy-failed = Automatisch kopiëren is niet gelukt: het ticket is geselecteerd; druk op Ctrl+C (of ⌘C) om het te kopiëren.
subject-copied = Het onderwerp is naar het klembord gekopieerd.
subject-copy-failed = Automatisch kopiëren is niet gelukt: het onderwerp is geselecteerd; druk op Ctrl+C (of ⌘C) om het te kopiëren.
send-to-vendor = Naar de leverancier sturen
send-by-email = Per e-mail versturen
open-vendor-form = Aanvraagformulier van de leverancier openen
new-tab = (opent in een nieuw tabblad)
handoff-too-long-note = Dit ticket is te lang voor een link, dus het bericht krijgt alleen het onderwerp en een regel die om het ticket vraagt. Kopieer eerst het ticket en plak het daarna in het bericht.
ics-downloaded = { $file } is gedownload: open het bestand om de voorgestelde tijdvakken aan je agenda toe te voegen, gemarkeerd als voorlopig tot de leverancier ze bevestigt.
ics-failed = De download is niet gestart: zet de tijdvakken zelf in je agenda.
downloaded = { $file } is gedownload.
download-failed = De download is niet gestart: kopieer in plaats daarvan het ticket.
ticket-tells = Wat het ticket de leverancier meldt

## Ingesloten formulier

loading = Formulier laden…
embed-cannot-show = Dit formulier kan niet worden getoond
try-again = Opnieuw proberen
embed-policy-url-unusable = Het beleid op “{ $url }” kon niet worden gebruikt ({ $problems }):
embed-policy-unusable = Het beleid “{ $policy }” ({ $source }) kan niet worden gebruikt: { $problems }.
embed-source-builtin = ingebouwd
embed-source-named = genoemd in data-policy
embed-source-inline = direct in deze pagina opgegeven
embed-source-url = geladen van { $url }
embed-retry-hint = Probeer het zo opnieuw. Beheer je deze pagina? Controleer dan of het bestand op dat adres op deze site is gepubliceerd (zie “Eigen beleid” in de handleiding voor insluiten).
embed-fix-hint = Beheer je deze pagina? Corrigeer dan het beleid (zie “Eigen beleid” in de handleiding voor insluiten) en laad de pagina opnieuw.
embed-problem = verwacht { $expected }, gevonden { $found }
embed-problem-more = en nog { $more }
embed-expected-known-policy = de id van een bekend beleid ({ $policies })
embed-expected-same-origin = een URL op de eigen site van deze pagina ({ $origin })
embed-expected-policy-file = een JSON-bestand met beleid dat deze pagina kan laden
embed-found-timeout = geen antwoord van de server binnen { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
  }
embed-found-redirect = een doorverwijzing naar een ander adres, waarvan deze pagina niet mag laden (beleid wordt alleen geladen van de eigen site van deze pagina)
embed-found-offline = geen verbinding met de server ({ $why })
embed-found-network = een netwerkfout
embed-found-not-http = geen HTTP-antwoord
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = een antwoord dat geen tekst bevat

## Calendar badges; an embedded form's count of problems

calendar-badge = T{ $window }
embed-problems = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
  }
