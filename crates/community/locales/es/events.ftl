events-title = Eventos
events-intro = Talleres, seminarios, encuentros, foros y viajes de estudio de la red: para aprender juntos, conocer a trabajadores migrantes y a las personas que los apoyan, y compartir lo que funciona.
events-none = No hay eventos previstos por el momento.
events-kind = Tipo
events-kind-workshop = Taller
events-kind-seminar = Seminario
events-kind-gathering = Encuentro
events-kind-forum = Foro
events-kind-study-trip = Viaje de estudio (Field Academy)
events-kind-friends = Encuentro de Amigos
events-kind-supporters-meeting = Reunión de colaboradores
events-format = Dónde
events-format-in-person = Presencial
events-format-online = En línea
events-format-hybrid = Presencial y en línea
events-members-only = Solo para miembros
events-feed = Calendario de los eventos públicos (iCalendar)
events-cancelled = Este evento está cancelado.
events-when = Cuándo
events-place = Lugar
events-places = Plazas
events-places-left = Quedan { $left } de { $capacity } plazas
events-part-pre-workshop = Taller antes de la visita
events-part-tour = Visita
events-part-post-workshop = Taller después de la visita
events-part-debriefing = Sesión de balance
events-registration = Inscripción
events-status-registered = Usted está inscrito/a.
events-status-waiting = Usted está en la lista de espera. Si se libera una plaza, será para usted y le avisaremos por correo electrónico.
events-status-cancelled = Usted canceló su inscripción.
events-online-link = Enlace para conectarse:
events-cancel = Cancelar mi inscripción
events-ended = Este evento ya terminó.
events-full = El evento está completo.
events-join-waiting = Entrar en la lista de espera
events-register = Inscribirme
events-sign-in = Inicie sesión para inscribirse
events-add-calendar = Añadir a mi calendario (.ics)
events-admin-title = Eventos
events-admin-section = Talleres, seminarios y viajes de estudio: inscripciones, asistencia y totales anuales.
events-totals = Personas que participaron, por año
events-year = Año
events-held = Eventos
events-registered-people = Inscritos
events-attended-people = Asistieron
events-all = Todos los eventos
events-waiting-people = En espera
events-new = Nuevo evento
events-create = Crear el evento
events-field-title = Título
events-field-summary = Descripción (Markdown)
events-field-lang = Idioma del evento
events-field-starts = Inicio
events-field-ends = Fin
events-field-time-hint = Hora de Japón (JST).
events-field-online = Enlace en línea (solo para las personas inscritas)
events-field-audience = Quién puede inscribirse
events-audience-public = Todas las personas
events-audience-members = Solo miembros
events-field-capacity = Plazas (vacío: sin límite)
events-field-series = Academia de campo (Field Academy)
events-field-series-which = Parte de una serie de sesiones
events-field-series-title = Nombre de una nueva serie
events-field-part = Sesión
events-series-none = No, es un evento independiente
events-series-new = Empezar una nueva serie
events-public-page = Página del evento
events-registrations = Inscripciones
events-nobody = Nadie se ha inscrito todavía.
events-person = Persona
events-status = Estado
events-came = Asistió
events-save-attendance = Guardar la asistencia
events-edit = Modificar el evento
events-save = Guardar
events-error-kind = Por favor, elija de las listas el tipo, el lugar, quién puede inscribirse y la sesión.
events-error-title = Por favor, escriba un título (y un nombre para la nueva serie).
events-error-time = Por favor, indique una hora de inicio y una de fin; el fin debe ser posterior al inicio.
events-error-place = Por favor, indique el lugar de un evento presencial.
events-error-url = Un evento en línea necesita un enlace que empiece por https://.
events-error-capacity = Las plazas deben ser un número a partir de 1, o quedar vacías si no hay límite.
events-error-too-long = Un texto es demasiado largo.
events-error-past = Este evento ya terminó.
events-error-cancelled = Este evento está cancelado.
events-error-already = Usted ya está inscrito/a.
events-error-not-registered = Usted no está inscrito/a en este evento.
events-mail-registered-subject = Inscripción confirmada: { $title }
events-mail-registered-body =
    Hola, { $name }:

    Usted está inscrito/a en { $title }.

    Cuándo: { $when }
    Dónde: { $place }

    Detalles y cancelación: { $link }
    Añadir a su calendario: { $ics }

    Hiroba
events-mail-waiting-subject = Lista de espera: { $title }
events-mail-waiting-body =
    Hola, { $name }:

    { $title } está completo, así que usted está en la lista de espera. Si se libera una plaza, será para usted y le escribiremos.

    Cuándo: { $when }
    Detalles: { $link }

    Hiroba
events-mail-promoted-subject = Hay una plaza para usted: { $title }
events-mail-promoted-body =
    Hola, { $name }:

    Se liberó una plaza y ahora usted está inscrito/a en { $title }.

    Cuándo: { $when }
    Dónde: { $place }

    Si no puede asistir, por favor cancele aquí para que otra persona pueda ir: { $link }
    Añadir a su calendario: { $ics }

    Hiroba
events-mail-reminder-subject = Mañana: { $title }
events-mail-reminder-body =
    Hola, { $name }:

    Le recordamos que { $title } es mañana.

    Cuándo: { $when }
    Dónde: { $place }

    Si no puede asistir, por favor cancele para que alguien de la lista de espera pueda ir: { $link }

    Hiroba
events-mail-cancelled-subject = Cancelada: su inscripción en { $title }
events-mail-cancelled-body =
    Hola, { $name }:

    Su inscripción en { $title } está cancelada. Puede volver a inscribirse mientras queden plazas: { $link }

    Hiroba
events-cancel-event = Cancelar el evento
events-cancel-event-hint = Todas las personas inscritas o en la lista de espera reciben un aviso por correo electrónico. Esto no se puede deshacer.
events-mail-event-cancelled-subject = Evento cancelado: { $title }
events-mail-event-cancelled-body =
    Hola, { $name }:

    Lo sentimos: { $title } ({ $when }) se ha cancelado. Usted no necesita hacer nada.

    Otros eventos: { $link }

    Hiroba
