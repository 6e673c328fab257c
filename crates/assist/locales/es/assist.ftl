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
assist-next-step = Normalmente un consejero responde en un plazo de 2 días hábiles. Verá la respuesta en esta página.
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
