## Página de inicio
home-title = Bienvenido a Hiroba
home-lead = Hiroba es un lugar gratuito para personas del extranjero que viven y trabajan en Japón. Lea información útil en su idioma, revise su situación laboral en privado y pida ayuda.
home-portal-title = Información para la vida y el trabajo
home-portal-text = Artículos y videos sobre el trabajo, el estatus de residencia, la salud, el dinero, los desastres y la vida diaria en Japón, en su idioma.
home-safety-title = Revise su situación
home-safety-text = Responda preguntas sencillas sobre su trabajo y su vida. Así sabrá si algo puede ir contra la ley. No necesita una cuenta, y su empleador nunca ve sus respuestas.
home-assist-title = Pida ayuda
home-assist-text = Los consejeros le responden en su idioma por mensaje, correo electrónico o teléfono, y le ayudan con problemas en el trabajo y en la vida diaria.
home-recruitment-title = Contratación justa
home-recruitment-text = Nadie debería pagar para conseguir un trabajo. Mira qué organizaciones prometen cero tarifas y anota lo que pagaste.
home-events-title = Eventos
home-events-text = Seminarios, talleres, viajes de estudio y encuentros: aprende y conoce gente.
home-members-title = Miembros
home-members-text = Organizaciones y personas que trabajan juntas por los derechos de los trabajadores migrantes. Únete a la red.
home-friends-title = Amigos
home-friends-text = Conozca a otras personas de su país y a colaboradores japoneses cerca de usted, y participe en eventos.
home-learning-title = Cursos para empresas
home-learning-text = Cursos en línea para empleadores y personal sobre los derechos humanos de los trabajadores migrantes, con certificado.
home-companies-title = Para empresas
home-companies-text = Las empresas conocen los riesgos en sus lugares de trabajo y en sus proveedores solo a partir de respuestas anónimas y agrupadas, y pueden actuar sobre ellos.
home-privacy-title = Su privacidad
home-privacy-text = Recogemos la menor cantidad posible de datos. La información delicada está cifrada, cada vez que un consejero abre un caso queda registrado, y las empresas solo ven cifras sobre grupos de al menos 10 personas.

## Campos de formulario
field-email = Correo electrónico
field-display-name = Nombre o apodo
field-display-name-hint = Puede ser un apodo. No tiene que usar su nombre real.
field-password = Contraseña
field-new-password = Nueva contraseña
field-password-hint = Al menos 8 caracteres. Una frase que pueda recordar es una buena opción.
field-password-confirm = Escriba la contraseña otra vez
field-password-show = Mostrar contraseña

## Problemas con lo escrito
email-invalid = Por favor, escriba un correo electrónico válido, por ejemplo nombre@example.com.
email-taken = Este correo electrónico ya tiene una cuenta.
display-name-invalid = Por favor, escriba un nombre de 1 a 100 caracteres.
password-too-short = La contraseña es demasiado corta. Use al menos 8 caracteres.
password-too-long = La contraseña es demasiado larga. Use como máximo 128 caracteres.
password-too-common = Esta contraseña es muy común y fácil de adivinar. Por favor, elija otra.
password-contains-email = La contraseña no debe contener su correo electrónico.
password-mismatch = Las dos contraseñas no son iguales.

## Registro
register-title = Crear una cuenta
register-intro = Con una cuenta puede seguir sus consultas, tomar cursos y participar en eventos. Puede usar la autoevaluación sin cuenta.
register-kind = Quiero usar Hiroba como
register-submit = Crear mi cuenta
register-have-account = Ya tengo una cuenta
register-sent-title = Revise su correo
register-sent-text = Le enviamos un correo a la dirección que nos dio. Abra el enlace que contiene para confirmar su dirección y luego inicie sesión. Si no llega ningún correo en unos minutos, revise su carpeta de spam.

## Confirmación del correo
confirm-title = Confirme su correo electrónico
confirm-text = Pulse el botón para confirmar su correo electrónico.
confirm-submit = Confirmar mi correo
confirm-done = Gracias. Su correo electrónico está confirmado. Ya puede iniciar sesión.
confirm-invalid = Este enlace no es válido o ha caducado. Por favor, regístrese de nuevo o pida un enlace nuevo.

## Inicio de sesión
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = Olvidé mi contraseña
login-failed = El correo electrónico o la contraseña no son correctos.
login-unconfirmed = Por favor, primero confirme su correo electrónico. Abra el enlace del correo que le enviamos.
login-notice-password-changed = Su contraseña fue cambiada. Por favor, inicie sesión con la nueva contraseña.
login-notice-logged-out = Usted cerró la sesión.

## Verificación en dos pasos
two-factor-title = Escriba su código
two-factor-code = Código de 6 dígitos de su aplicación de autenticación
two-factor-submit = Continuar
two-factor-wrong-code = Este código no es correcto. Revise la hora de su teléfono y pruebe con el código más reciente.
two-factor-setup-title = Activar el inicio de sesión en dos pasos
two-factor-setup-text = Su rol protege la información de otras personas, por eso necesita un segundo paso al iniciar sesión. Escanee este código QR con una aplicación de autenticación (por ejemplo FreeOTP, Aegis o Google Authenticator) y luego escriba el código que muestra.
two-factor-qr-label = Código QR para su aplicación de autenticación
two-factor-setup-manual = Si no puede escanear el código, escriba esta clave en la aplicación:
two-factor-setup-submit = Activar el inicio de sesión en dos pasos

## Restablecer la contraseña
forgot-title = ¿Olvidó su contraseña?
forgot-text = Escriba su correo electrónico. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar el enlace
forgot-sent = Si esta dirección tiene una cuenta, le enviamos un enlace. El enlace funciona durante una hora.
reset-title = Elija una nueva contraseña
reset-submit = Guardar la nueva contraseña
reset-invalid = Este enlace no es válido o ha caducado. Por favor, pida uno nuevo.

## Página de la cuenta
profile-title = Su cuenta
profile-roles = Roles
profile-two-factor = Inicio de sesión en dos pasos
profile-two-factor-on = Activado
profile-two-factor-off = Desactivado
profile-two-factor-enable = Activar
residence-title = Estatus de residencia
residence-why = Si nos dice su estatus de residencia, los consejeros pueden aconsejarle mejor. Es opcional. Se guarda cifrado y usted puede borrarlo en cualquier momento.
residence-field = Su estatus de residencia
residence-none = Elija
residence-consent = Acepto que Hiroba guarde mi estatus de residencia para ayudarme con mis consultas.
residence-consent-needed = Para guardar su estatus de residencia, por favor marque la casilla para aceptar.
residence-choose = Por favor, elija un estatus de residencia.
residence-save = Guardar
residence-erase = Borrar mi estatus de residencia
residence-technical-intern = Pasantía técnica (技能実習)
residence-specified-skilled-1 = Trabajador con habilidades específicas (i) (特定技能1号)
residence-specified-skilled-2 = Trabajador con habilidades específicas (ii) (特定技能2号)
residence-student = Estudiante (留学)
residence-engineer-humanities = Ingeniero / Especialista en Humanidades / Servicios Internacionales (技術・人文知識・国際業務)
residence-permanent-resident = Residente permanente (永住者)
residence-long-term-resident = Residente de largo plazo (定住者)
residence-spouse = Cónyuge o hijo de ciudadano japonés (日本人の配偶者等)
residence-designated-activities = Actividades designadas (特定活動)
residence-other = Otro

## Correos (texto simple)
mail-confirm-subject = Confirme su correo electrónico para Hiroba
mail-confirm-body =
    Hola, { $name }:

    Gracias por crear una cuenta en Hiroba. Por favor, abra este enlace para confirmar su correo electrónico:

    { $link }

    El enlace funciona durante 48 horas. Si usted no creó una cuenta, puede ignorar este correo.

    Hiroba
mail-already-registered-subject = Alguien intentó crear una cuenta de Hiroba con su correo
mail-already-registered-body =
    Hola:

    Alguien intentó crear una nueva cuenta de Hiroba con este correo electrónico, pero ya tiene una cuenta.

    Si fue usted, inicie sesión aquí: { $login }
    Si olvidó su contraseña, elija una nueva aquí: { $reset }

    Si no fue usted, puede ignorar este correo. No se cambió nada.

    Hiroba
mail-reset-subject = Elija una nueva contraseña para Hiroba
mail-reset-body =
    Hola, { $name }:

    Abra este enlace para elegir una nueva contraseña:

    { $link }

    El enlace funciona durante una hora y solo una vez. Si usted no lo pidió, puede ignorar este correo: su contraseña sigue siendo la misma.

    Hiroba

## Secretaría
admin-title = Panel de la Secretaría
admin-users-title = Cuentas por rol
admin-col-role = Rol
admin-col-count = Cuentas
admin-jobs-title = Tareas en segundo plano
admin-jobs-summary = { $queued } en espera, { $failed } fallidas
admin-translations-title = Traducciones
admin-translations-summary = Faltan { $missing } mensajes en algún idioma
admin-translations-text = Los mensajes que faltan en un idioma se muestran en inglés (o si no, en japonés), con un borde rojo para la Secretaría.
admin-translations-count = Faltan { $missing } de { $total } mensajes
admin-audit-title = Registro de auditoría
admin-audit-summary = Quién leyó o cambió qué, y cuándo. Las entradas nunca se pueden cambiar ni borrar.
admin-audit-total = { $total } entradas
admin-col-when = Cuándo
admin-col-who = Usuario
admin-col-action = Acción
admin-col-target = Registro
admin-col-reason = Motivo
admin-col-id = N.º
admin-col-kind = Tipo
admin-col-state = Estado
admin-col-attempts = Intentos
admin-col-run-at = Programado para
admin-col-error = Último error
admin-col-actions = Acciones
admin-retry = Reintentar
admin-pages = Páginas
admin-newer = Entradas más recientes
admin-older = Entradas más antiguas
