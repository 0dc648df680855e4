### Los textos de la página en español (tratamiento de usted). Términos: glossary.md.

## Página

page-title = Solicitar un refresco de la base de datos
page-lede = Complete el formulario: comprueba su solicitud con las reglas del proveedor mientras escribe y luego redacta el ticket para que lo pegue en { $paste_into ->
    [embedded] el formulario de solicitud
   *[page] el centro de ayuda del proveedor
  }. Todas las horas están en UTC.
page-no-policy = No se pudo cargar ninguna política de proveedor, así que el formulario no se puede mostrar.
shell-missing-file = El formulario no pudo iniciarse porque su archivo { $file } no está en el servidor (HTTP { $status }). Si usted administra este sitio: publique la carpeta de compilación completa, con todos sus archivos juntos.
shell-browser = El formulario no pudo iniciarse en este navegador ({ $why }). Necesita JavaScript y WebAssembly: vuelva a cargar la página o pruebe con un navegador actualizado.
shell-script-failed = falló un script
shell-download = El formulario no pudo iniciarse porque no se pudo descargar uno de sus archivos: compruebe la conexión y vuelva a cargar la página.
shell-noscript = Este formulario comprueba su solicitud en su navegador y necesita JavaScript y WebAssembly: active JavaScript para esta página y vuelva a cargarla.
language-menu = Idioma

## Proveedor

vendor = Proveedor
vendor-fixed = Proveedor: { $vendor }

## Campos: etiquetas, indicaciones, opciones

utc-hint = UTC, p. ej., 2024-10-09 02:00
for-example = Por ejemplo: { $example }
with-build-example = Con su build o parche, p. ej., { $example }
yes = Sí
no = No
choose = Elegir…
environments = Entornos
source = Origen
target = Destino
kind-of-source = Tipo de entorno de origen
kind-of-target = Tipo de entorno de destino{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Tipo de refresco
refresh-type-question = ¿Qué datos de producción desea?
refresh-type-standard = Estándar
refresh-type-standard-hint = Los datos de producción más recientes.
refresh-type-pit = A un momento concreto
refresh-type-pit-hint = Los datos de producción de un momento que usted elige (el punto de restauración). Necesita { $notice ->
    [one] { $notice } día
   *[other] { $notice } días
  } de antelación, y el refresco debe hacerse en { $age ->
    [one] { $age } día
   *[other] { $age } días
  } como máximo desde el punto de restauración.
restore-point = Punto de restauración
restore-point-hint = El momento cuyos datos de producción desea. { utc-hint }
holiday-region = Días festivos que respeta el equipo de soporte
holiday-region-hint = Se rechazan las ventanas que caen en estos días festivos.
holiday-region-none = Ninguna (no se comprueban días festivos)
when = Cuándo
window-start-one = Inicio del refresco
window-start-n = Inicio de la ventana { $window }
windows-legend-one = ¿Cuándo debe comenzar el refresco? La interrupción dura { $duration }.
windows-legend-many = Proponga { $count ->
    [one] { $count } ventana
   *[other] { $count } ventanas
  } de { $duration } cada una
preserve-users = ¿Conservar la información de usuarios del destino (su lista de seguridad)?
preserve-users-hint = Si elige no, los usuarios del destino se sustituyen por los del origen. Si elige sí, se necesitan las dos versiones del esquema.
source-version = Versión de origen
target-version = Versión de destino
next-upgrade = Próxima actualización de versión programada (opcional)
next-upgrade-hint = Fecha en UTC, p. ej., 2024-11-15, o fecha y hora
users-and-versions = Usuarios y versiones
versions = Versiones
about-the-refresh = Sobre el refresco
checklist = Lista de comprobación
checklist-hint = Confirme cada punto: el proveedor los necesita antes del refresco.
local-echo = = { $text } en { $zone }
local-zone = su zona horaria

## Etiquetas antes del mensaje de un campo (gravedad)

tag-error = Error
tag-approval = Requiere aprobación
tag-warning = Revisar
tag-info = Nota
tag-error-prefix = Error:{" "}

## Resumen de errores y panel de estado

error-summary-title = Hay un problema
checks = Comprobaciones
go-to-checks = Ir a las comprobaciones
status-done = Hecho
status-todo = Pendiente
status-fix = Por corregir
status-approval = Requiere aprobación
status-check = Revisar
status-other = Otros
status-good-to-know = Para su información
earliest-start = Inicio más temprano: { $earliest }
earliest-latest-start = Inicio más temprano: { $earliest }; inicio más tardío: { $latest }
verdict-ready = La solicitud está lista: ya puede crear el ticket.
verdict-ready-approval = La solicitud está lista: ya puede crear el ticket. { $approvals ->
    [one] { $approvals } punto requiere
   *[other] { $approvals } puntos requieren
  } la aprobación del proveedor.
verdict-not-ready = La solicitud aún no está lista: { $errors ->
    [one] queda { $errors } punto por completar o corregir.
   *[other] quedan { $errors } puntos por completar o corregir.
  }
planned-label = Modo de planificación:
planned-as-if = como si el ticket se creara el { $when }.

## Modo de planificación

planning-mode = Modo de planificación
planning-mode-landmark = Modo de planificación{ $form ->
    [0] {""}
   *[other] , formulario { $form }
  }
planning-on = El modo de planificación está activado.
planning-off = El modo de planificación está desactivado: se comprueba con la hora actual.
planning-as-if = Modo de planificación: se comprueba como si el ticket se creara el { $when }, no ahora.
planning-enter = Modo de planificación: indique la fecha y la hora con las que comprobar; mientras tanto, se usa la hora actual.
planning-turn-off = Desactivar el modo de planificación
planning-checked-now = Comprobado con la hora actual: { $now } (se actualiza cada minuto).
planning-what-if = ¿Y si lo creo en otra fecha?
planning-back = Volver a la hora actual
planning-field = Fecha de creación del ticket (modo de planificación)
planning-field-hint = Las reglas se comprueban como si el ticket se creara en ese momento. { utc-hint }

## Calendario

calendar = Calendario de planificación
calendar-hint = Elija un día disponible para completar la siguiente ventana vacía con su inicio más temprano. Las horas están en UTC.
calendar-caption = Cuándo puede comenzar una ventana, del { $from } al { $to } (días UTC)
calendar-holidays = Días festivos ({ $region }) en estas semanas: { $holidays }
calendar-key-available = Una ventana puede comenzar (desde la hora indicada, UTC)
calendar-key-approval = Solo fuera del horario de servicio: requiere la aprobación del proveedor
calendar-key-holiday = Día festivo
calendar-key-weekend = Fin de semana: no hay refrescos
calendar-key-too-soon-pit = No es posible: demasiado pronto, o fuera de los límites del punto de restauración
calendar-key-too-soon = No es posible: demasiado pronto
calendar-mark-approval = Aprobación
calendar-mark-weekend = Fin de semana
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , ventana { $windows } propuesta
   *[other] , ventanas { $windows } propuestas
  }
calendar-day-available = disponible desde las { $time } UTC
calendar-day-approval = solo es posible fuera del horario de servicio, con la aprobación del proveedor, desde las { $time } UTC
calendar-day-holiday = no es posible: día festivo, { $name }
calendar-day-weekend = no es posible: fin de semana
calendar-day-blackout = no es posible: periodo de bloqueo, { $reason }
calendar-day-other = no es posible: { $reason }
calendar-set = { $field }: { $value }.
calendar-all-filled = Todas las ventanas ya están completas: vacíe una (o escriba encima) para usar este día.
suggest-one = Sugerir la primera ventana posible
suggest-many = Sugerir las primeras ventanas posibles
suggest-none = No se puede sugerir ninguna ventana: ningún inicio dentro del próximo año cumple todas las reglas. Revise los mensajes de arriba.
suggest-filled = Completado: { $windows }.
suggest-partial = Completado: { $windows }. { $found ->
    [one] Solo se encontró { $found } de { $count } ventanas.
   *[other] Solo se encontraron { $found } de { $count } ventanas.
  }

## Acciones del formulario

create-ticket = Crear ticket
copy-share-link = Copiar enlace para compartir
clear-form = Vaciar el formulario
share-link = Enlace para compartir
form-already-empty = El formulario ya está vacío.
form-cleared = Se ha vaciado el formulario.
share-too-long = No se copió nada: este enlace tendría { $length } caracteres, y los enlaces de más de { $max } suelen romperse en el correo y en los centros de ayuda. Lo que lo alarga tanto es «{ $label }»: acórtelo, o cree el ticket y cópielo en lugar del enlace.
link-copied = Enlace copiado. Quien lo abra verá el formulario completado tal como está ahora.
link-copy-failed = No se pudo copiar automáticamente: el enlace está seleccionado abajo; presione Ctrl+C (o ⌘C) para copiarlo.

## Avisos (parte superior del formulario)

notices = Avisos sobre esta página
notice-restored = Hemos restaurado lo que escribió antes en este dispositivo.
notice-draft-unreadable = No se pudo leer su borrador guardado, así que se ha descartado y el formulario empieza vacío.
notice-from-link = El formulario se ha completado a partir del enlace que abrió. Compruebe cada valor antes de crear el ticket.
notice-unknown-policy = El enlace pedía una política de proveedor que esta página no conoce («{ $id }»), así que se muestra la primera: elija el proveedor correcto más abajo.
notice-windows-dropped = El enlace proponía más ventanas de las que admite este proveedor: { $dropped ->
    [one] se descartó { $dropped }.
   *[other] se descartaron { $dropped }.
  }
notice-cleared = Se ha vaciado el formulario y se ha eliminado el borrador guardado.
notice-not-saved-full = Su borrador no se está guardando en este dispositivo: el almacenamiento de este navegador para el sitio está lleno. El formulario sigue funcionando, pero lo que escriba se perderá si sale de la página o la vuelve a cargar.
notice-not-saved-blocked = Su borrador no se está guardando en este dispositivo: este navegador no permite que la página guarde nada (navegación privada o un ajuste de privacidad). El formulario sigue funcionando, pero lo que escriba se perderá si sale de la página o la vuelve a cargar.
notice-not-saved-large = Su borrador no se está guardando en este dispositivo: es demasiado grande para guardarlo (más de { $max } caracteres). El formulario sigue funcionando; acorte el texto más largo y se volverá a guardar.
notice-link-replaced-draft = Los valores del enlace han sustituido el borrador que tenía en este dispositivo.
notice-undone = Se ha restaurado el formulario.
notice-draft-restored = Se ha restaurado el borrador que tenía.
undo = Deshacer
restore-draft = Restaurar el borrador que tenía
dismiss = Cerrar
dismiss-label = Cerrar este mensaje

## Panel del ticket (en el idioma del cliente; el ticket, en el del equipo de soporte)

ticket-panel = Su ticket
ticket-panel-changed = La solicitud ha cambiado y vuelve a tener problemas: corríjalos y el ticket volverá a aparecer.
ticket-panel-hint = Pegue el asunto y el ticket en { $paste_into ->
    [embedded] el formulario de solicitud
   *[page] el centro de ayuda del proveedor
  }. El ticket se actualiza si cambia el formulario.
ticket-panel-desk-language = El ticket está redactado en { $desk_language }, el idioma del equipo de soporte del proveedor.
subject-line = Asunto
copy-subject = Copiar asunto
format = Formato
format-text = Texto sin formato (para cualquier formulario de un centro de ayuda)
format-markdown = Markdown
format-json = JSON (legible por máquina)
ticket = Ticket
copy-ticket = Copiar ticket
download = Descargar { $file }
add-to-calendar = Añadir al calendario (.ics)
print-subject = Asunto: { $subject }
ticket-copied = Ticket copiado en el portapapeles. Péguelo en { $paste_into ->
    [embedded] el formulario de solicitud
   *[page] el centro de ayuda del proveedor
  }.
ticket-copy-failed = No se pudo copiar automáticamente: el ticket está seleccionado; presione Ctrl+C (o ⌘C) para copiarlo.
subject-copied = Asunto copiado en el portapapeles.
subject-copy-failed = No se pudo copiar automáticamente: el asunto está seleccionado; presione Ctrl+C (o ⌘C) para copiarlo.
send-to-vendor = Enviarlo al proveedor
send-by-email = Enviar por correo electrónico
open-vendor-form = Abrir el formulario de solicitud del proveedor
new-tab = (se abre en una pestaña nueva)
handoff-too-long-note = Este ticket es demasiado largo para caber en un enlace, así que el mensaje lleva el asunto y una línea que pide el ticket. Copie primero el ticket y luego péguelo.
ics-downloaded = Se descargó { $file }: ábralo para añadir las ventanas propuestas a su calendario, marcadas como provisionales hasta que el proveedor las confirme.
ics-failed = La descarga no se inició: añada las ventanas a su calendario a mano.
downloaded = Se descargó { $file }.
download-failed = La descarga no se inició: copie el ticket en su lugar.
ticket-tells = El ticket indica al proveedor

## Formulario integrado: carga y fallos (el cliente los ve en la página de un proveedor)

loading = Cargando el formulario…
embed-cannot-show = Este formulario no se puede mostrar
try-again = Reintentar
embed-policy-url-unusable = No se pudo usar la política de «{ $url }» ({ $problems }):
embed-policy-unusable = La política «{ $policy }» ({ $source }) no se puede usar: { $problems }.
embed-source-builtin = integrada
embed-source-named = indicada por data-policy
embed-source-inline = incluida directamente en esta página
embed-source-url = cargada desde { $url }
embed-retry-hint = Vuelva a intentarlo dentro de un momento. Si usted administra esta página: compruebe que el archivo está publicado en este sitio en esa dirección (consulte «Políticas personalizadas» en la guía de integración).
embed-fix-hint = Si usted administra esta página: corrija la política (consulte «Políticas personalizadas» en la guía de integración) y vuelva a cargarla.
embed-problem = se esperaba { $expected }; se encontró { $found }
embed-problem-more = y { $more } más
embed-expected-known-policy = el id de una política conocida ({ $policies })
embed-expected-same-origin = una URL del propio sitio de esta página ({ $origin })
embed-expected-policy-file = un archivo JSON de política que esta página pueda cargar
embed-found-timeout = ninguna respuesta del servidor en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }
embed-found-redirect = una redirección a otra dirección, desde la que esta página no puede cargar (una política solo se carga desde el propio sitio de esta página)
embed-found-offline = sin conexión con el servidor ({ $why })
embed-found-network = un error de red
embed-found-not-http = una respuesta que no es HTTP
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = un contenido que no es texto

## Calendar badges; an embedded form's count of problems

calendar-badge = V{ $window }
embed-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
  }
