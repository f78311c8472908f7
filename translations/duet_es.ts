<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="101"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="107"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="109"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="111"/>
        <source>A message type WhatsApp does not support here</source>
        <translation>Un tipo de mensaje que WhatsApp no admite aquí</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="113"/>
        <source>Reply to an interactive message</source>
        <translation>Respuesta a un mensaje interactivo</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="115"/>
        <source>Media from the chat history, not received yet</source>
        <translation>Archivo del historial del chat, aún no recibido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="117"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="118"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="126"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="128"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="130"/>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="132"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="134"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
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
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="156"/>
        <source>Sent from the phone app</source>
        <translation>Enviado desde la app del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="158"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Business, imported</source>
        <translation>Empresa, importado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Customer, imported</source>
        <translation>Cliente, importado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="205"/>
        <location filename="../ui/BubbleLayout.cpp" line="207"/>
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
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="57"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation>No se puede leer el archivo de plantillas %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="75"/>
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
        <location filename="../app/core/SendScheduler.cpp" line="341"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation>WhatsApp pidió a Duet que enviara más despacio; los envíos se reanudan en breve.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="343"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation>La cuenta de WhatsApp alcanzó su límite de solicitudes; los envíos se reanudan cuando WhatsApp lo permita.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="346"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation>La aplicación alcanzó su límite de solicitudes de WhatsApp; los envíos se reanudan cuando WhatsApp lo permita.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="349"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation>El número de teléfono está en mantenimiento en WhatsApp; los envíos se reanudan en un momento.</translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="352"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation>Se alcanzó el límite de uso de WhatsApp; los envíos se reanudan cuando se recupere el acceso.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="72"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation>El token de acceso de la Cloud API venció. Pide a un administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="74"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation>WhatsApp rechazó un valor de este mensaje. Revisa el mensaje y sus adjuntos; no se volverá a intentar.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="77"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation>No se pudo entregar el mensaje: es posible que el número no use WhatsApp o que el cliente deba actualizar WhatsApp o aceptar sus términos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="80"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation>Los envíos desde este número están limitados por denuncias de spam o baja calidad. Pausa los envíos masivos y revisa la calificación de calidad del número.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="83"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation>WhatsApp retuvo este mensaje de marketing para mantener una buena interacción. Espera al menos un día antes de enviarle otro a este cliente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="86"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation>El cliente dejó de recibir mensajes de marketing de esta empresa. No le envíes mensajes de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="88"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp no admite este tipo de mensaje.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="90"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation>No se pudo descargar el archivo del cliente. Pídele que lo envíe de nuevo, más pequeño si es posible.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="92"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation>No se pudo subir el adjunto. Revisa el tipo y el tamaño del archivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="94"/>
        <source>This customer cannot be reached by their user ID. Send to their phone number instead.</source>
        <translation>No se puede contactar a este cliente por su ID de usuario. Envía el mensaje a su número de teléfono.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="97"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation>La empresa alcanzó su límite de conversaciones nuevas en 24 horas. Espera a que se renueve o responde en las conversaciones abiertas.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="100"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation>La cuenta de empresa está bloqueada temporalmente por infringir las políticas. Pide a un administrador que revise el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="103"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation>La cuenta de empresa está bloqueada. Pide a un administrador que revise el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation>El cliente forma parte de un experimento de WhatsApp y no recibió este mensaje de marketing.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="108"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation>El número de la empresa está en mantenimiento por un momento. Duet volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation>Se rechazó la plantilla: puede que no exista en este idioma, que esté pausada o desactivada, o que sus campos no coincidan. Revísala en el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="113"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation>La empresa desactivó el uso compartido del historial de chats; los chats anteriores no se importarán.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="117"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation>Duet no pudo conectarse con WhatsApp. Revisa la conexión de red; Duet volverá a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="128"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation>WhatsApp está limitando la velocidad de envío de este número. Duet volverá a intentarlo automáticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation>Se enviaron demasiados mensajes a este cliente en poco tiempo. Duet volverá a intentarlo tras una pausa; evita enviar muchos mensajes seguidos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="133"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation>La ventana de 24 horas del cliente está cerrada. Envía una plantilla aprobada.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation>Se rechazó el token de acceso de la Cloud API. Pide a un administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation>WhatsApp rechazó este mensaje. No se volverá a intentar; revísalo antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="140"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation>WhatsApp tuvo un problema temporal. Duet volverá a intentarlo automáticamente.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation>WhatsApp devolvió una respuesta inesperada. No se volvió a intentar el mensaje; revisa los detalles antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="23"/>
        <source>The request is valid.</source>
        <translation>La solicitud es válida.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The Graph API version is not valid (expected e.g. v23.0).</source>
        <translation>La versión de la Graph API no es válida (se esperaba, por ejemplo, v23.0).</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation>El número de envío no está configurado: falta su ID de número de teléfono o no es válido.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="29"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation>El número de teléfono del cliente no es válido: necesita de 7 a 15 dígitos con el código de país.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="31"/>
        <source>The message has no client ID to track it by.</source>
        <translation>El mensaje no tiene un ID de cliente para seguirlo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="33"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation>El ID de cliente del mensaje tiene más de 512 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="34"/>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="36"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation>El mensaje tiene más de 4096 caracteres. Acórtalo o divídelo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation>El adjunto no tiene ni un ID de archivo subido ni un enlace.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="40"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation>El adjunto tiene un ID de archivo y un enlace a la vez; usa solo uno.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="42"/>
        <source>The attachment link is not an http or https address.</source>
        <translation>El enlace del adjunto no es una dirección http o https.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation>Los mensajes de audio y los stickers no pueden tener texto.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="45"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation>El texto del adjunto tiene más de 1024 caracteres.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>Only documents can carry a file name.</source>
        <translation>Solo los documentos pueden llevar nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="47"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation>Solo el audio se puede enviar como mensaje de voz.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The template has no name.</source>
        <translation>La plantilla no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="49"/>
        <source>The template has no language.</source>
        <translation>La plantilla no tiene idioma.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation>Un marcador de la plantilla no tiene valor. Completa todos los campos.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation>Un campo de la plantilla tiene un tipo de valor que esa parte de la plantilla no acepta.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation>Un botón de la plantilla necesita su tipo y una posición de 0 a 9.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="56"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation>No se eligió ningún mensaje para reaccionar o marcar como leído.</translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation>Una reacción no se puede enviar como respuesta.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="15"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation>La ventana de 24 horas del cliente se cerró, así que solo se puede enviar una plantilla aprobada. Elige una plantilla para reabrir la conversación.</translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="19"/>
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
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="77"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation>--hub debe ser la dirección de un hub, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="83"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation>--lang debe ser en, pt_BR o es.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="88"/>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme debe ser system, light o dark.</translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="95"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation>--quit-after necesita una cantidad de segundos, de 0 a 86400.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="79"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation>Prueba &apos;duet --help&apos;.</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="98"/>
        <source>Cannot open the store: %1</source>
        <translation>No se puede abrir la base de datos local: %1</translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="137"/>
        <source>Cannot write the screenshot %1</source>
        <translation>No se puede guardar la captura de pantalla %1</translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="161"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation>No se pudo guardar el mensaje, así que no se envió: %1</translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="106"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation>Todavía no hay nada guardado en el llavero para esto.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="108"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation>No hay ningún llavero disponible. Inicia el llavero de tu escritorio (por ejemplo, GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="111"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation>El llavero está bloqueado o denegó el acceso. Desbloquéalo (por ejemplo, en GNOME Keyring o KWallet) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="114"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation>No se pudo usar el llavero. Vuelve a intentarlo; si sigue fallando, inicia sesión sin recordar el token.</translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="121"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation>No se puede conectar con el hub. Duet sigue intentándolo; revisa la dirección y tu red.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="123"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation>El hub rechazó este token de agente. Pide un token nuevo a tu administrador y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="125"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation>Se revocó el acceso de este agente. Pide un token nuevo a tu administrador y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="127"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión desde este equipo. Duet lo vuelve a intentar en un minuto.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="129"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation>El hub usa otra versión del protocolo. Actualiza Duet para conectarte a él.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="131"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation>El hub envió algo que Duet no pudo usar. Duet se vuelve a conectar y sigue donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="133"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation>Duet no pudo escribir en su base de datos local (¿el disco está lleno?). Lo vuelve a intentar en breve.</translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="138"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="223"/>
        <source>Download</source>
        <translation>Descargar</translation>
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
        <translation>Elige una conversación para empezar a escribir.</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="35"/>
        <source>Composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="36"/>
        <source>Write a message…</source>
        <translation>Escribe un mensaje…</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="37"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="42"/>
        <source>Time left in the service window</source>
        <translation>Tiempo restante en la ventana de atención</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="43"/>
        <source>Message length</source>
        <translation>Longitud del mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="44"/>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="45"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
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
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
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
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Access revoked</source>
        <translation>Acceso revocado</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Update Duet to connect</source>
        <translation>Actualiza Duet para conectarte</translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="111"/>
        <source>Connection to the hub: %1</source>
        <translation>Conexión con el hub: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="205"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="210"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="212"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="214"/>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="216"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="218"/>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="220"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="222"/>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="224"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="226"/>
        <source>Media</source>
        <translation>Archivo multimedia</translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="228"/>
        <source>Unsupported message</source>
        <translation>Mensaje no admitido</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="248"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n sin leer, %2</numerusform>
            <numerusform>%1, %n sin leer, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="301"/>
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
        <source>Search messages  (Ctrl+K)</source>
        <translation>Buscar mensajes  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
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
        <translation>Por cerrar</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation>Conversaciones asignadas a ti (Alt+1)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation>Sin agente asignado (Alt+2)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Every conversation (Alt+3)</source>
        <translation>Todas las conversaciones (Alt+3)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation>La ventana de 24 horas se cierra en menos de una hora (Alt+4)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation>La ventana de 24 horas está cerrada: solo plantillas (Alt+5)</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="59"/>
        <source>Filter: %1</source>
        <translation>Filtro: %1</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="72"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="89"/>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="92"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="173"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation>Ordenadas por última actividad. Haz clic para ordenar por el cierre de la ventana.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="174"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation>Ordenadas por el cierre de la ventana. Haz clic para ordenar por última actividad.</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="205"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="206"/>
        <source>No messages match “%1”.</source>
        <translation>Ningún mensaje coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="208"/>
        <source>No conversations here.</source>
        <translation>No hay conversaciones aquí.</translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="69"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation>No se pudieron guardar los borradores en %1: %2</translation>
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
        <translation>Bandeja de entrada de Duet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Next conversation</source>
        <translation>Conversación siguiente</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Previous conversation</source>
        <translation>Conversación anterior</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Write a message</source>
        <translation>Escribir un mensaje</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show my conversations</source>
        <translation>Mostrar mis conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show unassigned conversations</source>
        <translation>Mostrar conversaciones sin asignar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show all conversations</source>
        <translation>Mostrar todas las conversaciones</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show conversations closing soon</source>
        <translation>Mostrar conversaciones por cerrar</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Show closed conversations</source>
        <translation>Mostrar conversaciones cerradas</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Toggle sort: recent or closing first</source>
        <translation>Cambiar orden: recientes o por cerrar primero</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Load older messages</source>
        <translation>Cargar mensajes anteriores</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Language…</source>
        <translation>Idioma…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Quit</source>
        <translation>Salir</translation>
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
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="24"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en este equipo</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="29"/>
        <source>Sign in to Duet</source>
        <translation>Iniciar sesión en Duet</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="30"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation>inbox.example.com o 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31"/>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33"/>
        <source>dt_…, from your administrator</source>
        <translation>dt_…, te lo da tu administrador</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Agent token</source>
        <translation>Token de agente</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation>Guarda el token en el llavero de tu escritorio, nunca en un archivo sin cifrar.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="47"/>
        <source>Agent &amp;token:</source>
        <translation>&amp;Token de agente:</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="49"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="133"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>Escribe la dirección del hub, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="134"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation>&quot;%1&quot; no es la dirección de un hub. Usa un nombre de host o una dirección IP, con un puerto opcional, por ejemplo inbox.example.com o 127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="142"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation>Pega el token de agente que te dio tu administrador.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation>Un token de agente no tiene espacios. Pégalo de nuevo tal como lo recibiste.</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="149"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="169"/>
        <source>Saving the token in the keychain…</source>
        <translation>Guardando el token en el llavero…</translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="178"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation>%1
Iniciaste sesión; el token no se guardó. Pulsa Iniciar sesión para continuar sin recordarlo.</translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="29"/>
        <location filename="../ui/TemplatePicker.cpp" line="54"/>
        <source>Send template</source>
        <translation>Enviar plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <source>Why only templates can be sent</source>
        <translation>Por qué solo se pueden enviar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="36"/>
        <source>Search templates…</source>
        <translation>Buscar plantillas…</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="38"/>
        <source>Search templates</source>
        <translation>Buscar plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="45"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="51"/>
        <source>Template preview</source>
        <translation>Vista previa de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="55"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation>Enviar la plantilla (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="158"/>
        <source>Template parameter %1</source>
        <translation>Parámetro %1 de la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="161"/>
        <source>{{%1}}</source>
        <translation>{{%1}}</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="202"/>
        <source>No approved templates are available.</source>
        <translation>No hay plantillas aprobadas disponibles.</translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="203"/>
        <source>Choose a template to see its preview.</source>
        <translation>Elige una plantilla para ver la vista previa.</translation>
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
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="200"/>
        <source>Phone app</source>
        <translation>App del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Business (history)</source>
        <translation>Empresa (historial)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Customer (history)</source>
        <translation>Cliente (historial)</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="228"/>
        <source>Not delivered. %1</source>
        <translation>No entregado. %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="229"/>
        <source>Not delivered (error %1). %2</source>
        <translation>No entregado (error %1). %2</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="269"/>
        <source>An earlier message</source>
        <translation>Un mensaje anterior</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="271"/>
        <source>This message was deleted</source>
        <translation>Se eliminó este mensaje</translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="348"/>
        <source>The thread could not be read: %1</source>
        <translation>No se pudo leer la conversación: %1</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="29"/>
        <source>Conversation header</source>
        <translation>Encabezado de la conversación</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="82"/>
        <source>assigned to %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="114"/>
        <source>Thread</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="117"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="138"/>
        <source>Choose a conversation to start messaging</source>
        <translation>Elige una conversación para empezar a enviar mensajes</translation>
    </message>
</context>
</TS>
