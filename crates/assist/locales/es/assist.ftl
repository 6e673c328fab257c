## Lado del trabajador
assist-title = Pedir ayuda
assist-intro = Escriba a los consejeros de Hiroba en su idioma. Le ayudan gratis con problemas en el trabajo, con su estatus de residencia y en la vida diaria. No se le avisa a su empleador.
assist-hours = Los consejeros responden de martes a sábado, de 10:00 a 18:00 (hora de Japón). Si escribe en otro horario, le responden el siguiente día hábil.
assist-name = Nombre o apodo
assist-name-hint = Opcional. Puede usar un apodo.
assist-contact = ¿Cómo podemos contactarle?
assist-contact-hint = Un correo electrónico, un número de teléfono, o su nombre en LINE o Facebook.
assist-message = Su mensaje
assist-consent = Acepto que Hiroba guarde lo que escribo, cifrado, para ayudarme. Puedo pedir que se borre.
assist-consent-needed = Por favor, marque la casilla para aceptar, así podemos guardar su mensaje.
assist-send = Enviar
assist-sent = Gracias. Su mensaje llegó a los consejeros.
assist-case-number = Número de caso
assist-passphrase = Clave de acceso
assist-keep-these = Anote estos datos o tome una captura de pantalla. Con ellos puede leer la respuesta aquí sin una cuenta. Nadie más puede abrir su caso.
assist-follow = Abrir mi caso
assist-have-case = Ya tengo un número de caso
assist-case-title = Su caso
assist-open-case = Abrir
assist-case-not-found = El número de caso o la clave de acceso no son correctos.
assist-message-missing = Por favor, escriba un mensaje.
assist-contact-missing = Por favor, díganos cómo podemos contactarle.
assist-too-long = El texto es demasiado largo.
assist-from-worker = Usted
assist-from-counsellor = Consejero
assist-from-note = Nota interna

## Estados y canales
assist-status-new = Nuevo
assist-status-open = Abierto
assist-status-waiting-worker = Esperando al trabajador
assist-status-waiting-referral = Esperando una derivación
assist-status-resolved = Resuelto
assist-status-closed = Cerrado
assist-channel-web = Formulario web
assist-channel-safety = Autoevaluación
assist-channel-email = Correo electrónico
assist-channel-phone = Teléfono
assist-channel-visit = Visita

## Consejeros
assist-inbox-title = Bandeja de consultas
assist-admin-section = La cola compartida de consultas, primero las que llevan más tiempo esperando.
assist-imported = { $count ->
    [one] Se agregó { $count } solicitud de ayuda nueva desde la autoevaluación.
   *[other] Se agregaron { $count } solicitudes de ayuda nuevas desde la autoevaluación.
}
assist-filter-language = Idioma
assist-filter-status = Estado
assist-filter = Filtrar
assist-all = Todos
assist-col-language = Idioma
assist-col-channel = Canal
assist-col-status = Estado
assist-col-waiting = Esperando desde
assist-col-assignee = Consejero
assist-read-logged = La apertura de este caso quedó anotada en el registro de auditoría.
assist-claim = Tomar este caso
assist-save = Guardar
assist-reply = Responder al trabajador
assist-internal-note = Nota interna (el trabajador no la ve)

## Consultas y estadísticas
assist-messages = Mensajes
assist-consultations = Consultas
assist-log-consultation = Registrar una llamada telefónica, una visita o una gestión de coordinación
assist-col-when = Fecha y hora
assist-col-kind = Tipo
assist-col-minutes = Minutos
assist-col-issues = Temas
assist-col-count = Cantidad
assist-kind-contact = Contacto
assist-kind-coordination = Coordinación
assist-consultation-invalid = Por favor, revise el tipo, el canal, los minutos y los temas.
assist-statistics-title = Estadísticas
assist-period-from = Desde
assist-period-to = Hasta
assist-period-invalid = Por favor, indique el período con dos fechas; la primera no puede ser posterior a la segunda.
assist-download-csv = Descargar en CSV
assist-stat-people = personas hicieron una consulta
assist-stat-consultations = consultas
assist-stat-issues = temas
assist-by-type = Temas por tipo
assist-by-language = Consultas por idioma
issue-residency = Residencia
issue-residency-entry-exit = Entrada y salida de Japón
issue-residency-change-status = Cambio de estatus de residencia
issue-residency-other = Estatus de residencia y otros asuntos
issue-residency-unspecified = Residencia (sin especificar)
issue-lifestyle = Vida cotidiana
issue-lifestyle-domestic = Problemas familiares
issue-lifestyle-consumer-housing-phone = Problemas de consumo, vivienda, contratos de teléfono
issue-lifestyle-civil = Asuntos civiles
issue-labour = Trabajo
issue-labour-termination = Terminación del contrato de trabajo
issue-labour-wages = Salarios
issue-labour-harassment = Acoso y relaciones personales
issue-labour-other-conditions = Otras condiciones de trabajo
issue-labour-unspecified = Trabajo (sin especificar)
issue-medical-welfare = Atención médica y bienestar social
issue-education = Educación
issue-tax-social-security = Impuestos y seguridad social
issue-other = Otros

## Importación de registros históricos
assist-import-title = Importar registros históricos
assist-import-format = Un archivo CSV con una fila por consulta y este encabezado. Las fechas van en formato YYYY-MM-DD; los temas son códigos separados por punto y coma.
assist-import-problems = No se importó nada. Por favor, corrija estas filas:
assist-import-line = Línea { $line }:
assist-import-clean = { $count ->
    [one] El archivo no tiene errores: se puede importar { $count } fila. Envíelo de nuevo sin la simulación para importarlo.
   *[other] El archivo no tiene errores: se pueden importar { $count } filas. Envíelo de nuevo sin la simulación para importarlo.
}
assist-import-done = { $count ->
    [one] Se importó { $count } consulta
   *[other] Se importaron { $count } consultas
} de { $people ->
    [one] { $people } persona.
   *[other] { $people } personas.
}
assist-import-file = Archivo CSV
assist-import-dry-run = Simulación (solo revisar, no importar nada)
assist-import-submit = Revisar o importar

## Su privacidad y las preguntas finales
assist-reads-title = Quién ha leído su caso
assist-reads-none = Todavía nadie ha abierto su caso.
assist-erase-text = Puede retirar su consentimiento. Entonces se borran su nombre, su contacto y todos los mensajes; en las estadísticas solo quedan números anónimos. Esto no se puede deshacer.
assist-erase = Borrar mis datos
assist-outcome-solved = ¿Se resolvió su problema?
assist-outcome-yes = Sí
assist-outcome-partly = En parte
assist-outcome-no = No
assist-outcome-satisfaction = ¿Qué tan conforme está con la ayuda? (1 = nada, 5 = mucho)

## Plazos previstos y avisos
assist-next-step-new = Normalmente un consejero responde en un plazo de 2 días hábiles (de martes a sábado). Verá la respuesta en esta página.
assist-next-step-open = Un consejero está trabajando en su caso. La próxima respuesta suele llegar en un plazo de 5 días hábiles.
assist-next-step-waiting-worker = El consejero está esperando su respuesta. Por favor, escriba abajo.
assist-next-step-waiting-referral = Su caso se derivó a una organización especializada. La respuesta suele llegar en un plazo de 10 días hábiles.
assist-next-step-resolved = Su caso está resuelto. Por favor, díganos abajo si su problema se solucionó.
assist-next-step-closed = Su caso está cerrado. Si pasa algo nuevo, puede volver a escribir.
assist-overdue = plazo previsto superado
assist-mail-reply-subject = Hiroba: hay una respuesta en su caso { $number }
assist-mail-reply-body =
    Hola:

    Un consejero respondió en su caso { $number }. Para leer la respuesta, abra esta página e introduzca su número de caso y su clave de acceso:

    { $link }

    Para proteger su privacidad, este correo no contiene la respuesta.

    Hiroba

## Derivaciones, ADR, respuestas predefinidas
assist-directory-title = Directorio y respuestas predefinidas
assist-directory-invalid = Por favor, indique el nombre y elija un tipo; los textos no deben ser demasiado largos.
assist-org-name = Organización
assist-org-kind = Tipo
assist-org-languages = Idiomas
assist-org-area = Zona
assist-org-contact = Contacto
assist-org-add = Añadir una organización
assist-org-kind-lawyer = Abogado
assist-org-kind-scrivener = Gestor administrativo (gyōsei shoshi)
assist-org-kind-interpreter = Intérprete
assist-org-kind-support-group = Grupo de apoyo
assist-org-kind-local-government = Gobierno local
assist-referrals = Derivaciones y apoyo
assist-attendant = Acompañamiento (un consejero acompaña al trabajador en un caso complejo)
assist-refer-to = Derivar a
assist-refer = Derivar
assist-referral-outcome = Resultado de la derivación
assist-referral-pending = Pendiente
assist-referral-accepted = Aceptada
assist-referral-declined = Rechazada
assist-referral-completed = Completada
assist-adr-title = ADR (resolución de conflictos del colegio de abogados)
assist-adr-worker-mediator = Mediador por parte del trabajador
assist-adr-employer-mediator = Mediador por parte del empleador
assist-adr-interpreter = Intérprete
assist-adr-hearings = Fechas de las audiencias
assist-adr-documents = Documentos (en ambos idiomas)
assist-adr-outcome = Resultado
assist-canned-title = Respuestas predefinidas
assist-canned-name = Nombre
assist-canned-text = Texto
assist-canned-send = Enviar esta respuesta
assist-closed-now = Los consejeros no están trabajando ahora. Leerán su mensaje a partir del { $time } (hora de Japón).
assist-mail-opened-subject = [{ $number }] Hiroba recibió su mensaje
assist-mail-opened-body =
    Hola:

    Su mensaje llegó a los consejeros de Hiroba. Su número de caso es { $number } y su clave de acceso es { $passphrase }.

    Para escribir de nuevo, responda a este correo (deje { $number } en el asunto), o lea las respuestas aquí:

    { $link }

    Hiroba
assist-filter-mine = Solo mis casos
assist-new-case = Nuevo caso (teléfono o visita)
assist-new-case-done = El caso está abierto. Lea a la persona el número de caso y la clave de acceso para que pueda seguir el caso en línea.
assist-summary = Resumen de la consulta
assist-stat-outcomes = Respuestas al cierre
assist-stat-satisfaction = Satisfacción promedio: { $average } de 5
assist-download-xlsx = Descargar para Excel (XLSX)
assist-site = Código de su lugar de trabajo (si tiene uno)
assist-site-hint = Opcional. El código que le dio su empresa. Nunca se le informa a su empleador de su mensaje.
assist-site-unknown = No conocemos este código. Revíselo o déjelo vacío.

## Editor de tipos de asunto de la secretaría
taxonomy-title = Tipos de asunto
taxonomy-admin-section = Amplíe la clasificación de asuntos con la que se clasifican y cuentan las consultas.
taxonomy-intro = Las consultas se clasifican con estos tipos. Puede añadir un tipo o un subtipo dentro de uno, con su nombre en cada idioma. Un tipo que ya se usó solo se puede retirar: las estadísticas pasadas lo conservan.
taxonomy-col-type = Tipo
taxonomy-col-code = Código
taxonomy-col-used = Consultas
taxonomy-col-actions = Acciones
taxonomy-retired = retirado
taxonomy-custom = añadido por la secretaría
taxonomy-retire = Retirar
taxonomy-restore = Volver a ofrecer
taxonomy-delete = Eliminar
taxonomy-edit-labels = Editar nombres
taxonomy-add = Añadir un tipo
taxonomy-parent = Dentro de
taxonomy-top-level = Un nuevo tipo principal
taxonomy-code-help = De 3 a 48 letras minúsculas, cifras y guiones, p. ej. labour-overtime. No se puede cambiar después.
taxonomy-labels = Nombres
taxonomy-labels-help = El inglés y el japonés son obligatorios. Un idioma vacío muestra el nombre en inglés.
taxonomy-code-invalid = El código debe tener de 3 a 48 letras minúsculas, cifras y guiones simples.
taxonomy-code-taken = Ese código ya se usa. Elija otro.
taxonomy-parent-invalid = Elija un tipo principal que siga ofreciéndose.
taxonomy-label-missing = Escriba el nombre al menos en inglés y en japonés.
taxonomy-label-too-long = Un nombre puede tener como máximo 120 caracteres.
taxonomy-builtin = Los tipos incorporados se traducen en el catálogo y no se pueden cambiar aquí.
taxonomy-not-found = Ese tipo no existe.
taxonomy-in-use = Hay consultas o subtipos que usan este tipo, por eso no se puede eliminar. Retírelo.
taxonomy-invalid = No se entendió la solicitud. No se cambió nada.

## Notificaciones push en la página del caso
assist-push-text = Reciba un aviso en este teléfono cuando un consejero le responda. Solo dice que hay una respuesta, nunca lo que dice.
assist-push-on = Avisarme en este teléfono
assist-push-off = Dejar de avisar en este teléfono
assist-push-done = Los avisos están activados en este teléfono.
assist-push-stopped = Los avisos están desactivados en este teléfono.
assist-push-failed = No se pudieron activar los avisos. Compruebe que este navegador puede mostrar notificaciones.
assist-push-invalid = No se aceptaron los datos de notificación de este navegador. No se cambió nada.
assist-push-title = Hiroba
assist-push-reply = Un consejero le respondió. Abra su caso para leerlo.
