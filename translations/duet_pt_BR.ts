<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="140"/>
        <source>Media older than 14 days: WhatsApp does not transfer it with the chat history</source>
        <translation>Mídia com mais de 14 dias: o WhatsApp não a transfere com o histórico de conversas</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="163"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>Interactive message</source>
        <translation>Mensagem interativa</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="171"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="173"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="175"/>
        <source>A message type WhatsApp does not support here</source>
        <translation>Um tipo de mensagem que o WhatsApp não aceita aqui</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="177"/>
        <source>Reply to an interactive message</source>
        <translation>Resposta a uma mensagem interativa</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="179"/>
        <source>Media from the chat history, not received yet</source>
        <translation>Mídia do histórico da conversa, ainda não recebida</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="181"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="182"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="190"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="192"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="194"/>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="196"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="198"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="199"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="205"/>
        <location filename="../ui/BubbleLayout.cpp" line="226"/>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="207"/>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="209"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="211"/>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="213"/>
        <source>Edit time…</source>
        <translation>Alterar horário…</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="215"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="222"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="222"/>
        <source>Play</source>
        <translation>Reproduzir</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="224"/>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="233"/>
        <source>The download failed.</source>
        <translation>O download falhou.</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="237"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="257"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="260"/>
        <source>Echo</source>
        <translation>Eco</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="262"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="278"/>
        <source>Sent from the phone app</source>
        <translation>Enviada pelo app do celular</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="280"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Business, imported</source>
        <translation>Empresa, importada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Customer, imported</source>
        <translation>Cliente, importada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="291"/>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="227"/>
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
    <name>MediaKinds</name>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="62"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="64"/>
        <source>Spreadsheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="66"/>
        <source>Text document</source>
        <translation>Documento de texto</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="68"/>
        <source>Archive</source>
        <translation>Arquivo compactado</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="72"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="81"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="83"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="84"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>MessageDetails</name>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="138"/>
        <source>Open in map</source>
        <translation>Abrir no mapa</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="140"/>
        <source>Open link: %1</source>
        <translation>Abrir link: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="143"/>
        <source>Start a conversation with %1</source>
        <translation>Iniciar uma conversa com %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From a post</source>
        <translation>Vindo de uma publicação</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From post: %1</source>
        <translation>Vindo da publicação: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From an ad</source>
        <translation>Vindo de um anúncio</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From ad: %1</source>
        <translation>Vindo do anúncio: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="174"/>
        <source>Ad id: %1</source>
        <translation>ID do anúncio: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="194"/>
        <location filename="../ui/MessageDetails.cpp" line="309"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="201"/>
        <source>Contact without a name</source>
        <translation>Contato sem nome</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="203"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="221"/>
        <location filename="../ui/MessageDetails.cpp" line="314"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="227"/>
        <source>Form answered</source>
        <translation>Formulário respondido</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="229"/>
        <source>Form: %1</source>
        <translation>Formulário: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="248"/>
        <source>Button payload: %1</source>
        <translation>Payload do botão: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="250"/>
        <source>List reply id: %1</source>
        <translation>ID da resposta da lista: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="251"/>
        <source>Button reply id: %1</source>
        <translation>ID da resposta do botão: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageDetails.cpp" line="258"/>
        <location filename="../ui/MessageDetails.cpp" line="318"/>
        <source>Order: %n item(s)</source>
        <translation>
            <numerusform>Pedido: %n item</numerusform>
            <numerusform>Pedido: %n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="265"/>
        <source>Unnamed product</source>
        <translation>Produto sem nome</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="270"/>
        <source>%1 × %2, %3 %4 each</source>
        <translation>%1 × %2, %3 %4 cada</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="273"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="282"/>
        <source>Total: %1 %2</source>
        <translation>Total: %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="284"/>
        <source>Catalog: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="289"/>
        <source>Asking about product %1 (catalog %2)</source>
        <translation>Pergunta sobre o produto %1 (catálogo %2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="294"/>
        <source>Some details of this message could not be read.</source>
        <translation>Alguns detalhes desta mensagem não puderam ser lidos.</translation>
    </message>
</context>
<context>
    <name>PricingText</name>
    <message>
        <location filename="../ui/PricingText.cpp" line="24"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="26"/>
        <source>Marketing lite</source>
        <translation>Marketing lite</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="28"/>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="30"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="32"/>
        <source>Authentication (international)</source>
        <translation>Autenticação (internacional)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="34"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="36"/>
        <source>Ad entry point</source>
        <translation>Ponto de entrada por anúncio</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="60"/>
        <source>billable</source>
        <translation>cobrável</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="62"/>
        <source>free (service window)</source>
        <translation>grátis (janela de atendimento)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="64"/>
        <source>free (ad entry point, 72 h)</source>
        <translation>grátis (ponto de entrada por anúncio, 72 h)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="66"/>
        <source>free</source>
        <translation>grátis</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="81"/>
        <source>Meta counted this message as marketing: offers, announcements, invitations.</source>
        <translation>A Meta classificou esta mensagem como marketing: ofertas, anúncios, convites.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="83"/>
        <source>Meta counted this message as utility: an update about something the customer asked for or bought.</source>
        <translation>A Meta classificou esta mensagem como utilidade: uma atualização sobre algo que o cliente pediu ou comprou.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="86"/>
        <source>Meta counted this message as authentication: a one-time code.</source>
        <translation>A Meta classificou esta mensagem como autenticação: um código de uso único.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="88"/>
        <source>Meta counted this message as service: a reply inside the customer&apos;s 24-hour window.</source>
        <translation>A Meta classificou esta mensagem como serviço: uma resposta dentro da janela de 24 horas do cliente.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="91"/>
        <source>The customer came from a click-to-WhatsApp ad or a Page button.</source>
        <translation>O cliente veio de um anúncio de clique para o WhatsApp ou de um botão da Página.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="95"/>
        <source>Meta bills this message at its category&apos;s rate.</source>
        <translation>A Meta cobra esta mensagem pela tarifa da sua categoria.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="97"/>
        <source>Free: sent while the customer&apos;s 24-hour service window was open.</source>
        <translation>Grátis: enviada enquanto a janela de atendimento de 24 horas do cliente estava aberta.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="99"/>
        <source>Free: the customer came from an ad or a Page button and the business answered within 24 hours, so every message is free for 72 hours.</source>
        <translation>Grátis: o cliente veio de um anúncio ou de um botão da Página e a empresa respondeu em até 24 horas, então todas as mensagens são grátis por 72 horas.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="102"/>
        <source>Free: Meta does not bill this message.</source>
        <translation>Grátis: a Meta não cobra esta mensagem.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="104"/>
        <source>Meta has not said yet whether it bills this message.</source>
        <translation>A Meta ainda não informou se cobra esta mensagem.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/NotificationCoalescer.cpp" line="59"/>
        <source>Duet</source>
        <translation>Duet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NotificationCoalescer.cpp" line="60"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NotificationCoalescer.cpp" line="61"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversa</numerusform>
            <numerusform>%n conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="94"/>
        <source>Header {{1}}</source>
        <translation>Cabeçalho {{1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="101"/>
        <source>Code (button %1)</source>
        <translation>Código (botão %1)</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="102"/>
        <source>Button %1 {{1}}</source>
        <translation>Botão %1 {{1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="130"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="132"/>
        <source>Utility</source>
        <translation>Utilidade</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="134"/>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="150"/>
        <source>Free if sent within 72 hours of the first reply to this customer&apos;s ad click; otherwise billed by its category.</source>
        <translation>Grátis se enviado em até 72 horas da primeira resposta ao clique deste cliente no anúncio; caso contrário, cobrado pela sua categoria.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="153"/>
        <source>Utility template: free while the customer&apos;s 24-hour window is open (Meta may bill it from October 2026).</source>
        <translation>Modelo de utilidade: grátis enquanto a janela de 24 horas do cliente estiver aberta (a Meta pode passar a cobrá-lo a partir de outubro de 2026).</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="156"/>
        <source>Marketing template: Meta charges each delivered message at the marketing rate.</source>
        <translation>Modelo de marketing: a Meta cobra cada mensagem entregue pela tarifa de marketing.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="158"/>
        <source>Utility template: Meta charges each delivered message at the utility rate while the customer&apos;s 24-hour window is closed.</source>
        <translation>Modelo de utilidade: a Meta cobra cada mensagem entregue pela tarifa de utilidade enquanto a janela de 24 horas do cliente está fechada.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="161"/>
        <source>Authentication template: Meta charges each delivered message at the authentication rate.</source>
        <translation>Modelo de autenticação: a Meta cobra cada mensagem entregue pela tarifa de autenticação.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="222"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation>Não foi possível ler o arquivo de modelos %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="240"/>
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
        <location filename="../app/core/SendScheduler.cpp" line="359"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation>O WhatsApp pediu ao Duet para desacelerar; os envios recomeçam em breve.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="361"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation>A conta do WhatsApp atingiu o limite de solicitações; os envios recomeçam quando o WhatsApp permitir.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="364"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation>O aplicativo atingiu o limite de solicitações do WhatsApp; os envios recomeçam quando o WhatsApp permitir.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="367"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation>O número de telefone está em manutenção no WhatsApp; os envios recomeçam em instantes.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="370"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation>O limite de uso do WhatsApp foi atingido; os envios recomeçam quando o acesso voltar.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="73"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation>O token de acesso da Cloud API expirou. Peça a um administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="75"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation>O WhatsApp rejeitou um valor desta mensagem. Confira a mensagem e os anexos; ela não será reenviada.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="78"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation>Não foi possível entregar a mensagem: talvez o número não use o WhatsApp, ou o cliente precise atualizar o WhatsApp ou aceitar os termos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="81"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation>Os envios deste número estão limitados por denúncias de spam ou baixa qualidade. Pause os envios em massa e confira a classificação de qualidade do número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="84"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation>O WhatsApp segurou esta mensagem de marketing para manter o engajamento saudável. Espere pelo menos um dia antes de enviar outra a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="87"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation>O cliente bloqueou as mensagens de marketing desta empresa. Não envie mensagens de marketing para ele.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="89"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>O WhatsApp não aceita este tipo de mensagem.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="91"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation>Não foi possível baixar a mídia do cliente. Peça que envie de novo, menor se possível.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="93"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation>Não foi possível enviar o anexo. Confira o tipo e o tamanho do arquivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="95"/>
        <source>WhatsApp does not deliver this kind of message (such as an authentication code) to a customer known only by their WhatsApp user ID. Ask the customer for their phone number, then send it to the number.</source>
        <translation>O WhatsApp não entrega este tipo de mensagem (como um código de autenticação) a um cliente conhecido só pelo ID de usuário do WhatsApp. Peça o número de telefone ao cliente e envie para o número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="99"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation>A empresa atingiu o limite de novas conversas em 24 horas. Espere o limite ser renovado ou responda nas conversas abertas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="102"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation>A conta comercial está temporariamente bloqueada por violar as políticas. Peça a um administrador para verificar o Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation>A conta comercial está bloqueada. Peça a um administrador para verificar o Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="107"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation>O cliente faz parte de um experimento do WhatsApp e não recebeu esta mensagem de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation>O número da empresa está em manutenção por alguns instantes. O Duet tentará de novo em breve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="112"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation>O modelo foi recusado: talvez não exista neste idioma, esteja pausado ou desativado, ou os campos não correspondam. Confira-o no Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="115"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation>A empresa desativou o compartilhamento do histórico de conversas; as conversas antigas não serão importadas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="119"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation>O Duet não conseguiu acessar o WhatsApp. Confira a conexão de rede; o Duet tentará de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation>O WhatsApp está limitando a velocidade de envio deste número. O Duet tentará de novo automaticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="132"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation>Muitas mensagens foram enviadas a este cliente em pouco tempo. O Duet tentará de novo após uma pausa; evite enviar muitas mensagens seguidas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation>A janela de 24 horas do cliente está fechada. Envie um modelo aprovado.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation>O token de acesso da Cloud API foi recusado. Peça a um administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="139"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation>O WhatsApp recusou esta mensagem. Ela não será reenviada; confira-a antes de enviar de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation>O WhatsApp teve um problema temporário. O Duet tentará de novo automaticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="144"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation>O WhatsApp deu uma resposta inesperada. A mensagem não foi reenviada; confira os detalhes antes de enviar de novo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The request is valid.</source>
        <translation>A solicitação é válida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The Graph API version is not valid (expected a v, then two numbers with a dot between them).</source>
        <translation>A versão da Graph API não é válida (esperado um v e depois dois números separados por um ponto).</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="30"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation>O número de envio não está configurado: o ID do número de telefone está faltando ou é inválido.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="32"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation>O número de telefone do cliente não é válido: ele precisa ter de 7 a 15 dígitos com o código do país.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="35"/>
        <source>The customer&apos;s WhatsApp user ID is not valid. It must be sent exactly as WhatsApp gave it, for example US.13491208655302741918.</source>
        <translation>O ID de usuário do WhatsApp do cliente não é válido. Ele deve ser enviado exatamente como o WhatsApp o forneceu, por exemplo US.13491208655302741918.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>Authentication templates can only be sent to a phone number, and this customer has not shared theirs. Ask the customer for their phone number first, then send the code.</source>
        <translation>Modelos de autenticação só podem ser enviados a um número de telefone, e este cliente não compartilhou o dele. Peça primeiro o número de telefone ao cliente e depois envie o código.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="41"/>
        <source>The message has no client ID to track it by.</source>
        <translation>A mensagem não tem um ID de cliente para acompanhá-la.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="43"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation>O ID de cliente da mensagem tem mais de 512 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>The message is empty.</source>
        <translation>A mensagem está vazia.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation>A mensagem tem mais de 4096 caracteres. Encurte-a ou divida-a.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The message is longer than 1024 characters, the most a message with a button can have. Shorten it.</source>
        <translation>A mensagem tem mais de 1024 caracteres, o máximo para uma mensagem com botão. Encurte-a.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation>O anexo não tem nem um ID de mídia enviada nem um link.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation>O anexo tem um ID de mídia e um link ao mesmo tempo; use só um.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>The attachment link is not an http or https address.</source>
        <translation>O link do anexo não é um endereço http ou https.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation>Mensagens de áudio e figurinhas não podem ter legenda.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="58"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation>A legenda tem mais de 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="59"/>
        <source>Only documents can carry a file name.</source>
        <translation>Só documentos podem ter nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="60"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation>Só áudio pode ser enviado como mensagem de voz.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="61"/>
        <source>The template has no name.</source>
        <translation>O modelo não tem nome.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="62"/>
        <source>The template has no language.</source>
        <translation>O modelo não tem idioma.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="64"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation>Um campo variável do modelo está sem valor. Preencha todos os campos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="66"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation>Um campo do modelo tem um tipo de valor que essa parte do modelo não aceita.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="68"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation>Um botão do modelo precisa do tipo e de uma posição de 0 a 9.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="69"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation>Nenhuma mensagem foi escolhida para reagir ou marcar como lida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="70"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation>Uma reação não pode ser enviada como resposta.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="17"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation>A janela de 24 horas do cliente fechou, então só é possível enviar um modelo aprovado. Escolha um modelo para reabrir a conversa.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="21"/>
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
        <location filename="../desktop/CommandLine.cpp" line="53"/>
        <source>With --hub: also trust the CA certificates in this PEM file, for a hub whose certificate comes from your organisation&apos;s own authority (remembered as the setting hub/ca_file).</source>
        <translation>Com --hub: confiar também nos certificados de CA deste arquivo PEM, para um hub cujo certificado vem da autoridade própria da sua organização (fica guardado na configuração hub/ca_file).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="59"/>
        <source>Try Duet: a simulated WhatsApp number with a scripted day of customers, in a temporary folder (nothing of yours is read or changed).</source>
        <translation>Experimente o Duet: um número do WhatsApp simulado, com um dia de clientes roteirizado, em uma pasta temporária (nada seu é lido ou alterado).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="63"/>
        <source>With --demo: how many times faster than real time the day runs (default 20; 300 plays the whole day in five minutes).</source>
        <translation>Com --demo: quantas vezes mais rápido que o tempo real o dia passa (padrão 20; 300 mostra o dia inteiro em cinco minutos).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Run the hub inside Duet, for one person on one computer (the Cloud API credentials are asked once and kept in the keychain).</source>
        <translation>Executa o hub dentro do Duet, para uma pessoa em um computador (as credenciais da Cloud API são pedidas uma vez e guardadas no chaveiro).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="72"/>
        <source>With --single-seat: the port Meta&apos;s webhooks reach (default 8080).</source>
        <translation>Com --single-seat: a porta que os webhooks da Meta acessam (padrão 8080).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="76"/>
        <source>With --single-seat: where the Graph API is (a duet-sim for trying it out; default https://graph.facebook.com).</source>
        <translation>Com --single-seat: onde está a Graph API (um duet-sim para experimentar; padrão https://graph.facebook.com).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="81"/>
        <source>With --single-seat: fill in the Connect wizard&apos;s phone number ID.</source>
        <translation>Com --single-seat: preenche o ID do número de telefone no assistente Conectar.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="85"/>
        <source>With --single-seat: fill in the WhatsApp Business Account ID.</source>
        <translation>Com --single-seat: preenche o ID da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="89"/>
        <source>With --single-seat: fill in the access token from this file.</source>
        <translation>Com --single-seat: preenche o token de acesso a partir deste arquivo.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="93"/>
        <source>With --single-seat: fill in the app secret from this file.</source>
        <translation>Com --single-seat: preenche a chave secreta do app a partir deste arquivo.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="112"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="122"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation>--hub deve ser o endereço de um hub, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="138"/>
        <source>--graph-base-url, --phone-number-id, --waba-id, --access-token-file and --app-secret-file go with --single-seat.</source>
        <translation>--graph-base-url, --phone-number-id, --waba-id, --access-token-file e --app-secret-file acompanham --single-seat.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="144"/>
        <source>Choose one of --demo, --single-seat and --hub.</source>
        <translation>Escolha só uma opção entre --demo, --single-seat e --hub.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="151"/>
        <source>--demo-speed needs a number from 1 to 10000.</source>
        <translation>--demo-speed precisa de um número de 1 a 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="159"/>
        <source>--webhook-port needs a port number, 1 to 65535.</source>
        <translation>--webhook-port precisa de um número de porta, de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="166"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation>--lang deve ser en, pt_BR ou es.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="171"/>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme deve ser system, light ou dark.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="178"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation>--quit-after precisa de um número de segundos, de 0 a 86400.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="88"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation>Experimente &apos;duet --help&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="61"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="97"/>
        <source>Cannot start the demo: %1</source>
        <translation>Não foi possível iniciar a demonstração: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="131"/>
        <location filename="../desktop/Run.cpp" line="136"/>
        <source>Cannot open the store: %1</source>
        <translation>Não foi possível abrir o banco de dados local: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="146"/>
        <source>Demo — Duet</source>
        <translation>Demonstração — Duet</translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="54"/>
        <location filename="../desktop/Run.cpp" line="200"/>
        <source>Cannot write the screenshot %1</source>
        <translation>Não foi possível gravar a captura de tela %1</translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="65"/>
        <source>The Connect wizard stopped at page %1: see %2</source>
        <translation>O assistente Conectar parou na página %1: veja %2</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/MediaLimits.cpp" line="104"/>
        <source>Allowed: images (JPEG, PNG) up to 5 MB, videos (MP4, 3GP) and audio (AAC, AMR, MP3, M4A, OGG) up to 16 MB, documents (PDF, text, Word, Excel, PowerPoint) up to 100 MB.</source>
        <translation>Permitidos: imagens (JPEG, PNG) até 5 MB, vídeos (MP4, 3GP) e áudio (AAC, AMR, MP3, M4A, OGG) até 16 MB, documentos (PDF, texto, Word, Excel, PowerPoint) até 100 MB.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="33"/>
        <source>WhatsApp refused it (code %1): %2</source>
        <translation>O WhatsApp recusou (código %1): %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="38"/>
        <source>The server answered HTTP %1.</source>
        <translation>O servidor respondeu HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="39"/>
        <source>The connection failed: %1</source>
        <translation>A conexão falhou: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="65"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="98"/>
        <source>Cannot read the file %1.</source>
        <translation>Não foi possível ler o arquivo %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="75"/>
        <source>The file %1 is empty.</source>
        <translation>O arquivo %1 está vazio.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="78"/>
        <source>WhatsApp does not take this kind of file (%1).</source>
        <translation>O WhatsApp não aceita este tipo de arquivo (%1).</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="83"/>
        <source>The file is %1 MB; WhatsApp takes files of this kind up to %2 MB.</source>
        <translation>O arquivo tem %1 MB; o WhatsApp aceita arquivos deste tipo de até %2 MB.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="144"/>
        <source>The upload was cancelled.</source>
        <translation>O envio foi cancelado.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="150"/>
        <source>The file could not be uploaded. %1</source>
        <translation>Não foi possível enviar o arquivo. %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="200"/>
        <source>Not a media id.</source>
        <translation>Não é um ID de mídia.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="225"/>
        <source>The media could not be found. %1</source>
        <translation>A mídia não foi encontrada. %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="238"/>
        <source>The file is %1 MB, more than the %2 MB Duet keeps.</source>
        <translation>O arquivo tem %1 MB, mais que os %2 MB que o Duet guarda.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="249"/>
        <source>Cannot create the media folder %1.</source>
        <translation>Não foi possível criar a pasta de mídia %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="258"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="290"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="278"/>
        <source>The file is larger than the %1 MB Duet keeps.</source>
        <translation>O arquivo é maior que os %1 MB que o Duet guarda.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="284"/>
        <source>The download failed. %1</source>
        <translation>O download falhou. %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="29"/>
        <source>chat history</source>
        <translation>histórico de conversas</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="31"/>
        <source>address book</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="39"/>
        <source>Meta allows this import once per onboarding, and it was already requested. To import again, disconnect the number from the Cloud API and connect it again (Embedded Signup), then request the import within 24 hours.</source>
        <translation>A Meta permite esta importação uma vez por integração, e ela já foi pedida. Para importar de novo, desconecte o número da Cloud API e conecte-o outra vez (Embedded Signup), depois peça a importação em até 24 horas.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="44"/>
        <source>The access token was refused. Renew it with duet-hub setup (or the single seat&apos;s Connect dialog), then request the import.</source>
        <translation>O token de acesso foi recusado. Renove-o com duet-hub setup (ou o assistente Conectar do posto único) e depois peça a importação.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="47"/>
        <source>Meta did not answer, so Duet does not know whether it took the request. Wait an hour for the import to start; if nothing arrives, request it again.</source>
        <translation>A Meta não respondeu, então o Duet não sabe se ela aceitou o pedido. Espere uma hora pelo início da importação; se nada chegar, peça de novo.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="31"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>O arquivo de certificado de CA %1 não existe.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="36"/>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>Não foi possível ler o arquivo de certificado de CA %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="42"/>
        <source>%1 holds no PEM certificate (a file that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 não contém nenhum certificado PEM (um arquivo que começa com -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="133"/>
        <source>The hub&apos;s certificate is self-signed: no authority this computer trusts vouches for it. Ask your administrator for the CA certificate, or to confirm its fingerprint before you trust it.</source>
        <translation>O certificado do hub é autoassinado: nenhuma autoridade em que este computador confia o garante. Peça ao administrador o certificado da CA, ou que confirme a impressão digital antes de você confiar nele.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="144"/>
        <source>The hub&apos;s certificate is not trusted: it was issued by an authority this computer does not know. Ask your administrator for the CA certificate (Duet&apos;s --ca-file option).</source>
        <translation>O certificado do hub não é confiável: foi emitido por uma autoridade que este computador não conhece. Peça ao administrador o certificado da CA (opção --ca-file do Duet).</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="150"/>
        <source>The hub&apos;s certificate has expired (on %1). Ask your administrator to renew it.</source>
        <translation>O certificado do hub expirou (em %1). Peça ao administrador para renová-lo.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="155"/>
        <source>The hub&apos;s certificate is not valid yet (from %1). Check this computer&apos;s date and time.</source>
        <translation>O certificado do hub ainda não é válido (vale a partir de %1). Confira a data e a hora deste computador.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="164"/>
        <source>The hub&apos;s certificate was issued for another name (%1), not for %2. Check the address, or ask your administrator for a certificate that names it.</source>
        <translation>O certificado do hub foi emitido para outro nome (%1), não para %2. Confira o endereço, ou peça ao administrador um certificado com esse nome.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="172"/>
        <source>The hub&apos;s certificate was revoked by its issuer. Do not connect; tell your administrator.</source>
        <translation>O certificado do hub foi revogado por quem o emitiu. Não se conecte; avise o administrador.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="177"/>
        <source>The hub&apos;s certificate cannot be checked: its signature is wrong or it is blocked. Do not connect; tell your administrator.</source>
        <translation>Não é possível verificar o certificado do hub: a assinatura está errada ou ele está bloqueado. Não se conecte; avise o administrador.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="182"/>
        <source>The hub&apos;s certificate was refused: %1</source>
        <translation>O certificado do hub foi recusado: %1</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="187"/>
        <source>The secure connection to the hub could not be set up.</source>
        <translation>Não foi possível estabelecer a conexão segura com o hub.</translation>
    </message>
</context>
<context>
    <name>duet::PhoneFormat</name>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="164"/>
        <source>Type the customer&apos;s phone number, starting with + and the country code.</source>
        <translation>Digite o número de telefone do cliente, começando com + e o código do país.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="166"/>
        <source>A phone number has only digits, spaces, dashes and brackets, after an optional +.</source>
        <translation>Um número de telefone tem só dígitos, espaços, hífens e parênteses, depois de um + opcional.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="168"/>
        <source>Add the country code: start with + (for example +1 650 555 1234).</source>
        <translation>Adicione o código do país: comece com + (por exemplo +55 11 98765 4321).</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="170"/>
        <source>No country has this code. Check the digits after the +.</source>
        <translation>Nenhum país tem este código. Confira os dígitos depois do +.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="172"/>
        <source>This number is too short.</source>
        <translation>Este número é curto demais.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="173"/>
        <source>This number is too short for %1.</source>
        <translation>Este número é curto demais para %1.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long.</source>
        <translation>Este número é longo demais.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long for %1.</source>
        <translation>Este número é longo demais para %1.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="177"/>
        <source>No phone number is like this one. Check the digits.</source>
        <translation>Não existe número de telefone como este. Confira os dígitos.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="178"/>
        <source>No phone number in %1 is like this one. Check the digits.</source>
        <translation>Não existe número de telefone em %1 como este. Confira os dígitos.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::Demo</name>
    <message>
        <location filename="../desktop/Demo.cpp" line="106"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Não foi possível criar uma pasta temporária para a demonstração: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="222"/>
        <source>Spring campaign</source>
        <translation>Campanha de primavera</translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="236"/>
        <source>The demo campaign could not start: %1</source>
        <translation>Não foi possível iniciar a campanha de demonstração: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Demo.cpp" line="249"/>
        <source>Spring campaign: all %n template message(s) went out.</source>
        <translation>
            <numerusform>Campanha de primavera: %n mensagem de modelo enviada.</numerusform>
            <numerusform>Campanha de primavera: todas as %n mensagens de modelo foram enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="250"/>
        <source>Spring campaign: %1 of %2 template messages out, paced by the rate limiter.</source>
        <translation>Campanha de primavera: %1 de %2 mensagens de modelo enviadas, no ritmo do limitador de envios.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::SingleSeat</name>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="86"/>
        <source>The settings will not be remembered.</source>
        <translation>As configurações não serão lembradas.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="107"/>
        <source>Not connected: Duet needs the number&apos;s Cloud API settings to run its hub. Start it again with --single-seat to enter them.</source>
        <translation>Não conectado: o Duet precisa das configurações da Cloud API do número para rodar o hub. Inicie-o de novo com --single-seat para informá-las.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="139"/>
        <source>The hub is not running.</source>
        <translation>O hub não está rodando.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="149"/>
        <source>Requested the %1.</source>
        <translation>Pedido: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="152"/>
        <source>The %1 was requested before; Meta takes it once.</source>
        <translation>%1: já foi pedido antes; a Meta aceita uma vez só.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="156"/>
        <source>Meta refused the %1. %2 %3</source>
        <translation>A Meta recusou: %1. %2 %3</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="162"/>
        <source>The %1 was not requested: the hub&apos;s database is unavailable.</source>
        <translation>%1: não foi pedido; o banco de dados do hub está indisponível.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="167"/>
        <source>Meta sends them over the next minutes to hours; the team overview (Ctrl+Shift+O) shows the progress.</source>
        <translation>A Meta os envia nos próximos minutos ou horas; a visão geral da equipe (Ctrl+Shift+O) mostra o andamento.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="190"/>
        <location filename="../desktop/SingleSeat.cpp" line="211"/>
        <source>The hub could not start: %1</source>
        <translation>Não foi possível iniciar o hub: %1</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="220"/>
        <source>The hub could not create its agent: %1</source>
        <translation>O hub não conseguiu criar o atendente: %1</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="248"/>
        <source>The settings will be asked again next time.</source>
        <translation>As configurações serão pedidas de novo na próxima vez.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::TrayBinding</name>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="71"/>
        <source>New %1 message</source>
        <translation>Nova mensagem (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="77"/>
        <source>Assigned to you</source>
        <translation>Atribuída a você</translation>
    </message>
</context>
<context>
    <name>duet::desktop::Workspace</name>
    <message>
        <location filename="../desktop/Workspace.cpp" line="114"/>
        <source>The outbox needs a file of its own: a store on a server has no folder to put it in.</source>
        <translation>A caixa de saída precisa de um arquivo próprio: um banco de dados em um servidor não tem uma pasta para guardá-lo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="199"/>
        <source>The customer&apos;s 24-hour window closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation>A janela de 24 horas do cliente fechou antes de a mensagem sair, então ela não foi enviada. Escolha um modelo para escrever de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="203"/>
        <source>The 24-hour window with +%1 closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation>A janela de 24 horas com +%1 fechou antes de a mensagem sair, então ela não foi enviada. Escolha um modelo para escrever de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="208"/>
        <source>Meta refused the access token: messages wait in the outbox until the hub&apos;s administrator renews it.</source>
        <translation>A Meta recusou o token de acesso: as mensagens aguardam na caixa de saída até o administrador do hub renová-lo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="212"/>
        <source>The outbox file could not be written, so the message was not sent: %1</source>
        <translation>Não foi possível gravar o arquivo da caixa de saída, então a mensagem não foi enviada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Workspace.cpp" line="215"/>
        <source>%n message(s) may or may not have reached WhatsApp: resend or discard them.</source>
        <translation>
            <numerusform>%n mensagem pode ou não ter chegado ao WhatsApp: reenvie ou descarte.</numerusform>
            <numerusform>%n mensagens podem ou não ter chegado ao WhatsApp: reenvie ou descarte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="235"/>
        <source>WhatsApp disconnected the number: messages wait in the outbox until it is reconnected.</source>
        <translation>O WhatsApp desconectou o número: as mensagens aguardam na caixa de saída até que ele seja reconectado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="239"/>
        <source>the number is disconnected from WhatsApp; it leaves once the number is reconnected.</source>
        <translation>o número está desconectado do WhatsApp; a mensagem sai assim que o número for reconectado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="258"/>
        <source>The hub has no WhatsApp number configured: messages wait in the outbox.</source>
        <translation>O hub não tem um número do WhatsApp configurado: as mensagens aguardam na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="354"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation>Você pode compartilhar seu número de telefone conosco? Toque no botão abaixo para enviá-lo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="476"/>
        <source>That message is no longer in the outbox.</source>
        <translation>Essa mensagem não está mais na caixa de saída.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="531"/>
        <source>A colleague took this conversation a moment ago, so your reply was not sent. Read the thread, then send again to answer anyway.</source>
        <translation>Um colega assumiu esta conversa há pouco, por isso sua resposta não foi enviada. Leia a conversa e envie de novo para responder mesmo assim.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="596"/>
        <source>The templates were fetched from Meta again.</source>
        <translation>Os modelos foram buscados na Meta de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="598"/>
        <source>Only a supervisor can refresh the templates.</source>
        <translation>Só um supervisor pode atualizar os modelos.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="600"/>
        <source>The hub has no WhatsApp Business Account id ([cloudapi] waba_id), so it cannot fetch templates. Ask its administrator to add it.</source>
        <translation>O hub não tem o id da conta do WhatsApp Business ([cloudapi] waba_id), então não pode buscar modelos. Peça ao administrador que o adicione.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="603"/>
        <source>Meta did not give the templates; the picker keeps the list it had. The hub&apos;s log says why.</source>
        <translation>A Meta não entregou os modelos; o seletor mantém a lista que tinha. O log do hub diz por quê.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="606"/>
        <source>Duet is offline: the templates were not refreshed. Try again when the status bar shows Connected.</source>
        <translation>O Duet está off-line: os modelos não foram atualizados. Tente de novo quando a barra de status mostrar Conectado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="613"/>
        <source>Refresh templates from Meta</source>
        <translation>Atualizar modelos da Meta</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="692"/>
        <source>Campaign “%1” started now: its time passed while Duet was closed.</source>
        <translation>A campanha “%1” começou agora: o horário dela passou enquanto o Duet estava fechado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="693"/>
        <source>Campaign “%1” started.</source>
        <translation>A campanha “%1” começou.</translation>
    </message>
</context>
<context>
    <name>duet::onboarding</name>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="172"/>
        <source>No answer from Meta&apos;s Graph API (network error or timeout).</source>
        <translation>Sem resposta da Graph API da Meta (erro de rede ou tempo esgotado).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="178"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="181"/>
        <source>Meta answered: %1</source>
        <translation>A Meta respondeu: %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="187"/>
        <source>Check this computer&apos;s network connection (and any proxy), then try again.</source>
        <translation>Verifique a conexão de rede deste computador (e qualquer proxy) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="189"/>
        <source>The access token is expired, revoked or mistyped. In Meta Business Settings, under System users, generate a new token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging, and use that one.</source>
        <translation>O token de acesso expirou, foi revogado ou foi digitado errado. No Meta Business Settings, em Usuários do sistema, gere um novo token para o seu app com as permissões whatsapp_business_management e whatsapp_business_messaging e use esse.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="193"/>
        <source>The app secret does not belong to the app that issued this access token. Copy the App secret from App settings &gt; Basic of that app in Meta&apos;s App Dashboard.</source>
        <translation>A chave secreta não é do app que emitiu este token de acesso. Copie a chave secreta do app em Configurações do app &gt; Básico desse app no painel de apps da Meta.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="197"/>
        <source>The token may not manage WhatsApp Business Account %1. In Business Settings, give the system user full control of that account and generate the token again with whatsapp_business_management.</source>
        <translation>O token não pode gerenciar a conta do WhatsApp Business %1. No Business Settings, dê ao usuário do sistema controle total dessa conta e gere o token de novo com whatsapp_business_management.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="201"/>
        <source>The token lacks a permission. Generate it again with whatsapp_business_management and whatsapp_business_messaging, for a system user that has this WhatsApp account.</source>
        <translation>Falta uma permissão ao token. Gere-o de novo com whatsapp_business_management e whatsapp_business_messaging, para um usuário do sistema que tenha esta conta do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="206"/>
        <source>Meta knows no phone number with the id %1 that this token may use. Copy the Phone number ID (a long number, not the phone number itself) from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation>A Meta não conhece um número de telefone com o ID %1 que este token possa usar. Copie o ID do número de telefone (um número longo, não o próprio telefone) em WhatsApp &gt; Configuração da API no painel de apps.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="210"/>
        <source>Meta knows no WhatsApp Business Account with the id %1 that this token may use. Copy the WhatsApp Business Account ID from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation>A Meta não conhece uma conta do WhatsApp Business com o ID %1 que este token possa usar. Copie o ID da conta do WhatsApp Business em WhatsApp &gt; Configuração da API no painel de apps.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="221"/>
        <source>Access token and app secret</source>
        <translation>Token de acesso e chave secreta do app</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="223"/>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="225"/>
        <source>Webhook subscription</source>
        <translation>Assinatura do webhook</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="234"/>
        <source>high (GREEN)</source>
        <translation>alta (GREEN)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="236"/>
        <source>medium (YELLOW)</source>
        <translation>média (YELLOW)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="238"/>
        <source>low (RED)</source>
        <translation>baixa (RED)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="240"/>
        <source>not rated yet</source>
        <translation>ainda sem avaliação</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="250"/>
        <source>quality %1</source>
        <translation>qualidade %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="252"/>
        <source>throughput %1</source>
        <translation>capacidade %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="254"/>
        <source>on the WhatsApp Business app (Coexistence)</source>
        <translation>no app WhatsApp Business (coexistência)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="255"/>
        <source>not on the WhatsApp Business app</source>
        <translation>fora do app WhatsApp Business</translation>
    </message>
</context>
<context>
    <name>duet::onboarding::NumberCheck</name>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="90"/>
        <source>Meta says this access token is not valid (debug_token is_valid false)</source>
        <translation>A Meta diz que este token de acesso não é válido (debug_token is_valid false)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="103"/>
        <source>The access token lacks the permission %1.</source>
        <translation>Falta ao token de acesso a permissão %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="104"/>
        <source>In Meta Business Settings, under System users, generate the token again and tick whatsapp_business_management and whatsapp_business_messaging.</source>
        <translation>No Meta Business Settings, em Usuários do sistema, gere o token de novo marcando whatsapp_business_management e whatsapp_business_messaging.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="109"/>
        <source>A valid token of app %1.</source>
        <translation>Um token válido do app %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="110"/>
        <source>A valid token of the app “%1” (%2).</source>
        <translation>Um token válido do app “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="114"/>
        <source>This access token expires on %1.</source>
        <translation>Este token de acesso expira em %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="116"/>
        <source>Use a system user&apos;s token that never expires: when this one does, Duet can no longer send.</source>
        <translation>Use o token de um usuário do sistema, que não expira: quando este expirar, o Duet não poderá mais enviar.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="139"/>
        <source>This number is not on the WhatsApp Business app (is_on_biz_app is not true): it is not connected in Coexistence.</source>
        <translation>Este número não está no app WhatsApp Business (is_on_biz_app não é true): não está conectado em coexistência.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="141"/>
        <source>Duet works with it, but no messages from the phone app will show and there is no chat history or address book to import. To keep using the phone app, connect the number through Embedded Signup&apos;s option for WhatsApp Business app users.</source>
        <translation>O Duet funciona com ele, mas nenhuma mensagem do app do celular aparecerá e não há histórico nem agenda para importar. Para continuar usando o app do celular, conecte o número pela opção do Embedded Signup para usuários do app WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="162"/>
        <source>The app is subscribed to the webhooks of WhatsApp Business Account %1.</source>
        <translation>O app está inscrito nos webhooks da conta do WhatsApp Business %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="183"/>
        <source>Meta did not confirm the subscription (no &quot;success&quot;: true in its answer).</source>
        <translation>A Meta não confirmou a inscrição (falta &quot;success&quot;: true na resposta).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="184"/>
        <source>Try again in a minute; if it persists, subscribe the app in WhatsApp Manager.</source>
        <translation>Tente de novo em um minuto; se persistir, inscreva o app no WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="189"/>
        <source>The app was not subscribed to WhatsApp Business Account %1; Duet subscribed it.</source>
        <translation>O app não estava inscrito na conta do WhatsApp Business %1; o Duet o inscreveu.</translation>
    </message>
</context>
<context>
    <name>duet::outbound::CampaignCsv</name>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="206"/>
        <source>Line %1: &quot;%2&quot; is not a valid phone number or WhatsApp user ID. %3</source>
        <translation>Linha %1: &quot;%2&quot; não é um número de telefone nem um ID de usuário do WhatsApp válido. %3</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="211"/>
        <source>Line %1: the recipient is missing.</source>
        <translation>Linha %1: falta o destinatário.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="213"/>
        <source>Line %1: the parameter &quot;%2&quot; is empty.</source>
        <translation>Linha %1: o parâmetro &quot;%2&quot; está vazio.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="215"/>
        <source>Line %1: %2 cells, but the header has %3.</source>
        <translation>Linha %1: %2 células, mas o cabeçalho tem %3.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="217"/>
        <source>Line %1: %2 cells, more than the %3 of the header.</source>
        <translation>Linha %1: %2 células, mais que as %3 do cabeçalho.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="219"/>
        <source>Line %1: a quote opens here and never closes; the rest of the file was read as this row and nothing of it is sent.</source>
        <translation>Linha %1: uma aspa abre aqui e nunca fecha; o resto do arquivo foi lido como esta linha e nada dele é enviado.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="223"/>
        <source>Line %1: %2 is already on line %3; it is sent once.</source>
        <translation>Linha %1: %2 já está na linha %3; recebe uma só mensagem.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="225"/>
        <source>Line %1: the value of &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Linha %1: o valor de &quot;%2&quot; tem mais de %3 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="229"/>
        <source>Line %1: empty row, ignored.</source>
        <translation>Linha %1: linha vazia, ignorada.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="245"/>
        <source>The file is %1 MB; a campaign file may have at most %2 MB. Split it into smaller files.</source>
        <translation>O arquivo tem %1 MB; um arquivo de campanha pode ter no máximo %2 MB. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="250"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="259"/>
        <source>The file is larger than %1 MB, the most a campaign file may have. Split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 MB, o máximo para um arquivo de campanha. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="269"/>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>O arquivo está em UTF-16. Salve-o como &quot;CSV UTF-8&quot; e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="272"/>
        <source>The file is not a text file in UTF-8 (it contains zero bytes). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>O arquivo não é um arquivo de texto em UTF-8 (contém bytes zero). Salve-o como &quot;CSV UTF-8&quot; e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="276"/>
        <source>The file is not in UTF-8 (line %1 has a character in another encoding, such as Windows Latin-1). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>O arquivo não está em UTF-8 (a linha %1 tem um caractere em outra codificação, como Windows Latin-1). Salve-o como &quot;CSV UTF-8&quot; e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="282"/>
        <location filename="../app/outbound/CampaignCsv.cpp" line="300"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="291"/>
        <source>The file has more than %1 rows; a campaign may have at most %1 recipients. Split it into smaller files.</source>
        <translation>O arquivo tem mais de %1 linhas; uma campanha pode ter no máximo %1 destinatários. Divida-o em arquivos menores.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="303"/>
        <source>Line %1: the header row has a quote that never closes.</source>
        <translation>Linha %1: o cabeçalho tem uma aspa que nunca fecha.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="313"/>
        <source>The header row names no recipient column. Name the column of phone numbers or WhatsApp user IDs one of: %1.</source>
        <translation>O cabeçalho não tem coluna de destinatário. Dê à coluna de números de telefone ou IDs de usuário do WhatsApp um destes nomes: %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="330"/>
        <source>The header row has no column for the template&apos;s parameter {{%1}}. Name a column &quot;%1&quot;.</source>
        <translation>O cabeçalho não tem coluna para o parâmetro {{%1}} do modelo. Dê a uma coluna o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="452"/>
        <source>The file has a header row but no recipients.</source>
        <translation>O arquivo tem cabeçalho, mas nenhum destinatário.</translation>
    </message>
</context>
<context>
    <name>duet::outbound::Campaigns</name>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="317"/>
        <source>The campaign has no recipient.</source>
        <translation>A campanha não tem destinatários.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="318"/>
        <source>The campaign has no recipient left: every one of them stopped marketing messages.</source>
        <translation>Não sobrou nenhum destinatário na campanha: todos pediram para não receber mensagens de marketing.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="329"/>
        <source>%1 has %2 parameters; the template has %3.</source>
        <translation>%1 tem %2 parâmetros; o modelo tem %3.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="346"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="371"/>
        <source>The campaign could not be saved: %1</source>
        <translation>Não foi possível salvar a campanha: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="495"/>
        <source>Re-engagement message: the service window is closed</source>
        <translation>Mensagem de reengajamento: a janela de atendimento está fechada</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="497"/>
        <source>Message undeliverable</source>
        <translation>Mensagem não entregue</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="499"/>
        <source>Spam rate limit hit</source>
        <translation>Limite por spam atingido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="501"/>
        <source>Not delivered to keep engagement healthy</source>
        <translation>Não entregue para manter o engajamento saudável</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="503"/>
        <source>The customer stopped marketing messages</source>
        <translation>O cliente pediu para não receber mensagens de marketing</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="505"/>
        <source>Too many messages to this customer</source>
        <translation>Mensagens demais para este cliente</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="507"/>
        <source>Messaging limit reached</source>
        <translation>Limite de mensagens atingido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="509"/>
        <source>Not available for WhatsApp user IDs</source>
        <translation>Indisponível para IDs de usuário do WhatsApp</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="511"/>
        <source>Customer in an experiment group</source>
        <translation>Cliente em um grupo de experimento</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="513"/>
        <source>Throughput limit reached</source>
        <translation>Limite de vazão atingido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="515"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="517"/>
        <source>Invalid parameter</source>
        <translation>Parâmetro inválido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="519"/>
        <source>Temporarily blocked for policy violations</source>
        <translation>Bloqueado temporariamente por violação de políticas</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="521"/>
        <source>Business account locked</source>
        <translation>Conta comercial bloqueada</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="523"/>
        <source>Access token expired</source>
        <translation>Token de acesso expirado</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="528"/>
        <source>Template error</source>
        <translation>Erro no modelo</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="530"/>
        <source>No error code</source>
        <translation>Sem código de erro</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="531"/>
        <source>Error %1</source>
        <translation>Erro %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="582"/>
        <source>There is no such campaign.</source>
        <translation>Essa campanha não existe.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="587"/>
        <location filename="../app/outbound/Campaigns.cpp" line="592"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="199"/>
        <source>The message could not be saved, so it was not scheduled: %1</source>
        <translation>Não foi possível salvar a mensagem, por isso ela não foi agendada: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="221"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation>Não foi possível salvar a mensagem, então ela não foi enviada: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="278"/>
        <source>The customer&apos;s window closes at %1, before %2: schedule a template instead.</source>
        <translation>A janela do cliente fecha às %1, antes de %2: agende um modelo em vez disso.</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="318"/>
        <source>This message is no longer waiting to be sent.</source>
        <translation>Esta mensagem não está mais aguardando para ser enviada.</translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="107"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation>Ainda não há nada salvo no chaveiro para isto.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="109"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>Nenhum chaveiro disponível. Inicie o chaveiro da sua área de trabalho (por exemplo, GNOME Keyring ou KWallet) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="112"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation>O chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (por exemplo, no GNOME Keyring ou no KWallet) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="115"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation>Não foi possível usar o chaveiro. Tente de novo; se continuar falhando, entre sem lembrar o token.</translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="145"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation>Não foi possível acessar o hub. O Duet continua tentando; confira o endereço e a sua rede.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="147"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation>O hub recusou este token de atendente. Peça um novo token ao administrador e entre de novo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="149"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation>O acesso deste atendente foi revogado. Peça um novo token ao administrador e entre de novo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="151"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation>Muitas tentativas de entrada falharam neste computador. O Duet tenta de novo em um minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="153"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation>O hub usa outra versão do protocolo. Atualize o Duet para se conectar a ele.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="155"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation>O hub enviou algo que o Duet não conseguiu usar. O Duet se reconecta e continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="157"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation>O Duet não conseguiu gravar no banco de dados local (o disco está cheio?). Ele tenta de novo em breve.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="159"/>
        <source>This agent is connected to the hub from too many places at once. Close Duet on another computer; Duet tries again in a minute.</source>
        <translation>Este agente está conectado ao hub em muitos lugares ao mesmo tempo. Feche o Duet em outro computador; o Duet tenta de novo em um minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="162"/>
        <source>The hub&apos;s certificate was refused, so Duet did not send your token. Ask your administrator.</source>
        <translation>O certificado do hub foi recusado, então o Duet não enviou seu token. Fale com o administrador.</translation>
    </message>
</context>
<context>
    <name>duet::ui::AccountBanner</name>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="41"/>
        <source>Number status</source>
        <translation>Situação do número</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="54"/>
        <location filename="../ui/AccountBanner.cpp" line="55"/>
        <source>Close this note</source>
        <translation>Fechar este aviso</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="144"/>
        <source>WhatsApp disconnected this number from Duet</source>
        <translation>O WhatsApp desconectou este número do Duet</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="146"/>
        <source>WhatsApp took this number off the Cloud API</source>
        <translation>O WhatsApp retirou este número da Cloud API</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="148"/>
        <source>The WhatsApp Business account was deleted</source>
        <translation>A conta do WhatsApp Business foi excluída</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="150"/>
        <source>Open WhatsApp Business on the phone</source>
        <translation>Abra o WhatsApp Business no celular</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="152"/>
        <source>The number is connected again</source>
        <translation>O número está conectado de novo</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="162"/>
        <source>Since %1 %2.</source>
        <translation>Desde %1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="166"/>
        <source>Messages sent meanwhile wait in the outbox and leave once it is reconnected.</source>
        <translation>As mensagens enviadas enquanto isso aguardam na caixa de saída e saem assim que ele for reconectado.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="181"/>
        <source>The number was registered again, or the phone it runs on changed. Reconnect the number from the WhatsApp Business app on the phone.</source>
        <translation>O número foi registrado de novo, ou o celular em que ele funciona mudou. Reconecte o número pelo app WhatsApp Business no celular.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="185"/>
        <source>Duet can no longer send or receive messages for this number. Check the account in Meta Business Suite.</source>
        <translation>O Duet não pode mais enviar nem receber mensagens deste número. Verifique a conta no Meta Business Suite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="191"/>
        <source>The WhatsApp Business app on the phone was last used %n day(s) ago.</source>
        <translation>
            <numerusform>O app WhatsApp Business no celular foi usado pela última vez há %n dia.</numerusform>
            <numerusform>O app WhatsApp Business no celular foi usado pela última vez há %n dias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="193"/>
        <source>WhatsApp disconnects the number after 14 days without it: open the app within %n day(s).</source>
        <translation>
            <numerusform>O WhatsApp desconecta o número após 14 dias sem ele: abra o app em até %n dia.</numerusform>
            <numerusform>O WhatsApp desconecta o número após 14 dias sem ele: abra o app em até %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="195"/>
        <source>WhatsApp may disconnect the number at any moment: open the app on the phone now.</source>
        <translation>O WhatsApp pode desconectar o número a qualquer momento: abra o app no celular agora.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="199"/>
        <source>Messages that waited in the outbox are on their way.</source>
        <translation>As mensagens que aguardavam na caixa de saída estão a caminho.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="207"/>
        <source>The phone app was not opened for 14 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation>O app do celular não foi aberto por 14 dias: abra o WhatsApp Business no celular e depois reconecte o número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="210"/>
        <source>A device linked to the number was not used for 30 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation>Um aparelho vinculado ao número não foi usado por 30 dias: abra o WhatsApp Business no celular e depois reconecte o número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="213"/>
        <source>The business changed its phone number in the WhatsApp Business app: connect the new number.</source>
        <translation>A empresa trocou o número de telefone no app WhatsApp Business: conecte o novo número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="215"/>
        <source>The number was registered on another phone: reconnect it from the phone it runs on now.</source>
        <translation>O número foi registrado em outro celular: reconecte-o pelo celular em que ele funciona agora.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="217"/>
        <source>The number was moved to the personal WhatsApp app: move it back to WhatsApp Business, then reconnect the number.</source>
        <translation>O número foi movido para o app WhatsApp pessoal: volte-o para o WhatsApp Business e depois reconecte o número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="220"/>
        <source>Meta disconnected the account (an enforcement, or the account was deleted): check it in Meta Business Suite.</source>
        <translation>A Meta desconectou a conta (uma sanção, ou a conta foi excluída): verifique-a no Meta Business Suite.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="223"/>
        <source>The business removed Duet&apos;s access to the number, or Meta gave no reason: reconnect the number to send again.</source>
        <translation>A empresa retirou o acesso do Duet ao número, ou a Meta não deu motivo: reconecte o número para voltar a enviar.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="225"/>
        <source>Meta&apos;s reason: %1. Reconnect the number to send again.</source>
        <translation>Motivo da Meta: %1. Reconecte o número para voltar a enviar.</translation>
    </message>
</context>
<context>
    <name>duet::ui::AgentLoadModel</name>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="21"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="23"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>%1 — %2 — %n open</source>
        <translation>
            <numerusform>%1 — %2 — %n aberta</numerusform>
            <numerusform>%1 — %2 — %n abertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>online</source>
        <translation>on-line</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>offline</source>
        <translation>off-line</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="118"/>
        <source>, %n snoozed</source>
        <translation>
            <numerusform>, %n adiada</numerusform>
            <numerusform>, %n adiadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="120"/>
        <source> — first reply %1 (median)</source>
        <translation> — primeira resposta %1 (mediana)</translation>
    </message>
</context>
<context>
    <name>duet::ui::AttachmentChip</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="80"/>
        <source>Remove the attachment</source>
        <translation>Remover o anexo</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="82"/>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="110"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="121"/>
        <location filename="../ui/ComposerBars.cpp" line="131"/>
        <source>Uploading…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="131"/>
        <source>Uploading… %1 of %2</source>
        <translation>Enviando… %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="139"/>
        <source>Upload failed: %1. Send again to retry.</source>
        <translation>O envio falhou: %1. Envie de novo para tentar outra vez.</translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="160"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="419"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::CampaignListModel</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="139"/>
        <source>Scheduled for %1</source>
        <translation>Agendada para %1</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running (started late)</source>
        <translation>Em andamento (começou atrasada)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="143"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="145"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="147"/>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregue</numerusform>
            <numerusform>%n entregues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n lida</numerusform>
            <numerusform>%n lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="161"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n precisa de atenção</numerusform>
            <numerusform>%n precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="179"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="183"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="187"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="201"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="203"/>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="205"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="207"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="209"/>
        <source>Sent, delivered, read, failed</source>
        <translation>Enviadas, entregues, lidas, com falha</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="211"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
</context>
<context>
    <name>duet::ui::CampaignsView</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="230"/>
        <source>Failures by Meta error code</source>
        <translation>Falhas por código de erro da Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="232"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nova campanha…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="233"/>
        <source>New campaign…</source>
        <translation>Nova campanha…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="234"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="235"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="236"/>
        <source>&amp;Cancel campaign…</source>
        <translation>&amp;Cancelar campanha…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="237"/>
        <source>Resend &amp;uncertain…</source>
        <translation>Reenviar &amp;incertas…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="238"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="240"/>
        <location filename="../ui/CampaignsView.cpp" line="338"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="248"/>
        <source>Campaigns, newest first</source>
        <translation>Campanhas, as mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="258"/>
        <source>No campaigns yet — New campaign… sends an approved template to a list of customers from a CSV file, now or at a time you choose.</source>
        <translation>Nenhuma campanha ainda — Nova campanha… envia um modelo aprovado para uma lista de clientes de um arquivo CSV, agora ou no horário que você escolher.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="262"/>
        <source>No campaigns yet</source>
        <translation>Nenhuma campanha ainda</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Meta code</source>
        <translation>Código da Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>What happened and what to do</source>
        <translation>O que aconteceu e o que fazer</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="271"/>
        <source>Failures grouped by Meta error code</source>
        <translation>Falhas agrupadas por código de erro da Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="277"/>
        <source>Stops handing the campaign&apos;s messages to the sender; messages already on their way finish.</source>
        <translation>Para de entregar as mensagens da campanha ao envio; as que já estão a caminho terminam.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="278"/>
        <source>Sends the campaign&apos;s remaining messages again.</source>
        <translation>Volta a enviar as mensagens restantes da campanha.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="279"/>
        <source>Cancels the messages not sent yet; what was sent stays sent.</source>
        <translation>Cancela as mensagens ainda não enviadas; o que foi enviado continua enviado.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="281"/>
        <source>Sends again the messages whose outcome is unknown (Duet lost the connection while sending them).</source>
        <translation>Envia de novo as mensagens cujo resultado é desconhecido (o Duet perdeu a conexão enquanto as enviava).</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="282"/>
        <source>Saves every recipient with the outcome of their message as a CSV file.</source>
        <translation>Salva cada destinatário com o resultado da mensagem em um arquivo CSV.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="287"/>
        <source>The campaign is paused.</source>
        <translation>A campanha está pausada.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="292"/>
        <source>The campaign goes on.</source>
        <translation>A campanha continua.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="436"/>
        <source>Choose a campaign to see its details.</source>
        <translation>Escolha uma campanha para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="445"/>
        <source>%1 — template %2</source>
        <translation>%1 — modelo %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="448"/>
        <source>started %1</source>
        <translation>começou em %1</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="450"/>
        <source>its time passed while Duet was closed, so it started when Duet opened again</source>
        <translation>o horário passou enquanto o Duet estava fechado, então ela começou quando o Duet abriu de novo</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="452"/>
        <source>finished %1</source>
        <translation>terminou em %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="454"/>
        <source>%n recipient(s) left out: they stopped marketing messages</source>
        <translation>
            <numerusform>%n destinatário deixado de fora: parou de receber mensagens de marketing</numerusform>
            <numerusform>%n destinatários deixados de fora: pararam de receber mensagens de marketing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="458"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="459"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n sendo enviada</numerusform>
            <numerusform>%n sendo enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="460"/>
        <source>%n accepted by Meta</source>
        <translation>
            <numerusform>%n aceita pela Meta</numerusform>
            <numerusform>%n aceitas pela Meta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="461"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviada</numerusform>
            <numerusform>%n enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="462"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregue</numerusform>
            <numerusform>%n entregues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="463"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n lida</numerusform>
            <numerusform>%n lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="464"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="465"/>
        <source>%n uncertain (need attention)</source>
        <translation>
            <numerusform>%n incerta (precisa de atenção)</numerusform>
            <numerusform>%n incertas (precisam de atenção)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="466"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="467"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n descartada</numerusform>
            <numerusform>%n descartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="474"/>
        <source>%n recipient(s): </source>
        <translation>
            <numerusform>%n destinatário: </numerusform>
            <numerusform>%n destinatários: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="481"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="486"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="507"/>
        <source>Cancel campaign</source>
        <translation>Cancelar campanha</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="508"/>
        <source>Cancel “%1”? The %n message(s) not sent yet will not be sent. Messages already sent stay sent, and a cancelled campaign cannot be resumed.</source>
        <translation>
            <numerusform>Cancelar “%1”? A %n mensagem ainda não enviada não será enviada. As mensagens já enviadas continuam enviadas, e uma campanha cancelada não pode ser retomada.</numerusform>
            <numerusform>Cancelar “%1”? As %n mensagens ainda não enviadas não serão enviadas. As mensagens já enviadas continuam enviadas, e uma campanha cancelada não pode ser retomada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="516"/>
        <source>The campaign is cancelled.</source>
        <translation>A campanha foi cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="528"/>
        <source>Resend uncertain messages</source>
        <translation>Reenviar mensagens incertas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="529"/>
        <source>Duet lost the connection while sending %n message(s): Meta may have received them or not. Sending them again may deliver a message twice to those customers. If Meta reports them later, Duet updates them anyway. Send them again?</source>
        <translation>
            <numerusform>O Duet perdeu a conexão enquanto enviava %n mensagem: a Meta pode tê-la recebido ou não. Enviá-la de novo pode entregar a mensagem duas vezes a esse cliente. Se a Meta informar sobre ela depois, o Duet a atualiza de qualquer forma. Enviar de novo?</numerusform>
            <numerusform>O Duet perdeu a conexão enquanto enviava %n mensagens: a Meta pode tê-las recebido ou não. Enviá-las de novo pode entregar uma mensagem duas vezes a esses clientes. Se a Meta informar sobre elas depois, o Duet as atualiza de qualquer forma. Enviar de novo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="537"/>
        <source>%n message(s) are sent again.</source>
        <translation>
            <numerusform>%n mensagem é enviada de novo.</numerusform>
            <numerusform>%n mensagens são enviadas de novo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="545"/>
        <source>Choose a campaign first.</source>
        <translation>Escolha uma campanha primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="563"/>
        <location filename="../ui/CampaignsView.cpp" line="571"/>
        <source>Export campaign results</source>
        <translation>Exportar resultados da campanha</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="564"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="569"/>
        <source>The results were saved to %1.</source>
        <translation>Os resultados foram salvos em %1.</translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedReplies</name>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Hello {name}, this is {agent}. How can I help you today?</source>
        <translation>Olá, {name}! Aqui é {agent}. Como posso ajudar você hoje?</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>One moment</source>
        <translation>Um momento</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>Thank you, {name}. Let me check that for you, it will take a moment.</source>
        <translation>Obrigado, {name}. Vou verificar isso para você, é só um momento.</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Is there anything else I can help you with?</source>
        <translation>Posso ajudar em mais alguma coisa?</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Thank you for contacting us, {name}. Have a great day! {agent}</source>
        <translation>Obrigado pelo contato, {name}. Tenha um ótimo dia! {agent}</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="35"/>
        <source>there</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="47"/>
        <source>The canned replies could not be read from %1: %2</source>
        <translation>Não foi possível ler as respostas rápidas de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="53"/>
        <source>The canned replies file %1 is not valid (%2); the default replies are shown and the file is left as it is.</source>
        <translation>O arquivo de respostas rápidas %1 não é válido (%2); as respostas padrão são mostradas e o arquivo fica como está.</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="55"/>
        <source>expected a list</source>
        <translation>era esperada uma lista</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="81"/>
        <source>The canned replies could not be saved to %1: %2</source>
        <translation>Não foi possível salvar as respostas rápidas em %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedRepliesDialog</name>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="27"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="29"/>
        <source>Canned replies</source>
        <translation>Respostas rápidas</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="30"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="46"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="31"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="47"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="32"/>
        <source>Use {name} for the customer&apos;s name and {agent} for yours.</source>
        <translation>Use {name} para o nome do cliente e {agent} para o seu.</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="35"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="36"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="95"/>
        <source>New reply</source>
        <translation>Nova resposta</translation>
    </message>
</context>
<context>
    <name>duet::ui::ClosingSoonModel</name>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="219"/>
        <source>Window closed</source>
        <translation>Janela fechada</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="221"/>
        <source>Closes in under a minute</source>
        <translation>Fecha em menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="222"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Fecha em %n min</numerusform>
            <numerusform>Fecha em %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="239"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="241"/>
        <source>unassigned</source>
        <translation>sem atendente</translation>
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
        <location filename="../ui/CommandPalette.cpp" line="32"/>
        <source>Commands</source>
        <translation>Comandos</translation>
    </message>
</context>
<context>
    <name>duet::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <location filename="../ui/Composer.cpp" line="277"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Choose a conversation to start writing.</source>
        <translation>Escolha uma conversa para começar a escrever.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Write to the customer</source>
        <translation>Escrever para o cliente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Write a private note for the team (Ctrl+Shift+N)</source>
        <translation>Escrever uma nota privada para a equipe (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="94"/>
        <source>Schedule…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="96"/>
        <source>Schedule send</source>
        <translation>Agendar envio</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="97"/>
        <source>Schedule send… (Ctrl+Shift+Enter)</source>
        <translation>Agendar envio… (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="98"/>
        <source>Composer</source>
        <translation>Editor de mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="99"/>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="107"/>
        <source>Time left in the service window</source>
        <translation>Tempo restante na janela de atendimento</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>Message length</source>
        <translation>Tamanho da mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="109"/>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="110"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <location filename="../ui/Composer.cpp" line="617"/>
        <source>Attach a file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="115"/>
        <source>Attach a file (Ctrl+Shift+A)</source>
        <translation>Anexar arquivo (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Reply to the customer</source>
        <translation>Responder ao cliente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a private note… (@ to mention)</source>
        <translation>Escreva uma nota privada… (@ para mencionar)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="277"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Private note: only your team sees it</source>
        <translation>Nota privada: só a sua equipe vê</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="367"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="502"/>
        <source>A message with an attachment cannot be scheduled: send it now, or remove the file.</source>
        <translation>Uma mensagem com anexo não pode ser agendada: envie agora ou remova o arquivo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerAttachments</name>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="22"/>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="24"/>
        <source>videos</source>
        <translation>vídeos</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="26"/>
        <source>audio files</source>
        <translation>arquivos de áudio</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="28"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="30"/>
        <source>stickers</source>
        <translation>figurinhas</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="73"/>
        <source>Wait until the file being sent has been uploaded.</source>
        <translation>Espere o envio do arquivo terminar.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="75"/>
        <source>%1 cannot be read.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="90"/>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="93"/>
        <source>%1 cannot be sent: WhatsApp does not take this type of file (%2). %3</source>
        <translation>Não é possível enviar %1: o WhatsApp não aceita este tipo de arquivo (%2). %3</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="96"/>
        <source>%1 is too large to send (%2): WhatsApp takes %3 up to %4. %5</source>
        <translation>%1 é grande demais para enviar (%2): o WhatsApp aceita %3 de até %4. %5</translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerCompletion</name>
    <message>
        <location filename="../ui/ComposerCompletion.cpp" line="30"/>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectAccessPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="96"/>
        <source>Give Duet access</source>
        <translation>Dê acesso ao Duet</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="97"/>
        <source>Both are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Os dois ficam no chaveiro deste computador, nunca num arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="100"/>
        <location filename="../ui/ConnectWizard.cpp" line="107"/>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="101"/>
        <location filename="../ui/ConnectWizard.cpp" line="108"/>
        <source>App secret</source>
        <translation>Chave secreta do app</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="110"/>
        <source>The access token: in Meta Business Settings, under Users &gt; System users, generate a token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging (a system user&apos;s token does not expire).</source>
        <translation>O token de acesso: no Meta Business Settings, em Usuários &gt; Usuários do sistema, gere um token para o seu app com as permissões whatsapp_business_management e whatsapp_business_messaging (o token de um usuário do sistema não expira).</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="114"/>
        <source>The app secret: in the App Dashboard, App settings &gt; Basic &gt; App secret. Meta signs every webhook with it.</source>
        <translation>A chave secreta do app: no painel de apps, Configurações do app &gt; Básico &gt; Chave secreta do app. A Meta assina cada webhook com ela.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectCheckPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="56"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="58"/>
        <source>Checking with Meta</source>
        <translation>Verificando com a Meta</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="59"/>
        <source>Nothing is saved until every check has passed.</source>
        <translation>Nada é salvo até todas as verificações passarem.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="77"/>
        <source>: asking Meta</source>
        <translation>: perguntando à Meta</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="83"/>
        <source>Every check passed. Next connects the number: Duet keeps these settings in the keychain and starts its hub.</source>
        <translation>Todas as verificações passaram. Avançar conecta o número: o Duet guarda estas configurações no chaveiro e inicia o seu hub.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="85"/>
        <source>Fix what is shown above (Back), or check again.</source>
        <translation>Corrija o que aparece acima (Voltar) ou verifique de novo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="122"/>
        <source>What to do: %1</source>
        <translation>O que fazer: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="146"/>
        <source>The number could not be connected: %1</source>
        <translation>Não foi possível conectar o número: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectImportPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="210"/>
        <source>Request history and contacts now</source>
        <translation>Pedir histórico e contatos agora</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="215"/>
        <source>Import the phone app&apos;s chats and contacts</source>
        <translation>Importar as conversas e os contatos do app do celular</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="216"/>
        <source>Once, within 24 hours of connecting the number.</source>
        <translation>Uma vez, em até 24 horas depois de conectar o número.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="231"/>
        <source>Asking Meta…</source>
        <translation>Perguntando à Meta…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="247"/>
        <source>This number is not on the WhatsApp Business app, so there is no chat history or address book to import. Finish, and Duet shows new messages as they arrive.</source>
        <translation>Este número não está no app WhatsApp Business, então não há histórico nem agenda para importar. Conclua, e o Duet mostra as mensagens novas conforme chegam.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="258"/>
        <source>WhatsApp can send Duet the chats of the last 180 days (photos and documents of the last 14 days only) and the names in the phone app&apos;s address book. Meta sends them once, and only if Duet asks before %1; later the business has to disconnect the number and connect it again.

Ask once Meta shows the webhook as verified with the fields history and smb_app_state_sync subscribed, or the chats are lost. If you finish without asking, the team overview keeps the button and the deadline.</source>
        <translation>O WhatsApp pode enviar ao Duet as conversas dos últimos 180 dias (fotos e documentos só dos últimos 14 dias) e os nomes da agenda do app do celular. A Meta os envia uma vez, e só se o Duet pedir antes de %1; depois disso a empresa precisa desconectar o número e conectá-lo de novo.

Peça quando a Meta mostrar o webhook verificado com os campos history e smb_app_state_sync inscritos, senão as conversas se perdem. Se concluir sem pedir, a visão geral da equipe mantém o botão e o prazo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="267"/>
        <source>First tick, on the previous page, that Meta verified the webhook.</source>
        <translation>Primeiro marque, na página anterior, que a Meta verificou o webhook.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectNumberPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="31"/>
        <source>for example %1</source>
        <extracomment>A field&apos;s grey hint before anything is typed; %1 is an example of a Meta id</extracomment>
        <translation>por exemplo %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="41"/>
        <location filename="../ui/ConnectWizard.cpp" line="58"/>
        <source>Phone number ID</source>
        <translation>ID do número de telefone</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="42"/>
        <location filename="../ui/ConnectWizard.cpp" line="59"/>
        <source>WhatsApp Business Account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="46"/>
        <source>Connect your WhatsApp number</source>
        <translation>Conecte o seu número do WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="47"/>
        <source>Duet runs its own hub on this computer and talks to WhatsApp through Meta&apos;s Cloud API.</source>
        <translation>O Duet roda o próprio hub neste computador e fala com o WhatsApp pela Cloud API da Meta.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="62"/>
        <source>In Meta&apos;s App Dashboard, open your app&apos;s WhatsApp &gt; API Setup page: it shows the phone number ID and the WhatsApp Business Account ID of your number. They are long numbers of their own, not the phone number.</source>
        <translation>No painel de apps da Meta, abra a página WhatsApp &gt; Configuração da API do seu app: ela mostra o ID do número de telefone e o ID da conta do WhatsApp Business do seu número. São números longos próprios, não o número de telefone.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="82"/>
        <source>Both are digits only, up to 32 of them.</source>
        <translation>Os dois são só dígitos, até 32.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectWebhookPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="40"/>
        <location filename="../ui/ConnectPages.cpp" line="174"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="41"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="160"/>
        <source>Meta shows the webhook as verified and these fields as subscribed</source>
        <translation>A Meta mostra o webhook como verificado e estes campos como inscritos</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="164"/>
        <source>Send WhatsApp&apos;s webhooks to Duet</source>
        <translation>Envie os webhooks do WhatsApp ao Duet</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="165"/>
        <source>In the App Dashboard, open WhatsApp &gt; Configuration and edit the webhook.</source>
        <translation>No painel de apps, abra WhatsApp &gt; Configuração e edite o webhook.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="175"/>
        <source>Copy the webhook fields</source>
        <translation>Copiar os campos do webhook</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="180"/>
        <source>Callback URL</source>
        <translation>URL de retorno</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="181"/>
        <source>Verify token</source>
        <translation>Token de verificação</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="182"/>
        <source>Webhook fields</source>
        <translation>Campos do webhook</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="186"/>
        <source>Enter the callback URL and the verify token, press Verify and save (Meta asks Duet&apos;s hub at once, so keep Duet open), then subscribe each field listed.</source>
        <translation>Informe a URL de retorno e o token de verificação, clique em Verificar e salvar (a Meta consulta o hub do Duet na hora, então mantenha o Duet aberto) e inscreva cada campo listado.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="196"/>
        <source>Duet&apos;s hub receives webhooks at %1 on this computer. Meta reaches it only over https: run a tunnel or reverse proxy to port %2 (for example cloudflared or ngrok) and use its public address below, ending in /webhook.</source>
        <translation>O hub do Duet recebe webhooks em %1 neste computador. A Meta só o alcança por https: rode um túnel ou proxy reverso para a porta %2 (por exemplo cloudflared ou ngrok) e use o endereço público dele abaixo, terminando em /webhook.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="202"/>
        <source>https://your-tunnel-address/webhook</source>
        <translation>https://endereco-do-seu-tunel/webhook</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectWizard</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="130"/>
        <source>Connect your WhatsApp number</source>
        <translation>Conecte o seu número do WhatsApp</translation>
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
        <location filename="../ui/ConnectionIndicator.cpp" line="75"/>
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
        <source>Too many connections, retrying in a minute</source>
        <translation>Conexões demais, nova tentativa em um minuto</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Sign-in refused</source>
        <translation>Entrada recusada</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Access revoked</source>
        <translation>Acesso revogado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
        <source>Update Duet to connect</source>
        <translation>Atualize o Duet para conectar</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="73"/>
        <source>Hub certificate refused</source>
        <translation>Certificado do hub recusado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="119"/>
        <source>Connection to the hub: %1</source>
        <translation>Conexão com o hub: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="288"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="296"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="298"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="300"/>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="302"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="304"/>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="306"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="308"/>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="310"/>
        <source>Reaction</source>
        <translation>Reação</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="312"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="314"/>
        <source>Unsupported message</source>
        <translation>Mensagem não suportada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="316"/>
        <source>Conversations merged</source>
        <translation>Conversas unidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="345"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n não lida, %2</numerusform>
            <numerusform>%1, %n não lidas, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="374"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="376"/>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="380"/>
        <source>Snooze over</source>
        <translation>Adiamento encerrado</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="381"/>
        <source>Snoozed until %1</source>
        <translation>Adiada até %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="444"/>
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
        <source>Search  (Ctrl+K)</source>
        <translation>Buscar  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Messages by their words; customers by name, @username, any part of their number or their user ID.</source>
        <translation>Mensagens pelas palavras; clientes pelo nome, @usuário, qualquer parte do número ou o ID de usuário.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Unassigned</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <location filename="../ui/ConversationPane.cpp" line="176"/>
        <source>Closing</source>
        <translation>Fechando</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation>Conversas atribuídas a você (Alt+1)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation>Sem atendente atribuído (Alt+2)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>Every conversation (Alt+3)</source>
        <translation>Todas as conversas (Alt+3)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation>A janela de 24 horas fecha em menos de uma hora (Alt+4)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="53"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation>A janela de 24 horas está fechada: só modelos (Alt+5)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="61"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="74"/>
        <source>Sort order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="91"/>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="94"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="176"/>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="177"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation>Ordenadas pela última atividade. Clique para ordenar pelo fechamento da janela.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="178"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation>Ordenadas pelo fechamento da janela. Clique para ordenar pela última atividade.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="209"/>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="210"/>
        <source>No customer or message matches “%1”.</source>
        <translation>Nenhum cliente ou mensagem corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="212"/>
        <source>No conversations here.</source>
        <translation>Nenhuma conversa aqui.</translation>
    </message>
</context>
<context>
    <name>duet::ui::CostModel</name>
    <message>
        <location filename="../ui/CostModel.cpp" line="63"/>
        <location filename="../ui/CostModel.cpp" line="102"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="64"/>
        <source>Not stated</source>
        <translation>Não informada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CostModel.cpp" line="83"/>
        <source>%n message(s) whose billing Meta has not stated yet</source>
        <translation>
            <numerusform>%n mensagem cuja cobrança a Meta ainda não informou</numerusform>
            <numerusform>%n mensagens cuja cobrança a Meta ainda não informou</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="96"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="98"/>
        <source>Billable</source>
        <translation>Cobráveis</translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="100"/>
        <source>Free</source>
        <translation>Grátis</translation>
    </message>
</context>
<context>
    <name>duet::ui::CustomerText</name>
    <message>
        <location filename="../ui/CustomerText.cpp" line="42"/>
        <source>phone number not shared</source>
        <translation>número de telefone não compartilhado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer without a shared number</source>
        <translation>Cliente sem número compartilhado</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer in %1</source>
        <translation>Cliente em %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="143"/>
        <source>Merged with the conversation of %1</source>
        <translation>Unida à conversa de %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="94"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>30 days</source>
        <translation>30 dias</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="106"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="115"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="116"/>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="117"/>
        <source>Export the dashboard&apos;s figures as CSV</source>
        <translation>Exportar os números do painel como CSV</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="118"/>
        <source>Export a picture of the dashboard as PNG</source>
        <translation>Exportar uma imagem do painel como PNG</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>Export figures</source>
        <translation>Exportar números</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="127"/>
        <source>The figures could not be exported: %1</source>
        <translation>Não foi possível exportar os números: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>Export picture</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="134"/>
        <source>The picture could not be exported: %1</source>
        <translation>Não foi possível exportar a imagem: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>Conversations opened</source>
        <translation>Conversas abertas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>First replies within 15 min</source>
        <translation>Primeiras respostas em até 15 min</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Waiting for a reply</source>
        <translation>Aguardando resposta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <location filename="../ui/DashboardView.cpp" line="343"/>
        <source>Resolved</source>
        <translation>Resolvidas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Windows closing within the hour, no reply</source>
        <translation>Janelas fechando na próxima hora, sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Billable messages</source>
        <translation>Mensagens cobradas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="149"/>
        <source>Show the conversations behind this figure</source>
        <translation>Mostrar as conversas por trás deste número</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="173"/>
        <source>Windows closing within the hour without a reply</source>
        <translation>Janelas fechando na próxima hora sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Campaign progress</source>
        <translation>Andamento das campanhas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>The conversations behind the figure</source>
        <translation>As conversas por trás do número</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="176"/>
        <source>Click a figure or a bar to list its conversations; double-click one to open it.</source>
        <translation>Clique em um número ou em uma barra para listar suas conversas; clique duas vezes em uma para abri-la.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="205"/>
        <source>Windows closing within the hour, no reply yet</source>
        <translation>Janelas fechando na próxima hora, ainda sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="207"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Conversations opened and messages</source>
        <translation>Conversas abertas e mensagens</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Time to first reply</source>
        <translation>Tempo até a primeira resposta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Time to resolution</source>
        <translation>Tempo até a resolução</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Agents&apos; open conversations</source>
        <translation>Conversas abertas por agente</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="232"/>
        <source>Business messages by category</source>
        <translation>Mensagens da empresa por categoria</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="269"/>
        <source>Waited up to</source>
        <translation>Esperou até</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="285"/>
        <source>Click a bar to list its conversations</source>
        <translation>Clique em uma barra para listar suas conversas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="321"/>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="323"/>
        <source>Conversations and messages</source>
        <translation>Conversas e mensagens</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="324"/>
        <location filename="../ui/DashboardView.cpp" line="342"/>
        <source>First replies</source>
        <translation>Primeiras respostas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="325"/>
        <source>Resolutions</source>
        <translation>Resoluções</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="326"/>
        <source>Agents&apos; load</source>
        <translation>Carga dos agentes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="327"/>
        <source>Closing windows</source>
        <translation>Janelas fechando</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="328"/>
        <source>Message costs</source>
        <translation>Custos das mensagens</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="337"/>
        <location filename="../ui/DashboardView.cpp" line="664"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="359"/>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="359"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="360"/>
        <source>%n first replies in the period</source>
        <translation>
            <numerusform>%n primeira resposta no período</numerusform>
            <numerusform>%n primeiras respostas no período</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>From customers</source>
        <translation>Dos clientes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From agents</source>
        <translation>Dos agentes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From the phone app</source>
        <translation>Do app no celular</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="390"/>
        <source>1m</source>
        <translation>1m</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="390"/>
        <source>5m</source>
        <translation>5m</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="391"/>
        <source>15m</source>
        <translation>15m</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="391"/>
        <source>1h</source>
        <translation>1h</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="392"/>
        <source>4h</source>
        <translation>4h</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="392"/>
        <source>24h</source>
        <translation>24h</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <source>&gt;24h</source>
        <translation>&gt;24h</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="446"/>
        <source>Conversations opened and messages by hour</source>
        <translation>Conversas abertas e mensagens por hora</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="447"/>
        <source>Conversations opened and messages by day</source>
        <translation>Conversas abertas e mensagens por dia</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>%1 (online)</source>
        <translation>%1 (online)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="491"/>
        <source>Open (online)</source>
        <translation>Abertas (online)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="492"/>
        <source>Open (not online)</source>
        <translation>Abertas (offline)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="493"/>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="505"/>
        <location filename="../ui/DashboardView.cpp" line="696"/>
        <source>No category</source>
        <translation>Sem categoria</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="511"/>
        <source>Billable</source>
        <translation>Cobradas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="512"/>
        <source>Free</source>
        <translation>Gratuitas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="513"/>
        <source>Not stated</source>
        <translation>Não informado</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="522"/>
        <source>%1 — closes in %n min</source>
        <translation>
            <numerusform>%1 — fecha em %n min</numerusform>
            <numerusform>%1 — fecha em %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="529"/>
        <source>None: every customer whose window closes soon has a reply.</source>
        <translation>Nenhuma: todo cliente cuja janela fecha em breve já tem resposta.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="532"/>
        <source>Campaigns run in this desktop&apos;s outbox, which is not open.</source>
        <translation>As campanhas rodam na caixa de saída deste computador, que não está aberta.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="534"/>
        <source>No campaigns yet.</source>
        <translation>Nenhuma campanha ainda.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="540"/>
        <source>%1: %2 of %3 sent (%4%), %5 failed</source>
        <translation>%1: %2 de %3 enviadas (%4%), %5 com falha</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="570"/>
        <location filename="../ui/DashboardView.cpp" line="577"/>
        <source>The conversations could not be read: %1</source>
        <translation>Não foi possível ler as conversas: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="580"/>
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n conversa)</numerusform>
            <numerusform>%1 (%n conversas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="668"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="676"/>
        <source>First reply in %1</source>
        <translation>Primeira resposta em %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="682"/>
        <source>Resolved in %1</source>
        <translation>Resolvidas em %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="688"/>
        <source>Open conversations of %1</source>
        <translation>Conversas abertas de %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="694"/>
        <source>Business messages: %1</source>
        <translation>Mensagens da empresa: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="761"/>
        <source>the picture could not be written to %1</source>
        <translation>não foi possível gravar a imagem em %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::DateTimeField</name>
    <message>
        <location filename="../ui/DateTimeField.cpp" line="22"/>
        <source>Alt+Down opens the calendar</source>
        <translation>Alt+Seta para baixo abre o calendário</translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="70"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation>Não foi possível salvar os rascunhos em %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::ImportPanel</name>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="34"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="35"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="52"/>
        <source>History and contacts from the phone app</source>
        <translation>Histórico e contatos do app do celular</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="58"/>
        <source>Request the phone app&apos;s history and contacts from Meta</source>
        <translation>Pedir à Meta o histórico e os contatos do app do celular</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="68"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="69"/>
        <source>Open the team overview with the import&apos;s details</source>
        <translation>Abrir a visão geral da equipe com os detalhes da importação</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="102"/>
        <source>The import&apos;s state could not be read: %1</source>
        <translation>Não foi possível ler o estado da importação: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>Request &amp;again…</source>
        <translation>Pedir &amp;de novo…</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>&amp;Request history and contacts</source>
        <translation>&amp;Pedir histórico e contatos</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="117"/>
        <source>Connect to the hub first.</source>
        <translation>Conecte-se ao hub primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="129"/>
        <source>Chat history and contacts from the phone app</source>
        <translation>Histórico de conversas e contatos do app do celular</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="135"/>
        <source>Duet has no record of when the number was connected: if it was within the last 24 hours, request them now.</source>
        <translation>O Duet não tem registro de quando o número foi conectado: se foi nas últimas 24 horas, peça-os agora.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="139"/>
        <source>Not requested yet. Meta takes the request once, until %1 (%2 left); after that the business has to disconnect the number and connect it again.</source>
        <translation>Ainda não pedido. A Meta aceita o pedido uma vez, até %1 (faltam %2); depois disso a empresa precisa desconectar o número e conectá-lo de novo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="142"/>
        <source>Meta&apos;s 24 hours ended %1: it will most likely refuse. To import anyway, disconnect the number, connect it again and request at once.</source>
        <translation>As 24 horas da Meta terminaram em %1: ela provavelmente recusará. Para importar mesmo assim, desconecte o número, conecte-o de novo e peça logo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="150"/>
        <source>%1: not requested yet.</source>
        <translation>%1: ainda não pedido.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="151"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="154"/>
        <source>%1: requested %2%3; Meta&apos;s answer never arrived (the hub stopped?). If nothing is imported within an hour, request again.</source>
        <translation>%1: pedido em %2%3; a resposta da Meta nunca chegou (o hub parou?). Se nada for importado em uma hora, peça de novo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="158"/>
        <source>%1: requested %2%3; Meta accepted.</source>
        <translation>%1: pedido em %2%3; a Meta aceitou.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="161"/>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="164"/>
        <source>%1: requested %2 and accepted; the repeat of %3 was refused by Meta: %4.</source>
        <translation>%1: pedido em %2 e aceito; a repetição de %3 foi recusada pela Meta: %4.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="166"/>
        <source>%1: Meta refused the request of %2: %3.</source>
        <translation>%1: a Meta recusou o pedido de %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="168"/>
        <source>Meta takes it once per onboarding; to import again, disconnect the number, connect it again and request within 24 hours.</source>
        <translation>A Meta aceita uma vez por integração; para importar de novo, desconecte o número, conecte-o de novo e peça em até 24 horas.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="170"/>
        <source>Check the number&apos;s connection (duet-hub setup) and request again.</source>
        <translation>Verifique a conexão do número (duet-hub setup) e peça de novo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="178"/>
        <source>The business turned chat history sharing off in the WhatsApp Business app (%1): past chats are not imported; new messages and contacts still arrive. To import the history, disconnect the number and connect it again, choosing to share the chat history in the app, then request within 24 hours.</source>
        <translation>A empresa desativou o compartilhamento do histórico no app WhatsApp Business (%1): as conversas antigas não são importadas; as mensagens novas e os contatos continuam chegando. Para importar o histórico, desconecte o número e conecte-o de novo, escolhendo compartilhar o histórico no app, e peça em até 24 horas.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="184"/>
        <source>No chat history has arrived yet: Meta sends it over minutes to hours.</source>
        <translation>Nenhum histórico chegou ainda: a Meta o envia em minutos ou horas.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="188"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="189"/>
        <source>the last 90 days</source>
        <translation>os últimos 90 dias</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="190"/>
        <source>90 to 180 days ago</source>
        <translation>de 90 a 180 dias atrás</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="191"/>
        <source>phase %1 (%2): %n chunk(s)</source>
        <translation>
            <numerusform>fase %1 (%2): %n parte</numerusform>
            <numerusform>fase %1 (%2): %n partes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="193"/>
        <source>Chat history imported (100 %).</source>
        <translation>Histórico importado (100 %).</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="194"/>
        <source>Chat history arriving: %1 %.</source>
        <translation>Histórico chegando: %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="201"/>
        <source>This number is not on the WhatsApp Business app: there is no chat history or address book to import.</source>
        <translation>Este número não está no app WhatsApp Business: não há histórico nem agenda para importar.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="209"/>
        <source>Before requesting, check that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed: Meta sends everything once.</source>
        <translation>Antes de pedir, verifique se o painel da Meta mostra o webhook verificado com os campos history e smb_app_state_sync inscritos: a Meta envia tudo uma vez só.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="213"/>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="215"/>
        <source>%n address-book name(s) imported.</source>
        <translation>
            <numerusform>%n nome da agenda importado.</numerusform>
            <numerusform>%n nomes da agenda importados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="216"/>
        <source>Chat history</source>
        <translation>Histórico de conversas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="221"/>
        <source>%n conversation(s) hold only imported history: they stay out of Unassigned until someone writes.</source>
        <translation>
            <numerusform>%n conversa tem só histórico importado: fica fora de Na fila até alguém escrever.</numerusform>
            <numerusform>%n conversas têm só histórico importado: ficam fora de Na fila até alguém escrever.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="224"/>
        <source>WhatsApp transfers the photos, videos and documents of the last 14 days only: older media shows as a placeholder.</source>
        <translation>O WhatsApp só transfere as fotos, vídeos e documentos dos últimos 14 dias: a mídia mais antiga aparece como marcador.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="235"/>
        <source>Meta takes this request once per onboarding: asking again is useful only if nothing ever arrived, and Meta will most likely refuse. Request again?</source>
        <translation>A Meta aceita este pedido uma vez por integração: pedir de novo só é útil se nada chegou, e a Meta provavelmente recusará. Pedir de novo?</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="237"/>
        <source>Meta sends the chat history and contacts to the hub&apos;s webhook once. Check first that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed. Request them now?</source>
        <translation>A Meta envia o histórico e os contatos ao webhook do hub uma vez só. Verifique antes se o painel da Meta mostra o webhook verificado com os campos history e smb_app_state_sync inscritos. Pedir agora?</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="245"/>
        <source>Asking Meta…</source>
        <translation>Perguntando à Meta…</translation>
    </message>
</context>
<context>
    <name>duet::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Duet</source>
        <translation>Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Duet inbox</source>
        <translation>Caixa de entrada do Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Next conversation</source>
        <translation>Próxima conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Previous conversation</source>
        <translation>Conversa anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Write a message</source>
        <translation>Escrever uma mensagem</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show my conversations</source>
        <translation>Mostrar minhas conversas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show unassigned conversations</source>
        <translation>Mostrar conversas sem atendente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show all conversations</source>
        <translation>Mostrar todas as conversas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show conversations closing soon</source>
        <translation>Mostrar conversas perto de fechar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Show closed conversations</source>
        <translation>Mostrar conversas fechadas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Toggle sort: recent or closing first</source>
        <translation>Alternar ordem: recentes ou perto de fechar primeiro</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Load older messages</source>
        <translation>Carregar mensagens anteriores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="53"/>
        <source>Claim conversation</source>
        <translation>Assumir conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="55"/>
        <source>Release conversation</source>
        <translation>Liberar conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="57"/>
        <source>Assign conversation to…</source>
        <translation>Atribuir conversa a…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="59"/>
        <source>Set status or snooze…</source>
        <translation>Definir status ou adiar…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="61"/>
        <source>Resolve conversation</source>
        <translation>Resolver conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="63"/>
        <source>Reopen conversation</source>
        <translation>Reabrir conversa</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="64"/>
        <source>Mark conversation pending</source>
        <translation>Marcar conversa como pendente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="66"/>
        <source>Snooze conversation for 1 hour</source>
        <translation>Adiar conversa por 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="70"/>
        <source>Add a label</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="72"/>
        <source>Team overview</source>
        <translation>Visão geral da equipe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="120"/>
        <source>The team overview is for supervisors. Ask your administrator if you need it.</source>
        <translation>A visão geral da equipe é para supervisores. Peça ao administrador se precisar dela.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <location filename="../ui/MainWindowTeam.cpp" line="146"/>
        <source>Review mode: replies are off. Choose the conversation in the list to reply.</source>
        <translation>Modo de revisão: respostas desativadas. Escolha a conversa na lista para responder.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="31"/>
        <source>Attach a file…</source>
        <translation>Anexar arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="33"/>
        <source>Write a private note</source>
        <translation>Escrever uma nota privada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="38"/>
        <source>Insert canned reply</source>
        <translation>Inserir resposta rápida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="39"/>
        <source>Manage canned replies…</source>
        <translation>Gerenciar respostas rápidas…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="43"/>
        <source>Reply to the previous message</source>
        <translation>Responder à mensagem anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="46"/>
        <source>Ask for the phone number</source>
        <translation>Pedir o número de telefone</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="47"/>
        <source>Ask for number</source>
        <translation>Pedir número</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="48"/>
        <source>Ask the customer to share their phone number with WhatsApp&apos;s Share Contact Info button</source>
        <translation>Pedir ao cliente que compartilhe o número de telefone com o botão Compartilhar informações de contato do WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="73"/>
        <source>No conversation with %1 yet: start it with a template.</source>
        <translation>Ainda não há conversa com %1: inicie-a com um modelo.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="16"/>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="21"/>
        <source>New campaign…</source>
        <translation>Nova campanha…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="44"/>
        <source>Campaigns are for supervisors. Ask your administrator if you need them.</source>
        <translation>As campanhas são para supervisores. Peça ao seu administrador se precisar delas.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="48"/>
        <source>Campaigns need this desktop&apos;s outbox, which is not open.</source>
        <translation>As campanhas precisam da caixa de saída deste computador, que não está aberta.</translation>
    </message>
</context>
<context>
    <name>duet::ui::MediaViewer</name>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="62"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="69"/>
        <source>This image cannot be shown: %1</source>
        <translation>Não é possível mostrar esta imagem: %1</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="82"/>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="83"/>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit to the window (F)</source>
        <translation>Ajustar à janela (F)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>Actual size (1)</source>
        <translation>Tamanho real (1)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="88"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="89"/>
        <source>Save a copy of the file (Ctrl+S)</source>
        <translation>Salvar uma cópia do arquivo (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="95"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="96"/>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="149"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="211"/>
        <location filename="../ui/MediaViewer.cpp" line="216"/>
        <location filename="../ui/MediaViewer.cpp" line="226"/>
        <location filename="../ui/MediaViewer.cpp" line="230"/>
        <source>Cannot save %1: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="242"/>
        <location filename="../ui/MediaViewer.cpp" line="247"/>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
</context>
<context>
    <name>duet::ui::NewCampaignDialog</name>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="66"/>
        <source>less than a minute</source>
        <translation>menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="68"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="70"/>
        <source>about %1 h %2 min</source>
        <translation>cerca de %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="98"/>
        <source>Choose &amp;recipients file…</source>
        <translation>Escolher arquivo de &amp;destinatários…</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="101"/>
        <source>Cop&amp;y the list</source>
        <translation>Cop&amp;iar a lista</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="107"/>
        <source>&amp;Start now</source>
        <translation>&amp;Começar agora</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="108"/>
        <source>Sc&amp;hedule…</source>
        <translation>A&amp;gendar…</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="110"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="111"/>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="112"/>
        <source>e.g. Spring sale</source>
        <translation>ex.: Promoção de primavera</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="113"/>
        <source>Campaign name</source>
        <translation>Nome da campanha</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="115"/>
        <source>Campaign of %1</source>
        <translation>Campanha de %1</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="118"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="119"/>
        <source>Search approved templates</source>
        <translation>Buscar modelos aprovados</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="125"/>
        <source>Approved templates</source>
        <translation>Modelos aprovados</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="131"/>
        <source>A CSV file with a column named phone (or wa_id, number, bsuid) and one column per template parameter.</source>
        <translation>Um arquivo CSV com uma coluna chamada phone (ou wa_id, number, bsuid) e uma coluna por parâmetro do modelo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="134"/>
        <source>Rows that will not be sent</source>
        <translation>Linhas que não serão enviadas</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="142"/>
        <source>Preview of the first messages</source>
        <translation>Prévia das primeiras mensagens</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="143"/>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="149"/>
        <source>Creates the campaign and starts sending at the team&apos;s pace.</source>
        <translation>Cria a campanha e começa a enviar no ritmo da equipe.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="150"/>
        <source>Creates the campaign to start at a date and time you choose.</source>
        <translation>Cria a campanha para começar na data e hora que você escolher.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="159"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="161"/>
        <source>1. Template</source>
        <translation>1. Modelo</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="165"/>
        <source>2. Recipients</source>
        <translation>2. Destinatários</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="174"/>
        <source>3. Preview</source>
        <translation>3. Prévia</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="176"/>
        <source>4. Estimate</source>
        <translation>4. Estimativa</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="213"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="224"/>
        <source>No approved template yet: templates are created and approved in Meta&apos;s WhatsApp Manager.</source>
        <translation>Nenhum modelo aprovado ainda: os modelos são criados e aprovados no Gerenciador do WhatsApp da Meta.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="232"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="633"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="267"/>
        <source>Category unknown.</source>
        <translation>Categoria desconhecida.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="270"/>
        <source>This template needs header or button values, which a campaign cannot fill in per recipient: choose another one.</source>
        <translation>Este modelo precisa de valores no cabeçalho ou nos botões, que uma campanha não preenche por destinatário: escolha outro.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="284"/>
        <source>Choose the recipients file</source>
        <translation>Escolha o arquivo de destinatários</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="285"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="300"/>
        <source>%1 could not be read: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="304"/>
        <source>%1 is larger than %n MB: split it into smaller files.</source>
        <translation>
            <numerusform>%1 tem mais de %n MB: divida-o em arquivos menores.</numerusform>
            <numerusform>%1 tem mais de %n MB: divida-o em arquivos menores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="355"/>
        <source>Which column fills each parameter of the template:</source>
        <translation>Qual coluna preenche cada parâmetro do modelo:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="360"/>
        <source>Column for {{%1}}</source>
        <translation>Coluna para {{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="367"/>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="461"/>
        <source>No file chosen yet.</source>
        <translation>Nenhum arquivo escolhido ainda.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="463"/>
        <source>Reading %1 and checking every number…</source>
        <translation>Lendo %1 e verificando cada número…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="468"/>
        <source>%n recipient(s) from %1</source>
        <translation>
            <numerusform>%n destinatário de %1</numerusform>
            <numerusform>%n destinatários de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="469"/>
        <source>(numbers from the column “%1”).</source>
        <translation>(números da coluna “%1”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="482"/>
        <source>%n row(s) will not be sent (or only once).</source>
        <translation>
            <numerusform>%n linha não será enviada (ou só uma vez).</numerusform>
            <numerusform>%n linhas não serão enviadas (ou só uma vez).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="489"/>
        <source>To %1:</source>
        <translation>Para %1:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="492"/>
        <source>Choose a template and a recipients file to see the first messages.</source>
        <translation>Escolha um modelo e um arquivo de destinatários para ver as primeiras mensagens.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="498"/>
        <source>The estimate shows once a template and a recipients file are chosen.</source>
        <translation>A estimativa aparece quando um modelo e um arquivo de destinatários forem escolhidos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="502"/>
        <source>%n customer(s) will get the message.</source>
        <translation>
            <numerusform>%n cliente receberá a mensagem.</numerusform>
            <numerusform>%n clientes receberão a mensagem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="504"/>
        <source>%1 and %2 are not sent.</source>
        <translation>%1 e %2 não são enviadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="505"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n linha duplicada</numerusform>
            <numerusform>%n linhas duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="506"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n linha inválida</numerusform>
            <numerusform>%n linhas inválidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="509"/>
        <source>%n customer(s) stopped marketing messages: they are left out.</source>
        <translation>
            <numerusform>%n cliente parou de receber mensagens de marketing: fica de fora.</numerusform>
            <numerusform>%n clientes pararam de receber mensagens de marketing: ficam de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="511"/>
        <source>%n customer(s) stopped marketing messages: Meta will refuse to send to them.</source>
        <translation>
            <numerusform>%n cliente parou de receber mensagens de marketing: a Meta vai recusar o envio para ele.</numerusform>
            <numerusform>%n clientes pararam de receber mensagens de marketing: a Meta vai recusar o envio para eles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="516"/>
        <source>Time: %1 at the number&apos;s cap of %2 messages a second; the team&apos;s budget is shared between its desktops once sending starts, so it may take longer.</source>
        <translation>Tempo: %1 no limite do número de %2 mensagens por segundo; a cota da equipe é dividida entre os computadores dela quando o envio começa, então pode levar mais tempo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="520"/>
        <source>Time: unknown until Duet is connected (the team&apos;s sending budget is not known yet).</source>
        <translation>Tempo: desconhecido até o Duet se conectar (a cota de envio da equipe ainda não é conhecida).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="522"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second, after %n message(s) of other campaigns already waiting.</source>
        <translation>
            <numerusform>Tempo: %1 na cota da equipe de %2 mensagens por segundo, depois de %n mensagem de outras campanhas que já está aguardando.</numerusform>
            <numerusform>Tempo: %1 na cota da equipe de %2 mensagens por segundo, depois de %n mensagens de outras campanhas que já estão aguardando.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="527"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second.</source>
        <translation>Tempo: %1 na cota da equipe de %2 mensagens por segundo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="530"/>
        <source>(The number itself could send it in %1 at its cap of %2 messages a second; other desktops of the team share that.)</source>
        <translation>(O próprio número poderia enviar em %1 no limite de %2 mensagens por segundo; os outros computadores da equipe dividem esse limite.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="534"/>
        <source>%n recipient(s) are outside a service window; the number has no daily limit for them.</source>
        <translation>
            <numerusform>%n destinatário está fora de uma janela de atendimento; o número não tem limite diário para isso.</numerusform>
            <numerusform>%n destinatários estão fora de uma janela de atendimento; o número não tem limite diário para eles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="540"/>
        <source>the number&apos;s limit as Meta reports it</source>
        <translation>o limite do número informado pela Meta</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="543"/>
        <source>as set for this team</source>
        <translation>definido para esta equipe</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="546"/>
        <source>Meta&apos;s starting limit; Duet assumes it until told otherwise</source>
        <translation>o limite inicial da Meta; o Duet o assume até ser informado de outro</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="549"/>
        <source>%n recipient(s) are outside a service window: %1% of the tier of %2 customers a day (%3).</source>
        <translation>
            <numerusform>%n destinatário está fora de uma janela de atendimento: %1% do nível de %2 clientes por dia (%3).</numerusform>
            <numerusform>%n destinatários estão fora de uma janela de atendimento: %1% do nível de %2 clientes por dia (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="556"/>
        <source>Warning: that is more than the tier. Meta refuses the messages past it until the 24 hours move on: split the list, or send over several days.</source>
        <translation>Atenção: isso é mais do que o nível. A Meta recusa as mensagens que passarem dele até as 24 horas avançarem: divida a lista ou envie ao longo de vários dias.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="562"/>
        <source>Marketing: billed per delivered message.</source>
        <translation>Marketing: cobrado por mensagem entregue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="565"/>
        <source>Utility: billed per delivered message to customers outside an open service window (%n expected).</source>
        <translation>
            <numerusform>Utilidade: cobrado por mensagem entregue a clientes fora de uma janela de atendimento aberta (%n prevista).</numerusform>
            <numerusform>Utilidade: cobrado por mensagem entregue a clientes fora de uma janela de atendimento aberta (%n previstas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="570"/>
        <source>Authentication: billed per delivered message.</source>
        <translation>Autenticação: cobrado por mensagem entregue.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="573"/>
        <source>Category unknown: count on every delivered message being billed.</source>
        <translation>Categoria desconhecida: conte com a cobrança de cada mensagem entregue.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="613"/>
        <source>Choose a template.</source>
        <translation>Escolha um modelo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="615"/>
        <source>This template needs header or button values: choose another one.</source>
        <translation>Este modelo precisa de valores no cabeçalho ou nos botões: escolha outro.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="617"/>
        <source>Choose a recipients file.</source>
        <translation>Escolha um arquivo de destinatários.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="619"/>
        <source>The recipients file is still being read.</source>
        <translation>O arquivo de destinatários ainda está sendo lido.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="623"/>
        <source>The file has no recipient that can be sent to.</source>
        <translation>O arquivo não tem nenhum destinatário para quem se possa enviar.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="625"/>
        <source>Give the campaign a name.</source>
        <translation>Dê um nome à campanha.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="648"/>
        <source>The campaign was not created: %1</source>
        <translation>A campanha não foi criada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="655"/>
        <source>%1: %n message(s) scheduled for %2.</source>
        <translation>
            <numerusform>%1: %n mensagem agendada para %2.</numerusform>
            <numerusform>%1: %n mensagens agendadas para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="657"/>
        <source>%1: %n message(s) are on their way.</source>
        <translation>
            <numerusform>%1: %n mensagem está a caminho.</numerusform>
            <numerusform>%1: %n mensagens estão a caminho.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="671"/>
        <source>That time has already passed: choose a later one, or Start now.</source>
        <translation>Esse horário já passou: escolha um mais tarde, ou Começar agora.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="680"/>
        <source>Schedule the campaign</source>
        <translation>Agendar a campanha</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="683"/>
        <source>Start date and time</source>
        <translation>Data e hora de início</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="689"/>
        <source>Local time: %1</source>
        <translation>Hora local: %1</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="694"/>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="697"/>
        <source>Start &amp;at:</source>
        <translation>Começar &amp;em:</translation>
    </message>
</context>
<context>
    <name>duet::ui::OutboxTail</name>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="91"/>
        <source>Template: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="138"/>
        <source>Not sent. %1</source>
        <translation>Não enviada. %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="139"/>
        <source>Not sent (error %1). %2</source>
        <translation>Não enviada (erro %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="142"/>
        <source>May not have been sent: the connection broke before WhatsApp answered. Resend it, or discard it if the customer already has it.</source>
        <translation>Talvez não tenha sido enviada: a conexão caiu antes de o WhatsApp responder. Reenvie ou descarte, se o cliente já a recebeu.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="154"/>
        <source>Scheduled for %1</source>
        <translation>Agendada para %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="157"/>
        <source>Waiting: %1</source>
        <translation>Aguardando: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::QuoteBar</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="40"/>
        <source>Reply to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="47"/>
        <source>Cancel the reply (Esc)</source>
        <translation>Cancelar a resposta (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="65"/>
        <source>Reply to %1</source>
        <translation>Respondendo a %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ScheduleSendDialog</name>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="20"/>
        <source>In 1 hour</source>
        <translation>Daqui a 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="22"/>
        <source>This evening 18:00</source>
        <translation>Hoje à noite, 18:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="23"/>
        <source>Tomorrow 09:00</source>
        <translation>Amanhã, 09:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="25"/>
        <source>Monday 09:00</source>
        <translation>Segunda-feira, 09:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="35"/>
        <source>Schedule send</source>
        <translation>Agendar envio</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="37"/>
        <source>When should the message go?</source>
        <translation>Quando a mensagem deve ser enviada?</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="51"/>
        <source>Date and time to send</source>
        <translation>Data e hora do envio</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="54"/>
        <source>Time zone: %1</source>
        <translation>Fuso horário: %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="61"/>
        <source>Schedule</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="75"/>
        <source>Choose a time in the future.</source>
        <translation>Escolha um horário no futuro.</translation>
    </message>
</context>
<context>
    <name>duet::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="44"/>
        <location filename="../ui/SearchResultsModel.cpp" line="74"/>
        <source>Search failed: %1</source>
        <translation>A pesquisa falhou: %1</translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="126"/>
        <source>Customer %1: %2</source>
        <translation>Cliente %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Lembrar neste computador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Allow an &amp;unencrypted connection to this hub</source>
        <translation>Permitir uma conexão &amp;não criptografada com este hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="35"/>
        <source>Trust this c&amp;ertificate…</source>
        <translation>Con&amp;fiar neste certificado…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign in to Duet</source>
        <translation>Entrar no Duet</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="42"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation>inbox.example.com ou 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="43"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="45"/>
        <source>dt_…, from your administrator</source>
        <translation>dt_…, fornecido pelo administrador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>Agent token</source>
        <translation>Token do atendente</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="48"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation>Guarda o token no chaveiro da sua área de trabalho, nunca em um arquivo comum.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="53"/>
        <source>Sign-in problem</source>
        <translation>Problema ao entrar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="57"/>
        <source>Without encryption, anyone on the network between this computer and the hub can read your token and the customers&apos; messages. Tick it only for a hub your administrator runs without TLS on a network you trust.</source>
        <translation>Sem criptografia, qualquer pessoa na rede entre este computador e o hub pode ler seu token e as mensagens dos clientes. Marque só para um hub que o administrador mantém sem TLS em uma rede de confiança.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="61"/>
        <source>Trust the hub&apos;s certificate from now on, after your administrator confirms its fingerprint.</source>
        <translation>Confiar no certificado do hub daqui em diante, depois que o administrador confirmar a impressão digital.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="69"/>
        <source>&amp;Hub address:</source>
        <translation>Endereço do &amp;hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="70"/>
        <source>Agent &amp;token:</source>
        <translation>&amp;Token do atendente:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="73"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="137"/>
        <source>Trust this certificate?</source>
        <translation>Confiar neste certificado?</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="138"/>
        <source>Trust the certificate of %1 only if your administrator confirms that its SHA-256 fingerprint is:

%2

Anyone who can put another computer in the hub&apos;s place could otherwise read your token and messages.</source>
        <translation>Confie no certificado de %1 só se o administrador confirmar que a impressão digital SHA-256 é:

%2

Caso contrário, quem conseguir colocar outro computador no lugar do hub poderá ler seu token e suas mensagens.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>&amp;Trust it</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="235"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>Digite o endereço do hub, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="236"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; não é o endereço de um hub. Use um nome de host ou endereço IP, com porta opcional, por exemplo inbox.example.com ou 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="244"/>
        <source>%1 is not encrypted (ws://): your token and messages would cross the network readable by anyone on the way. Use wss:// or https://, or tick &quot;Allow an unencrypted connection&quot; if your administrator runs this hub without TLS.</source>
        <translation>%1 não é criptografado (ws://): seu token e suas mensagens cruzariam a rede legíveis por qualquer um no caminho. Use wss:// ou https://, ou marque &quot;Permitir uma conexão não criptografada&quot; se o administrador mantém este hub sem TLS.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="253"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation>Cole o token de atendente que o administrador deu a você.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="254"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation>Um token de atendente não tem espaços. Cole-o de novo exatamente como o recebeu.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="261"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="285"/>
        <source>Saving the token in the keychain…</source>
        <translation>Salvando o token no chaveiro…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="294"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation>%1
Você entrou; o token não foi salvo. Clique em Entrar para continuar sem lembrá-lo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::SupervisorView</name>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="36"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="38"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="41"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="332"/>
        <source>Open in review mode</source>
        <translation>Abrir no modo de revisão</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="80"/>
        <location filename="../ui/SupervisorView.cpp" line="158"/>
        <source>Team overview</source>
        <translation>Visão geral da equipe</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="76"/>
        <source>A&amp;ssign to selected agent</source>
        <translation>Atribuir ao atendente &amp;selecionado</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="77"/>
        <source>Open in re&amp;view mode</source>
        <translation>Abrir no &amp;modo de revisão</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="83"/>
        <source>First-response times</source>
        <translation>Tempos de primeira resposta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="84"/>
        <source>Resolution times</source>
        <translation>Tempos de resolução</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="85"/>
        <source>When the phone app was last used</source>
        <translation>Quando o app do celular foi usado pela última vez</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="91"/>
        <source>Business messages of the last 7 days by pricing category</source>
        <translation>Mensagens da empresa dos últimos 7 dias por categoria de preço</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="103"/>
        <source>Agents and their open conversations</source>
        <translation>Atendentes e suas conversas abertas</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="109"/>
        <source>Windows closing within the hour without a reply</source>
        <translation>Janelas que fecham em menos de uma hora sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="112"/>
        <source>Unassigned conversations</source>
        <translation>Conversas na fila</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="128"/>
        <source>Assign the selected conversation to the selected agent</source>
        <translation>Atribuir a conversa selecionada ao atendente selecionado</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="129"/>
        <source>Open the selected conversation in review mode</source>
        <translation>Abrir a conversa selecionada no modo de revisão</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="149"/>
        <source>Team overview pages</source>
        <translation>Páginas da visão da equipe</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="151"/>
        <source>&amp;Dashboard</source>
        <translation>Pai&amp;nel</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="152"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="163"/>
        <source>Business messages, last 7 days</source>
        <translation>Mensagens da empresa, últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="169"/>
        <source>A&amp;gents (drop a conversation on an agent to assign it)</source>
        <translation>A&amp;tendentes (solte uma conversa em um atendente para atribuí-la)</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="171"/>
        <source>&amp;Windows closing within the hour, no reply yet</source>
        <translation>&amp;Janelas que fecham em menos de uma hora, ainda sem resposta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="173"/>
        <source>&amp;Unassigned</source>
        <translation>Na &amp;fila</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="233"/>
        <source>Replies and templates agents sent through Duet, by the category Meta&apos;s delivery reports gave them, counted once each on the day they were sent. Messages sent from the phone app are free and not counted.</source>
        <translation>Respostas e modelos que os agentes enviaram pelo Duet, pela categoria que os relatórios de entrega da Meta lhes deram, contados uma vez cada no dia em que foram enviados. Mensagens enviadas pelo aplicativo do celular são grátis e não entram na conta.</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="237"/>
        <source>The message costs could not be read: %1</source>
        <translation>Não foi possível ler os custos das mensagens: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="246"/>
        <source>The phone app&apos;s last use could not be read: %1</source>
        <translation>Não foi possível ler o último uso do app do celular: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="250"/>
        <source>WhatsApp disconnects the number after 14 days without the phone app.</source>
        <translation>O WhatsApp desconecta o número após 14 dias sem o app do celular.</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="252"/>
        <source>Phone app: not seen yet (its messages and address-book changes show it is in use).</source>
        <translation>App do celular: ainda não visto (suas mensagens e mudanças na agenda mostram que está em uso).</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="255"/>
        <source>Phone app: used today.</source>
        <translation>App do celular: usado hoje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="257"/>
        <source>Phone app: last used %n day(s) ago.</source>
        <translation>
            <numerusform>App do celular: usado pela última vez há %n dia.</numerusform>
            <numerusform>App do celular: usado pela última vez há %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="267"/>
        <source>First-response times could not be read: %1</source>
        <translation>Não foi possível ler os tempos de primeira resposta: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="270"/>
        <source>First reply, last 7 days: no replies yet. %n customer(s) waiting.</source>
        <translation>
            <numerusform>Primeira resposta, últimos 7 dias: nenhuma resposta ainda. %n cliente aguardando.</numerusform>
            <numerusform>Primeira resposta, últimos 7 dias: nenhuma resposta ainda. %n clientes aguardando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="272"/>
        <source>First reply, last 7 days: median %1, 90% within %2 (%n replies). %3 customer(s) waiting.</source>
        <translation>
            <numerusform>Primeira resposta, últimos 7 dias: mediana %1, 90% em até %2 (%n resposta). Clientes aguardando: %3.</numerusform>
            <numerusform>Primeira resposta, últimos 7 dias: mediana %1, 90% em até %2 (%n respostas). Clientes aguardando: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="279"/>
        <source>From the phone app: median %1 (%n replies).</source>
        <translation>
            <numerusform>Pelo app do celular: mediana %1 (%n resposta).</numerusform>
            <numerusform>Pelo app do celular: mediana %1 (%n respostas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="283"/>
        <source>Resolution times could not be read: %1</source>
        <translation>Não foi possível ler os tempos de resolução: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="285"/>
        <source>Resolution, last 7 days: nothing resolved yet.</source>
        <translation>Resolução, últimos 7 dias: nada resolvido ainda.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="288"/>
        <source>Resolution, last 7 days: median %1, 90% within %2 (%n resolved).</source>
        <translation>
            <numerusform>Resolução, últimos 7 dias: mediana %1, 90% em até %2 (%n resolvida).</numerusform>
            <numerusform>Resolução, últimos 7 dias: mediana %1, 90% em até %2 (%n resolvidas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="333"/>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="337"/>
        <source>%1 (online)</source>
        <translation>%1 (on-line)</translation>
    </message>
</context>
<context>
    <name>duet::ui::TeamActions</name>
    <message>
        <location filename="../ui/TeamActions.cpp" line="16"/>
        <source>Could not take this conversation</source>
        <translation>Não foi possível assumir esta conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="18"/>
        <source>Could not release this conversation</source>
        <translation>Não foi possível liberar esta conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="20"/>
        <source>Could not assign this conversation</source>
        <translation>Não foi possível atribuir esta conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="22"/>
        <source>Could not change the status</source>
        <translation>Não foi possível mudar o status</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="24"/>
        <source>Could not add the label</source>
        <translation>Não foi possível adicionar a etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="26"/>
        <source>Could not remove the label</source>
        <translation>Não foi possível remover a etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="28"/>
        <source>Could not save the note</source>
        <translation>Não foi possível salvar a nota</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="30"/>
        <source>Could not tell the team you are here</source>
        <translation>Não foi possível avisar a equipe de que você está aqui</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="32"/>
        <source>The history and contacts were not requested</source>
        <translation>O histórico e os contatos não foram pedidos</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="41"/>
        <source>You took this conversation.</source>
        <translation>Você assumiu esta conversa.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="43"/>
        <source>Released: the conversation is back in Unassigned.</source>
        <translation>Liberada: a conversa voltou para a fila.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="45"/>
        <source>Unassigned: the conversation is back in Unassigned.</source>
        <translation>Atribuição removida: a conversa voltou para a fila.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="46"/>
        <source>Assigned to %1.</source>
        <translation>Atribuída a %1.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="50"/>
        <source>Marked open.</source>
        <translation>Marcada como aberta.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="52"/>
        <source>Marked pending.</source>
        <translation>Marcada como pendente.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="54"/>
        <source>Snoozed until %1. It comes back by itself then.</source>
        <translation>Adiada até %1. Ela volta sozinha nessa hora.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="56"/>
        <source>Resolved.</source>
        <translation>Resolvida.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="60"/>
        <source>Label “%1” added.</source>
        <translation>Etiqueta “%1” adicionada.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="62"/>
        <source>Label “%1” removed.</source>
        <translation>Etiqueta “%1” removida.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="64"/>
        <source>Note saved. Only your team sees it.</source>
        <translation>Nota salva. Só a sua equipe vê.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="68"/>
        <source>Requested: Meta sends the phone app&apos;s contacts and chat history over the next minutes to hours.</source>
        <translation>Pedido: a Meta envia os contatos e o histórico do app do celular nos próximos minutos ou horas.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="76"/>
        <source>Duet is offline. Nothing was changed; try again when the status bar shows Connected.</source>
        <translation>O Duet está off-line. Nada foi alterado; tente de novo quando a barra de status mostrar Conectado.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="78"/>
        <source>the hub did not answer in time. Look at the conversation in a moment to see whether it changed, then try again if needed.</source>
        <translation>o hub não respondeu a tempo. Olhe a conversa daqui a pouco para ver se ela mudou e tente de novo se precisar.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="81"/>
        <source>the connection dropped before the hub answered. Once Duet reconnects, the conversation shows whether it happened.</source>
        <translation>a conexão caiu antes de o hub responder. Quando o Duet se reconectar, a conversa mostrará se a ação foi feita.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="85"/>
        <source>only a supervisor can assign a conversation to someone else. Ask a supervisor, or take it yourself.</source>
        <translation>só um supervisor pode atribuir uma conversa a outra pessoa. Peça a um supervisor ou assuma-a você mesmo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="88"/>
        <source>only the assigned agent or a supervisor can release it. Ask them or a supervisor.</source>
        <translation>só o atendente atribuído ou um supervisor pode liberá-la. Peça a ele ou a um supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="89"/>
        <source>your role does not allow this. Ask a supervisor.</source>
        <translation>a sua função não permite isso. Peça a um supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="93"/>
        <source>the hub has no agent named %1. Pick someone from the list.</source>
        <translation>o hub não tem um atendente chamado %1. Escolha alguém da lista.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="94"/>
        <source>the hub does not know this conversation yet. Wait until Duet has caught up and try again.</source>
        <translation>o hub ainda não conhece esta conversa. Espere o Duet se atualizar e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="97"/>
        <source>someone else has already taken it. Ask them or a supervisor to reassign it.</source>
        <translation>outra pessoa já a assumiu. Peça a ela ou a um supervisor para reatribuí-la.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="99"/>
        <source>too many actions at once. Wait a few seconds and try again.</source>
        <translation>ações demais ao mesmo tempo. Espere alguns segundos e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="101"/>
        <source>the hub cannot reach its database. Nothing was changed; try again shortly.</source>
        <translation>o hub não consegue acessar o banco de dados. Nada foi alterado; tente de novo em breve.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="103"/>
        <source>the hub&apos;s disk is full, so it cannot store anything new. Nothing was changed; tell the hub&apos;s administrator, and try again once they have freed space.</source>
        <translation>o disco do hub está cheio, então ele não consegue guardar nada novo. Nada foi alterado; avise o administrador do hub e tente de novo quando ele tiver liberado espaço.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="106"/>
        <source>they were requested before, and Meta takes each once. Use “Request again” only if nothing ever arrived.</source>
        <translation>eles já foram pedidos, e a Meta aceita cada um uma vez. Use “Pedir de novo” só se nada tiver chegado.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="109"/>
        <source>Meta refused it. The team overview shows Meta&apos;s answer and what to do.</source>
        <translation>a Meta recusou. A visão geral da equipe mostra a resposta da Meta e o que fazer.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="111"/>
        <source>the hub has no phone number id and access token. Connect the number first (duet-hub setup).</source>
        <translation>o hub não tem o ID do número de telefone e o token de acesso. Conecte o número primeiro (duet-hub setup).</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="114"/>
        <source>labels must be 1 to 64 characters. Shorten it and try again.</source>
        <translation>etiquetas devem ter de 1 a 64 caracteres. Encurte-a e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="116"/>
        <source>notes must be 1 to 4,096 characters. Shorten it and try again.</source>
        <translation>notas devem ter de 1 a 4.096 caracteres. Encurte-a e tente de novo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="117"/>
        <source>the hub refused the request as malformed. Update Duet if this keeps happening.</source>
        <translation>o hub recusou a solicitação por estar malformada. Atualize o Duet se isso continuar acontecendo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="119"/>
        <source>the hub refused it (%1). Try again, or tell your administrator if it keeps happening.</source>
        <translation>o hub recusou (%1). Tente de novo ou avise o administrador se continuar acontecendo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="159"/>
        <source>%1: %2</source>
        <extracomment>&quot;Could not take this conversation: someone else has already taken it. ...&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::TeamBar</name>
    <message>
        <location filename="../ui/TeamBar.cpp" line="32"/>
        <source>Review mode: read only</source>
        <translation>Modo de revisão: somente leitura</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="34"/>
        <source>Claim</source>
        <translation>Assumir</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="35"/>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="44"/>
        <source>Team bar</source>
        <translation>Barra da equipe</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="49"/>
        <source>Review mode: read only. Replies are off in this view.</source>
        <translation>Modo de revisão: somente leitura. As respostas ficam desativadas nesta visualização.</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="52"/>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="53"/>
        <source>Claim this conversation</source>
        <translation>Assumir esta conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="54"/>
        <source>Take this conversation (Ctrl+Shift+C)</source>
        <translation>Assumir esta conversa (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="55"/>
        <source>Release this conversation</source>
        <translation>Liberar esta conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="56"/>
        <source>Put it back in Unassigned (Ctrl+Shift+U)</source>
        <translation>Devolver para a fila (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="57"/>
        <source>Assign to…</source>
        <translation>Atribuir a…</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="58"/>
        <source>Assign to another agent</source>
        <translation>Atribuir a outro atendente</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="59"/>
        <source>Assign to… (Ctrl+Shift+G)</source>
        <translation>Atribuir a… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="62"/>
        <source>Agents</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="65"/>
        <source>Conversation status</source>
        <translation>Status da conversa</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="66"/>
        <source>Status (Ctrl+Shift+T)</source>
        <translation>Status (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="70"/>
        <location filename="../ui/TeamBar.cpp" line="173"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="71"/>
        <location filename="../ui/TeamBar.cpp" line="168"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="72"/>
        <location filename="../ui/TeamBar.cpp" line="73"/>
        <location filename="../ui/TeamBar.cpp" line="318"/>
        <location filename="../ui/TeamBar.cpp" line="321"/>
        <source>Snooze until</source>
        <translation>Adiar até</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>In 1 hour</source>
        <translation>Daqui a 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Tomorrow at 9:00</source>
        <translation>Amanhã às 9:00</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Next Monday at 9:00</source>
        <translation>Próxima segunda-feira às 9:00</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="84"/>
        <source>Pick a date and time…</source>
        <translation>Escolher data e hora…</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="86"/>
        <location filename="../ui/TeamBar.cpp" line="172"/>
        <source>Resolved</source>
        <translation>Resolvida</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="93"/>
        <source>Add label</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="94"/>
        <source>Add a label</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="95"/>
        <source>Type a label and press Enter (Ctrl+Shift+B)</source>
        <translation>Digite uma etiqueta e pressione Enter (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="159"/>
        <source>Unassigned</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="161"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="170"/>
        <source>Snoozed</source>
        <translation>Adiada</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="188"/>
        <source>Assignee: %1</source>
        <translation>Responsável: %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="194"/>
        <source>Conversation status: %1</source>
        <translation>Status da conversa: %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="208"/>
        <source>Remove label %1</source>
        <translation>Remover etiqueta %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="209"/>
        <source>Remove the label “%1”</source>
        <translation>Remover a etiqueta “%1”</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="301"/>
        <source>No agent list while offline</source>
        <translation>Sem lista de atendentes enquanto off-line</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="305"/>
        <source>%1 (you)</source>
        <translation>%1 (você)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — online</source>
        <translation> — on-line</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — offline</source>
        <translation> — off-line</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="312"/>
        <source>Nobody (back to Unassigned)</source>
        <translation>Ninguém (volta para a fila)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="326"/>
        <source>The conversation comes back to the inbox at:</source>
        <translation>A conversa volta para a caixa de entrada em:</translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <location filename="../ui/TemplatePicker.cpp" line="70"/>
        <source>Send template</source>
        <translation>Enviar modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="41"/>
        <source>Why only templates can be sent</source>
        <translation>Por que só é possível enviar modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="44"/>
        <source>Templates shown</source>
        <translation>Modelos mostrados</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="47"/>
        <source>Search templates…</source>
        <translation>Pesquisar modelos…</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="49"/>
        <source>Search templates</source>
        <translation>Pesquisar modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="56"/>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="63"/>
        <source>What this template costs</source>
        <translation>Quanto custa este modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="67"/>
        <source>Template preview</source>
        <translation>Prévia do modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="71"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar o modelo (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="173"/>
        <source>Show all templates</source>
        <translation>Mostrar todos os modelos</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="176"/>
        <source>No template has a Share Contact Info button. Create one in WhatsApp Manager (a utility or marketing template with a “Request contact info” button); once approved it shows here.</source>
        <translation>Nenhum modelo tem o botão Compartilhar informações de contato. Crie um no WhatsApp Manager (um modelo de utilidade ou marketing com o botão “Solicitar informações de contato”); depois de aprovado, ele aparece aqui.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="178"/>
        <source>Asking for the phone number: these templates carry WhatsApp&apos;s Share Contact Info button.</source>
        <translation>Pedindo o número de telefone: estes modelos têm o botão Compartilhar informações de contato do WhatsApp.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="186"/>
        <source>Share Contact Info</source>
        <translation>Compartilhar informações de contato</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="258"/>
        <source>Template parameter %1</source>
        <translation>Parâmetro %1 do modelo</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="309"/>
        <source>No approved templates are available.</source>
        <translation>Nenhum modelo aprovado disponível.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="310"/>
        <source>Choose a template to see its preview.</source>
        <translation>Escolha um modelo para ver a prévia.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadActions</name>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="76"/>
        <source>Reply to the previous message</source>
        <translation>Responder à mensagem anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="80"/>
        <source>Reply to the next message</source>
        <translation>Responder à próxima mensagem</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="254"/>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="255"/>
        <source>React</source>
        <translation>Reagir</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="266"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="279"/>
        <source>Copy original text</source>
        <translation>Copiar o texto original</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadModel</name>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="628"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="630"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="632"/>
        <source>Phone app</source>
        <translation>App do celular</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Business (history)</source>
        <translation>Empresa (histórico)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Customer (history)</source>
        <translation>Cliente (histórico)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="660"/>
        <source>Not delivered. %1</source>
        <translation>Não entregue. %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="661"/>
        <source>Not delivered (error %1). %2</source>
        <translation>Não entregue (erro %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="721"/>
        <source>An earlier message</source>
        <translation>Uma mensagem anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="723"/>
        <source>This message was deleted</source>
        <translation>Esta mensagem foi apagada</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="810"/>
        <source>Deleted text: %1 (before its edit: %2)</source>
        <translation>Texto apagado: %1 (antes da edição: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="811"/>
        <source>Deleted text: %1</source>
        <translation>Texto apagado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="815"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="880"/>
        <source>The thread could not be read: %1</source>
        <translation>Não foi possível ler a conversa: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="21"/>
        <source>Conversation header</source>
        <translation>Cabeçalho da conversa</translation>
    </message>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="114"/>
        <source>assigned to %1</source>
        <translation>atribuída a %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="69"/>
        <source>Thread</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="72"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="93"/>
        <source>Scheduled messages</source>
        <translation>Mensagens agendadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ThreadPane.cpp" line="124"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n agendada</numerusform>
            <numerusform>%n agendadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="131"/>
        <source>Messages waiting for their time: each bubble has Send now, Edit time and Cancel.</source>
        <translation>Mensagens aguardando o horário: cada balão tem Enviar agora, Alterar horário e Cancelar.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="183"/>
        <source>Stopped marketing messages on %1</source>
        <translation>Parou de receber mensagens de marketing em %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="188"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation>Você pode compartilhar seu número de telefone conosco? Toque no botão abaixo para enviá-lo.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="195"/>
        <source>Open a conversation first.</source>
        <translation>Abra uma conversa primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="199"/>
        <source>The number of %1 is known: %2.</source>
        <translation>O número de %1 já é conhecido: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="203"/>
        <source>Asked %1 to share their phone number. Their answer links it to this conversation.</source>
        <translation>Pedimos a %1 que compartilhe o número de telefone. A resposta o vincula a esta conversa.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="207"/>
        <source>The 24-hour window is closed: ask with a template that has a Share Contact Info button.</source>
        <translation>A janela de 24 horas está fechada: peça com um modelo que tenha o botão Compartilhar informações de contato.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="43"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="426"/>
        <source>%1 is replying…</source>
        <translation>%1 está respondendo…</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="428"/>
        <source>%1 are replying…</source>
        <translation>%1 estão respondendo…</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="430"/>
        <source>%1 is viewing</source>
        <translation>%1 está vendo</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="432"/>
        <source>%1 are viewing</source>
        <translation>%1 estão vendo</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="441"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="441"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="447"/>
        <source>Sent from the phone app %1 ago: “%2”. Send anyway?</source>
        <translation>Enviada pelo app do celular há %1: “%2”. Enviar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="456"/>
        <source>%1 is replying now. Send anyway?</source>
        <translation>%1 está respondendo agora. Enviar mesmo assim?</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="458"/>
        <source>%1 are replying now. Send anyway?</source>
        <translation>%1 estão respondendo agora. Enviar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="240"/>
        <source>Choose a conversation to start messaging</source>
        <translation>Escolha uma conversa para começar a trocar mensagens</translation>
    </message>
</context>
<context>
    <name>duet::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="26"/>
        <location filename="../ui/TrayNotifier.cpp" line="92"/>
        <source>Duet</source>
        <translation>Duet</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="92"/>
        <source>Duet: %n unread</source>
        <translation>
            <numerusform>Duet: %n não lida</numerusform>
            <numerusform>Duet: %n não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="129"/>
        <source>and %n more conversation(s)</source>
        <translation>
            <numerusform>e mais %n conversa</numerusform>
            <numerusform>e mais %n conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duet::ui::VoicePlayer</name>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="45"/>
        <location filename="../ui/VoicePlayer.cpp" line="51"/>
        <source>This file cannot be played here.</source>
        <translation>Este arquivo não pode ser reproduzido aqui.</translation>
    </message>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="78"/>
        <source>No sound output on this computer: open the file instead.</source>
        <translation>Este computador não tem saída de som: abra o arquivo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::WarningBar</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="155"/>
        <source>Send warning</source>
        <translation>Aviso de envio</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="162"/>
        <source>Send anyway</source>
        <translation>Enviar mesmo assim</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="163"/>
        <source>Send anyway (Ctrl+Enter)</source>
        <translation>Enviar mesmo assim (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="164"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
