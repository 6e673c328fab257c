members-title = Membros
members-intro = Empresas, associações, organizações supervisoras e de apoio, organizações de envio e de recrutamento, governos locais, embaixadas, profissionais do direito, ONGs e organizações sem fins lucrativos, pesquisadores e pessoas físicas trabalham juntos nesta rede para proteger os direitos dos trabalhadores migrantes. Os membros aprendem uns com os outros, compartilham o que fazem e participam de oficinas e seminários.
members-apply = Pedir adesão
members-total = { $count } organizações e pessoas
members-category = Categoria
members-count = Membros
members-code-title = Código de conduta
members-code-1 = Respeitamos os direitos humanos dos trabalhadores migrantes e de suas famílias e nunca participamos de trabalho forçado, tráfico de pessoas ou discriminação.
members-code-2 = Trabalhamos pelo princípio de que o empregador paga: os trabalhadores não pagam taxas de recrutamento nem custos relacionados.
members-code-3 = Protegemos as informações pessoais dos trabalhadores e nunca usamos a rede para vender ou fazer propaganda.
members-code-4 = Compartilhamos nossas atividades com honestidade, em um plano anual e em relatórios semestrais, e aprendemos com os outros membros.
members-code-5 = Ouvimos os trabalhadores migrantes e os ajudamos a ter acesso a orientação e reparação.
members-practices-title = Boas práticas
members-status-applied = Seu pedido está aguardando a análise da secretaria.
members-status-more-info = A secretaria pediu mais informações.
members-status-approved = Você é membro.
members-status-refused = O pedido não foi aceito.
members-home-title = Página dos membros
members-choose = Escolha…
members-category-business = Empresas
members-category-association = Associações setoriais
members-category-supervising = Organizações supervisoras e organizações de apoio registradas
members-category-sending = Organizações de envio
members-category-recruiting = Empresas de recrutamento
members-category-local-government = Governos locais
members-category-embassy = Embaixadas
members-category-legal = Advogados, despachantes administrativos (gyōsei shoshi) e consultores trabalhistas e previdenciários (sharōshi)
members-category-npo = ONGs e organizações sem fins lucrativos
members-category-researcher = Pesquisadores
members-category-individual = Outras pessoas físicas
members-name = Nome da organização (ou seu nome)
members-name-hint = Como deve aparecer na lista de membros.
members-contact-name = Pessoa de contato
members-email = E-mail de contato
members-area = Onde você está (província, cidade ou país)
members-website = Site (opcional)
members-about = O que você faz e por que quer participar
members-about-hint = Algumas frases: seu trabalho com trabalhadores migrantes e o que gostaria de fazer na rede.
members-agree = Li o código de conduta e concordo com ele.
members-send = Enviar
members-application-title = Seu pedido de adesão
members-messages = Histórico
members-action-applied = Pedido enviado
members-action-resubmitted = Enviado novamente
members-action-approved = Aprovado
members-action-more-info = Mais informações pedidas
members-action-refused = Não aceito
members-answer = Responder e enviar novamente
members-answer-message = Sua resposta à secretaria
members-send-again = Enviar novamente
members-home-intro = Só os membros veem esta página: o que outros membros escolheram compartilhar e as boas práticas da rede.
members-reports-title = Planos e relatórios de atividades
members-published-reports = Compartilhado pelos membros
members-none-yet = Ainda não há nada.
members-practice-number = Boa prática nº { $number }:
members-kind-plan = Plano anual de atividades
members-kind-report = Relatório semestral de atividades
members-report-kind-label = Tipo
members-report-period-label = Período
members-report-file = Arquivo
members-report-visibility = Quem pode ler
members-report-published = Todos os membros
members-report-private = Você e a secretaria
members-report-new = Enviar um plano ou relatório
members-report-period-hint = Para um plano, o ano, por exemplo 2026. Para um relatório, o semestre, por exemplo 2026-H1 (janeiro a junho) ou 2026-H2.
members-report-body-label = O que você fez ou planeja fazer
members-report-file-hint = Opcional: PDF, Word (.docx), Excel (.xlsx) ou uma imagem, até 10 MB. Enviar de novo para o mesmo período substitui o anterior.
members-report-publish = Compartilhar com todos os membros na página dos membros
members-admin-title = Membros
members-admin-section = Pedidos de adesão, a tabela de membros por categoria e as boas práticas.
members-admin-total = { $count } membros: { $organisations } organizações e { $individuals } pessoas físicas
members-applications = Pedidos
members-applied-on = Data do pedido
members-practice-new = Publicar uma boa prática
members-practice-title-label = Título
members-practice-body-label = Texto (Markdown)
members-practice-publish = Publicar com o próximo número
members-code-agreed = Concordou com o código de conduta
members-decide = Decisão
members-decision = Decisão
members-decision-approve = Aprovar
members-decision-ask = Pedir mais informações
members-decision-refuse = Recusar
members-decision-message = Mensagem para o solicitante
members-decision-message-hint = Obrigatória ao pedir mais informações ou recusar: o solicitante a lê por e-mail e na página do pedido.
members-error-category = Escolha uma categoria.
members-error-name = Informe o nome e uma pessoa de contato.
members-error-email = Informe um endereço de e-mail válido.
members-error-website = O site deve começar com https:// ou http://.
members-error-about = Conte em algumas frases o que você faz (pelo menos 20 caracteres).
members-error-code = Leia o código de conduta e marque a caixa para concordar.
members-error-too-long = Um texto está longo demais.
members-error-already-applied = Esta conta já fez um pedido.
members-error-not-editable = O pedido só pode ser alterado quando a secretaria pede mais informações.
members-error-message = Escreva uma mensagem: o solicitante precisa saber o motivo.
members-error-decided = Este pedido já foi decidido.
members-error-decision = Escolha uma decisão.
members-report-kind = Escolha um plano ou um relatório.
members-report-period = O período é um ano para um plano (2026) ou um semestre para um relatório (2026-H1 ou 2026-H2), não muito distante de hoje.
members-report-body = Escreva pelo menos algumas frases (20 caracteres).
members-report-attachment = O arquivo deve ser PDF, Word (.docx), Excel (.xlsx), PNG ou JPEG.
members-report-too-large = O arquivo ou o texto é grande demais (no máximo 10 MB).
members-mail-approved-subject = Bem-vindo(a): sua adesão foi aprovada
members-mail-approved-body =
    Prezado(a) { $name },

    A secretaria aprovou a sua adesão. { $message }

    Página dos membros: { $link }

    Hiroba
members-mail-more-info-subject = Seu pedido de adesão: precisamos de mais informações
members-mail-more-info-body =
    Prezado(a) { $name },

    A secretaria precisa de mais informações sobre o seu pedido:

    { $message }

    Responda e envie novamente aqui: { $link }

    Hiroba
members-mail-refused-subject = Seu pedido de adesão
members-mail-refused-body =
    Prezado(a) { $name },

    A secretaria não pôde aceitar o seu pedido:

    { $message }

    { $link }

    Hiroba

## Newsletter
newsletter-title = Boletim
newsletter-unsubscribe-title = Parar de receber o boletim
newsletter-unsubscribe-text = Você não vai mais receber por e-mail o boletim dos membros. Ainda poderá lê-lo no arquivo de boletins.
newsletter-unsubscribe-button = Não quero mais receber o boletim
newsletter-unsubscribed = Pronto: você não vai mais receber o boletim.
newsletter-subject = Assunto
newsletter-body = Texto (Markdown)
newsletter-audience = Enviar para
newsletter-audience-all = Todos os membros
newsletter-archive = Quem pode ler no arquivo
newsletter-archive-members = Só os membros
newsletter-archive-public = Qualquer pessoa
newsletter-admin-title = Boletim
newsletter-admin-section = Escrever o boletim mensal, ver a prévia, enviá-lo aos membros e acompanhar a entrega.
members-status-label = Status
newsletter-status-draft = Rascunho
newsletter-status-sending = Enviando
newsletter-status-sent = Enviado
newsletter-new = Nova edição
newsletter-save-draft = Salvar o rascunho
newsletter-delivery-queued = Aguardando
newsletter-delivery-sending = Sendo enviado
newsletter-delivery-sent = Enviado
newsletter-delivery-failed = Falhou
newsletter-delivery-unknown = Desconhecido
newsletter-unknown-hint = “Desconhecido”: o envio parou enquanto este e-mail estava saindo. Ele não é enviado de novo, para que ninguém o receba duas vezes; se for preciso, confirme com o membro.
newsletter-preview = Prévia
newsletter-send = Enviar agora
newsletter-edit = Alterar o rascunho
newsletter-mail-footer = Você recebe este boletim como membro da rede Hiroba. Para não receber mais: { $link }
newsletter-error-subject = Escreva um assunto e um texto.
newsletter-error-audience = Escolha para quem enviar e quem pode ler no arquivo.
newsletter-error-sent = Esta edição já foi enviada.
newsletter-error-nobody = Nenhum membro receberia esta edição.

## Supporters
supporters-title = Seu link de apoiador
supporters-intro = Compartilhe este link com trabalhadores migrantes e com as pessoas próximas a eles: ele leva às informações do Hiroba no idioma deles. Você vê quantas pessoas chegaram por ele — só os números, nunca quem.
supporters-your-link = Seu link pessoal
supporters-qr = Código QR do seu link pessoal
supporters-reach = Até onde chegou
supporters-visits = Visitas
supporters-registrations = Cadastros
supporters-counts-only = Só os números são guardados: nada sobre as pessoas que seguiram um link.
supporters-awards = Prêmios de boas práticas
supporters-meetings = Reuniões de apoiadores e outros eventos
supporters-admin-title = Apoiadores
supporters-admin-section = Links de indicação dos apoiadores (visitas e cadastros, só números), reuniões e prêmios de boas práticas.
supporters-name = Apoiador(a)
supporters-award-new = Registrar um prêmio de boas práticas
supporters-award-title = Motivo do prêmio
supporters-year = Ano
supporters-award-save = Registrar o prêmio
supporters-error-award = Escolha um apoiador e informe o título e o ano do prêmio.
