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
        <location filename="../ui/TimeText.cpp" line="26"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="33"/>
        <source>%1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="34"/>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="46"/>
        <source>Window closing · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="47"/>
        <source>Window open · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="58"/>
        <source>This customer has not written to you yet. Only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="67"/>
        <source>The 24-hour window closed at %1. Only approved templates can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="84"/>
        <location filename="../ui/TimeText.cpp" line="95"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimeText.cpp" line="93"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet</name>
    <message>
        <location filename="../desktop/main.cpp" line="55"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="74"/>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/main.cpp" line="103"/>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="13"/>
        <source>Duet: the shared inbox for a WhatsApp Business number in Coexistence mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="18"/>
        <source>Open this local store (a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="22"/>
        <source>Render the main window to this PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="26"/>
        <source>Quit (after the screenshot, if any) this many seconds after start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="29"/>
        <source>The agent whose conversations &quot;Mine&quot; shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="33"/>
        <source>A JSON file with the approved message templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="36"/>
        <source>system (default), light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="54"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="64"/>
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="71"/>
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
        <location filename="../ui/Composer.cpp" line="30"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="32"/>
        <source>Choose a conversation to start writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="34"/>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="35"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="36"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="41"/>
        <source>Time left in the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="42"/>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="43"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="44"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="177"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="227"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="232"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="234"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="236"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="238"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="240"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="242"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="244"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="246"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="248"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="250"/>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="270"/>
        <source>%1, %2 unread, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="323"/>
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
        <location filename="../ui/ConversationPane.cpp" line="170"/>
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
        <location filename="../ui/ConversationPane.cpp" line="70"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="87"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="90"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="170"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="171"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="172"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="203"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="204"/>
        <source>No messages match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="206"/>
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
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Duet inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="100"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="103"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="105"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="107"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Show my conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Show unassigned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Show conversations closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <source>Show closed conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>Toggle sort: recent or closing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Load older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="125"/>
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
        <location filename="../ui/ThreadModel.cpp" line="176"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="178"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="180"/>
        <source>Phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="182"/>
        <source>Business (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="182"/>
        <source>Customer (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="208"/>
        <source>Not delivered. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="209"/>
        <source>Not delivered (error %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="249"/>
        <source>An earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="252"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="329"/>
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
