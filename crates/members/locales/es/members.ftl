members-title = Miembros
members-intro = Empresas, asociaciones, organizaciones supervisoras y de apoyo, organizaciones de envío y de reclutamiento, gobiernos locales, embajadas, profesionales del derecho, ONG y organizaciones sin fines de lucro, investigadores y personas individuales trabajan juntos en esta red para proteger los derechos de los trabajadores migrantes. Los miembros aprenden unos de otros, comparten lo que hacen y participan en talleres y seminarios.
members-apply = Solicitar la membresía
members-total = { $count } organizaciones y personas
members-category = Categoría
members-count = Miembros
members-code-title = Código de conducta
members-code-1 = Respetamos los derechos humanos de los trabajadores migrantes y de sus familias, y nunca participamos en trabajo forzoso, trata de personas ni discriminación.
members-code-2 = Trabajamos para aplicar el principio de «el empleador paga»: los trabajadores no pagan comisiones de reclutamiento ni costos relacionados.
members-code-3 = Protegemos la información personal de los trabajadores y nunca usamos la red para vender ni hacer publicidad.
members-code-4 = Compartimos nuestras actividades con honestidad, en un plan anual y en informes semestrales, y aprendemos de los demás miembros.
members-code-5 = Escuchamos a los trabajadores migrantes y les ayudamos a acceder a asesoría y a reparación.
members-practices-title = Buenas prácticas
members-status-applied = Su solicitud está pendiente de revisión por la secretaría.
members-status-more-info = La secretaría pidió más información.
members-status-approved = Usted es miembro.
members-status-refused = La solicitud no fue aceptada.
members-home-title = Página de miembros
members-choose = Elija…
members-category-business = Empresas
members-category-association = Asociaciones industriales
members-category-supervising = Organizaciones supervisoras y organizaciones de apoyo registradas
members-category-sending = Organizaciones de envío
members-category-recruiting = Empresas de reclutamiento
members-category-local-government = Gobiernos locales
members-category-embassy = Embajadas
members-category-legal = Abogados, gestores administrativos (gyōsei shoshi) y asesores laborales y de seguridad social (sharōshi)
members-category-npo = ONG y organizaciones sin fines de lucro
members-category-researcher = Investigadores
members-category-individual = Otras personas
members-name = Nombre de la organización (o su nombre)
members-name-hint = Tal como debe aparecer en la lista de miembros.
members-contact-name = Persona de contacto
members-email = Correo electrónico de contacto
members-area = Dónde se encuentra (prefectura, ciudad o país)
members-website = Sitio web (opcional)
members-about = Qué hace y por qué quiere unirse
members-about-hint = Unas pocas frases: su trabajo con trabajadores migrantes y lo que le gustaría hacer en la red.
members-agree = He leído el código de conducta y lo acepto.
members-send = Enviar
members-application-title = Su solicitud de membresía
members-messages = Historial
members-action-applied = Solicitud enviada
members-action-resubmitted = Enviada de nuevo
members-action-approved = Aprobada
members-action-more-info = Se pidió más información
members-action-refused = No aceptada
members-answer = Responder y enviar de nuevo
members-answer-message = Su respuesta a la secretaría
members-send-again = Enviar de nuevo
members-home-intro = Solo los miembros ven esta página: lo que otros miembros decidieron compartir y las buenas prácticas de la red.
members-reports-title = Planes e informes de actividades
members-published-reports = Compartido por los miembros
members-none-yet = Todavía no hay nada.
members-practice-number = Buena práctica n.º { $number }:
members-kind-plan = Plan anual de actividades
members-kind-report = Informe semestral de actividades
members-report-kind-label = Tipo
members-report-period-label = Periodo
members-report-file = Archivo
members-report-visibility = Quién puede leerlo
members-report-published = Todos los miembros
members-report-private = Usted y la secretaría
members-report-new = Enviar un plan o un informe
members-report-period-hint = Para un plan, el año, por ejemplo 2026. Para un informe, el semestre, por ejemplo 2026-H1 (de enero a junio) o 2026-H2.
members-report-body-label = Lo que hizo o piensa hacer
members-report-file-hint = Opcional: PDF, Word (.docx), Excel (.xlsx) o una imagen, hasta 10 MB. Si envía otro para el mismo periodo, reemplaza al anterior.
members-report-publish = Compartirlo con todos los miembros en la página de miembros
members-admin-title = Miembros
members-admin-section = Solicitudes de membresía, la tabla de miembros por categoría y las buenas prácticas.
members-admin-total = { $count } miembros: { $organisations } organizaciones y { $individuals } personas
members-applications = Solicitudes
members-applied-on = Fecha de solicitud
members-practice-new = Publicar una buena práctica
members-practice-title-label = Título
members-practice-body-label = Texto (Markdown)
members-practice-publish = Publicar con el siguiente número
members-code-agreed = Aceptó el código de conducta
members-decide = Decisión
members-decision = Decisión
members-decision-approve = Aprobar
members-decision-ask = Pedir más información
members-decision-refuse = Rechazar
members-decision-message = Mensaje para el solicitante
members-decision-message-hint = Obligatorio al pedir más información o al rechazar: el solicitante lo lee por correo electrónico y en la página de su solicitud.
members-error-category = Por favor, elija una categoría.
members-error-name = Por favor, escriba el nombre y una persona de contacto.
members-error-email = Por favor, escriba un correo electrónico válido.
members-error-website = El sitio web debe empezar por https:// o http://.
members-error-about = Por favor, cuéntenos en unas pocas frases lo que hace (al menos 20 caracteres).
members-error-code = Por favor, lea el código de conducta y marque la casilla para aceptarlo.
members-error-too-long = Un texto es demasiado largo.
members-error-already-applied = Esta cuenta ya envió una solicitud.
members-error-not-editable = La solicitud solo se puede cambiar cuando la secretaría pide más información.
members-error-message = Por favor, escriba un mensaje: el solicitante necesita saber por qué.
members-error-decided = Ya se tomó una decisión sobre esta solicitud.
members-error-decision = Por favor, elija una decisión.
members-report-kind = Por favor, elija un plan o un informe.
members-report-period = El periodo es un año para un plan (2026) o un semestre para un informe (2026-H1 o 2026-H2), no muy lejos de hoy.
members-report-body = Por favor, escriba al menos unas pocas frases (20 caracteres).
members-report-attachment = El archivo debe ser PDF, Word (.docx), Excel (.xlsx), PNG o JPEG.
members-report-too-large = El archivo o el texto es demasiado grande (10 MB como máximo).
members-mail-approved-subject = Bienvenido/a: su membresía fue aprobada
members-mail-approved-body =
    Estimado/a { $name }:

    La secretaría aprobó su membresía. { $message }

    Página de miembros: { $link }

    Hiroba
members-mail-more-info-subject = Su solicitud de membresía: se necesita más información
members-mail-more-info-body =
    Estimado/a { $name }:

    La secretaría necesita más información sobre su solicitud:

    { $message }

    Por favor, responda y envíela de nuevo aquí: { $link }

    Hiroba
members-mail-refused-subject = Su solicitud de membresía
members-mail-refused-body =
    Estimado/a { $name }:

    La secretaría no pudo aceptar su solicitud:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Boletín
newsletter-unsubscribe-title = Dejar de recibir el boletín
newsletter-unsubscribe-text = Ya no recibirá por correo electrónico el boletín de los miembros. Podrá seguir leyéndolo en el archivo de boletines.
newsletter-unsubscribe-button = No enviarme más el boletín
newsletter-unsubscribed = Listo: ya no recibirá el boletín.
newsletter-subject = Asunto
newsletter-body = Texto (Markdown)
newsletter-audience = Enviar a
newsletter-audience-all = Todos los miembros
newsletter-archive = Quién puede leerlo en el archivo
newsletter-archive-members = Solo los miembros
newsletter-archive-public = Cualquier persona
newsletter-admin-title = Boletín
newsletter-admin-section = Escribir el boletín mensual, revisarlo en vista previa, enviarlo a los miembros y seguir su entrega.
members-status-label = Estado
newsletter-status-draft = Borrador
newsletter-status-sending = Enviando
newsletter-status-sent = Enviado
newsletter-new = Nuevo número
newsletter-save-draft = Guardar el borrador
newsletter-delivery-queued = En espera
newsletter-delivery-sending = Enviándose
newsletter-delivery-sent = Enviado
newsletter-delivery-failed = Fallido
newsletter-delivery-unknown = Desconocido
newsletter-unknown-hint = «Desconocido»: el envío se detuvo mientras salía este correo. No se vuelve a enviar, para que nadie lo reciba dos veces; si hace falta, consulte con el miembro.
newsletter-preview = Vista previa
newsletter-send = Enviar ahora
newsletter-edit = Cambiar el borrador
newsletter-mail-footer = Recibe este boletín como miembro de la red Hiroba. Para dejar de recibirlo: { $link }
newsletter-error-subject = Por favor, escriba un asunto y un texto.
newsletter-error-audience = Por favor, elija a quién se envía y quién puede leerlo en el archivo.
newsletter-error-sent = Este número ya se envió.
newsletter-error-nobody = Ningún miembro recibiría este número.

## Supporters
supporters-title = Su enlace de colaboración
supporters-intro = Comparta este enlace con trabajadores migrantes y con las personas de su entorno: lleva a la información de Hiroba en su propio idioma. Usted ve cuántas personas llegaron a través de él: solo las cifras, nunca quiénes.
supporters-your-link = Su enlace personal
supporters-qr = Código QR de su enlace personal
supporters-reach = Hasta dónde llegó
supporters-visits = Visitas
supporters-registrations = Registros
supporters-counts-only = Solo se guardan las cifras: nada sobre las personas que siguieron un enlace.
supporters-awards = Premios a las buenas prácticas
supporters-meetings = Reuniones de colaboradores y otros eventos
supporters-admin-title = Colaboradores
supporters-admin-section = Enlaces de referencia de los colaboradores (visitas y registros, solo cifras), reuniones y premios a las buenas prácticas.
supporters-name = Colaborador/a
supporters-award-new = Registrar un premio a las buenas prácticas
supporters-award-title = Por qué se otorga el premio
supporters-year = Año
supporters-award-save = Registrar el premio
supporters-error-award = Por favor, elija un colaborador o colaboradora y escriba el título y el año del premio.
