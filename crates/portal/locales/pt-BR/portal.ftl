## Leitura
portal-title = Informações para a vida e o trabalho
portal-topics = Temas
portal-latest = Novos e atualizados
portal-countries = Antes de vir para o Japão
portal-countries-text = Páginas para quem está se preparando para vir destes países.
portal-country-intro = Artigos especialmente úteis para quem vem deste país, antes e depois da chegada.
portal-feed = Acompanhe os novos artigos (feed Atom)
portal-feed-title = Hiroba: informações para a vida e o trabalho no Japão
portal-nothing-yet = Ainda não há artigos aqui.
portal-related = Artigos relacionados
portal-need-help = Precisa de ajuda com a sua situação? Você pode falar com os orientadores da Hiroba no seu idioma, de graça. Seu empregador não fica sabendo.
portal-byline = Por { $author } · publicado em { $published } · revisado em { $reviewed }
portal-not-translated = Este artigo ainda não está disponível no seu idioma. Ele aparece em { $language }.
portal-not-translated-short = Ainda não está no seu idioma.
portal-watch-video = Assistir ao vídeo
portal-video-external = Abre outro site. Vídeos gastam muitos dados.
portal-preview-notice = Prévia. Os leitores não veem esta página enquanto o status for “{ $status }”.

## Busca
portal-search-title = Buscar
portal-search-label = Buscar nos artigos
portal-search-submit = Buscar
portal-search-count = { $count ->
    [one] { $count } artigo encontrado
   *[other] { $count } artigos encontrados
}

## Temas
topic-work = Trabalho e salário
topic-residence = Visto de residência
topic-health-welfare = Saúde e bem-estar social
topic-daily-life = Vida diária
topic-disasters = Desastres e emergências
topic-money = Dinheiro e bancos
topic-family = Família e filhos
topic-learning-japanese = Aprender japonês

## Países de origem
country-VN = Vietnã
country-MM = Mianmar
country-ID = Indonésia
country-PH = Filipinas
country-CN = China
country-NP = Nepal
country-KH = Camboja
country-TH = Tailândia
country-LK = Sri Lanka
country-BD = Bangladesh
country-BR = Brasil
country-PE = Peru

## Edição (Secretaria)
portal-admin-title = Artigos do portal
portal-admin-section = Escrever, traduzir e publicar artigos; ver quais traduções estão faltando ou desatualizadas.
portal-stats-section = Visualizações de página e novas contas, contadas sem rastrear ninguém.
portal-admin-new = Novo artigo
portal-admin-create = Criar o rascunho
portal-admin-summary = { $missing } traduções faltando, { $outdated } desatualizadas.
portal-col-article = Artigo
portal-col-status = Status
portal-col-language = Idioma
portal-col-state = Tradução
portal-col-actions = Ações
portal-col-version = Versão
portal-col-day = Dia
portal-col-views = Visualizações de página
portal-col-registrations = Novas contas
portal-state-missing = Faltando
portal-state-outdated = Desatualizada
portal-state-up-to-date = Em dia
portal-state-source = Texto original
portal-status-draft = Rascunho
portal-status-review = Em revisão
portal-status-published = Publicado
portal-status-unpublished = Despublicado
portal-action-draft = Voltar para rascunho
portal-action-review = Enviar para revisão
portal-action-published = Publicar
portal-action-unpublished = Despublicar
portal-action-edit = Editar
portal-action-preview = Prévia
portal-translations = Traduções
portal-revisions = Histórico de revisões
portal-settings = Configurações
portal-save = Salvar
portal-edit-title = Editar o texto em { $language }
portal-source-text = Texto original ({ $language }, versão { $version })
portal-ruby-hint = Markdown. Escreva o furigana assim: {"{"}漢字|かんじ{"}"}. Links, listas e títulos são mantidos; todo HTML é removido.
portal-field-slug = Endereço (slug)
portal-field-slug-hint = Letras minúsculas, números e hifens, por exemplo paid-leave. Não pode ser alterado depois.
portal-field-kind = Tipo
portal-kind-article = Artigo
portal-kind-video = Vídeo
portal-field-topic = Tema
portal-field-countries = Países de origem
portal-field-countries-hint = Opcional. Códigos de país separados por vírgulas, por exemplo VN, MM.
portal-field-author = Organização autora
portal-field-source-lang = Idioma do texto original
portal-field-video-url = Endereço do vídeo
portal-field-video-url-hint = Opcional. Um link para o vídeo em outro site (https://…). Ele nunca é incorporado à página.
portal-field-title = Título
portal-field-summary = Resumo
portal-field-body = Texto
portal-field-note = O que mudou (para o histórico)

## Erros de edição
portal-slug-invalid = O endereço deve ter de 3 a 80 letras minúsculas, números ou hifens.
portal-slug-taken = Outro artigo já usa este endereço.
portal-topic-invalid = Escolha um tema e um tipo da lista.
portal-country-invalid = Código de país desconhecido. Use códigos como VN, MM, ID, PH.
portal-language-invalid = Este idioma não é oferecido pela plataforma.
portal-title-missing = Escreva um título.
portal-too-long = Algum texto está longo demais.
portal-video-url-invalid = O endereço do vídeo deve começar com https:// ou http://.
portal-source-first = Escreva primeiro o texto original; as traduções são feitas a partir dele.

## Estatísticas (Secretaria)
portal-stats-title = Leitores
portal-stats-privacy = Contagem sem cookies e sem guardar endereços IP: apenas quantas vezes cada página foi exibida, por idioma e por dia.
portal-stats-views = visualizações de página no total ({ $days30 } nos últimos 30 dias)
portal-stats-registrations = contas no total ({ $days30 } novas nos últimos 30 dias)
portal-stats-by-language = Visualizações de página por idioma, últimos 30 dias
portal-stats-by-day = Por dia, últimos 30 dias

## Imagens e vídeo (Secretaria)
portal-media = Imagens e vídeo
portal-image-upload = Adicionar uma imagem
portal-image-hint = JPEG, PNG ou WebP, até 15 MB. Versões menores para celular são criadas automaticamente. Coloque a imagem no texto usando o código mostrado.
portal-video-upload = Enviar o vídeo
portal-video-hint = MP4 ou WebM, até 500 MB. Os leitores só carregam o vídeo quando apertam o play.
portal-upload = Enviar
portal-use-as-poster = Usar como imagem do vídeo
portal-subtitles = Legendas (WebVTT)
portal-subtitles-hint = Cole o texto de um arquivo .vtt, que começa com WEBVTT.
portal-video-data = O vídeo só começa quando você aperta o play. Ele usa seus dados móveis.
portal-media-not-image = Este arquivo não é uma imagem que conseguimos ler (JPEG, PNG ou WebP).
portal-media-too-large = O arquivo é grande demais.
portal-media-not-video = Este arquivo não é um vídeo MP4 ou WebM.
portal-media-not-vtt = As legendas precisam ser um texto WebVTT que começa com WEBVTT.
