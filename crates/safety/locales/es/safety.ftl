## Introducción
safety-title = Revise su situación
safety-intro = Responda preguntas sencillas sobre su trabajo y su vida en Japón. Toma de 5 a 10 minutos. Al final sabrá si algo puede ir contra la ley o ser una señal de trabajo forzoso, y dónde pedir ayuda.
safety-promise-private = Sus respuestas nunca se muestran a su empleador. Las empresas solo ven cifras sobre grupos de al menos 10 personas.
safety-promise-anonymous = No necesita una cuenta. No le preguntamos su nombre.
safety-promise-free = Es gratis.
safety-site-code = Código de su lugar de trabajo (si tiene uno)
safety-site-code-hint = Puede que su empresa le haya dado un código o un código QR. Puede dejar esto vacío.
safety-site-unknown = No conocemos este código. Revíselo, o déjelo vacío.
safety-site-found = Lugar de trabajo: { $company }, { $site }
safety-not-listed = Mi empleador no está en la lista
safety-start = Empezar

## Respuestas
safety-progress = Paso { $step } de { $total }
safety-yes = Sí
safety-no = No
safety-unsure = No estoy seguro/a
safety-optional = (puede saltar esta pregunta)
safety-choose = Elija
safety-prefecture = Prefectura
safety-number = Número
safety-unit-hours = horas
safety-unit-yen = yenes
safety-unit-yen-per-hour = yenes por hora
safety-unit-days = días
safety-back = Atrás
safety-next = Siguiente
safety-finish = Ver mi resultado
safety-saved = Sus respuestas se guardan después de cada paso. Si se corta la conexión, abra el mismo enlace otra vez para continuar.
safety-offline-kept = No hay conexión. Sus respuestas se guardan en este teléfono y se enviarán cuando vuelva la conexión.
safety-fix-errors = Revise las respuestas marcadas abajo.
safety-answer-missing = Elija una respuesta.
safety-answer-invalid = Esta respuesta no es una de las opciones.
safety-answer-not-number = Escriba un número, por ejemplo 20.
safety-answer-out-of-range = Este número es demasiado grande o demasiado pequeño.
safety-already-complete = Usted ya terminó. Ahora no se pueden cambiar sus respuestas.

## Resultado
safety-result-title = Su resultado
safety-result-none = Ninguna de sus respuestas muestra señales de un problema grave. Si algo todavía le preocupa, puede pedir ayuda.
safety-result-some = { $count ->
    [one] Una de sus respuestas puede mostrar un problema. Lea por qué.
   *[other] { $count } de sus respuestas pueden mostrar un problema. Lea por qué.
}
safety-severity-violation = Puede ir contra la ley
safety-severity-forced-labour = Puede ser una señal de trabajo forzoso
safety-severity-advice = Es bueno saberlo
safety-read-more = Lea más sobre esto
safety-ilo = Indicador de trabajo forzoso de la OIT:
safety-assist-title = Puede pedir ayuda
safety-assist-text = Los consejeros de Hiroba le ayudan gratis, en su idioma, de martes a sábado, de 10:00 a 18:00. No se le avisa a su empleador.
safety-assist-phone = Teléfono:
safety-ask-help = Quiero que un consejero me contacte
safety-result-private = Solo las personas que tienen el enlace de esta página pueden verla. No lo comparta. Funciona durante 30 días.

## Pedir ayuda
safety-help-title = Pedir ayuda
safety-help-intro = Díganos cómo puede contactarle un consejero. Lo usamos solo para responderle.
safety-help-how = ¿Cómo podemos contactarle?
safety-contact-email = Correo electrónico
safety-contact-phone = Teléfono
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Su correo electrónico, número de teléfono o nombre de cuenta
safety-help-language = Idioma de la respuesta
safety-help-time = ¿Cuándo podemos contactarle?
safety-help-time-hint = Por ejemplo: de lunes a viernes después de las 19:00.
safety-help-share = El consejero puede leer mis respuestas.
safety-help-send = Enviar
safety-help-privacy = Su contacto se guarda cifrado y separado de sus respuestas.
safety-help-contact-missing = Escriba cómo podemos contactarle.
safety-help-contact-invalid = Este contacto no parece válido. Revíselo.
safety-help-done = Gracias. Un consejero le contactará, normalmente en un plazo de 2 días hábiles (de martes a sábado).
safety-back-to-result = Volver a mi resultado

## Indicadores de trabajo forzoso de la OIT
indicator-abuse-of-vulnerability = Abuso de la vulnerabilidad
indicator-deception = Engaño
indicator-restriction-of-movement = Restricción de la libertad de movimiento
indicator-isolation = Aislamiento
indicator-physical-sexual-violence = Violencia física y sexual
indicator-intimidation-threats = Intimidación y amenazas
indicator-retention-of-documents = Retención de documentos de identidad
indicator-withholding-of-wages = Retención de salarios
indicator-debt-bondage = Servidumbre por deudas
indicator-abusive-conditions = Condiciones de trabajo y de vida abusivas
indicator-excessive-overtime = Horas extra excesivas

## Secretaría
safety-admin-title = Banco de preguntas de seguridad
safety-admin-section = Vea las preguntas, qué textos faltan en cada idioma, y publique una nueva versión.
safety-admin-versions = Versiones
safety-admin-translations = Textos que faltan por idioma (abrir para ver una vista previa)
safety-admin-questions = Preguntas de la versión actual
safety-admin-col-id = Pregunta
safety-admin-col-section = Sección
safety-admin-col-severity = Gravedad
safety-admin-col-indicators = Indicadores de la OIT
safety-admin-col-rule = Norma japonesa
safety-admin-new-version = Publicar una nueva versión
safety-admin-download = Descargar la versión actual como un solo archivo para editar
safety-admin-upload = Archivo del banco editado (TOML)
safety-admin-check-publish = Revisar y publicar
safety-admin-invalid = No se cambió nada. Primero corrija estos problemas:
safety-admin-published = La versión { $version } está publicada. Las respuestas nuevas la usan; las respuestas anteriores mantienen su versión.
safety-admin-preview = Vista previa en { $language }
safety-admin-missing-text = Este texto falta en este idioma; se muestra el inglés.
safety-admin-counts = Uso por día
safety-admin-audio = Preguntas grabadas
safety-admin-audio-file = Grabación (MP3, M4A, Ogg o WebM, hasta 3 MB)
safety-admin-help-requests = { $count } solicitudes de ayuda en total
safety-admin-visits = Visitas
safety-admin-starts = Iniciados
safety-admin-completions = Terminados
safety-admin-help = Pidieron ayuda
safety-name-recruiters = ¿Quién te reclutó? Cuéntanos (anónimo)
safety-fee-ledger = Anota las tarifas que pagaste
