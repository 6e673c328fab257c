# O idioma se descreve a si mesmo (usado pelo seletor de idioma).
language-name = Português
language-dir = ltr

site-name = Hiroba
skip-to-content = Ir para o conteúdo
nav-account = Sua conta
nav-admin = Secretaria
nav-logout = Sair
nav-login = Entrar
nav-register = Criar uma conta
language-switcher = Escolher idioma
furigana-turn-off = Esconder furigana
furigana-turn-on = Mostrar furigana
footer-privacy = Suas respostas e mensagens nunca são mostradas ao seu empregador.
footer-open-source = Hiroba é um software de código aberto para trabalhadores migrantes no Japão e para as pessoas que os apoiam.

error-title = Algo deu errado
error-back-home = Ir para a página inicial
error-not-found = Não encontramos esta página. O link pode ser antigo ou estar escrito errado.
error-forbidden = Você não tem permissão para abrir esta página.
error-sign-in-required = Entre na sua conta para ver esta página.
error-bad-form = Não conseguimos ler algumas das informações enviadas. Confira o formulário e tente de novo.
error-bad-request = Não conseguimos entender este pedido. Volte e tente de novo.
error-csrf = Para sua segurança, este formulário expirou. Volte, recarregue a página e envie de novo.
error-too-many-requests = Muitas tentativas. Espere 15 minutos e tente de novo.
error-internal = Desculpe, algo deu errado do nosso lado. Nada do que você enviou foi perdido. Tente de novo daqui a pouco.
error-method = Esta página não pode ser usada dessa forma.
error-timeout = O servidor demorou demais para responder. Tente de novo.
error-too-large = O que você enviou é grande demais.

role-worker = Trabalhador
role-counsellor = Orientador
role-counsellor-supervisor = Supervisor de orientadores
role-company-admin = Administrador da empresa
role-company-viewer = Observador da empresa
role-member = Membro
role-learner = Aluno
role-supporter = Apoiador
role-secretariat = Secretaria

app-name = Hiroba: vida e trabalho no Japão
app-description = Informações, uma autoavaliação privada e orientação para estrangeiros que vivem e trabalham no Japão.
offline-title = Você está sem conexão
offline-text = Agora não há conexão com a internet. Os artigos que você já leu ainda podem ser abertos. Tente de novo quando estiver conectado.
