### Los textos del núcleo en español (tratamiento de usted). Términos: glossary.md.
### Variables como en en/core.ftl; fechas y horas formateadas por quien llama.
### Comillas latinas «…» alrededor de un valor escrito por el usuario.

## Términos compartidos

-refresh = refresco
-utc = UTC

## Gravedad (grupos de resultados)

severity-error = Debe corregirse
severity-approval = Requiere la aprobación del proveedor
severity-warning = Conviene revisarlo
severity-info = Para su información

## Campos obligatorios, valores ilegibles o demasiado largos

field-required--env = Indique «{ $label }»{ $example ->
    [none] {""}
   *[other] , p. ej., { $example }
  }.
field-required--kind = Elija el tipo del { $side ->
    [source] entorno de origen
   *[target] entorno de destino
  }: { $kinds }.
field-required--window = Indique la fecha y la hora en UTC en que debe comenzar el refresco.
field-required--windows = Proponga { $count ->
    [one] { $count } ventana: indique una fecha y una hora en UTC.
   *[other] { $count } ventanas: indique una fecha y una hora en UTC para cada una.
  }
field-required--window-n = Indique el inicio de la { $window ->
    [1] primera
    [2] segunda
    [3] tercera
    [4] cuarta
   *[other] siguiente
  } ventana, en UTC.
field-required--restore-point = Indique el punto de restauración: el momento en UTC cuyos datos de producción desea copiar.
field-required--version = Indique la versión del { $side ->
    [source] entorno de origen
   *[target] entorno de destino
  } con su build o parche{ $example ->
    [none] {""}
   *[other] , p. ej., { $example }
  }.

field-invalid--text = «{ $label }» debe ser texto; se encontró { $found }.
field-invalid--text-named = { $label }: se esperaba texto; se encontró { $found }.
field-invalid--yes-no = { $label }: responda sí o no; se encontró { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: se esperaba una fecha y una hora en UTC como 2024-10-09T02:00Z; se encontró { $found }.
field-invalid--kind = El tipo del { $side ->
    [source] entorno de origen
   *[target] entorno de destino
  } debe ser uno de los siguientes: { $kinds }; se encontró «{ $value }».
field-invalid--refresh-type = El tipo de refresco debe ser «standard» o «point_in_time»; se encontró «{ $value }».
field-invalid--refresh-type-kind = El tipo de refresco debe ser «standard» o «point_in_time»; se encontró { $found }.
field-invalid--region = La región de días festivos debe ser una de las siguientes: { $regions }, o ninguna; se encontró «{ $value }».
field-invalid--region-kind = La región de días festivos debe ser un código como GB; se encontró { $found }.
field-invalid--windows = El inicio de la ventana debe ser { $expected ->
    [list] una lista de horas de inicio en UTC como ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] una fecha y una hora en UTC como 2024-10-09T02:00Z
  }; se encontró { $found }.
field-too_long = { $label }: este texto tiene { $length } caracteres, y un campo de una línea admite como máximo { $max }. Su texto se conserva: acórtelo a lo que el proveedor necesita.

field-kind-object = un objeto
field-kind-list = una lista
field-kind-number = un número
field-kind-bool = true o false
field-kind-null = null
field-kind-text = texto

## Instantes que no se pueden leer

instant-empty = indique una fecha y una hora en UTC, como 2024-10-09 02:00
instant-shape = se esperaba una fecha y una hora en UTC como 2024-10-09 02:00 (o 2024-10-09T02:00Z); se encontró «{ $found }»
instant-date = «{ $found }» no es una fecha real del calendario: compruebe el día y el mes
instant-time = «{ $found }» no es una hora real del día: las horas van de 00 a 23 y los minutos de 00 a 59
instant-seconds = «{ $found }» no es una hora real del día: los segundos van de 00 a 59 (u omítalos: el formulario solo guarda los minutos)
instant-year = el año { $year } está fuera del rango admitido: use un año entre { $min } y { $max }

## Entornos

url-invalid = «{ $label }» debe ser una dirección completa que empiece por https://, como { $example }; se encontró «{ $value }».
env-same--host = El origen y el destino son el mismo entorno { $kind } en { $host }: un refresco copia un entorno sobre otro, así que elija dos distintos.
env-same = El origen y el destino son ambos «{ $value }»: un refresco copia un entorno sobre otro, así que deben ser distintos.
direction-to_prod = Refrescar { $target } a partir de { $source } sobrescribe producción: solo es posible con la aprobación de la gestión de servicios del proveedor, que el ticket solicitará.
direction-nonstandard = { $source }→{ $target } no es uno de los refrescos habituales del proveedor ({ $usual }): compruebe que el origen y el destino no estén invertidos.

## Ventanas

notice-business_days = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) empieza demasiado pronto: el proveedor necesita { $amount ->
    [one] { $amount } día hábil
   *[other] { $amount } días hábiles
  } de antelación a partir del { $from }, por lo que el inicio más temprano posible es { $earliest }.
notice-hours = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) empieza demasiado pronto: el proveedor necesita { $amount ->
    [one] { $amount } hora
   *[other] { $amount } horas
  } de antelación a partir del { $from }, por lo que el inicio más temprano posible es { $earliest }.
pit-notice = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) empieza demasiado pronto para un refresco a un momento concreto, que necesita { $days ->
    [one] { $days } día
   *[other] { $days } días
  } de antelación: el inicio más temprano posible es { $earliest }.
pit-max_age = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) cae más de { $days ->
    [one] { $days } día
   *[other] { $days } días
  } después del punto de restauración, por lo que el inicio más tardío posible es { $latest }. Elija una ventana anterior o un punto de restauración posterior.
pit-future = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) comienza antes del punto de restauración ({ $restore }): no se pueden restaurar datos del futuro. Elija un punto de restauración anterior al inicio de la ventana.
window-weekend = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) cae en { $weekday }: el proveedor no hace refrescos los fines de semana. Elija un momento de lunes a viernes.
window-holiday = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) cae en un día festivo { $region }: { $holiday } ({ $day }). Elija otro día hábil.
holiday-coverage = Los datos de días festivos no cubren { $year }: los días festivos { $region } no se comprueban para ese año, así que compruebe la fecha por su cuenta.
window-blackout = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) cae en un periodo de bloqueo, «{ $reason }» (del { $from } al { $to }): el proveedor no hace ningún refresco durante ese periodo. Elija una ventana que termine a más tardar el { $from } o que empiece el { $to } o después.
window-hours = { $window ->
    [0] La ventana
   *[other] La ventana { $window }
  } ({ $span }) queda fuera del horario de servicio estándar { $season ->
    [summer] en horario de verano
   *[winter] en horario de invierno
  } ({ $from }–{ $to } UTC, en un mismo día): el proveedor debe aprobarla internamente. Para evitarlo, empiece a las { $from } UTC o después y termine a más tardar a las { $to } UTC.
window-count = Proponga exactamente { $count ->
    [one] { $count } ventana
   *[other] { $count } ventanas
  } de { $duration } cada una; { $given ->
    [one] se indicó { $given }
   *[other] se indicaron { $given }
  }.
window-overlap--same = Las ventanas { $first } y { $second } son iguales ({ $span }): proponga dos momentos distintos para que el proveedor tenga una alternativa.
window-overlap = Las ventanas { $first } y { $second } se solapan: cada una dura { $duration }, así que la posterior debería empezar el { $after } o después.
pit-infeasible = Ninguna ventana es posible: un refresco a un momento concreto necesita { $notice ->
    [one] { $notice } día
   *[other] { $notice } días
  } de antelación, pero los datos del { $restore } solo pueden restaurarse hasta el { $until } ({ $age ->
    [one] { $age } día después
   *[other] { $age } días después
  }). La última solicitud que habría funcionado era la del { $latest_submission }. Elija un punto de restauración a partir del { $earliest_restore }, o solicite un refresco estándar.

duration-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  }

## Versiones

version-missing = Indique la versión del esquema del { $side ->
    [source] entorno de origen
   *[target] entorno de destino
  }{ $example ->
    [none] {""}
   *[other] , p. ej., { $example }
  }: se necesita cuando se conservan los usuarios del destino.
version-unreadable = «{ $value }» no es una versión que el proveedor pueda comparar: escríbala con su build o parche{ $example ->
    [none] {""}
   *[other] , p. ej., { $example }
  }.
version-mismatch--approval = Las versiones del esquema no coinciden ({ $source } y { $target }): como usted conserva los usuarios del destino, el proveedor organizará primero una actualización de versión del esquema de ambos entornos a la última versión.
version-mismatch--release = Las versiones no coinciden ({ $source } y { $target }): un refresco solo es posible entre la misma versión y el mismo parche, y el proveedor no puede hacer ninguna excepción ni volver a una versión anterior. Solicite el refresco antes de una actualización de versión, mientras ambos entornos estén en la misma versión.
version-mismatch = Las versiones no coinciden ({ $source } y { $target }): ambos entornos deberían estar en la misma versión.
upgrade-conflict = La próxima actualización de versión programada ({ $upgrade }) llega antes de que termine el refresco ({ $end }): después, las versiones podrían dejar de coincidir. Elija una ventana que termine antes de la actualización de versión, o consulte su calendario.

## Lista de comprobación

ack = Confirme este punto de la lista de comprobación: «{ $item }».

## Calendario: el motivo breve de un día

calendar-too-soon = Demasiado pronto: falta antelación
calendar-too-late = Demasiado tarde: el punto de restauración es más antiguo de lo permitido
calendar-before-restore = Antes del punto de restauración
calendar-weekend = Fin de semana
calendar-holiday = Día festivo: { $name }
calendar-unchecked = Días festivos sin comprobar: no hay datos para { $year }
calendar-blackout = Periodo de bloqueo: { $reason }
calendar-outside-hours = Fuera del horario de servicio
calendar-after-max = Después de { $year }: el formulario no admite ninguna fecha
calendar-from = Desde las { $time } UTC
calendar-approval-only = Solo fuera del horario de servicio: requiere la aprobación del proveedor

## Regiones de días festivos

region-GB = Reino Unido (Inglaterra y Gales)
region-US = Estados Unidos (federal)
region-SG = Singapur
region-NO = Noruega
region-GR = Grecia
region-DK = Dinamarca
region-DE = Alemania (nacional)
region-NL = Países Bajos
region-IN = India
region-AU = Australia (nacional)
region-JP = Japón

# La región con su preposición ($region en window-holiday y holiday-coverage).
region-in-GB = en el Reino Unido (Inglaterra y Gales)
region-in-US = en Estados Unidos (federal)
region-in-SG = en Singapur
region-in-NO = en Noruega
region-in-GR = en Grecia
region-in-DK = en Dinamarca
region-in-DE = en Alemania (nacional)
region-in-NL = en los Países Bajos
region-in-IN = en la India
region-in-AU = en Australia (nacional)
region-in-JP = en Japón

## Nombres de los campos

key-policy = Política
key-submitted_at = Hora de envío
key-source = Origen
key-target = Destino
key-source-url = URL de origen
key-target-url = URL de destino
key-source_kind = Tipo de origen
key-target_kind = Tipo de destino
key-window = Inicio de la ventana
key-windows = Ventanas
key-refresh_type = Tipo de refresco
key-restore_point = Punto de restauración
key-preserve_users = Conservar los usuarios del destino
key-source_version = Versión de origen
key-target_version = Versión de destino
key-holiday_region = Región de días festivos
key-next_upgrade = Próxima actualización de versión programada
field-window = Ventana { $window }
weekday = { $day ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
  }

## API de JS y servicio: una solicitud que no se puede leer

api-value-kind = El valor de «{ $key }» es { $found }, que una solicitud no puede contener: indique texto, true / false o una lista de textos.
api-request-missing = Se necesita una solicitud: pase un objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = La solicitud no es JSON válido (en { $at }): pase un objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = La solicitud debe ser un objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Indique la política del proveedor con la que comprobar: una de { $policies }.
api-policy-unknown = Política desconocida { $policy }: use una de { $policies }.
api-not-ready = La solicitud no está lista: corrija primero { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }.
api-ticket-format = Formato de ticket desconocido «{ $found }»: use text, markdown o json.
api-time-received = La hora recibida: { $problem }.

## La comprobación del equipo de soporte (`refresh-request check`, la respuesta del servicio, la página del equipo)

desk-summary-ready = Lista: tal como se recibió el { $received }, la solicitud cumple todas las reglas de { $policy } (versión { $version }).
desk-summary-edited = No está lista: tal como se recibió el { $received }, la solicitud cumple todas las reglas de { $policy } (versión { $version }), pero { $edited ->
    [one] { $edited } línea del ticket se modificó
    [many] { $edited } líneas del ticket se modificaron
   *[other] { $edited } líneas del ticket se modificaron
  } después de escribirse: confíe en la solicitud, no en el texto.
desk-summary-errors = No está lista: tal como se recibió el { $received }, la solicitud tiene { $errors ->
    [one] { $errors } error
    [many] { $errors } errores
   *[other] { $errors } errores
  } según { $policy } (versión { $version }).
desk-summary-errors-edited = No está lista: tal como se recibió el { $received }, la solicitud tiene { $errors ->
    [one] { $errors } error
    [many] { $errors } errores
   *[other] { $errors } errores
  } según { $policy } (versión { $version }), y { $edited ->
    [one] { $edited } línea del ticket se modificó
    [many] { $edited } líneas del ticket se modificaron
   *[other] { $edited } líneas del ticket se modificaron
  } después de escribirse: confíe en la solicitud, no en el texto.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } punto requiere
    [many] { $count } puntos requieren
   *[other] { $count } puntos requieren
  } la aprobación del proveedor.
desk-summary-checked = {" "}Según el ticket, se comprobó el { $checked }.
desk-summary-submitted = {" "}Según la solicitud, se envió el { $submitted }.
desk-summary-unsubmitted = {" "}La solicitud no indica cuándo se envió.
desk-summary-new = {" "}Desde la comprobación del cliente, { $count ->
    [one] ha aparecido { $count } resultado de la comprobación
    [many] han aparecido { $count } resultados de la comprobación
   *[other] han aparecido { $count } resultados de la comprobación
  }.
desk-text-ready = LISTA — { $name } (política { $policy }, versión { $version })
desk-text-not-ready = NO ESTÁ LISTA — { $name } (política { $policy }, versión { $version })
desk-text-submitted = Enviada:  { $at }
desk-text-unsubmitted = Enviada:  no se indica
desk-text-received = Recibida: { $at }
desk-text-changes = Desde la comprobación del cliente:
desk-text-new = nuevo: { $finding }
desk-text-gone = desaparecido: { $finding }
desk-text-on = { $rule } en { $field }
ticket-edited = La línea { $line } se modificó: dice «{ $received }», pero la solicitud comprobada dice «{ $written }».
ticket-edited--missing = Falta la línea { $line } («{ $written }»).
ticket-edited--added = Se añadió una línea después de la línea { $line }: «{ $received }».
ticket-edited--differs = La línea { $line } es distinta.
ticket-policy_changed = El ticket se comprobó con la política { $policy }, versión { $version }; esta comprobación usa { $desk_policy }, versión { $desk_version }, así que sus líneas no se compararon.
ticket-unverified = La solicitud del ticket no cumple las reglas en el momento en que el ticket dice que se comprobó, así que el formulario no escribió este ticket tal como está: sus líneas no se compararon.
desk-no-request = No se encontró ninguna solicitud: el texto no contiene datos de refresh-request ({ $marker }) y no es un objeto JSON de solicitud.
desk-no-data = No se encontró ninguna solicitud: este ticket no contiene datos de refresh-request; pida al cliente que vuelva a crear el ticket con el formulario.
desk-unknown-policy = Política desconocida «{ $policy }»: indique su archivo con --policy RUTA.
desk-damaged--version = Los datos de la solicitud del ticket son de la versión { $found }; esta comprobación lee la versión { $known }: actualice el comando refresh-request.
desk-damaged--cut = Los datos de la solicitud del ticket están cortados: falta su última línea ({ $marker } …).
desk-damaged--lines = Los datos de la solicitud del ticket están dañados: se cambiaron líneas o faltan algunas.
desk-damaged--checksum = Los datos de la solicitud del ticket están dañados: no coinciden con su suma de comprobación, así que se cambiaron o se perdieron líneas.
desk-damaged--content = Los datos de la solicitud del ticket están dañados: { $what ->
    [format] no indican ningún formato de ticket
    [version] no indican ninguna versión de política
    [request] no contienen ninguna solicitud que indique su política
   *[json] no son el JSON que escribe este formato
  }.

## Las respuestas propias del comando y del servicio

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: no hay ningún archivo de política ni política integrada «{ $found }»: use una de { $policies } o la ruta de un archivo de política
serve-policy-unknown = Política desconocida «{ $policy }»: este servicio conoce { $policies } (añada un archivo de política a su --policy-dir).
serve-check-slow = La comprobación tardó más de { $seconds } s y se abandonó: este cuerpo no es un ticket escrito por el formulario.
serve-check-failed = La comprobación falló dentro del servicio: informe de este ticket.
serve-media-type = El Content-Type { $media } no se lee: envíe el ticket como text/plain, o JSON {"{"}"body": "…"{"}"} como application/json.
serve-json-shape = El cuerpo JSON debe ser un objeto con "body" (el texto del ticket) y, opcionalmente, "received_at", "policy" y "lang" (cadenas): { $detail }.
serve-json-invalid = El cuerpo no es JSON válido: { $detail }.
serve-lang-unknown = lang: el servicio no habla «{ $found }»: use uno de { $langs }.
serve-not-found = Esa ruta no existe: el servicio responde a POST /v1/check, GET /v1/policies y GET /healthz.
serve-method = Esta ruta no acepta ese método: la cabecera Allow indica cuáles acepta (POST para /v1/check, GET para /v1/policies y /healthz).
serve-too-large = El cuerpo supera los { $kb } KB: envíe solo el cuerpo del ticket.
serve-too-slow = La solicitud no llegó a tiempo: envíela completa, sin pausas.
serve-token-missing = Este servicio necesita la cabecera Authorization: Bearer <token>.
serve-token-wrong = El token Bearer no es correcto.

## Carga de políticas

policy-unusable = La política «{ $policy }» no se puede usar: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }
policy-expected-language-tag = una etiqueta de idioma, una de { $tags }
policy-expected-message-id = el identificador de un mensaje integrado
policy-found-did-you-mean = { $found } (¿quiso decir «{ $near }»?)
policy-expected-fluent = un mensaje con sintaxis de Fluent
policy-expected-fluent-hint = un mensaje con sintaxis de Fluent (una variable como {"{"} $name {"}"}, una llave como {"{"}"{"{"}"{"}"})
policy-expected-variables = solo las variables del mensaje integrado: { $variables }
policy-expected-no-variables = ninguna variable (el mensaje integrado no tiene ninguna)
policy-expected-holiday-id = el identificador de un festivo de los datos de festivos, como "holiday-name-christmas-day"
policy-problem = { $path }: se esperaba { $expected }; se encontró { $found }
policy-problem-more = … y { $more } más
policy-unnamed = (política sin nombre)
policy-unknown-key--near = clave desconocida; ¿quiso decir `{ $near }`?
policy-unknown-key = clave desconocida
policy-unknown-keys-more = … y { $more ->
    [one] { $more } clave desconocida más
   *[other] { $more } claves desconocidas más
  }
policy-expected-list-of = una lista de { $item }
policy-expected-object = un objeto
policy-expected-json-object = un objeto JSON
policy-expected-max-chars = como máximo { $max } caracteres
policy-expected-nonempty = una cadena no vacía
policy-expected-bool = true o false
policy-expected-whole = un número entero entre { $min } y { $max }
policy-expected-max-entries = como máximo { $max } entradas (ninguna política real necesita más)
policy-expected-time-of-day = una hora del día en UTC como "01:00"
policy-expected-id = letras minúsculas, dígitos y guiones
policy-expected-naming = "name" o "url"
policy-expected-after-start = una hora posterior al inicio
policy-expected-notice = exactamente uno de "business_days" o "hours"
policy-expected-preserve = "never", "when_preserving_users" o "always"
policy-expected-preserve-needs = "when_preserving_users" solo con "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" o "release_patch"
policy-expected-severity = "error", "approval" o "warning"
policy-expected-kinds-listed = tipos que figuren en environments.kinds
policy-expected-kind-listed = un tipo que figure en environments.kinds
policy-expected-kinds-for-directions = una lista de tipos (directions los necesita)
policy-expected-kind-pair = un par de tipos como ["PROD", "TEST"]
policy-expected-question-key = la clave de una de las preguntas
policy-expected-ack-rule = un id de regla que empiece por "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = una dirección de correo electrónico como "support@example.com"
policy-expected-https = una dirección https://
policy-expected-fixed-host = una dirección con el host fijo ({"{"}subject{"}"} y {"{"}body{"}"} solo en la ruta, la consulta o el fragmento)
policy-expected-placeholder = una dirección con un marcador {"{"}subject{"}"} o {"{"}body{"}"}
policy-expected-instant = un instante UTC como "2024-12-24T00:00:00Z"
policy-expected-after-from = un instante posterior a "from"
policy-expected-unique-keys = claves únicas que no sean claves integradas de la solicitud
policy-expected-size = un archivo de política de como máximo { $max } bytes ({ $kb } KB)
policy-found-invalid-json = JSON no válido en { $at }
policy-expected-key-once = cada clave una sola vez en su objeto
policy-found-key-again = "{ $key }" aparece de nuevo (solo contaría su último valor)
policy-expected-other-language = un idioma distinto del de la política («{ $own }»)
policy-expected-language-once = cada idioma una sola vez
policy-found-same-language = «{ $tag }», el mismo idioma que «{ $first }»
policy-expected-ack-key = la clave de una de las confirmaciones
policy-expected-note-id = el identificador de una de las notas
policy-expected-items = una lista de { $count } (una por cada punto de la lista de comprobación de la política)
policy-expected-reasons = una lista de { $count } (un motivo, o null para conservar el suyo, por cada periodo de bloqueo de la política)
policy-expected-text-or-null = una cadena no vacía o null

## Sintaxis JSON

json-at = línea { $line }, columna { $column }: { $problem }
json-eof-list = el texto termina dentro de una lista: falta un `]` de cierre
json-eof-object = el texto termina dentro de un objeto: falta una `{"}"}` de cierre
json-eof-string = el texto termina dentro de unas comillas: falta una `"` de cierre
json-eof-value = el texto termina donde debería haber un valor
json-colon = después de la clave debe ir dos puntos `:`
json-comma-list = falta una coma `,` o el `]` de cierre de la lista
json-comma-object = falta una coma `,` o la `{"}"}` de cierre del objeto
json-ident = aquí una palabra debe ser `true`, `false` o `null`
json-value = aquí debe haber un valor: texto entre comillas dobles, un número, `true`, `false`, `null`, una lista o un objeto
json-key = aquí debe haber una clave, entre comillas dobles
json-trailing-comma = hay una coma antes de un corchete o una llave de cierre: elimínela
json-trailing = hay más texto después del final del JSON
json-escape = una barra invertida entre comillas inicia una secuencia de escape desconocida (escriba `\\` para una barra invertida)
json-number = un número no está escrito como JSON escribe los números
json-number-range = un número es demasiado grande
json-depth = las listas y los objetos están anidados a más de 128 niveles
json-control = un salto de línea o una tabulación entre comillas debe escribirse `\n` o `\t`



### TICKET: en el idioma del equipo de soporte del proveedor.

ticket-subject = Refresco de la base de datos: { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (a un momento concreto)
ticket-title = Solicitud de refresco de la base de datos — { $vendor }
ticket-yes = Sí
ticket-no = No
ticket-question = { $question }:
ticket-direction = Dirección del refresco
ticket-refresh-type = Tipo de refresco
ticket-type-pit = A un momento concreto: datos de producción del { $restore }
ticket-type-standard = Estándar: los datos de producción más recientes
ticket-preserve-users = Conservar la información de usuarios (lista de seguridad) del destino
ticket-source-version = Versión de origen
ticket-target-version = Versión de destino
ticket-next-upgrade = Próxima actualización de versión programada
ticket-region-none = Ninguna seleccionada
ticket-region = Días festivos aplicables
ticket-schedule-one = Horario preferido (UTC; la interrupción dura { $duration })
ticket-schedule-many = Ventanas propuestas ({ $duration } cada una, UTC)
ticket-window = Ventana { $window }: { $span }
ticket-checklist = Lista de comprobación
ticket-noted = A tener en cuenta
ticket-footer = Comprobado con la política { $policy }, versión { $version }, por el formulario de solicitud de refresco el { $checked }.
ticket-carried-intro = Las líneas siguientes contienen la solicitud comprobada para el equipo de soporte del proveedor: no las modifique.
handoff-too-long = Pegue aquí el ticket del formulario de solicitud de refresco: era demasiado largo para caber en este enlace.

## El archivo de calendario (.ics)

ics-summary-many = { $subject } (ventana { $window } de { $windows })
ics-which-one = La ventana propuesta
ics-which-many = Ventana propuesta { $window } de { $windows }
ics-description = Refresco de la base de datos: { $source } → { $target }.
    Proveedor: { $vendor }.
    { $which }, con una duración de { $duration } (UTC). Provisional: el proveedor aún no la ha confirmado.
    Comprobado con la política { $policy }, versión { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = Demasiado pronto
calendar-label-too-late = Demasiado tarde
calendar-label-holiday = Día festivo
calendar-label-unchecked = Días festivos sin comprobar
calendar-label-blackout = Periodo de bloqueo
calendar-label-approval-only = Solo fuera del horario de servicio
calendar-label-after-max = Después de { $year }

holiday-observed = { $name } (trasladado)
holiday-estimated = { $name } (fecha estimada)
holiday-observed-estimated = { $name } (trasladado, fecha estimada)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = Día de ANZAC
holiday-name-ascension-day = Día de la Ascensión
holiday-name-australia-day = Día de Australia
holiday-name-autumnal-equinox-day = Día del equinoccio de otoño
holiday-name-boxing-day = Día de San Esteban
holiday-name-buddha-purnima = Buda Purnima
holiday-name-childrens-day = Día del Niño
holiday-name-chinese-new-year = Año Nuevo chino
holiday-name-christmas = Navidad
holiday-name-christmas-day = Navidad
holiday-name-columbus-day = Día de Colón
holiday-name-coming-of-age-day = Día de la Mayoría de Edad
holiday-name-constitution-day = Día de la Constitución
holiday-name-coronation-of-charles-iii = Coronación de Carlos III
holiday-name-culture-day = Día de la Cultura
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Dormición de la Madre de Dios
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Lunes de Pascua
holiday-name-easter-sunday = Domingo de Pascua
holiday-name-emperors-birthday = Cumpleaños del Emperador
holiday-name-epiphany = Epifanía
holiday-name-foundation-day = Día de la Fundación Nacional
holiday-name-german-unity-day = Día de la Unidad Alemana
holiday-name-glorifying-mother-of-god = Sinaxis de la Madre de Dios
holiday-name-good-friday = Viernes Santo
holiday-name-great-prayer-day = Gran Día de Oración
holiday-name-green-monday = Lunes Limpio
holiday-name-greenery-day = Día del Verdor
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (Eid al-Adha)
holiday-name-hari-raya-puasa = Hari Raya Puasa (Eid al-Fitr)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Eid al-Fitr
holiday-name-id-ul-zuha-bakrid = Eid al-Adha (Bakrid)
holiday-name-independence-day = Día de la Independencia
holiday-name-janmashtami-vaishnava = Janmashtami (vaisnava)
holiday-name-juneteenth-national-independence-day = Juneteenth (Día de la Emancipación)
holiday-name-kings-day = Día del Rey
holiday-name-labor-day = Día del Trabajo
holiday-name-labor-day--us = Día del Trabajo (Labor Day)
holiday-name-labor-thanksgiving-day = Día de Acción de Gracias por el Trabajo
holiday-name-labour-day = Día del Trabajo
holiday-name-late-summer-bank-holiday = Festivo bancario de finales de verano
holiday-name-liberation-day = Día de la Liberación
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Día del Mar
holiday-name-martin-luther-king-jr-day = Día de Martin Luther King Jr.
holiday-name-maundy-thursday = Jueves Santo
holiday-name-may-day = Festivo bancario de mayo
holiday-name-memorial-day = Día de los Caídos
holiday-name-milad-un-nabi = Mawlid (Milad-un-Nabi)
holiday-name-mountain-day = Día de la Montaña
holiday-name-muharram = Muharram
holiday-name-national-day = Día Nacional
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = Día Nacional de Luto por la Reina Isabel II
holiday-name-national-holiday = Día festivo nacional
holiday-name-new-years-day = Año Nuevo
holiday-name-ohi-day = Día del No (Ochi)
holiday-name-pentecost = Pentecostés
holiday-name-pentecost-monday = Lunes de Pentecostés
holiday-name-platinum-jubilee-of-elizabeth-ii = Jubileo de Platino de Isabel II
holiday-name-polling-day = Día de elecciones
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Día de la República
holiday-name-respect-for-the-aged-day = Día del Respeto a los Mayores
holiday-name-second-day-of-christmas = Día de San Esteban
holiday-name-showa-day = Día de Shōwa
holiday-name-sports-day = Día del Deporte
holiday-name-spring-bank-holiday = Festivo bancario de primavera
holiday-name-state-funeral-of-queen-elizabeth-ii = Funeral de Estado de la Reina Isabel II
holiday-name-substitute-holiday = Festivo sustitutorio
holiday-name-thanksgiving-day = Día de Acción de Gracias
holiday-name-vernal-equinox-day = Día del equinoccio de primavera
holiday-name-vesak-day = Día de Vesak
holiday-name-veterans-day = Día de los Veteranos
holiday-name-washingtons-birthday = Natalicio de Washington
