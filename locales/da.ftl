### Sidens tekster på dansk (tiltaleform: du). Termer: glossary.md.
### Efter kolon: stort begyndelsesbogstav, når det, der følger, er en helsætning.

## Side

page-title = Anmod om en database-refresh
page-lede = Udfyld formularen: Den tjekker din anmodning mod leverandørens regler, mens du skriver, og laver derefter den ticket, du skal indsætte i { $paste_into ->
    [embedded] anmodningsformularen
   *[page] leverandørens hjælpecenter
  }. Alle tidspunkter er i UTC.
page-no-policy = Der kunne ikke indlæses noget regelsæt fra en leverandør, så formularen kan ikke vises.
shell-missing-file = Formularen kunne ikke starte, fordi dens fil { $file } ikke findes på serveren (HTTP { $status }). Hvis du driver dette websted: Udgiv hele build-mappen med alle filerne side om side.
shell-browser = Formularen kunne ikke starte i denne browser ({ $why }). Den kræver JavaScript og WebAssembly: Genindlæs siden, eller prøv en opdateret browser.
shell-script-failed = et script mislykkedes
shell-download = Formularen kunne ikke starte, fordi en af dens filer ikke kunne downloades: Tjek forbindelsen, og genindlæs siden.
shell-noscript = Denne formular tjekker din anmodning i din browser og kræver JavaScript og WebAssembly: Slå JavaScript til for denne side, og genindlæs den.
language-menu = Sprog

## Leverandør

vendor = Leverandør
vendor-fixed = Leverandør: { $vendor }

## Felter

utc-hint = UTC, f.eks. 2024-10-09 02:00
for-example = For eksempel { $example }
with-build-example = Med build eller patch, for eksempel { $example }
yes = Ja
no = Nej
choose = Vælg…
environments = Miljøer
source = Kildemiljø
target = Målmiljø
kind-of-source = Type af kildemiljø
# Ét ord dækker target og destination.
kind-of-target = Type af målmiljø{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Type af refresh
refresh-type-question = Hvilke produktionsdata vil du have?
refresh-type-standard = Standard
refresh-type-standard-hint = De seneste produktionsdata.
refresh-type-pit = Fra et bestemt tidspunkt
refresh-type-pit-hint = Produktionsdata fra et tidspunkt, du selv vælger (gendannelsespunktet). Kræver { $notice ->
    [one] { $notice } dags
   *[other] { $notice } dages
  } varsel, og refreshen skal køre inden for { $age ->
    [one] { $age } dag
   *[other] { $age } dage
  } efter gendannelsespunktet.
restore-point = Gendannelsespunkt
restore-point-hint = Det tidspunkt, hvis produktionsdata du vil have. { utc-hint }
holiday-region = Helligdage, som supportteamet holder
holiday-region-hint = Tidsvinduer på disse helligdage bliver afvist.
holiday-region-none = Ingen (helligdage tjekkes ikke)
when = Hvornår
window-start-one = Start på refreshen
window-start-n = Start på tidsvindue { $window }
windows-legend-one = Hvornår skal refreshen starte? Nedetiden varer { $duration }.
windows-legend-many = Foreslå { $count ->
    [one] { $count } tidsvindue
   *[other] { $count } tidsvinduer
  } på { $duration } hver
preserve-users = Behold målmiljøets brugeroplysninger (dets sikkerhedsliste)?
preserve-users-hint = Hvis nej, bliver målmiljøets brugere erstattet af kildemiljøets. Hvis ja, skal begge skemaversioner angives.
source-version = Kildemiljøets version
target-version = Målmiljøets version
next-upgrade = Næste planlagte opgradering (valgfrit)
next-upgrade-hint = Dato i UTC, f.eks. 2024-11-15, eller dato og klokkeslæt
users-and-versions = Brugere og versioner
versions = Versioner
about-the-refresh = Om refreshen
checklist = Tjekliste
checklist-hint = Bekræft hvert punkt: Leverandøren skal have dem før refreshen.
local-echo = = { $text } i { $zone }
local-zone = din tidszone

## Mærker foran en meddelelse

tag-error = Fejl
tag-approval = Kræver godkendelse
tag-warning = Tjek
tag-info = Bemærk
tag-error-prefix = Fejl:{" "}

## Fejloversigt og kontroller

error-summary-title = Der er et problem
checks = Kontroller
go-to-checks = Gå til kontrollerne
status-done = Færdig
status-todo = Mangler
status-fix = Skal rettes
status-approval = Kræver godkendelse
status-check = Tjek
status-other = Andet
status-good-to-know = Godt at vide
earliest-start = Tidligste start: { $earliest }
earliest-latest-start = Tidligste start: { $earliest }; seneste start: { $latest }
verdict-ready = Klar: Du kan oprette ticketten.
verdict-ready-approval = Klar: Du kan oprette ticketten. { $approvals ->
    [one] { $approvals } punkt kræver
   *[other] { $approvals } punkter kræver
  } leverandørens godkendelse.
verdict-not-ready = Ikke klar endnu: { $errors ->
    [one] { $errors } punkt skal
   *[other] { $errors } punkter skal
  } udfyldes eller rettes.
planned-label = Planlægningstilstand:
planned-as-if = som om ticketten blev indsendt { $when }.

## Planlægningstilstand

planning-mode = Planlægningstilstand
planning-mode-landmark = Planlægningstilstand{ $form ->
    [0] {""}
   *[other] , formular { $form }
  }
planning-on = Planlægningstilstand er slået til.
planning-off = Planlægningstilstand er slået fra: Der tjekkes mod det aktuelle tidspunkt.
planning-as-if = Planlægningstilstand: Der tjekkes, som om ticketten blev indsendt { $when }, ikke nu.
planning-enter = Planlægningstilstand: Angiv den dato og det klokkeslæt, der skal tjekkes mod; indtil da bruges det aktuelle tidspunkt.
planning-turn-off = Slå planlægningstilstand fra
planning-checked-now = Tjekket mod det aktuelle tidspunkt: { $now } (opdateres hvert minut).
planning-what-if = Hvad hvis jeg indsender ticketten på en anden dato?
planning-back = Tilbage til det aktuelle tidspunkt
planning-field = Ticketten indsendes den (planlægningstilstand)
planning-field-hint = Reglerne tjekkes, som om ticketten blev indsendt på det tidspunkt. { utc-hint }

## Kalender

calendar = Planlægningskalender
calendar-hint = Vælg en ledig dag for at udfylde det næste tomme tidsvindue med dets tidligste start. Tidspunkterne er i UTC.
calendar-caption = Hvornår et tidsvindue kan starte, { $from } til { $to } (dage i UTC)
calendar-holidays = Helligdage ({ $region }) i disse uger: { $holidays }
calendar-key-available = Et tidsvindue kan starte (fra det viste klokkeslæt, UTC)
calendar-key-approval = Kun uden for servicetiden: kræver leverandørens godkendelse
calendar-key-holiday = Helligdag
calendar-key-weekend = Weekend: ingen refresh
calendar-key-too-soon-pit = Ikke muligt: for tidligt eller uden for gendannelsespunktets grænser
calendar-key-too-soon = Ikke muligt: for tidligt
calendar-mark-approval = Godkendelse
calendar-mark-weekend = Weekend
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , tidsvindue { $windows } foreslået
   *[other] , tidsvindue { $windows } foreslået
  }
calendar-day-available = ledig fra kl. { $time } UTC
calendar-day-approval = kun muligt uden for servicetiden med leverandørens godkendelse, fra kl. { $time } UTC
calendar-day-holiday = ikke muligt: helligdag, { $name }
calendar-day-weekend = ikke muligt: weekend
calendar-day-blackout = ikke muligt: spærreperiode, { $reason }
calendar-day-other = ikke muligt: { $reason }
calendar-set = { $field } er sat til { $value }.
calendar-all-filled = Alle tidsvinduer er allerede udfyldt: Tøm et af dem (eller skriv hen over det) for at bruge denne dag.
suggest-one = Foreslå det tidligste tidsvindue
suggest-many = Foreslå de tidligste tidsvinduer
suggest-none = Der kan ikke foreslås noget tidsvindue: Intet starttidspunkt inden for det næste år overholder alle regler. Se meddelelserne ovenfor.
suggest-filled = Udfyldt: { $windows }.
suggest-partial = Udfyldt: { $windows }. Der blev kun fundet { $found } af { $count } tidsvinduer.

## Handlinger

create-ticket = Opret ticket
copy-share-link = Kopiér delingslink
clear-form = Ryd formularen
share-link = Delingslink
form-already-empty = Formularen er allerede tom.
form-cleared = Formularen er ryddet.
share-too-long = Der blev ikke kopieret noget: Linket ville være { $length } tegn langt, og links på over { $max } tegn går ofte i stykker i e-mails og hjælpecentre. »{ $label }« gør det så langt: Forkort teksten, eller opret ticketten, og kopiér den i stedet.
link-copied = Linket er kopieret. Alle, der åbner det, får formularen udfyldt, som den er nu.
link-copy-failed = Linket kunne ikke kopieres automatisk: Det er markeret nedenfor, så tryk på Ctrl+C (eller ⌘C) for at kopiere det.

## Meddelelser

notices = Meddelelser om denne side
notice-restored = Vi har gendannet det, du tidligere skrev på denne enhed.
notice-draft-unreadable = Din gemte kladde kunne ikke læses, så den blev ignoreret, og formularen starter tom.
notice-from-link = Formularen er udfyldt ud fra det link, du åbnede. Tjek alle værdier, før du opretter ticketten.
notice-unknown-policy = Linket bad om et regelsæt fra en leverandør, som denne side ikke kender (»{ $id }«), så det første vises: Vælg den rigtige leverandør nedenfor.
notice-windows-dropped = Linket foreslog flere tidsvinduer, end denne leverandør tager imod: { $dropped ->
    [one] { $dropped } af dem blev udeladt.
   *[other] { $dropped } af dem blev udeladt.
  }
notice-cleared = Formularen er ryddet, og den gemte kladde er slettet.
notice-not-saved-full = Din kladde bliver ikke gemt på denne enhed: Browserens lager til webstedet er fuldt. Formularen virker stadig, men det, du skriver, går tabt, hvis du forlader eller genindlæser siden.
notice-not-saved-blocked = Din kladde bliver ikke gemt på denne enhed: Denne browser lader ikke siden gemme noget (privat browsing eller en privatlivsindstilling). Formularen virker stadig, men det, du skriver, går tabt, hvis du forlader eller genindlæser siden.
notice-not-saved-large = Din kladde bliver ikke gemt på denne enhed: Den er for stor til at blive gemt (over { $max } tegn). Formularen virker stadig; forkort den længste tekst, så bliver den gemt igen.
notice-link-replaced-draft = Værdierne fra linket har erstattet den kladde, du havde på denne enhed.
notice-undone = Formularen er gendannet.
notice-draft-restored = Din tidligere kladde er gendannet.
undo = Fortryd
restore-draft = Gendan din tidligere kladde
dismiss = Luk
dismiss-label = Luk denne meddelelse

## Ticketpanel

ticket-panel = Din ticket
ticket-panel-changed = Anmodningen er ændret og har problemer igen: Ret dem, så kommer ticketten tilbage.
ticket-panel-hint = Indsæt emnet og ticketten i { $paste_into ->
    [embedded] anmodningsformularen
   *[page] leverandørens hjælpecenter
  }. Ticketten bliver opdateret, hvis du ændrer formularen.
ticket-panel-desk-language = Ticketten er skrevet på { $desk_language }, som er sproget hos leverandørens supportteam.
subject-line = Emne
copy-subject = Kopiér emne
format = Format
format-text = Ren tekst (til enhver formular i et hjælpecenter)
format-markdown = Markdown
format-json = JSON (maskinlæsbar)
ticket = Ticket
copy-ticket = Kopiér ticket
download = Download { $file }
add-to-calendar = Føj til kalender (.ics)
print-subject = Emne: { $subject }
ticket-copied = Ticketten er kopieret til udklipsholderen. Indsæt den i { $paste_into ->
    [embedded] anmodningsformularen
   *[page] leverandørens hjælpecenter
  }.
ticket-copy-failed = Ticketten kunne ikke kopieres automatisk: Den er markeret, så tryk på Ctrl+C (eller ⌘C) for at kopiere den.
subject-copied = Emnet er kopieret til udklipsholderen.
subject-copy-failed = Emnet kunne ikke kopieres automatisk: Det er markeret, så tryk på Ctrl+C (eller ⌘C) for at kopiere det.
send-to-vendor = Send den til leverandøren
send-by-email = Send som e-mail
open-vendor-form = Åbn leverandørens anmodningsformular
new-tab = (åbner i en ny fane)
handoff-too-long-note = Denne ticket er for lang til at passe ind i et link, så beskeden får kun emnet og en linje, der beder om ticketten. Kopiér ticketten først, og indsæt den derefter.
ics-downloaded = { $file } er downloadet: Åbn filen for at føje de foreslåede tidsvinduer til din kalender, markeret som foreløbige, indtil leverandøren bekræfter dem.
ics-failed = Downloaden startede ikke: Før tidsvinduerne ind i din kalender manuelt.
downloaded = { $file } er downloadet.
download-failed = Downloaden startede ikke: Kopiér ticketten i stedet.
ticket-tells = Det fortæller ticketten leverandøren

## Indlejret formular

loading = Indlæser formularen…
embed-cannot-show = Denne formular kan ikke vises
try-again = Prøv igen
embed-policy-url-unusable = Regelsættet på »{ $url }« kunne ikke bruges ({ $problems }):
embed-policy-unusable = Regelsættet »{ $policy }« ({ $source }) kan ikke bruges: { $problems }.
embed-source-builtin = indbygget
embed-source-named = angivet med data-policy
embed-source-inline = angivet direkte på denne side
embed-source-url = indlæst fra { $url }
embed-retry-hint = Prøv igen om et øjeblik. Hvis du driver denne side: Tjek, at filen er udgivet på dette websted på den adresse (se »Egne regelsæt« i vejledningen til indlejring).
embed-fix-hint = Hvis du driver denne side: Ret regelsættet (se »Egne regelsæt« i vejledningen til indlejring), og genindlæs siden.
embed-problem = forventede { $expected }, fandt { $found }
embed-problem-more = og { $more } til
embed-expected-known-policy = id'et på et kendt regelsæt ({ $policies })
embed-expected-same-origin = en URL på denne sides eget websted ({ $origin })
embed-expected-policy-file = en JSON-fil med et regelsæt, som denne side kan indlæse
embed-found-timeout = intet svar fra serveren inden for { $seconds ->
    [one] { $seconds } sekund
   *[other] { $seconds } sekunder
  }
embed-found-redirect = en omdirigering til en anden adresse, som denne side ikke må indlæse fra (et regelsæt indlæses kun fra denne sides eget websted)
embed-found-offline = ingen forbindelse til serveren ({ $why })
embed-found-network = en netværksfejl
embed-found-not-http = ikke et HTTP-svar
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = et svar, der ikke er tekst

## Calendar badges; an embedded form's count of problems

calendar-badge = T{ $window }
embed-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problemer
  }
