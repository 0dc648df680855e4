### Les textes de la page en français (vouvoiement). Termes : glossary.md.

## Page

page-title = Demander un rafraîchissement de base de données
page-lede = Remplissez le formulaire : il vérifie votre demande selon les règles du fournisseur pendant la saisie, puis rédige le ticket à coller dans { $paste_into ->
    [embedded] le formulaire de demande
   *[page] le centre d'aide du fournisseur
  }. Toutes les heures sont en UTC.
page-no-policy = Aucune politique de fournisseur n'a pu être chargée : le formulaire ne peut pas s'afficher.
shell-missing-file = Le formulaire n'a pas pu démarrer, car son fichier { $file } n'est pas sur le serveur (HTTP { $status }). Si vous gérez ce site : publiez tout le dossier de build, avec ses fichiers côte à côte.
shell-browser = Le formulaire n'a pas pu démarrer dans ce navigateur ({ $why }). Il nécessite JavaScript et WebAssembly : rechargez la page ou essayez un navigateur à jour.
shell-script-failed = un script a échoué
shell-download = Le formulaire n'a pas pu démarrer, car l'un de ses fichiers n'a pas pu être téléchargé : vérifiez la connexion et rechargez la page.
shell-noscript = Ce formulaire vérifie votre demande dans votre navigateur et nécessite JavaScript et WebAssembly : activez JavaScript pour cette page, puis rechargez-la.
language-menu = Langue

## Fournisseur

vendor = Fournisseur
vendor-fixed = Fournisseur : { $vendor }

## Champs

utc-hint = UTC, par exemple 2024-10-09 02:00
for-example = Par exemple : { $example }
with-build-example = Avec son build ou son patch, par exemple { $example }
yes = Oui
no = Non
choose = Choisir…
environments = Environnements
source = Source
target = Cible
kind-of-source = Type d'environnement source
kind-of-target = Type d'environnement cible{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Type de rafraîchissement
refresh-type-question = Quelles données de production voulez-vous ?
refresh-type-standard = Standard
refresh-type-standard-hint = Les dernières données de production.
refresh-type-pit = À un instant donné
refresh-type-pit-hint = Les données de production à un moment que vous choisissez (le point de restauration). Demande un préavis de { $notice ->
    [one] { $notice } jour
   *[other] { $notice } jours
  }, et le rafraîchissement doit avoir lieu dans les { $age ->
    [one] { $age } jour
   *[other] { $age } jours
  } qui suivent le point de restauration.
restore-point = Point de restauration
restore-point-hint = Le moment dont vous voulez les données de production. { utc-hint }
holiday-region = Jours fériés observés par l'équipe d'assistance
holiday-region-hint = Les créneaux tombant un de ces jours fériés sont refusés.
holiday-region-none = Aucun (jours fériés non vérifiés)
when = Quand
window-start-one = Début du rafraîchissement
window-start-n = Début du créneau { $window }
windows-legend-one = Quand le rafraîchissement doit-il commencer ? L'interruption dure { $duration }.
windows-legend-many = Proposez { $count } créneaux de { $duration } chacun
preserve-users = Conserver les informations utilisateurs de l'environnement cible (sa liste de sécurité) ?
preserve-users-hint = Si non, les utilisateurs de la cible sont remplacés par ceux de la source. Si oui, les deux versions du schéma sont nécessaires.
source-version = Version de la source
target-version = Version de la cible
next-upgrade = Prochaine mise à niveau prévue (facultatif)
next-upgrade-hint = Date UTC, par exemple 2024-11-15, ou date et heure
users-and-versions = Utilisateurs et versions
versions = Versions
about-the-refresh = À propos du rafraîchissement
checklist = Liste de contrôle
checklist-hint = Confirmez chaque point : le fournisseur en a besoin avant le rafraîchissement.
local-echo = = { $text } ({ $zone })
local-zone = votre fuseau horaire

## Étiquettes des messages

tag-error = Erreur
tag-approval = Approbation requise
tag-warning = À vérifier
tag-info = Remarque
tag-error-prefix = Erreur :{" "}

## Récapitulatif des erreurs et contrôles

error-summary-title = Un problème est survenu
checks = Contrôles
go-to-checks = Aller aux contrôles
status-done = Fait
status-todo = À faire
status-fix = À corriger
status-approval = Approbation requise
status-check = À vérifier
status-other = Autre
status-good-to-know = Bon à savoir
earliest-start = Début au plus tôt : { $earliest }
earliest-latest-start = Début au plus tôt : { $earliest } ; début au plus tard : { $latest }
verdict-ready = Prêt : vous pouvez créer le ticket.
verdict-ready-approval = Prêt : vous pouvez créer le ticket. { $approvals ->
    [one] { $approvals } point nécessite
   *[other] { $approvals } points nécessitent
  } l'approbation du fournisseur.
verdict-not-ready = Pas encore prêt : { $errors ->
    [one] { $errors } élément à remplir ou à corriger.
   *[other] { $errors } éléments à remplir ou à corriger.
  }
planned-label = Mode planification :
planned-as-if = comme si la demande était faite le { $when }.

## Mode planification

planning-mode = Mode planification
planning-mode-landmark = Mode planification{ $form ->
    [0] {""}
   *[other] , formulaire { $form }
  }
planning-on = Le mode planification est activé.
planning-off = Le mode planification est désactivé : la vérification se fait par rapport à l'heure actuelle.
planning-as-if = Mode planification : vérification comme si le ticket était créé le { $when }, et non maintenant.
planning-enter = Mode planification : indiquez la date et l'heure de référence ; en attendant, l'heure actuelle est utilisée.
planning-turn-off = Désactiver le mode planification
planning-checked-now = Vérifié par rapport à l'heure actuelle : { $now } (mis à jour chaque minute).
planning-what-if = Et si je fais la demande à une autre date ?
planning-back = Revenir à l'heure actuelle
planning-field = Créer le ticket le (mode planification)
planning-field-hint = Les règles sont vérifiées comme si le ticket était créé à ce moment-là. { utc-hint }

## Calendrier

calendar = Calendrier de planification
calendar-hint = Choisissez un jour disponible pour remplir le prochain créneau vide avec son début au plus tôt. Les heures sont en UTC.
calendar-caption = Quand un créneau peut commencer, du { $from } au { $to } (jours UTC)
calendar-holidays = Jours fériés ({ $region }) pendant ces semaines : { $holidays }
calendar-key-available = Un créneau peut commencer (à partir de l'heure indiquée, UTC)
calendar-key-approval = Seulement en dehors des heures de service : nécessite l'approbation du fournisseur
calendar-key-holiday = Jour férié
calendar-key-weekend = Week-end : pas de rafraîchissement
calendar-key-too-soon-pit = Impossible : trop tôt, ou hors des limites du point de restauration
calendar-key-too-soon = Impossible : trop tôt
calendar-mark-approval = Approbation
calendar-mark-weekend = Week-end
calendar-day = { $day } : { $said }{ $count ->
    [0] {""}
    [one] , créneau { $windows } proposé
   *[other] , créneaux { $windows } proposés
  }
calendar-day-available = disponible à partir de { $time } UTC
calendar-day-approval = possible seulement en dehors des heures de service, avec l'approbation du fournisseur, à partir de { $time } UTC
calendar-day-holiday = impossible : jour férié, { $name }
calendar-day-weekend = impossible : week-end
calendar-day-blackout = impossible : période de gel, { $reason }
calendar-day-other = impossible : { $reason }
calendar-set = { $field } : { $value }.
calendar-all-filled = Tous les créneaux sont déjà remplis : videz-en un (ou modifiez-le) pour utiliser ce jour.
suggest-one = Proposer le premier créneau possible
suggest-many = Proposer les premiers créneaux possibles
suggest-none = Aucun créneau ne peut être proposé : aucun début dans l'année qui vient ne respecte toutes les règles. Consultez les messages ci-dessus.
suggest-filled = Rempli : { $windows }.
suggest-partial = Rempli : { $windows }. Seuls { $found } créneaux sur { $count } ont pu être trouvés.

## Actions

create-ticket = Créer le ticket
copy-share-link = Copier le lien de partage
clear-form = Vider le formulaire
share-link = Lien de partage
form-already-empty = Le formulaire est déjà vide.
form-cleared = Le formulaire a été vidé.
share-too-long = Rien n'a été copié : ce lien ferait { $length } caractères, et les liens de plus de { $max } caractères se cassent souvent dans les e-mails et les centres d'aide. C'est « { $label } » qui le rend si long : raccourcissez-le, ou créez le ticket et copiez-le à la place.
link-copied = Lien copié. Toute personne qui l'ouvre obtient le formulaire rempli tel qu'il est maintenant.
link-copy-failed = La copie automatique a échoué : le lien est sélectionné ci-dessous, appuyez sur Ctrl+C (ou ⌘C) pour le copier.

## Messages

notices = Messages sur cette page
notice-restored = Nous avons restauré ce que vous aviez saisi sur cet appareil.
notice-draft-unreadable = Votre brouillon enregistré n'a pas pu être lu : il a été ignoré et le formulaire commence vide.
notice-from-link = Le formulaire a été rempli à partir du lien que vous avez ouvert. Vérifiez chaque valeur avant de créer le ticket.
notice-unknown-policy = Le lien demandait une politique de fournisseur que cette page ne connaît pas (« { $id } ») : la première est affichée, choisissez le bon fournisseur ci-dessous.
notice-windows-dropped = Le lien proposait plus de créneaux que ce fournisseur n'en accepte : { $dropped ->
    [one] { $dropped } a été ignoré.
   *[other] { $dropped } ont été ignorés.
  }
notice-cleared = Le formulaire a été vidé et le brouillon enregistré supprimé.
notice-not-saved-full = Votre brouillon n'est pas enregistré sur cet appareil : l'espace de stockage de ce navigateur pour le site est plein. Le formulaire fonctionne toujours, mais votre saisie sera perdue si vous quittez ou rechargez la page.
notice-not-saved-blocked = Votre brouillon n'est pas enregistré sur cet appareil : ce navigateur ne permet pas à la page d'enregistrer quoi que ce soit (navigation privée ou paramètre de confidentialité). Le formulaire fonctionne toujours, mais votre saisie sera perdue si vous quittez ou rechargez la page.
notice-not-saved-large = Votre brouillon n'est pas enregistré sur cet appareil : il est trop volumineux (plus de { $max } caractères). Le formulaire fonctionne toujours ; raccourcissez le texte le plus long et il sera de nouveau enregistré.
notice-link-replaced-draft = Les valeurs du lien ont remplacé le brouillon que vous aviez sur cet appareil.
notice-undone = Le formulaire a été restauré.
notice-draft-restored = Votre brouillon précédent a été restauré.
undo = Annuler
restore-draft = Restaurer votre brouillon précédent
dismiss = Fermer
dismiss-label = Fermer ce message

## Ticket

ticket-panel = Votre ticket
ticket-panel-changed = La demande a changé et comporte de nouveau des problèmes : corrigez-les et le ticket réapparaîtra.
ticket-panel-hint = Collez l'objet et le ticket dans { $paste_into ->
    [embedded] le formulaire de demande
   *[page] le centre d'aide du fournisseur
  }. Le ticket se met à jour si vous modifiez le formulaire.
ticket-panel-desk-language = Le ticket est rédigé en { $desk_language }, la langue de l'équipe d'assistance du fournisseur.
subject-line = Objet
copy-subject = Copier l'objet
format = Format
format-text = Texte brut (pour tout formulaire de centre d'aide)
format-markdown = Markdown
format-json = JSON (lisible par une machine)
ticket = Ticket
copy-ticket = Copier le ticket
download = Télécharger { $file }
add-to-calendar = Ajouter au calendrier (.ics)
print-subject = Objet : { $subject }
ticket-copied = Ticket copié dans le presse-papiers. Collez-le dans { $paste_into ->
    [embedded] le formulaire de demande
   *[page] le centre d'aide du fournisseur
  }.
ticket-copy-failed = La copie automatique a échoué : le ticket est sélectionné, appuyez sur Ctrl+C (ou ⌘C) pour le copier.
subject-copied = Objet copié dans le presse-papiers.
subject-copy-failed = La copie automatique a échoué : l'objet est sélectionné, appuyez sur Ctrl+C (ou ⌘C) pour le copier.
send-to-vendor = L'envoyer au fournisseur
send-by-email = Envoyer par e-mail
open-vendor-form = Ouvrir le formulaire de demande du fournisseur
new-tab = (s'ouvre dans un nouvel onglet)
handoff-too-long-note = Ce ticket est trop long pour tenir dans un lien : le message contient l'objet et une ligne demandant le ticket. Copiez d'abord le ticket, puis collez-le.
ics-downloaded = { $file } téléchargé : ouvrez-le pour ajouter les créneaux proposés à votre calendrier, marqués provisoires jusqu'à ce que le fournisseur confirme.
ics-failed = Le téléchargement n'a pas démarré : ajoutez les créneaux à votre calendrier à la main.
downloaded = { $file } téléchargé.
download-failed = Le téléchargement n'a pas démarré : copiez plutôt le ticket.
ticket-tells = Le ticket indique au fournisseur

## Formulaire intégré

loading = Chargement du formulaire…
embed-cannot-show = Ce formulaire ne peut pas s'afficher
try-again = Réessayer
embed-policy-url-unusable = La politique à l'adresse « { $url } » n'a pas pu être utilisée ({ $problems }) :
embed-policy-unusable = La politique « { $policy } » ({ $source }) ne peut pas être utilisée : { $problems }.
embed-source-builtin = intégrée
embed-source-named = désignée par data-policy
embed-source-inline = fournie directement dans cette page
embed-source-url = chargée depuis { $url }
embed-retry-hint = Réessayez dans un instant. Si vous gérez cette page : vérifiez que le fichier est publié sur ce site à cette adresse (voir « Politiques personnalisées » dans le guide d'intégration).
embed-fix-hint = Si vous gérez cette page : corrigez la politique (voir « Politiques personnalisées » dans le guide d'intégration) et rechargez.
embed-problem = attendu { $expected }, trouvé { $found }
embed-problem-more = et { $more } de plus
embed-expected-known-policy = l'identifiant d'une politique connue ({ $policies })
embed-expected-same-origin = une URL sur le site de cette page ({ $origin })
embed-expected-policy-file = un fichier JSON de politique que cette page peut charger
embed-found-timeout = pas de réponse du serveur en { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  }
embed-found-redirect = une redirection vers une autre adresse, depuis laquelle cette page ne peut pas charger (une politique se charge uniquement depuis le site de cette page)
embed-found-offline = pas de connexion au serveur ({ $why })
embed-found-network = une erreur réseau
embed-found-not-http = pas une réponse HTTP
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = un contenu qui n'est pas du texte

## Calendar badges; an embedded form's count of problems

calendar-badge = C{ $window }
embed-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
  }
