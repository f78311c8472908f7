<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="140"/>
        <source>Media older than 14 days: WhatsApp does not transfer it with the chat history</source>
        <translation>Archivo de más de 14 días: WhatsApp no lo transfiere con el historial de chats</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="163"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>Interactive message</source>
        <translation>Mensaje interactivo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="171"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="173"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="175"/>
        <source>A message type WhatsApp does not support here</source>
        <translation>Un tipo de mensaje que WhatsApp no admite aquí</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="177"/>
        <source>Reply to an interactive message</source>
        <translation>Respuesta a un mensaje interactivo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="179"/>
        <source>Media from the chat history, not received yet</source>
        <translation>Archivo del historial del chat, aún no recibido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="181"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="182"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="190"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="192"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="194"/>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="196"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="198"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
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
        <translation>Reintentar</translation>
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
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="213"/>
        <source>Edit time…</source>
        <translation>Cambiar la hora…</translation>
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
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="224"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="233"/>
        <source>The download failed.</source>
        <translation>La descarga falló.</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="278"/>
        <source>Sent from the phone app</source>
        <translation>Enviado desde la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="280"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Business, imported</source>
        <translation>Empresa, importado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Customer, imported</source>
        <translation>Cliente, importado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="291"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="227"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/Language.cpp" line="86"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
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
        <translation>Idioma de Duet. El cambio se aplica cuando Duet se reinicia.</translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="102"/>
        <source>Restart Duet to apply the new language.</source>
        <translation>Reinicia Duet para usar el nuevo idioma.</translation>
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
        <translation>Hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="66"/>
        <source>Text document</source>
        <translation>Documento de texto</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="68"/>
        <source>Archive</source>
        <translation>Archivo comprimido</translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="72"/>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Abrir en el mapa</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="140"/>
        <source>Open link: %1</source>
        <translation>Abrir enlace: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="143"/>
        <source>Start a conversation with %1</source>
        <translation>Iniciar una conversación con %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From a post</source>
        <translation>Desde una publicación</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From post: %1</source>
        <translation>Desde la publicación: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From an ad</source>
        <translation>Desde un anuncio</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From ad: %1</source>
        <translation>Desde el anuncio: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="174"/>
        <source>Ad id: %1</source>
        <translation>ID del anuncio: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="194"/>
        <location filename="../ui/MessageDetails.cpp" line="309"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="201"/>
        <source>Contact without a name</source>
        <translation>Contacto sin nombre</translation>
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
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="227"/>
        <source>Form answered</source>
        <translation>Formulario respondido</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="229"/>
        <source>Form: %1</source>
        <translation>Formulario: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="248"/>
        <source>Button payload: %1</source>
        <translation>Payload del botón: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="250"/>
        <source>List reply id: %1</source>
        <translation>ID de la respuesta de la lista: %1</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="251"/>
        <source>Button reply id: %1</source>
        <translation>ID de la respuesta del botón: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageDetails.cpp" line="258"/>
        <location filename="../ui/MessageDetails.cpp" line="318"/>
        <source>Order: %n item(s)</source>
        <translation>
            <numerusform>Pedido: %n artículo</numerusform>
            <numerusform>Pedido: %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="265"/>
        <source>Unnamed product</source>
        <translation>Producto sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="270"/>
        <source>%1 × %2, %3 %4 each</source>
        <translation>%1 × %2, %3 %4 cada uno</translation>
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
        <translation>Pregunta por el producto %1 (catálogo %2)</translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="294"/>
        <source>Some details of this message could not be read.</source>
        <translation>No se pudieron leer algunos detalles de este mensaje.</translation>
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
        <translation>Utilidad</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="30"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="32"/>
        <source>Authentication (international)</source>
        <translation>Autenticación (internacional)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="34"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="36"/>
        <source>Ad entry point</source>
        <translation>Punto de entrada por anuncio</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="60"/>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="62"/>
        <source>free (service window)</source>
        <translation>gratis (ventana de servicio)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="64"/>
        <source>free (ad entry point, 72 h)</source>
        <translation>gratis (punto de entrada por anuncio, 72 h)</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="66"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="81"/>
        <source>Meta counted this message as marketing: offers, announcements, invitations.</source>
        <translation>Meta clasificó este mensaje como marketing: ofertas, anuncios, invitaciones.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="83"/>
        <source>Meta counted this message as utility: an update about something the customer asked for or bought.</source>
        <translation>Meta clasificó este mensaje como utilidad: una novedad sobre algo que el cliente pidió o compró.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="86"/>
        <source>Meta counted this message as authentication: a one-time code.</source>
        <translation>Meta clasificó este mensaje como autenticación: un código de un solo uso.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="88"/>
        <source>Meta counted this message as service: a reply inside the customer&apos;s 24-hour window.</source>
        <translation>Meta clasificó este mensaje como servicio: una respuesta dentro de la ventana de 24 horas del cliente.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="91"/>
        <source>The customer came from a click-to-WhatsApp ad or a Page button.</source>
        <translation>El cliente llegó desde un anuncio de clic a WhatsApp o un botón de la Página.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="95"/>
        <source>Meta bills this message at its category&apos;s rate.</source>
        <translation>Meta cobra este mensaje con la tarifa de su categoría.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="97"/>
        <source>Free: sent while the customer&apos;s 24-hour service window was open.</source>
        <translation>Gratis: enviado mientras la ventana de servicio de 24 horas del cliente estaba abierta.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="99"/>
        <source>Free: the customer came from an ad or a Page button and the business answered within 24 hours, so every message is free for 72 hours.</source>
        <translation>Gratis: el cliente llegó desde un anuncio o un botón de la Página y la empresa respondió en menos de 24 horas, así que todos los mensajes son gratis durante 72 horas.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="102"/>
        <source>Free: Meta does not bill this message.</source>
        <translation>Gratis: Meta no cobra este mensaje.</translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="104"/>
        <source>Meta has not said yet whether it bills this message.</source>
        <translation>Meta aún no ha indicado si cobra este mensaje.</translation>
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
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NotificationCoalescer.cpp" line="61"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversación</numerusform>
            <numerusform>%n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="94"/>
        <source>Header {{1}}</source>
        <translation>Encabezado {{1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="101"/>
        <source>Code (button %1)</source>
        <translation>Código (botón %1)</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="102"/>
        <source>Button %1 {{1}}</source>
        <translation>Botón %1 {{1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="130"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="132"/>
        <source>Utility</source>
        <translation>Utilidad</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="134"/>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="150"/>
        <source>Free if sent within 72 hours of the first reply to this customer&apos;s ad click; otherwise billed by its category.</source>
        <translation>Gratis si se envía dentro de las 72 horas posteriores a la primera respuesta al clic de este cliente en el anuncio; si no, se cobra según su categoría.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="153"/>
        <source>Utility template: free while the customer&apos;s 24-hour window is open (Meta may bill it from October 2026).</source>
        <translation>Plantilla de utilidad: gratis mientras la ventana de 24 horas del cliente esté abierta (Meta podría cobrarla a partir de octubre de 2026).</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="156"/>
        <source>Marketing template: Meta charges each delivered message at the marketing rate.</source>
        <translation>Plantilla de marketing: Meta cobra cada mensaje entregado con la tarifa de marketing.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="158"/>
        <source>Utility template: Meta charges each delivered message at the utility rate while the customer&apos;s 24-hour window is closed.</source>
        <translation>Plantilla de utilidad: Meta cobra cada mensaje entregado con la tarifa de utilidad mientras la ventana de 24 horas del cliente está cerrada.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="161"/>
        <source>Authentication template: Meta charges each delivered message at the authentication rate.</source>
        <translation>Plantilla de autenticación: Meta cobra cada mensaje entregado con la tarifa de autenticación.</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="222"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation>No se puede leer el archivo de plantillas %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="240"/>
        <source>The templates file is not a JSON list of templates.</source>
        <translation>El archivo de plantillas no es una lista JSON de plantillas.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/TimeText.cpp" line="53"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="60"/>
        <source>%n h left</source>
        <translation>
            <numerusform>Queda %n h</numerusform>
            <numerusform>Quedan %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="61"/>
        <source>%n min left</source>
        <translation>
            <numerusform>Queda %n min</numerusform>
            <numerusform>Quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="73"/>
        <source>Window closing · %1 left</source>
        <translation>La ventana se cierra · quedan %1</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="74"/>
        <source>Window open · %1 left</source>
        <translation>Ventana abierta · quedan %1</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="85"/>
        <source>This customer has not written to you yet. Only approved templates can be sent.</source>
        <translation>Este cliente todavía no te escribió. Solo se pueden enviar plantillas aprobadas.</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="94"/>
        <source>The 24-hour window closed at %1. Only approved templates can be sent.</source>
        <translation>La ventana de 24 horas se cerró a las %1. Solo se pueden enviar plantillas aprobadas.</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="112"/>
        <location filename="../ui/TimeText.cpp" line="123"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="121"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>duet</name>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="359"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation>WhatsApp pidió a Duet que enviara más despacio; los envíos se reanudan en breve.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="361"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation>La cuenta de WhatsApp alcanzó su límite de solicitudes; los envíos se reanudan cuando WhatsApp lo permita.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="364"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation>La aplicación alcanzó su límite de solicitudes de WhatsApp; los envíos se reanudan cuando WhatsApp lo permita.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="367"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation>El número de teléfono está en mantenimiento en WhatsApp; los envíos se reanudan en un momento.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="370"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation>Se alcanzó el límite de uso de WhatsApp; los envíos se reanudan cuando se recupere el acceso.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="73"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation>El token de acceso de la Cloud API venció. Pide a un administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="75"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation>WhatsApp rechazó un valor de este mensaje. Revisa el mensaje y sus adjuntos; no se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="78"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation>No se pudo entregar el mensaje: es posible que el número no use WhatsApp o que el cliente deba actualizar WhatsApp o aceptar sus términos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="81"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation>Los envíos desde este número están limitados por denuncias de spam o baja calidad. Pausa los envíos masivos y revisa la calificación de calidad del número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="84"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation>WhatsApp retuvo este mensaje de marketing para mantener una buena interacción. Espera al menos un día antes de enviarle otro a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="87"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation>El cliente dejó de recibir mensajes de marketing de esta empresa. No le envíes mensajes de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="89"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="91"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation>No se pudo descargar el archivo del cliente. Pídele que lo envíe de nuevo, más pequeño si es posible.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="93"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation>No se pudo subir el adjunto. Revisa el tipo y el tamaño del archivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="95"/>
        <source>WhatsApp does not deliver this kind of message (such as an authentication code) to a customer known only by their WhatsApp user ID. Ask the customer for their phone number, then send it to the number.</source>
        <translation>WhatsApp no entrega este tipo de mensaje (como un código de autenticación) a un cliente conocido solo por su ID de usuario de WhatsApp. Pide al cliente su número de teléfono y envíalo a ese número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="99"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation>La empresa alcanzó su límite de conversaciones nuevas en 24 horas. Espera a que se renueve o responde en las conversaciones abiertas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="102"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation>La cuenta de empresa está bloqueada temporalmente por infringir las políticas. Pide a un administrador que revise el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation>La cuenta de empresa está bloqueada. Pide a un administrador que revise el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="107"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation>El cliente forma parte de un experimento de WhatsApp y no recibió este mensaje de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation>El número de la empresa está en mantenimiento por un momento. Duet volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="112"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation>Se rechazó la plantilla: puede que no exista en este idioma, que esté pausada o desactivada, o que sus campos no coincidan. Revísala en el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="115"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation>La empresa desactivó el uso compartido del historial de chats; los chats anteriores no se importarán.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="119"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation>Duet no pudo conectarse con WhatsApp. Revisa la conexión de red; Duet volverá a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation>WhatsApp está limitando la velocidad de envío de este número. Duet volverá a intentarlo automáticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="132"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation>Se enviaron demasiados mensajes a este cliente en poco tiempo. Duet volverá a intentarlo tras una pausa; evita enviar muchos mensajes seguidos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation>La ventana de 24 horas del cliente está cerrada. Envía una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation>Se rechazó el token de acceso de la Cloud API. Pide a un administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="139"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation>WhatsApp rechazó este mensaje. No se volverá a intentar; revísalo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation>WhatsApp tuvo un problema temporal. Duet volverá a intentarlo automáticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="144"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation>WhatsApp devolvió una respuesta inesperada. No se volvió a intentar el mensaje; revisa los detalles antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The request is valid.</source>
        <translation>La solicitud es válida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The Graph API version is not valid (expected a v, then two numbers with a dot between them).</source>
        <translation>La versión de la Graph API no es válida (se esperaba una v y luego dos números separados por un punto).</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="30"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation>El número de envío no está configurado: falta su ID de número de teléfono o no es válido.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="32"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation>El número de teléfono del cliente no es válido: necesita de 7 a 15 dígitos con el código de país.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="35"/>
        <source>The customer&apos;s WhatsApp user ID is not valid. It must be sent exactly as WhatsApp gave it, for example US.13491208655302741918.</source>
        <translation>El ID de usuario de WhatsApp del cliente no es válido. Debe enviarse exactamente como lo dio WhatsApp, por ejemplo US.13491208655302741918.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>Authentication templates can only be sent to a phone number, and this customer has not shared theirs. Ask the customer for their phone number first, then send the code.</source>
        <translation>Las plantillas de autenticación solo pueden enviarse a un número de teléfono, y este cliente no ha compartido el suyo. Pide primero al cliente su número de teléfono y luego envía el código.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="41"/>
        <source>The message has no client ID to track it by.</source>
        <translation>El mensaje no tiene un ID de cliente para seguirlo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="43"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation>El ID de cliente del mensaje tiene más de 512 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation>El mensaje tiene más de 4096 caracteres. Acórtalo o divídelo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The message is longer than 1024 characters, the most a message with a button can have. Shorten it.</source>
        <translation>El mensaje tiene más de 1024 caracteres, el máximo para un mensaje con botón. Acórtalo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation>El adjunto no tiene ni un ID de archivo subido ni un enlace.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation>El adjunto tiene un ID de archivo y un enlace a la vez; usa solo uno.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>The attachment link is not an http or https address.</source>
        <translation>El enlace del adjunto no es una dirección http o https.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation>Los mensajes de audio y los stickers no pueden tener texto.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="58"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation>El texto del adjunto tiene más de 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="59"/>
        <source>Only documents can carry a file name.</source>
        <translation>Solo los documentos pueden llevar nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="60"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation>Solo el audio se puede enviar como mensaje de voz.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="61"/>
        <source>The template has no name.</source>
        <translation>La plantilla no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="62"/>
        <source>The template has no language.</source>
        <translation>La plantilla no tiene idioma.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="64"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation>Un marcador de la plantilla no tiene valor. Completa todos los campos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="66"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation>Un campo de la plantilla tiene un tipo de valor que esa parte de la plantilla no acepta.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="68"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation>Un botón de la plantilla necesita su tipo y una posición de 0 a 9.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="69"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation>No se eligió ningún mensaje para reaccionar o marcar como leído.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="70"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation>Una reacción no se puede enviar como respuesta.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="17"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation>La ventana de 24 horas del cliente se cerró, así que solo se puede enviar una plantilla aprobada. Elige una plantilla para reabrir la conversación.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="21"/>
        <source>This customer has not written to the business yet, so only an approved template can be sent. Choose a template to start the conversation.</source>
        <translation>Este cliente todavía no le escribió a la empresa, así que solo se puede enviar una plantilla aprobada. Elige una plantilla para iniciar la conversación.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="16"/>
        <source>Duet: the shared inbox for a WhatsApp Business number in Coexistence mode.</source>
        <translation>Duet: la bandeja de entrada compartida de un número de WhatsApp Business en modo Coexistencia.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="21"/>
        <source>Open this local store (a SQLite file).</source>
        <translation>Abre esta base de datos local (un archivo SQLite).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="25"/>
        <source>Render the main window to this PNG file and exit.</source>
        <translation>Dibuja la ventana principal en este archivo PNG y sale.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="29"/>
        <source>Quit (after the screenshot, if any) this many seconds after start.</source>
        <translation>Sale (después de la captura de pantalla, si la hay) esta cantidad de segundos después de iniciar.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="32"/>
        <source>The agent whose conversations &quot;Mine&quot; shows.</source>
        <translation>El agente cuyas conversaciones muestra &quot;Mías&quot;.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="36"/>
        <source>A JSON file with the approved message templates.</source>
        <translation>Un archivo JSON con las plantillas de mensaje aprobadas.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="39"/>
        <source>system (default), light or dark.</source>
        <translation>system (predeterminado), light (claro) o dark (oscuro).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="43"/>
        <source>Use this language for this run: en, pt_BR or es (the default is the language chosen in Duet, else the system&apos;s).</source>
        <translation>Usa este idioma en esta ejecución: en, pt_BR o es (de forma predeterminada, el idioma elegido en Duet o, si no hay, el del sistema).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="48"/>
        <source>Sync with this hub, e.g. inbox.example.com or 127.0.0.1:8080 (the agent token comes from the keychain, else Duet asks for it).</source>
        <translation>Sincroniza con este hub, por ejemplo inbox.example.com o 127.0.0.1:8080 (el token de agente se toma del llavero; si no está, Duet lo pide).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="53"/>
        <source>With --hub: also trust the CA certificates in this PEM file, for a hub whose certificate comes from your organisation&apos;s own authority (remembered as the setting hub/ca_file).</source>
        <translation>Con --hub: confiar también en los certificados de CA de este archivo PEM, para un hub cuyo certificado viene de la autoridad propia de tu organización (queda guardado en el ajuste hub/ca_file).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="59"/>
        <source>Try Duet: a simulated WhatsApp number with a scripted day of customers, in a temporary folder (nothing of yours is read or changed).</source>
        <translation>Prueba Duet: un número de WhatsApp simulado con un día de clientes preparado, en una carpeta temporal (no se lee ni se cambia nada tuyo).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="63"/>
        <source>With --demo: how many times faster than real time the day runs (default 20; 300 plays the whole day in five minutes).</source>
        <translation>Con --demo: cuántas veces más rápido que el tiempo real transcurre el día (predeterminado 20; 300 reproduce el día entero en cinco minutos).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Run the hub inside Duet, for one person on one computer (the Cloud API credentials are asked once and kept in the keychain).</source>
        <translation>Ejecuta el hub dentro de Duet, para una persona en un equipo (las credenciales de la Cloud API se piden una vez y se guardan en el llavero).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="72"/>
        <source>With --single-seat: the port Meta&apos;s webhooks reach (default 8080).</source>
        <translation>Con --single-seat: el puerto al que llegan los webhooks de Meta (predeterminado 8080).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="76"/>
        <source>With --single-seat: where the Graph API is (a duet-sim for trying it out; default https://graph.facebook.com).</source>
        <translation>Con --single-seat: dónde está la Graph API (un duet-sim para probar; por defecto https://graph.facebook.com).</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="81"/>
        <source>With --single-seat: fill in the Connect wizard&apos;s phone number ID.</source>
        <translation>Con --single-seat: rellena el identificador del número de teléfono en el asistente Conectar.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="85"/>
        <source>With --single-seat: fill in the WhatsApp Business Account ID.</source>
        <translation>Con --single-seat: rellena el identificador de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="89"/>
        <source>With --single-seat: fill in the access token from this file.</source>
        <translation>Con --single-seat: rellena el token de acceso a partir de este archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="93"/>
        <source>With --single-seat: fill in the app secret from this file.</source>
        <translation>Con --single-seat: rellena la clave secreta de la app a partir de este archivo.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="112"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="122"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation>--hub debe ser la dirección de un hub, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="138"/>
        <source>--graph-base-url, --phone-number-id, --waba-id, --access-token-file and --app-secret-file go with --single-seat.</source>
        <translation>--graph-base-url, --phone-number-id, --waba-id, --access-token-file y --app-secret-file van con --single-seat.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="144"/>
        <source>Choose one of --demo, --single-seat and --hub.</source>
        <translation>Elige solo una opción entre --demo, --single-seat y --hub.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="151"/>
        <source>--demo-speed needs a number from 1 to 10000.</source>
        <translation>--demo-speed necesita un número de 1 a 10000.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="159"/>
        <source>--webhook-port needs a port number, 1 to 65535.</source>
        <translation>--webhook-port necesita un número de puerto, de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="166"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation>--lang debe ser en, pt_BR o es.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="171"/>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme debe ser system, light o dark.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="178"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation>--quit-after necesita una cantidad de segundos, de 0 a 86400.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="88"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation>Prueba &apos;duet --help&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="61"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="97"/>
        <source>Cannot start the demo: %1</source>
        <translation>No se puede iniciar la demo: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="131"/>
        <location filename="../desktop/Run.cpp" line="136"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir la base de datos local: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="146"/>
        <source>Demo — Duet</source>
        <translation>Demo — Duet</translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="54"/>
        <location filename="../desktop/Run.cpp" line="200"/>
        <source>Cannot write the screenshot %1</source>
        <translation>No se puede guardar la captura de pantalla %1</translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="65"/>
        <source>The Connect wizard stopped at page %1: see %2</source>
        <translation>El asistente Conectar se detuvo en la página %1: mira %2</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/MediaLimits.cpp" line="104"/>
        <source>Allowed: images (JPEG, PNG) up to 5 MB, videos (MP4, 3GP) and audio (AAC, AMR, MP3, M4A, OGG) up to 16 MB, documents (PDF, text, Word, Excel, PowerPoint) up to 100 MB.</source>
        <translation>Se permiten: imágenes (JPEG, PNG) de hasta 5 MB, videos (MP4, 3GP) y audio (AAC, AMR, MP3, M4A, OGG) de hasta 16 MB, documentos (PDF, texto, Word, Excel, PowerPoint) de hasta 100 MB.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="33"/>
        <source>WhatsApp refused it (code %1): %2</source>
        <translation>WhatsApp lo rechazó (código %1): %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="38"/>
        <source>The server answered HTTP %1.</source>
        <translation>El servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="39"/>
        <source>The connection failed: %1</source>
        <translation>Falló la conexión: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="65"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="98"/>
        <source>Cannot read the file %1.</source>
        <translation>No se puede leer el archivo %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="75"/>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="78"/>
        <source>WhatsApp does not take this kind of file (%1).</source>
        <translation>WhatsApp no admite este tipo de archivo (%1).</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="83"/>
        <source>The file is %1 MB; WhatsApp takes files of this kind up to %2 MB.</source>
        <translation>El archivo pesa %1 MB; WhatsApp admite archivos de este tipo de hasta %2 MB.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="144"/>
        <source>The upload was cancelled.</source>
        <translation>Se canceló la subida.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="150"/>
        <source>The file could not be uploaded. %1</source>
        <translation>No se pudo subir el archivo. %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="200"/>
        <source>Not a media id.</source>
        <translation>No es un ID de archivo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="225"/>
        <source>The media could not be found. %1</source>
        <translation>No se encontró el archivo. %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="238"/>
        <source>The file is %1 MB, more than the %2 MB Duet keeps.</source>
        <translation>El archivo pesa %1 MB, más que los %2 MB que guarda Duet.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="249"/>
        <source>Cannot create the media folder %1.</source>
        <translation>No se puede crear la carpeta de archivos %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="258"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="290"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="278"/>
        <source>The file is larger than the %1 MB Duet keeps.</source>
        <translation>El archivo es más grande que los %1 MB que guarda Duet.</translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="284"/>
        <source>The download failed. %1</source>
        <translation>Falló la descarga. %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="29"/>
        <source>chat history</source>
        <translation>historial de chats</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="31"/>
        <source>address book</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="39"/>
        <source>Meta allows this import once per onboarding, and it was already requested. To import again, disconnect the number from the Cloud API and connect it again (Embedded Signup), then request the import within 24 hours.</source>
        <translation>Meta permite esta importación una vez por incorporación, y ya se pidió. Para importar de nuevo, desconecta el número de la Cloud API y vuelve a conectarlo (Embedded Signup); después pide la importación en las 24 horas siguientes.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="44"/>
        <source>The access token was refused. Renew it with duet-hub setup (or the single seat&apos;s Connect dialog), then request the import.</source>
        <translation>El token de acceso fue rechazado. Renuévalo con duet-hub setup (o el asistente Conectar del puesto único) y después pide la importación.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="47"/>
        <source>Meta did not answer, so Duet does not know whether it took the request. Wait an hour for the import to start; if nothing arrives, request it again.</source>
        <translation>Meta no respondió, así que Duet no sabe si aceptó la solicitud. Espera una hora a que empiece la importación; si no llega nada, pídela de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="31"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>El archivo de certificado de CA %1 no existe.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="36"/>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation>No se pudo leer el archivo de certificado de CA %1: %2</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="42"/>
        <source>%1 holds no PEM certificate (a file that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation>%1 no contiene ningún certificado PEM (un archivo que empieza con -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="133"/>
        <source>The hub&apos;s certificate is self-signed: no authority this computer trusts vouches for it. Ask your administrator for the CA certificate, or to confirm its fingerprint before you trust it.</source>
        <translation>El certificado del hub es autofirmado: ninguna autoridad en la que este equipo confía lo respalda. Pide a tu administrador el certificado de la CA, o que confirme su huella digital antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="144"/>
        <source>The hub&apos;s certificate is not trusted: it was issued by an authority this computer does not know. Ask your administrator for the CA certificate (Duet&apos;s --ca-file option).</source>
        <translation>El certificado del hub no es de confianza: lo emitió una autoridad que este equipo no conoce. Pide a tu administrador el certificado de la CA (opción --ca-file de Duet).</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="150"/>
        <source>The hub&apos;s certificate has expired (on %1). Ask your administrator to renew it.</source>
        <translation>El certificado del hub venció (el %1). Pide a tu administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="155"/>
        <source>The hub&apos;s certificate is not valid yet (from %1). Check this computer&apos;s date and time.</source>
        <translation>El certificado del hub todavía no es válido (vale desde el %1). Revisa la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="164"/>
        <source>The hub&apos;s certificate was issued for another name (%1), not for %2. Check the address, or ask your administrator for a certificate that names it.</source>
        <translation>El certificado del hub se emitió para otro nombre (%1), no para %2. Revisa la dirección, o pide a tu administrador un certificado con ese nombre.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="172"/>
        <source>The hub&apos;s certificate was revoked by its issuer. Do not connect; tell your administrator.</source>
        <translation>Quien emitió el certificado del hub lo revocó. No te conectes; avisa a tu administrador.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="177"/>
        <source>The hub&apos;s certificate cannot be checked: its signature is wrong or it is blocked. Do not connect; tell your administrator.</source>
        <translation>No se puede verificar el certificado del hub: su firma es incorrecta o está bloqueado. No te conectes; avisa a tu administrador.</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="182"/>
        <source>The hub&apos;s certificate was refused: %1</source>
        <translation>Se rechazó el certificado del hub: %1</translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="187"/>
        <source>The secure connection to the hub could not be set up.</source>
        <translation>No se pudo establecer la conexión segura con el hub.</translation>
    </message>
</context>
<context>
    <name>duet::PhoneFormat</name>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="164"/>
        <source>Type the customer&apos;s phone number, starting with + and the country code.</source>
        <translation>Escribe el número de teléfono del cliente, empezando por + y el código del país.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="166"/>
        <source>A phone number has only digits, spaces, dashes and brackets, after an optional +.</source>
        <translation>Un número de teléfono solo tiene dígitos, espacios, guiones y paréntesis, tras un + opcional.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="168"/>
        <source>Add the country code: start with + (for example +1 650 555 1234).</source>
        <translation>Añade el código del país: empieza por + (por ejemplo +34 612 34 56 78).</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="170"/>
        <source>No country has this code. Check the digits after the +.</source>
        <translation>Ningún país tiene este código. Revisa los dígitos después del +.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="172"/>
        <source>This number is too short.</source>
        <translation>Este número es demasiado corto.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="173"/>
        <source>This number is too short for %1.</source>
        <translation>Este número es demasiado corto para %1.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long.</source>
        <translation>Este número es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long for %1.</source>
        <translation>Este número es demasiado largo para %1.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="177"/>
        <source>No phone number is like this one. Check the digits.</source>
        <translation>No existe ningún número de teléfono como este. Revisa los dígitos.</translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="178"/>
        <source>No phone number in %1 is like this one. Check the digits.</source>
        <translation>No existe ningún número de teléfono en %1 como este. Revisa los dígitos.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::Demo</name>
    <message>
        <location filename="../desktop/Demo.cpp" line="106"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>No se puede crear una carpeta temporal para la demo: %1</translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="222"/>
        <source>Spring campaign</source>
        <translation>Campaña de primavera</translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="236"/>
        <source>The demo campaign could not start: %1</source>
        <translation>No se pudo iniciar la campaña de demo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Demo.cpp" line="249"/>
        <source>Spring campaign: all %n template message(s) went out.</source>
        <translation>
            <numerusform>Campaña de primavera: se envió %n mensaje de plantilla.</numerusform>
            <numerusform>Campaña de primavera: se enviaron los %n mensajes de plantilla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="250"/>
        <source>Spring campaign: %1 of %2 template messages out, paced by the rate limiter.</source>
        <translation>Campaña de primavera: %1 de %2 mensajes de plantilla enviados, al ritmo del limitador de envíos.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::SingleSeat</name>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="86"/>
        <source>The settings will not be remembered.</source>
        <translation>La configuración no se recordará.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="107"/>
        <source>Not connected: Duet needs the number&apos;s Cloud API settings to run its hub. Start it again with --single-seat to enter them.</source>
        <translation>Sin conectar: Duet necesita la configuración de la Cloud API del número para ejecutar su hub. Vuelve a iniciarlo con --single-seat para introducirla.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="139"/>
        <source>The hub is not running.</source>
        <translation>El hub no está en marcha.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="149"/>
        <source>Requested the %1.</source>
        <translation>Solicitado: %1.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="152"/>
        <source>The %1 was requested before; Meta takes it once.</source>
        <translation>%1: ya se pidió antes; Meta lo acepta una sola vez.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="156"/>
        <source>Meta refused the %1. %2 %3</source>
        <translation>Meta lo rechazó: %1. %2 %3</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="162"/>
        <source>The %1 was not requested: the hub&apos;s database is unavailable.</source>
        <translation>%1: no se pidió; la base de datos del hub no está disponible.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="167"/>
        <source>Meta sends them over the next minutes to hours; the team overview (Ctrl+Shift+O) shows the progress.</source>
        <translation>Meta los envía en los próximos minutos u horas; el resumen del equipo (Ctrl+Shift+O) muestra el avance.</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="190"/>
        <location filename="../desktop/SingleSeat.cpp" line="211"/>
        <source>The hub could not start: %1</source>
        <translation>No se pudo iniciar el hub: %1</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="220"/>
        <source>The hub could not create its agent: %1</source>
        <translation>El hub no pudo crear su agente: %1</translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="248"/>
        <source>The settings will be asked again next time.</source>
        <translation>La configuración se pedirá de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>duet::desktop::TrayBinding</name>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="71"/>
        <source>New %1 message</source>
        <translation>Nuevo mensaje (%1)</translation>
    </message>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="77"/>
        <source>Assigned to you</source>
        <translation>Asignada a ti</translation>
    </message>
</context>
<context>
    <name>duet::desktop::Workspace</name>
    <message>
        <location filename="../desktop/Workspace.cpp" line="114"/>
        <source>The outbox needs a file of its own: a store on a server has no folder to put it in.</source>
        <translation>La bandeja de salida necesita su propio archivo: una base de datos en un servidor no tiene una carpeta donde guardarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="199"/>
        <source>The customer&apos;s 24-hour window closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation>La ventana de 24 horas del cliente se cerró antes de que saliera el mensaje, así que no se envió. Elige una plantilla para volver a escribirle.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="203"/>
        <source>The 24-hour window with +%1 closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation>La ventana de 24 horas con +%1 se cerró antes de que saliera el mensaje, así que no se envió. Elige una plantilla para volver a escribirle.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="208"/>
        <source>Meta refused the access token: messages wait in the outbox until the hub&apos;s administrator renews it.</source>
        <translation>Meta rechazó el token de acceso: los mensajes esperan en la bandeja de salida hasta que el administrador del hub lo renueve.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="212"/>
        <source>The outbox file could not be written, so the message was not sent: %1</source>
        <translation>No se pudo escribir el archivo de la bandeja de salida, así que el mensaje no se envió: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Workspace.cpp" line="215"/>
        <source>%n message(s) may or may not have reached WhatsApp: resend or discard them.</source>
        <translation>
            <numerusform>%n mensaje puede que haya llegado a WhatsApp o no: reenvíalo o descártalo.</numerusform>
            <numerusform>%n mensajes puede que hayan llegado a WhatsApp o no: reenvíalos o descártalos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="235"/>
        <source>WhatsApp disconnected the number: messages wait in the outbox until it is reconnected.</source>
        <translation>WhatsApp desconectó el número: los mensajes esperan en la bandeja de salida hasta que se vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="239"/>
        <source>the number is disconnected from WhatsApp; it leaves once the number is reconnected.</source>
        <translation>el número está desconectado de WhatsApp; el mensaje sale en cuanto el número se vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="258"/>
        <source>The hub has no WhatsApp number configured: messages wait in the outbox.</source>
        <translation>El hub no tiene un número de WhatsApp configurado: los mensajes esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="354"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation>¿Puedes compartir tu número de teléfono con nosotros? Toca el botón de abajo para enviarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="476"/>
        <source>That message is no longer in the outbox.</source>
        <translation>Ese mensaje ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="531"/>
        <source>A colleague took this conversation a moment ago, so your reply was not sent. Read the thread, then send again to answer anyway.</source>
        <translation>Un compañero tomó esta conversación hace un momento, así que tu respuesta no se envió. Lee la conversación y vuelve a enviarla para responder de todos modos.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="596"/>
        <source>The templates were fetched from Meta again.</source>
        <translation>Las plantillas se obtuvieron de Meta de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="598"/>
        <source>Only a supervisor can refresh the templates.</source>
        <translation>Solo un supervisor puede actualizar las plantillas.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="600"/>
        <source>The hub has no WhatsApp Business Account id ([cloudapi] waba_id), so it cannot fetch templates. Ask its administrator to add it.</source>
        <translation>El hub no tiene el id de la cuenta de WhatsApp Business ([cloudapi] waba_id), así que no puede obtener plantillas. Pide a su administrador que lo añada.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="603"/>
        <source>Meta did not give the templates; the picker keeps the list it had. The hub&apos;s log says why.</source>
        <translation>Meta no entregó las plantillas; el selector conserva la lista que tenía. El registro del hub dice por qué.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="606"/>
        <source>Duet is offline: the templates were not refreshed. Try again when the status bar shows Connected.</source>
        <translation>Duet está sin conexión: las plantillas no se actualizaron. Inténtalo de nuevo cuando la barra de estado muestre Conectado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="613"/>
        <source>Refresh templates from Meta</source>
        <translation>Actualizar plantillas desde Meta</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="692"/>
        <source>Campaign “%1” started now: its time passed while Duet was closed.</source>
        <translation>La campaña “%1” empezó ahora: su hora pasó mientras Duet estaba cerrado.</translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="693"/>
        <source>Campaign “%1” started.</source>
        <translation>La campaña “%1” empezó.</translation>
    </message>
</context>
<context>
    <name>duet::onboarding</name>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="172"/>
        <source>No answer from Meta&apos;s Graph API (network error or timeout).</source>
        <translation>Sin respuesta de la Graph API de Meta (error de red o tiempo agotado).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="178"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="181"/>
        <source>Meta answered: %1</source>
        <translation>Meta respondió: %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="187"/>
        <source>Check this computer&apos;s network connection (and any proxy), then try again.</source>
        <translation>Comprueba la conexión de red de este equipo (y cualquier proxy) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="189"/>
        <source>The access token is expired, revoked or mistyped. In Meta Business Settings, under System users, generate a new token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging, and use that one.</source>
        <translation>El token de acceso caducó, fue revocado o está mal escrito. En Meta Business Settings, en Usuarios del sistema, genera un token nuevo para tu app con los permisos whatsapp_business_management y whatsapp_business_messaging, y usa ese.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="193"/>
        <source>The app secret does not belong to the app that issued this access token. Copy the App secret from App settings &gt; Basic of that app in Meta&apos;s App Dashboard.</source>
        <translation>La clave secreta no es de la app que emitió este token de acceso. Copia la clave secreta en Configuración de la app &gt; Básica de esa app en el panel de apps de Meta.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="197"/>
        <source>The token may not manage WhatsApp Business Account %1. In Business Settings, give the system user full control of that account and generate the token again with whatsapp_business_management.</source>
        <translation>El token no puede administrar la cuenta de WhatsApp Business %1. En Business Settings, da al usuario del sistema control total de esa cuenta y genera de nuevo el token con whatsapp_business_management.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="201"/>
        <source>The token lacks a permission. Generate it again with whatsapp_business_management and whatsapp_business_messaging, for a system user that has this WhatsApp account.</source>
        <translation>Al token le falta un permiso. Genéralo de nuevo con whatsapp_business_management y whatsapp_business_messaging, para un usuario del sistema que tenga esta cuenta de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="206"/>
        <source>Meta knows no phone number with the id %1 that this token may use. Copy the Phone number ID (a long number, not the phone number itself) from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation>Meta no conoce ningún número de teléfono con el identificador %1 que este token pueda usar. Copia el identificador del número de teléfono (un número largo, no el teléfono en sí) en WhatsApp &gt; Configuración de la API del panel de apps.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="210"/>
        <source>Meta knows no WhatsApp Business Account with the id %1 that this token may use. Copy the WhatsApp Business Account ID from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation>Meta no conoce ninguna cuenta de WhatsApp Business con el identificador %1 que este token pueda usar. Copia el identificador de la cuenta de WhatsApp Business en WhatsApp &gt; Configuración de la API del panel de apps.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="221"/>
        <source>Access token and app secret</source>
        <translation>Token de acceso y clave secreta de la app</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="223"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="225"/>
        <source>Webhook subscription</source>
        <translation>Suscripción del webhook</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="234"/>
        <source>high (GREEN)</source>
        <translation>alta (GREEN)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="236"/>
        <source>medium (YELLOW)</source>
        <translation>media (YELLOW)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="238"/>
        <source>low (RED)</source>
        <translation>baja (RED)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="240"/>
        <source>not rated yet</source>
        <translation>aún sin valorar</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="250"/>
        <source>quality %1</source>
        <translation>calidad %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="252"/>
        <source>throughput %1</source>
        <translation>capacidad %1</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="254"/>
        <source>on the WhatsApp Business app (Coexistence)</source>
        <translation>en la app WhatsApp Business (coexistencia)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="255"/>
        <source>not on the WhatsApp Business app</source>
        <translation>fuera de la app WhatsApp Business</translation>
    </message>
</context>
<context>
    <name>duet::onboarding::NumberCheck</name>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="90"/>
        <source>Meta says this access token is not valid (debug_token is_valid false)</source>
        <translation>Meta dice que este token de acceso no es válido (debug_token is_valid false)</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="103"/>
        <source>The access token lacks the permission %1.</source>
        <translation>Al token de acceso le falta el permiso %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="104"/>
        <source>In Meta Business Settings, under System users, generate the token again and tick whatsapp_business_management and whatsapp_business_messaging.</source>
        <translation>En Meta Business Settings, en Usuarios del sistema, genera de nuevo el token marcando whatsapp_business_management y whatsapp_business_messaging.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="109"/>
        <source>A valid token of app %1.</source>
        <translation>Un token válido de la app %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="110"/>
        <source>A valid token of the app “%1” (%2).</source>
        <translation>Un token válido de la app «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="114"/>
        <source>This access token expires on %1.</source>
        <translation>Este token de acceso caduca el %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="116"/>
        <source>Use a system user&apos;s token that never expires: when this one does, Duet can no longer send.</source>
        <translation>Usa el token de un usuario del sistema, que no caduca: cuando este caduque, Duet ya no podrá enviar.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="139"/>
        <source>This number is not on the WhatsApp Business app (is_on_biz_app is not true): it is not connected in Coexistence.</source>
        <translation>Este número no está en la app WhatsApp Business (is_on_biz_app no es true): no está conectado en coexistencia.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="141"/>
        <source>Duet works with it, but no messages from the phone app will show and there is no chat history or address book to import. To keep using the phone app, connect the number through Embedded Signup&apos;s option for WhatsApp Business app users.</source>
        <translation>Duet funciona con él, pero no aparecerá ningún mensaje de la app del teléfono y no hay historial ni agenda que importar. Para seguir usando la app del teléfono, conecta el número con la opción de Embedded Signup para usuarios de la app WhatsApp Business.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="162"/>
        <source>The app is subscribed to the webhooks of WhatsApp Business Account %1.</source>
        <translation>La app está suscrita a los webhooks de la cuenta de WhatsApp Business %1.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="183"/>
        <source>Meta did not confirm the subscription (no &quot;success&quot;: true in its answer).</source>
        <translation>Meta no confirmó la suscripción (falta &quot;success&quot;: true en su respuesta).</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="184"/>
        <source>Try again in a minute; if it persists, subscribe the app in WhatsApp Manager.</source>
        <translation>Inténtalo de nuevo en un minuto; si persiste, suscribe la app en WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="189"/>
        <source>The app was not subscribed to WhatsApp Business Account %1; Duet subscribed it.</source>
        <translation>La app no estaba suscrita a la cuenta de WhatsApp Business %1; Duet la suscribió.</translation>
    </message>
</context>
<context>
    <name>duet::outbound::CampaignCsv</name>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="206"/>
        <source>Line %1: &quot;%2&quot; is not a valid phone number or WhatsApp user ID. %3</source>
        <translation>Línea %1: &quot;%2&quot; no es un número de teléfono ni un ID de usuario de WhatsApp válido. %3</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="211"/>
        <source>Line %1: the recipient is missing.</source>
        <translation>Línea %1: falta el destinatario.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="213"/>
        <source>Line %1: the parameter &quot;%2&quot; is empty.</source>
        <translation>Línea %1: el parámetro &quot;%2&quot; está vacío.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="215"/>
        <source>Line %1: %2 cells, but the header has %3.</source>
        <translation>Línea %1: %2 celdas, pero el encabezado tiene %3.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="217"/>
        <source>Line %1: %2 cells, more than the %3 of the header.</source>
        <translation>Línea %1: %2 celdas, más que las %3 del encabezado.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="219"/>
        <source>Line %1: a quote opens here and never closes; the rest of the file was read as this row and nothing of it is sent.</source>
        <translation>Línea %1: aquí se abren comillas que nunca se cierran; el resto del archivo se leyó como esta fila y no se envía nada de él.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="223"/>
        <source>Line %1: %2 is already on line %3; it is sent once.</source>
        <translation>Línea %1: %2 ya está en la línea %3; se le envía una sola vez.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="225"/>
        <source>Line %1: the value of &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Línea %1: el valor de &quot;%2&quot; tiene más de %3 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="229"/>
        <source>Line %1: empty row, ignored.</source>
        <translation>Línea %1: fila vacía, ignorada.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="245"/>
        <source>The file is %1 MB; a campaign file may have at most %2 MB. Split it into smaller files.</source>
        <translation>El archivo tiene %1 MB; un archivo de campaña puede tener como máximo %2 MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="250"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="259"/>
        <source>The file is larger than %1 MB, the most a campaign file may have. Split it into smaller files.</source>
        <translation>El archivo tiene más de %1 MB, el máximo para un archivo de campaña. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="269"/>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>El archivo está en UTF-16. Guárdelo como &quot;CSV UTF-8&quot; y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="272"/>
        <source>The file is not a text file in UTF-8 (it contains zero bytes). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>El archivo no es un archivo de texto en UTF-8 (contiene bytes cero). Guárdelo como &quot;CSV UTF-8&quot; y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="276"/>
        <source>The file is not in UTF-8 (line %1 has a character in another encoding, such as Windows Latin-1). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation>El archivo no está en UTF-8 (la línea %1 tiene un carácter en otra codificación, como Windows Latin-1). Guárdelo como &quot;CSV UTF-8&quot; y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="282"/>
        <location filename="../app/outbound/CampaignCsv.cpp" line="300"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="291"/>
        <source>The file has more than %1 rows; a campaign may have at most %1 recipients. Split it into smaller files.</source>
        <translation>El archivo tiene más de %1 filas; una campaña puede tener como máximo %1 destinatarios. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="303"/>
        <source>Line %1: the header row has a quote that never closes.</source>
        <translation>Línea %1: el encabezado tiene comillas que nunca se cierran.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="313"/>
        <source>The header row names no recipient column. Name the column of phone numbers or WhatsApp user IDs one of: %1.</source>
        <translation>El encabezado no tiene columna de destinatario. Dé a la columna de números de teléfono o IDs de usuario de WhatsApp uno de estos nombres: %1.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="330"/>
        <source>The header row has no column for the template&apos;s parameter {{%1}}. Name a column &quot;%1&quot;.</source>
        <translation>El encabezado no tiene columna para el parámetro {{%1}} de la plantilla. Llame &quot;%1&quot; a una columna.</translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="452"/>
        <source>The file has a header row but no recipients.</source>
        <translation>El archivo tiene encabezado, pero ningún destinatario.</translation>
    </message>
</context>
<context>
    <name>duet::outbound::Campaigns</name>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="317"/>
        <source>The campaign has no recipient.</source>
        <translation>La campaña no tiene destinatarios.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="318"/>
        <source>The campaign has no recipient left: every one of them stopped marketing messages.</source>
        <translation>No queda ningún destinatario en la campaña: todos pidieron no recibir mensajes de marketing.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="329"/>
        <source>%1 has %2 parameters; the template has %3.</source>
        <translation>%1 tiene %2 parámetros; la plantilla tiene %3.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="346"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="371"/>
        <source>The campaign could not be saved: %1</source>
        <translation>No se pudo guardar la campaña: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="495"/>
        <source>Re-engagement message: the service window is closed</source>
        <translation>Mensaje de reactivación: la ventana de atención está cerrada</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="497"/>
        <source>Message undeliverable</source>
        <translation>Mensaje no entregable</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="499"/>
        <source>Spam rate limit hit</source>
        <translation>Límite por spam alcanzado</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="501"/>
        <source>Not delivered to keep engagement healthy</source>
        <translation>No entregado para mantener una interacción saludable</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="503"/>
        <source>The customer stopped marketing messages</source>
        <translation>El cliente pidió no recibir mensajes de marketing</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="505"/>
        <source>Too many messages to this customer</source>
        <translation>Demasiados mensajes a este cliente</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="507"/>
        <source>Messaging limit reached</source>
        <translation>Límite de mensajes alcanzado</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="509"/>
        <source>Not available for WhatsApp user IDs</source>
        <translation>No disponible para IDs de usuario de WhatsApp</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="511"/>
        <source>Customer in an experiment group</source>
        <translation>Cliente en un grupo de experimento</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="513"/>
        <source>Throughput limit reached</source>
        <translation>Límite de rendimiento alcanzado</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="515"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="517"/>
        <source>Invalid parameter</source>
        <translation>Parámetro no válido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="519"/>
        <source>Temporarily blocked for policy violations</source>
        <translation>Bloqueada temporalmente por infringir las políticas</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="521"/>
        <source>Business account locked</source>
        <translation>Cuenta comercial bloqueada</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="523"/>
        <source>Access token expired</source>
        <translation>Token de acceso vencido</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="528"/>
        <source>Template error</source>
        <translation>Error en la plantilla</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="530"/>
        <source>No error code</source>
        <translation>Sin código de error</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="531"/>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="582"/>
        <source>There is no such campaign.</source>
        <translation>Esa campaña no existe.</translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="587"/>
        <location filename="../app/outbound/Campaigns.cpp" line="592"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="199"/>
        <source>The message could not be saved, so it was not scheduled: %1</source>
        <translation>No se pudo guardar el mensaje, así que no se programó: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="221"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation>No se pudo guardar el mensaje, así que no se envió: %1</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="278"/>
        <source>The customer&apos;s window closes at %1, before %2: schedule a template instead.</source>
        <translation>La ventana del cliente se cierra a las %1, antes de %2: programa una plantilla en su lugar.</translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="318"/>
        <source>This message is no longer waiting to be sent.</source>
        <translation>Este mensaje ya no está esperando para enviarse.</translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="107"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation>Todavía no hay nada guardado en el llavero para esto.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="109"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero disponible. Inicia el llavero de tu escritorio (por ejemplo, GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="112"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéalo (por ejemplo, en GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="115"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation>No se pudo usar el llavero. Vuelve a intentarlo; si sigue fallando, inicia sesión sin recordar el token.</translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="145"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation>No se puede conectar con el hub. Duet sigue intentándolo; revisa la dirección y tu red.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="147"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation>El hub rechazó este token de agente. Pide un token nuevo a tu administrador y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="149"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation>Se revocó el acceso de este agente. Pide un token nuevo a tu administrador y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="151"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión desde este equipo. Duet lo vuelve a intentar en un minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="153"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation>El hub usa otra versión del protocolo. Actualiza Duet para conectarte a él.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="155"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation>El hub envió algo que Duet no pudo usar. Duet se vuelve a conectar y sigue donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="157"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation>Duet no pudo escribir en su base de datos local (¿el disco está lleno?). Lo vuelve a intentar en breve.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="159"/>
        <source>This agent is connected to the hub from too many places at once. Close Duet on another computer; Duet tries again in a minute.</source>
        <translation>Este agente está conectado al hub desde demasiados lugares a la vez. Cierra Duet en otro equipo; Duet lo vuelve a intentar en un minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="162"/>
        <source>The hub&apos;s certificate was refused, so Duet did not send your token. Ask your administrator.</source>
        <translation>Se rechazó el certificado del hub, así que Duet no envió tu token. Consulta a tu administrador.</translation>
    </message>
</context>
<context>
    <name>duet::ui::AccountBanner</name>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="41"/>
        <source>Number status</source>
        <translation>Estado del número</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="54"/>
        <location filename="../ui/AccountBanner.cpp" line="55"/>
        <source>Close this note</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="144"/>
        <source>WhatsApp disconnected this number from Duet</source>
        <translation>WhatsApp desconectó este número de Duet</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="146"/>
        <source>WhatsApp took this number off the Cloud API</source>
        <translation>WhatsApp retiró este número de la Cloud API</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="148"/>
        <source>The WhatsApp Business account was deleted</source>
        <translation>La cuenta de WhatsApp Business fue eliminada</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="150"/>
        <source>Open WhatsApp Business on the phone</source>
        <translation>Abre WhatsApp Business en el teléfono</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="152"/>
        <source>The number is connected again</source>
        <translation>El número vuelve a estar conectado</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="162"/>
        <source>Since %1 %2.</source>
        <translation>Desde el %1 a las %2.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="166"/>
        <source>Messages sent meanwhile wait in the outbox and leave once it is reconnected.</source>
        <translation>Los mensajes enviados mientras tanto esperan en la bandeja de salida y salen en cuanto se vuelva a conectar.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="181"/>
        <source>The number was registered again, or the phone it runs on changed. Reconnect the number from the WhatsApp Business app on the phone.</source>
        <translation>El número se registró de nuevo, o cambió el teléfono en el que funciona. Vuelve a conectar el número desde la app WhatsApp Business del teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="185"/>
        <source>Duet can no longer send or receive messages for this number. Check the account in Meta Business Suite.</source>
        <translation>Duet ya no puede enviar ni recibir mensajes de este número. Revisa la cuenta en Meta Business Suite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="191"/>
        <source>The WhatsApp Business app on the phone was last used %n day(s) ago.</source>
        <translation>
            <numerusform>La app WhatsApp Business del teléfono se usó por última vez hace %n día.</numerusform>
            <numerusform>La app WhatsApp Business del teléfono se usó por última vez hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="193"/>
        <source>WhatsApp disconnects the number after 14 days without it: open the app within %n day(s).</source>
        <translation>
            <numerusform>WhatsApp desconecta el número tras 14 días sin ella: abre la app en menos de %n día.</numerusform>
            <numerusform>WhatsApp desconecta el número tras 14 días sin ella: abre la app en menos de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="195"/>
        <source>WhatsApp may disconnect the number at any moment: open the app on the phone now.</source>
        <translation>WhatsApp puede desconectar el número en cualquier momento: abre la app en el teléfono ahora.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="199"/>
        <source>Messages that waited in the outbox are on their way.</source>
        <translation>Los mensajes que esperaban en la bandeja de salida ya van en camino.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="207"/>
        <source>The phone app was not opened for 14 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation>La app del teléfono no se abrió en 14 días: abre WhatsApp Business en el teléfono y luego vuelve a conectar el número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="210"/>
        <source>A device linked to the number was not used for 30 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation>Un dispositivo vinculado al número no se usó en 30 días: abre WhatsApp Business en el teléfono y luego vuelve a conectar el número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="213"/>
        <source>The business changed its phone number in the WhatsApp Business app: connect the new number.</source>
        <translation>La empresa cambió su número de teléfono en la app WhatsApp Business: conecta el número nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="215"/>
        <source>The number was registered on another phone: reconnect it from the phone it runs on now.</source>
        <translation>El número se registró en otro teléfono: vuelve a conectarlo desde el teléfono en el que funciona ahora.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="217"/>
        <source>The number was moved to the personal WhatsApp app: move it back to WhatsApp Business, then reconnect the number.</source>
        <translation>El número se pasó a la app personal de WhatsApp: devuélvelo a WhatsApp Business y luego vuelve a conectar el número.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="220"/>
        <source>Meta disconnected the account (an enforcement, or the account was deleted): check it in Meta Business Suite.</source>
        <translation>Meta desconectó la cuenta (una sanción, o la cuenta fue eliminada): revísala en Meta Business Suite.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="223"/>
        <source>The business removed Duet&apos;s access to the number, or Meta gave no reason: reconnect the number to send again.</source>
        <translation>La empresa quitó el acceso de Duet al número, o Meta no dio motivo: vuelve a conectar el número para enviar de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="225"/>
        <source>Meta&apos;s reason: %1. Reconnect the number to send again.</source>
        <translation>Motivo de Meta: %1. Vuelve a conectar el número para enviar de nuevo.</translation>
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
            <numerusform>%1 — %2 — %n abierta</numerusform>
            <numerusform>%1 — %2 — %n abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="118"/>
        <source>, %n snoozed</source>
        <translation>
            <numerusform>, %n pospuesta</numerusform>
            <numerusform>, %n pospuestas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="120"/>
        <source> — first reply %1 (median)</source>
        <translation> — primera respuesta %1 (mediana)</translation>
    </message>
</context>
<context>
    <name>duet::ui::AttachmentChip</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="80"/>
        <source>Remove the attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="82"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
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
        <translation>Subiendo…</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="131"/>
        <source>Uploading… %1 of %2</source>
        <translation>Subiendo… %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="139"/>
        <source>Upload failed: %1. Send again to retry.</source>
        <translation>Falló la subida: %1. Vuelve a enviar para reintentar.</translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="160"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
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
        <translation>Programada para %1</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running (started late)</source>
        <translation>En curso (empezó tarde)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="143"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="145"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="147"/>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n leído</numerusform>
            <numerusform>%n leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="161"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
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
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="203"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="205"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="207"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="209"/>
        <source>Sent, delivered, read, failed</source>
        <translation>Enviados, entregados, leídos, fallidos</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="211"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>duet::ui::CampaignsView</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="230"/>
        <source>Failures by Meta error code</source>
        <translation>Fallos por código de error de Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="232"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="233"/>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="234"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="235"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="236"/>
        <source>&amp;Cancel campaign…</source>
        <translation>&amp;Cancelar campaña…</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="237"/>
        <source>Resend &amp;uncertain…</source>
        <translation>Reenviar &amp;inciertos…</translation>
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
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="248"/>
        <source>Campaigns, newest first</source>
        <translation>Campañas, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="258"/>
        <source>No campaigns yet — New campaign… sends an approved template to a list of customers from a CSV file, now or at a time you choose.</source>
        <translation>Todavía no hay campañas — Nueva campaña… envía una plantilla aprobada a una lista de clientes de un archivo CSV, ahora o a la hora que elija.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="262"/>
        <source>No campaigns yet</source>
        <translation>Todavía no hay campañas</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Meta code</source>
        <translation>Código de Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>What happened and what to do</source>
        <translation>Qué pasó y qué hacer</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="271"/>
        <source>Failures grouped by Meta error code</source>
        <translation>Fallos agrupados por código de error de Meta</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="277"/>
        <source>Stops handing the campaign&apos;s messages to the sender; messages already on their way finish.</source>
        <translation>Deja de pasar los mensajes de la campaña al envío; los que ya están en camino terminan.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="278"/>
        <source>Sends the campaign&apos;s remaining messages again.</source>
        <translation>Vuelve a enviar los mensajes restantes de la campaña.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="279"/>
        <source>Cancels the messages not sent yet; what was sent stays sent.</source>
        <translation>Cancela los mensajes aún no enviados; lo enviado queda enviado.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="281"/>
        <source>Sends again the messages whose outcome is unknown (Duet lost the connection while sending them).</source>
        <translation>Envía de nuevo los mensajes cuyo resultado se desconoce (Duet perdió la conexión mientras los enviaba).</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="282"/>
        <source>Saves every recipient with the outcome of their message as a CSV file.</source>
        <translation>Guarda cada destinatario con el resultado de su mensaje en un archivo CSV.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="287"/>
        <source>The campaign is paused.</source>
        <translation>La campaña está en pausa.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="292"/>
        <source>The campaign goes on.</source>
        <translation>La campaña continúa.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="436"/>
        <source>Choose a campaign to see its details.</source>
        <translation>Elija una campaña para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="445"/>
        <source>%1 — template %2</source>
        <translation>%1 — plantilla %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="448"/>
        <source>started %1</source>
        <translation>empezó el %1</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="450"/>
        <source>its time passed while Duet was closed, so it started when Duet opened again</source>
        <translation>su hora pasó mientras Duet estaba cerrado, así que empezó cuando Duet se abrió de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="452"/>
        <source>finished %1</source>
        <translation>terminó el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="454"/>
        <source>%n recipient(s) left out: they stopped marketing messages</source>
        <translation>
            <numerusform>%n destinatario excluido: dejó de recibir mensajes de marketing</numerusform>
            <numerusform>%n destinatarios excluidos: dejaron de recibir mensajes de marketing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="458"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="459"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n enviándose</numerusform>
            <numerusform>%n enviándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="460"/>
        <source>%n accepted by Meta</source>
        <translation>
            <numerusform>%n aceptado por Meta</numerusform>
            <numerusform>%n aceptados por Meta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="461"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="462"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n entregado</numerusform>
            <numerusform>%n entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="463"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n leído</numerusform>
            <numerusform>%n leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="464"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="465"/>
        <source>%n uncertain (need attention)</source>
        <translation>
            <numerusform>%n incierto (requiere atención)</numerusform>
            <numerusform>%n inciertos (requieren atención)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="466"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="467"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n descartado</numerusform>
            <numerusform>%n descartados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="474"/>
        <source>%n recipient(s): </source>
        <translation>
            <numerusform>%n destinatario: </numerusform>
            <numerusform>%n destinatarios: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="481"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="486"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="507"/>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="508"/>
        <source>Cancel “%1”? The %n message(s) not sent yet will not be sent. Messages already sent stay sent, and a cancelled campaign cannot be resumed.</source>
        <translation>
            <numerusform>¿Cancelar “%1”? El %n mensaje aún no enviado no se enviará. Los mensajes ya enviados quedan enviados, y una campaña cancelada no se puede reanudar.</numerusform>
            <numerusform>¿Cancelar “%1”? Los %n mensajes aún no enviados no se enviarán. Los mensajes ya enviados quedan enviados, y una campaña cancelada no se puede reanudar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="516"/>
        <source>The campaign is cancelled.</source>
        <translation>La campaña está cancelada.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="528"/>
        <source>Resend uncertain messages</source>
        <translation>Reenviar mensajes inciertos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="529"/>
        <source>Duet lost the connection while sending %n message(s): Meta may have received them or not. Sending them again may deliver a message twice to those customers. If Meta reports them later, Duet updates them anyway. Send them again?</source>
        <translation>
            <numerusform>Duet perdió la conexión mientras enviaba %n mensaje: puede que Meta lo haya recibido o no. Enviarlo de nuevo puede entregar el mensaje dos veces a ese cliente. Si Meta informa de él más tarde, Duet lo actualiza de todos modos. ¿Enviarlo de nuevo?</numerusform>
            <numerusform>Duet perdió la conexión mientras enviaba %n mensajes: puede que Meta los haya recibido o no. Enviarlos de nuevo puede entregar un mensaje dos veces a esos clientes. Si Meta informa de ellos más tarde, Duet los actualiza de todos modos. ¿Enviarlos de nuevo?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="537"/>
        <source>%n message(s) are sent again.</source>
        <translation>
            <numerusform>%n mensaje se envía de nuevo.</numerusform>
            <numerusform>%n mensajes se envían de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="545"/>
        <source>Choose a campaign first.</source>
        <translation>Elija una campaña primero.</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="563"/>
        <location filename="../ui/CampaignsView.cpp" line="571"/>
        <source>Export campaign results</source>
        <translation>Exportar resultados de la campaña</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="564"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="569"/>
        <source>The results were saved to %1.</source>
        <translation>Los resultados se guardaron en %1.</translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedReplies</name>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Hello {name}, this is {agent}. How can I help you today?</source>
        <translation>Hola, {name}. Soy {agent}. ¿En qué puedo ayudarte hoy?</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>One moment</source>
        <translation>Un momento</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>Thank you, {name}. Let me check that for you, it will take a moment.</source>
        <translation>Gracias, {name}. Déjame revisarlo, será solo un momento.</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Is there anything else I can help you with?</source>
        <translation>¿Hay algo más en lo que pueda ayudarte?</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Closing</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Thank you for contacting us, {name}. Have a great day! {agent}</source>
        <translation>Gracias por escribirnos, {name}. ¡Que tengas un excelente día! {agent}</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="35"/>
        <source>there</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="47"/>
        <source>The canned replies could not be read from %1: %2</source>
        <translation>No se pudieron leer las respuestas rápidas de %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="53"/>
        <source>The canned replies file %1 is not valid (%2); the default replies are shown and the file is left as it is.</source>
        <translation>El archivo de respuestas rápidas %1 no es válido (%2); se muestran las respuestas predeterminadas y el archivo queda como está.</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="55"/>
        <source>expected a list</source>
        <translation>se esperaba una lista</translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="81"/>
        <source>The canned replies could not be saved to %1: %2</source>
        <translation>No se pudieron guardar las respuestas rápidas en %1: %2</translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedRepliesDialog</name>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="27"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="29"/>
        <source>Canned replies</source>
        <translation>Respuestas rápidas</translation>
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
        <translation>Usa {name} para el nombre del cliente y {agent} para el tuyo.</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="35"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="36"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="95"/>
        <source>New reply</source>
        <translation>Nueva respuesta</translation>
    </message>
</context>
<context>
    <name>duet::ui::ClosingSoonModel</name>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="219"/>
        <source>Window closed</source>
        <translation>Ventana cerrada</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="221"/>
        <source>Closes in under a minute</source>
        <translation>Se cierra en menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="222"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Se cierra en %n min</numerusform>
            <numerusform>Se cierra en %n min</numerusform>
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
        <translation>sin asignar</translation>
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
        <translation>Escribe un comando…</translation>
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
        <translation>Elige una conversación para empezar a escribir.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Write to the customer</source>
        <translation>Escribir al cliente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Write a private note for the team (Ctrl+Shift+N)</source>
        <translation>Escribir una nota privada para el equipo (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="94"/>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="96"/>
        <source>Schedule send</source>
        <translation>Programar envío</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="97"/>
        <source>Schedule send… (Ctrl+Shift+Enter)</source>
        <translation>Programar envío… (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="98"/>
        <source>Composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="99"/>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="107"/>
        <source>Time left in the service window</source>
        <translation>Tiempo restante en la ventana de atención</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="109"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="110"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <location filename="../ui/Composer.cpp" line="617"/>
        <source>Attach a file</source>
        <translation>Adjuntar archivo</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="115"/>
        <source>Attach a file (Ctrl+Shift+A)</source>
        <translation>Adjuntar archivo (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Reply to the customer</source>
        <translation>Responder al cliente</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a private note… (@ to mention)</source>
        <translation>Escribe una nota privada… (@ para mencionar)</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="277"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Private note: only your team sees it</source>
        <translation>Nota privada: solo tu equipo la ve</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="367"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="502"/>
        <source>A message with an attachment cannot be scheduled: send it now, or remove the file.</source>
        <translation>Un mensaje con un adjunto no se puede programar: envíalo ahora o quita el archivo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerAttachments</name>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="22"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="24"/>
        <source>videos</source>
        <translation>videos</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="26"/>
        <source>audio files</source>
        <translation>archivos de audio</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="28"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="30"/>
        <source>stickers</source>
        <translation>stickers</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="73"/>
        <source>Wait until the file being sent has been uploaded.</source>
        <translation>Espera a que termine de subirse el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="75"/>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="90"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="93"/>
        <source>%1 cannot be sent: WhatsApp does not take this type of file (%2). %3</source>
        <translation>No se puede enviar %1: WhatsApp no admite este tipo de archivo (%2). %3</translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="96"/>
        <source>%1 is too large to send (%2): WhatsApp takes %3 up to %4. %5</source>
        <translation>%1 es demasiado grande para enviarse (%2): WhatsApp admite %3 de hasta %4. %5</translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerCompletion</name>
    <message>
        <location filename="../ui/ComposerCompletion.cpp" line="30"/>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectAccessPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="96"/>
        <source>Give Duet access</source>
        <translation>Da acceso a Duet</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="97"/>
        <source>Both are kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Los dos se guardan en el llavero de este equipo, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="100"/>
        <location filename="../ui/ConnectWizard.cpp" line="107"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="101"/>
        <location filename="../ui/ConnectWizard.cpp" line="108"/>
        <source>App secret</source>
        <translation>Clave secreta de la app</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="110"/>
        <source>The access token: in Meta Business Settings, under Users &gt; System users, generate a token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging (a system user&apos;s token does not expire).</source>
        <translation>El token de acceso: en Meta Business Settings, en Usuarios &gt; Usuarios del sistema, genera un token para tu app con los permisos whatsapp_business_management y whatsapp_business_messaging (el token de un usuario del sistema no caduca).</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="114"/>
        <source>The app secret: in the App Dashboard, App settings &gt; Basic &gt; App secret. Meta signs every webhook with it.</source>
        <translation>La clave secreta de la app: en el panel de apps, Configuración de la app &gt; Básica &gt; Clave secreta de la app. Meta firma cada webhook con ella.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectCheckPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="56"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="58"/>
        <source>Checking with Meta</source>
        <translation>Comprobando con Meta</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="59"/>
        <source>Nothing is saved until every check has passed.</source>
        <translation>No se guarda nada hasta que pasen todas las comprobaciones.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="77"/>
        <source>: asking Meta</source>
        <translation>: preguntando a Meta</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="83"/>
        <source>Every check passed. Next connects the number: Duet keeps these settings in the keychain and starts its hub.</source>
        <translation>Todas las comprobaciones pasaron. Siguiente conecta el número: Duet guarda esta configuración en el llavero e inicia su hub.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="85"/>
        <source>Fix what is shown above (Back), or check again.</source>
        <translation>Corrige lo que se muestra arriba (Atrás) o comprueba de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="122"/>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="146"/>
        <source>The number could not be connected: %1</source>
        <translation>No se pudo conectar el número: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectImportPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="210"/>
        <source>Request history and contacts now</source>
        <translation>Pedir historial y contactos ahora</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="215"/>
        <source>Import the phone app&apos;s chats and contacts</source>
        <translation>Importar los chats y los contactos de la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="216"/>
        <source>Once, within 24 hours of connecting the number.</source>
        <translation>Una vez, en las 24 horas siguientes a conectar el número.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="231"/>
        <source>Asking Meta…</source>
        <translation>Preguntando a Meta…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="247"/>
        <source>This number is not on the WhatsApp Business app, so there is no chat history or address book to import. Finish, and Duet shows new messages as they arrive.</source>
        <translation>Este número no está en la app WhatsApp Business, así que no hay historial ni agenda que importar. Termina, y Duet muestra los mensajes nuevos a medida que llegan.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="258"/>
        <source>WhatsApp can send Duet the chats of the last 180 days (photos and documents of the last 14 days only) and the names in the phone app&apos;s address book. Meta sends them once, and only if Duet asks before %1; later the business has to disconnect the number and connect it again.

Ask once Meta shows the webhook as verified with the fields history and smb_app_state_sync subscribed, or the chats are lost. If you finish without asking, the team overview keeps the button and the deadline.</source>
        <translation>WhatsApp puede enviar a Duet los chats de los últimos 180 días (fotos y documentos solo de los últimos 14 días) y los nombres de la agenda de la app del teléfono. Meta los envía una vez, y solo si Duet los pide antes del %1; después la empresa tiene que desconectar el número y volver a conectarlo.

Pídelos cuando Meta muestre el webhook verificado con los campos history y smb_app_state_sync suscritos, o los chats se pierden. Si terminas sin pedirlos, el resumen del equipo conserva el botón y el plazo.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="267"/>
        <source>First tick, on the previous page, that Meta verified the webhook.</source>
        <translation>Primero marca, en la página anterior, que Meta verificó el webhook.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectNumberPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="31"/>
        <source>for example %1</source>
        <extracomment>A field&apos;s grey hint before anything is typed; %1 is an example of a Meta id</extracomment>
        <translation>por ejemplo %1</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="41"/>
        <location filename="../ui/ConnectWizard.cpp" line="58"/>
        <source>Phone number ID</source>
        <translation>Identificador del número de teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="42"/>
        <location filename="../ui/ConnectWizard.cpp" line="59"/>
        <source>WhatsApp Business Account ID</source>
        <translation>Identificador de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="46"/>
        <source>Connect your WhatsApp number</source>
        <translation>Conecta tu número de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="47"/>
        <source>Duet runs its own hub on this computer and talks to WhatsApp through Meta&apos;s Cloud API.</source>
        <translation>Duet ejecuta su propio hub en este equipo y habla con WhatsApp a través de la Cloud API de Meta.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="62"/>
        <source>In Meta&apos;s App Dashboard, open your app&apos;s WhatsApp &gt; API Setup page: it shows the phone number ID and the WhatsApp Business Account ID of your number. They are long numbers of their own, not the phone number.</source>
        <translation>En el panel de apps de Meta, abre la página WhatsApp &gt; Configuración de la API de tu app: muestra el identificador del número de teléfono y el de la cuenta de WhatsApp Business de tu número. Son números largos propios, no el número de teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="82"/>
        <source>Both are digits only, up to 32 of them.</source>
        <translation>Los dos son solo dígitos, hasta 32.</translation>
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
        <translation>Meta muestra el webhook como verificado y estos campos como suscritos</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="164"/>
        <source>Send WhatsApp&apos;s webhooks to Duet</source>
        <translation>Envía los webhooks de WhatsApp a Duet</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="165"/>
        <source>In the App Dashboard, open WhatsApp &gt; Configuration and edit the webhook.</source>
        <translation>En el panel de apps, abre WhatsApp &gt; Configuración y edita el webhook.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="175"/>
        <source>Copy the webhook fields</source>
        <translation>Copiar los campos del webhook</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="180"/>
        <source>Callback URL</source>
        <translation>URL de devolución de llamada</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="181"/>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="182"/>
        <source>Webhook fields</source>
        <translation>Campos del webhook</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="186"/>
        <source>Enter the callback URL and the verify token, press Verify and save (Meta asks Duet&apos;s hub at once, so keep Duet open), then subscribe each field listed.</source>
        <translation>Introduce la URL de devolución de llamada y el token de verificación, pulsa Verificar y guardar (Meta consulta al hub de Duet al momento, así que mantén Duet abierto) y suscribe cada campo de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="196"/>
        <source>Duet&apos;s hub receives webhooks at %1 on this computer. Meta reaches it only over https: run a tunnel or reverse proxy to port %2 (for example cloudflared or ngrok) and use its public address below, ending in /webhook.</source>
        <translation>El hub de Duet recibe webhooks en %1 en este equipo. Meta solo llega a él por https: ejecuta un túnel o proxy inverso al puerto %2 (por ejemplo cloudflared o ngrok) y usa abajo su dirección pública, terminada en /webhook.</translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="202"/>
        <source>https://your-tunnel-address/webhook</source>
        <translation>https://direccion-de-tu-tunel/webhook</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectWizard</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="130"/>
        <source>Connect your WhatsApp number</source>
        <translation>Conecta tu número de WhatsApp</translation>
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
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="49"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="61"/>
        <source>Offline, retrying</source>
        <translation>Sin conexión, reintentando</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="63"/>
        <source>Offline, retrying in a minute</source>
        <translation>Sin conexión, reintento en un minuto</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="65"/>
        <source>Too many connections, retrying in a minute</source>
        <translation>Demasiadas conexiones, reintento en un minuto</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Access revoked</source>
        <translation>Acceso revocado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
        <source>Update Duet to connect</source>
        <translation>Actualiza Duet para conectarte</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="73"/>
        <source>Hub certificate refused</source>
        <translation>Certificado del hub rechazado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="119"/>
        <source>Connection to the hub: %1</source>
        <translation>Conexión con el hub: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="288"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="296"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="298"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="300"/>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="302"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="304"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="306"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="308"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="310"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="312"/>
        <source>Media</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="314"/>
        <source>Unsupported message</source>
        <translation>Mensaje no admitido</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="316"/>
        <source>Conversations merged</source>
        <translation>Conversaciones unidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="345"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n sin leer, %2</numerusform>
            <numerusform>%1, %n sin leer, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="374"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="376"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="380"/>
        <source>Snooze over</source>
        <translation>Posposición vencida</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="381"/>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="444"/>
        <source>The inbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de entrada: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationPane</name>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="43"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="44"/>
        <source>Search  (Ctrl+K)</source>
        <translation>Buscar  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Messages by their words; customers by name, @username, any part of their number or their user ID.</source>
        <translation>Mensajes por sus palabras; clientes por nombre, @usuario, cualquier parte de su número o su ID de usuario.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
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
        <translation>Por cerrar</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation>Conversaciones asignadas a ti (Alt+1)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation>Sin agente asignado (Alt+2)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>Every conversation (Alt+3)</source>
        <translation>Todas las conversaciones (Alt+3)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation>La ventana de 24 horas se cierra en menos de una hora (Alt+4)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="53"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation>La ventana de 24 horas está cerrada: solo plantillas (Alt+5)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="61"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="74"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="91"/>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="94"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="176"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="177"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation>Ordenadas por última actividad. Haz clic para ordenar por el cierre de la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="178"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation>Ordenadas por el cierre de la ventana. Haz clic para ordenar por última actividad.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="209"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="210"/>
        <source>No customer or message matches “%1”.</source>
        <translation>Ningún cliente ni mensaje coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="212"/>
        <source>No conversations here.</source>
        <translation>No hay conversaciones aquí.</translation>
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
        <translation>Sin indicar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CostModel.cpp" line="83"/>
        <source>%n message(s) whose billing Meta has not stated yet</source>
        <translation>
            <numerusform>%n mensaje cuyo cobro Meta aún no ha indicado</numerusform>
            <numerusform>%n mensajes cuyo cobro Meta aún no ha indicado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="96"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="98"/>
        <source>Billable</source>
        <translation>Facturables</translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="100"/>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
</context>
<context>
    <name>duet::ui::CustomerText</name>
    <message>
        <location filename="../ui/CustomerText.cpp" line="42"/>
        <source>phone number not shared</source>
        <translation>número de teléfono no compartido</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer without a shared number</source>
        <translation>Cliente sin número compartido</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer in %1</source>
        <translation>Cliente en %1</translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="143"/>
        <source>Merged with the conversation of %1</source>
        <translation>Unida a la conversación de %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="94"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>30 days</source>
        <translation>30 días</translation>
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
        <translation>Exportar las cifras del panel como CSV</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="118"/>
        <source>Export a picture of the dashboard as PNG</source>
        <translation>Exportar una imagen del panel como PNG</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="127"/>
        <source>The figures could not be exported: %1</source>
        <translation>No se pudieron exportar las cifras: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>Export picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="134"/>
        <source>The picture could not be exported: %1</source>
        <translation>No se pudo exportar la imagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>Conversations opened</source>
        <translation>Conversaciones abiertas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>First replies within 15 min</source>
        <translation>Primeras respuestas en menos de 15 min</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Waiting for a reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <location filename="../ui/DashboardView.cpp" line="343"/>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Windows closing within the hour, no reply</source>
        <translation>Ventanas que cierran en la próxima hora, sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Billable messages</source>
        <translation>Mensajes facturables</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="149"/>
        <source>Show the conversations behind this figure</source>
        <translation>Mostrar las conversaciones detrás de esta cifra</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="173"/>
        <source>Windows closing within the hour without a reply</source>
        <translation>Ventanas que cierran en la próxima hora sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Campaign progress</source>
        <translation>Progreso de las campañas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>The conversations behind the figure</source>
        <translation>Las conversaciones detrás de la cifra</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="176"/>
        <source>Click a figure or a bar to list its conversations; double-click one to open it.</source>
        <translation>Haz clic en una cifra o en una barra para ver sus conversaciones; haz doble clic en una para abrirla.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="205"/>
        <source>Windows closing within the hour, no reply yet</source>
        <translation>Ventanas que cierran en la próxima hora, aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="207"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Conversations opened and messages</source>
        <translation>Conversaciones abiertas y mensajes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Time to first reply</source>
        <translation>Tiempo hasta la primera respuesta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Time to resolution</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Agents&apos; open conversations</source>
        <translation>Conversaciones abiertas por agente</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="232"/>
        <source>Business messages by category</source>
        <translation>Mensajes de la empresa por categoría</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="269"/>
        <source>Waited up to</source>
        <translation>Esperó hasta</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="285"/>
        <source>Click a bar to list its conversations</source>
        <translation>Haz clic en una barra para ver sus conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="321"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="323"/>
        <source>Conversations and messages</source>
        <translation>Conversaciones y mensajes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="324"/>
        <location filename="../ui/DashboardView.cpp" line="342"/>
        <source>First replies</source>
        <translation>Primeras respuestas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="325"/>
        <source>Resolutions</source>
        <translation>Resoluciones</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="326"/>
        <source>Agents&apos; load</source>
        <translation>Carga de los agentes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="327"/>
        <source>Closing windows</source>
        <translation>Ventanas que cierran</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="328"/>
        <source>Message costs</source>
        <translation>Costes de los mensajes</translation>
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
        <translation>ninguna aún</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="359"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="360"/>
        <source>%n first replies in the period</source>
        <translation>
            <numerusform>%n primera respuesta en el período</numerusform>
            <numerusform>%n primeras respuestas en el período</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>From customers</source>
        <translation>De los clientes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From agents</source>
        <translation>De los agentes</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From the phone app</source>
        <translation>Desde la app del teléfono</translation>
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
        <translation>Conversaciones abiertas y mensajes por hora</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="447"/>
        <source>Conversations opened and messages by day</source>
        <translation>Conversaciones abiertas y mensajes por día</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>%1 (online)</source>
        <translation>%1 (en línea)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="491"/>
        <source>Open (online)</source>
        <translation>Abiertas (en línea)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="492"/>
        <source>Open (not online)</source>
        <translation>Abiertas (sin conexión)</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="493"/>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="505"/>
        <location filename="../ui/DashboardView.cpp" line="696"/>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="511"/>
        <source>Billable</source>
        <translation>Facturables</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="512"/>
        <source>Free</source>
        <translation>Gratuitos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="513"/>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="522"/>
        <source>%1 — closes in %n min</source>
        <translation>
            <numerusform>%1 — cierra en %n min</numerusform>
            <numerusform>%1 — cierra en %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="529"/>
        <source>None: every customer whose window closes soon has a reply.</source>
        <translation>Ninguna: todos los clientes cuya ventana cierra pronto tienen respuesta.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="532"/>
        <source>Campaigns run in this desktop&apos;s outbox, which is not open.</source>
        <translation>Las campañas se ejecutan en la bandeja de salida de este equipo, que no está abierta.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="534"/>
        <source>No campaigns yet.</source>
        <translation>Aún no hay campañas.</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="540"/>
        <source>%1: %2 of %3 sent (%4%), %5 failed</source>
        <translation>%1: %2 de %3 enviados (%4 %), %5 fallidos</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="570"/>
        <location filename="../ui/DashboardView.cpp" line="577"/>
        <source>The conversations could not be read: %1</source>
        <translation>No se pudieron leer las conversaciones: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="580"/>
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n conversación)</numerusform>
            <numerusform>%1 (%n conversaciones)</numerusform>
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
        <translation>Primera respuesta en %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="682"/>
        <source>Resolved in %1</source>
        <translation>Resueltas en %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="688"/>
        <source>Open conversations of %1</source>
        <translation>Conversaciones abiertas de %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="694"/>
        <source>Business messages: %1</source>
        <translation>Mensajes de la empresa: %1</translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="761"/>
        <source>the picture could not be written to %1</source>
        <translation>no se pudo escribir la imagen en %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::DateTimeField</name>
    <message>
        <location filename="../ui/DateTimeField.cpp" line="22"/>
        <source>Alt+Down opens the calendar</source>
        <translation>Alt+Flecha abajo abre el calendario</translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="70"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los borradores en %1: %2</translation>
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
        <translation>Historial y contactos de la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="58"/>
        <source>Request the phone app&apos;s history and contacts from Meta</source>
        <translation>Pedir a Meta el historial y los contactos de la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="68"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="69"/>
        <source>Open the team overview with the import&apos;s details</source>
        <translation>Abrir el resumen del equipo con los detalles de la importación</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="102"/>
        <source>The import&apos;s state could not be read: %1</source>
        <translation>No se pudo leer el estado de la importación: %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>Request &amp;again…</source>
        <translation>Pedir &amp;de nuevo…</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>&amp;Request history and contacts</source>
        <translation>&amp;Pedir historial y contactos</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="117"/>
        <source>Connect to the hub first.</source>
        <translation>Conéctate primero al hub.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="129"/>
        <source>Chat history and contacts from the phone app</source>
        <translation>Historial de chats y contactos de la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="135"/>
        <source>Duet has no record of when the number was connected: if it was within the last 24 hours, request them now.</source>
        <translation>Duet no tiene registro de cuándo se conectó el número: si fue en las últimas 24 horas, pídelos ahora.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="139"/>
        <source>Not requested yet. Meta takes the request once, until %1 (%2 left); after that the business has to disconnect the number and connect it again.</source>
        <translation>Aún sin pedir. Meta acepta la solicitud una vez, hasta el %1 (quedan %2); después la empresa tiene que desconectar el número y volver a conectarlo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="142"/>
        <source>Meta&apos;s 24 hours ended %1: it will most likely refuse. To import anyway, disconnect the number, connect it again and request at once.</source>
        <translation>Las 24 horas de Meta terminaron el %1: lo más probable es que lo rechace. Para importar de todos modos, desconecta el número, vuelve a conectarlo y pídelo enseguida.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="150"/>
        <source>%1: not requested yet.</source>
        <translation>%1: aún sin pedir.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="151"/>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="154"/>
        <source>%1: requested %2%3; Meta&apos;s answer never arrived (the hub stopped?). If nothing is imported within an hour, request again.</source>
        <translation>%1: pedido el %2%3; la respuesta de Meta nunca llegó (¿se detuvo el hub?). Si no se importa nada en una hora, pídelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="158"/>
        <source>%1: requested %2%3; Meta accepted.</source>
        <translation>%1: pedido el %2%3; Meta aceptó.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="161"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="164"/>
        <source>%1: requested %2 and accepted; the repeat of %3 was refused by Meta: %4.</source>
        <translation>%1: pedido el %2 y aceptado; la repetición del %3 fue rechazada por Meta: %4.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="166"/>
        <source>%1: Meta refused the request of %2: %3.</source>
        <translation>%1: Meta rechazó la solicitud del %2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="168"/>
        <source>Meta takes it once per onboarding; to import again, disconnect the number, connect it again and request within 24 hours.</source>
        <translation>Meta lo acepta una vez por incorporación; para importar de nuevo, desconecta el número, vuelve a conectarlo y pídelo en las 24 horas siguientes.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="170"/>
        <source>Check the number&apos;s connection (duet-hub setup) and request again.</source>
        <translation>Comprueba la conexión del número (duet-hub setup) y pídelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="178"/>
        <source>The business turned chat history sharing off in the WhatsApp Business app (%1): past chats are not imported; new messages and contacts still arrive. To import the history, disconnect the number and connect it again, choosing to share the chat history in the app, then request within 24 hours.</source>
        <translation>La empresa desactivó el uso compartido del historial en la app WhatsApp Business (%1): los chats anteriores no se importan; los mensajes nuevos y los contactos siguen llegando. Para importar el historial, desconecta el número y vuelve a conectarlo eligiendo compartir el historial en la app, y pídelo en las 24 horas siguientes.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="184"/>
        <source>No chat history has arrived yet: Meta sends it over minutes to hours.</source>
        <translation>Aún no ha llegado historial: Meta lo envía en minutos u horas.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="188"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="189"/>
        <source>the last 90 days</source>
        <translation>los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="190"/>
        <source>90 to 180 days ago</source>
        <translation>de hace 90 a 180 días</translation>
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
        <translation>Historial importado (100 %).</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="194"/>
        <source>Chat history arriving: %1 %.</source>
        <translation>Historial llegando: %1 %.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="201"/>
        <source>This number is not on the WhatsApp Business app: there is no chat history or address book to import.</source>
        <translation>Este número no está en la app WhatsApp Business: no hay historial ni agenda que importar.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="209"/>
        <source>Before requesting, check that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed: Meta sends everything once.</source>
        <translation>Antes de pedir, comprueba que el panel de Meta muestra el webhook verificado con los campos history y smb_app_state_sync suscritos: Meta lo envía todo una sola vez.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="213"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="215"/>
        <source>%n address-book name(s) imported.</source>
        <translation>
            <numerusform>%n nombre de la agenda importado.</numerusform>
            <numerusform>%n nombres de la agenda importados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="216"/>
        <source>Chat history</source>
        <translation>Historial de chats</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="221"/>
        <source>%n conversation(s) hold only imported history: they stay out of Unassigned until someone writes.</source>
        <translation>
            <numerusform>%n conversación solo tiene historial importado: queda fuera de Sin asignar hasta que alguien escriba.</numerusform>
            <numerusform>%n conversaciones solo tienen historial importado: quedan fuera de Sin asignar hasta que alguien escriba.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="224"/>
        <source>WhatsApp transfers the photos, videos and documents of the last 14 days only: older media shows as a placeholder.</source>
        <translation>WhatsApp solo transfiere las fotos, vídeos y documentos de los últimos 14 días: los archivos más antiguos aparecen como marcador.</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="235"/>
        <source>Meta takes this request once per onboarding: asking again is useful only if nothing ever arrived, and Meta will most likely refuse. Request again?</source>
        <translation>Meta acepta esta solicitud una vez por incorporación: pedirla de nuevo solo sirve si nunca llegó nada, y lo más probable es que Meta la rechace. ¿Pedir de nuevo?</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="237"/>
        <source>Meta sends the chat history and contacts to the hub&apos;s webhook once. Check first that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed. Request them now?</source>
        <translation>Meta envía el historial y los contactos al webhook del hub una sola vez. Comprueba antes que el panel de Meta muestra el webhook verificado con los campos history y smb_app_state_sync suscritos. ¿Pedirlos ahora?</translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="245"/>
        <source>Asking Meta…</source>
        <translation>Preguntando a Meta…</translation>
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
        <translation>Bandeja de entrada de Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Write a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show my conversations</source>
        <translation>Mostrar mis conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show unassigned conversations</source>
        <translation>Mostrar conversaciones sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show all conversations</source>
        <translation>Mostrar todas las conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show conversations closing soon</source>
        <translation>Mostrar conversaciones por cerrar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Show closed conversations</source>
        <translation>Mostrar conversaciones cerradas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Toggle sort: recent or closing first</source>
        <translation>Cambiar orden: recientes o por cerrar primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Load older messages</source>
        <translation>Cargar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="53"/>
        <source>Claim conversation</source>
        <translation>Tomar conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="55"/>
        <source>Release conversation</source>
        <translation>Liberar conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="57"/>
        <source>Assign conversation to…</source>
        <translation>Asignar conversación a…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="59"/>
        <source>Set status or snooze…</source>
        <translation>Cambiar estado o posponer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="61"/>
        <source>Resolve conversation</source>
        <translation>Resolver conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="63"/>
        <source>Reopen conversation</source>
        <translation>Reabrir conversación</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="64"/>
        <source>Mark conversation pending</source>
        <translation>Marcar conversación como pendiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="66"/>
        <source>Snooze conversation for 1 hour</source>
        <translation>Posponer conversación 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="70"/>
        <source>Add a label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="72"/>
        <source>Team overview</source>
        <translation>Resumen del equipo</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="120"/>
        <source>The team overview is for supervisors. Ask your administrator if you need it.</source>
        <translation>El resumen del equipo es para supervisores. Pídeselo a tu administrador si lo necesitas.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <location filename="../ui/MainWindowTeam.cpp" line="146"/>
        <source>Review mode: replies are off. Choose the conversation in the list to reply.</source>
        <translation>Modo de revisión: las respuestas están desactivadas. Elige la conversación en la lista para responder.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="31"/>
        <source>Attach a file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="33"/>
        <source>Write a private note</source>
        <translation>Escribir una nota privada</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="38"/>
        <source>Insert canned reply</source>
        <translation>Insertar respuesta rápida</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="39"/>
        <source>Manage canned replies…</source>
        <translation>Administrar respuestas rápidas…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="43"/>
        <source>Reply to the previous message</source>
        <translation>Responder al mensaje anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="46"/>
        <source>Ask for the phone number</source>
        <translation>Pedir el número de teléfono</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="47"/>
        <source>Ask for number</source>
        <translation>Pedir número</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="48"/>
        <source>Ask the customer to share their phone number with WhatsApp&apos;s Share Contact Info button</source>
        <translation>Pedir al cliente que comparta su número de teléfono con el botón Compartir información de contacto de WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="73"/>
        <source>No conversation with %1 yet: start it with a template.</source>
        <translation>Todavía no hay conversación con %1: iníciala con una plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="16"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="21"/>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="44"/>
        <source>Campaigns are for supervisors. Ask your administrator if you need them.</source>
        <translation>Las campañas son para supervisores. Pídaselas a su administrador si las necesita.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="48"/>
        <source>Campaigns need this desktop&apos;s outbox, which is not open.</source>
        <translation>Las campañas necesitan la bandeja de salida de este equipo, que no está abierta.</translation>
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
        <translation>No se puede mostrar esta imagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="82"/>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="83"/>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit to the window (F)</source>
        <translation>Ajustar a la ventana (F)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>Actual size (1)</source>
        <translation>Tamaño real (1)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="88"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="89"/>
        <source>Save a copy of the file (Ctrl+S)</source>
        <translation>Guardar una copia del archivo (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="95"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="96"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
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
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="242"/>
        <location filename="../ui/MediaViewer.cpp" line="247"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
</context>
<context>
    <name>duet::ui::NewCampaignDialog</name>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="66"/>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="68"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="70"/>
        <source>about %1 h %2 min</source>
        <translation>unas %1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="98"/>
        <source>Choose &amp;recipients file…</source>
        <translation>Elegir archivo de &amp;destinatarios…</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="101"/>
        <source>Cop&amp;y the list</source>
        <translation>Cop&amp;iar la lista</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="107"/>
        <source>&amp;Start now</source>
        <translation>&amp;Empezar ahora</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="108"/>
        <source>Sc&amp;hedule…</source>
        <translation>Pro&amp;gramar…</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="110"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="111"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="112"/>
        <source>e.g. Spring sale</source>
        <translation>p. ej.: Rebajas de primavera</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="113"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="115"/>
        <source>Campaign of %1</source>
        <translation>Campaña del %1</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="118"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="119"/>
        <source>Search approved templates</source>
        <translation>Buscar plantillas aprobadas</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="125"/>
        <source>Approved templates</source>
        <translation>Plantillas aprobadas</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="131"/>
        <source>A CSV file with a column named phone (or wa_id, number, bsuid) and one column per template parameter.</source>
        <translation>Un archivo CSV con una columna llamada phone (o wa_id, number, bsuid) y una columna por parámetro de la plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="134"/>
        <source>Rows that will not be sent</source>
        <translation>Filas que no se enviarán</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="142"/>
        <source>Preview of the first messages</source>
        <translation>Vista previa de los primeros mensajes</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="143"/>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="149"/>
        <source>Creates the campaign and starts sending at the team&apos;s pace.</source>
        <translation>Crea la campaña y empieza a enviar al ritmo del equipo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="150"/>
        <source>Creates the campaign to start at a date and time you choose.</source>
        <translation>Crea la campaña para que empiece en la fecha y hora que elija.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="159"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="161"/>
        <source>1. Template</source>
        <translation>1. Plantilla</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="165"/>
        <source>2. Recipients</source>
        <translation>2. Destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="174"/>
        <source>3. Preview</source>
        <translation>3. Vista previa</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="176"/>
        <source>4. Estimate</source>
        <translation>4. Estimación</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="213"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="224"/>
        <source>No approved template yet: templates are created and approved in Meta&apos;s WhatsApp Manager.</source>
        <translation>Todavía no hay plantillas aprobadas: las plantillas se crean y aprueban en el Administrador de WhatsApp de Meta.</translation>
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
        <translation>Categoría desconocida.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="270"/>
        <source>This template needs header or button values, which a campaign cannot fill in per recipient: choose another one.</source>
        <translation>Esta plantilla necesita valores en el encabezado o en los botones, que una campaña no rellena por destinatario: elija otra.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="284"/>
        <source>Choose the recipients file</source>
        <translation>Elija el archivo de destinatarios</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="285"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="300"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="304"/>
        <source>%1 is larger than %n MB: split it into smaller files.</source>
        <translation>
            <numerusform>%1 ocupa más de %n MB: divídalo en archivos más pequeños.</numerusform>
            <numerusform>%1 ocupa más de %n MB: divídalo en archivos más pequeños.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="355"/>
        <source>Which column fills each parameter of the template:</source>
        <translation>Qué columna rellena cada parámetro de la plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="360"/>
        <source>Column for {{%1}}</source>
        <translation>Columna para {{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="367"/>
        <source>{{%1}}:</source>
        <translation>{{%1}}:</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="461"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="463"/>
        <source>Reading %1 and checking every number…</source>
        <translation>Leyendo %1 y comprobando cada número…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="468"/>
        <source>%n recipient(s) from %1</source>
        <translation>
            <numerusform>%n destinatario de %1</numerusform>
            <numerusform>%n destinatarios de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="469"/>
        <source>(numbers from the column “%1”).</source>
        <translation>(números de la columna “%1”).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="482"/>
        <source>%n row(s) will not be sent (or only once).</source>
        <translation>
            <numerusform>%n fila no se enviará (o solo una vez).</numerusform>
            <numerusform>%n filas no se enviarán (o solo una vez).</numerusform>
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
        <translation>Elija una plantilla y un archivo de destinatarios para ver los primeros mensajes.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="498"/>
        <source>The estimate shows once a template and a recipients file are chosen.</source>
        <translation>La estimación aparece cuando se eligen una plantilla y un archivo de destinatarios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="502"/>
        <source>%n customer(s) will get the message.</source>
        <translation>
            <numerusform>%n cliente recibirá el mensaje.</numerusform>
            <numerusform>%n clientes recibirán el mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="504"/>
        <source>%1 and %2 are not sent.</source>
        <translation>%1 y %2 no se envían.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="505"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n fila duplicada</numerusform>
            <numerusform>%n filas duplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="506"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n fila no válida</numerusform>
            <numerusform>%n filas no válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="509"/>
        <source>%n customer(s) stopped marketing messages: they are left out.</source>
        <translation>
            <numerusform>%n cliente dejó de recibir mensajes de marketing: queda excluido.</numerusform>
            <numerusform>%n clientes dejaron de recibir mensajes de marketing: quedan excluidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="511"/>
        <source>%n customer(s) stopped marketing messages: Meta will refuse to send to them.</source>
        <translation>
            <numerusform>%n cliente dejó de recibir mensajes de marketing: Meta rechazará el envío.</numerusform>
            <numerusform>%n clientes dejaron de recibir mensajes de marketing: Meta rechazará el envío a ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="516"/>
        <source>Time: %1 at the number&apos;s cap of %2 messages a second; the team&apos;s budget is shared between its desktops once sending starts, so it may take longer.</source>
        <translation>Tiempo: %1 al límite del número de %2 mensajes por segundo; la cuota del equipo se reparte entre sus equipos cuando empieza el envío, así que puede tardar más.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="520"/>
        <source>Time: unknown until Duet is connected (the team&apos;s sending budget is not known yet).</source>
        <translation>Tiempo: desconocido hasta que Duet se conecte (la cuota de envío del equipo aún no se conoce).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="522"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second, after %n message(s) of other campaigns already waiting.</source>
        <translation>
            <numerusform>Tiempo: %1 a la cuota del equipo de %2 mensajes por segundo, tras %n mensaje de otras campañas que ya está en espera.</numerusform>
            <numerusform>Tiempo: %1 a la cuota del equipo de %2 mensajes por segundo, tras %n mensajes de otras campañas que ya están en espera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="527"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second.</source>
        <translation>Tiempo: %1 a la cuota del equipo de %2 mensajes por segundo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="530"/>
        <source>(The number itself could send it in %1 at its cap of %2 messages a second; other desktops of the team share that.)</source>
        <translation>(El número podría enviarlo en %1 a su límite de %2 mensajes por segundo; los demás equipos del equipo comparten ese límite.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="534"/>
        <source>%n recipient(s) are outside a service window; the number has no daily limit for them.</source>
        <translation>
            <numerusform>%n destinatario está fuera de una ventana de atención; el número no tiene límite diario para ello.</numerusform>
            <numerusform>%n destinatarios están fuera de una ventana de atención; el número no tiene límite diario para ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="540"/>
        <source>the number&apos;s limit as Meta reports it</source>
        <translation>el límite del número según Meta</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="543"/>
        <source>as set for this team</source>
        <translation>definido para este equipo</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="546"/>
        <source>Meta&apos;s starting limit; Duet assumes it until told otherwise</source>
        <translation>el límite inicial de Meta; Duet lo supone hasta que se le indique otro</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="549"/>
        <source>%n recipient(s) are outside a service window: %1% of the tier of %2 customers a day (%3).</source>
        <translation>
            <numerusform>%n destinatario está fuera de una ventana de atención: el %1% del nivel de %2 clientes al día (%3).</numerusform>
            <numerusform>%n destinatarios están fuera de una ventana de atención: el %1% del nivel de %2 clientes al día (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="556"/>
        <source>Warning: that is more than the tier. Meta refuses the messages past it until the 24 hours move on: split the list, or send over several days.</source>
        <translation>Atención: eso supera el nivel. Meta rechaza los mensajes que lo superen hasta que avancen las 24 horas: divida la lista o envíe a lo largo de varios días.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="562"/>
        <source>Marketing: billed per delivered message.</source>
        <translation>Marketing: se cobra por mensaje entregado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="565"/>
        <source>Utility: billed per delivered message to customers outside an open service window (%n expected).</source>
        <translation>
            <numerusform>Utilidad: se cobra por mensaje entregado a clientes fuera de una ventana de atención abierta (%n previsto).</numerusform>
            <numerusform>Utilidad: se cobra por mensaje entregado a clientes fuera de una ventana de atención abierta (%n previstos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="570"/>
        <source>Authentication: billed per delivered message.</source>
        <translation>Autenticación: se cobra por mensaje entregado.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="573"/>
        <source>Category unknown: count on every delivered message being billed.</source>
        <translation>Categoría desconocida: cuente con que se cobre cada mensaje entregado.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="613"/>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="615"/>
        <source>This template needs header or button values: choose another one.</source>
        <translation>Esta plantilla necesita valores en el encabezado o en los botones: elija otra.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="617"/>
        <source>Choose a recipients file.</source>
        <translation>Elija un archivo de destinatarios.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="619"/>
        <source>The recipients file is still being read.</source>
        <translation>El archivo de destinatarios aún se está leyendo.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="623"/>
        <source>The file has no recipient that can be sent to.</source>
        <translation>El archivo no tiene ningún destinatario al que se pueda enviar.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="625"/>
        <source>Give the campaign a name.</source>
        <translation>Póngale un nombre a la campaña.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="648"/>
        <source>The campaign was not created: %1</source>
        <translation>La campaña no se creó: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="655"/>
        <source>%1: %n message(s) scheduled for %2.</source>
        <translation>
            <numerusform>%1: %n mensaje programado para %2.</numerusform>
            <numerusform>%1: %n mensajes programados para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="657"/>
        <source>%1: %n message(s) are on their way.</source>
        <translation>
            <numerusform>%1: %n mensaje está en camino.</numerusform>
            <numerusform>%1: %n mensajes están en camino.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="671"/>
        <source>That time has already passed: choose a later one, or Start now.</source>
        <translation>Esa hora ya pasó: elija una posterior, o Empezar ahora.</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="680"/>
        <source>Schedule the campaign</source>
        <translation>Programar la campaña</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="683"/>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="689"/>
        <source>Local time: %1</source>
        <translation>Hora local: %1</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="694"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="697"/>
        <source>Start &amp;at:</source>
        <translation>Empezar &amp;a las:</translation>
    </message>
</context>
<context>
    <name>duet::ui::OutboxTail</name>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="91"/>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="138"/>
        <source>Not sent. %1</source>
        <translation>No enviado. %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="139"/>
        <source>Not sent (error %1). %2</source>
        <translation>No enviado (error %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="142"/>
        <source>May not have been sent: the connection broke before WhatsApp answered. Resend it, or discard it if the customer already has it.</source>
        <translation>Puede que no se haya enviado: la conexión se cortó antes de que WhatsApp respondiera. Reenvíalo o descártalo si el cliente ya lo tiene.</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="154"/>
        <source>Scheduled for %1</source>
        <translation>Programada para %1</translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="157"/>
        <source>Waiting: %1</source>
        <translation>En espera: %1</translation>
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
        <translation>Cancelar la respuesta (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="65"/>
        <source>Reply to %1</source>
        <translation>Respondiendo a %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ScheduleSendDialog</name>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="20"/>
        <source>In 1 hour</source>
        <translation>Dentro de 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="22"/>
        <source>This evening 18:00</source>
        <translation>Esta tarde a las 18:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="23"/>
        <source>Tomorrow 09:00</source>
        <translation>Mañana a las 09:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="25"/>
        <source>Monday 09:00</source>
        <translation>El lunes a las 09:00</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="35"/>
        <source>Schedule send</source>
        <translation>Programar envío</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="37"/>
        <source>When should the message go?</source>
        <translation>¿Cuándo debe enviarse el mensaje?</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="51"/>
        <source>Date and time to send</source>
        <translation>Fecha y hora del envío</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="54"/>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="61"/>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="75"/>
        <source>Choose a time in the future.</source>
        <translation>Elige una hora en el futuro.</translation>
    </message>
</context>
<context>
    <name>duet::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="44"/>
        <location filename="../ui/SearchResultsModel.cpp" line="74"/>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
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
        <translation>&amp;Recordar en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Allow an &amp;unencrypted connection to this hub</source>
        <translation>Permitir una conexión &amp;no cifrada con este hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="35"/>
        <source>Trust this c&amp;ertificate…</source>
        <translation>Con&amp;fiar en este certificado…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign in to Duet</source>
        <translation>Iniciar sesión en Duet</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="42"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation>inbox.example.com o 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="43"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="45"/>
        <source>dt_…, from your administrator</source>
        <translation>dt_…, te lo da tu administrador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>Agent token</source>
        <translation>Token de agente</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="48"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation>Guarda el token en el llavero de tu escritorio, nunca en un archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="53"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="57"/>
        <source>Without encryption, anyone on the network between this computer and the hub can read your token and the customers&apos; messages. Tick it only for a hub your administrator runs without TLS on a network you trust.</source>
        <translation>Sin cifrado, cualquiera en la red entre este equipo y el hub puede leer tu token y los mensajes de los clientes. Márcalo solo para un hub que tu administrador mantiene sin TLS en una red de confianza.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="61"/>
        <source>Trust the hub&apos;s certificate from now on, after your administrator confirms its fingerprint.</source>
        <translation>Confiar en el certificado del hub de ahora en adelante, después de que tu administrador confirme su huella digital.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="69"/>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="70"/>
        <source>Agent &amp;token:</source>
        <translation>&amp;Token de agente:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="73"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="137"/>
        <source>Trust this certificate?</source>
        <translation>¿Confiar en este certificado?</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="138"/>
        <source>Trust the certificate of %1 only if your administrator confirms that its SHA-256 fingerprint is:

%2

Anyone who can put another computer in the hub&apos;s place could otherwise read your token and messages.</source>
        <translation>Confía en el certificado de %1 solo si tu administrador confirma que su huella digital SHA-256 es:

%2

De lo contrario, quien logre poner otro equipo en lugar del hub podría leer tu token y tus mensajes.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>&amp;Trust it</source>
        <translation>&amp;Confiar</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="235"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>Escribe la dirección del hub, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="236"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; no es la dirección de un hub. Usa un nombre de host o una dirección IP, con un puerto opcional, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="244"/>
        <source>%1 is not encrypted (ws://): your token and messages would cross the network readable by anyone on the way. Use wss:// or https://, or tick &quot;Allow an unencrypted connection&quot; if your administrator runs this hub without TLS.</source>
        <translation>%1 no está cifrado (ws://): tu token y tus mensajes cruzarían la red legibles para cualquiera en el camino. Usa wss:// o https://, o marca &quot;Permitir una conexión no cifrada&quot; si tu administrador mantiene este hub sin TLS.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="253"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation>Pega el token de agente que te dio tu administrador.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="254"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation>Un token de agente no tiene espacios. Pégalo de nuevo tal como lo recibiste.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="261"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="285"/>
        <source>Saving the token in the keychain…</source>
        <translation>Guardando el token en el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="294"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation>%1
Iniciaste sesión; el token no se guardó. Pulsa Iniciar sesión para continuar sin recordarlo.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="332"/>
        <source>Open in review mode</source>
        <translation>Abrir en modo de revisión</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="80"/>
        <location filename="../ui/SupervisorView.cpp" line="158"/>
        <source>Team overview</source>
        <translation>Resumen del equipo</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="76"/>
        <source>A&amp;ssign to selected agent</source>
        <translation>Asignar al agente &amp;seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="77"/>
        <source>Open in re&amp;view mode</source>
        <translation>Abrir en &amp;modo de revisión</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="83"/>
        <source>First-response times</source>
        <translation>Tiempos de primera respuesta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="84"/>
        <source>Resolution times</source>
        <translation>Tiempos de resolución</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="85"/>
        <source>When the phone app was last used</source>
        <translation>Cuándo se usó por última vez la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="91"/>
        <source>Business messages of the last 7 days by pricing category</source>
        <translation>Mensajes de la empresa de los últimos 7 días por categoría de precio</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="103"/>
        <source>Agents and their open conversations</source>
        <translation>Agentes y sus conversaciones abiertas</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="109"/>
        <source>Windows closing within the hour without a reply</source>
        <translation>Ventanas que se cierran en menos de una hora sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="112"/>
        <source>Unassigned conversations</source>
        <translation>Conversaciones sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="128"/>
        <source>Assign the selected conversation to the selected agent</source>
        <translation>Asignar la conversación seleccionada al agente seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="129"/>
        <source>Open the selected conversation in review mode</source>
        <translation>Abrir la conversación seleccionada en modo de revisión</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="149"/>
        <source>Team overview pages</source>
        <translation>Páginas de la vista del equipo</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="151"/>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="152"/>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="163"/>
        <source>Business messages, last 7 days</source>
        <translation>Mensajes de la empresa, últimos 7 días</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="169"/>
        <source>A&amp;gents (drop a conversation on an agent to assign it)</source>
        <translation>A&amp;gentes (suelta una conversación sobre un agente para asignársela)</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="171"/>
        <source>&amp;Windows closing within the hour, no reply yet</source>
        <translation>&amp;Ventanas que se cierran en menos de una hora, aún sin respuesta</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="173"/>
        <source>&amp;Unassigned</source>
        <translation>Sin &amp;asignar</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="233"/>
        <source>Replies and templates agents sent through Duet, by the category Meta&apos;s delivery reports gave them, counted once each on the day they were sent. Messages sent from the phone app are free and not counted.</source>
        <translation>Respuestas y plantillas que los agentes enviaron con Duet, según la categoría que les dieron los informes de entrega de Meta, contadas una vez cada una el día en que se enviaron. Los mensajes enviados desde la aplicación del teléfono son gratis y no se cuentan.</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="237"/>
        <source>The message costs could not be read: %1</source>
        <translation>No se pudieron leer los costos de los mensajes: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="246"/>
        <source>The phone app&apos;s last use could not be read: %1</source>
        <translation>No se pudo leer el último uso de la app del teléfono: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="250"/>
        <source>WhatsApp disconnects the number after 14 days without the phone app.</source>
        <translation>WhatsApp desconecta el número tras 14 días sin la app del teléfono.</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="252"/>
        <source>Phone app: not seen yet (its messages and address-book changes show it is in use).</source>
        <translation>App del teléfono: aún no vista (sus mensajes y cambios en la agenda muestran que está en uso).</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="255"/>
        <source>Phone app: used today.</source>
        <translation>App del teléfono: usada hoy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="257"/>
        <source>Phone app: last used %n day(s) ago.</source>
        <translation>
            <numerusform>App del teléfono: usada por última vez hace %n día.</numerusform>
            <numerusform>App del teléfono: usada por última vez hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="267"/>
        <source>First-response times could not be read: %1</source>
        <translation>No se pudieron leer los tiempos de primera respuesta: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="270"/>
        <source>First reply, last 7 days: no replies yet. %n customer(s) waiting.</source>
        <translation>
            <numerusform>Primera respuesta, últimos 7 días: todavía no hay respuestas. %n cliente esperando.</numerusform>
            <numerusform>Primera respuesta, últimos 7 días: todavía no hay respuestas. %n clientes esperando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="272"/>
        <source>First reply, last 7 days: median %1, 90% within %2 (%n replies). %3 customer(s) waiting.</source>
        <translation>
            <numerusform>Primera respuesta, últimos 7 días: mediana %1, 90% en menos de %2 (%n respuesta). Clientes esperando: %3.</numerusform>
            <numerusform>Primera respuesta, últimos 7 días: mediana %1, 90% en menos de %2 (%n respuestas). Clientes esperando: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="279"/>
        <source>From the phone app: median %1 (%n replies).</source>
        <translation>
            <numerusform>Desde la app del teléfono: mediana %1 (%n respuesta).</numerusform>
            <numerusform>Desde la app del teléfono: mediana %1 (%n respuestas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="283"/>
        <source>Resolution times could not be read: %1</source>
        <translation>No se pudieron leer los tiempos de resolución: %1</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="285"/>
        <source>Resolution, last 7 days: nothing resolved yet.</source>
        <translation>Resolución, últimos 7 días: todavía no se resolvió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="288"/>
        <source>Resolution, last 7 days: median %1, 90% within %2 (%n resolved).</source>
        <translation>
            <numerusform>Resolución, últimos 7 días: mediana %1, 90% en menos de %2 (%n resuelta).</numerusform>
            <numerusform>Resolución, últimos 7 días: mediana %1, 90% en menos de %2 (%n resueltas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="333"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="337"/>
        <source>%1 (online)</source>
        <translation>%1 (en línea)</translation>
    </message>
</context>
<context>
    <name>duet::ui::TeamActions</name>
    <message>
        <location filename="../ui/TeamActions.cpp" line="16"/>
        <source>Could not take this conversation</source>
        <translation>No se pudo tomar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="18"/>
        <source>Could not release this conversation</source>
        <translation>No se pudo liberar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="20"/>
        <source>Could not assign this conversation</source>
        <translation>No se pudo asignar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="22"/>
        <source>Could not change the status</source>
        <translation>No se pudo cambiar el estado</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="24"/>
        <source>Could not add the label</source>
        <translation>No se pudo agregar la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="26"/>
        <source>Could not remove the label</source>
        <translation>No se pudo quitar la etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="28"/>
        <source>Could not save the note</source>
        <translation>No se pudo guardar la nota</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="30"/>
        <source>Could not tell the team you are here</source>
        <translation>No se pudo avisar al equipo de que estás aquí</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="32"/>
        <source>The history and contacts were not requested</source>
        <translation>No se pidieron el historial ni los contactos</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="41"/>
        <source>You took this conversation.</source>
        <translation>Tomaste esta conversación.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="43"/>
        <source>Released: the conversation is back in Unassigned.</source>
        <translation>Liberada: la conversación volvió a Sin asignar.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="45"/>
        <source>Unassigned: the conversation is back in Unassigned.</source>
        <translation>Desasignada: la conversación volvió a Sin asignar.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="46"/>
        <source>Assigned to %1.</source>
        <translation>Asignada a %1.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="50"/>
        <source>Marked open.</source>
        <translation>Marcada como abierta.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="52"/>
        <source>Marked pending.</source>
        <translation>Marcada como pendiente.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="54"/>
        <source>Snoozed until %1. It comes back by itself then.</source>
        <translation>Pospuesta hasta %1. Volverá sola a esa hora.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="56"/>
        <source>Resolved.</source>
        <translation>Resuelta.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="60"/>
        <source>Label “%1” added.</source>
        <translation>Se agregó la etiqueta «%1».</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="62"/>
        <source>Label “%1” removed.</source>
        <translation>Se quitó la etiqueta «%1».</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="64"/>
        <source>Note saved. Only your team sees it.</source>
        <translation>Nota guardada. Solo tu equipo la ve.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="68"/>
        <source>Requested: Meta sends the phone app&apos;s contacts and chat history over the next minutes to hours.</source>
        <translation>Solicitado: Meta envía los contactos y el historial de la app del teléfono en los próximos minutos u horas.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="76"/>
        <source>Duet is offline. Nothing was changed; try again when the status bar shows Connected.</source>
        <translation>Duet está sin conexión. No se cambió nada; vuelve a intentarlo cuando la barra de estado muestre Conectado.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="78"/>
        <source>the hub did not answer in time. Look at the conversation in a moment to see whether it changed, then try again if needed.</source>
        <translation>el hub no respondió a tiempo. Mira la conversación en un momento para ver si cambió y vuelve a intentarlo si hace falta.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="81"/>
        <source>the connection dropped before the hub answered. Once Duet reconnects, the conversation shows whether it happened.</source>
        <translation>la conexión se cortó antes de que respondiera el hub. Cuando Duet se vuelva a conectar, la conversación mostrará si se hizo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="85"/>
        <source>only a supervisor can assign a conversation to someone else. Ask a supervisor, or take it yourself.</source>
        <translation>solo un supervisor puede asignar una conversación a otra persona. Pídeselo a un supervisor o tómala tú.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="88"/>
        <source>only the assigned agent or a supervisor can release it. Ask them or a supervisor.</source>
        <translation>solo el agente asignado o un supervisor puede liberarla. Pídeselo a esa persona o a un supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="89"/>
        <source>your role does not allow this. Ask a supervisor.</source>
        <translation>tu rol no lo permite. Pídeselo a un supervisor.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="93"/>
        <source>the hub has no agent named %1. Pick someone from the list.</source>
        <translation>el hub no tiene ningún agente llamado %1. Elige a alguien de la lista.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="94"/>
        <source>the hub does not know this conversation yet. Wait until Duet has caught up and try again.</source>
        <translation>el hub todavía no conoce esta conversación. Espera a que Duet se ponga al día y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="97"/>
        <source>someone else has already taken it. Ask them or a supervisor to reassign it.</source>
        <translation>otra persona ya la tomó. Pídele a esa persona o a un supervisor que la reasigne.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="99"/>
        <source>too many actions at once. Wait a few seconds and try again.</source>
        <translation>demasiadas acciones a la vez. Espera unos segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="101"/>
        <source>the hub cannot reach its database. Nothing was changed; try again shortly.</source>
        <translation>el hub no puede conectarse con su base de datos. No se cambió nada; vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="103"/>
        <source>the hub&apos;s disk is full, so it cannot store anything new. Nothing was changed; tell the hub&apos;s administrator, and try again once they have freed space.</source>
        <translation>el disco del hub está lleno, así que no puede guardar nada nuevo. No se cambió nada; avisa al administrador del hub y vuelve a intentarlo cuando haya liberado espacio.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="106"/>
        <source>they were requested before, and Meta takes each once. Use “Request again” only if nothing ever arrived.</source>
        <translation>ya se pidieron, y Meta acepta cada uno una vez. Usa «Pedir de nuevo» solo si nunca llegó nada.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="109"/>
        <source>Meta refused it. The team overview shows Meta&apos;s answer and what to do.</source>
        <translation>Meta lo rechazó. El resumen del equipo muestra la respuesta de Meta y qué hacer.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="111"/>
        <source>the hub has no phone number id and access token. Connect the number first (duet-hub setup).</source>
        <translation>el hub no tiene el identificador del número de teléfono ni el token de acceso. Conecta primero el número (duet-hub setup).</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="114"/>
        <source>labels must be 1 to 64 characters. Shorten it and try again.</source>
        <translation>las etiquetas deben tener de 1 a 64 caracteres. Acórtala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="116"/>
        <source>notes must be 1 to 4,096 characters. Shorten it and try again.</source>
        <translation>las notas deben tener de 1 a 4096 caracteres. Acórtala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="117"/>
        <source>the hub refused the request as malformed. Update Duet if this keeps happening.</source>
        <translation>el hub rechazó la solicitud por estar mal formada. Actualiza Duet si sigue pasando.</translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="119"/>
        <source>the hub refused it (%1). Try again, or tell your administrator if it keeps happening.</source>
        <translation>el hub lo rechazó (%1). Vuelve a intentarlo o avísale a tu administrador si sigue pasando.</translation>
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
        <translation>Modo de revisión: solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="34"/>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="35"/>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="44"/>
        <source>Team bar</source>
        <translation>Barra del equipo</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="49"/>
        <source>Review mode: read only. Replies are off in this view.</source>
        <translation>Modo de revisión: solo lectura. Las respuestas están desactivadas en esta vista.</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="52"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="53"/>
        <source>Claim this conversation</source>
        <translation>Tomar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="54"/>
        <source>Take this conversation (Ctrl+Shift+C)</source>
        <translation>Tomar esta conversación (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="55"/>
        <source>Release this conversation</source>
        <translation>Liberar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="56"/>
        <source>Put it back in Unassigned (Ctrl+Shift+U)</source>
        <translation>Devolverla a Sin asignar (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="57"/>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="58"/>
        <source>Assign to another agent</source>
        <translation>Asignar a otro agente</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="59"/>
        <source>Assign to… (Ctrl+Shift+G)</source>
        <translation>Asignar a… (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="62"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="65"/>
        <source>Conversation status</source>
        <translation>Estado de la conversación</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="66"/>
        <source>Status (Ctrl+Shift+T)</source>
        <translation>Estado (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="70"/>
        <location filename="../ui/TeamBar.cpp" line="173"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="71"/>
        <location filename="../ui/TeamBar.cpp" line="168"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="72"/>
        <location filename="../ui/TeamBar.cpp" line="73"/>
        <location filename="../ui/TeamBar.cpp" line="318"/>
        <location filename="../ui/TeamBar.cpp" line="321"/>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>In 1 hour</source>
        <translation>En 1 hora</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Tomorrow at 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Next Monday at 9:00</source>
        <translation>El próximo lunes a las 9:00</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="84"/>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="86"/>
        <location filename="../ui/TeamBar.cpp" line="172"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="93"/>
        <source>Add label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="94"/>
        <source>Add a label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="95"/>
        <source>Type a label and press Enter (Ctrl+Shift+B)</source>
        <translation>Escribe una etiqueta y pulsa Intro (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="159"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="161"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="170"/>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="188"/>
        <source>Assignee: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="194"/>
        <source>Conversation status: %1</source>
        <translation>Estado de la conversación: %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="208"/>
        <source>Remove label %1</source>
        <translation>Quitar etiqueta %1</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="209"/>
        <source>Remove the label “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="301"/>
        <source>No agent list while offline</source>
        <translation>No hay lista de agentes sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="305"/>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — online</source>
        <translation> — en línea</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — offline</source>
        <translation> — sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="312"/>
        <source>Nobody (back to Unassigned)</source>
        <translation>Nadie (vuelve a Sin asignar)</translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="326"/>
        <source>The conversation comes back to the inbox at:</source>
        <translation>Fecha y hora en que la conversación vuelve a la bandeja de entrada:</translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <location filename="../ui/TemplatePicker.cpp" line="70"/>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="41"/>
        <source>Why only templates can be sent</source>
        <translation>Por qué solo se pueden enviar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="44"/>
        <source>Templates shown</source>
        <translation>Plantillas mostradas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="47"/>
        <source>Search templates…</source>
        <translation>Buscar plantillas…</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="49"/>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="56"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="63"/>
        <source>What this template costs</source>
        <translation>Cuánto cuesta esta plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="67"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="71"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar la plantilla (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="173"/>
        <source>Show all templates</source>
        <translation>Mostrar todas las plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="176"/>
        <source>No template has a Share Contact Info button. Create one in WhatsApp Manager (a utility or marketing template with a “Request contact info” button); once approved it shows here.</source>
        <translation>Ninguna plantilla tiene el botón Compartir información de contacto. Crea una en WhatsApp Manager (una plantilla de utilidad o marketing con el botón «Solicitar información de contacto»); cuando se apruebe, aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="178"/>
        <source>Asking for the phone number: these templates carry WhatsApp&apos;s Share Contact Info button.</source>
        <translation>Pidiendo el número de teléfono: estas plantillas llevan el botón Compartir información de contacto de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="186"/>
        <source>Share Contact Info</source>
        <translation>Compartir información de contacto</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="258"/>
        <source>Template parameter %1</source>
        <translation>Parámetro %1 de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="309"/>
        <source>No approved templates are available.</source>
        <translation>No hay plantillas aprobadas disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="310"/>
        <source>Choose a template to see its preview.</source>
        <translation>Elige una plantilla para ver la vista previa.</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadActions</name>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="76"/>
        <source>Reply to the previous message</source>
        <translation>Responder al mensaje anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="80"/>
        <source>Reply to the next message</source>
        <translation>Responder al mensaje siguiente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="254"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="255"/>
        <source>React</source>
        <translation>Reaccionar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="266"/>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="279"/>
        <source>Copy original text</source>
        <translation>Copiar el texto original</translation>
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
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="632"/>
        <source>Phone app</source>
        <translation>App del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Business (history)</source>
        <translation>Empresa (historial)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Customer (history)</source>
        <translation>Cliente (historial)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="660"/>
        <source>Not delivered. %1</source>
        <translation>No entregado. %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="661"/>
        <source>Not delivered (error %1). %2</source>
        <translation>No entregado (error %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="721"/>
        <source>An earlier message</source>
        <translation>Un mensaje anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="723"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="810"/>
        <source>Deleted text: %1 (before its edit: %2)</source>
        <translation>Texto eliminado: %1 (antes de editarlo: %2)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="811"/>
        <source>Deleted text: %1</source>
        <translation>Texto eliminado: %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="815"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="880"/>
        <source>The thread could not be read: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="21"/>
        <source>Conversation header</source>
        <translation>Encabezado de la conversación</translation>
    </message>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="114"/>
        <source>assigned to %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="69"/>
        <source>Thread</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="72"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="93"/>
        <source>Scheduled messages</source>
        <translation>Mensajes programados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ThreadPane.cpp" line="124"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n programado</numerusform>
            <numerusform>%n programados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="131"/>
        <source>Messages waiting for their time: each bubble has Send now, Edit time and Cancel.</source>
        <translation>Mensajes que esperan su hora: cada burbuja tiene Enviar ahora, Cambiar la hora y Cancelar.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="183"/>
        <source>Stopped marketing messages on %1</source>
        <translation>Dejó de recibir mensajes de marketing el %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="188"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation>¿Puedes compartir tu número de teléfono con nosotros? Toca el botón de abajo para enviarlo.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="195"/>
        <source>Open a conversation first.</source>
        <translation>Abre primero una conversación.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="199"/>
        <source>The number of %1 is known: %2.</source>
        <translation>El número de %1 ya se conoce: %2.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="203"/>
        <source>Asked %1 to share their phone number. Their answer links it to this conversation.</source>
        <translation>Se pidió a %1 que comparta su número de teléfono. Su respuesta lo vincula a esta conversación.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="207"/>
        <source>The 24-hour window is closed: ask with a template that has a Share Contact Info button.</source>
        <translation>La ventana de 24 horas está cerrada: pídelo con una plantilla que tenga el botón Compartir información de contacto.</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="43"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="426"/>
        <source>%1 is replying…</source>
        <translation>%1 está respondiendo…</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="428"/>
        <source>%1 are replying…</source>
        <translation>%1 están respondiendo…</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="430"/>
        <source>%1 is viewing</source>
        <translation>%1 está viendo</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="432"/>
        <source>%1 are viewing</source>
        <translation>%1 están viendo</translation>
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
        <translation>Enviado desde la app del teléfono hace %1: «%2». ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="456"/>
        <source>%1 is replying now. Send anyway?</source>
        <translation>%1 está respondiendo ahora. ¿Enviar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="458"/>
        <source>%1 are replying now. Send anyway?</source>
        <translation>%1 están respondiendo ahora. ¿Enviar de todos modos?</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="240"/>
        <source>Choose a conversation to start messaging</source>
        <translation>Elige una conversación para empezar a enviar mensajes</translation>
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
            <numerusform>Duet: %n sin leer</numerusform>
            <numerusform>Duet: %n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="129"/>
        <source>and %n more conversation(s)</source>
        <translation>
            <numerusform>y %n conversación más</numerusform>
            <numerusform>y %n conversaciones más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duet::ui::VoicePlayer</name>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="45"/>
        <location filename="../ui/VoicePlayer.cpp" line="51"/>
        <source>This file cannot be played here.</source>
        <translation>Este archivo no se puede reproducir aquí.</translation>
    </message>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="78"/>
        <source>No sound output on this computer: open the file instead.</source>
        <translation>Este equipo no tiene salida de sonido: abre el archivo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::WarningBar</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="155"/>
        <source>Send warning</source>
        <translation>Aviso de envío</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="162"/>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="163"/>
        <source>Send anyway (Ctrl+Enter)</source>
        <translation>Enviar de todos modos (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="164"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
