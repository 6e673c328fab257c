## Lectura
portal-title = Información para la vida y el trabajo
portal-topics = Temas
portal-latest = Nuevos y actualizados
portal-countries = Antes de venir a Japón
portal-countries-text = Páginas para quienes se preparan para venir desde estos países.
portal-country-intro = Artículos especialmente útiles para quienes vienen de este país, antes y después de llegar.
portal-feed = Siga los artículos nuevos (feed Atom)
portal-feed-title = Hiroba: información para la vida y el trabajo en Japón
portal-nothing-yet = Todavía no hay artículos aquí.
portal-related = Artículos relacionados
portal-need-help = ¿Necesita ayuda con su situación? Puede consultar gratis a los consejeros de Hiroba en su idioma. No se le avisa a su empleador.
portal-byline = Por { $author } · publicado el { $published } · revisado el { $reviewed }
portal-not-translated = Este artículo todavía no está disponible en su idioma. Se muestra en { $language }.
portal-not-translated-short = Todavía no está en su idioma.
portal-watch-video = Ver el video
portal-video-external = Se abre otro sitio web. Los videos usan muchos datos.
portal-preview-notice = Vista previa. Los lectores no ven esta página mientras su estado sea “{ $status }”.

## Búsqueda
portal-search-title = Buscar
portal-search-label = Buscar en los artículos
portal-search-submit = Buscar
portal-search-count = { $count ->
    [one] Se encontró { $count } artículo
   *[other] Se encontraron { $count } artículos
}

## Temas
topic-work = Trabajo y salario
topic-residence = Estatus de residencia
topic-health-welfare = Salud y bienestar social
topic-daily-life = Vida diaria
topic-disasters = Desastres y emergencias
topic-money = Dinero y bancos
topic-family = Familia e hijos
topic-learning-japanese = Aprender japonés

## Países de origen
country-VN = Vietnam
country-MM = Myanmar
country-ID = Indonesia
country-PH = Filipinas
country-CN = China
country-NP = Nepal
country-KH = Camboya
country-TH = Tailandia
country-LK = Sri Lanka
country-BD = Bangladés
country-BR = Brasil
country-PE = Perú

## Edición (Secretaría)
portal-admin-title = Artículos del portal
portal-admin-section = Escribir, traducir y publicar artículos; ver qué traducciones faltan o están desactualizadas.
portal-stats-section = Páginas vistas y cuentas nuevas, contadas sin rastrear a nadie.
portal-admin-new = Nuevo artículo
portal-admin-create = Crear el borrador
portal-admin-summary = Faltan { $missing } traducciones; { $outdated } están desactualizadas.
portal-col-article = Artículo
portal-col-status = Estado
portal-col-language = Idioma
portal-col-state = Traducción
portal-col-actions = Acciones
portal-col-version = Versión
portal-col-day = Día
portal-col-views = Páginas vistas
portal-col-registrations = Cuentas nuevas
portal-state-missing = Falta
portal-state-outdated = Desactualizada
portal-state-up-to-date = Al día
portal-state-source = Texto original
portal-status-draft = Borrador
portal-status-review = En revisión
portal-status-published = Publicado
portal-status-unpublished = Retirado
portal-action-draft = Volver a borrador
portal-action-review = Enviar a revisión
portal-action-published = Publicar
portal-action-unpublished = Retirar la publicación
portal-action-edit = Editar
portal-action-preview = Vista previa
portal-translations = Traducciones
portal-revisions = Historial de revisiones
portal-settings = Configuración
portal-save = Guardar
portal-edit-title = Editar el texto en { $language }
portal-source-text = Texto original ({ $language }, versión { $version })
portal-ruby-hint = Markdown. Escriba el furigana así: {"{"}漢字|かんじ{"}"}. Se conservan los enlaces, las listas y los títulos; se elimina todo el HTML.
portal-field-slug = Dirección (slug)
portal-field-slug-hint = Letras minúsculas, números y guiones, por ejemplo paid-leave. No se puede cambiar después.
portal-field-kind = Tipo
portal-kind-article = Artículo
portal-kind-video = Video
portal-field-topic = Tema
portal-field-countries = Países de origen
portal-field-countries-hint = Opcional. Códigos de país separados por comas, por ejemplo VN, MM.
portal-field-author = Organización autora
portal-field-source-lang = Idioma del texto original
portal-field-video-url = Dirección del video
portal-field-video-url-hint = Opcional. Un enlace al video en otro sitio web (https://…). Nunca se inserta en la página.
portal-field-title = Título
portal-field-summary = Resumen
portal-field-body = Texto
portal-field-note = Qué cambió (para el historial)

## Errores de edición
portal-slug-invalid = La dirección debe tener de 3 a 80 letras minúsculas, números o guiones.
portal-slug-taken = Otro artículo ya usa esta dirección.
portal-topic-invalid = Elija un tema y un tipo de la lista.
portal-country-invalid = Código de país desconocido. Use códigos como VN, MM, ID, PH.
portal-language-invalid = La plataforma no ofrece este idioma.
portal-title-missing = Escriba un título.
portal-too-long = Algún texto es demasiado largo.
portal-video-url-invalid = La dirección del video debe empezar por https:// o http://.
portal-source-first = Escriba primero el texto original; las traducciones se hacen a partir de él.

## Estadísticas (Secretaría)
portal-stats-title = Lectores
portal-stats-privacy = Se cuenta sin cookies y sin guardar direcciones IP: solo cuántas veces se mostró cada página, por idioma y por día.
portal-stats-views = páginas vistas en total ({ $days30 } en los últimos 30 días)
portal-stats-registrations = cuentas en total ({ $days30 } nuevas en los últimos 30 días)
portal-stats-by-language = Páginas vistas por idioma, últimos 30 días
portal-stats-by-day = Por día, últimos 30 días

## Imágenes y video (Secretaría)
portal-media = Imágenes y video
portal-image-upload = Agregar una imagen
portal-image-hint = JPEG, PNG o WebP, hasta 15 MB. Las versiones pequeñas para celulares se crean automáticamente. Insértela en el texto con el código que se muestra.
portal-video-upload = Subir el video
portal-video-hint = MP4 o WebM, hasta 500 MB. Los lectores solo lo cargan cuando presionan reproducir.
portal-upload = Subir
portal-use-as-poster = Usar como imagen del video
portal-subtitles = Subtítulos (WebVTT)
portal-subtitles-hint = Pegue el texto de un archivo .vtt, que empieza con WEBVTT.
portal-video-data = El video empieza solo cuando usted presiona reproducir. Usa datos móviles.
portal-media-not-image = Este archivo no es una imagen que podamos leer (JPEG, PNG o WebP).
portal-media-too-large = El archivo es demasiado grande.
portal-media-not-video = Este archivo no es un video MP4 o WebM.
portal-media-not-vtt = Los subtítulos deben ser un texto WebVTT que empiece con WEBVTT.
