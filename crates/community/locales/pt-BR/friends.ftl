friends-title = Amigos
friends-intro = Residentes estrangeiros e apoiadores japoneses se encontram por região e idioma: para praticar japonês, ir juntos a um evento ou ter ajuda no dia a dia.
friends-safety = Sua segurança vem primeiro: você usa um apelido, seu perfil nunca mostra endereço, telefone ou e-mail, e vocês só trocam mensagens depois que os dois concordarem. Você pode bloquear qualquer pessoa e denunciar tudo o que preocupar você.
friends-edit-profile = Mudar meu perfil
friends-not-visible = não visível para outras pessoas
friends-contacts = Meus contatos
friends-events = Encontros de Amigos
friends-prefecture = Província
friends-anywhere = Todo o Japão
friends-language = Idioma
friends-any-language = Qualquer idioma
friends-search = Buscar
friends-none-found = Ninguém encontrado. Tente outra região ou outro idioma.
friends-create-profile = Criar meu perfil
friends-kind-resident = Residente estrangeiro(a)
friends-kind-supporter = Apoiador(a) japonês(a)
friends-profile-title = Meu perfil de Amigos
friends-profile-hint = Nunca escreva aqui seu nome verdadeiro, endereço, telefone ou e-mail. Se quiser, você pode passar esses dados depois por mensagem, quando os dois tiverem aceitado o contato.
friends-nickname = Apelido
friends-nickname-hint = Não use seu nome verdadeiro.
friends-i-am = Eu sou
friends-choose = Escolha…
friends-city = Cidade (opcional)
friends-languages = Idiomas que eu falo
friends-offers = O que posso oferecer (por exemplo: prática de japonês, ajuda com formulários, ir juntos a eventos)
friends-needs = O que estou procurando
friends-visible = Outras pessoas podem encontrar meu perfil
friends-save = Salvar
friends-ask = Pedir contato
friends-ask-hint = A pessoa vê seu apelido e seu perfil e decide. Só se ela aceitar vocês poderão trocar mensagens.
friends-asked = Seu pedido foi enviado. Vocês poderão trocar mensagens se a pessoa aceitar.
friends-contact-requested = Aguardando resposta.
friends-contact-accepted = Vocês aceitaram o contato.
friends-contact-declined = Agora não.
friends-open-conversation = Abrir as mensagens
friends-report-or-block = Denunciar ou bloquear
friends-report-reason = O que aconteceu?
friends-report = Denunciar à secretaria
friends-reported = Obrigado. A secretaria vai analisar.
friends-block-hint = A pessoa não vai mais encontrar você nem escrever para você, e você não vai mais vê-la.
friends-block = Bloquear
friends-no-contacts = Ainda não há contatos.
friends-accept = Aceitar
friends-decline = Agora não
friends-conversation-hint = As mensagens ficam no Hiroba. Nunca envie dinheiro, e no primeiro encontro combine um lugar público ou um encontro de Amigos.
friends-message = Mensagem
friends-send = Enviar
friends-admin-title = Amigos: moderação
friends-admin-section = Denúncias sobre perfis e mensagens de Amigos, para ocultar um perfil ou arquivar a denúncia.
friends-queue-empty = Nenhuma denúncia em aberto.
friends-reported-message = A mensagem denunciada
friends-hide = Ocultar o perfil
friends-dismiss = Arquivar a denúncia
friends-error-nickname = Escolha um apelido (não um e-mail nem um número de telefone) e não escreva dados de contato no seu perfil.
friends-error-area = Escolha sua província e quem você é.
friends-error-languages = Escolha pelo menos um idioma.
friends-error-too-long = Um texto está longo demais.
friends-error-no-profile = Crie seu perfil primeiro.
friends-error-asked = Vocês já estão em contato, ou há um pedido aguardando resposta.
friends-error-message = Escreva uma mensagem.
friends-error-reason = Conte para nós o que aconteceu.
friends-mail-asked-subject = Alguém quer entrar em contato com você pelo Amigos do Hiroba
friends-mail-asked-body =
    Olá,

    { $nickname } quer entrar em contato com você pelo Amigos do Hiroba. Veja o perfil e decida: { $link }

    Ninguém vê o seu endereço de e-mail. Se algo preocupar você, você pode bloquear ou denunciar qualquer pessoa.

    Hiroba
friends-mail-accepted-subject = { $nickname } aceitou o contato
friends-mail-accepted-body =
    Olá,

    { $nickname } aceitou entrar em contato com você pelo Amigos do Hiroba. Vocês podem trocar mensagens aqui: { $link }

    Hiroba
friends-mail-message-subject = Nova mensagem de { $nickname }
friends-mail-message-body =
    Olá,

    { $nickname } escreveu para você pelo Amigos do Hiroba. Leia aqui: { $link }

    Hiroba
