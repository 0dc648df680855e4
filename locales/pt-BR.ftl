### Os textos da página em português do Brasil (tratamento por "você"). Termos: glossary.md.
### O "ticket" é sempre "chamado".

## Página

page-title = Solicitar um refresh do banco de dados
page-lede = Preencha o formulário: ele verifica sua solicitação com as regras do fornecedor enquanto você digita e depois escreve o chamado para você colar { $paste_into ->
    [embedded] no formulário de solicitação
   *[page] na central de ajuda do fornecedor
  }. Todos os horários estão em UTC.
page-no-policy = Nenhuma política de fornecedor pôde ser carregada, então o formulário não pode ser exibido.
shell-missing-file = O formulário não pôde ser iniciado porque o arquivo { $file } não está no servidor (HTTP { $status }). Se você administra este site: publique a pasta de build inteira, com todos os arquivos juntos.
shell-browser = O formulário não pôde ser iniciado neste navegador ({ $why }). Ele precisa de JavaScript e WebAssembly: recarregue a página ou tente um navegador atualizado.
shell-script-failed = um script falhou
shell-download = O formulário não pôde ser iniciado porque um dos arquivos não pôde ser baixado: verifique a conexão e recarregue a página.
shell-noscript = Este formulário verifica sua solicitação no seu navegador e precisa de JavaScript e WebAssembly: ative o JavaScript para esta página e recarregue-a.
language-menu = Idioma

## Fornecedor

vendor = Fornecedor
vendor-fixed = Fornecedor: { $vendor }

## Campos: rótulos, dicas, opções

utc-hint = UTC, por exemplo, 2024-10-09 02:00
for-example = Por exemplo: { $example }
with-build-example = Com o build ou patch, por exemplo, { $example }
yes = Sim
no = Não
choose = Escolha…
environments = Ambientes
source = Origem
target = Destino
kind-of-source = Tipo do ambiente de origem
kind-of-target = Tipo do ambiente de destino{ $side ->
    [destination] {""}
   *[target] {""}
  }
refresh-type = Tipo de refresh
refresh-type-question = Quais dados de produção você quer?
refresh-type-standard = Padrão
refresh-type-standard-hint = Os dados de produção mais recentes.
refresh-type-pit = De um momento específico
refresh-type-pit-hint = Os dados de produção de um momento que você escolhe (o ponto de restauração). Precisa de { $notice ->
    [one] { $notice } dia
   *[other] { $notice } dias
  } de antecedência, e o refresh deve ser feito em até { $age ->
    [one] { $age } dia
   *[other] { $age } dias
  } depois do ponto de restauração.
restore-point = Ponto de restauração
restore-point-hint = O momento cujos dados de produção você quer. { utc-hint }
holiday-region = Feriados considerados pela equipe de suporte
holiday-region-hint = Janelas nesses feriados são recusadas.
holiday-region-none = Nenhum (feriados não verificados)
when = Quando
window-start-one = Início do refresh
window-start-n = Início da janela { $window }
windows-legend-one = Quando o refresh deve começar? A indisponibilidade dura { $duration }.
windows-legend-many = Proponha { $count ->
    [one] { $count } janela
   *[other] { $count } janelas
  } de { $duration } cada
preserve-users = Manter as informações de usuários do destino (a lista de segurança dele)?
preserve-users-hint = Se não, os usuários do destino são substituídos pelos da origem. Se sim, as duas versões do esquema são necessárias.
source-version = Versão de origem
target-version = Versão de destino
next-upgrade = Próxima atualização de versão agendada (opcional)
next-upgrade-hint = Data em UTC, por exemplo, 2024-11-15, ou data e hora
users-and-versions = Usuários e versões
versions = Versões
about-the-refresh = Sobre o refresh
checklist = Lista de verificação
checklist-hint = Confirme cada item: o fornecedor precisa deles antes do refresh.
local-echo = = { $text } em { $zone }
local-zone = seu fuso horário

## Etiquetas antes da mensagem de um campo (gravidade)

tag-error = Erro
tag-approval = Precisa de aprovação
tag-warning = Conferir
tag-info = Observação
tag-error-prefix = Erro:{" "}

## Resumo de erros e painel de status

error-summary-title = Há um problema
checks = Verificações
go-to-checks = Ir para as verificações
status-done = Concluído
status-todo = A fazer
status-fix = A corrigir
status-approval = Precisa de aprovação
status-check = Conferir
status-other = Outros
status-good-to-know = Bom saber
earliest-start = Início mais cedo: { $earliest }
earliest-latest-start = Início mais cedo: { $earliest }; início mais tarde: { $latest }
verdict-ready = Tudo pronto: você já pode criar o chamado.
verdict-ready-approval = Tudo pronto: você já pode criar o chamado. { $approvals ->
    [one] { $approvals } item precisa
   *[other] { $approvals } itens precisam
  } da aprovação do fornecedor.
verdict-not-ready = Ainda não está pronto: { $errors ->
    [one] falta preencher ou corrigir { $errors } item.
   *[other] falta preencher ou corrigir { $errors } itens.
  }
planned-label = Modo de planejamento:
planned-as-if = como se o chamado fosse aberto em { $when }.

## Modo de planejamento

planning-mode = Modo de planejamento
planning-mode-landmark = Modo de planejamento{ $form ->
    [0] {""}
   *[other] , formulário { $form }
  }
planning-on = O modo de planejamento está ativado.
planning-off = O modo de planejamento está desativado: a verificação usa o horário atual.
planning-as-if = Modo de planejamento: verificando como se o chamado fosse aberto em { $when }, e não agora.
planning-enter = Modo de planejamento: informe a data e a hora para a verificação; até lá, é usado o horário atual.
planning-turn-off = Desativar o modo de planejamento
planning-checked-now = Verificado com o horário atual: { $now } (atualizado a cada minuto).
planning-what-if = E se eu abrir o chamado em outra data?
planning-back = Voltar para o horário atual
planning-field = Data de abertura do chamado (modo de planejamento)
planning-field-hint = As regras são verificadas como se o chamado fosse aberto nesse momento. { utc-hint }

## Calendário

calendar = Calendário de planejamento
calendar-hint = Escolha um dia disponível para preencher a próxima janela vazia com o início mais cedo possível. Os horários estão em UTC.
calendar-caption = Quando uma janela pode começar, de { $from } a { $to } (dias em UTC)
calendar-holidays = Feriados ({ $region }) nestas semanas: { $holidays }
calendar-key-available = Uma janela pode começar (a partir do horário indicado, UTC)
calendar-key-approval = Só fora do horário de serviço: precisa da aprovação do fornecedor
calendar-key-holiday = Feriado
calendar-key-weekend = Fim de semana: sem refresh
calendar-key-too-soon-pit = Impossível: cedo demais ou fora dos limites do ponto de restauração
calendar-key-too-soon = Impossível: cedo demais
calendar-mark-approval = Aprovação
calendar-mark-weekend = Fim de semana
calendar-day = { $day }: { $said }{ $count ->
    [0] {""}
    [one] , janela { $windows } proposta
   *[other] , janelas { $windows } propostas
  }
calendar-day-available = disponível a partir das { $time } UTC
calendar-day-approval = possível só fora do horário de serviço, com a aprovação do fornecedor, a partir das { $time } UTC
calendar-day-holiday = impossível: feriado, { $name }
calendar-day-weekend = impossível: fim de semana
calendar-day-blackout = impossível: período de bloqueio, { $reason }
calendar-day-other = impossível: { $reason }
calendar-set = { $field }: { $value }.
calendar-all-filled = Todas as janelas já estão preenchidas: esvazie uma (ou digite por cima) para usar este dia.
suggest-one = Sugerir a primeira janela possível
suggest-many = Sugerir as primeiras janelas possíveis
suggest-none = Nenhuma janela pode ser sugerida: nenhum início dentro do próximo ano passa em todas as regras. Confira as mensagens acima.
suggest-filled = Preenchido: { $windows }.
suggest-partial = Preenchido: { $windows }. { $found ->
    [0] Nenhuma das { $count } janelas foi encontrada.
    [one] Só { $found } de { $count } janelas foi encontrada.
   *[other] Só { $found } de { $count } janelas foram encontradas.
  }

## Ações do formulário

create-ticket = Criar chamado
copy-share-link = Copiar link de compartilhamento
clear-form = Limpar o formulário
share-link = Link de compartilhamento
form-already-empty = O formulário já está vazio.
form-cleared = O formulário foi limpo.
share-too-long = Nada foi copiado: este link teria { $length } caracteres, e links com mais de { $max } costumam quebrar em e-mails e centrais de ajuda. O que o deixa tão longo é “{ $label }”: encurte esse campo ou crie o chamado e copie-o no lugar do link.
link-copied = Link copiado. Quem abrir o link verá o formulário preenchido como está agora.
link-copy-failed = Não foi possível copiar automaticamente: o link está selecionado abaixo; pressione Ctrl+C (ou ⌘C) para copiá-lo.

## Avisos (no topo do formulário)

notices = Avisos sobre esta página
notice-restored = Restauramos o que você digitou antes neste dispositivo.
notice-draft-unreadable = Não foi possível ler o rascunho salvo, então ele foi ignorado e o formulário começa vazio.
notice-from-link = O formulário foi preenchido a partir do link que você abriu. Confira cada valor antes de criar o chamado.
notice-unknown-policy = O link pedia uma política de fornecedor que esta página não conhece (“{ $id }”), então a primeira é exibida: escolha o fornecedor certo abaixo.
notice-windows-dropped = O link propunha mais janelas do que este fornecedor aceita: { $dropped ->
    [one] { $dropped } delas foi descartada.
   *[other] { $dropped } delas foram descartadas.
  }
notice-cleared = O formulário foi limpo e o rascunho salvo foi excluído.
notice-not-saved-full = Seu rascunho não está sendo salvo neste dispositivo: o armazenamento deste navegador para o site está cheio. O formulário continua funcionando, mas o que você digitar será perdido se você sair da página ou recarregá-la.
notice-not-saved-blocked = Seu rascunho não está sendo salvo neste dispositivo: este navegador não deixa a página armazenar nada (navegação privada ou uma configuração de privacidade). O formulário continua funcionando, mas o que você digitar será perdido se você sair da página ou recarregá-la.
notice-not-saved-large = Seu rascunho não está sendo salvo neste dispositivo: ele é grande demais para ser armazenado (mais de { $max } caracteres). O formulário continua funcionando; encurte o texto mais longo e ele volta a ser salvo.
notice-link-replaced-draft = Os valores do link substituíram o rascunho que você tinha neste dispositivo.
notice-undone = O formulário foi restaurado.
notice-draft-restored = O rascunho que você tinha foi restaurado.
undo = Desfazer
restore-draft = Restaurar o rascunho que você tinha
dismiss = Fechar
dismiss-label = Fechar esta mensagem

## Painel do chamado (no idioma do cliente; o chamado em si, no da equipe de suporte)

ticket-panel = Seu chamado
ticket-panel-changed = A solicitação mudou e voltou a ter problemas: corrija-os e o chamado volta a aparecer.
ticket-panel-hint = Cole o assunto e o chamado { $paste_into ->
    [embedded] no formulário de solicitação
   *[page] na central de ajuda do fornecedor
  }. O chamado é atualizado se você alterar o formulário.
ticket-panel-desk-language = O chamado está escrito em { $desk_language }, o idioma da equipe de suporte do fornecedor.
subject-line = Assunto
copy-subject = Copiar assunto
format = Formato
format-text = Texto simples (para qualquer formulário de central de ajuda)
format-markdown = Markdown
format-json = JSON (legível por máquina)
ticket = Chamado
copy-ticket = Copiar chamado
download = Baixar { $file }
add-to-calendar = Adicionar à agenda (.ics)
print-subject = Assunto: { $subject }
ticket-copied = Chamado copiado para a área de transferência. Cole-o { $paste_into ->
    [embedded] no formulário de solicitação
   *[page] na central de ajuda do fornecedor
  }.
ticket-copy-failed = Não foi possível copiar automaticamente: o chamado está selecionado; pressione Ctrl+C (ou ⌘C) para copiá-lo.
subject-copied = Assunto copiado para a área de transferência.
subject-copy-failed = Não foi possível copiar automaticamente: o assunto está selecionado; pressione Ctrl+C (ou ⌘C) para copiá-lo.
send-to-vendor = Enviar ao fornecedor
send-by-email = Enviar por e-mail
open-vendor-form = Abrir o formulário de solicitação do fornecedor
new-tab = (abre em uma nova aba)
handoff-too-long-note = Este chamado é longo demais para caber em um link, então a mensagem leva o assunto e uma linha pedindo o chamado. Copie o chamado primeiro e depois cole-o na mensagem.
ics-downloaded = { $file } baixado: abra-o para adicionar as janelas propostas à sua agenda, marcadas como provisórias até o fornecedor confirmar.
ics-failed = O download não começou: adicione as janelas à sua agenda manualmente.
downloaded = { $file } baixado.
download-failed = O download não começou: copie o chamado em vez disso.
ticket-tells = O chamado informa ao fornecedor

## Formulário incorporado: carregamento e falhas (o cliente vê isto na página de um fornecedor)

loading = Carregando o formulário…
embed-cannot-show = Este formulário não pode ser exibido
try-again = Tentar novamente
embed-policy-url-unusable = A política em “{ $url }” não pôde ser usada ({ $problems }):
embed-policy-unusable = A política “{ $policy }” ({ $source }) não pode ser usada: { $problems }.
embed-source-builtin = integrada
embed-source-named = indicada por data-policy
embed-source-inline = fornecida diretamente nesta página
embed-source-url = carregada de { $url }
embed-retry-hint = Tente novamente daqui a pouco. Se você administra esta página: verifique se o arquivo está publicado neste site nesse endereço (veja “Políticas personalizadas” no guia de incorporação).
embed-fix-hint = Se você administra esta página: corrija a política (veja “Políticas personalizadas” no guia de incorporação) e recarregue.
embed-problem = esperado { $expected }, encontrado { $found }
embed-problem-more = e mais { $more }
embed-expected-known-policy = o id de uma política conhecida ({ $policies })
embed-expected-same-origin = uma URL do próprio site desta página ({ $origin })
embed-expected-policy-file = um arquivo JSON de política que esta página consiga carregar
embed-found-timeout = nenhuma resposta do servidor em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }
embed-found-redirect = um redirecionamento para outro endereço, do qual esta página não pode carregar (uma política só é carregada do próprio site desta página)
embed-found-offline = sem conexão com o servidor ({ $why })
embed-found-network = um erro de rede
embed-found-not-http = uma resposta que não é HTTP
embed-found-http = HTTP { $status } { $text }
embed-found-not-text = um conteúdo que não é texto

## Calendar badges; an embedded form's count of problems

calendar-badge = J{ $window }
embed-problems = { $count ->
    [one] { $count } problema
   *[other] { $count } problemas
  }
