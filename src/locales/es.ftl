## Idioma de este archivo
language-name = Español

## Comandos (descripciones en el menú de Telegram)
command-start = Empezar y abrir el menú
command-help = Cómo funciona el bot
command-find = Buscar el punto DigiPASS más cercano
command-book = Reservar ayuda
command-mybookings = Mis reservas
command-events = Cursos y eventos
command-language = Cambiar el idioma
command-privacy = Sus datos y la privacidad
command-cancel = Cancelar lo que está haciendo

## Bienvenida y menú principal
welcome =
    ¡Hola, <b>{ $name }</b>! 👋
    Soy el bot de los <b>Punti Digitale Facile DigiPASS</b> de Umbría. Son puntos de ayuda digital.

    En los puntos DigiPASS una persona le ayuda gratis con SPID, el documento de identidad electrónico, la historia clínica electrónica, los pagos y mucho más.

    Elija un botón aquí abajo.
welcome-back = ¡Hola de nuevo! Elija un botón aquí abajo.
help =
    <b>Cómo funciona</b>

    📍 <b>Enviar su ubicación</b>: le muestro los puntos DigiPASS más cercanos.
    🔎 <b>Buscar un punto</b>: escriba el nombre de su ciudad o pueblo.
    📅 <b>Reservar ayuda</b>: elija el día y la hora.
    🎓 <b>Cursos y eventos</b>: cursos gratis cerca de usted.
    🗂 <b>Mis reservas</b>: puede verlas, cambiarlas o cancelarlas.

    Para detener lo que está haciendo, escriba /cancel.
menu-location = 📍 Enviar mi ubicación
menu-find = 🔎 Buscar un punto
menu-book = 📅 Reservar ayuda
menu-events = 🎓 Cursos y eventos
menu-mybookings = 🗂 Mis reservas
menu-language = 🌐 Idioma
menu-placeholder = Elija un botón o escriba su ciudad

## Idioma
language-choose = Elija el idioma:
language-set = ¡Listo! Ahora le escribo en español.
language-same = Ya le estoy escribiendo en español.

## Cancelar
cancel-done = Muy bien, lo cancelé. Elija un botón aquí abajo.
cancel-nothing = No hay nada que cancelar.

## Errores y respuestas amables
error-generic =
    Disculpe, algo no funcionó.
    Inténtelo de nuevo en un momento. Si el problema continúa, escriba /start.
error-button-expired = Este botón ya no sirve. Escriba /start para empezar de nuevo.
unhandled-text =
    No entendí. 🙂
    Elija un botón aquí abajo o escriba /help.
unhandled-other = Solo puedo leer mensajes de texto y ubicaciones. Elija un botón aquí abajo.
deeplink-unknown = El enlace que abrió no es válido o ya venció.

## Servicios (nombre y qué llevar)
service-spid = SPID (identidad digital)
service-spid-bring = un documento de identidad vigente, la tarjeta sanitaria (tessera sanitaria), un teléfono que reciba SMS (mensajes de texto), un correo electrónico que usted sepa abrir
service-cie = Cédula de identidad electrónica (CIE): PIN y PUK
service-cie-bring = el documento de identidad electrónico (CIE), la carta con la primera parte del PIN y del PUK, el teléfono
service-fse = Historia clínica (FSE): resultados y recetas en línea
service-fse-bring = la tarjeta sanitaria, SPID o CIE con su PIN, el teléfono
service-cup = Reservar citas médicas (CUP) y descargar resultados médicos
service-cup-bring = la receta del médico, la tarjeta sanitaria, SPID o CIE con su PIN, el teléfono
service-pagopa = PagoPA y pagos por internet
service-pagopa-bring = el aviso de pago, una tarjeta para pagar o la app del banco, el teléfono
service-appio = App IO
service-appio-bring = el teléfono con espacio libre, SPID o CIE con su PIN
service-school = Inscripción en la escuela y en la guardería (nido)
service-school-bring = SPID o CIE con su PIN, los datos del niño o la niña y de los padres, el código de la escuela si lo sabe
service-inps = INPS y ayudas (subsidios, ISEE)
service-inps-bring = SPID o CIE con su PIN, la tarjeta sanitaria, los documentos de la solicitud
service-anagrafe = Certificados del registro civil (anagrafe)
service-anagrafe-bring = SPID o CIE con su PIN, un documento de identidad
service-pec = Correo electrónico y PEC (correo certificado)
service-pec-bring = el teléfono, un documento de identidad, las contraseñas que ya tiene
service-safety = Seguridad en internet y estafas
service-safety-bring = el teléfono o la computadora que usa, los mensajes sospechosos que recibió
service-device = Ayuda con la computadora y el celular
service-device-bring = el teléfono, la tableta o la computadora, con el cargador y las contraseñas

## Límites
rate-limited = Está escribiendo muy rápido. Espere un momento y vuelva a intentarlo. 🙂

## Privacidad y datos personales
command-mydata = Ver los datos que guardamos sobre usted
command-forgetme = Borrar sus datos
privacy-notice =
    <b>Sus datos</b>

    <b>Qué guardamos.</b> Su número de usuario de Telegram y el idioma que eligió. Si reserva: el punto, el día, la hora, el servicio, su nombre (el de Telegram, para que el facilitador sepa a quién espera) y la nota que escribe. Si se inscribe en un evento o pide que le avisemos cuando se libere un lugar: qué evento o qué día. Los recordatorios que le enviaremos esperan en una cola hasta que salen. Si sigue un punto: cuál. Si trabaja en un punto DigiPASS: su función y su nombre.
    <b>Por qué.</b> Para darle el servicio que pide. Es una tarea de interés público de la Región y de los Comuni (municipios): facilitación digital, PNRR medida 1.7.2.
    <b>Por cuánto tiempo.</b> Las notas y los datos de las reservas pasadas se borran después de { $days ->
        [one] { $days } día.
       *[other] { $days } días.
    } Las conversaciones que quedaron a medias, después de 7 días. Lo mismo vale para los recordatorios y los mensajes ya enviados. Este plazo lo fija la Región y puede cambiar.
    <b>Estadísticas.</b> La Región cuenta los servicios dados y las personas ayudadas. El facilitador puede anotar el grupo de edad, el género y si es su primera visita; después del servicio usted puede darle una nota del 1 al 5. Estos datos son opcionales y no llevan su nombre.
    <b>Quién es el responsable de sus datos.</b> { $controller }
    <b>Delegado de protección de datos.</b> { $dpo }
    <b>Telegram.</b> Los mensajes pasan por Telegram, que los trata según sus propias reglas.

    /mydata — ver todos sus datos
    /forgetme — borrar sus datos
privacy-not-configured = todavía no indicado: pregunte en su punto DigiPASS
mydata-summary =
    <b>Los datos que guardamos sobre usted</b>

    Número de usuario de Telegram: { $telegramId }
    Idioma: { $language }
    Primera vez: { $firstSeen }
    Reservas: { $bookings }
    Puntos y zonas que sigue: { $follows }
    Inscripciones a eventos: { $registrations }
    Funciones: { $roles }

    En el archivo de aquí abajo está todo, también los detalles.
mydata-none = ninguna
mydata-language-auto = el de Telegram
mydata-file-caption = Todos sus datos (archivo JSON)
forgetme-confirm =
    ¿Quiere borrar todos sus datos?
    Perderá sus reservas, los puntos que sigue y sus funciones. No se puede deshacer.
forgetme-yes = Sí, borrar todo
forgetme-no = No, guardar mis datos
forgetme-done =
    Listo. Borramos sus datos.
    Solo quedan números anónimos para las estadísticas, sin su nombre.
forgetme-kept = Muy bien, no borré nada.

## Funciones, equipo e invitaciones
error-not-allowed-staff = Este comando es para quienes trabajan en los puntos DigiPASS.
error-not-allowed-point = Esta acción es para los facilitadores de { $point }.
error-not-allowed-zone = Esta acción es para los coordinadores de la zona { $zone }.
error-not-allowed-admin = Esta acción es para los administradores de la Región.
error-not-allowed-yours = Esto no es suyo: solo puede hacer cambios en sus propias reservas.
error-not-allowed-self = No puede quitarse su propia función. Pídaselo a un coordinador o a la Región.
error-not-found = No encuentro lo que busca. Tal vez fue borrado.
error-invite-not-found = Esta invitación no existe. Pida una nueva a quien se la envió.
error-invite-expired = Esta invitación ya venció. Pida una nueva a quien se la envió.
error-invite-used = Esta invitación ya fue usada. Pida una nueva a quien se la envió.
error-invite-revoked = Esta invitación ya no es válida: quien la creó ya no puede asignar este rol. Pida una nueva a su coordinador o a la Región.
error-already-has-role = Usted ya tiene esta función.
error-not-allowed-coordinators = Esta acción es para los coordinadores de zona y para la Región.

## Buscar un punto
command-points = Todos los puntos, zona por zona
find-ask =
    Escriba el nombre de su ciudad o pueblo (por ejemplo: Foligno, Ponte San Giovanni).
    O toque «📍 Enviar mi ubicación».
find-nearest-title = <b>Los puntos DigiPASS más cercanos a usted</b>
find-outside-umbria = Los puntos DigiPASS están en Umbría. Estos son los más cercanos a la ubicación que envió.
find-item =
    { $n }. <b>{ $name }</b> — { $km } km
    { $where }
    { $status }
find-status-open = 🟢 Abierto ahora, hasta las { $until }
find-status-closed-next = 🔴 Cerrado ahora. Abre el { $day } a las { $time }
find-status-closed = 🔴 Cerrado ahora. No abre en los próximos días.
find-status-unknown = ⚪ Horario no publicado: pregunte en el Comune (municipio)
find-status-holiday = 🔴 Hoy cerrado por día festivo ({ $holiday }). Abre el { $day } a las { $time }
find-open-card = { $n }. { $name }
find-town-title = <b>Puntos DigiPASS en { $town }</b>
find-town-none =
    En { $town } todavía no hay un punto DigiPASS.
    Estos son los más cercanos:
find-zone-also = Otros puntos de la zona sociale (área de servicios sociales) { $zone }:
find-several = Encontré varios lugares con este nombre. ¿Cuál quiere decir?
find-no-match = No conozco el lugar «{ $query }». 🤔
find-no-match-suggest = Tal vez quiso decir:
find-no-match-help = Revise cómo se escribe, o envíe su ubicación con el botón de aquí abajo.
find-bad-input = Escriba el nombre de una ciudad o pueblo de Umbría, por ejemplo Perugia o Gualdo Tadino. O envíe su ubicación.
points-choose-zone = <b>Las 12 zone sociali de Umbría</b> (áreas de servicios sociales). Elija una zona:
points-zone-button = { $number } · { $name } ({ $count })
points-zone-title = <b>Zona sociale { $number } · { $name }</b>. Elija un punto:
points-prev = ◀️ Atrás
points-next = Siguiente ▶️
points-back-zones = ↩️ Todas las zonas

## Ficha del punto
card-title = <b>{ $name }</b>
card-where = 📍 { $where }
card-zone = Zona sociale { $number } · { $zone }
card-approximate = (ubicación aproximada: el centro del municipio)
card-mobile = 🚐 Unidad móvil: aquí se publicarán sus paradas.
card-hours-title = <b>Horario de esta semana</b>
card-hours-unknown = ⚪ Horario no publicado. Pregunte en el Comune (municipio).
card-hours-published = Horario según la fuente: { $text }
card-hours-demo = (horario de prueba: esto es una demostración)
card-day-open = { $day }: { $ranges }
card-day-closed = { $day }: cerrado
card-day-holiday = { $day }: cerrado por día festivo ({ $holiday })
card-services-title = <b>Servicios</b>
card-services-all = Todos los servicios de la red DigiPASS: SPID, CIE, historia clínica electrónica, reservas CUP y resultados médicos, PagoPA, app IO, inscripciones escolares, INPS, certificados, correo electrónico y PEC, seguridad en internet, ayuda con la computadora y el teléfono.
card-contacts = ☎️ { $contacts }
card-events-title = <b>Próximos eventos</b>
card-event-line = • { $when } — { $title }
card-no-events = No hay eventos programados.
card-directions = 🧭 Cómo llegar
card-follow = 🔔 Seguir este punto
card-unfollow = 🔕 Dejar de seguir
card-back = ↩️ Atrás
card-followed = Ahora sigue { $name }: le escribiré cuando haya novedades y eventos.
card-unfollowed = Ya no sigue { $name }.
find-status-announced = ⚪ Horario no publicado. Próxima apertura anunciada: el { $day } a las { $time }
find-status-exception-closed = 🔴 Hoy cerrado de forma excepcional. Abre el { $day } a las { $time }
find-status-exception-hours = 🔴 Cerrado ahora: hoy el horario ha cambiado. Abre el { $day } a las { $time }
find-approximate = (ubicación aproximada)
card-day-exception-closed = { $day }: cerrado de forma excepcional
card-day-extra = { $day }: { $ranges } (apertura extraordinaria)
card-day-extra-holiday = { $day }: { $ranges } (apertura extraordinaria pese al día festivo: { $holiday })
card-day-reduced = { $day }: { $ranges } (horario reducido)
card-day-changed = { $day }: { $ranges } (horario modificado)
card-announced-title = <b>Aperturas extraordinarias anunciadas</b>
card-book-later-contacts = 📅 Las reservas por el bot se abren cuando el punto publique su horario: mientras tanto puede contactarlo con los datos de abajo.
card-book-later = 📅 Las reservas por el bot se abren cuando el punto publique su horario: mientras tanto puede pedir información al Comune (municipio) de { $comune }.
card-book-mobile = 📅 La unidad móvil no se reserva por el bot: puede acudir a una de sus paradas.

## Días festivos
holiday-new_year = Año Nuevo
holiday-epiphany = Epifanía (Día de Reyes)
holiday-easter = Pascua
holiday-easter_monday = Lunes de Pascua
holiday-liberation_day = Día de la Liberación
holiday-labour_day = Día del Trabajo
holiday-republic_day = Día de la República
holiday-assumption = Asunción (Ferragosto)
holiday-st_francis = San Francisco de Asís
holiday-all_saints = Todos los Santos
holiday-immaculate_conception = Inmaculada Concepción
holiday-christmas = Navidad
holiday-st_stephen = San Esteban
holiday-patron_saint = { $name }, santo patrono
find-stop = 🚐 { $place } · { $day }, { $from }–{ $to }

## Envíos a muchas personas (noticias, recordatorios)
news-for-followers =
    📢 Noticias de <b>{ $point }</b>, que usted sigue:

    { $news }
## Reservas: errores
error-slot-taken = Otra persona acaba de tomar este horario. Elija otro horario.
error-too-many-bookings = { $max ->
        [one] Ya tiene { $max } reserva.
       *[other] Ya tiene { $max } reservas.
    } Para reservar otra vez, espere a su primera cita o cancele una.
error-overlapping-booking = Ya tiene una cita a esta hora.
error-too-late-to-cancel = { $hours ->
        [one] Falta menos de { $hours } hora:
       *[other] Faltan menos de { $hours } horas:
    } ya no puede cancelar ni cambiar la cita desde el bot. Llame o pase por el punto DigiPASS.

## Reservar ayuda
book-back = ↩️ Atrás
book-cancel = ✖️ Cancelar
book-ask-point =
    <b>¿Adónde quiere ir?</b>
    Escriba el nombre de su ciudad o pueblo, o envíe su ubicación.
book-last-point = 🕘 Como la última vez: { $name }
book-choose-point = Elija el punto:
book-no-point = No encontré puntos con este nombre. Escriba el nombre de la ciudad o pueblo, por ejemplo Foligno.
book-no-hours =
    { $point } todavía no ha publicado su horario, así que no puedo reservar aquí.
    Elija otro punto.
book-ask-service = <b>¿En qué necesita ayuda?</b>
book-bring =
    <b>{ $service }</b>
    Lleve con usted: { $bring }.
book-ask-day = <b>¿Qué día?</b> Estos días hay horarios libres en { $point }:
book-day-button = { $day } ({ $count })
book-no-days =
    En los próximos días no hay horarios libres en { $point }.
    Pruebe con otro punto, o llame al punto DigiPASS.
book-ask-time = <b>¿A qué hora?</b> { $day }:
book-ask-note =
    ¿Quiere dejar una nota para el facilitador? (200 caracteres como máximo)
    Por ejemplo: «voy con mi hija».
book-no-note = Sin nota
book-note-too-long = La nota es demasiado larga: 200 caracteres como máximo. Inténtelo de nuevo, más corta.
book-summary =
    <b>Revise su reserva</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }
    📝 { $note }
book-summary-no-note = sin nota
book-confirm = ✅ Confirmar
book-confirmed =
    ✅ <b>¡Reservado!</b> Código: <b>{ $code }</b>

    📍 { $point }
    { $where }
    🗓 { $when }
    🧾 { $service }

    Lleve con usted: { $bring }.
    Le recordaré la cita el día anterior.
book-ics-caption = Agregue la cita a su calendario
book-cancelled-flow = Muy bien, no reservé nada.
book-expired = La reserva que empezó venció después de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } sin respuesta. Cuando quiera, empiece de nuevo con «📅 Reservar ayuda».
conversation-expired = { $minutes ->
        [one] Pasó { $minutes } minuto
       *[other] Pasaron { $minutes } minutos
    } sin respuesta, así que cerré lo que estaba haciendo. Cuando quiera, empiece de nuevo desde el comando o el menú.
book-please-choose = Por favor, elija uno de los botones de arriba, o toque «✖️ Cancelar».
mybookings-none = No tiene reservas próximas. Para reservar, toque «📅 Reservar ayuda».
mybookings-title = <b>Sus reservas</b>
mybookings-item =
    <b>{ $code }</b> — { $when }
    { $point } · { $service }
mybookings-cancel = ✖️ Cancelar { $code }
mybookings-move = 🔁 Cambiar { $code }
mybookings-cancel-confirm = ¿De verdad quiere cancelar la reserva <b>{ $code }</b> del { $when }?
mybookings-cancel-yes = Sí, cancelar
mybookings-cancel-no = No, la mantengo
mybookings-cancelled = Reserva { $code } cancelada. Ahora el horario queda libre para otra persona.
mybookings-kept = Muy bien, la reserva sigue en pie.
mybookings-move-day = <b>Elija el nuevo día</b> para { $code }:
mybookings-move-time = <b>Elija el nuevo horario</b> ({ $day }):
mybookings-moved = 🔁 Listo: ahora { $code } es el { $when }.
card-book = 📅 Reservar aquí
reminder-24h =
    🔔 <b>Recordatorio</b>: mañana tiene una cita.
    🗓 { $when }
    📍 { $point }
    🧾 { $service } (código { $code })
    Lleve con usted: { $bring }.
reminder-2h = 🔔 Dentro de poco, a las { $time }, tiene una cita en <b>{ $point }</b> (código { $code }).

## Lista de espera
book-full-day = 🔔 { $day }: lleno, avíseme
waitlist-joined = Muy bien: si se libera un lugar el { $day } en { $point }, le escribo enseguida. Podrá tomarlo con un toque dentro de 30 minutos.
waitlist-already = Ya está en la lista de espera para ese día.
waitlist-offer = 🎉 Se liberó un lugar en <b>{ $point }</b>: { $when } ({ $service }). ¿Lo quiere? La oferta vale por 30 minutos.
waitlist-take = ✅ Sí, reservar
waitlist-offer-gone = Lo siento, la oferta venció o el lugar ya fue tomado.
waitlist-decline = No, gracias
waitlist-declined = Muy bien, gracias por avisarnos. El lugar en <b>{ $point }</b> ({ $when }) quedó libre para la siguiente persona en espera. Puede reservar en otro momento, cuando quiera.
waitlist-decline-already = Ya liberó este lugar: no tiene que hacer nada más. Puede reservar en otro momento, cuando quiera.
waitlist-decline-taken = Ya reservó este lugar: lo encuentra entre sus reservas.
waitlist-decline-gone = No se preocupe: esta oferta ya no era válida, así que no hay nada que liberar. Puede reservar en otro momento, cuando quiera.
reminder-confirm = ✅ Confirmo, voy a ir
booking-confirmed-thanks = ¡Gracias! Reserva { $code } confirmada: le esperamos.
booking-released =
    No confirmó la reserva { $code } del { $when } en { $point }, así que el lugar quedó libre para otra persona.
    Si quiere, reserve de nuevo con «📅 Reservar ayuda».

## Cómo le fue
feedback-ask = Hoy recibió ayuda en <b>{ $point }</b> ({ $service }). ¿Cómo le fue? Toque un número: 1 = mal, 5 = muy bien.
feedback-thanks = ¡Gracias! Su respuesta ayuda a mejorar los puntos DigiPASS.

## Cursos y eventos (ciudadanos)
events-title = <b>Próximos cursos y eventos</b>
events-title-followed = <b>Próximos cursos y eventos de los puntos que sigue</b>
events-none = En los próximos 30 días no hay eventos programados. ¡Vuelva a mirar pronto!
events-item =
    🗓 <b>{ $when }</b>
    { $title }
    📍 { $where }
events-item-cancelled = (cancelado)
events-add = 📅 Agregar: { $title }
events-ics-caption = Abra el archivo para agregar el evento a su calendario.

## Eventos en el canal y en los mensajes a quienes siguen un punto
event-category-course = Curso
event-category-workshop = Taller
event-category-seminar = Charla
event-category-open_day = Puertas abiertas
event-category-trashware = Reutilización de computadoras
event-category-open_data = Datos abiertos
event-category-schools = Escuelas
event-category-other = Evento
event-hashtag-course = #corso
event-hashtag-workshop = #laboratorio
event-hashtag-seminar = #incontro
event-hashtag-open_day = #porteaperte
event-hashtag-trashware = #riuso
event-hashtag-open_data = #datiaperti
event-hashtag-schools = #scuole
event-hashtag-other = #evento
event-hashtag-online = #online
event-post-title = 🎓 { $category }: <b>{ $title }</b>
event-post-when = 🗓 { $day }, { $start }–{ $end }
event-post-where = 📍 { $name }, { $where }
event-post-online = 💻 En línea (por internet)
event-post-online-link = 💻 En línea (por internet): { $url }
event-post-zone = 🗺 En toda la zona social (Zona sociale) { $number } · { $zone }
event-post-partners = 🤝 Con: { $partners }
event-post-seats = 👥 { $capacity ->
        [one] { $capacity } lugar.
       *[other] { $capacity } lugares.
    } Inscripción gratis en el bot.
event-post-register = ✍️ Inscripción gratis en el bot.
event-post-free = Gratis y abierto a todas las personas.
event-post-cancelled = ❌ <b>CANCELADO</b>: { $reason }
event-recur-weekly = 🔁 Cada { $days }
event-recur-biweekly = 🔁 Cada dos semanas: { $days }
event-recur-monthly = 🔁 { $nth ->
        [1] El primer
        [2] El segundo
        [3] El tercer
        [4] El cuarto
       *[last] El último
    } { $day } del mes
event-recur-until = , hasta el { $date }
event-recur-count = , { $count ->
        [one] { $count } vez
       *[other] { $count } veces
    }
event-button-details = ℹ️ Detalles e inscripción
event-button-remind = 🔔 Recuérdemelo
event-button-calendar = 📅 Agregar al calendario
event-for-followers =
    📢 Nuevo evento en <b>{ $point }</b>, que usted sigue:

    { $post }
event-cancelled-notice = ❌ El evento «{ $title }» del { $when } se canceló. Motivo: { $reason }. ¡Lo sentimos!
event-moved-notice = 🔁 El evento «{ $title }» en el que usted se inscribió cambió de fecha. Ahora es: { $when }.
event-place-notice =
    📍 El evento «{ $title }» en el que usted se inscribió ({ $when }) cambió de lugar. Ahora se realiza aquí:
    { $where }
event-post-skipped = 🚫 No se realiza: { $days }

## Eventos: ficha, inscripción, recordatorios, resumen
ec-register = ✍️ Inscribirme
ec-remind = 🔔 Recuérdemelo
ec-unregister = ✖️ Cancelar mi inscripción
ec-follow = 📍 Seguir { $name }
ec-unfollow = 🔕 Dejar de seguir { $name }
ec-back = ↩️ Atrás
ec-details = ℹ️ Detalles
ec-dates-title = <b>Próximas fechas</b>
ec-date-line = • { $day }
ec-date-line-state = • { $day } — { $state }
ec-state-seats = { $seats ->
        [one] 1 lugar libre
       *[other] { $seats } lugares libres
    }
ec-state-full = lleno
ec-state-registered = ✅ tiene un lugar
ec-state-reminded = 🔔 recordatorio activado
ec-over = Este evento ya pasó.
ec-not-found = No encuentro este evento. Tal vez fue quitado, o todavía no está publicado.
ec-event-cancelled = Este evento se canceló. No tiene que hacer nada.
ec-date-cancelled = Esta fecha se canceló. No tiene que hacer nada.
ec-date-past = Esta fecha ya pasó.
ec-no-registration = Para este evento no hace falta inscribirse: venga directamente.
ec-registered =
    ✅ Inscripción hecha: «{ $title }», { $when }.
    El día anterior le envío un recordatorio. Si no puede venir, cancele su inscripción: el lugar será para otra persona.
ec-already = Ya tiene un lugar para el { $when }.
ec-full = Lo siento, ya no quedan lugares para el { $when }. Puede elegir otra fecha, si hay. O siga el punto: le aviso de los próximos eventos.
ec-unregistered = Listo: su inscripción para el { $when } quedó cancelada. ¡Gracias por avisarnos!
ec-not-registered = No encuentro una inscripción suya para esta fecha.
ec-remind-set = 🔔 Muy bien: le escribo el día anterior, { $at }.
ec-remind-already = Ya tiene el recordatorio para el { $when }.
ec-remind-soon = Falta menos de un día: es el { $when }. ¡Le esperamos!
ec-reminder =
    🔔 <b>Recordatorio</b>: mañana es «{ $title }».
    🗓 { $when }
    📍 { $where }
ec-reminder-registered = Tiene un lugar. Si no puede venir, cancele su inscripción: el lugar será para otra persona.
digest-title = 📅 <b>Esta semana en los DigiPASS</b>
digest-title-followed = 📅 <b>Esta semana en los puntos DigiPASS que sigue</b>
digest-zone = <b>Zona sociale { $number } · { $name }</b>
digest-zone-none = <b>En línea y en toda Umbría</b>
digest-item = • { $day }, { $time } — { $title } ({ $place })
digest-item-nowhere = • { $day }, { $time } — { $title }
digest-online = en línea
digest-zone-wide = en toda la zona
digest-more = { $count ->
        [one] …y { $count } evento más.
       *[other] …y { $count } eventos más.
    } Escriba /events al bot para verlos todos.
digest-footer = Toque un título para ver los detalles e inscribirse. Todo es gratis.
digest-footer-followed = Recibe este resumen porque sigue estos puntos. Toque un título para ver los detalles.

## Lo que sigue
command-follow = Los puntos y las zonas que sigue
follow-title = <b>Usted sigue estos puntos y zonas</b>. Le escribo cuando tienen novedades o eventos:
follow-line-point = • 📍 { $name }
follow-line-zone = • 🗺 Zona sociale { $name } (todos sus puntos)
follow-hint = Para seguir otro punto, abra su ficha y toque «🔔 Seguir este punto».
follow-none =
    Todavía no sigue ningún punto.
    Para seguir un punto, abra su ficha y toque «🔔 Seguir este punto». O siga una zona entera aquí abajo.
follow-stop-point = 🔕 Dejar de seguir { $name }
follow-stop-zone = 🔕 Dejar de seguir la zona { $name }
follow-add-zone = 🗺 Seguir una zona entera
follow-choose-zone = ¿Qué zona sociale quiere seguir? Recibirá las novedades y los eventos de todos sus puntos.
follow-zone-done = Listo: ahora sigue esta zona.
follow-stopped = Listo: ya no le escribo sobre esto.

## Cursos y eventos: por zona y por tipo
events-by-zone = 🗺 Por zona
events-by-category = 🏷 Por tipo
events-title-zone = <b>Próximos cursos y eventos en la zona sociale { $zone }</b>
events-title-category = <b>Próximos eventos: { $category }</b>
events-none-here = Aquí no hay nada en los próximos 30 días. Pruebe con otra zona o con otro tipo.
events-choose-zone = ¿De qué zona sociale quiere ver los eventos?
events-choose-category = ¿Qué tipo de evento busca?
