<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BubbleLayout</name>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="140"/>
        <source>Media older than 14 days: WhatsApp does not transfer it with the chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="163"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="169"/>
        <source>Interactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="171"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="173"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="175"/>
        <source>A message type WhatsApp does not support here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="177"/>
        <source>Reply to an interactive message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="179"/>
        <source>Media from the chat history, not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="181"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="182"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="190"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="192"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="194"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="196"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="198"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="199"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="205"/>
        <location filename="../ui/BubbleLayout.cpp" line="226"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="207"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="209"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="211"/>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="213"/>
        <source>Edit time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="215"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="222"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="222"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="224"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="233"/>
        <source>The download failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="237"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="257"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="260"/>
        <source>Echo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="262"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="278"/>
        <source>Sent from the phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="280"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Business, imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="282"/>
        <source>Customer, imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="291"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleLayout.cpp" line="227"/>
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
    <name>MediaKinds</name>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="62"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="64"/>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="66"/>
        <source>Text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="68"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="72"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="81"/>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="83"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaKinds.cpp" line="84"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDetails</name>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="138"/>
        <source>Open in map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="140"/>
        <source>Open link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="143"/>
        <source>Start a conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="162"/>
        <source>From post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From an ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="163"/>
        <source>From ad: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="174"/>
        <source>Ad id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="194"/>
        <location filename="../ui/MessageDetails.cpp" line="309"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="201"/>
        <source>Contact without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="203"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="221"/>
        <location filename="../ui/MessageDetails.cpp" line="314"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="227"/>
        <source>Form answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="229"/>
        <source>Form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="248"/>
        <source>Button payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="250"/>
        <source>List reply id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="251"/>
        <source>Button reply id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MessageDetails.cpp" line="258"/>
        <location filename="../ui/MessageDetails.cpp" line="318"/>
        <source>Order: %n item(s)</source>
        <translation>
            <numerusform>Order: %n item</numerusform>
            <numerusform>Order: %n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="265"/>
        <source>Unnamed product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="270"/>
        <source>%1 × %2, %3 %4 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="273"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="282"/>
        <source>Total: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="284"/>
        <source>Catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="289"/>
        <source>Asking about product %1 (catalog %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MessageDetails.cpp" line="294"/>
        <source>Some details of this message could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingText</name>
    <message>
        <location filename="../ui/PricingText.cpp" line="24"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="26"/>
        <source>Marketing lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="28"/>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="30"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="32"/>
        <source>Authentication (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="34"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="36"/>
        <source>Ad entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="60"/>
        <source>billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="62"/>
        <source>free (service window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="64"/>
        <source>free (ad entry point, 72 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="66"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="81"/>
        <source>Meta counted this message as marketing: offers, announcements, invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="83"/>
        <source>Meta counted this message as utility: an update about something the customer asked for or bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="86"/>
        <source>Meta counted this message as authentication: a one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="88"/>
        <source>Meta counted this message as service: a reply inside the customer&apos;s 24-hour window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="91"/>
        <source>The customer came from a click-to-WhatsApp ad or a Page button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="95"/>
        <source>Meta bills this message at its category&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="97"/>
        <source>Free: sent while the customer&apos;s 24-hour service window was open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="99"/>
        <source>Free: the customer came from an ad or a Page button and the business answered within 24 hours, so every message is free for 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="102"/>
        <source>Free: Meta does not bill this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PricingText.cpp" line="104"/>
        <source>Meta has not said yet whether it bills this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/NotificationCoalescer.cpp" line="59"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NotificationCoalescer.cpp" line="60"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NotificationCoalescer.cpp" line="61"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateCatalog</name>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="94"/>
        <source>Header {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="101"/>
        <source>Code (button %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="102"/>
        <source>Button %1 {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="130"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="132"/>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="134"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="150"/>
        <source>Free if sent within 72 hours of the first reply to this customer&apos;s ad click; otherwise billed by its category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="153"/>
        <source>Utility template: free while the customer&apos;s 24-hour window is open (Meta may bill it from October 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="156"/>
        <source>Marketing template: Meta charges each delivered message at the marketing rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="158"/>
        <source>Utility template: Meta charges each delivered message at the utility rate while the customer&apos;s 24-hour window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="161"/>
        <source>Authentication template: Meta charges each delivered message at the authentication rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="222"/>
        <source>Cannot read the templates file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplateCatalog.cpp" line="240"/>
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
        <location filename="../desktop/main.cpp" line="88"/>
        <source>Try &apos;duet --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="61"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="97"/>
        <source>Cannot start the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="131"/>
        <location filename="../desktop/Run.cpp" line="136"/>
        <source>Cannot open the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Run.cpp" line="146"/>
        <source>Demo — Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="54"/>
        <location filename="../desktop/Run.cpp" line="200"/>
        <source>Cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/ConnectTour.cpp" line="65"/>
        <source>The Connect wizard stopped at page %1: see %2</source>
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
        <location filename="../desktop/CommandLine.cpp" line="53"/>
        <source>With --hub: also trust the CA certificates in this PEM file, for a hub whose certificate comes from your organisation&apos;s own authority (remembered as the setting hub/ca_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="59"/>
        <source>Try Duet: a simulated WhatsApp number with a scripted day of customers, in a temporary folder (nothing of yours is read or changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="63"/>
        <source>With --demo: how many times faster than real time the day runs (default 20; 300 plays the whole day in five minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="68"/>
        <source>Run the hub inside Duet, for one person on one computer (the Cloud API credentials are asked once and kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="72"/>
        <source>With --single-seat: the port Meta&apos;s webhooks reach (default 8080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="76"/>
        <source>With --single-seat: where the Graph API is (a duet-sim for trying it out; default https://graph.facebook.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="81"/>
        <source>With --single-seat: fill in the Connect wizard&apos;s phone number ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="85"/>
        <source>With --single-seat: fill in the WhatsApp Business Account ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="89"/>
        <source>With --single-seat: fill in the access token from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="93"/>
        <source>With --single-seat: fill in the app secret from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="112"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="122"/>
        <source>--hub must be a hub address, e.g. inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="138"/>
        <source>--graph-base-url, --phone-number-id, --waba-id, --access-token-file and --app-secret-file go with --single-seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="144"/>
        <source>Choose one of --demo, --single-seat and --hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="151"/>
        <source>--demo-speed needs a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="159"/>
        <source>--webhook-port needs a port number, 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="166"/>
        <source>--lang must be en, pt_BR or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="171"/>
        <source>--theme must be system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/CommandLine.cpp" line="178"/>
        <source>--quit-after needs a number of seconds, 0 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="73"/>
        <source>The Cloud API access token has expired. Ask an administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="75"/>
        <source>WhatsApp rejected a value in this message. Check the message and its attachments; it will not be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="78"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or the customer needs to update WhatsApp or accept its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="81"/>
        <source>Sending from this number is limited because of spam reports or low quality. Pause bulk sends and check the number&apos;s quality rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="84"/>
        <source>WhatsApp held back this marketing message to keep engagement healthy. Wait at least a day before sending this customer another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="87"/>
        <source>The customer has stopped marketing messages from this business. Do not send them marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="89"/>
        <source>WhatsApp does not support this kind of message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="91"/>
        <source>The customer&apos;s media could not be downloaded. Ask them to send it again, smaller if possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="93"/>
        <source>The attachment could not be uploaded. Check its file type and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="95"/>
        <source>WhatsApp does not deliver this kind of message (such as an authentication code) to a customer known only by their WhatsApp user ID. Ask the customer for their phone number, then send it to the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="99"/>
        <source>The business has reached its limit of new conversations for 24 hours. Wait until it resets, or reply in open conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="102"/>
        <source>The business account is temporarily blocked for policy violations. Ask an administrator to check WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="105"/>
        <source>The business account is locked. Ask an administrator to check WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="107"/>
        <source>The customer is part of a WhatsApp experiment and did not receive this marketing message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="110"/>
        <source>The business number is in maintenance for a moment. Duet will retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="112"/>
        <source>The template was refused: it may not exist in this language, may be paused or disabled, or its fields do not match. Check it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="115"/>
        <source>The business turned off chat history sharing; older chats will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="119"/>
        <source>Duet could not reach WhatsApp. Check the network connection; Duet will retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="130"/>
        <source>WhatsApp is limiting how fast this number can send. Duet will retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="132"/>
        <source>Too many messages went to this customer in a short time. Duet will retry after a pause; avoid sending many messages in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="135"/>
        <source>The customer&apos;s 24-hour window is closed. Send an approved template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="137"/>
        <source>The Cloud API access token was refused. Ask an administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="139"/>
        <source>WhatsApp refused this message. It will not be retried; check it before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="142"/>
        <source>WhatsApp had a temporary problem. Duet will retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/ApiError.cpp" line="144"/>
        <source>WhatsApp returned an unexpected answer. The message was not retried; check the details before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="359"/>
        <source>WhatsApp asked Duet to slow down; sending resumes shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="361"/>
        <source>The WhatsApp account reached its request limit; sending resumes when WhatsApp allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="364"/>
        <source>The app reached its WhatsApp request limit; sending resumes when WhatsApp allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="367"/>
        <source>The phone number is in maintenance at WhatsApp; sending resumes in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SendScheduler.cpp" line="370"/>
        <source>WhatsApp&apos;s usage limit was reached; sending resumes when access is regained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="25"/>
        <source>The request is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="27"/>
        <source>The Graph API version is not valid (expected a v, then two numbers with a dot between them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="30"/>
        <source>The sending number is not configured: its phone number ID is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="32"/>
        <source>The customer&apos;s phone number is not valid: it needs 7 to 15 digits with the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="35"/>
        <source>The customer&apos;s WhatsApp user ID is not valid. It must be sent exactly as WhatsApp gave it, for example US.13491208655302741918.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="38"/>
        <source>Authentication templates can only be sent to a phone number, and this customer has not shared theirs. Ask the customer for their phone number first, then send the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="41"/>
        <source>The message has no client ID to track it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="43"/>
        <source>The message&apos;s client ID is longer than 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="44"/>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="46"/>
        <source>The message is longer than 4096 characters. Shorten it or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="48"/>
        <source>The message is longer than 1024 characters, the most a message with a button can have. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="51"/>
        <source>The attachment has neither an uploaded media ID nor a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="53"/>
        <source>The attachment has both a media ID and a link; use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="55"/>
        <source>The attachment link is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="57"/>
        <source>Audio messages and stickers cannot have a caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="58"/>
        <source>The caption is longer than 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="59"/>
        <source>Only documents can carry a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="60"/>
        <source>Only audio can be sent as a voice message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="61"/>
        <source>The template has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="62"/>
        <source>The template has no language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="64"/>
        <source>A template placeholder has no value. Fill in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="66"/>
        <source>A template field has a kind of value that part of the template does not take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="68"/>
        <source>A template button needs its kind and a position from 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="69"/>
        <source>No message was chosen to react to or to mark as read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/GraphRequests.cpp" line="70"/>
        <source>A reaction cannot be sent as a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="17"/>
        <source>The customer&apos;s 24-hour window has closed, so only an approved template can be sent. Choose a template to reopen the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/WindowGate.cpp" line="21"/>
        <source>This customer has not written to the business yet, so only an approved template can be sent. Choose a template to start the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cloudapi/MediaLimits.cpp" line="104"/>
        <source>Allowed: images (JPEG, PNG) up to 5 MB, videos (MP4, 3GP) and audio (AAC, AMR, MP3, M4A, OGG) up to 16 MB, documents (PDF, text, Word, Excel, PowerPoint) up to 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="33"/>
        <source>WhatsApp refused it (code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="38"/>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="39"/>
        <source>The connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="65"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="98"/>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="75"/>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="78"/>
        <source>WhatsApp does not take this kind of file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="83"/>
        <source>The file is %1 MB; WhatsApp takes files of this kind up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="144"/>
        <source>The upload was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="150"/>
        <source>The file could not be uploaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="200"/>
        <source>Not a media id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="225"/>
        <source>The media could not be found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="238"/>
        <source>The file is %1 MB, more than the %2 MB Duet keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="249"/>
        <source>Cannot create the media folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="258"/>
        <location filename="../app/outbound/MediaTransfer.cpp" line="290"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="278"/>
        <source>The file is larger than the %1 MB Duet keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/MediaTransfer.cpp" line="284"/>
        <source>The download failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="29"/>
        <source>chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="31"/>
        <source>address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="39"/>
        <source>Meta allows this import once per onboarding, and it was already requested. To import again, disconnect the number from the Cloud API and connect it again (Embedded Signup), then request the import within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="44"/>
        <source>The access token was refused. Renew it with duet-hub setup (or the single seat&apos;s Connect dialog), then request the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/AppDataRequest.cpp" line="47"/>
        <source>Meta did not answer, so Duet does not know whether it took the request. Wait an hour for the import to start; if nothing arrives, request it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="31"/>
        <source>The CA certificate file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="36"/>
        <source>Cannot read the CA certificate file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="42"/>
        <source>%1 holds no PEM certificate (a file that starts with -----BEGIN CERTIFICATE-----).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="133"/>
        <source>The hub&apos;s certificate is self-signed: no authority this computer trusts vouches for it. Ask your administrator for the CA certificate, or to confirm its fingerprint before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="144"/>
        <source>The hub&apos;s certificate is not trusted: it was issued by an authority this computer does not know. Ask your administrator for the CA certificate (Duet&apos;s --ca-file option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="150"/>
        <source>The hub&apos;s certificate has expired (on %1). Ask your administrator to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="155"/>
        <source>The hub&apos;s certificate is not valid yet (from %1). Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="164"/>
        <source>The hub&apos;s certificate was issued for another name (%1), not for %2. Check the address, or ask your administrator for a certificate that names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="172"/>
        <source>The hub&apos;s certificate was revoked by its issuer. Do not connect; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="177"/>
        <source>The hub&apos;s certificate cannot be checked: its signature is wrong or it is blocked. Do not connect; tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="182"/>
        <source>The hub&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/net/TlsTrust.cpp" line="187"/>
        <source>The secure connection to the hub could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::PhoneFormat</name>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="164"/>
        <source>Type the customer&apos;s phone number, starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="166"/>
        <source>A phone number has only digits, spaces, dashes and brackets, after an optional +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="168"/>
        <source>Add the country code: start with + (for example +1 650 555 1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="170"/>
        <source>No country has this code. Check the digits after the +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="172"/>
        <source>This number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="173"/>
        <source>This number is too short for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="175"/>
        <source>This number is too long for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="177"/>
        <source>No phone number is like this one. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/PhoneFormat.cpp" line="178"/>
        <source>No phone number in %1 is like this one. Check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::desktop::Demo</name>
    <message>
        <location filename="../desktop/Demo.cpp" line="106"/>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="222"/>
        <source>Spring campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="236"/>
        <source>The demo campaign could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Demo.cpp" line="249"/>
        <source>Spring campaign: all %n template message(s) went out.</source>
        <translation>
            <numerusform>Spring campaign: the %n template message went out.</numerusform>
            <numerusform>Spring campaign: all %n template messages went out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Demo.cpp" line="250"/>
        <source>Spring campaign: %1 of %2 template messages out, paced by the rate limiter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::desktop::SingleSeat</name>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="86"/>
        <source>The settings will not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="107"/>
        <source>Not connected: Duet needs the number&apos;s Cloud API settings to run its hub. Start it again with --single-seat to enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="139"/>
        <source>The hub is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="149"/>
        <source>Requested the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="152"/>
        <source>The %1 was requested before; Meta takes it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="156"/>
        <source>Meta refused the %1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="162"/>
        <source>The %1 was not requested: the hub&apos;s database is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="167"/>
        <source>Meta sends them over the next minutes to hours; the team overview (Ctrl+Shift+O) shows the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="190"/>
        <location filename="../desktop/SingleSeat.cpp" line="211"/>
        <source>The hub could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="220"/>
        <source>The hub could not create its agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/SingleSeat.cpp" line="248"/>
        <source>The settings will be asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::desktop::TrayBinding</name>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="71"/>
        <source>New %1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/TrayBinding.cpp" line="77"/>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::desktop::Workspace</name>
    <message>
        <location filename="../desktop/Workspace.cpp" line="114"/>
        <source>The outbox needs a file of its own: a store on a server has no folder to put it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="199"/>
        <source>The customer&apos;s 24-hour window closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="203"/>
        <source>The 24-hour window with +%1 closed before the message left, so it was not sent. Choose a template to write to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="208"/>
        <source>Meta refused the access token: messages wait in the outbox until the hub&apos;s administrator renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="212"/>
        <source>The outbox file could not be written, so the message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../desktop/Workspace.cpp" line="215"/>
        <source>%n message(s) may or may not have reached WhatsApp: resend or discard them.</source>
        <translation>
            <numerusform>%n message may or may not have reached WhatsApp: resend or discard it.</numerusform>
            <numerusform>%n messages may or may not have reached WhatsApp: resend or discard them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="235"/>
        <source>WhatsApp disconnected the number: messages wait in the outbox until it is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="239"/>
        <source>the number is disconnected from WhatsApp; it leaves once the number is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="258"/>
        <source>The hub has no WhatsApp number configured: messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="354"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="476"/>
        <source>That message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="531"/>
        <source>A colleague took this conversation a moment ago, so your reply was not sent. Read the thread, then send again to answer anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="596"/>
        <source>The templates were fetched from Meta again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="598"/>
        <source>Only a supervisor can refresh the templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="600"/>
        <source>The hub has no WhatsApp Business Account id ([cloudapi] waba_id), so it cannot fetch templates. Ask its administrator to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="603"/>
        <source>Meta did not give the templates; the picker keeps the list it had. The hub&apos;s log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="606"/>
        <source>Duet is offline: the templates were not refreshed. Try again when the status bar shows Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="613"/>
        <source>Refresh templates from Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="692"/>
        <source>Campaign “%1” started now: its time passed while Duet was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../desktop/Workspace.cpp" line="693"/>
        <source>Campaign “%1” started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::onboarding</name>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="172"/>
        <source>No answer from Meta&apos;s Graph API (network error or timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="178"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="181"/>
        <source>Meta answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="187"/>
        <source>Check this computer&apos;s network connection (and any proxy), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="189"/>
        <source>The access token is expired, revoked or mistyped. In Meta Business Settings, under System users, generate a new token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging, and use that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="193"/>
        <source>The app secret does not belong to the app that issued this access token. Copy the App secret from App settings &gt; Basic of that app in Meta&apos;s App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="197"/>
        <source>The token may not manage WhatsApp Business Account %1. In Business Settings, give the system user full control of that account and generate the token again with whatsapp_business_management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="201"/>
        <source>The token lacks a permission. Generate it again with whatsapp_business_management and whatsapp_business_messaging, for a system user that has this WhatsApp account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="206"/>
        <source>Meta knows no phone number with the id %1 that this token may use. Copy the Phone number ID (a long number, not the phone number itself) from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="210"/>
        <source>Meta knows no WhatsApp Business Account with the id %1 that this token may use. Copy the WhatsApp Business Account ID from WhatsApp &gt; API Setup in the App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="221"/>
        <source>Access token and app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="223"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="225"/>
        <source>Webhook subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="234"/>
        <source>high (GREEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="236"/>
        <source>medium (YELLOW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="238"/>
        <source>low (RED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="240"/>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="250"/>
        <source>quality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="252"/>
        <source>throughput %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="254"/>
        <source>on the WhatsApp Business app (Coexistence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberFacts.cpp" line="255"/>
        <source>not on the WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::onboarding::NumberCheck</name>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="90"/>
        <source>Meta says this access token is not valid (debug_token is_valid false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="103"/>
        <source>The access token lacks the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="104"/>
        <source>In Meta Business Settings, under System users, generate the token again and tick whatsapp_business_management and whatsapp_business_messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="109"/>
        <source>A valid token of app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="110"/>
        <source>A valid token of the app “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="114"/>
        <source>This access token expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="116"/>
        <source>Use a system user&apos;s token that never expires: when this one does, Duet can no longer send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="139"/>
        <source>This number is not on the WhatsApp Business app (is_on_biz_app is not true): it is not connected in Coexistence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="141"/>
        <source>Duet works with it, but no messages from the phone app will show and there is no chat history or address book to import. To keep using the phone app, connect the number through Embedded Signup&apos;s option for WhatsApp Business app users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="162"/>
        <source>The app is subscribed to the webhooks of WhatsApp Business Account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="183"/>
        <source>Meta did not confirm the subscription (no &quot;success&quot;: true in its answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="184"/>
        <source>Try again in a minute; if it persists, subscribe the app in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/onboarding/NumberCheck.cpp" line="189"/>
        <source>The app was not subscribed to WhatsApp Business Account %1; Duet subscribed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::outbound::CampaignCsv</name>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="206"/>
        <source>Line %1: &quot;%2&quot; is not a valid phone number or WhatsApp user ID. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="211"/>
        <source>Line %1: the recipient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="213"/>
        <source>Line %1: the parameter &quot;%2&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="215"/>
        <source>Line %1: %2 cells, but the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="217"/>
        <source>Line %1: %2 cells, more than the %3 of the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="219"/>
        <source>Line %1: a quote opens here and never closes; the rest of the file was read as this row and nothing of it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="223"/>
        <source>Line %1: %2 is already on line %3; it is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="225"/>
        <source>Line %1: the value of &quot;%2&quot; is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="229"/>
        <source>Line %1: empty row, ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="245"/>
        <source>The file is %1 MB; a campaign file may have at most %2 MB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="250"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="259"/>
        <source>The file is larger than %1 MB, the most a campaign file may have. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="269"/>
        <source>The file is in UTF-16. Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="272"/>
        <source>The file is not a text file in UTF-8 (it contains zero bytes). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="276"/>
        <source>The file is not in UTF-8 (line %1 has a character in another encoding, such as Windows Latin-1). Save it as &quot;CSV UTF-8&quot; and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="282"/>
        <location filename="../app/outbound/CampaignCsv.cpp" line="300"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="291"/>
        <source>The file has more than %1 rows; a campaign may have at most %1 recipients. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="303"/>
        <source>Line %1: the header row has a quote that never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="313"/>
        <source>The header row names no recipient column. Name the column of phone numbers or WhatsApp user IDs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="330"/>
        <source>The header row has no column for the template&apos;s parameter {{%1}}. Name a column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/CampaignCsv.cpp" line="452"/>
        <source>The file has a header row but no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::outbound::Campaigns</name>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="317"/>
        <source>The campaign has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="318"/>
        <source>The campaign has no recipient left: every one of them stopped marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="329"/>
        <source>%1 has %2 parameters; the template has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="346"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="371"/>
        <source>The campaign could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="495"/>
        <source>Re-engagement message: the service window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="497"/>
        <source>Message undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="499"/>
        <source>Spam rate limit hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="501"/>
        <source>Not delivered to keep engagement healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="503"/>
        <source>The customer stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="505"/>
        <source>Too many messages to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="507"/>
        <source>Messaging limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="509"/>
        <source>Not available for WhatsApp user IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="511"/>
        <source>Customer in an experiment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="513"/>
        <source>Throughput limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="515"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="517"/>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="519"/>
        <source>Temporarily blocked for policy violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="521"/>
        <source>Business account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="523"/>
        <source>Access token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="528"/>
        <source>Template error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="530"/>
        <source>No error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="531"/>
        <source>Error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="582"/>
        <source>There is no such campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/Campaigns.cpp" line="587"/>
        <location filename="../app/outbound/Campaigns.cpp" line="592"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::outbound::OutboundDriver</name>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="199"/>
        <source>The message could not be saved, so it was not scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="221"/>
        <source>The message could not be saved, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="278"/>
        <source>The customer&apos;s window closes at %1, before %2: schedule a template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/outbound/OutboundDriver.cpp" line="318"/>
        <source>This message is no longer waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::secrets::SecretStore</name>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="107"/>
        <source>Nothing is saved in the keychain for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="109"/>
        <source>No keychain is available. Start your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="112"/>
        <source>The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStore.cpp" line="115"/>
        <source>The keychain could not be used. Try again; if it keeps failing, sign in without remembering the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::sync::SyncClient</name>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="145"/>
        <source>The hub cannot be reached. Duet keeps retrying; check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="147"/>
        <source>The hub refused this agent token. Ask your administrator for a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="149"/>
        <source>This agent&apos;s access was revoked. Ask your administrator for a new token and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="151"/>
        <source>Too many failed sign-ins from this computer. Duet tries again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="153"/>
        <source>The hub speaks a different protocol version. Update Duet to connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="155"/>
        <source>The hub sent something Duet could not use. Duet reconnects and resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="157"/>
        <source>Duet could not write its local store (is the disk full?). It retries shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="159"/>
        <source>This agent is connected to the hub from too many places at once. Close Duet on another computer; Duet tries again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sync/SyncClient.cpp" line="162"/>
        <source>The hub&apos;s certificate was refused, so Duet did not send your token. Ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::AccountBanner</name>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="41"/>
        <source>Number status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="54"/>
        <location filename="../ui/AccountBanner.cpp" line="55"/>
        <source>Close this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="144"/>
        <source>WhatsApp disconnected this number from Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="146"/>
        <source>WhatsApp took this number off the Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="148"/>
        <source>The WhatsApp Business account was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="150"/>
        <source>Open WhatsApp Business on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="152"/>
        <source>The number is connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="162"/>
        <source>Since %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="166"/>
        <source>Messages sent meanwhile wait in the outbox and leave once it is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="181"/>
        <source>The number was registered again, or the phone it runs on changed. Reconnect the number from the WhatsApp Business app on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="185"/>
        <source>Duet can no longer send or receive messages for this number. Check the account in Meta Business Suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="191"/>
        <source>The WhatsApp Business app on the phone was last used %n day(s) ago.</source>
        <translation>
            <numerusform>The WhatsApp Business app on the phone was last used %n day ago.</numerusform>
            <numerusform>The WhatsApp Business app on the phone was last used %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AccountBanner.cpp" line="193"/>
        <source>WhatsApp disconnects the number after 14 days without it: open the app within %n day(s).</source>
        <translation>
            <numerusform>WhatsApp disconnects the number after 14 days without it: open the app within %n day.</numerusform>
            <numerusform>WhatsApp disconnects the number after 14 days without it: open the app within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="195"/>
        <source>WhatsApp may disconnect the number at any moment: open the app on the phone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="199"/>
        <source>Messages that waited in the outbox are on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="207"/>
        <source>The phone app was not opened for 14 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="210"/>
        <source>A device linked to the number was not used for 30 days: open WhatsApp Business on the phone, then reconnect the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="213"/>
        <source>The business changed its phone number in the WhatsApp Business app: connect the new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="215"/>
        <source>The number was registered on another phone: reconnect it from the phone it runs on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="217"/>
        <source>The number was moved to the personal WhatsApp app: move it back to WhatsApp Business, then reconnect the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="220"/>
        <source>Meta disconnected the account (an enforcement, or the account was deleted): check it in Meta Business Suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="223"/>
        <source>The business removed Duet&apos;s access to the number, or Meta gave no reason: reconnect the number to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AccountBanner.cpp" line="225"/>
        <source>Meta&apos;s reason: %1. Reconnect the number to send again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>%1 — %2 — %n open</source>
        <translation>
            <numerusform>%1 — %2 — %n open</numerusform>
            <numerusform>%1 — %2 — %n open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="116"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="118"/>
        <source>, %n snoozed</source>
        <translation>
            <numerusform>, %n snoozed</numerusform>
            <numerusform>, %n snoozed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="120"/>
        <source> — first reply %1 (median)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::AttachmentChip</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="80"/>
        <source>Remove the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="82"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="110"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="121"/>
        <location filename="../ui/ComposerBars.cpp" line="131"/>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="131"/>
        <source>Uploading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="139"/>
        <source>Upload failed: %1. Send again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="160"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BubbleDelegate.cpp" line="419"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CampaignListModel</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="139"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running (started late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="141"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="143"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="145"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="147"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="158"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="159"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="161"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="179"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="183"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="187"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="201"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="203"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="205"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="207"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="209"/>
        <source>Sent, delivered, read, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="211"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CampaignsView</name>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="230"/>
        <source>Failures by Meta error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="232"/>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="233"/>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="234"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="235"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="236"/>
        <source>&amp;Cancel campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="237"/>
        <source>Resend &amp;uncertain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="238"/>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="240"/>
        <location filename="../ui/CampaignsView.cpp" line="338"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="248"/>
        <source>Campaigns, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="258"/>
        <source>No campaigns yet — New campaign… sends an approved template to a list of customers from a CSV file, now or at a time you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="262"/>
        <source>No campaigns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Meta code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="268"/>
        <source>What happened and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="271"/>
        <source>Failures grouped by Meta error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="277"/>
        <source>Stops handing the campaign&apos;s messages to the sender; messages already on their way finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="278"/>
        <source>Sends the campaign&apos;s remaining messages again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="279"/>
        <source>Cancels the messages not sent yet; what was sent stays sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="281"/>
        <source>Sends again the messages whose outcome is unknown (Duet lost the connection while sending them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="282"/>
        <source>Saves every recipient with the outcome of their message as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="287"/>
        <source>The campaign is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="292"/>
        <source>The campaign goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="436"/>
        <source>Choose a campaign to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="445"/>
        <source>%1 — template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="448"/>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="450"/>
        <source>its time passed while Duet was closed, so it started when Duet opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="452"/>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="454"/>
        <source>%n recipient(s) left out: they stopped marketing messages</source>
        <translation>
            <numerusform>%n recipient left out: they stopped marketing messages</numerusform>
            <numerusform>%n recipients left out: they stopped marketing messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="458"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="459"/>
        <source>%n sending</source>
        <translation>
            <numerusform>%n sending</numerusform>
            <numerusform>%n sending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="460"/>
        <source>%n accepted by Meta</source>
        <translation>
            <numerusform>%n accepted by Meta</numerusform>
            <numerusform>%n accepted by Meta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="461"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="462"/>
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="463"/>
        <source>%n read</source>
        <translation>
            <numerusform>%n read</numerusform>
            <numerusform>%n read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="464"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="465"/>
        <source>%n uncertain (need attention)</source>
        <translation>
            <numerusform>%n uncertain (need attention)</numerusform>
            <numerusform>%n uncertain (need attention)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="466"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="467"/>
        <source>%n discarded</source>
        <translation>
            <numerusform>%n discarded</numerusform>
            <numerusform>%n discarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="474"/>
        <source>%n recipient(s): </source>
        <translation>
            <numerusform>%n recipient: </numerusform>
            <numerusform>%n recipients: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="481"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="486"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="507"/>
        <source>Cancel campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="508"/>
        <source>Cancel “%1”? The %n message(s) not sent yet will not be sent. Messages already sent stay sent, and a cancelled campaign cannot be resumed.</source>
        <translation>
            <numerusform>Cancel “%1”? The %n message not sent yet will not be sent. Messages already sent stay sent, and a cancelled campaign cannot be resumed.</numerusform>
            <numerusform>Cancel “%1”? The %n messages not sent yet will not be sent. Messages already sent stay sent, and a cancelled campaign cannot be resumed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="516"/>
        <source>The campaign is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="528"/>
        <source>Resend uncertain messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="529"/>
        <source>Duet lost the connection while sending %n message(s): Meta may have received them or not. Sending them again may deliver a message twice to those customers. If Meta reports them later, Duet updates them anyway. Send them again?</source>
        <translation>
            <numerusform>Duet lost the connection while sending %n message: Meta may have received it or not. Sending it again may deliver it twice to that customer. If Meta reports it later, Duet updates it anyway. Send it again?</numerusform>
            <numerusform>Duet lost the connection while sending %n messages: Meta may have received them or not. Sending them again may deliver a message twice to those customers. If Meta reports them later, Duet updates them anyway. Send them again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CampaignsView.cpp" line="537"/>
        <source>%n message(s) are sent again.</source>
        <translation>
            <numerusform>%n message is sent again.</numerusform>
            <numerusform>%n messages are sent again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="545"/>
        <source>Choose a campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="563"/>
        <location filename="../ui/CampaignsView.cpp" line="571"/>
        <source>Export campaign results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="564"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CampaignsView.cpp" line="569"/>
        <source>The results were saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedReplies</name>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="25"/>
        <source>Hello {name}, this is {agent}. How can I help you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>One moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="26"/>
        <source>Thank you, {name}. Let me check that for you, it will take a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="27"/>
        <source>Is there anything else I can help you with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="28"/>
        <source>Thank you for contacting us, {name}. Have a great day! {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="35"/>
        <source>there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="47"/>
        <source>The canned replies could not be read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="53"/>
        <source>The canned replies file %1 is not valid (%2); the default replies are shown and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="55"/>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedReplies.cpp" line="81"/>
        <source>The canned replies could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CannedRepliesDialog</name>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="27"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="29"/>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="30"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="31"/>
        <location filename="../ui/CannedRepliesDialog.cpp" line="47"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="32"/>
        <source>Use {name} for the customer&apos;s name and {agent} for yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="35"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="36"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CannedRepliesDialog.cpp" line="95"/>
        <source>New reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ClosingSoonModel</name>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="219"/>
        <source>Window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="221"/>
        <source>Closes in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorModels.cpp" line="222"/>
        <source>Closes in %n min</source>
        <translation>
            <numerusform>Closes in %n min</numerusform>
            <numerusform>Closes in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="239"/>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorModels.cpp" line="241"/>
        <source>unassigned</source>
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
        <location filename="../ui/CommandPalette.cpp" line="32"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="82"/>
        <location filename="../ui/Composer.cpp" line="277"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="84"/>
        <source>Choose a conversation to start writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="85"/>
        <source>Write to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="86"/>
        <source>Write a private note for the team (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="94"/>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="96"/>
        <source>Schedule send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="97"/>
        <source>Schedule send… (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="98"/>
        <source>Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="99"/>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="100"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="107"/>
        <source>Time left in the service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="108"/>
        <source>Message length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="109"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="110"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="114"/>
        <location filename="../ui/Composer.cpp" line="617"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="115"/>
        <source>Attach a file (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="117"/>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="118"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="276"/>
        <source>Write a private note… (@ to mention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="277"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="292"/>
        <source>Private note: only your team sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="367"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Composer.cpp" line="502"/>
        <source>A message with an attachment cannot be scheduled: send it now, or remove the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerAttachments</name>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="22"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="24"/>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="26"/>
        <source>audio files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="28"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="30"/>
        <source>stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="73"/>
        <source>Wait until the file being sent has been uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="75"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="90"/>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="93"/>
        <source>%1 cannot be sent: WhatsApp does not take this type of file (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerAttachments.cpp" line="96"/>
        <source>%1 is too large to send (%2): WhatsApp takes %3 up to %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ComposerCompletion</name>
    <message>
        <location filename="../ui/ComposerCompletion.cpp" line="30"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectAccessPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="96"/>
        <source>Give Duet access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="97"/>
        <source>Both are kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="100"/>
        <location filename="../ui/ConnectWizard.cpp" line="107"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="101"/>
        <location filename="../ui/ConnectWizard.cpp" line="108"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="110"/>
        <source>The access token: in Meta Business Settings, under Users &gt; System users, generate a token for your app with the permissions whatsapp_business_management and whatsapp_business_messaging (a system user&apos;s token does not expire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="114"/>
        <source>The app secret: in the App Dashboard, App settings &gt; Basic &gt; App secret. Meta signs every webhook with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectCheckPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="56"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="58"/>
        <source>Checking with Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="59"/>
        <source>Nothing is saved until every check has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="77"/>
        <source>: asking Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="83"/>
        <source>Every check passed. Next connects the number: Duet keeps these settings in the keychain and starts its hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="85"/>
        <source>Fix what is shown above (Back), or check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="122"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="146"/>
        <source>The number could not be connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectImportPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="210"/>
        <source>Request history and contacts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="215"/>
        <source>Import the phone app&apos;s chats and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="216"/>
        <source>Once, within 24 hours of connecting the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="231"/>
        <source>Asking Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="247"/>
        <source>This number is not on the WhatsApp Business app, so there is no chat history or address book to import. Finish, and Duet shows new messages as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="258"/>
        <source>WhatsApp can send Duet the chats of the last 180 days (photos and documents of the last 14 days only) and the names in the phone app&apos;s address book. Meta sends them once, and only if Duet asks before %1; later the business has to disconnect the number and connect it again.

Ask once Meta shows the webhook as verified with the fields history and smb_app_state_sync subscribed, or the chats are lost. If you finish without asking, the team overview keeps the button and the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="267"/>
        <source>First tick, on the previous page, that Meta verified the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectNumberPage</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="31"/>
        <source>for example %1</source>
        <extracomment>A field&apos;s grey hint before anything is typed; %1 is an example of a Meta id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="41"/>
        <location filename="../ui/ConnectWizard.cpp" line="58"/>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="42"/>
        <location filename="../ui/ConnectWizard.cpp" line="59"/>
        <source>WhatsApp Business Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="46"/>
        <source>Connect your WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="47"/>
        <source>Duet runs its own hub on this computer and talks to WhatsApp through Meta&apos;s Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="62"/>
        <source>In Meta&apos;s App Dashboard, open your app&apos;s WhatsApp &gt; API Setup page: it shows the phone number ID and the WhatsApp Business Account ID of your number. They are long numbers of their own, not the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="82"/>
        <source>Both are digits only, up to 32 of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectWebhookPage</name>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="40"/>
        <location filename="../ui/ConnectPages.cpp" line="174"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="41"/>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="160"/>
        <source>Meta shows the webhook as verified and these fields as subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="164"/>
        <source>Send WhatsApp&apos;s webhooks to Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="165"/>
        <source>In the App Dashboard, open WhatsApp &gt; Configuration and edit the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="175"/>
        <source>Copy the webhook fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="180"/>
        <source>Callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="181"/>
        <source>Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="182"/>
        <source>Webhook fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="186"/>
        <source>Enter the callback URL and the verify token, press Verify and save (Meta asks Duet&apos;s hub at once, so keep Duet open), then subscribe each field listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="196"/>
        <source>Duet&apos;s hub receives webhooks at %1 on this computer. Meta reaches it only over https: run a tunnel or reverse proxy to port %2 (for example cloudflared or ngrok) and use its public address below, ending in /webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectPages.cpp" line="202"/>
        <source>https://your-tunnel-address/webhook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConnectWizard</name>
    <message>
        <location filename="../ui/ConnectWizard.cpp" line="130"/>
        <source>Connect your WhatsApp number</source>
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
        <location filename="../ui/ConnectionIndicator.cpp" line="75"/>
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
        <source>Too many connections, retrying in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="67"/>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="69"/>
        <source>Access revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="71"/>
        <source>Update Duet to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="73"/>
        <source>Hub certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionIndicator.cpp" line="119"/>
        <source>Connection to the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ConversationListModel</name>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="288"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="296"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="298"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="300"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="302"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="304"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="306"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="308"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="310"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="312"/>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="314"/>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="316"/>
        <source>Conversations merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ConversationListModel.cpp" line="345"/>
        <source>%1, %n unread, %2</source>
        <translation>
            <numerusform>%1, %n unread, %2</numerusform>
            <numerusform>%1, %n unread, %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="374"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="376"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="380"/>
        <source>Snooze over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="381"/>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationListModel.cpp" line="444"/>
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
        <source>Search  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="46"/>
        <source>Messages by their words; customers by name, @username, any part of their number or their user ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="48"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <location filename="../ui/ConversationPane.cpp" line="176"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="50"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Conversations assigned to you (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="51"/>
        <source>Nobody is assigned (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>Every conversation (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="52"/>
        <source>The 24-hour window closes within the hour (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="53"/>
        <source>The 24-hour window is closed: templates only (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="61"/>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="74"/>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="91"/>
        <source>Conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="94"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="176"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="177"/>
        <source>Sorted by last activity. Click to sort by window closing time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="178"/>
        <source>Sorted by window closing time. Click to sort by last activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="209"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="210"/>
        <source>No customer or message matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConversationPane.cpp" line="212"/>
        <source>No conversations here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CostModel</name>
    <message>
        <location filename="../ui/CostModel.cpp" line="63"/>
        <location filename="../ui/CostModel.cpp" line="102"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="64"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CostModel.cpp" line="83"/>
        <source>%n message(s) whose billing Meta has not stated yet</source>
        <translation>
            <numerusform>%n message whose billing Meta has not stated yet</numerusform>
            <numerusform>%n messages whose billing Meta has not stated yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="96"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="98"/>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CostModel.cpp" line="100"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::CustomerText</name>
    <message>
        <location filename="../ui/CustomerText.cpp" line="42"/>
        <source>phone number not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer without a shared number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="71"/>
        <source>Customer in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CustomerText.cpp" line="143"/>
        <source>Merged with the conversation of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="94"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="101"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="106"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="115"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="116"/>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="117"/>
        <source>Export the dashboard&apos;s figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="118"/>
        <source>Export a picture of the dashboard as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>Export figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="124"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="127"/>
        <source>The figures could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>Export picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="131"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="134"/>
        <source>The picture could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>Conversations opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="142"/>
        <source>First replies within 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <location filename="../ui/DashboardView.cpp" line="343"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="143"/>
        <source>Windows closing within the hour, no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="144"/>
        <source>Billable messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="149"/>
        <source>Show the conversations behind this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="173"/>
        <source>Windows closing within the hour without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="174"/>
        <source>Campaign progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="175"/>
        <source>The conversations behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="176"/>
        <source>Click a figure or a bar to list its conversations; double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="205"/>
        <source>Windows closing within the hour, no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="207"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Conversations opened and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="230"/>
        <source>Time to first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Time to resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="231"/>
        <source>Agents&apos; open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="232"/>
        <source>Business messages by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="269"/>
        <source>Waited up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="285"/>
        <source>Click a bar to list its conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="321"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="323"/>
        <source>Conversations and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="324"/>
        <location filename="../ui/DashboardView.cpp" line="342"/>
        <source>First replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="325"/>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="326"/>
        <source>Agents&apos; load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="327"/>
        <source>Closing windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="328"/>
        <source>Message costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="337"/>
        <location filename="../ui/DashboardView.cpp" line="664"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="359"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="359"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="360"/>
        <source>%n first replies in the period</source>
        <translation>
            <numerusform>%n first reply in the period</numerusform>
            <numerusform>%n first replies in the period</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="379"/>
        <source>From customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="380"/>
        <source>From the phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="390"/>
        <source>1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="390"/>
        <source>5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="391"/>
        <source>15m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="391"/>
        <source>1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="392"/>
        <source>4h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="392"/>
        <source>24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="393"/>
        <source>&gt;24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="446"/>
        <source>Conversations opened and messages by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="447"/>
        <source>Conversations opened and messages by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="485"/>
        <source>%1 (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="491"/>
        <source>Open (online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="492"/>
        <source>Open (not online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="493"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="505"/>
        <location filename="../ui/DashboardView.cpp" line="696"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="511"/>
        <source>Billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="512"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="513"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="522"/>
        <source>%1 — closes in %n min</source>
        <translation>
            <numerusform>%1 — closes in %n min</numerusform>
            <numerusform>%1 — closes in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="529"/>
        <source>None: every customer whose window closes soon has a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="532"/>
        <source>Campaigns run in this desktop&apos;s outbox, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="534"/>
        <source>No campaigns yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="540"/>
        <source>%1: %2 of %3 sent (%4%), %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="570"/>
        <location filename="../ui/DashboardView.cpp" line="577"/>
        <source>The conversations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="580"/>
        <source>%1 (%n conversation(s))</source>
        <translation>
            <numerusform>%1 (%n conversation)</numerusform>
            <numerusform>%1 (%n conversations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="668"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="676"/>
        <source>First reply in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="682"/>
        <source>Resolved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="688"/>
        <source>Open conversations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="694"/>
        <source>Business messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DashboardView.cpp" line="761"/>
        <source>the picture could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::DateTimeField</name>
    <message>
        <location filename="../ui/DateTimeField.cpp" line="22"/>
        <source>Alt+Down opens the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::DraftStore</name>
    <message>
        <location filename="../ui/DraftStore.cpp" line="70"/>
        <source>Drafts could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="52"/>
        <source>History and contacts from the phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="58"/>
        <source>Request the phone app&apos;s history and contacts from Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="68"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="69"/>
        <source>Open the team overview with the import&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="102"/>
        <source>The import&apos;s state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>Request &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="110"/>
        <source>&amp;Request history and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="117"/>
        <source>Connect to the hub first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="129"/>
        <source>Chat history and contacts from the phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="135"/>
        <source>Duet has no record of when the number was connected: if it was within the last 24 hours, request them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="139"/>
        <source>Not requested yet. Meta takes the request once, until %1 (%2 left); after that the business has to disconnect the number and connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="142"/>
        <source>Meta&apos;s 24 hours ended %1: it will most likely refuse. To import anyway, disconnect the number, connect it again and request at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="150"/>
        <source>%1: not requested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="151"/>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="154"/>
        <source>%1: requested %2%3; Meta&apos;s answer never arrived (the hub stopped?). If nothing is imported within an hour, request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="158"/>
        <source>%1: requested %2%3; Meta accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="161"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="164"/>
        <source>%1: requested %2 and accepted; the repeat of %3 was refused by Meta: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="166"/>
        <source>%1: Meta refused the request of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="168"/>
        <source>Meta takes it once per onboarding; to import again, disconnect the number, connect it again and request within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="170"/>
        <source>Check the number&apos;s connection (duet-hub setup) and request again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="178"/>
        <source>The business turned chat history sharing off in the WhatsApp Business app (%1): past chats are not imported; new messages and contacts still arrive. To import the history, disconnect the number and connect it again, choosing to share the chat history in the app, then request within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="184"/>
        <source>No chat history has arrived yet: Meta sends it over minutes to hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="188"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="189"/>
        <source>the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="190"/>
        <source>90 to 180 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="191"/>
        <source>phase %1 (%2): %n chunk(s)</source>
        <translation>
            <numerusform>phase %1 (%2): %n chunk</numerusform>
            <numerusform>phase %1 (%2): %n chunks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="193"/>
        <source>Chat history imported (100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="194"/>
        <source>Chat history arriving: %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="201"/>
        <source>This number is not on the WhatsApp Business app: there is no chat history or address book to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="209"/>
        <source>Before requesting, check that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed: Meta sends everything once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="213"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="215"/>
        <source>%n address-book name(s) imported.</source>
        <translation>
            <numerusform>%n address-book name imported.</numerusform>
            <numerusform>%n address-book names imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="216"/>
        <source>Chat history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportPanel.cpp" line="221"/>
        <source>%n conversation(s) hold only imported history: they stay out of Unassigned until someone writes.</source>
        <translation>
            <numerusform>%n conversation holds only imported history: it stays out of Unassigned until someone writes.</numerusform>
            <numerusform>%n conversations hold only imported history: they stay out of Unassigned until someone writes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="224"/>
        <source>WhatsApp transfers the photos, videos and documents of the last 14 days only: older media shows as a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="235"/>
        <source>Meta takes this request once per onboarding: asking again is useful only if nothing ever arrived, and Meta will most likely refuse. Request again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="237"/>
        <source>Meta sends the chat history and contacts to the hub&apos;s webhook once. Check first that Meta&apos;s dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed. Request them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ImportPanel.cpp" line="245"/>
        <source>Asking Meta…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Duet inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="133"/>
        <source>Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="136"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="140"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show my conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>Show unassigned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>Show conversations closing soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="143"/>
        <source>Show closed conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>Toggle sort: recent or closing first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>Load older messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="156"/>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="53"/>
        <source>Claim conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="55"/>
        <source>Release conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="57"/>
        <source>Assign conversation to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="59"/>
        <source>Set status or snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="61"/>
        <source>Resolve conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="63"/>
        <source>Reopen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="64"/>
        <source>Mark conversation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="66"/>
        <source>Snooze conversation for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="70"/>
        <source>Add a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="72"/>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowTeam.cpp" line="120"/>
        <source>The team overview is for supervisors. Ask your administrator if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <location filename="../ui/MainWindowTeam.cpp" line="146"/>
        <source>Review mode: replies are off. Choose the conversation in the list to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="31"/>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="33"/>
        <source>Write a private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="38"/>
        <source>Insert canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="39"/>
        <source>Manage canned replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="43"/>
        <source>Reply to the previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="46"/>
        <source>Ask for the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="47"/>
        <source>Ask for number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="48"/>
        <source>Ask the customer to share their phone number with WhatsApp&apos;s Share Contact Info button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowThread.cpp" line="73"/>
        <source>No conversation with %1 yet: start it with a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="16"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="21"/>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="44"/>
        <source>Campaigns are for supervisors. Ask your administrator if you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCampaigns.cpp" line="48"/>
        <source>Campaigns need this desktop&apos;s outbox, which is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::MediaViewer</name>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="62"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="69"/>
        <source>This image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="82"/>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="83"/>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="84"/>
        <source>Fit to the window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="85"/>
        <source>Actual size (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="88"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="89"/>
        <source>Save a copy of the file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="95"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="96"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="149"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="211"/>
        <location filename="../ui/MediaViewer.cpp" line="216"/>
        <location filename="../ui/MediaViewer.cpp" line="226"/>
        <location filename="../ui/MediaViewer.cpp" line="230"/>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MediaViewer.cpp" line="242"/>
        <location filename="../ui/MediaViewer.cpp" line="247"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::NewCampaignDialog</name>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="66"/>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="68"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="70"/>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="98"/>
        <source>Choose &amp;recipients file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="101"/>
        <source>Cop&amp;y the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="107"/>
        <source>&amp;Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="108"/>
        <source>Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="110"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="111"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="112"/>
        <source>e.g. Spring sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="113"/>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="115"/>
        <source>Campaign of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="118"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="119"/>
        <source>Search approved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="125"/>
        <source>Approved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="131"/>
        <source>A CSV file with a column named phone (or wa_id, number, bsuid) and one column per template parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="134"/>
        <source>Rows that will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="142"/>
        <source>Preview of the first messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="143"/>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="149"/>
        <source>Creates the campaign and starts sending at the team&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="150"/>
        <source>Creates the campaign to start at a date and time you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="153"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="159"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="161"/>
        <source>1. Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="165"/>
        <source>2. Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="174"/>
        <source>3. Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="176"/>
        <source>4. Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="213"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="224"/>
        <source>No approved template yet: templates are created and approved in Meta&apos;s WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="232"/>
        <location filename="../ui/NewCampaignDialog.cpp" line="633"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="267"/>
        <source>Category unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="270"/>
        <source>This template needs header or button values, which a campaign cannot fill in per recipient: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="284"/>
        <source>Choose the recipients file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="285"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="300"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="304"/>
        <source>%1 is larger than %n MB: split it into smaller files.</source>
        <translation>
            <numerusform>%1 is larger than %n MB: split it into smaller files.</numerusform>
            <numerusform>%1 is larger than %n MB: split it into smaller files.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="355"/>
        <source>Which column fills each parameter of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="360"/>
        <source>Column for {{%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="367"/>
        <source>{{%1}}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="461"/>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="463"/>
        <source>Reading %1 and checking every number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="468"/>
        <source>%n recipient(s) from %1</source>
        <translation>
            <numerusform>%n recipient from %1</numerusform>
            <numerusform>%n recipients from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="469"/>
        <source>(numbers from the column “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="482"/>
        <source>%n row(s) will not be sent (or only once).</source>
        <translation>
            <numerusform>%n row will not be sent (or only once).</numerusform>
            <numerusform>%n rows will not be sent (or only once).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="489"/>
        <source>To %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="492"/>
        <source>Choose a template and a recipients file to see the first messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="498"/>
        <source>The estimate shows once a template and a recipients file are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="502"/>
        <source>%n customer(s) will get the message.</source>
        <translation>
            <numerusform>%n customer will get the message.</numerusform>
            <numerusform>%n customers will get the message.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="504"/>
        <source>%1 and %2 are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="505"/>
        <source>%n duplicate row(s)</source>
        <translation>
            <numerusform>%n duplicate row</numerusform>
            <numerusform>%n duplicate rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="506"/>
        <source>%n invalid row(s)</source>
        <translation>
            <numerusform>%n invalid row</numerusform>
            <numerusform>%n invalid rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="509"/>
        <source>%n customer(s) stopped marketing messages: they are left out.</source>
        <translation>
            <numerusform>%n customer stopped marketing messages: they are left out.</numerusform>
            <numerusform>%n customers stopped marketing messages: they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="511"/>
        <source>%n customer(s) stopped marketing messages: Meta will refuse to send to them.</source>
        <translation>
            <numerusform>%n customer stopped marketing messages: Meta will refuse to send to them.</numerusform>
            <numerusform>%n customers stopped marketing messages: Meta will refuse to send to them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="516"/>
        <source>Time: %1 at the number&apos;s cap of %2 messages a second; the team&apos;s budget is shared between its desktops once sending starts, so it may take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="520"/>
        <source>Time: unknown until Duet is connected (the team&apos;s sending budget is not known yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="522"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second, after %n message(s) of other campaigns already waiting.</source>
        <translation>
            <numerusform>Time: %1 at the team&apos;s budget of %2 messages a second, after %n message of other campaigns already waiting.</numerusform>
            <numerusform>Time: %1 at the team&apos;s budget of %2 messages a second, after %n messages of other campaigns already waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="527"/>
        <source>Time: %1 at the team&apos;s budget of %2 messages a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="530"/>
        <source>(The number itself could send it in %1 at its cap of %2 messages a second; other desktops of the team share that.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="534"/>
        <source>%n recipient(s) are outside a service window; the number has no daily limit for them.</source>
        <translation>
            <numerusform>%n recipient is outside a service window; the number has no daily limit for them.</numerusform>
            <numerusform>%n recipients are outside a service window; the number has no daily limit for them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="540"/>
        <source>the number&apos;s limit as Meta reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="543"/>
        <source>as set for this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="546"/>
        <source>Meta&apos;s starting limit; Duet assumes it until told otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="549"/>
        <source>%n recipient(s) are outside a service window: %1% of the tier of %2 customers a day (%3).</source>
        <translation>
            <numerusform>%n recipient is outside a service window: %1% of the tier of %2 customers a day (%3).</numerusform>
            <numerusform>%n recipients are outside a service window: %1% of the tier of %2 customers a day (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="556"/>
        <source>Warning: that is more than the tier. Meta refuses the messages past it until the 24 hours move on: split the list, or send over several days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="562"/>
        <source>Marketing: billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="565"/>
        <source>Utility: billed per delivered message to customers outside an open service window (%n expected).</source>
        <translation>
            <numerusform>Utility: billed per delivered message to customers outside an open service window (%n expected).</numerusform>
            <numerusform>Utility: billed per delivered message to customers outside an open service window (%n expected).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="570"/>
        <source>Authentication: billed per delivered message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="573"/>
        <source>Category unknown: count on every delivered message being billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="613"/>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="615"/>
        <source>This template needs header or button values: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="617"/>
        <source>Choose a recipients file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="619"/>
        <source>The recipients file is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="623"/>
        <source>The file has no recipient that can be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="625"/>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="648"/>
        <source>The campaign was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="655"/>
        <source>%1: %n message(s) scheduled for %2.</source>
        <translation>
            <numerusform>%1: %n message scheduled for %2.</numerusform>
            <numerusform>%1: %n messages scheduled for %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NewCampaignDialog.cpp" line="657"/>
        <source>%1: %n message(s) are on their way.</source>
        <translation>
            <numerusform>%1: %n message is on its way.</numerusform>
            <numerusform>%1: %n messages are on their way.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="671"/>
        <source>That time has already passed: choose a later one, or Start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="680"/>
        <source>Schedule the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="683"/>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="689"/>
        <source>Local time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="694"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NewCampaignDialog.cpp" line="697"/>
        <source>Start &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::OutboxTail</name>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="91"/>
        <source>Template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="138"/>
        <source>Not sent. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="139"/>
        <source>Not sent (error %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="142"/>
        <source>May not have been sent: the connection broke before WhatsApp answered. Resend it, or discard it if the customer already has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="154"/>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OutboxTail.cpp" line="157"/>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::QuoteBar</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="40"/>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="47"/>
        <source>Cancel the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="65"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ScheduleSendDialog</name>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="20"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="22"/>
        <source>This evening 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="23"/>
        <source>Tomorrow 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="25"/>
        <source>Monday 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="35"/>
        <source>Schedule send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="37"/>
        <source>When should the message go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="51"/>
        <source>Date and time to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="54"/>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="61"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScheduleSendDialog.cpp" line="75"/>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="44"/>
        <location filename="../ui/SearchResultsModel.cpp" line="74"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SearchResultsModel.cpp" line="126"/>
        <source>Customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::SignInDialog</name>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="33"/>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="34"/>
        <source>Allow an &amp;unencrypted connection to this hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="35"/>
        <source>Trust this c&amp;ertificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="40"/>
        <source>Sign in to Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="42"/>
        <source>inbox.example.com or 127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="43"/>
        <source>Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="45"/>
        <source>dt_…, from your administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="46"/>
        <source>Agent token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="48"/>
        <source>Keeps the token in your desktop&apos;s keychain, never in a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="53"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="57"/>
        <source>Without encryption, anyone on the network between this computer and the hub can read your token and the customers&apos; messages. Tick it only for a hub your administrator runs without TLS on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="61"/>
        <source>Trust the hub&apos;s certificate from now on, after your administrator confirms its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="69"/>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="70"/>
        <source>Agent &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="73"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="137"/>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="138"/>
        <source>Trust the certificate of %1 only if your administrator confirms that its SHA-256 fingerprint is:

%2

Anyone who can put another computer in the hub&apos;s place could otherwise read your token and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="143"/>
        <source>&amp;Trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="235"/>
        <source>Enter the hub&apos;s address, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="236"/>
        <source>&quot;%1&quot; is not a hub address. Use a host name or IP address with an optional port, for example inbox.example.com or 127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="244"/>
        <source>%1 is not encrypted (ws://): your token and messages would cross the network readable by anyone on the way. Use wss:// or https://, or tick &quot;Allow an unencrypted connection&quot; if your administrator runs this hub without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="253"/>
        <source>Paste the agent token your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="254"/>
        <source>An agent token has no spaces. Paste it again exactly as you received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="261"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="285"/>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SignInDialog.cpp" line="294"/>
        <source>%1
You are signed in; the token was not saved. Press Sign in to continue without remembering it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="41"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="332"/>
        <source>Open in review mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="80"/>
        <location filename="../ui/SupervisorView.cpp" line="158"/>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="76"/>
        <source>A&amp;ssign to selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="77"/>
        <source>Open in re&amp;view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="83"/>
        <source>First-response times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="84"/>
        <source>Resolution times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="85"/>
        <source>When the phone app was last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="91"/>
        <source>Business messages of the last 7 days by pricing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="103"/>
        <source>Agents and their open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="109"/>
        <source>Windows closing within the hour without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="112"/>
        <source>Unassigned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="128"/>
        <source>Assign the selected conversation to the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="129"/>
        <source>Open the selected conversation in review mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="149"/>
        <source>Team overview pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="151"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="152"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="163"/>
        <source>Business messages, last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="169"/>
        <source>A&amp;gents (drop a conversation on an agent to assign it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="171"/>
        <source>&amp;Windows closing within the hour, no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="173"/>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="233"/>
        <source>Replies and templates agents sent through Duet, by the category Meta&apos;s delivery reports gave them, counted once each on the day they were sent. Messages sent from the phone app are free and not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="237"/>
        <source>The message costs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="246"/>
        <source>The phone app&apos;s last use could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="250"/>
        <source>WhatsApp disconnects the number after 14 days without the phone app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="252"/>
        <source>Phone app: not seen yet (its messages and address-book changes show it is in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="255"/>
        <source>Phone app: used today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="257"/>
        <source>Phone app: last used %n day(s) ago.</source>
        <translation>
            <numerusform>Phone app: last used %n day ago.</numerusform>
            <numerusform>Phone app: last used %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="267"/>
        <source>First-response times could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="270"/>
        <source>First reply, last 7 days: no replies yet. %n customer(s) waiting.</source>
        <translation>
            <numerusform>First reply, last 7 days: no replies yet. %n customer waiting.</numerusform>
            <numerusform>First reply, last 7 days: no replies yet. %n customers waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="272"/>
        <source>First reply, last 7 days: median %1, 90% within %2 (%n replies). %3 customer(s) waiting.</source>
        <translation>
            <numerusform>First reply, last 7 days: median %1, 90% within %2 (%n reply). %3 customer(s) waiting.</numerusform>
            <numerusform>First reply, last 7 days: median %1, 90% within %2 (%n replies). %3 customer(s) waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="279"/>
        <source>From the phone app: median %1 (%n replies).</source>
        <translation>
            <numerusform>From the phone app: median %1 (%n reply).</numerusform>
            <numerusform>From the phone app: median %1 (%n replies).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="283"/>
        <source>Resolution times could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="285"/>
        <source>Resolution, last 7 days: nothing resolved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SupervisorView.cpp" line="288"/>
        <source>Resolution, last 7 days: median %1, 90% within %2 (%n resolved).</source>
        <translation>
            <numerusform>Resolution, last 7 days: median %1, 90% within %2 (%n resolved).</numerusform>
            <numerusform>Resolution, last 7 days: median %1, 90% within %2 (%n resolved).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="333"/>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/SupervisorView.cpp" line="337"/>
        <source>%1 (online)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::TeamActions</name>
    <message>
        <location filename="../ui/TeamActions.cpp" line="16"/>
        <source>Could not take this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="18"/>
        <source>Could not release this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="20"/>
        <source>Could not assign this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="22"/>
        <source>Could not change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="24"/>
        <source>Could not add the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="26"/>
        <source>Could not remove the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="28"/>
        <source>Could not save the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="30"/>
        <source>Could not tell the team you are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="32"/>
        <source>The history and contacts were not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="41"/>
        <source>You took this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="43"/>
        <source>Released: the conversation is back in Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="45"/>
        <source>Unassigned: the conversation is back in Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="46"/>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="50"/>
        <source>Marked open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="52"/>
        <source>Marked pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="54"/>
        <source>Snoozed until %1. It comes back by itself then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="56"/>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="60"/>
        <source>Label “%1” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="62"/>
        <source>Label “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="64"/>
        <source>Note saved. Only your team sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="68"/>
        <source>Requested: Meta sends the phone app&apos;s contacts and chat history over the next minutes to hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="76"/>
        <source>Duet is offline. Nothing was changed; try again when the status bar shows Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="78"/>
        <source>the hub did not answer in time. Look at the conversation in a moment to see whether it changed, then try again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="81"/>
        <source>the connection dropped before the hub answered. Once Duet reconnects, the conversation shows whether it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="85"/>
        <source>only a supervisor can assign a conversation to someone else. Ask a supervisor, or take it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="88"/>
        <source>only the assigned agent or a supervisor can release it. Ask them or a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="89"/>
        <source>your role does not allow this. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="93"/>
        <source>the hub has no agent named %1. Pick someone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="94"/>
        <source>the hub does not know this conversation yet. Wait until Duet has caught up and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="97"/>
        <source>someone else has already taken it. Ask them or a supervisor to reassign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="99"/>
        <source>too many actions at once. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="101"/>
        <source>the hub cannot reach its database. Nothing was changed; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="103"/>
        <source>the hub&apos;s disk is full, so it cannot store anything new. Nothing was changed; tell the hub&apos;s administrator, and try again once they have freed space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="106"/>
        <source>they were requested before, and Meta takes each once. Use “Request again” only if nothing ever arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="109"/>
        <source>Meta refused it. The team overview shows Meta&apos;s answer and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="111"/>
        <source>the hub has no phone number id and access token. Connect the number first (duet-hub setup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="114"/>
        <source>labels must be 1 to 64 characters. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="116"/>
        <source>notes must be 1 to 4,096 characters. Shorten it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="117"/>
        <source>the hub refused the request as malformed. Update Duet if this keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="119"/>
        <source>the hub refused it (%1). Try again, or tell your administrator if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamActions.cpp" line="159"/>
        <source>%1: %2</source>
        <extracomment>&quot;Could not take this conversation: someone else has already taken it. ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::TeamBar</name>
    <message>
        <location filename="../ui/TeamBar.cpp" line="32"/>
        <source>Review mode: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="34"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="35"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="44"/>
        <source>Team bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="49"/>
        <source>Review mode: read only. Replies are off in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="52"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="53"/>
        <source>Claim this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="54"/>
        <source>Take this conversation (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="55"/>
        <source>Release this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="56"/>
        <source>Put it back in Unassigned (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="57"/>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="58"/>
        <source>Assign to another agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="59"/>
        <source>Assign to… (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="62"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="65"/>
        <source>Conversation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="66"/>
        <source>Status (Ctrl+Shift+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="70"/>
        <location filename="../ui/TeamBar.cpp" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="71"/>
        <location filename="../ui/TeamBar.cpp" line="168"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="72"/>
        <location filename="../ui/TeamBar.cpp" line="73"/>
        <location filename="../ui/TeamBar.cpp" line="318"/>
        <location filename="../ui/TeamBar.cpp" line="321"/>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="77"/>
        <source>Next Monday at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="84"/>
        <source>Pick a date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="86"/>
        <location filename="../ui/TeamBar.cpp" line="172"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="93"/>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="94"/>
        <source>Add a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="95"/>
        <source>Type a label and press Enter (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="159"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="161"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="170"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="188"/>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="194"/>
        <source>Conversation status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="208"/>
        <source>Remove label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="209"/>
        <source>Remove the label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="301"/>
        <source>No agent list while offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="305"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="306"/>
        <source> — offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="312"/>
        <source>Nobody (back to Unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TeamBar.cpp" line="326"/>
        <source>The conversation comes back to the inbox at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::TemplatePicker</name>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="35"/>
        <location filename="../ui/TemplatePicker.cpp" line="70"/>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="41"/>
        <source>Why only templates can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="44"/>
        <source>Templates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="47"/>
        <source>Search templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="49"/>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="56"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="63"/>
        <source>What this template costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="67"/>
        <source>Template preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="71"/>
        <source>Send the template (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="173"/>
        <source>Show all templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="176"/>
        <source>No template has a Share Contact Info button. Create one in WhatsApp Manager (a utility or marketing template with a “Request contact info” button); once approved it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="178"/>
        <source>Asking for the phone number: these templates carry WhatsApp&apos;s Share Contact Info button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="186"/>
        <source>Share Contact Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="258"/>
        <source>Template parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="309"/>
        <source>No approved templates are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TemplatePicker.cpp" line="310"/>
        <source>Choose a template to see its preview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadActions</name>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="76"/>
        <source>Reply to the previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="80"/>
        <source>Reply to the next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="254"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="255"/>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="266"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="268"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadActions.cpp" line="279"/>
        <source>Copy original text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadModel</name>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="628"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="630"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="632"/>
        <source>Phone app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Business (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="634"/>
        <source>Customer (history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="660"/>
        <source>Not delivered. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="661"/>
        <source>Not delivered (error %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="721"/>
        <source>An earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="723"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="810"/>
        <source>Deleted text: %1 (before its edit: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="811"/>
        <source>Deleted text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="815"/>
        <source>Original: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadModel.cpp" line="880"/>
        <source>The thread could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadPane</name>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="21"/>
        <source>Conversation header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadHeader.cpp" line="114"/>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="69"/>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="72"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="93"/>
        <source>Scheduled messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ThreadPane.cpp" line="124"/>
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="131"/>
        <source>Messages waiting for their time: each bubble has Send now, Edit time and Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="183"/>
        <source>Stopped marketing messages on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="188"/>
        <source>Could you share your phone number with us? Tap the button below to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="195"/>
        <source>Open a conversation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="199"/>
        <source>The number of %1 is known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="203"/>
        <source>Asked %1 to share their phone number. Their answer links it to this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="207"/>
        <source>The 24-hour window is closed: ask with a template that has a Share Contact Info button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="43"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="426"/>
        <source>%1 is replying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="428"/>
        <source>%1 are replying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="430"/>
        <source>%1 is viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="432"/>
        <source>%1 are viewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="441"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="441"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="447"/>
        <source>Sent from the phone app %1 ago: “%2”. Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="456"/>
        <source>%1 is replying now. Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThreadPane.cpp" line="458"/>
        <source>%1 are replying now. Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::ThreadView</name>
    <message>
        <location filename="../ui/ThreadView.cpp" line="240"/>
        <source>Choose a conversation to start messaging</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="26"/>
        <location filename="../ui/TrayNotifier.cpp" line="92"/>
        <source>Duet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="92"/>
        <source>Duet: %n unread</source>
        <translation>
            <numerusform>Duet: %n unread</numerusform>
            <numerusform>Duet: %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="129"/>
        <source>and %n more conversation(s)</source>
        <translation>
            <numerusform>and %n more conversation</numerusform>
            <numerusform>and %n more conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duet::ui::VoicePlayer</name>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="45"/>
        <location filename="../ui/VoicePlayer.cpp" line="51"/>
        <source>This file cannot be played here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/VoicePlayer.cpp" line="78"/>
        <source>No sound output on this computer: open the file instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duet::ui::WarningBar</name>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="155"/>
        <source>Send warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="162"/>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="163"/>
        <source>Send anyway (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ComposerBars.cpp" line="164"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
