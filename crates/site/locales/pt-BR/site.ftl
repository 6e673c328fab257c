## Página inicial
home-title = Bem-vindo ao Hiroba
home-lead = O Hiroba é um lugar gratuito para pessoas de outros países que moram e trabalham no Japão. Leia informações úteis no seu idioma, confira sua situação de trabalho com privacidade e peça ajuda.
home-portal-title = Informações para a vida e o trabalho
home-portal-text = Artigos e vídeos sobre trabalho, visto de residência, saúde, dinheiro, desastres e vida diária no Japão, no seu idioma.
home-safety-title = Confira sua situação
home-safety-text = Responda perguntas simples sobre seu trabalho e sua vida. Você fica sabendo se algo pode ser contra a lei. Você não precisa de uma conta, e seu empregador nunca vê suas respostas.
home-assist-title = Peça ajuda
home-assist-text = Os orientadores respondem no seu idioma por mensagem, e-mail ou telefone, e ajudam você com problemas no trabalho e na vida diária.
home-recruitment-title = Recrutamento justo
home-recruitment-text = Ninguém deve pagar para conseguir um emprego. Veja quais organizações prometem taxa zero e anote o que você pagou.
home-events-title = Eventos
home-events-text = Seminários, oficinas, viagens de estudo e encontros: aprenda e conheça pessoas.
home-members-title = Membros
home-members-text = Organizações e pessoas que trabalham juntas pelos direitos dos trabalhadores migrantes. Participe da rede.
home-friends-title = Amigos
home-friends-text = Conheça outras pessoas do seu país e apoiadores japoneses perto de você, e participe de eventos.
home-learning-title = Cursos para empresas
home-learning-text = Cursos on-line para empregadores e funcionários sobre os direitos humanos dos trabalhadores migrantes, com certificado.
home-companies-title = Para empresas
home-companies-text = As empresas ficam sabendo dos riscos nos seus locais de trabalho e fornecedores somente por respostas anônimas e agrupadas, e podem agir a partir delas.
home-privacy-title = Sua privacidade
home-privacy-text = Coletamos o mínimo possível. As informações sensíveis são criptografadas, toda vez que um orientador abre um caso isso fica registrado, e as empresas só veem números sobre grupos de pelo menos 10 pessoas.

## Campos do formulário
field-email = Endereço de e-mail
field-display-name = Nome ou apelido
field-display-name-hint = Pode ser um apelido. Você não precisa usar seu nome verdadeiro.
field-password = Senha
field-new-password = Nova senha
field-password-hint = Pelo menos 8 caracteres. Uma frase que você consiga lembrar é uma boa escolha.
field-password-confirm = Digite a senha de novo
field-password-show = Mostrar senha

## Problemas com o que foi digitado
email-invalid = Digite um endereço de e-mail válido, por exemplo nome@example.com.
email-taken = Este endereço de e-mail já tem uma conta.
display-name-invalid = Digite um nome de 1 a 100 caracteres.
password-too-short = A senha é curta demais. Use pelo menos 8 caracteres.
password-too-long = A senha é longa demais. Use no máximo 128 caracteres.
password-too-common = Esta senha é muito comum e fácil de adivinhar. Escolha outra.
password-contains-email = A senha não pode conter seu endereço de e-mail.
password-mismatch = As duas senhas não são iguais.

## Cadastro
register-title = Criar uma conta
register-intro = Com uma conta, você pode acompanhar suas consultas, fazer cursos e participar de eventos. Você pode usar a autoavaliação sem uma conta.
register-kind = Quero usar o Hiroba como
register-submit = Criar minha conta
register-have-account = Já tenho uma conta
register-sent-title = Confira seu e-mail
register-sent-text = Enviamos um e-mail para o endereço que você informou. Abra o link dentro dele para confirmar seu endereço e depois entre na sua conta. Se nenhum e-mail chegar em alguns minutos, olhe na pasta de spam.

## Confirmação do e-mail
confirm-title = Confirme seu endereço de e-mail
confirm-text = Aperte o botão para confirmar seu endereço de e-mail.
confirm-submit = Confirmar meu endereço
confirm-done = Obrigado. Seu endereço de e-mail está confirmado. Agora você pode entrar.
confirm-invalid = Este link não é válido ou expirou. Cadastre-se de novo ou peça um novo link.

## Entrar
login-title = Entrar
login-submit = Entrar
login-forgot = Esqueci minha senha
login-failed = O endereço de e-mail ou a senha não está correto.
login-unconfirmed = Primeiro, confirme seu endereço de e-mail. Abra o link no e-mail que enviamos para você.
login-notice-password-changed = Sua senha foi alterada. Entre com a nova senha.
login-notice-logged-out = Você saiu da sua conta.

## Verificação em duas etapas
two-factor-title = Digite seu código
two-factor-code = Código de 6 dígitos do seu aplicativo autenticador
two-factor-submit = Continuar
two-factor-wrong-code = Este código não está correto. Confira o horário do seu celular e tente o código mais recente.
two-factor-setup-title = Ativar o login em duas etapas
two-factor-setup-text = Sua função protege informações de outras pessoas, por isso você precisa de uma segunda etapa ao entrar. Escaneie este código QR com um aplicativo autenticador (por exemplo FreeOTP, Aegis ou Google Authenticator) e depois digite o código que ele mostrar.
two-factor-qr-label = Código QR para o seu aplicativo autenticador
two-factor-setup-manual = Se você não conseguir escanear o código, digite esta chave no aplicativo:
two-factor-setup-submit = Ativar o login em duas etapas

## Redefinir a senha
forgot-title = Esqueceu sua senha?
forgot-text = Digite seu endereço de e-mail. Vamos enviar um link para você escolher uma nova senha.
forgot-submit = Enviar o link
forgot-sent = Se este endereço tiver uma conta, enviamos um link para ele. O link funciona por uma hora.
reset-title = Escolha uma nova senha
reset-submit = Salvar a nova senha
reset-invalid = Este link não é válido ou expirou. Peça um novo.

## Página da conta
profile-title = Sua conta
profile-roles = Funções
profile-two-factor = Login em duas etapas
profile-two-factor-on = Ativado
profile-two-factor-off = Desativado
profile-two-factor-enable = Ativar
residence-title = Visto de residência
residence-why = Se você nos disser seu visto de residência, os orientadores podem dar conselhos melhores. Isto é opcional. Ele fica guardado com criptografia e você pode apagá-lo a qualquer momento.
residence-field = Seu visto de residência
residence-none = Escolha
residence-consent = Concordo que o Hiroba guarde meu visto de residência para me ajudar nas consultas.
residence-consent-needed = Para salvar seu visto de residência, marque a caixa para concordar.
residence-choose = Escolha um visto de residência.
residence-save = Salvar
residence-erase = Apagar meu visto de residência
residence-technical-intern = Estágio Técnico (技能実習)
residence-specified-skilled-1 = Trabalhador com Habilidades Específicas (i) (特定技能1号)
residence-specified-skilled-2 = Trabalhador com Habilidades Específicas (ii) (特定技能2号)
residence-student = Estudante (留学)
residence-engineer-humanities = Engenheiro / Especialista em Humanidades / Serviços Internacionais (技術・人文知識・国際業務)
residence-permanent-resident = Residente Permanente (永住者)
residence-long-term-resident = Residente de Longo Prazo (定住者)
residence-spouse = Cônjuge ou Filho de Japonês (日本人の配偶者等)
residence-designated-activities = Atividades Designadas (特定活動)
residence-other = Outro

## E-mails (texto simples)
mail-confirm-subject = Confirme seu endereço de e-mail no Hiroba
mail-confirm-body =
    Olá, { $name },

    Obrigado por criar uma conta no Hiroba. Abra este link para confirmar seu endereço de e-mail:

    { $link }

    O link funciona por 48 horas. Se você não criou uma conta, pode ignorar este e-mail.

    Hiroba
mail-already-registered-subject = Alguém tentou criar uma conta no Hiroba com o seu endereço
mail-already-registered-body =
    Olá,

    Alguém tentou criar uma nova conta no Hiroba com este endereço de e-mail, mas ele já tem uma conta.

    Se foi você, entre aqui: { $login }
    Se você esqueceu sua senha, escolha uma nova aqui: { $reset }

    Se não foi você, pode ignorar este e-mail. Nada foi alterado.

    Hiroba
mail-reset-subject = Escolha uma nova senha para o Hiroba
mail-reset-body =
    Olá, { $name },

    Abra este link para escolher uma nova senha:

    { $link }

    O link funciona por uma hora e só uma vez. Se você não pediu isso, pode ignorar este e-mail: sua senha continua a mesma.

    Hiroba

## Secretaria
admin-title = Painel da Secretaria
admin-users-title = Contas por função
admin-col-role = Função
admin-col-count = Contas
admin-jobs-title = Tarefas em segundo plano
admin-jobs-summary = { $queued } aguardando, { $failed } com falha
admin-translations-title = Traduções
admin-translations-summary = { $missing } mensagens estão faltando em algum idioma
admin-translations-text = As mensagens que faltam em um idioma aparecem em inglês (ou então em japonês), com contorno vermelho para a Secretaria.
admin-translations-count = Faltam { $missing } de { $total } mensagens
admin-audit-title = Registro de auditoria
admin-audit-summary = Quem leu ou alterou o quê, e quando. As entradas nunca podem ser alteradas nem apagadas.
admin-audit-total = { $total } entradas
admin-col-when = Quando
admin-col-who = Usuário
admin-col-action = Ação
admin-col-target = Registro
admin-col-reason = Motivo
admin-col-id = Nº
admin-col-kind = Tipo
admin-col-state = Estado
admin-col-attempts = Tentativas
admin-col-run-at = Programado para
admin-col-error = Último erro
admin-col-actions = Ações
admin-retry = Tentar de novo
admin-pages = Páginas
admin-newer = Entradas mais recentes
admin-older = Entradas mais antigas
