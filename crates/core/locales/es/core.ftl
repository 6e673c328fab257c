# El idioma se describe a sí mismo (lo usa el selector de idioma).
language-name = Español
language-dir = ltr

site-name = Hiroba
skip-to-content = Ir al contenido
nav-account = Su cuenta
nav-admin = Secretaría
nav-logout = Cerrar sesión
nav-login = Iniciar sesión
nav-register = Crear una cuenta
language-switcher = Elegir idioma
furigana-turn-off = Ocultar furigana
furigana-turn-on = Mostrar furigana
footer-privacy = Sus respuestas y mensajes nunca se muestran a su empleador.
footer-open-source = Hiroba es software de código abierto para trabajadores migrantes en Japón y para las personas que los apoyan.

error-title = Algo salió mal
error-back-home = Ir a la página de inicio
error-not-found = No encontramos esta página. Puede que el enlace sea antiguo o esté mal escrito.
error-forbidden = Usted no tiene permiso para abrir esta página.
error-sign-in-required = Por favor, inicie sesión para ver esta página.
error-bad-form = No pudimos leer parte de la información enviada. Por favor, revise el formulario e inténtelo de nuevo.
error-bad-request = No pudimos entender esta solicitud. Por favor, vuelva atrás e inténtelo de nuevo.
error-csrf = Por su seguridad, este formulario ha caducado. Por favor, vuelva atrás, recargue la página y envíelo de nuevo.
error-too-many-requests = Demasiados intentos. Por favor, espere 15 minutos e inténtelo de nuevo.
error-internal = Lo sentimos, hubo un problema de nuestro lado. No se perdió nada de lo que usted envió. Por favor, inténtelo de nuevo en un momento.
error-method = Esta página no se puede usar de esa manera.
error-timeout = El servidor tardó demasiado en responder. Por favor, inténtelo de nuevo.
error-too-large = Lo que usted envió es demasiado grande.

role-worker = Trabajador
role-counsellor = Consejero
role-counsellor-supervisor = Supervisor de consejeros
role-company-admin = Administrador de empresa
role-company-viewer = Observador de empresa
role-member = Miembro
role-learner = Estudiante
role-supporter = Colaborador
role-secretariat = Secretaría

app-name = Hiroba: vida y trabajo en Japón
app-description = Información, una autoevaluación privada y consultas para personas extranjeras que viven y trabajan en Japón.
offline-title = No tiene conexión
offline-text = Ahora no hay conexión a internet. Puede abrir los artículos que ya leyó. Vuelva a intentarlo cuando tenga conexión.
