events-title = Eventos
events-intro = Oficinas, seminários, encontros, fóruns e viagens de estudo da rede: para aprender juntos, conhecer trabalhadores migrantes e as pessoas que os apoiam, e compartilhar o que funciona.
events-none = Não há eventos programados no momento.
events-kind = Tipo
events-kind-workshop = Oficina
events-kind-seminar = Seminário
events-kind-gathering = Encontro
events-kind-forum = Fórum
events-kind-study-trip = Viagem de estudo (Field Academy)
events-kind-friends = Encontro de Amigos
events-kind-supporters-meeting = Reunião de apoiadores
events-format = Onde
events-format-in-person = Presencial
events-format-online = On-line
events-format-hybrid = Presencial e on-line
events-members-only = Somente membros
events-feed = Calendário dos eventos públicos (iCalendar)
events-cancelled = Este evento foi cancelado.
events-when = Quando
events-place = Local
events-places = Vagas
events-places-left = Restam { $left } de { $capacity } vagas
events-part-pre-workshop = Oficina antes da visita
events-part-tour = Visita
events-part-post-workshop = Oficina depois da visita
events-part-debriefing = Reunião de avaliação
events-registration = Inscrição
events-status-registered = Você está inscrito(a).
events-status-waiting = Você está na lista de espera. Se uma vaga ficar livre, ela será sua e avisaremos você por e-mail.
events-status-cancelled = Você cancelou sua inscrição.
events-online-link = Link on-line:
events-cancel = Cancelar minha inscrição
events-ended = Este evento já terminou.
events-full = O evento está lotado.
events-join-waiting = Entrar na lista de espera
events-register = Inscrever-me
events-sign-in = Entre na sua conta para se inscrever
events-add-calendar = Adicionar à minha agenda (.ics)
events-admin-title = Eventos
events-admin-section = Oficinas, seminários e viagens de estudo: inscrições, presença e totais anuais.
events-totals = Pessoas que participaram, por ano
events-year = Ano
events-held = Eventos
events-registered-people = Inscritos
events-attended-people = Compareceram
events-all = Todos os eventos
events-waiting-people = Em espera
events-new = Novo evento
events-create = Criar o evento
events-field-title = Título
events-field-summary = Descrição (Markdown)
events-field-lang = Idioma do evento
events-field-starts = Início
events-field-ends = Término
events-field-time-hint = Horário do Japão (JST).
events-field-online = Link on-line (só para as pessoas inscritas)
events-field-audience = Quem pode se inscrever
events-audience-public = Todas as pessoas
events-audience-members = Somente membros
events-field-capacity = Vagas (vazio: sem limite)
events-field-series = Academia de Campo (Field Academy)
events-field-series-which = Parte de uma série de sessões
events-field-series-title = Nome de uma nova série
events-field-part = Sessão
events-series-none = Não, é um evento independente
events-series-new = Começar uma nova série
events-public-page = Página do evento
events-registrations = Inscrições
events-nobody = Ninguém se inscreveu ainda.
events-person = Pessoa
events-status = Situação
events-came = Compareceu
events-save-attendance = Salvar a presença
events-edit = Alterar o evento
events-save = Salvar
events-error-kind = Escolha nas listas o tipo, o local, quem pode se inscrever e a sessão.
events-error-title = Informe um título (e um nome para a nova série).
events-error-time = Informe o horário de início e o de término; o término deve ser depois do início.
events-error-place = Informe o local de um evento presencial.
events-error-url = Um evento on-line precisa de um link que comece com https://.
events-error-capacity = As vagas devem ser um número a partir de 1, ou ficar vazias para não ter limite.
events-error-too-long = Um texto está longo demais.
events-error-past = Este evento já terminou.
events-error-cancelled = Este evento foi cancelado.
events-error-already = Você já está inscrito(a).
events-error-not-registered = Você não está inscrito(a) neste evento.
events-mail-registered-subject = Inscrição confirmada: { $title }
events-mail-registered-body =
    Olá, { $name },

    Você está inscrito(a) em { $title }.

    Quando: { $when }
    Onde: { $place }

    Detalhes e cancelamento: { $link }
    Adicionar à sua agenda: { $ics }

    Hiroba
events-mail-waiting-subject = Lista de espera: { $title }
events-mail-waiting-body =
    Olá, { $name },

    { $title } está lotado, então você está na lista de espera. Se uma vaga ficar livre, ela será sua e escreveremos para você.

    Quando: { $when }
    Detalhes: { $link }

    Hiroba
events-mail-promoted-subject = Abriu uma vaga para você: { $title }
events-mail-promoted-body =
    Olá, { $name },

    Uma vaga ficou livre e agora você está inscrito(a) em { $title }.

    Quando: { $when }
    Onde: { $place }

    Se não puder ir, cancele aqui para que outra pessoa possa participar: { $link }
    Adicionar à sua agenda: { $ics }

    Hiroba
events-mail-reminder-subject = Amanhã: { $title }
events-mail-reminder-body =
    Olá, { $name },

    Um lembrete: { $title } é amanhã.

    Quando: { $when }
    Onde: { $place }

    Se não puder ir, cancele para que alguém da lista de espera possa participar: { $link }

    Hiroba
events-mail-cancelled-subject = Cancelada: sua inscrição em { $title }
events-mail-cancelled-body =
    Olá, { $name },

    Sua inscrição em { $title } foi cancelada. Você pode se inscrever de novo enquanto houver vagas: { $link }

    Hiroba
events-cancel-event = Cancelar o evento
events-cancel-event-hint = Todas as pessoas inscritas ou na lista de espera são avisadas por e-mail. Isso não pode ser desfeito.
events-mail-event-cancelled-subject = Evento cancelado: { $title }
events-mail-event-cancelled-body =
    Olá, { $name },

    Sentimos muito: { $title } ({ $when }) foi cancelado. Você não precisa fazer nada.

    Outros eventos: { $link }

    Hiroba
