## Introdução
safety-title = Confira a sua situação
safety-intro = Responda perguntas simples sobre o seu trabalho e a sua vida no Japão. Leva de 5 a 10 minutos. No final, você fica sabendo se algo pode ser contra a lei ou um sinal de trabalho forçado, e onde conseguir ajuda.
safety-promise-private = Suas respostas nunca são mostradas ao seu empregador. As empresas só veem números sobre grupos de pelo menos 10 pessoas.
safety-promise-anonymous = Você não precisa de uma conta. Não perguntamos o seu nome.
safety-promise-free = É gratuito.
safety-site-code = Código do seu local de trabalho (se você tiver um)
safety-site-code-hint = Sua empresa pode ter dado a você um código ou um QR code. Você pode deixar em branco.
safety-site-unknown = Não conhecemos este código. Confira o código, ou deixe em branco.
safety-site-found = Local de trabalho: { $company }, { $site }
safety-not-listed = Meu empregador não está na lista
safety-start = Começar

## Respostas
safety-progress = Etapa { $step } de { $total }
safety-yes = Sim
safety-no = Não
safety-unsure = Não tenho certeza
safety-optional = (você pode pular)
safety-choose = Escolha
safety-prefecture = Província
safety-number = Número
safety-unit-hours = horas
safety-unit-yen = ienes
safety-unit-yen-per-hour = ienes por hora
safety-unit-days = dias
safety-back = Voltar
safety-next = Próximo
safety-finish = Ver meu resultado
safety-saved = Suas respostas são salvas a cada etapa. Se a conexão cair, abra o mesmo link de novo para continuar.
safety-offline-kept = Sem conexão. Suas respostas ficam guardadas neste celular e serão enviadas quando a conexão voltar.
safety-fix-errors = Confira as respostas marcadas abaixo.
safety-answer-missing = Escolha uma resposta.
safety-answer-invalid = Esta resposta não é uma das opções.
safety-answer-not-number = Escreva um número, por exemplo 20.
safety-answer-out-of-range = Este número é grande demais ou pequeno demais.
safety-already-complete = Você já terminou. Agora não é mais possível mudar as suas respostas.

## Resultado
safety-result-title = Seu resultado
safety-result-none = Nenhuma das suas respostas mostra sinal de um problema grave. Se alguma coisa ainda preocupa você, você pode pedir ajuda.
safety-result-some = { $count ->
    [one] { $count } das suas respostas pode indicar um problema. Leia o porquê.
   *[other] { $count } das suas respostas podem indicar um problema. Leia o porquê.
}
safety-severity-violation = Pode ser contra a lei
safety-severity-forced-labour = Pode ser um sinal de trabalho forçado
safety-severity-advice = É bom saber
safety-read-more = Leia mais sobre isso
safety-ilo = Indicador de trabalho forçado da OIT:
safety-assist-title = Você pode pedir ajuda
safety-assist-text = Os orientadores do Hiroba ajudam de graça, no seu idioma, de terça a sábado, das 10:00 às 18:00. Seu empregador não fica sabendo.
safety-assist-phone = Telefone:
safety-ask-help = Quero que um orientador entre em contato comigo
safety-result-private = Só quem tem o link desta página pode ver. Não compartilhe. Ele funciona por 30 dias.

## Pedir ajuda
safety-help-title = Pedir ajuda
safety-help-intro = Diga como um orientador pode entrar em contato com você. Usamos isso só para responder a você.
safety-help-how = Como podemos entrar em contato com você?
safety-contact-email = E-mail
safety-contact-phone = Telefone
safety-contact-line = LINE
safety-contact-facebook = Facebook Messenger
safety-help-contact = Seu e-mail, número de telefone ou nome de usuário
safety-help-language = Idioma da resposta
safety-help-time = Quando podemos entrar em contato com você?
safety-help-time-hint = Por exemplo: dias de semana depois das 19:00.
safety-help-share = O orientador pode ler as minhas respostas.
safety-help-send = Enviar
safety-help-privacy = Seu contato é guardado com criptografia e separado das suas respostas.
safety-help-contact-missing = Escreva como podemos entrar em contato com você.
safety-help-contact-invalid = Este contato não parece válido. Confira, por favor.
safety-help-done = Obrigado. Um orientador vai entrar em contato com você, normalmente em até 2 dias úteis (de terça a sábado).
safety-back-to-result = Voltar ao meu resultado

## Indicadores de trabalho forçado da OIT
indicator-abuse-of-vulnerability = Abuso de vulnerabilidade
indicator-deception = Engano
indicator-restriction-of-movement = Restrição de movimento
indicator-isolation = Isolamento
indicator-physical-sexual-violence = Violência física e sexual
indicator-intimidation-threats = Intimidação e ameaças
indicator-retention-of-documents = Retenção de documentos de identidade
indicator-withholding-of-wages = Retenção de salários
indicator-debt-bondage = Servidão por dívida
indicator-abusive-conditions = Condições de trabalho e de vida abusivas
indicator-excessive-overtime = Horas extras excessivas

## Secretaria
safety-admin-title = Banco de perguntas de segurança
safety-admin-section = Veja as perguntas, quais textos faltam em cada idioma, e publique uma nova versão.
safety-admin-versions = Versões
safety-admin-translations = Textos que faltam por idioma (abra para ver a prévia)
safety-admin-questions = Perguntas da versão atual
safety-admin-col-id = Pergunta
safety-admin-col-section = Seção
safety-admin-col-severity = Gravidade
safety-admin-col-indicators = Indicadores da OIT
safety-admin-col-rule = Regra japonesa
safety-admin-new-version = Publicar uma nova versão
safety-admin-download = Baixar a versão atual em um só arquivo para editar
safety-admin-upload = Arquivo do banco editado (TOML)
safety-admin-check-publish = Verificar e publicar
safety-admin-invalid = Nada foi alterado. Corrija estes problemas primeiro:
safety-admin-published = A versão { $version } foi publicada. As novas respostas usam esta versão; as respostas anteriores mantêm a versão delas.
safety-admin-preview = Prévia em { $language }
safety-admin-missing-text = Este texto está faltando neste idioma; o inglês é mostrado.
safety-admin-counts = Uso por dia
safety-admin-audio = Perguntas gravadas
safety-admin-audio-file = Gravação (MP3, M4A, Ogg ou WebM, até 3 MB)
safety-admin-help-requests = { $count } pedidos de ajuda no total
safety-admin-visits = Visitas
safety-admin-starts = Iniciados
safety-admin-completions = Concluídos
safety-admin-help = Pediram ajuda
safety-name-recruiters = Quem recrutou você? Conte para nós (anônimo)
safety-fee-ledger = Anote as taxas que você pagou
