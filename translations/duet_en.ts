<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="101"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="107"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="109"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="111"/>
        <source>A message type WhatsApp does not support here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="113"/>
        <source>Reply to an interactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="115"/>
        <source>Media from the chat history, not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="117"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="118"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="126"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="128"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="130"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="132"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="134"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="135"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="142"/>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="144"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="156"/>
        <source>Sent from the phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="158"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Business, imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="160"/>
        <source>Customer, imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="205"/>
        <location filename="../ui/BubbleLayout.cpp" line="207"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/Language.cpp" line="86"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="92"/>
        <location filename="../ui/Language.cpp" line="101"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="92"/>
        <source>Duet&apos;s language. The change applies when Duet restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Language.cpp" line="102"/>
        <source>Restart Duet to apply the new language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="57"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="75"/>
        <source>The templates file is not a JSON list of templates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../ui/TimeText.cpp" line="53"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="60"/>
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimeText.cpp" line="61"/>
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="73"/>
        <source>Window closing · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="74"/>
        <source>Window open · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="85"/>
        <source>This customer has not written to you yet. Only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="94"/>
        <source>The 24-hour window closed at %1. Only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="112"/>
        <location filename="../ui/TimeText.cpp" line="123"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="121"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet</name>
    <message>
        <location filename="../desktop/main.cpp" line="79"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="98"/>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="137"/>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="16"/>
        <source>Duet: the shared inbox for a WhatsApp Business number in Coexistence mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="21"/>
        <source>Open this local store (a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="25"/>
        <source>Render the main window to this PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="29"/>
        <source>Quit (after the screenshot, if any) this many seconds after start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="32"/>
        <source>The agent whose conversations &quot;Mine&quot; shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="36"/>
        <source>A JSON file with the approved message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="39"/>
        <source>system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="43"/>
        <source>Use this language for this run: en, pt_BR or es (the default is the language chosen in Duet, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="48"/>
        <source>Sync with this hub, e.g. inbox.example.com or 127.0.0.1:8080 (the agent token comes from the keychain, else Duet asks for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="77"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="83"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="88"/>
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="95"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="72"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="74"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="77"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="80"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="83"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="86"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="88"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="90"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="92"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="94"/>
        <source>This customer cannot be reached by their user ID. Send to their phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="97"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="100"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="103"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="108"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="113"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="117"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="128"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="133"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="140"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="341"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="343"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="346"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="349"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="352"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="23"/>
        <source>The request is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The Graph API version is not valid (expected e.g. v23.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="29"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="31"/>
        <source>The message has no client ID to track it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="33"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="34"/>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="36"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="40"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="42"/>
        <source>The attachment link is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="45"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>Only documents can carry a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="47"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The template has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="49"/>
        <source>The template has no language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="56"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="15"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="19"/>
        <source>This customer has not written to the business yet, so only an approved template can be sent. Choose a template to start the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="161"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="106"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="108"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="111"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="114"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="121"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="123"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="125"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="127"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="129"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="131"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="133"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="138"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="223"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CommandPalette</name>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="23"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="24"/>
        <source>Type a command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="25"/>
        <source>Filter commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CommandPalette.cpp" line="41"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="31"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="33"/>
        <source>Choose a conversation to start writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="35"/>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="36"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="37"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="42"/>
        <source>Time left in the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="43"/>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="44"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="45"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="180"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectionIndicator</name>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="45"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="47"/>
        <source>Catching up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="49"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="51"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="51"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="57"/>
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="61"/>
        <source>Offline, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="63"/>
        <source>Offline, retrying in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="65"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Update Duet to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="111"/>
        <source>Connection to the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="205"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="210"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="212"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="214"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="216"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="218"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="220"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="222"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="224"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="226"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="228"/>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="248"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n unread, %2</numerusform>
            <numerusform>%1, %n unread, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="301"/>
        <source>The inbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationPane</name>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="43"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="44"/>
        <source>Search messages  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="49"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Every conversation (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="59"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="72"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="89"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="92"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="173"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="174"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="205"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="206"/>
        <source>No messages match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="208"/>
        <source>No conversations here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="69"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="38"/>
        <source>Duet inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="98"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="104"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show my conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show unassigned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show conversations closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>Show closed conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="121"/>
        <source>Toggle sort: recent or closing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Load older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="127"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="41"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="24"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="29"/>
        <source>Sign in to Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="30"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="31"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33"/>
        <source>dt_…, from your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Agent token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="36"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="47"/>
        <source>Agent &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="49"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="133"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="134"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="142"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="149"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="169"/>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="178"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="29"/>
        <location filename="../ui/TemplatePicker.cpp" line="54"/>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <source>Why only templates can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="36"/>
        <source>Search templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="38"/>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="45"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="51"/>
        <source>Template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="55"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="158"/>
        <source>Template parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="161"/>
        <source>{{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="202"/>
        <source>No approved templates are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="203"/>
        <source>Choose a template to see its preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadModel</name>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="196"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="198"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="200"/>
        <source>Phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Business (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="202"/>
        <source>Customer (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="228"/>
        <source>Not delivered. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="229"/>
        <source>Not delivered (error %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="269"/>
        <source>An earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="271"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="348"/>
        <source>The thread could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="29"/>
        <source>Conversation header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="82"/>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="114"/>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="117"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="138"/>
        <source>Choose a conversation to start messaging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
