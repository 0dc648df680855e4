### Os textos do núcleo em português do Brasil (tratamento por "você"). Termos: glossary.md.
### Variáveis como em en/core.ftl; datas e horas formatadas por quem chama.
### Aspas curvas “…” em volta de um valor digitado pelo usuário.
### Plural: em pt, 0 e 1 caem em [one] (CLDR); onde o zero é plausível, uma variante [0] vem
### antes, porque no Brasil se diz "0 janelas", não "0 janela".

## Termos compartilhados

-refresh = refresh
-utc = UTC

## Gravidade (grupos de resultados)

severity-error = Precisa ser corrigido
severity-approval = Precisa da aprovação do fornecedor
severity-warning = Vale a pena conferir
severity-info = Bom saber

## Campos obrigatórios, valores ilegíveis ou longos demais

field-required--env = Informe “{ $label }”{ $example ->
    [none] {""}
   *[other] , por exemplo, { $example }
  }.
field-required--kind = Escolha o tipo do { $side ->
    [source] ambiente de origem
   *[target] ambiente de destino
  }: { $kinds }.
field-required--window = Informe a data e a hora em UTC em que o refresh deve começar.
field-required--windows = Proponha { $count ->
    [one] { $count } janela: informe uma data e uma hora em UTC.
   *[other] { $count } janelas: informe uma data e uma hora em UTC para cada uma.
  }
field-required--window-n = Informe o início da { $window ->
    [1] primeira
    [2] segunda
    [3] terceira
    [4] quarta
   *[other] próxima
  } janela, em UTC.
field-required--restore-point = Informe o ponto de restauração: o momento em UTC cujos dados de produção você quer copiar.
field-required--version = Informe a versão do { $side ->
    [source] ambiente de origem
   *[target] ambiente de destino
  } com o build ou patch{ $example ->
    [none] {""}
   *[other] , por exemplo, { $example }
  }.

field-invalid--text = “{ $label }” deve ser um texto; foi encontrado { $found }.
field-invalid--text-named = { $label }: era esperado um texto; foi encontrado { $found }.
field-invalid--yes-no = { $label }: responda sim ou não; foi encontrado { $found }.
field-invalid--instant = { $label }: { $problem }.
field-invalid--instant-kind = { $label }: era esperada uma data e hora em UTC como 2024-10-09T02:00Z; foi encontrado { $found }.
field-invalid--kind = O tipo do { $side ->
    [source] ambiente de origem
   *[target] ambiente de destino
  } deve ser um destes: { $kinds }; foi encontrado “{ $value }”.
field-invalid--refresh-type = O tipo de refresh deve ser “standard” ou “point_in_time”; foi encontrado “{ $value }”.
field-invalid--refresh-type-kind = O tipo de refresh deve ser “standard” ou “point_in_time”; foi encontrado { $found }.
field-invalid--region = A região de feriados deve ser uma destas: { $regions }, ou nenhuma; foi encontrado “{ $value }”.
field-invalid--region-kind = A região de feriados deve ser um código como GB; foi encontrado { $found }.
field-invalid--windows = O início da janela deve ser { $expected ->
    [list] uma lista de horários de início em UTC como ["2024-10-09T02:00Z", "2024-10-09T04:00Z"]
   *[one] uma data e hora em UTC como 2024-10-09T02:00Z
  }; foi encontrado { $found }.
field-too_long = { $label }: este texto tem { $length } caracteres, e um campo de uma linha aceita no máximo { $max }. Seu texto foi mantido: encurte-o para o que o fornecedor precisa.

field-kind-object = um objeto
field-kind-list = uma lista
field-kind-number = um número
field-kind-bool = true ou false
field-kind-null = null
field-kind-text = um texto

## Instantes que não podem ser lidos

instant-empty = informe uma data e hora em UTC, como 2024-10-09 02:00
instant-shape = era esperada uma data e hora em UTC como 2024-10-09 02:00 (ou 2024-10-09T02:00Z); foi encontrado “{ $found }”
instant-date = “{ $found }” não é uma data real do calendário: confira o dia e o mês
instant-time = “{ $found }” não é um horário real: as horas vão de 00 a 23 e os minutos de 00 a 59
instant-seconds = “{ $found }” não é um horário real: os segundos vão de 00 a 59 (ou omita-os: o formulário guarda só os minutos)
instant-year = o ano { $year } está fora do intervalo aceito: use um ano de { $min } a { $max }

## Ambientes

url-invalid = “{ $label }” deve ser um endereço completo começando com https://, como { $example }; foi encontrado “{ $value }”.
env-same--host = A origem e o destino são o mesmo ambiente { $kind } em { $host }: um refresh copia um ambiente sobre outro, então escolha dois diferentes.
env-same = A origem e o destino são ambos “{ $value }”: um refresh copia um ambiente sobre outro, então eles precisam ser diferentes.
direction-to_prod = Fazer o refresh de { $target } a partir de { $source } sobrescreve a produção: isso só é possível com a aprovação da gestão de serviços do fornecedor, que o chamado vai solicitar.
direction-nonstandard = { $source }→{ $target } não é um dos refreshes habituais do fornecedor ({ $usual }): confira se a origem e o destino não estão invertidos.

## Janelas

notice-business_days = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) começa cedo demais: o fornecedor precisa de { $amount ->
    [one] { $amount } dia útil
   *[other] { $amount } dias úteis
  } de antecedência a partir de { $from }, então o início mais cedo possível é { $earliest }.
notice-hours = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) começa cedo demais: o fornecedor precisa de { $amount ->
    [one] { $amount } hora
   *[other] { $amount } horas
  } de antecedência a partir de { $from }, então o início mais cedo possível é { $earliest }.
pit-notice = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) começa cedo demais para um refresh de um momento específico, que precisa de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
  } de antecedência: o início mais cedo possível é { $earliest }.
pit-max_age = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) fica mais de { $days ->
    [one] { $days } dia
   *[other] { $days } dias
  } depois do ponto de restauração, então o início mais tarde possível é { $latest }. Escolha uma janela anterior ou um ponto de restauração posterior.
pit-future = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) começa antes do ponto de restauração ({ $restore }): não é possível restaurar dados do futuro. Escolha um ponto de restauração anterior ao início da janela.
window-weekend = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) cai em um { $weekday }: o fornecedor não faz refresh no fim de semana. Escolha um horário de segunda a sexta-feira.
window-holiday = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) cai em um feriado { $region }: { $holiday } ({ $day }). Escolha outro dia útil.
holiday-coverage = Os dados de feriados não cobrem { $year }: os feriados { $region } não são verificados nesse ano, então confira a data por conta própria.
window-blackout = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) cai em um período de bloqueio, “{ $reason }” (de { $from } a { $to }): o fornecedor não faz nenhum refresh nesse período. Escolha uma janela que termine até { $from } ou que comece em { $to } ou depois.
window-hours = { $window ->
    [0] A janela
   *[other] A janela { $window }
  } ({ $span }) está fora do horário de serviço padrão { $season ->
    [summer] no horário de verão
   *[winter] no horário de inverno
  } ({ $from }–{ $to } UTC, no mesmo dia): o fornecedor precisa aprová-la internamente. Para evitar isso, comece às { $from } UTC ou depois e termine até as { $to } UTC.
window-count = Proponha exatamente { $count ->
    [one] { $count } janela
   *[other] { $count } janelas
  } de { $duration } cada; { $given ->
    [0] nenhuma foi informada
    [one] { $given } foi informada
   *[other] { $given } foram informadas
  }.
window-overlap--same = As janelas { $first } e { $second } são iguais ({ $span }): proponha dois horários diferentes para que o fornecedor tenha uma alternativa.
window-overlap = As janelas { $first } e { $second } se sobrepõem: cada uma dura { $duration }, então a posterior deve começar em { $after } ou depois.
pit-infeasible = Nenhuma janela é possível: um refresh de um momento específico precisa de { $notice ->
    [one] { $notice } dia
   *[other] { $notice } dias
  } de antecedência, mas os dados de { $restore } só podem ser restaurados até { $until } ({ $age ->
    [0] { $age } dias depois
    [one] { $age } dia depois
   *[other] { $age } dias depois
  }). A última solicitação que teria funcionado era de { $latest_submission }. Escolha um ponto de restauração a partir de { $earliest_restore } ou solicite um refresh padrão.

duration-hours = { $hours ->
    [one] { $hours } hora
   *[other] { $hours } horas
  }
duration-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
  }

## Versões

version-missing = Informe a versão do esquema do { $side ->
    [source] ambiente de origem
   *[target] ambiente de destino
  }{ $example ->
    [none] {""}
   *[other] , por exemplo, { $example }
  }: ela é necessária quando você mantém os usuários do destino.
version-unreadable = “{ $value }” não é uma versão que o fornecedor consiga comparar: escreva-a com o build ou patch{ $example ->
    [none] {""}
   *[other] , por exemplo, { $example }
  }.
version-mismatch--approval = As versões do esquema são diferentes ({ $source } e { $target }): como você mantém os usuários do destino, o fornecedor vai primeiro providenciar uma atualização de versão do esquema dos dois ambientes para a versão mais recente.
version-mismatch--release = As versões são diferentes ({ $source } e { $target }): um refresh só é possível entre a mesma versão e o mesmo patch, e o fornecedor não pode abrir exceção nem voltar para uma versão anterior. Solicite o refresh antes de uma atualização de versão, enquanto os dois ambientes estiverem na mesma versão.
version-mismatch = As versões são diferentes ({ $source } e { $target }): os dois ambientes devem estar na mesma versão.
upgrade-conflict = A próxima atualização de versão agendada ({ $upgrade }) acontece antes do fim do refresh ({ $end }): depois dela, as versões podem deixar de coincidir. Escolha uma janela que termine antes da atualização de versão ou confira o cronograma de atualizações.

## Lista de verificação

ack = Confirme este item da lista de verificação: “{ $item }”.

## Calendário: o motivo curto de um dia

calendar-too-soon = Cedo demais: antecedência insuficiente
calendar-too-late = Tarde demais: ponto de restauração mais antigo do que o permitido
calendar-before-restore = Antes do ponto de restauração
calendar-weekend = Fim de semana
calendar-holiday = Feriado: { $name }
calendar-unchecked = Feriados não verificados: sem dados para { $year }
calendar-blackout = Período de bloqueio: { $reason }
calendar-outside-hours = Fora do horário de serviço
calendar-after-max = Depois de { $year }: o formulário não aceita nenhuma data
calendar-from = A partir das { $time } UTC
calendar-approval-only = Só fora do horário de serviço: precisa da aprovação do fornecedor

## Regiões de feriados

region-GB = Reino Unido (Inglaterra e País de Gales)
region-US = Estados Unidos (federal)
region-SG = Singapura
region-NO = Noruega
region-GR = Grécia
region-DK = Dinamarca
region-DE = Alemanha (nacional)
region-NL = Países Baixos
region-IN = Índia
region-AU = Austrália (nacional)
region-JP = Japão

# A região com a preposição ($region em window-holiday e holiday-coverage).
region-in-GB = no Reino Unido (Inglaterra e País de Gales)
region-in-US = nos Estados Unidos (federal)
region-in-SG = em Singapura
region-in-NO = na Noruega
region-in-GR = na Grécia
region-in-DK = na Dinamarca
region-in-DE = na Alemanha (nacional)
region-in-NL = nos Países Baixos
region-in-IN = na Índia
region-in-AU = na Austrália (nacional)
region-in-JP = no Japão

## Nomes dos campos

key-policy = Política
key-submitted_at = Horário de envio
key-source = Origem
key-target = Destino
key-source-url = URL de origem
key-target-url = URL de destino
key-source_kind = Tipo de origem
key-target_kind = Tipo de destino
key-window = Início da janela
key-windows = Janelas
key-refresh_type = Tipo de refresh
key-restore_point = Ponto de restauração
key-preserve_users = Manter os usuários do destino
key-source_version = Versão de origem
key-target_version = Versão de destino
key-holiday_region = Região de feriados
key-next_upgrade = Próxima atualização de versão agendada
field-window = Janela { $window }
weekday = { $day ->
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
    [6] sábado
   *[7] domingo
  }

## API JS e serviço: uma solicitação que não pode ser lida

api-value-kind = O valor de “{ $key }” é { $found }, que uma solicitação não pode conter: informe um texto, true / false ou uma lista de textos.
api-request-missing = É preciso uma solicitação: passe um objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-request-json = A solicitação não é um JSON válido (em { $at }): passe um objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-request-object = A solicitação deve ser um objeto como {"{"}"policy": "veson-imos", …{"}"}.
api-policy-missing = Informe a política do fornecedor a ser usada na verificação: uma destas: { $policies }.
api-policy-unknown = Política desconhecida { $policy }: use uma destas: { $policies }.
api-not-ready = A solicitação não está pronta: primeiro corrija { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }.
api-ticket-format = Formato de chamado desconhecido “{ $found }”: use text, markdown ou json.
api-time-received = O horário recebido: { $problem }.

## A verificação da equipe de suporte (`refresh-request check`, a resposta do serviço, a página da equipe)

desk-summary-ready = Pronta: como recebida em { $received }, a solicitação atende a todas as regras de { $policy } (versão { $version }).
desk-summary-edited = Não está pronta: como recebida em { $received }, a solicitação atende a todas as regras de { $policy } (versão { $version }), mas { $edited ->
    [one] { $edited } linha do chamado foi editada
   *[other] { $edited } linhas do chamado foram editadas
  } depois que ele foi escrito: confie na solicitação, não no texto.
desk-summary-errors = Não está pronta: como recebida em { $received }, a solicitação tem { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
  } em relação a { $policy } (versão { $version }).
desk-summary-errors-edited = Não está pronta: como recebida em { $received }, a solicitação tem { $errors ->
    [one] { $errors } erro
   *[other] { $errors } erros
  } em relação a { $policy } (versão { $version }), e { $edited ->
    [one] { $edited } linha do chamado foi editada
   *[other] { $edited } linhas do chamado foram editadas
  } depois que ele foi escrito: confie na solicitação, não no texto.
desk-summary-approvals = {" "}{ $count ->
    [one] { $count } item precisa
   *[other] { $count } itens precisam
  } da aprovação do fornecedor.
desk-summary-checked = {" "}O chamado diz que foi verificado em { $checked }.
desk-summary-submitted = {" "}A solicitação diz que foi enviada em { $submitted }.
desk-summary-unsubmitted = {" "}A solicitação não diz quando foi enviada.
desk-summary-new = {" "}Desde a verificação do cliente, { $count ->
    [one] surgiu { $count } resultado da verificação
   *[other] surgiram { $count } resultados da verificação
  }.
desk-text-ready = PRONTA — { $name } (política { $policy }, versão { $version })
desk-text-not-ready = NÃO ESTÁ PRONTA — { $name } (política { $policy }, versão { $version })
desk-text-submitted = Enviada:  { $at }
desk-text-unsubmitted = Enviada:  não informado
desk-text-received = Recebida: { $at }
desk-text-changes = Desde a verificação do cliente:
desk-text-new = novo: { $finding }
desk-text-gone = desapareceu: { $finding }
desk-text-on = { $rule } em { $field }
ticket-edited = A linha { $line } foi editada: ela diz “{ $received }”, mas a solicitação verificada diz “{ $written }”.
ticket-edited--missing = A linha { $line } (“{ $written }”) está faltando.
ticket-edited--added = Uma linha foi adicionada depois da linha { $line }: “{ $received }”.
ticket-edited--differs = A linha { $line } está diferente.
ticket-policy_changed = O chamado foi verificado com a política { $policy }, versão { $version }; esta verificação usa { $desk_policy }, versão { $desk_version }, por isso as linhas dele não foram comparadas.
ticket-unverified = A solicitação do chamado não atende às regras no momento em que o chamado diz ter sido verificado, então o formulário não escreveu este chamado como ele está: as linhas dele não foram comparadas.
desk-no-request = Nenhuma solicitação encontrada: o texto não traz dados do refresh-request ({ $marker }) e não é um objeto JSON de solicitação.
desk-no-data = Nenhuma solicitação encontrada: este chamado não traz dados do refresh-request; peça ao cliente que crie o chamado de novo com o formulário.
desk-unknown-policy = Política desconhecida “{ $policy }”: informe o arquivo dela com --policy CAMINHO.
desk-damaged--version = Os dados da solicitação no chamado são da versão { $found }; esta verificação lê a versão { $known }: atualize o comando refresh-request.
desk-damaged--cut = Os dados da solicitação no chamado estão cortados: a última linha deles ({ $marker } …) está faltando.
desk-damaged--lines = Os dados da solicitação no chamado estão danificados: linhas foram alteradas ou estão faltando.
desk-damaged--checksum = Os dados da solicitação no chamado estão danificados: eles não correspondem à soma de verificação, então linhas foram alteradas ou perdidas.
desk-damaged--content = Os dados da solicitação no chamado estão danificados: { $what ->
    [format] eles não informam o formato do chamado
    [version] eles não informam a versão da política
    [request] eles não trazem uma solicitação que informe a política
   *[json] eles não são o JSON que este formato escreve
  }.

## As respostas próprias do comando e do serviço

cli-option-problem = { $option }: { $problem }
cli-policy-unknown = --policy: não há arquivo de política nem política integrada “{ $found }”: use uma destas: { $policies }, ou o caminho de um arquivo de política
serve-policy-unknown = Política desconhecida “{ $policy }”: este serviço conhece { $policies } (adicione um arquivo de política ao --policy-dir dele).
serve-check-slow = A verificação levou mais de { $seconds } s e foi interrompida: este corpo não é um chamado escrito pelo formulário.
serve-check-failed = A verificação falhou dentro do serviço: informe este chamado.
serve-media-type = O Content-Type { $media } não é lido: envie o chamado como text/plain, ou JSON {"{"}"body": "…"{"}"} como application/json.
serve-json-shape = O corpo JSON deve ser um objeto com "body" (o texto do chamado) e, opcionalmente, "received_at", "policy" e "lang" (strings): { $detail }.
serve-json-invalid = O corpo não é um JSON válido: { $detail }.
serve-lang-unknown = lang: o serviço não fala “{ $found }”: use um destes: { $langs }.
serve-not-found = Esse caminho não existe: o serviço responde a POST /v1/check, GET /v1/policies e GET /healthz.
serve-method = Este caminho não aceita esse método: o cabeçalho Allow diz quais aceita (POST para /v1/check, GET para /v1/policies e /healthz).
serve-too-large = O corpo passa de { $kb } KB: envie apenas o corpo do chamado.
serve-too-slow = A requisição não chegou a tempo: envie-a inteira, sem pausas.
serve-token-missing = Este serviço precisa do cabeçalho Authorization: Bearer <token>.
serve-token-wrong = O token Bearer está incorreto.

## Carregamento de políticas

policy-unusable = A política “{ $policy }” não pode ser usada: { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
  }
policy-expected-language-tag = uma tag de idioma, uma de { $tags }
policy-expected-message-id = o ID de uma mensagem integrada
policy-found-did-you-mean = { $found } (você quis dizer “{ $near }”?)
policy-expected-fluent = uma mensagem na sintaxe do Fluent
policy-expected-fluent-hint = uma mensagem na sintaxe do Fluent (uma variável como {"{"} $name {"}"}, uma chave como {"{"}"{"{"}"{"}"})
policy-expected-variables = somente as variáveis da mensagem integrada: { $variables }
policy-expected-no-variables = nenhuma variável (a mensagem integrada não tem nenhuma)
policy-expected-holiday-id = o ID de um feriado dos dados de feriados, como "holiday-name-christmas-day"
policy-problem = { $path }: esperado { $expected }, encontrado { $found }
policy-problem-more = … e mais { $more }
policy-unnamed = (política sem nome)
policy-unknown-key--near = chave desconhecida; você quis dizer `{ $near }`?
policy-unknown-key = chave desconhecida
policy-unknown-keys-more = … e mais { $more ->
    [one] { $more } chave desconhecida
   *[other] { $more } chaves desconhecidas
  }
policy-expected-list-of = uma lista de { $item }
policy-expected-object = um objeto
policy-expected-json-object = um objeto JSON
policy-expected-max-chars = no máximo { $max } caracteres
policy-expected-nonempty = uma string não vazia
policy-expected-bool = true ou false
policy-expected-whole = um número inteiro de { $min } a { $max }
policy-expected-max-entries = no máximo { $max } entradas (nenhuma política real precisa de mais)
policy-expected-time-of-day = um horário em UTC como "01:00"
policy-expected-id = letras minúsculas, dígitos e hifens
policy-expected-naming = "name" ou "url"
policy-expected-after-start = um horário depois do início
policy-expected-notice = exatamente um de "business_days" ou "hours"
policy-expected-preserve = "never", "when_preserving_users" ou "always"
policy-expected-preserve-needs = "when_preserving_users" só com "preserve_users": true
policy-found-preserve-false = "preserve_users": false
policy-expected-version-format = "text" ou "release_patch"
policy-expected-severity = "error", "approval" ou "warning"
policy-expected-kinds-listed = tipos listados em environments.kinds
policy-expected-kind-listed = um tipo listado em environments.kinds
policy-expected-kinds-for-directions = uma lista de tipos (directions precisa deles)
policy-expected-kind-pair = um par de tipos como ["PROD", "TEST"]
policy-expected-question-key = a chave de uma das perguntas
policy-expected-ack-rule = um id de regra começando com "ack."
policy-expected-condition = {"{"}"key": "…", "is": true|false{"}"}
policy-expected-email = um endereço de e-mail como "support@example.com"
policy-expected-https = um endereço https://
policy-expected-fixed-host = um endereço com host fixo ({"{"}subject{"}"} e {"{"}body{"}"} só no caminho, na query ou no fragmento)
policy-expected-placeholder = um endereço com um marcador {"{"}subject{"}"} ou {"{"}body{"}"}
policy-expected-instant = um instante UTC como "2024-12-24T00:00:00Z"
policy-expected-after-from = um instante depois de "from"
policy-expected-unique-keys = chaves únicas que não sejam chaves nativas da solicitação
policy-expected-size = um arquivo de política de no máximo { $max } bytes ({ $kb } KB)
policy-found-invalid-json = JSON inválido em { $at }
policy-expected-key-once = cada chave uma única vez no seu objeto
policy-found-key-again = "{ $key }" informado de novo (só o último valor contaria)
policy-expected-other-language = um idioma diferente do da política (“{ $own }”)
policy-expected-language-once = cada idioma uma única vez
policy-found-same-language = “{ $tag }”, o mesmo idioma que “{ $first }”
policy-expected-ack-key = a chave de uma das confirmações
policy-expected-note-id = o id de uma das observações
policy-expected-items = uma lista de { $count } (um para cada item da lista de verificação da política)
policy-expected-reasons = uma lista de { $count } (um motivo, ou null para manter o próprio, para cada período de bloqueio da política)
policy-expected-text-or-null = um texto não vazio ou null

## Sintaxe JSON

json-at = linha { $line }, coluna { $column }: { $problem }
json-eof-list = o texto termina dentro de uma lista: falta um `]` de fechamento
json-eof-object = o texto termina dentro de um objeto: falta uma `{"}"}` de fechamento
json-eof-string = o texto termina dentro de aspas: falta uma `"` de fechamento
json-eof-value = o texto termina onde deveria haver um valor
json-colon = a chave deve ser seguida de dois-pontos `:`
json-comma-list = falta uma vírgula `,` ou o `]` de fechamento da lista
json-comma-object = falta uma vírgula `,` ou a `{"}"}` de fechamento do objeto
json-ident = uma palavra aqui deve ser `true`, `false` ou `null`
json-value = aqui deveria haver um valor: texto entre aspas duplas, um número, `true`, `false`, `null`, uma lista ou um objeto
json-key = aqui deveria haver uma chave, entre aspas duplas
json-trailing-comma = há uma vírgula antes de um colchete ou chave de fechamento: remova-a
json-trailing = há mais texto depois do fim do JSON
json-escape = uma barra invertida entre aspas inicia um escape desconhecido (escreva `\\` para uma barra invertida)
json-number = um número não está escrito do jeito que o JSON escreve números
json-number-range = um número é grande demais
json-depth = listas e objetos estão aninhados em mais de 128 níveis
json-control = uma quebra de linha ou tabulação entre aspas deve ser escrita `\n` ou `\t`



### CHAMADO: no idioma da equipe de suporte do fornecedor.

ticket-subject = Refresh do banco de dados: { $source } → { $target }
ticket-subject-start = { $subject }, { $start }
ticket-subject-pit = { $subject } (de um momento específico)
ticket-title = Solicitação de refresh do banco de dados — { $vendor }
ticket-yes = Sim
ticket-no = Não
ticket-question = { $question }:
ticket-direction = Direção do refresh
ticket-refresh-type = Tipo de refresh
ticket-type-pit = De um momento específico: dados de produção de { $restore }
ticket-type-standard = Padrão: os dados de produção mais recentes
ticket-preserve-users = Manter as informações de usuários (lista de segurança) do destino
ticket-source-version = Versão de origem
ticket-target-version = Versão de destino
ticket-next-upgrade = Próxima atualização de versão agendada
ticket-region-none = Nenhuma selecionada
ticket-region = Feriados considerados
ticket-schedule-one = Horário preferido (UTC; a indisponibilidade dura { $duration })
ticket-schedule-many = Janelas propostas ({ $duration } cada, UTC)
ticket-window = Janela { $window }: { $span }
ticket-checklist = Lista de verificação
ticket-noted = Para conhecimento
ticket-footer = Verificado com a política { $policy }, versão { $version }, pelo formulário de solicitação de refresh em { $checked }.
ticket-carried-intro = As linhas abaixo trazem a solicitação verificada para a equipe de suporte do fornecedor: mantenha-as como estão.
handoff-too-long = Cole aqui o chamado do formulário de solicitação de refresh: ele era longo demais para caber neste link.

## O arquivo de calendário (.ics)

ics-summary-many = { $subject } (janela { $window } de { $windows })
ics-which-one = A janela proposta
ics-which-many = Janela proposta { $window } de { $windows }
ics-description = Refresh do banco de dados: { $source } → { $target }.
    Fornecedor: { $vendor }.
    { $which }, com duração de { $duration } (UTC). Provisório: o fornecedor ainda não confirmou.
    Verificado com a política { $policy }, versão { $version }.

## Calendar labels and holiday names

calendar-label-too-soon = Cedo demais
calendar-label-too-late = Tarde demais
calendar-label-holiday = Feriado
calendar-label-unchecked = Feriados não verificados
calendar-label-blackout = Período de bloqueio
calendar-label-approval-only = Só fora do horário de serviço
calendar-label-after-max = Depois de { $year }

holiday-observed = { $name } (transferido)
holiday-estimated = { $name } (data estimada)
holiday-observed-estimated = { $name } (transferido, data estimada)
holiday-pair = { $first }; { $second }
holiday-name-anzac-day = Dia do ANZAC
holiday-name-ascension-day = Dia da Ascensão
holiday-name-australia-day = Dia da Austrália
holiday-name-autumnal-equinox-day = Dia do Equinócio de Outono
holiday-name-boxing-day = Dia de Santo Estêvão
holiday-name-buddha-purnima = Buda Purnima
holiday-name-childrens-day = Dia das Crianças
holiday-name-chinese-new-year = Ano-Novo Chinês
holiday-name-christmas = Natal
holiday-name-christmas-day = Natal
holiday-name-columbus-day = Dia de Colombo
holiday-name-coming-of-age-day = Dia da Maioridade
holiday-name-constitution-day = Dia da Constituição
holiday-name-coronation-of-charles-iii = Coroação de Carlos III
holiday-name-culture-day = Dia da Cultura
holiday-name-deepavali = Deepavali
holiday-name-diwali-deepavali = Diwali (Deepavali)
holiday-name-dormition-of-the-mother-of-god = Dormição da Mãe de Deus
holiday-name-dr-b-r-ambedkars-jayanti = Ambedkar Jayanti
holiday-name-dussehra = Dussehra
holiday-name-easter-monday = Segunda-feira de Páscoa
holiday-name-easter-sunday = Domingo de Páscoa
holiday-name-emperors-birthday = Aniversário do Imperador
holiday-name-epiphany = Epifania
holiday-name-foundation-day = Dia da Fundação Nacional
holiday-name-german-unity-day = Dia da Unidade Alemã
holiday-name-glorifying-mother-of-god = Sinaxe da Mãe de Deus
holiday-name-good-friday = Sexta-feira Santa
holiday-name-great-prayer-day = Grande Dia de Oração
holiday-name-green-monday = Segunda-feira Limpa
holiday-name-greenery-day = Dia do Verde
holiday-name-guru-nanaks-jayanti = Guru Nanak Jayanti
holiday-name-hari-raya-haji = Hari Raya Haji (Eid al-Adha)
holiday-name-hari-raya-puasa = Hari Raya Puasa (Eid al-Fitr)
holiday-name-holi = Holi
holiday-name-id-ul-fitr = Eid al-Fitr
holiday-name-id-ul-zuha-bakrid = Eid al-Adha (Bakrid)
holiday-name-independence-day = Dia da Independência
holiday-name-janmashtami-vaishnava = Janmashtami (vaishnava)
holiday-name-juneteenth-national-independence-day = Juneteenth (Dia da Emancipação)
holiday-name-kings-day = Dia do Rei
holiday-name-labor-day = Dia do Trabalho
holiday-name-labor-day--us = Dia do Trabalho (Labor Day)
holiday-name-labor-thanksgiving-day = Dia de Ação de Graças pelo Trabalho
holiday-name-labour-day = Dia do Trabalho
holiday-name-late-summer-bank-holiday = Feriado bancário do fim do verão
holiday-name-liberation-day = Dia da Libertação
holiday-name-maha-shivaratri = Maha Shivaratri
holiday-name-mahatma-gandhis-jayanti = Gandhi Jayanti
holiday-name-mahavir-jayanti = Mahavir Jayanti
holiday-name-marine-day = Dia do Mar
holiday-name-martin-luther-king-jr-day = Dia de Martin Luther King Jr.
holiday-name-maundy-thursday = Quinta-feira Santa
holiday-name-may-day = Feriado bancário de maio
holiday-name-memorial-day = Dia da Memória
holiday-name-milad-un-nabi = Mawlid (Milad-un-Nabi)
holiday-name-mountain-day = Dia da Montanha
holiday-name-muharram = Muharram
holiday-name-national-day = Dia Nacional
holiday-name-national-day-of-mourning-for-queen-elizabeth-ii = Dia Nacional de Luto pela Rainha Elizabeth II
holiday-name-national-holiday = Feriado nacional
holiday-name-new-years-day = Ano-Novo
holiday-name-ohi-day = Dia do Não (Ochi)
holiday-name-pentecost = Pentecostes
holiday-name-pentecost-monday = Segunda-feira de Pentecostes
holiday-name-platinum-jubilee-of-elizabeth-ii = Jubileu de Platina de Elizabeth II
holiday-name-polling-day = Dia de eleição
holiday-name-ram-navami = Ram Navami
holiday-name-republic-day = Dia da República
holiday-name-respect-for-the-aged-day = Dia do Respeito aos Idosos
holiday-name-second-day-of-christmas = Dia de Santo Estêvão
holiday-name-showa-day = Dia de Showa
holiday-name-sports-day = Dia do Esporte
holiday-name-spring-bank-holiday = Feriado bancário da primavera
holiday-name-state-funeral-of-queen-elizabeth-ii = Funeral de Estado da Rainha Elizabeth II
holiday-name-substitute-holiday = Feriado substituto
holiday-name-thanksgiving-day = Dia de Ação de Graças
holiday-name-vernal-equinox-day = Dia do Equinócio de Primavera
holiday-name-vesak-day = Dia de Vesak
holiday-name-veterans-day = Dia dos Veteranos
holiday-name-washingtons-birthday = Aniversário de Washington
