<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="101"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="107"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="109"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="111"/>
        <source>A message type WhatsApp does not support here</source>
        <translation>Um tipo de mensagem que o WhatsApp não aceita aqui</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="113"/>
        <source>Reply to an interactive message</source>
        <translation>Resposta a uma mensagem interativa</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="115"/>
        <source>Media from the chat history, not received yet</source>
        <translation>Mídia do histórico da conversa, ainda não recebida</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="117"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="118"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="126"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="128"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="130"/>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="132"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="134"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="135"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="142"/>
        <source>Echo</source>
        <translation>Eco</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="144"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="156"/>
        <source>Sent from the phone app</source>
        <translation>Enviada pelo app do celular</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="158"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Business, imported</source>
        <translation>Empresa, importada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Customer, imported</source>
        <translation>Cliente, importada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="205"/>
        <location filename="../ui/BubbleLayout.cpp" line="207"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/Language.cpp" line="86"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="92"/>
        <location filename="../ui/Language.cpp" line="101"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="92"/>
        <source>Duet&apos;s language. The change applies when Duet restarts.</source>
        <translation>Idioma do Duet. A mudança vale quando o Duet for reiniciado.</translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="102"/>
        <source>Restart Duet to apply the new language.</source>
        <translation>Reinicie o Duet para usar o novo idioma.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="57"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation>Não foi possível ler o arquivo de modelos %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="75"/>
        <source>The templates file is not a JSON list of templates.</source>
        <translation>O arquivo de modelos não é uma lista JSON de modelos.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/TimeText.cpp" line="53"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="60"/>
        <source>%n h left</source>
        <translation>
            <numerusform>%n h restante</numerusform>
            <numerusform>%n h restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="61"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min restante</numerusform>
            <numerusform>%n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="73"/>
        <source>Window closing · %1 left</source>
        <translation>Janela fechando · faltam %1</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="74"/>
        <source>Window open · %1 left</source>
        <translation>Janela aberta · faltam %1</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="85"/>
        <source>This customer has not written to you yet. Only approved templates can be sent.</source>
        <translation>Este cliente ainda não escreveu para você. Só é possível enviar modelos aprovados.</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="94"/>
        <source>The 24-hour window closed at %1. Only approved templates can be sent.</source>
        <translation>A janela de 24 horas fechou às %1. Só é possível enviar modelos aprovados.</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="112"/>
        <location filename="../ui/TimeText.cpp" line="123"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="121"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>duet</name>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="341"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation>O WhatsApp pediu ao Duet para desacelerar; os envios recomeçam em breve.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="343"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation>A conta do WhatsApp atingiu o limite de solicitações; os envios recomeçam quando o WhatsApp permitir.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="346"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation>O aplicativo atingiu o limite de solicitações do WhatsApp; os envios recomeçam quando o WhatsApp permitir.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="349"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation>O número de telefone está em manutenção no WhatsApp; os envios recomeçam em instantes.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="352"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation>O limite de uso do WhatsApp foi atingido; os envios recomeçam quando o acesso voltar.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="72"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation>O token de acesso da Cloud API expirou. Peça a um administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="74"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation>O WhatsApp rejeitou um valor desta mensagem. Confira a mensagem e os anexos; ela não será reenviada.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="77"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation>Não foi possível entregar a mensagem: talvez o número não use o WhatsApp, ou o cliente precise atualizar o WhatsApp ou aceitar os termos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="80"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation>Os envios deste número estão limitados por denúncias de spam ou baixa qualidade. Pause os envios em massa e confira a classificação de qualidade do número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="83"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation>O WhatsApp segurou esta mensagem de marketing para manter o engajamento saudável. Espere pelo menos um dia antes de enviar outra a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="86"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation>O cliente bloqueou as mensagens de marketing desta empresa. Não envie mensagens de marketing para ele.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="88"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>O WhatsApp não aceita este tipo de mensagem.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="90"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation>Não foi possível baixar a mídia do cliente. Peça que envie de novo, menor se possível.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="92"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation>Não foi possível enviar o anexo. Confira o tipo e o tamanho do arquivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="94"/>
        <source>This customer cannot be reached by their user ID. Send to their phone number instead.</source>
        <translation>Não é possível falar com este cliente pelo ID de usuário. Envie para o número de telefone dele.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="97"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation>A empresa atingiu o limite de novas conversas em 24 horas. Espere o limite ser renovado ou responda nas conversas abertas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="100"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation>A conta comercial está temporariamente bloqueada por violar as políticas. Peça a um administrador para verificar o Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="103"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation>A conta comercial está bloqueada. Peça a um administrador para verificar o Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation>O cliente faz parte de um experimento do WhatsApp e não recebeu esta mensagem de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="108"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation>O número da empresa está em manutenção por alguns instantes. O Duet tentará de novo em breve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation>O modelo foi recusado: talvez não exista neste idioma, esteja pausado ou desativado, ou os campos não correspondam. Confira-o no Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="113"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation>A empresa desativou o compartilhamento do histórico de conversas; as conversas antigas não serão importadas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="117"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation>O Duet não conseguiu acessar o WhatsApp. Confira a conexão de rede; o Duet tentará de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="128"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation>O WhatsApp está limitando a velocidade de envio deste número. O Duet tentará de novo automaticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation>Muitas mensagens foram enviadas a este cliente em pouco tempo. O Duet tentará de novo após uma pausa; evite enviar muitas mensagens seguidas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="133"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation>A janela de 24 horas do cliente está fechada. Envie um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation>O token de acesso da Cloud API foi recusado. Peça a um administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation>O WhatsApp recusou esta mensagem. Ela não será reenviada; confira-a antes de enviar de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="140"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation>O WhatsApp teve um problema temporário. O Duet tentará de novo automaticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation>O WhatsApp deu uma resposta inesperada. A mensagem não foi reenviada; confira os detalhes antes de enviar de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="23"/>
        <source>The request is valid.</source>
        <translation>A solicitação é válida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The Graph API version is not valid (expected e.g. v23.0).</source>
        <translation>A versão da Graph API não é válida (esperado, por exemplo, v23.0).</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation>O número de envio não está configurado: o ID do número de telefone está faltando ou é inválido.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="29"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation>O número de telefone do cliente não é válido: ele precisa ter de 7 a 15 dígitos com o código do país.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="31"/>
        <source>The message has no client ID to track it by.</source>
        <translation>A mensagem não tem um ID de cliente para acompanhá-la.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="33"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation>O ID de cliente da mensagem tem mais de 512 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="34"/>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="36"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation>A mensagem tem mais de 4096 caracteres. Encurte-a ou divida-a.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation>O anexo não tem nem um ID de mídia enviada nem um link.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="40"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation>O anexo tem um ID de mídia e um link ao mesmo tempo; use só um.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="42"/>
        <source>The attachment link is not an http or https address.</source>
        <translation>O link do anexo não é um endereço http ou https.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation>Mensagens de áudio e figurinhas não podem ter legenda.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="45"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation>A legenda tem mais de 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>Only documents can carry a file name.</source>
        <translation>Só documentos podem ter nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="47"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation>Só áudio pode ser enviado como mensagem de voz.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The template has no name.</source>
        <translation>O modelo não tem nome.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="49"/>
        <source>The template has no language.</source>
        <translation>O modelo não tem idioma.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation>Um campo variável do modelo está sem valor. Preencha todos os campos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation>Um campo do modelo tem um tipo de valor que essa parte do modelo não aceita.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation>Um botão do modelo precisa do tipo e de uma posição de 0 a 9.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="56"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation>Nenhuma mensagem foi escolhida para reagir ou marcar como lida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation>Uma reação não pode ser enviada como resposta.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="15"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation>A janela de 24 horas do cliente fechou, então só é possível enviar um modelo aprovado. Escolha um modelo para reabrir a conversa.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="19"/>
        <source>This customer has not written to the business yet, so only an approved template can be sent. Choose a template to start the conversation.</source>
        <translation>Este cliente ainda não escreveu para a empresa, então só é possível enviar um modelo aprovado. Escolha um modelo para iniciar a conversa.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="16"/>
        <source>Duet: the shared inbox for a WhatsApp Business number in Coexistence mode.</source>
        <translation>Duet: a caixa de entrada compartilhada de um número do WhatsApp Business no modo Coexistência.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="21"/>
        <source>Open this local store (a SQLite file).</source>
        <translation>Abre este banco de dados local (um arquivo SQLite).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="25"/>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Desenha a janela principal neste arquivo PNG e sai.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="29"/>
        <source>Quit (after the screenshot, if any) this many seconds after start.</source>
        <translation>Sai (depois da captura de tela, se houver) este número de segundos após iniciar.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="32"/>
        <source>The agent whose conversations &quot;Mine&quot; shows.</source>
        <translation>O atendente cujas conversas aparecem em &quot;Minhas&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="36"/>
        <source>A JSON file with the approved message templates.</source>
        <translation>Um arquivo JSON com os modelos de mensagem aprovados.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="39"/>
        <source>system (default), light or dark.</source>
        <translation>system (padrão), light (claro) ou dark (escuro).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="43"/>
        <source>Use this language for this run: en, pt_BR or es (the default is the language chosen in Duet, else the system&apos;s).</source>
        <translation>Usa este idioma nesta execução: en, pt_BR ou es (o padrão é o idioma escolhido no Duet ou, se nenhum, o do sistema).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="48"/>
        <source>Sync with this hub, e.g. inbox.example.com or 127.0.0.1:8080 (the agent token comes from the keychain, else Duet asks for it).</source>
        <translation>Sincroniza com este hub, por exemplo inbox.example.com ou 127.0.0.1:8080 (o token do atendente vem do chaveiro; se não estiver lá, o Duet pede).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="77"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation>--hub deve ser o endereço de um hub, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="83"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation>--lang deve ser en, pt_BR ou es.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="88"/>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme deve ser system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="95"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation>--quit-after precisa de um número de segundos, de 0 a 86400.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="79"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation>Experimente &apos;duet --help&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="98"/>
        <source>Cannot open the store: %1</source>
        <translation>Não foi possível abrir o banco de dados local: %1</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="137"/>
        <source>Cannot write the screenshot %1</source>
        <translation>Não foi possível gravar a captura de tela %1</translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="161"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation>Não foi possível salvar a mensagem, então ela não foi enviada: %1</translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="106"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation>Ainda não há nada salvo no chaveiro para isto.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="108"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Nenhum chaveiro disponível. Inicie o chaveiro da sua área de trabalho (por exemplo, GNOME Keyring ou KWallet) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="111"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation>O chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (por exemplo, no GNOME Keyring ou no KWallet) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="114"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation>Não foi possível usar o chaveiro. Tente de novo; se continuar falhando, entre sem lembrar o token.</translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="121"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation>Não foi possível acessar o hub. O Duet continua tentando; confira o endereço e a sua rede.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="123"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation>O hub recusou este token de atendente. Peça um novo token ao administrador e entre de novo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="125"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation>O acesso deste atendente foi revogado. Peça um novo token ao administrador e entre de novo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="127"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation>Muitas tentativas de entrada falharam neste computador. O Duet tenta de novo em um minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="129"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation>O hub usa outra versão do protocolo. Atualize o Duet para se conectar a ele.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="131"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation>O hub enviou algo que o Duet não conseguiu usar. O Duet se reconecta e continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="133"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation>O Duet não conseguiu gravar no banco de dados local (o disco está cheio?). Ele tenta de novo em breve.</translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="138"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="223"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
</context>
<context>
    <name>duet::ui::CommandPalette</name>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="23"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="24"/>
        <source>Type a command…</source>
        <translation>Digite um comando…</translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="25"/>
        <source>Filter commands</source>
        <translation>Filtrar comandos</translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="41"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
</context>
<context>
    <name>duet::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="31"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="33"/>
        <source>Choose a conversation to start writing.</source>
        <translation>Escolha uma conversa para começar a escrever.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="35"/>
        <source>Composer</source>
        <translation>Editor de mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="36"/>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="37"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="42"/>
        <source>Time left in the service window</source>
        <translation>Tempo restante na janela de atendimento</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="43"/>
        <source>Message length</source>
        <translation>Tamanho da mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="44"/>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="45"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="180"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="45"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="47"/>
        <source>Catching up…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="49"/>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="51"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="51"/>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="57"/>
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="61"/>
        <source>Offline, retrying</source>
        <translation>Off-line, tentando de novo</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="63"/>
        <source>Offline, retrying in a minute</source>
        <translation>Off-line, nova tentativa em um minuto</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="65"/>
        <source>Sign-in refused</source>
        <translation>Entrada recusada</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Access revoked</source>
        <translation>Acesso revogado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Update Duet to connect</source>
        <translation>Atualize o Duet para conectar</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="111"/>
        <source>Connection to the hub: %1</source>
        <translation>Conexão com o hub: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="205"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="210"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="212"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="214"/>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="216"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="218"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="220"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="222"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="224"/>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="226"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="228"/>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="248"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n não lida, %2</numerusform>
            <numerusform>%1, %n não lidas, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="301"/>
        <source>The inbox could not be read: %1</source>
        <translation>Não foi possível ler a caixa de entrada: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationPane</name>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="43"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="44"/>
        <source>Search messages  (Ctrl+K)</source>
        <translation>Pesquisar mensagens  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Unassigned</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Closing</source>
        <translation>Fechando</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation>Conversas atribuídas a você (Alt+1)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation>Sem atendente atribuído (Alt+2)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Every conversation (Alt+3)</source>
        <translation>Todas as conversas (Alt+3)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation>A janela de 24 horas fecha em menos de uma hora (Alt+4)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation>A janela de 24 horas está fechada: só modelos (Alt+5)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="59"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="72"/>
        <source>Sort order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="89"/>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="92"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="173"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation>Ordenadas pela última atividade. Clique para ordenar pelo fechamento da janela.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="174"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation>Ordenadas pelo fechamento da janela. Clique para ordenar pela última atividade.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="205"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="206"/>
        <source>No messages match “%1”.</source>
        <translation>Nenhuma mensagem corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="208"/>
        <source>No conversations here.</source>
        <translation>Nenhuma conversa aqui.</translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="69"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os rascunhos em %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Duet</source>
        <translation>Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>Duet inbox</source>
        <translation>Caixa de entrada do Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Write a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show my conversations</source>
        <translation>Mostrar minhas conversas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show unassigned conversations</source>
        <translation>Mostrar conversas sem atendente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show all conversations</source>
        <translation>Mostrar todas as conversas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show conversations closing soon</source>
        <translation>Mostrar conversas perto de fechar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Show closed conversations</source>
        <translation>Mostrar conversas fechadas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Toggle sort: recent or closing first</source>
        <translation>Alternar ordem: recentes ou perto de fechar primeiro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Load older messages</source>
        <translation>Carregar mensagens anteriores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
</context>
<context>
    <name>duet::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="41"/>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="24"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Lembrar neste computador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="29"/>
        <source>Sign in to Duet</source>
        <translation>Entrar no Duet</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="30"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation>inbox.example.com ou 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33"/>
        <source>dt_…, from your administrator</source>
        <translation>dt_…, fornecido pelo administrador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Agent token</source>
        <translation>Token do atendente</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation>Guarda o token no chaveiro da sua área de trabalho, nunca em um arquivo comum.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign-in problem</source>
        <translation>Problema ao entrar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>&amp;Hub address:</source>
        <translation>Endereço do &amp;hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="47"/>
        <source>Agent &amp;token:</source>
        <translation>&amp;Token do atendente:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="49"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="133"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>Digite o endereço do hub, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="134"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; não é o endereço de um hub. Use um nome de host ou endereço IP, com porta opcional, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="142"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation>Cole o token de atendente que o administrador deu a você.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation>Um token de atendente não tem espaços. Cole-o de novo exatamente como o recebeu.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="149"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="169"/>
        <source>Saving the token in the keychain…</source>
        <translation>Salvando o token no chaveiro…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="178"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation>%1
Você entrou; o token não foi salvo. Clique em Entrar para continuar sem lembrá-lo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="29"/>
        <location filename="../ui/TemplatePicker.cpp" line="54"/>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <source>Why only templates can be sent</source>
        <translation>Por que só é possível enviar modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="36"/>
        <source>Search templates…</source>
        <translation>Pesquisar modelos…</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="38"/>
        <source>Search templates</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="45"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="51"/>
        <source>Template preview</source>
        <translation>Prévia do modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="55"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar o modelo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="158"/>
        <source>Template parameter %1</source>
        <translation>Parâmetro %1 do modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="161"/>
        <source>{{%1}}</source>
        <translation>{{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="202"/>
        <source>No approved templates are available.</source>
        <translation>Nenhum modelo aprovado disponível.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="203"/>
        <source>Choose a template to see its preview.</source>
        <translation>Escolha um modelo para ver a prévia.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadModel</name>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="196"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="198"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="200"/>
        <source>Phone app</source>
        <translation>App do celular</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Business (history)</source>
        <translation>Empresa (histórico)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Customer (history)</source>
        <translation>Cliente (histórico)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="228"/>
        <source>Not delivered. %1</source>
        <translation>Não entregue. %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="229"/>
        <source>Not delivered (error %1). %2</source>
        <translation>Não entregue (erro %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="269"/>
        <source>An earlier message</source>
        <translation>Uma mensagem anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="271"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="348"/>
        <source>The thread could not be read: %1</source>
        <translation>Não foi possível ler a conversa: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="29"/>
        <source>Conversation header</source>
        <translation>Cabeçalho da conversa</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="82"/>
        <source>assigned to %1</source>
        <translation>atribuída a %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="114"/>
        <source>Thread</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="117"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="138"/>
        <source>Choose a conversation to start messaging</source>
        <translation>Escolha uma conversa para começar a trocar mensagens</translation>
    </message>
</context>
</TS>
