## Para o trabalhador
assist-title = Pedir ajuda
assist-intro = Escreva para os orientadores do Hiroba no seu idioma. Eles ajudam de graça com problemas no trabalho, com o seu visto de residência e na vida diária. Seu empregador não fica sabendo.
assist-hours = Os orientadores respondem de terça a sábado, das 10:00 às 18:00 (horário do Japão). Se você escrever em outro horário, eles respondem no próximo dia útil.
assist-name = Nome ou apelido
assist-name-hint = Opcional. Pode ser um apelido.
assist-contact = Como podemos entrar em contato com você?
assist-contact-hint = Um e-mail, um número de telefone, ou seu nome no LINE ou no Facebook.
assist-message = Sua mensagem
assist-consent = Concordo que o Hiroba guarde o que eu escrevo, com criptografia, para me ajudar. Posso pedir que seja apagado.
assist-consent-needed = Marque a caixa para concordar, assim podemos guardar sua mensagem.
assist-send = Enviar
assist-sent = Obrigado. Sua mensagem chegou aos orientadores.
assist-case-number = Número do caso
assist-passphrase = Senha de acesso
assist-keep-these = Anote estes dados ou tire um print da tela. Com eles, você pode ler a resposta aqui sem ter uma conta. Ninguém mais pode abrir o seu caso.
assist-follow = Abrir meu caso
assist-have-case = Já tenho um número de caso
assist-case-title = Seu caso
assist-open-case = Abrir
assist-case-not-found = O número do caso ou a senha de acesso não está correto.
assist-message-missing = Escreva uma mensagem.
assist-contact-missing = Diga como podemos entrar em contato com você.
assist-too-long = O texto é longo demais.
assist-from-worker = Você
assist-from-counsellor = Orientador
assist-from-note = Nota interna

## Status e canais
assist-status-new = Novo
assist-status-open = Aberto
assist-status-waiting-worker = Aguardando o trabalhador
assist-status-waiting-referral = Aguardando encaminhamento
assist-status-resolved = Resolvido
assist-status-closed = Encerrado
assist-channel-web = Formulário web
assist-channel-safety = Autoavaliação
assist-channel-email = E-mail
assist-channel-phone = Telefone
assist-channel-visit = Visita

## Orientadores
assist-inbox-title = Caixa de entrada de consultas
assist-admin-section = A fila compartilhada de consultas, com as que esperam há mais tempo primeiro.
assist-imported = { $count ->
    [one] { $count } novo pedido de ajuda da autoavaliação foi adicionado.
   *[other] { $count } novos pedidos de ajuda da autoavaliação foram adicionados.
}
assist-filter-language = Idioma
assist-filter-status = Status
assist-filter = Filtrar
assist-all = Todos
assist-col-language = Idioma
assist-col-channel = Canal
assist-col-status = Status
assist-col-waiting = Aguardando desde
assist-col-assignee = Orientador
assist-read-logged = A abertura deste caso foi anotada no registro de auditoria.
assist-claim = Assumir este caso
assist-save = Salvar
assist-reply = Responder ao trabalhador
assist-internal-note = Nota interna (o trabalhador não vê)

## Consultas e estatísticas
assist-messages = Mensagens
assist-consultations = Consultas
assist-log-consultation = Registrar uma ligação, uma visita ou uma etapa de coordenação
assist-col-when = Data e hora
assist-col-kind = Tipo
assist-col-minutes = Minutos
assist-col-issues = Assuntos
assist-col-count = Quantidade
assist-kind-contact = Contato
assist-kind-coordination = Coordenação
assist-consultation-invalid = Verifique o tipo, o canal, os minutos e os assuntos.
assist-statistics-title = Estatísticas
assist-period-from = De
assist-period-to = Até
assist-period-invalid = Informe o período com duas datas; a primeira não pode ser posterior à segunda.
assist-download-csv = Baixar em CSV
assist-stat-people = pessoas buscaram orientação
assist-stat-consultations = consultas
assist-stat-issues = assuntos
assist-by-type = Assuntos por tipo
assist-by-language = Consultas por idioma
issue-residency = Residência
issue-residency-entry-exit = Entrada e saída do Japão
issue-residency-change-status = Mudança de visto de residência
issue-residency-other = Visto de residência e outros assuntos
issue-residency-unspecified = Residência (não especificado)
issue-lifestyle = Vida cotidiana
issue-lifestyle-domestic = Problemas familiares
issue-lifestyle-consumer-housing-phone = Problemas de consumo, moradia, contratos de celular
issue-lifestyle-civil = Questões cíveis
issue-labour = Trabalho
issue-labour-termination = Término do contrato de trabalho
issue-labour-wages = Salários
issue-labour-harassment = Assédio e relações interpessoais
issue-labour-other-conditions = Outras condições de trabalho
issue-labour-unspecified = Trabalho (não especificado)
issue-medical-welfare = Saúde e assistência social
issue-education = Educação
issue-tax-social-security = Impostos e previdência social
issue-other = Outros

## Importação de registros históricos
assist-import-title = Importar registros históricos
assist-import-format = Um arquivo CSV com uma linha por consulta e este cabeçalho. As datas ficam no formato YYYY-MM-DD; os assuntos são códigos separados por ponto e vírgula.
assist-import-problems = Nada foi importado. Corrija estas linhas:
assist-import-line = Linha { $line }:
assist-import-clean = { $count ->
    [one] O arquivo está correto: { $count } linha pode ser importada. Envie de novo sem a simulação para importar.
   *[other] O arquivo está correto: { $count } linhas podem ser importadas. Envie de novo sem a simulação para importar.
}
assist-import-done = { $count ->
    [one] Foi importada { $count } consulta
   *[other] Foram importadas { $count } consultas
} de { $people ->
    [one] { $people } pessoa.
   *[other] { $people } pessoas.
}
assist-import-file = Arquivo CSV
assist-import-dry-run = Simulação (só verificar, sem importar nada)
assist-import-submit = Verificar ou importar

## Sua privacidade e as perguntas finais
assist-reads-title = Quem leu o seu caso
assist-reads-none = Ninguém abriu o seu caso ainda.
assist-erase-text = Você pode retirar o seu consentimento. Aí o seu nome, o seu contato e todas as mensagens são apagados; só números anônimos ficam nas estatísticas. Isso não pode ser desfeito.
assist-erase = Apagar meus dados
assist-outcome-solved = O seu problema foi resolvido?
assist-outcome-yes = Sim
assist-outcome-partly = Em parte
assist-outcome-no = Não
assist-outcome-satisfaction = Qual é a sua satisfação com a ajuda? (1 = nenhuma, 5 = muita)

## Prazos previstos e avisos
assist-next-step-new = Um orientador costuma responder em até 2 dias úteis (de terça a sábado). Você vai ver a resposta nesta página.
assist-next-step-open = Um orientador está cuidando do seu caso. A próxima resposta costuma chegar em até 5 dias úteis.
assist-next-step-waiting-worker = O orientador está esperando a sua resposta. Escreva abaixo.
assist-next-step-waiting-referral = O seu caso foi encaminhado para uma organização especializada. A resposta costuma chegar em até 10 dias úteis.
assist-next-step-resolved = O seu caso foi resolvido. Conte para nós abaixo se o seu problema foi solucionado.
assist-next-step-closed = O seu caso está encerrado. Você ainda pode escrever se acontecer algo novo.
assist-overdue = prazo previsto ultrapassado
assist-mail-reply-subject = Hiroba: há uma resposta no seu caso { $number }
assist-mail-reply-body =
    Olá,

    Um orientador respondeu no seu caso { $number }. Para ler, abra esta página e digite o número do caso e a senha de acesso:

    { $link }

    Para proteger a sua privacidade, este e-mail não contém a resposta.

    Hiroba

## Encaminhamentos, ADR, respostas prontas
assist-directory-title = Diretório e respostas prontas
assist-directory-invalid = Preencha o nome e escolha um tipo; os textos não podem ser longos demais.
assist-org-name = Organização
assist-org-kind = Tipo
assist-org-languages = Idiomas
assist-org-area = Região
assist-org-contact = Contato
assist-org-add = Adicionar uma organização
assist-org-kind-lawyer = Advogado
assist-org-kind-scrivener = Despachante administrativo (gyōsei shoshi)
assist-org-kind-interpreter = Intérprete
assist-org-kind-support-group = Grupo de apoio
assist-org-kind-local-government = Governo local
assist-referrals = Encaminhamentos e apoio
assist-attendant = Acompanhamento (um orientador acompanha o trabalhador em um caso complexo)
assist-refer-to = Encaminhar para
assist-refer = Encaminhar
assist-referral-outcome = Resultado do encaminhamento
assist-referral-pending = Pendente
assist-referral-accepted = Aceito
assist-referral-declined = Recusado
assist-referral-completed = Concluído
assist-adr-title = ADR (resolução de conflitos da Ordem dos Advogados)
assist-adr-worker-mediator = Mediador do lado do trabalhador
assist-adr-employer-mediator = Mediador do lado do empregador
assist-adr-interpreter = Intérprete
assist-adr-hearings = Datas das audiências
assist-adr-documents = Documentos (nos dois idiomas)
assist-adr-outcome = Resultado
assist-canned-title = Respostas prontas
assist-canned-name = Nome
assist-canned-text = Texto
assist-canned-send = Enviar esta resposta
assist-closed-now = Os orientadores não estão trabalhando agora. Eles vão ler sua mensagem a partir de { $time } (horário do Japão).
assist-mail-opened-subject = [{ $number }] O Hiroba recebeu sua mensagem
assist-mail-opened-body =
    Olá,

    Sua mensagem chegou aos orientadores do Hiroba. O número do seu caso é { $number } e sua senha de acesso é { $passphrase }.

    Para escrever de novo, responda a este e-mail (mantenha { $number } no assunto) ou leia as respostas aqui:

    { $link }

    Hiroba
assist-filter-mine = Só os meus casos
assist-new-case = Novo caso (telefone ou visita)
assist-new-case-done = O caso está aberto. Leia para a pessoa o número do caso e a senha de acesso, para que ela possa acompanhar o caso on-line.
assist-summary = Resumo da consulta
assist-stat-outcomes = Respostas no encerramento
assist-stat-satisfaction = Satisfação média: { $average } de 5
assist-download-xlsx = Baixar para Excel (XLSX)
assist-site = Código do seu local de trabalho (se tiver)
assist-site-hint = Opcional. O código que sua empresa lhe deu. Seu empregador nunca fica sabendo da sua mensagem.
assist-site-unknown = Não conhecemos este código. Confira ou deixe em branco.

## Editor de tipos de assunto da secretaria
taxonomy-title = Tipos de assunto
taxonomy-admin-section = Amplie a classificação de assuntos usada para classificar e contar as consultas.
taxonomy-intro = As consultas são classificadas por estes tipos. Você pode adicionar um tipo ou um subtipo dentro de um, com o nome em cada idioma. Um tipo já usado só pode ser desativado: as estatísticas passadas o mantêm.
taxonomy-col-type = Tipo
taxonomy-col-code = Código
taxonomy-col-used = Consultas
taxonomy-col-actions = Ações
taxonomy-retired = desativado
taxonomy-custom = adicionado pela secretaria
taxonomy-retire = Desativar
taxonomy-restore = Oferecer de novo
taxonomy-delete = Excluir
taxonomy-edit-labels = Editar nomes
taxonomy-add = Adicionar um tipo
taxonomy-parent = Dentro de
taxonomy-top-level = Um novo tipo principal
taxonomy-code-help = De 3 a 48 letras minúsculas, números e hifens, ex.: labour-overtime. Não pode ser alterado depois.
taxonomy-labels = Nomes
taxonomy-labels-help = Inglês e japonês são obrigatórios. Um idioma vazio mostra o nome em inglês.
taxonomy-code-invalid = O código deve ter de 3 a 48 letras minúsculas, números e hifens simples.
taxonomy-code-taken = Esse código já está em uso. Escolha outro.
taxonomy-parent-invalid = Escolha um tipo principal que ainda seja oferecido.
taxonomy-label-missing = Escreva o nome pelo menos em inglês e em japonês.
taxonomy-label-too-long = Um nome pode ter no máximo 120 caracteres.
taxonomy-builtin = Os tipos originais são traduzidos no catálogo e não podem ser alterados aqui.
taxonomy-not-found = Esse tipo não existe.
taxonomy-in-use = Há consultas ou subtipos que usam este tipo, por isso não pode ser excluído. Desative-o.
taxonomy-invalid = O pedido não foi entendido. Nada foi alterado.

## Notificações push na página do caso
assist-push-text = Receba um aviso neste celular quando um conselheiro responder. Ele só diz que há uma resposta, nunca o que ela diz.
assist-push-on = Avisar-me neste celular
assist-push-off = Parar os avisos neste celular
assist-push-done = Os avisos estão ativados neste celular.
assist-push-stopped = Os avisos estão desativados neste celular.
assist-push-failed = Não foi possível ativar os avisos. Verifique se este navegador pode mostrar notificações.
assist-push-invalid = Os dados de notificação deste navegador não foram aceitos. Nada foi alterado.
assist-push-title = Hiroba
assist-push-reply = Um conselheiro respondeu. Abra o seu caso para ler.
