### Kernens tekster på dansk (tiltaleform: du). Termer: glossary.md.
### Variabler som i en/core.ftl; dato og klokkeslæt formateres af den, der kalder.
### Efter kolon: stort begyndelsesbogstav, når det, der følger, er en helsætning.

## Alvorlighed

severity-error = Skal rettes
severity-approval = Kræver leverandørens godkendelse
severity-warning = Bør tjekkes
severity-info = Godt at vide

## Obligatoriske felter, ulæselige og for lange værdier

field-required--env = Angiv »{ $label }«{ $example ->
    [none] {""}
   *[other] , f.eks. { $example }
  }.
field-required--kind = Vælg, hvilken type miljø { $side ->
    [source] kildemiljøet
   *[target] målmiljøet
  } er: { $kinds }.
field-required--window = Angiv dato og klokkeslæt (UTC) for refreshens start.
field-required--windows = Foreslå { $count ->
    [one] { $count } tidsvindue
   *[other] { $count } tidsvinduer
  }: Angiv dato og klokkeslæt (UTC) for hvert af dem.
field-required--window-n = Angiv starttidspunktet for det { $window ->
    [1] første
    [2] andet
    [3] tredje
    [4] fjerde
   *[other] næste
  } tidsvindue (UTC).
field-required--restore-point = Angiv gendannelsespunktet: det tidspunkt (UTC), hvis produktionsdata du vil have kopieret.
field-required--version = Angiv versionen af { $side ->
    [source] kildemiljøet
   *[target] målmiljøet
  } med build eller patch{ $example ->
    [none] {""}
   *[other] , f.eks. { $example }
  }.

field-invalid--text = »{ $label }« skal være tekst, fundet: { $found }.
field-invalid--text-named = { $label }: forventede tekst, fundet: { $found }.
field-invalid--yes-no = { $label }: svar ja eller nej, fundet: { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: forventede dato og klokkeslæt i UTC som 2024-10-09T02:00Z, fundet: { $found }.
field-invalid--kind = Typen af { $side ->
    [source] kildemiljøet
   *[target] målmiljøet
  } skal være en af { $kinds }, fundet: »{ $value }«.
field-invalid--refresh-type = Typen af refresh skal være »standard« eller »point_in_time«, fundet: »{ $value }«.
field-invalid--refresh-type-kind = Typen af refresh skal være »standard« eller »point_in_time«, fundet: { $found }.
field-invalid--region = Helligdagsregionen skal være en af { $regions } eller ingen, fundet: »{ $value }«.
field-invalid--region-kind = Helligdagsregionen skal være en kode som GB, fundet: { $found }.
field-invalid--windows = Tidsvinduets starttidspunkt skal være { $expected ->
    [list] en liste af starttidspunkter i UTC som ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] en dato og et klokkeslæt i UTC som 2024-10-09T02:00Z
  }, fundet: { $found }.
field-too_long = { $label }: Denne tekst er { $length } tegn lang, og et felt på én linje kan højst rumme { $max } tegn. Din tekst er bevaret: Forkort den til det, leverandøren har brug for.

field-kind-object = et objekt
field-kind-list = en liste
field-kind-number = et tal
field-kind-bool = true eller false
field-kind-null = null
field-kind-text = tekst

## Tidspunkter

instant-empty = angiv dato og klokkeslæt i UTC, f.eks. 2024-10-09 02:00
instant-shape = forventede dato og klokkeslæt i UTC som 2024-10-09 02:00 (eller 2024-10-09T02:00Z), fundet: »{ $found }«
instant-date = »{ $found }« er ikke en gyldig dato: Tjek dag og måned
instant-time = »{ $found }« er ikke et gyldigt klokkeslæt: Timer går fra 00 til 23 og minutter fra 00 til 59
instant-seconds = »{ $found }« er ikke et gyldigt klokkeslæt: Sekunder går fra 00 til 59 (eller udelad dem: Formularen gemmer kun minutter)
instant-year = året { $year } ligger uden for det tilladte interval: Brug et år fra { $min } til { $max }

## Miljøer

url-invalid = »{ $label }« skal være en fuld adresse, der starter med https://, f.eks. { $example }; fundet: »{ $value }«.
env-same--host = Kilde- og målmiljøet er det samme { $kind }-miljø på { $host }: En refresh kopierer ét miljø over et andet, så vælg to forskellige miljøer.
env-same = Kilde- og målmiljøet er begge »{ $value }«: En refresh kopierer ét miljø over et andet, så de skal være forskellige.
direction-to_prod = En refresh af { $target } fra { $source } overskriver produktion: Det er kun muligt med godkendelse fra leverandørens service management, og ticketten beder om den godkendelse.
direction-nonstandard = { $source }→{ $target } er ikke en af leverandørens sædvanlige refresh-retninger ({ $usual }): Tjek, at kilde- og målmiljø ikke er byttet om.

## Tidsvinduer

notice-business_days = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) er for tidligt: Leverandøren kræver { $amount ->
    [one] { $amount } arbejdsdags
   *[other] { $amount } arbejdsdages
  } varsel fra { $from }, så det tidligste starttidspunkt er { $earliest }.
notice-hours = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) er for tidligt: Leverandøren kræver { $amount ->
    [one] { $amount } times
   *[other] { $amount } timers
  } varsel fra { $from }, så det tidligste starttidspunkt er { $earliest }.
pit-notice = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) er for tidligt til en refresh fra et bestemt tidspunkt, som kræver { $days ->
    [one] { $days } dags
   *[other] { $days } dages
  } varsel: Det tidligste starttidspunkt er { $earliest }.
pit-max_age = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) ligger mere end { $days ->
    [one] { $days } dag
   *[other] { $days } dage
  } efter gendannelsespunktet, så det seneste starttidspunkt er { $latest }. Vælg et tidligere tidsvindue eller et senere gendannelsespunkt.
pit-future = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) starter før gendannelsespunktet ({ $restore }): Data kan ikke gendannes fra fremtiden. Vælg et gendannelsespunkt, der ligger før tidsvinduets start.
window-weekend = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) falder på en { $weekday }: Leverandøren kører ikke refresh i weekenden. Vælg et tidspunkt fra mandag til fredag.
window-holiday = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) falder på { $holiday } ({ $day }), en helligdag { $region }. Vælg en anden arbejdsdag.
holiday-coverage = Helligdagsdataene dækker ikke { $year }: Helligdage { $region } bliver ikke tjekket for det år, så tjek selv datoen.
window-blackout = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) falder i en spærreperiode, »{ $reason }« ({ $from } til { $to }): Leverandøren kører ingen refresh i den periode. Vælg et tidsvindue, der slutter senest { $from } eller starter tidligst { $to }.
window-hours = { $window ->
    [0] Tidsvinduet
   *[other] Tidsvindue { $window }
  } ({ $span }) ligger uden for den normale servicetid i { $season ->
    [summer] sommertiden
   *[winter] vintertiden
  } ({ $from }–{ $to } UTC, på én dag): Leverandøren skal godkende det internt. Det undgår du ved at starte tidligst kl. { $from } UTC og slutte senest kl. { $to } UTC.
window-count = Foreslå præcis { $count ->
    [one] { $count } tidsvindue
   *[other] { $count } tidsvinduer
  } på { $duration } hver; du har angivet { $given }.
window-overlap--same = Tidsvindue { $first } og { $second } er ens ({ $span }): Foreslå to forskellige tidspunkter, så leverandøren har et alternativ.
window-overlap = Tidsvindue { $first } og { $second } overlapper: Hvert af dem varer { $duration }, så det senere bør starte tidligst { $after }.
pit-infeasible = Intet tidsvindue kan lade sig gøre: En refresh fra et bestemt tidspunkt kræver { $notice ->
    [one] { $notice } dags
   *[other] { $notice } dages
  } varsel, men data fra { $restore } kan kun gendannes indtil { $until } ({ $age ->
    [one] { $age } dag senere
   *[other] { $age } dage senere
  }). Anmodningen skulle senest have været indsendt { $latest_submission }. Vælg et gendannelsespunkt, der ikke ligger før { $earliest_restore }, eller anmod om en standard-refresh.

duration-hours = { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
  }

## Versioner

version-missing = Angiv skemaversionen af { $side ->
    [source] kildemiljøet
   *[target] målmiljøet
  }{ $example ->
    [none] {""}
   *[other] , f.eks. { $example }
  }: Den skal bruges, når du beholder målmiljøets brugere.
version-unreadable = »{ $value }« er ikke en version, leverandøren kan sammenligne: Skriv den med build eller patch{ $example ->
    [none] {""}
   *[other] , f.eks. { $example }
  }.
version-mismatch--approval = Skemaversionerne er forskellige ({ $source } og { $target }): Da du beholder målmiljøets brugere, sørger leverandøren først for en skemaopgradering af begge miljøer til den nyeste version.
version-mismatch--release = Versionerne er forskellige ({ $source } og { $target }): En refresh er kun mulig mellem samme version og patch, og leverandøren kan hverken gøre en undtagelse eller nedgradere. Anmod om refreshen før en opgradering, mens begge miljøer har samme version.
version-mismatch = Versionerne er forskellige ({ $source } og { $target }): Begge miljøer bør have samme version.
upgrade-conflict = Den næste planlagte opgradering ({ $upgrade }) kommer, før refreshen ville være færdig ({ $end }): Derefter passer versionerne måske ikke længere sammen. Vælg et tidsvindue, der slutter før opgraderingen, eller tjek opgraderingsplanen.

## Tjekliste

ack = Bekræft punktet på tjeklisten: »{ $item }«.

## Kalender

calendar-too-soon = For tidligt: ikke nok varsel
calendar-too-late = For sent: gendannelsespunktet er ældre end tilladt
calendar-before-restore = Før gendannelsespunktet
calendar-weekend = Weekend
calendar-holiday = Helligdag: { $name }
calendar-unchecked = Helligdage ikke tjekket: ingen data for { $year }
calendar-blackout = Spærreperiode: { $reason }
calendar-outside-hours = Uden for servicetiden
calendar-after-max = Efter { $year }: ingen dato, formularen tager imod
calendar-from = Fra kl. { $time } UTC
calendar-approval-only = Kun uden for servicetiden: kræver leverandørens godkendelse

## Helligdagsregioner

region-GB = Storbritannien (England og Wales)
region-US = USA (føderalt)
region-SG = Singapore
region-NO = Norge
region-GR = Grækenland
region-DK = Danmark
region-DE = Tyskland (landsdækkende)
region-NL = Nederlandene
region-IN = Indien
region-AU = Australien (landsdækkende)
region-JP = Japan

# Regionen med præposition ($region i window-holiday og holiday-coverage).
region-in-GB = i Storbritannien (England og Wales)
region-in-US = i USA (føderalt)
region-in-SG = i Singapore
region-in-NO = i Norge
region-in-GR = i Grækenland
region-in-DK = i Danmark
region-in-DE = i Tyskland (landsdækkende)
region-in-NL = i Nederlandene
region-in-IN = i Indien
region-in-AU = i Australien (landsdækkende)
region-in-JP = i Japan

## Feltnavne

key-policy = Regelsæt
key-submitted_at = Tidspunkt for indsendelse
key-source = Kildemiljø
key-target = Målmiljø
key-source-url = Kildemiljøets URL
key-target-url = Målmiljøets URL
key-source_kind = Type af kildemiljø
key-target_kind = Type af målmiljø
key-window = Tidsvinduets starttidspunkt
key-windows = Tidsvinduer
key-refresh_type = Type af refresh
key-restore_point = Gendannelsespunkt
key-preserve_users = Behold målmiljøets brugere
key-source_version = Kildemiljøets version
key-target_version = Målmiljøets version
key-holiday_region = Helligdagsregion
key-next_upgrade = Næste planlagte opgradering
field-window = Tidsvindue { $window }
weekday = { $day ->
    [1] mandag
    [2] tirsdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lørdag
   *[7] søndag
  }

## JS-API og tjeneste

api-value-kind = Værdien af »{ $key }« er { $found }, og det kan en anmodning ikke indeholde: Angiv tekst, true / false eller en liste af tekster.
api-request-missing = Der skal være en anmodning: Angiv et objekt som {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = Anmodningen er ikke gyldig JSON (ved { $at }): Angiv et objekt som {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = Anmodningen skal være et objekt som {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Angiv det regelsæt fra leverandøren, der skal tjekkes imod: et af { $policies }.
api-policy-unknown = Ukendt regelsæt { $policy }: Brug et af { $policies }.
api-not-ready = Anmodningen er ikke klar endnu: Ret først { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problemer
  }.
api-ticket-format = Ukendt ticketformat »{ $found }«: Brug text, markdown eller json.
api-time-received = Det modtagne tidspunkt: { $problem }.

## Supportteamets tjek (`refresh-request check`, tjenestens svar, supportteamets side)

desk-summary-ready = Klar: Som modtaget den { $received } overholder anmodningen alle regler i { $policy } (version { $version }).
desk-summary-edited = Ikke klar: Som modtaget den { $received } overholder anmodningen alle regler i { $policy } (version { $version }), men { $edited ->
    [one] { $edited } linje i ticketten blev
   *[other] { $edited } linjer i ticketten blev
  } redigeret, efter den blev skrevet: Stol på anmodningen, ikke på teksten.
desk-summary-errors = Ikke klar: Som modtaget den { $received } har anmodningen { $errors } fejl i forhold til { $policy } (version { $version }).
desk-summary-errors-edited = Ikke klar: Som modtaget den { $received } har anmodningen { $errors } fejl i forhold til { $policy } (version { $version }), og { $edited ->
    [one] { $edited } linje i ticketten blev
   *[other] { $edited } linjer i ticketten blev
  } redigeret, efter den blev skrevet: Stol på anmodningen, ikke på teksten.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } punkt kræver
   *[other] { $count } punkter kræver
  } leverandørens godkendelse.
desk-summary-checked = {" "}Ifølge ticketten blev den tjekket den { $checked }.
desk-summary-submitted = {" "}Ifølge anmodningen blev den indsendt den { $submitted }.
desk-summary-unsubmitted = {" "}Anmodningen oplyser ikke, hvornår den blev indsendt.
desk-summary-new = {" "}Siden kundens tjek er der kommet { $count ->
    [one] { $count } bemærkning
   *[other] { $count } bemærkninger
  } til.
desk-text-ready = KLAR — { $name } (regelsæt { $policy }, version { $version })
desk-text-not-ready = IKKE KLAR — { $name } (regelsæt { $policy }, version { $version })
desk-text-submitted = Indsendt: { $at }
desk-text-unsubmitted = Indsendt: ikke oplyst
desk-text-received = Modtaget: { $at }
desk-text-changes = Siden kundens tjek:
desk-text-new = ny: { $finding }
desk-text-gone = væk: { $finding }
desk-text-on = { $rule } ved { $field }
ticket-edited = Linje { $line } er redigeret: Der står »{ $received }«, men den tjekkede anmodning siger »{ $written }«.
ticket-edited--missing = Linje { $line } (»{ $written }«) mangler.
ticket-edited--added = Der er tilføjet en linje efter linje { $line }: »{ $received }«.
ticket-edited--differs = Linje { $line } afviger.
ticket-policy_changed = Ticketten blev tjekket mod regelsættet { $policy }, version { $version }; dette tjek bruger { $desk_policy }, version { $desk_version }, så dens linjer blev ikke sammenlignet.
ticket-unverified = Tickettens anmodning overholder ikke reglerne på det tidspunkt, hvor den ifølge ticketten blev tjekket, så formularen har ikke skrevet denne ticket, som den er: Dens linjer blev ikke sammenlignet.
desk-no-request = Ingen anmodning fundet: Teksten indeholder ingen refresh-request-data ({ $marker }) og er ikke et JSON-objekt med en anmodning.
desk-no-data = Ingen anmodning fundet: Denne ticket indeholder ingen refresh-request-data; bed kunden om at oprette ticketten igen med formularen.
desk-unknown-policy = Ukendt regelsæt »{ $policy }«: Angiv dets fil med --policy STI.
desk-damaged--version = Tickettens anmodningsdata har version { $found }; dette tjek læser version { $known }: Opdater kommandoen refresh-request.
desk-damaged--cut = Tickettens anmodningsdata er afskåret: Den sidste linje ({ $marker } …) mangler.
desk-damaged--lines = Tickettens anmodningsdata er beskadiget: Linjer er ændret, eller nogle mangler.
desk-damaged--checksum = Tickettens anmodningsdata er beskadiget: De passer ikke med deres kontrolsum, så linjer er ændret eller gået tabt.
desk-damaged--content = Tickettens anmodningsdata er beskadiget: { $what ->
    [format] De angiver intet ticketformat
    [version] De angiver ingen version af regelsættet
    [request] De indeholder ingen anmodning, der angiver sit regelsæt
   *[json] Det er ikke den JSON, som dette format skriver
  }.

## Kommandoens og tjenestens egne svar

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: ingen regelsætfil og intet indbygget regelsæt »{ $found }«: Brug et af { $policies } eller stien til en regelsætfil
serve-policy-unknown = Ukendt regelsæt »{ $policy }«: Denne tjeneste kender { $policies } (læg en regelsætfil i dens --policy-dir).
serve-check-slow = Tjekket tog over { $seconds } s og blev opgivet: Denne body er ikke en ticket, som formularen har skrevet.
serve-check-failed = Tjekket mislykkedes inde i tjenesten: Rapportér venligst denne ticket.
serve-media-type = Content-Type { $media } læses ikke: Send ticketten som text/plain eller JSON {"{"}"body": "…"{"}"} som application/json.
serve-json-shape = JSON-bodyen skal være et objekt med "body" (tickettens tekst) og eventuelt "received_at", "policy" og "lang" (strenge): { $detail }.
serve-json-invalid = Bodyen er ikke gyldig JSON: { $detail }.
serve-lang-unknown = lang: Tjenesten taler ikke »{ $found }«: Brug et af { $langs }.
serve-not-found = Stien findes ikke: Tjenesten svarer på POST /v1/check, GET /v1/policies og GET /healthz.
serve-method = Denne sti tager ikke imod den metode: Allow-headeren siger, hvilke den tager imod (POST til /v1/check, GET til /v1/policies og /healthz).
serve-too-large = Bodyen er over { $kb } KB: Send kun tickettens body.
serve-too-slow = Forespørgslen kom ikke frem i tide: Send den hel og uden pauser.
serve-token-missing = Tjenesten kræver headeren Authorization: Bearer <token>.
serve-token-wrong = Bearer-tokenet er forkert.

## Indlæsning af regelsæt

policy-unusable = Regelsættet »{ $policy }« kan ikke bruges: { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problemer
  }
policy-expected-language-tag = en sprogkode, en af { $tags }
policy-expected-message-id = id'et for en indbygget meddelelse
policy-found-did-you-mean = { $found } (mente du »{ $near }«?)
policy-expected-fluent = en meddelelse i Fluent-syntaks
policy-expected-fluent-hint = en meddelelse i Fluent-syntaks (en variabel som {"{"} $name {"}"}, en krøllet parentes som {"{"}"{"{"}"{"}"})
policy-expected-variables = kun den indbyggede meddelelses variabler: { $variables }
policy-expected-no-variables = ingen variabler (den indbyggede meddelelse har ingen)
policy-expected-holiday-id = id'et for en helligdag i helligdagsdataene, som "holiday-name-christmas-day"
policy-problem = { $path }: forventede { $expected }, fandt { $found }
policy-problem-more = … og { $more } til
policy-unnamed = (regelsæt uden navn)
policy-unknown-key--near = ukendt nøgle; mente du `{ $near }`?
policy-unknown-key = ukendt nøgle
policy-unknown-keys-more = … og { $more ->
    [one] { $more } ukendt nøgle til
   *[other] { $more } ukendte nøgler til
  }
policy-expected-list-of = en liste af { $item }
policy-expected-object = et objekt
policy-expected-json-object = et JSON-objekt
policy-expected-max-chars = højst { $max } tegn
policy-expected-nonempty = en streng, der ikke er tom
policy-expected-bool = true eller false
policy-expected-whole = et heltal fra { $min } til { $max }
policy-expected-max-entries = højst { $max } elementer (intet rigtigt regelsæt har brug for flere)
policy-expected-time-of-day = et klokkeslæt i UTC som "01:00"
policy-expected-id = små bogstaver, cifre og bindestreger
policy-expected-naming = "name" eller "url"
policy-expected-after-start = et tidspunkt efter starten
policy-expected-notice = præcis én af "business_days" eller "hours"
policy-expected-preserve = "never", "when_preserving_users" eller "always"
policy-expected-preserve-needs = "when_preserving_users" kun med "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" eller "release_patch"
policy-expected-severity = "error", "approval" eller "warning"
policy-expected-kinds-listed = typer, der står i environments.kinds
policy-expected-kind-listed = en type, der står i environments.kinds
policy-expected-kinds-for-directions = en liste af typer (directions skal bruge dem)
policy-expected-kind-pair = et par af typer som ["PROD", "TEST"]
policy-expected-question-key = nøglen til et af spørgsmålene
policy-expected-ack-rule = et regel-id, der starter med "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = en e-mailadresse som "support@example.com"
policy-expected-https = en https://-adresse
policy-expected-fixed-host = en adresse med fast host ({"{"}subject{"}"} og {"{"}body{"}"} kun i stien, query-delen eller fragmentet)
policy-expected-placeholder = en adresse med pladsholderen {"{"}subject{"}"} eller {"{"}body{"}"}
policy-expected-instant = et UTC-tidspunkt som "2024-12-24T00:00:00Z"
policy-expected-after-from = et tidspunkt efter "from"
policy-expected-unique-keys = nøgler, der er unikke og ikke er en indbygget nøgle i anmodningen
policy-expected-size = en regelsætsfil på højst { $max } bytes ({ $kb } KB)
policy-found-invalid-json = ugyldig JSON ved { $at }
policy-expected-key-once = hver nøgle kun én gang i sit objekt
policy-found-key-again = "{ $key }" angivet igen (kun den sidste værdi ville gælde)
policy-expected-other-language = et andet sprog end regelsættets eget (»{ $own }«)
policy-expected-language-once = hvert sprog én gang
policy-found-same-language = »{ $tag }«, samme sprog som »{ $first }«
policy-expected-ack-key = nøglen til en af bekræftelserne
policy-expected-note-id = id'et på en af bemærkningerne
policy-expected-items = en liste med { $count } (én for hvert punkt på regelsættets egen tjekliste)
policy-expected-reasons = en liste med { $count } (en begrundelse, eller null for dens egen, for hver spærreperiode i regelsættet)
policy-expected-text-or-null = en ikke-tom streng eller null

## JSON-syntaks

json-at = linje { $line }, kolonne { $column }: { $problem }
json-eof-list = teksten slutter inde i en liste: Der mangler en afsluttende `]`
json-eof-object = teksten slutter inde i et objekt: Der mangler en afsluttende `{"}"}`
json-eof-string = teksten slutter inde i anførselstegn: Der mangler et afsluttende `"`
json-eof-value = teksten slutter, hvor der skulle stå en værdi
json-colon = der skal stå et kolon `:` efter nøglen
json-comma-list = der mangler et komma `,` eller listens afsluttende `]`
json-comma-object = der mangler et komma `,` eller objektets afsluttende `{"}"}`
json-ident = et ord her skal være `true`, `false` eller `null`
json-value = her skal der stå en værdi: tekst i dobbelte anførselstegn, et tal, `true`, `false`, `null`, en liste eller et objekt
json-key = her skal der stå en nøgle i dobbelte anførselstegn
json-trailing-comma = der står et komma før en afsluttende parentes: Fjern det
json-trailing = der står mere tekst efter slutningen af JSON-teksten
json-escape = en backslash i anførselstegn starter en ukendt escape-sekvens (skriv `\\` for en backslash)
json-number = et tal er ikke skrevet, som JSON skriver tal
json-number-range = et tal er for stort
json-depth = lister og objekter er indlejret mere end 128 niveauer dybt
json-control = et linjeskift eller en tabulator i anførselstegn skal skrives som `\n` eller `\t`

### TICKET (supportteamets sprog)

ticket-subject = Database-refresh: { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (fra et bestemt tidspunkt)
ticket-title = Anmodning om database-refresh — { $vendor }
ticket-yes = Ja
ticket-no = Nej
ticket-question = { $question }:
ticket-direction = Retning for refreshen
ticket-refresh-type = Type af refresh
ticket-type-pit = Fra et bestemt tidspunkt: produktionsdata pr. { $restore }
ticket-type-standard = Standard: de seneste produktionsdata
ticket-preserve-users = Behold brugeroplysninger (sikkerhedsliste) i målmiljøet
ticket-source-version = Kildemiljøets version
ticket-target-version = Målmiljøets version
ticket-next-upgrade = Næste planlagte opgradering
ticket-region-none = Ingen valgt
ticket-region = Helligdage, der tages hensyn til
ticket-schedule-one = Ønsket tidspunkt (UTC; nedetiden varer { $duration })
ticket-schedule-many = Foreslåede tidsvinduer (hvert på { $duration }, UTC)
ticket-window = Tidsvindue { $window }: { $span }
ticket-checklist = Tjekliste
ticket-noted = Noteret
ticket-footer = Tjekket mod regelsættet { $policy }, version { $version }, af formularen til refresh-anmodninger den { $checked }.
ticket-carried-intro = Linjerne nedenfor indeholder den tjekkede anmodning til leverandørens supportteam: Lad dem være uændrede.
handoff-too-long = Indsæt ticketten fra formularen til refresh-anmodninger her: Den var for lang til at passe ind i dette link.
ics-summary-many = { $subject } (tidsvindue { $window } af { $windows })
ics-which-one = Det foreslåede tidsvindue
ics-which-many = Foreslået tidsvindue { $window } af { $windows }
ics-description = Database-refresh: { $source } → { $target }.
    Leverandør: { $vendor }.
    { $which }, varighed { $duration } (UTC). Foreløbigt: Leverandøren har ikke bekræftet det endnu.
    Tjekket mod regelsættet { $policy }, version { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = For tidligt
calendar-label-too-late = For sent
calendar-label-holiday = Helligdag
calendar-label-unchecked = Helligdage ikke tjekket
calendar-label-blackout = Spærreperiode
calendar-label-approval-only = Kun uden for servicetiden
calendar-label-after-max = Efter { $year }

holiday-observed = { $name } (flyttet)
holiday-estimated = { $name } (forventet dato)
holiday-observed-estimated = { $name } (flyttet, forventet dato)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = ANZAC-dag
holiday-name-ascension-day = Kristi himmelfartsdag
holiday-name-australia-day = Australiens nationaldag
holiday-name-autumnal-equinox-day = Efterårsjævndøgn
holiday-name-boxing-day = 2. juledag
holiday-name-buddha-purnima = Buddha Purnima
holiday-name-childrens-day = Børnenes dag
holiday-name-chinese-new-year = Kinesisk nytår
holiday-name-christmas = Jul
holiday-name-christmas-day = Juledag
holiday-name-columbus-day = Columbusdag
holiday-name-coming-of-age-day = Myndighedsdagen
holiday-name-constitution-day = Grundlovsdag
holiday-name-coronation-of-charles-iii = Kroningen af Charles III
holiday-name-culture-day = Kulturens dag
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Guds Moders hensovelse
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = 2. påskedag
holiday-name-easter-sunday = Påskedag
holiday-name-emperors-birthday = Kejserens fødselsdag
holiday-name-epiphany = Helligtrekonger
holiday-name-foundation-day = Rigets grundlæggelsesdag
holiday-name-german-unity-day = Tysklands genforeningsdag
holiday-name-glorifying-mother-of-god = Guds Moders synaksis
holiday-name-good-friday = Langfredag
holiday-name-great-prayer-day = Store bededag
holiday-name-green-monday = Ren mandag
holiday-name-greenery-day = Det grønnes dag
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (offerfest)
holiday-name-hari-raya-puasa = Hari Raya Puasa (eid al-fitr)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Eid al-Fitr
holiday-name-id-ul-zuha-bakrid = Eid al-Adha (Bakrid)
holiday-name-independence-day = Uafhængighedsdag
holiday-name-janmashtami-vaishnava = Janmashtami (vishnuitisk)
holiday-name-juneteenth-national-independence-day = Juneteenth (slavefrigørelsesdag)
holiday-name-kings-day = Kongens dag
holiday-name-labor-day = Arbejdernes kampdag
holiday-name-labor-day--us = Labor Day (amerikansk arbejderdag)
holiday-name-labor-thanksgiving-day = Arbejdets taksigelsesdag
holiday-name-labour-day = Arbejdernes kampdag
holiday-name-late-summer-bank-holiday = Bankhelligdag i sensommeren
holiday-name-liberation-day = Befrielsesdag
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Havets dag
holiday-name-martin-luther-king-jr-day = Martin Luther King-dag
holiday-name-maundy-thursday = Skærtorsdag
holiday-name-may-day = Bankhelligdag i maj
holiday-name-memorial-day = Mindedag
holiday-name-milad-un-nabi = Profetens fødselsdag (Milad-un-Nabi)
holiday-name-mountain-day = Bjergenes dag
holiday-name-muharram = Muharram
holiday-name-national-day = Nationaldag
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = National sørgedag for dronning Elizabeth II
holiday-name-national-holiday = National helligdag
holiday-name-new-years-day = Nytårsdag
holiday-name-ohi-day = Ochi-dagen
holiday-name-pentecost = Pinsedag
holiday-name-pentecost-monday = 2. pinsedag
holiday-name-platinum-jubilee-of-elizabeth-ii = Elizabeth II's platinjubilæum
holiday-name-polling-day = Valgdag
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Republikkens dag
holiday-name-respect-for-the-aged-day = De ældres dag
holiday-name-second-day-of-christmas = 2. juledag
holiday-name-showa-day = Shōwa-dagen
holiday-name-sports-day = Sportens dag
holiday-name-spring-bank-holiday = Bankhelligdag i foråret
holiday-name-state-funeral-of-queen-elizabeth-ii = Statsbegravelse af dronning Elizabeth II
holiday-name-substitute-holiday = Erstatningshelligdag
holiday-name-thanksgiving-day = Taksigelsesdag
holiday-name-vernal-equinox-day = Forårsjævndøgn
holiday-name-vesak-day = Vesak
holiday-name-veterans-day = Veterandag
holiday-name-washingtons-birthday = Washingtons fødselsdag
