### Les textes du noyau en français (vouvoiement). Termes : glossary.md.
### Variables comme dans en/core.ftl ; dates et heures formatées par l'appelant.
### Espaces fines insécables (U+202F) avant : ; ? ! et dans les guillemets « ».

## Gravité

severity-error = À corriger
severity-approval = Nécessite l'approbation du fournisseur
severity-warning = À vérifier
severity-info = Bon à savoir

## Champs obligatoires, valeurs illisibles ou trop longues

field-required--env = Indiquez « { $label } »{ $example ->
    [none] {""}
   *[other] , par exemple { $example }
  }.
field-required--kind = Choisissez le type de l'{ $side ->
    [source] environnement source
   *[target] environnement cible
  } : { $kinds }.
field-required--window = Indiquez la date et l'heure UTC auxquelles le rafraîchissement doit commencer.
field-required--windows = Proposez { $count } créneaux : indiquez une date et une heure UTC pour chacun.
field-required--window-n = Indiquez le début du { $window ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
   *[other] prochain
  } créneau, en UTC.
field-required--restore-point = Indiquez le point de restauration : le moment (UTC) dont vous voulez copier les données de production.
field-required--version = Indiquez la version de l'{ $side ->
    [source] environnement source
   *[target] environnement cible
  } avec son build ou son patch{ $example ->
    [none] {""}
   *[other] , par exemple { $example }
  }.

field-invalid--text = « { $label } » doit être du texte ; trouvé : { $found }.
field-invalid--text-named = { $label } : texte attendu, trouvé : { $found }.
field-invalid--yes-no = { $label } : répondez par oui ou par non ; trouvé : { $found }.
field-invalid--instant = { $label } : { $problem }.
field-invalid--instant-kind = { $label } : date et heure UTC attendues, par exemple 2024-10-09T02:00Z ; trouvé : { $found }.
field-invalid--kind = Le type de l'{ $side ->
    [source] environnement source
   *[target] environnement cible
  } doit être l'un des suivants : { $kinds } ; trouvé : « { $value } ».
field-invalid--refresh-type = Le type de rafraîchissement doit être « standard » ou « point_in_time » ; trouvé : « { $value } ».
field-invalid--refresh-type-kind = Le type de rafraîchissement doit être « standard » ou « point_in_time » ; trouvé : { $found }.
field-invalid--region = La région des jours fériés doit être l'une des suivantes : { $regions }, ou aucune ; trouvé : « { $value } ».
field-invalid--region-kind = La région des jours fériés doit être un code comme GB ; trouvé : { $found }.
field-invalid--windows = Le début du créneau doit être { $expected ->
    [list] une liste d'heures de début UTC, par exemple ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] une date et une heure UTC, par exemple 2024-10-09T02:00Z
  } ; trouvé : { $found }.
field-too_long = { $label } : ce texte compte { $length } caractères, et un champ d'une ligne en accepte au plus { $max }. Votre texte est conservé : raccourcissez-le à ce dont le fournisseur a besoin.

field-kind-object = un objet
field-kind-list = une liste
field-kind-number = un nombre
field-kind-bool = true ou false
field-kind-null = null
field-kind-text = du texte

## Instants

instant-empty = indiquez une date et une heure UTC, par exemple 2024-10-09 02:00
instant-shape = date et heure UTC attendues, par exemple 2024-10-09 02:00 (ou 2024-10-09T02:00Z) ; trouvé : « { $found } »
instant-date = « { $found } » n'est pas une date réelle : vérifiez le jour et le mois
instant-time = « { $found } » n'est pas une heure réelle : les heures vont de 00 à 23 et les minutes de 00 à 59
instant-seconds = « { $found } » n'est pas une heure réelle : les secondes vont de 00 à 59 (ou omettez-les : le formulaire ne garde que les minutes)
instant-year = l'année { $year } est hors limites : utilisez une année de { $min } à { $max }

## Environnements

url-invalid = « { $label } » doit être une adresse complète commençant par https://, par exemple { $example } ; trouvé : « { $value } ».
env-same--host = La source et la cible sont le même environnement { $kind } sur { $host } : un rafraîchissement copie un environnement sur un autre, choisissez-en donc deux différents.
env-same = La source et la cible sont toutes deux « { $value } » : un rafraîchissement copie un environnement sur un autre, elles doivent donc être différentes.
direction-to_prod = Rafraîchir { $target } à partir de { $source } écrase la production : ce n'est possible qu'avec l'approbation de la gestion des services du fournisseur, que le ticket demandera.
direction-nonstandard = { $source }→{ $target } ne fait pas partie des rafraîchissements habituels du fournisseur ({ $usual }) : vérifiez que la source et la cible ne sont pas inversées.

## Créneaux

notice-business_days = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) est trop proche : le fournisseur demande un préavis de { $amount ->
    [one] { $amount } jour ouvré
   *[other] { $amount } jours ouvrés
  } à compter du { $from } ; le début le plus tôt possible est donc { $earliest }.
notice-hours = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) est trop proche : le fournisseur demande un préavis de { $amount ->
    [one] { $amount } heure
   *[other] { $amount } heures
  } à compter du { $from } ; le début le plus tôt possible est donc { $earliest }.
pit-notice = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) est trop proche pour un rafraîchissement à un instant donné, qui demande un préavis de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } : le début le plus tôt possible est { $earliest }.
pit-max_age = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) tombe plus de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } après le point de restauration ; le début le plus tard possible est donc { $latest }. Choisissez un créneau plus tôt ou un point de restauration plus tardif.
pit-future = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) commence avant le point de restauration ({ $restore }) : on ne peut pas restaurer des données du futur. Choisissez un point de restauration antérieur au début du créneau.
window-weekend = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) tombe un { $weekday } : le fournisseur n'effectue pas de rafraîchissement le week-end. Choisissez un moment du lundi au vendredi.
window-holiday = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) tombe le { $day }, { $holiday }, jour férié { $region }. Choisissez un autre jour ouvré.
holiday-coverage = Les données de jours fériés ne couvrent pas { $year } : les jours fériés { $region } ne sont pas vérifiés pour cette année ; vérifiez la date vous-même.
window-blackout = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) tombe dans une période de gel, « { $reason } » (du { $from } au { $to }) : le fournisseur n'effectue aucun rafraîchissement pendant cette période. Choisissez un créneau qui se termine au plus tard le { $from } ou qui commence le { $to } ou après.
window-hours = { $window ->
    [0] Le créneau
   *[other] Le créneau { $window }
  } ({ $span }) est en dehors des heures de service standard { $season ->
    [summer] de l'heure d'été
   *[winter] de l'heure d'hiver
  } ({ $from }–{ $to } UTC, sur une même journée) : le fournisseur doit l'approuver en interne. Pour l'éviter, commencez à { $from } UTC ou après et terminez au plus tard à { $to } UTC.
window-count = Proposez exactement { $count ->
    [one] { $count } créneau
   *[other] { $count } créneaux
  } de { $duration } chacun ; { $given ->
    [one] { $given } a été indiqué
   *[other] { $given } ont été indiqués
  }.
window-overlap--same = Les créneaux { $first } et { $second } sont identiques ({ $span }) : proposez deux moments différents pour que le fournisseur ait une solution de repli.
window-overlap = Les créneaux { $first } et { $second } se chevauchent : chacun dure { $duration }, le second devrait donc commencer à { $after } ou après.
pit-infeasible = Aucun créneau n'est possible : un rafraîchissement à un instant donné demande un préavis de { $notice ->
    [one] { $notice } jour
   *[other] { $notice } jours
  }, mais les données du { $restore } ne peuvent être restaurées que jusqu'au { $until } ({ $age ->
    [one] { $age } jour plus tard
   *[other] { $age } jours plus tard
  }). La dernière demande qui aurait fonctionné datait du { $latest_submission }. Choisissez un point de restauration à partir du { $earliest_restore }, ou demandez un rafraîchissement standard.

duration-hours = { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }

## Versions

version-missing = Indiquez la version du schéma de l'{ $side ->
    [source] environnement source
   *[target] environnement cible
  }{ $example ->
    [none] {""}
   *[other] , par exemple { $example }
  } : elle est nécessaire si vous conservez les utilisateurs de l'environnement cible.
version-unreadable = « { $value } » n'est pas une version que le fournisseur peut comparer : indiquez-la avec son build ou son patch{ $example ->
    [none] {""}
   *[other] , par exemple { $example }
  }.
version-mismatch--approval = Les versions du schéma diffèrent ({ $source } et { $target }) : comme vous conservez les utilisateurs de l'environnement cible, le fournisseur organisera d'abord une mise à niveau du schéma des deux environnements vers la dernière version.
version-mismatch--release = Les versions diffèrent ({ $source } et { $target }) : un rafraîchissement n'est possible qu'entre une même version et un même patch, et le fournisseur ne peut faire ni exception ni retour à une version antérieure. Demandez le rafraîchissement avant une mise à niveau, tant que les deux sont sur la même version.
version-mismatch = Les versions diffèrent ({ $source } et { $target }) : les deux environnements devraient être sur la même version.
upgrade-conflict = La prochaine mise à niveau prévue ({ $upgrade }) intervient avant la fin du rafraîchissement ({ $end }) : ensuite, les versions risquent de ne plus correspondre. Choisissez un créneau qui se termine avant la mise à niveau, ou vérifiez le calendrier des mises à niveau.

## Liste de contrôle

ack = Confirmez ce point de la liste de contrôle : « { $item } ».

## Calendrier

calendar-too-soon = Trop tôt : préavis insuffisant
calendar-too-late = Trop tard : point de restauration plus ancien que permis
calendar-before-restore = Avant le point de restauration
calendar-weekend = Week-end
calendar-holiday = Jour férié : { $name }
calendar-unchecked = Jours fériés non vérifiés : pas de données pour { $year }
calendar-blackout = Période de gel : { $reason }
calendar-outside-hours = En dehors des heures de service
calendar-after-max = Après { $year } : aucune date acceptée par le formulaire
calendar-from = À partir de { $time } UTC
calendar-approval-only = Seulement en dehors des heures de service : nécessite l'approbation du fournisseur

## Régions des jours fériés

region-GB = Royaume-Uni (Angleterre et pays de Galles)
region-US = États-Unis (fédéral)
region-SG = Singapour
region-NO = Norvège
region-GR = Grèce
region-DK = Danemark
region-DE = Allemagne (national)
region-NL = Pays-Bas
region-IN = Inde
region-AU = Australie (national)
region-JP = Japon

# La région avec sa préposition ($region dans window-holiday et holiday-coverage).
region-in-GB = au Royaume-Uni (Angleterre et pays de Galles)
region-in-US = aux États-Unis (fédéral)
region-in-SG = à Singapour
region-in-NO = en Norvège
region-in-GR = en Grèce
region-in-DK = au Danemark
region-in-DE = en Allemagne (national)
region-in-NL = aux Pays-Bas
region-in-IN = en Inde
region-in-AU = en Australie (national)
region-in-JP = au Japon

## Noms des champs

key-policy = Politique
key-submitted_at = Heure de la demande
key-source = Source
key-target = Cible
key-source-url = URL de la source
key-target-url = URL de la cible
key-source_kind = Type de la source
key-target_kind = Type de la cible
key-window = Début du créneau
key-windows = Créneaux
key-refresh_type = Type de rafraîchissement
key-restore_point = Point de restauration
key-preserve_users = Conserver les utilisateurs de la cible
key-source_version = Version de la source
key-target_version = Version de la cible
key-holiday_region = Région des jours fériés
key-next_upgrade = Prochaine mise à niveau prévue
field-window = Créneau { $window }
weekday = { $day ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
  }

## API JS et service

api-value-kind = La valeur de « { $key } » est { $found }, ce qu'une demande ne peut pas contenir : donnez du texte, true / false ou une liste de textes.
api-request-missing = Une demande est nécessaire : passez un objet comme {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = La demande n'est pas du JSON valide (à { $at }) : passez un objet comme {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = La demande doit être un objet comme {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Nommez la politique du fournisseur à appliquer : l'une de { $policies }.
api-policy-unknown = Politique inconnue { $policy } : utilisez l'une de { $policies }.
api-not-ready = La demande n'est pas prête : corrigez d'abord { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
  }.
api-ticket-format = Format de ticket inconnu « { $found } » : utilisez text, markdown ou json.
api-time-received = L'heure reçue : { $problem }.

## La vérification par l'équipe d'assistance (`refresh-request check`, la réponse du service, la page de l'équipe)

desk-summary-ready = Prête : telle que reçue le { $received }, la demande respecte toutes les règles de { $policy } (version { $version }).
desk-summary-edited = Pas prête : telle que reçue le { $received }, la demande respecte toutes les règles de { $policy } (version { $version }), mais { $edited ->
    [one] { $edited } ligne du ticket a été modifiée
   *[other] { $edited } lignes du ticket ont été modifiées
  } après sa rédaction : fiez-vous à la demande, pas au texte.
desk-summary-errors = Pas prête : telle que reçue le { $received }, la demande comporte { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
  } au regard de { $policy } (version { $version }).
desk-summary-errors-edited = Pas prête : telle que reçue le { $received }, la demande comporte { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
  } au regard de { $policy } (version { $version }), et { $edited ->
    [one] { $edited } ligne du ticket a été modifiée
   *[other] { $edited } lignes du ticket ont été modifiées
  } après sa rédaction : fiez-vous à la demande, pas au texte.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } point nécessite
   *[other] { $count } points nécessitent
  } l'approbation du fournisseur.
desk-summary-checked = {" "}Le ticket indique une vérification le { $checked }.
desk-summary-submitted = {" "}La demande indique avoir été soumise le { $submitted }.
desk-summary-unsubmitted = {" "}La demande n'indique pas quand elle a été soumise.
desk-summary-new = {" "}Depuis la vérification du client, { $count ->
    [one] { $count } résultat de contrôle est apparu
   *[other] { $count } résultats de contrôle sont apparus
  }.
desk-text-ready = PRÊTE — { $name } (politique { $policy }, version { $version })
desk-text-not-ready = PAS PRÊTE — { $name } (politique { $policy }, version { $version })
desk-text-submitted = Soumise : { $at }
desk-text-unsubmitted = Soumise : non indiqué
desk-text-received = Reçue :   { $at }
desk-text-changes = Depuis la vérification du client :
desk-text-new = nouveau : { $finding }
desk-text-gone = disparu : { $finding }
desk-text-on = { $rule } sur { $field }
ticket-edited = La ligne { $line } a été modifiée : elle indique « { $received } », mais la demande vérifiée indique « { $written } ».
ticket-edited--missing = La ligne { $line } (« { $written } ») manque.
ticket-edited--added = Une ligne a été ajoutée après la ligne { $line } : « { $received } ».
ticket-edited--differs = La ligne { $line } diffère.
ticket-policy_changed = Le ticket a été vérifié selon la politique { $policy }, version { $version } ; cette vérification utilise { $desk_policy }, version { $desk_version }, ses lignes n'ont donc pas été comparées.
ticket-unverified = La demande du ticket ne respecte pas les règles au moment où le ticket indique avoir été vérifié : le formulaire n'a donc pas rédigé ce ticket tel quel, et ses lignes n'ont pas été comparées.
desk-no-request = Aucune demande trouvée : le texte ne contient pas de données refresh-request ({ $marker }) et n'est pas un objet JSON de demande.
desk-no-data = Aucune demande trouvée : ce ticket ne contient pas de données refresh-request ; demandez au client de recréer le ticket avec le formulaire.
desk-unknown-policy = Politique inconnue « { $policy } » : indiquez son fichier avec --policy CHEMIN.
desk-damaged--version = Les données de demande du ticket sont en version { $found } ; cette vérification lit la version { $known } : mettez à jour la commande refresh-request.
desk-damaged--cut = Les données de demande du ticket sont tronquées : leur dernière ligne ({ $marker } …) manque.
desk-damaged--lines = Les données de demande du ticket sont endommagées : des lignes ont été modifiées ou manquent.
desk-damaged--checksum = Les données de demande du ticket sont endommagées : elles ne correspondent pas à leur somme de contrôle, des lignes ont donc été modifiées ou perdues.
desk-damaged--content = Les données de demande du ticket sont endommagées : { $what ->
    [format] elles n'indiquent aucun format de ticket
    [version] elles n'indiquent aucune version de politique
    [request] elles ne contiennent aucune demande qui nomme sa politique
   *[json] ce n'est pas le JSON qu'écrit ce format
  }.

## Les réponses propres à la commande et au service

cli-option-problem = { $option } : { $problem }
cli-policy-unknown = --policy : aucun fichier de politique ni politique intégrée « { $found } » : utilisez l'une de { $policies }, ou le chemin d'un fichier de politique
serve-policy-unknown = Politique inconnue « { $policy } » : ce service connaît { $policies } (ajoutez un fichier de politique à son --policy-dir).
serve-check-slow = La vérification a dépassé { $seconds } s et a été abandonnée : ce corps n'est pas un ticket rédigé par le formulaire.
serve-check-failed = La vérification a échoué dans le service : veuillez signaler ce ticket.
serve-media-type = Le Content-Type { $media } n'est pas lu : envoyez le ticket en text/plain, ou du JSON {"{"}"body": "…"{"}"} en application/json.
serve-json-shape = Le corps JSON doit être un objet avec "body" (le texte du ticket) et, en option, "received_at", "policy" et "lang" (des chaînes) : { $detail }.
serve-json-invalid = Le corps n'est pas du JSON valide : { $detail }.
serve-lang-unknown = lang : le service ne parle pas « { $found } » : utilisez l'une de { $langs }.
serve-not-found = Ce chemin n'existe pas : le service répond à POST /v1/check, GET /v1/policies et GET /healthz.
serve-method = Ce chemin n'accepte pas cette méthode : l'en-tête Allow indique celles qu'il accepte (POST pour /v1/check, GET pour /v1/policies et /healthz).
serve-too-large = Le corps dépasse { $kb } Ko : envoyez seulement le corps du ticket.
serve-too-slow = La requête n'est pas arrivée à temps : envoyez-la en entier, sans pause.
serve-token-missing = Ce service demande l'en-tête Authorization: Bearer <token>.
serve-token-wrong = Le jeton Bearer est incorrect.

## Chargement des politiques

policy-unusable = La politique « { $policy } » ne peut pas être utilisée : { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
  }
policy-expected-language-tag = une balise de langue, parmi { $tags }
policy-expected-message-id = l'identifiant d'un message intégré
policy-found-did-you-mean = { $found } (vouliez-vous dire « { $near } » ?)
policy-expected-fluent = un message en syntaxe Fluent
policy-expected-fluent-hint = un message en syntaxe Fluent (une variable s'écrit {"{"} $name {"}"}, une accolade {"{"}"{"{"}"{"}"})
policy-expected-variables = uniquement les variables du message intégré : { $variables }
policy-expected-no-variables = aucune variable (le message intégré n'en a pas)
policy-expected-holiday-id = l'identifiant d'un jour férié des données de jours fériés, comme "holiday-name-christmas-day"
policy-problem = { $path } : attendu { $expected }, trouvé { $found }
policy-problem-more = … et { $more } de plus
policy-unnamed = (politique sans nom)
policy-unknown-key--near = clé inconnue ; vouliez-vous dire `{ $near }` ?
policy-unknown-key = clé inconnue
policy-unknown-keys-more = … et { $more ->
    [one] { $more } autre clé inconnue
   *[other] { $more } autres clés inconnues
  }
policy-expected-list-of = une liste de { $item }
policy-expected-object = un objet
policy-expected-json-object = un objet JSON
policy-expected-max-chars = au plus { $max } caractères
policy-expected-nonempty = une chaîne non vide
policy-expected-bool = true ou false
policy-expected-whole = un nombre entier de { $min } à { $max }
policy-expected-max-entries = au plus { $max } entrées (aucune politique réelle n'en a besoin de plus)
policy-expected-time-of-day = une heure UTC comme "01:00"
policy-expected-id = des lettres minuscules, des chiffres et des tirets
policy-expected-naming = "name" ou "url"
policy-expected-after-start = une heure postérieure au début
policy-expected-notice = exactement l'un de "business_days" ou "hours"
policy-expected-preserve = "never", "when_preserving_users" ou "always"
policy-expected-preserve-needs = "when_preserving_users" seulement avec "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" ou "release_patch"
policy-expected-severity = "error", "approval" ou "warning"
policy-expected-kinds-listed = des types listés dans environments.kinds
policy-expected-kind-listed = un type listé dans environments.kinds
policy-expected-kinds-for-directions = une liste de types (directions en a besoin)
policy-expected-kind-pair = une paire de types comme ["PROD", "TEST"]
policy-expected-question-key = la clé de l'une des questions
policy-expected-ack-rule = un identifiant de règle commençant par "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = une adresse e-mail comme "support@example.com"
policy-expected-https = une adresse https://
policy-expected-fixed-host = une adresse dont l'hôte est fixe ({"{"}subject{"}"} et {"{"}body{"}"} seulement dans le chemin, la requête ou le fragment)
policy-expected-placeholder = une adresse avec un espace réservé {"{"}subject{"}"} ou {"{"}body{"}"}
policy-expected-instant = un instant UTC comme "2024-12-24T00:00:00Z"
policy-expected-after-from = un instant postérieur à "from"
policy-expected-unique-keys = des clés uniques qui ne sont pas des clés intégrées de la demande
policy-expected-size = un fichier de politique d'au plus { $max } octets ({ $kb } Ko)
policy-found-invalid-json = JSON non valide à { $at }
policy-expected-key-once = chaque clé une seule fois dans son objet
policy-found-key-again = "{ $key }" indiqué à nouveau (seule sa dernière valeur compterait)
policy-expected-other-language = une langue autre que celle de la politique (« { $own } »)
policy-expected-language-once = chaque langue une seule fois
policy-found-same-language = « { $tag } », la même langue que « { $first } »
policy-expected-ack-key = la clé de l'une des confirmations
policy-expected-note-id = l'identifiant de l'une des remarques
policy-expected-items = une liste de { $count } (une entrée pour chaque point de la liste de contrôle de la politique)
policy-expected-reasons = une liste de { $count } (un motif, ou null pour garder le sien, pour chaque période de gel de la politique)
policy-expected-text-or-null = une chaîne non vide ou null

## Syntaxe JSON

json-at = ligne { $line }, colonne { $column } : { $problem }
json-eof-list = le texte se termine dans une liste : il manque un `]` fermant
json-eof-object = le texte se termine dans un objet : il manque une `{"}"}` fermante
json-eof-string = le texte se termine entre guillemets : il manque un `"` fermant
json-eof-value = le texte se termine là où une valeur est attendue
json-colon = un deux-points `:` doit suivre la clé
json-comma-list = il manque une virgule `,` ou le `]` fermant de la liste
json-comma-object = il manque une virgule `,` ou l'accolade `{"}"}` fermante de l'objet
json-ident = un mot à cet endroit doit être `true`, `false` ou `null`
json-value = une valeur est attendue ici : du texte entre guillemets doubles, un nombre, `true`, `false`, `null`, une liste ou un objet
json-key = une clé est attendue ici, entre guillemets doubles
json-trailing-comma = une virgule précède un crochet fermant : supprimez-la
json-trailing = il reste du texte après la fin du JSON
json-escape = une barre oblique inverse entre guillemets commence un échappement inconnu (écrivez `\\` pour une barre oblique inverse)
json-number = un nombre n'est pas écrit comme JSON écrit les nombres
json-number-range = un nombre est trop grand
json-depth = les listes et les objets sont imbriqués sur plus de 128 niveaux
json-control = un saut de ligne ou une tabulation entre guillemets doit s'écrire `\n` ou `\t`

### TICKET (langue de l'équipe d'assistance)

ticket-subject = Rafraîchissement de base de données : { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (à un instant donné)
ticket-title = Demande de rafraîchissement de base de données — { $vendor }
ticket-yes = Oui
ticket-no = Non
ticket-question = { $question } :
ticket-direction = Sens du rafraîchissement
ticket-refresh-type = Type de rafraîchissement
ticket-type-pit = À un instant donné : données de production au { $restore }
ticket-type-standard = Standard : les dernières données de production
ticket-preserve-users = Conserver les informations utilisateurs (liste de sécurité) de l'environnement cible
ticket-source-version = Version de la source
ticket-target-version = Version de la cible
ticket-next-upgrade = Prochaine mise à niveau prévue
ticket-region-none = Aucune sélectionnée
ticket-region = Jours fériés pris en compte
ticket-schedule-one = Horaire souhaité (UTC ; l'interruption dure { $duration })
ticket-schedule-many = Créneaux proposés ({ $duration } chacun, UTC)
ticket-window = Créneau { $window } : { $span }
ticket-checklist = Liste de contrôle
ticket-noted = À noter
ticket-footer = Vérifié selon la politique { $policy }, version { $version }, par le formulaire de demande de rafraîchissement le { $checked }.
ticket-carried-intro = Les lignes ci-dessous contiennent la demande vérifiée pour l'équipe d'assistance du fournisseur : ne les modifiez pas.
handoff-too-long = Collez ici le ticket du formulaire de demande de rafraîchissement : il était trop long pour tenir dans ce lien.
ics-summary-many = { $subject } (créneau { $window } sur { $windows })
ics-which-one = Le créneau proposé
ics-which-many = Créneau proposé { $window } sur { $windows }
ics-description = Rafraîchissement de base de données : { $source } → { $target }.
    Fournisseur : { $vendor }.
    { $which }, durée { $duration } (UTC). Provisoire : le fournisseur ne l'a pas encore confirmé.
    Vérifié selon la politique { $policy }, version { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = Trop tôt
calendar-label-too-late = Trop tard
calendar-label-holiday = Jour férié
calendar-label-unchecked = Jours fériés non vérifiés
calendar-label-blackout = Période de gel
calendar-label-approval-only = Seulement en dehors des heures de service
calendar-label-after-max = Après { $year }

holiday-observed = { $name } (reporté)
holiday-estimated = { $name } (date estimée)
holiday-observed-estimated = { $name } (reporté, date estimée)
holiday-pair = { $first } ; { $second }
holiday-name-anzac-day = Anzac Day
holiday-name-ascension-day = Ascension
holiday-name-australia-day = Fête nationale australienne
holiday-name-autumnal-equinox-day = Jour de l'équinoxe d'automne
holiday-name-boxing-day = Lendemain de Noël
holiday-name-buddha-purnima = Bouddha Purnima
holiday-name-childrens-day = Fête des enfants
holiday-name-chinese-new-year = Nouvel An chinois
holiday-name-christmas = Noël
holiday-name-christmas-day = Noël
holiday-name-columbus-day = Jour de Christophe Colomb
holiday-name-coming-of-age-day = Jour de la majorité
holiday-name-constitution-day = Jour de la Constitution
holiday-name-coronation-of-charles-iii = Couronnement de Charles III
holiday-name-culture-day = Jour de la culture
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Dormition de la Mère de Dieu
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Lundi de Pâques
holiday-name-easter-sunday = Dimanche de Pâques
holiday-name-emperors-birthday = Anniversaire de l'Empereur
holiday-name-epiphany = Épiphanie
holiday-name-foundation-day = Jour de la fondation de l'État
holiday-name-german-unity-day = Jour de l'unité allemande
holiday-name-glorifying-mother-of-god = Synaxe de la Mère de Dieu
holiday-name-good-friday = Vendredi saint
holiday-name-great-prayer-day = Jour de la grande prière
holiday-name-green-monday = Lundi pur
holiday-name-greenery-day = Jour de la verdure
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (Aïd al-Adha)
holiday-name-hari-raya-puasa = Hari Raya Puasa (Aïd el-Fitr)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Aïd el-Fitr
holiday-name-id-ul-zuha-bakrid = Aïd al-Adha (Bakrid)
holiday-name-independence-day = Jour de l'Indépendance
holiday-name-janmashtami-vaishnava = Janmashtami (vishnouite)
holiday-name-juneteenth-national-independence-day = Juneteenth (jour de l'émancipation des esclaves)
holiday-name-kings-day = Fête du Roi
holiday-name-labor-day = Fête du Travail
holiday-name-labor-day--us = Fête du Travail (Labor Day)
holiday-name-labor-thanksgiving-day = Fête du travail et de la gratitude
holiday-name-labour-day = Fête du Travail
holiday-name-late-summer-bank-holiday = Jour férié de fin d'été
holiday-name-liberation-day = Jour de la Libération
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Jour de la mer
holiday-name-martin-luther-king-jr-day = Journée de Martin Luther King
holiday-name-maundy-thursday = Jeudi saint
holiday-name-may-day = Jour férié de début mai
holiday-name-memorial-day = Jour du Souvenir
holiday-name-milad-un-nabi = Mawlid (Milad-un-Nabi)
holiday-name-mountain-day = Jour de la montagne
holiday-name-muharram = Mouharram
holiday-name-national-day = Fête nationale
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = Journée nationale de deuil pour la reine Elizabeth II
holiday-name-national-holiday = Jour férié national
holiday-name-new-years-day = Jour de l'An
holiday-name-ohi-day = Jour du Non (Ochi)
holiday-name-pentecost = Pentecôte
holiday-name-pentecost-monday = Lundi de Pentecôte
holiday-name-platinum-jubilee-of-elizabeth-ii = Jubilé de platine d'Elizabeth II
holiday-name-polling-day = Jour du scrutin
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Fête de la République
holiday-name-respect-for-the-aged-day = Jour du respect des personnes âgées
holiday-name-second-day-of-christmas = Lendemain de Noël
holiday-name-showa-day = Jour de Shōwa
holiday-name-sports-day = Journée du sport
holiday-name-spring-bank-holiday = Jour férié de printemps
holiday-name-state-funeral-of-queen-elizabeth-ii = Funérailles nationales de la reine Elizabeth II
holiday-name-substitute-holiday = Jour férié de remplacement
holiday-name-thanksgiving-day = Action de grâce
holiday-name-vernal-equinox-day = Jour de l'équinoxe de printemps
holiday-name-vesak-day = Vesak
holiday-name-veterans-day = Jour des anciens combattants
holiday-name-washingtons-birthday = Anniversaire de Washington
