friends-title = Amigos
friends-intro = Residentes extranjeros y colaboradores japoneses se encuentran por zona e idioma: para practicar japonés, ir juntos a un evento o recibir ayuda en la vida diaria.
friends-safety = Su seguridad es lo primero: usted usa un apodo, su perfil nunca muestra dirección, teléfono ni correo electrónico, y solo se escriben cuando los dos están de acuerdo. Puede bloquear a cualquiera y denunciar todo lo que le preocupe.
friends-edit-profile = Cambiar mi perfil
friends-not-visible = no visible para otros
friends-contacts = Mis contactos
friends-events = Encuentros de Amigos
friends-prefecture = Prefectura
friends-anywhere = Todo Japón
friends-language = Idioma
friends-any-language = Cualquier idioma
friends-search = Buscar
friends-none-found = No encontramos a nadie. Pruebe otra zona u otro idioma.
friends-create-profile = Crear mi perfil
friends-kind-resident = Residente extranjero/a
friends-kind-supporter = Colaborador/a japonés/a
friends-profile-title = Mi perfil de Amigos
friends-profile-hint = Nunca escriba aquí su nombre real, dirección, teléfono ni correo electrónico. Si quiere, puede darlos después en un mensaje, cuando los dos hayan aceptado el contacto.
friends-nickname = Apodo
friends-nickname-hint = No use su nombre real.
friends-i-am = Soy
friends-choose = Elija…
friends-city = Ciudad o pueblo (opcional)
friends-languages = Idiomas que hablo
friends-offers = Lo que puedo ofrecer (por ejemplo: práctica de japonés, ayuda con formularios, ir juntos a eventos)
friends-needs = Lo que busco
friends-visible = Otras personas pueden encontrar mi perfil
friends-save = Guardar
friends-ask = Pedir contacto
friends-ask-hint = La otra persona ve su apodo y su perfil, y decide. Solo si acepta podrán escribirse.
friends-asked = Su solicitud fue enviada. Podrán escribirse si la otra persona acepta.
friends-contact-requested = Esperando respuesta.
friends-contact-accepted = Aceptaron ponerse en contacto.
friends-contact-declined = Ahora no.
friends-open-conversation = Abrir los mensajes
friends-report-or-block = Denunciar o bloquear
friends-report-reason = ¿Qué pasó?
friends-report = Denunciar ante la secretaría
friends-reported = Gracias. La secretaría lo revisará.
friends-block-hint = Esta persona ya no podrá encontrarle ni escribirle, y usted ya no la verá.
friends-block = Bloquear
friends-no-contacts = Todavía no tiene contactos.
friends-accept = Aceptar
friends-decline = Ahora no
friends-conversation-hint = Los mensajes se quedan en Hiroba. Nunca envíe dinero, y la primera vez quede en un lugar público o en un encuentro de Amigos.
friends-message = Mensaje
friends-send = Enviar
friends-admin-title = Amigos: moderación
friends-admin-section = Denuncias sobre perfiles y mensajes de Amigos, para ocultar un perfil o descartar la denuncia.
friends-queue-empty = No hay denuncias abiertas.
friends-reported-message = El mensaje denunciado
friends-hide = Ocultar el perfil
friends-dismiss = Descartar la denuncia
friends-error-nickname = Por favor, elija un apodo (no un correo electrónico ni un número de teléfono) y no escriba datos de contacto en su perfil.
friends-error-area = Por favor, elija su prefectura y quién es usted.
friends-error-languages = Por favor, elija al menos un idioma.
friends-error-too-long = Un texto es demasiado largo.
friends-error-no-profile = Por favor, cree primero su perfil.
friends-error-asked = Ya están en contacto, o hay una solicitud pendiente.
friends-error-message = Por favor, escriba un mensaje.
friends-error-reason = Por favor, cuéntenos qué pasó.
friends-mail-asked-subject = Alguien quiere ponerse en contacto con usted en Amigos de Hiroba
friends-mail-asked-body =
    Hola:

    { $nickname } quiere ponerse en contacto con usted en Amigos de Hiroba. Mire su perfil y decida: { $link }

    Nadie ve su correo electrónico. Si algo le preocupa, puede bloquear o denunciar a cualquier persona.

    Hiroba
friends-mail-accepted-subject = { $nickname } aceptó ponerse en contacto
friends-mail-accepted-body =
    Hola:

    { $nickname } aceptó ponerse en contacto con usted en Amigos de Hiroba. Pueden escribirse aquí: { $link }

    Hiroba
friends-mail-message-subject = Un nuevo mensaje de { $nickname }
friends-mail-message-body =
    Hola:

    { $nickname } le escribió en Amigos de Hiroba. Léalo aquí: { $link }

    Hiroba
