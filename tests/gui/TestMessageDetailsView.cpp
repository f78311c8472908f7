// SPDX-License-Identifier: GPL-3.0-or-later
// Every message shown whole: locations, contact cards, replies, orders, product questions and ad
// referrals decoded from webhook bodies, stored, and painted by the real ThreadView and
// BubbleDelegate (checked through a text-recording paint device and saved as PNGs); their links,
// the conversation list's one-liners, and what supervisors see of edits and deletes.
#include "TestMessageDetailsView.h"

#include "GuiFixtures.h"
#include "outbound/OutboxStore.h"
#include "store/ConversationQuery.h"
#include "ui/BubbleDelegate.h"
#include "ui/ConversationListModel.h"
#include "ui/DraftStore.h"
#include "ui/MessageDetails.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextItem>
#include <QTimer>

using namespace duet;
using namespace duet::test;
using duet::ui::ThreadModel;
using duet::ui::ThreadPane;

namespace {

/// A paint engine that keeps the text of every text item drawn, and nothing else.
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath&) override {}
    void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
};

/// A paint device of a given size whose engine records text.
class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
    {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }
    /// Everything drawn, one text item a line.
    QString all() const { return m_engine.texts.join(QLatin1Char('\n')); }
    /// Everything drawn as one line of words (a text wrapped over two lines still reads whole).
    QString words() const { return m_engine.texts.join(QLatin1Char(' ')).simplified(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecordingEngine m_engine;
};

const QByteArray kMetadata = R"("metadata":{"display_phone_number":"15550783881","phone_number_id":"106"})";

/// A `messages` body with one message from `from` (profile name "Customer").
QByteArray inbound(const QString& from, const QString& wamid, qint64 ts, const QByteArray& members)
{
    const QByteArray f = from.toLatin1();
    return R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)" +
           kMetadata + R"(,"contacts":[{"profile":{"name":"Customer"},"wa_id":")" + f + R"("}],"messages":[{"from":")" +
           f + R"(","id":")" + wamid.toLatin1() + R"(","timestamp":")" + QByteArray::number(ts) + R"(",)" + members +
           "}]}}]}]}";
}

// One customer per kind of message.
const QString kLocation = QStringLiteral("16505550101");
const QString kContacts = QStringLiteral("16505550102");
const QString kList = QStringLiteral("16505550103");
const QString kButton = QStringLiteral("16505550104");
const QString kAd = QStringLiteral("16505550105");
const QString kOrder = QStringLiteral("16505550106");
const QString kProduct = QStringLiteral("16505550107");
const QString kEdits = QStringLiteral("16505550108");

struct Sample
{
    QString contact;
    QByteArray members;
};

QList<Sample> samples()
{
    return {
        {kLocation, R"("type":"location","location":{"address":"Rua Augusta 120, Lisboa","latitude":38.71,)"
                    R"("longitude":-9.1393,"name":"Café Central"})"},
        {kContacts,
         R"("type":"contacts","contacts":[{"name":{"formatted_name":"Ana Souza"},"org":{"company":"Loja Azul"},)"
         R"("phones":[{"phone":"+55 11 98765-4321","wa_id":"5511987654321","type":"CELL"}],)"
         R"("emails":[{"email":"ana@example.com"}]},{"name":{"formatted_name":"Bruno Lima"},)"
         R"("phones":[{"phone":"+1 650-555-0199","type":"WORK"}]}])"},
        {kList, R"("type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"express",)"
                R"("title":"Express delivery","description":"Next day"}})"},
        {kButton, R"("type":"button","button":{"payload":"STOP_PROMOS","text":"Stop promotions"})"},
        {kAd,
         R"("referral":{"source_url":"https://fb.me/3cr4Wqqkv","source_id":"120226305854810726","source_type":"ad",)"
         R"("body":"Summer Succulents are here!","headline":"Chat with us","media_type":"image","ctwa_clid":"Aff-1"},)"
         R"("type":"text","text":{"body":"Hello! Can I get more info on this?"})"},
        {kOrder, R"("type":"order","order":{"catalog_id":"194836987003835","text":"","product_items":[)"
                 R"({"product_retailer_id":"di9ozbzfi4","quantity":2,"item_price":30,"currency":"USD"},)"
                 R"({"product_retailer_id":"nqryix03ez","quantity":"1","item_price":"25.50","currency":"USD"}]})"},
        {kProduct,
         R"("type":"text","text":{"body":"Is this still available?"},"context":{"from":"15550783881",)"
         R"("id":"wamid.CATALOG","referred_product":{"catalog_id":"194836987003835","product_retailer_id":"di9ozbzfi4"}})"},
    };
}

} // namespace

void TestMessageDetailsView::initTestCase()
{
    const QString root = qEnvironmentVariable("DUET_TEST_SCRATCH");
    m_scratch = QDir(root.isEmpty() ? m_dir.path() : root).filePath(QStringLiteral("TestMessageDetailsView"));
    QVERIFY(QDir().mkpath(m_scratch));
}

void TestMessageDetailsView::init()
{
    m_clock.setSecs(kNow);
    ++m_round;
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store-%1.db").arg(m_round)), &error);
    QVERIFY2(m_store, qPrintable(error));
    qint64 ts = kNow - 900;
    int n = 0;
    for (const Sample& s : samples()) {
        const cloudapi::DecodeResult decoded =
            cloudapi::WebhookDecoder::decode(inbound(s.contact, QStringLiteral("wamid.S%1").arg(++n), ts++, s.members));
        QVERIFY2(m_store->ingest(decoded.events, &error), qPrintable(error));
    }
    // An edited message and a deleted one.
    Event edited = edit(QStringLiteral("wamid.E1"), QStringLiteral("wamid.ED"), QStringLiteral("I want 3"), kNow - 250);
    edited.contact = kEdits;
    Event deleted = revoke(QStringLiteral("wamid.R1"), QStringLiteral("wamid.DEL"), kNow - 150);
    deleted.contact = kEdits;
    QVERIFY(m_store->ingest(
        {message(QStringLiteral("wamid.ED"), kEdits, kNow - 300, QStringLiteral("I want 2")), edited,
         message(QStringLiteral("wamid.DEL"), kEdits, kNow - 200, QStringLiteral("wrong chat, sorry")), deleted},
        &error));
    m_outbox = std::make_unique<outbound::OutboxStore>(m_clock);
    QVERIFY(m_outbox->open(m_dir.filePath(QStringLiteral("outbox-%1.db").arg(m_round)), &error));
    m_drafts = std::make_unique<ui::DraftStore>(m_dir.filePath(QStringLiteral("drafts-%1.json").arg(m_round)));
    m_model = std::make_unique<ThreadModel>(m_store->connection());
    m_model->setOutbox(m_outbox.get());
    m_pane = std::make_unique<ThreadPane>(m_clock, ui::Theme::light(), m_model.get(), *m_drafts, m_catalog);
    m_pane->setAgentName(QStringLiteral("Ana"));
    m_pane->resize(900, 800);
    m_pane->show();
}

void TestMessageDetailsView::cleanup()
{
    m_pane.reset();
    m_model.reset();
    m_drafts.reset();
    m_outbox.reset();
    m_store.reset();
}

store::ConversationSummary TestMessageDetailsView::summaryOf(const QString& contact) const
{
    store::ConversationSummary s;
    s.contactKey = contact;
    s.waId = contact;
    s.displayName = QStringLiteral("Customer");
    s.lastCustomerAt = kNow - 100;
    return s;
}

QModelIndex TestMessageDetailsView::onlyRow(const QString& contact)
{
    m_pane->showConversation(summaryOf(contact));
    const QAbstractItemModel* model = m_pane->threadView()->model();
    return model->index(model->rowCount() - 1, 0);
}

QString TestMessageDetailsView::paintThread(const QString& contact, const QString& name)
{
    m_pane->showConversation(summaryOf(contact));
    ui::ThreadView* view = m_pane->threadView();
    QWidget* viewport = view->viewport();
    view->scrollToBottom();
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    viewport->render(&image);
    const QString png = QDir(m_scratch).filePath(name + QStringLiteral(".png"));
    if (!image.save(png))
        qWarning("could not save %s", qPrintable(png));
    TextRecorder recorder(viewport->size());
    viewport->render(&recorder);
    return recorder.words();
}

void TestMessageDetailsView::modelRolesCarryTheDetails()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex location = onlyRow(kLocation);
    QCOMPARE(location.data(ThreadModel::TypeRole).toString(), QStringLiteral("location"));
    QCOMPARE(location.data(ThreadModel::TextRole).toString(), QStringLiteral("Café Central, Rua Augusta 120, Lisboa"));
    const QJsonObject details = ui::MessageDetails::parse(location.data(ThreadModel::DetailsRole).toString());
    QCOMPARE(details.value(QLatin1String("location")).toObject().value(QLatin1String("latitude")).toDouble(), 38.71);
    QCOMPARE(location.data(ThreadModel::LinksRole).toStringList(),
             QStringList{QStringLiteral("map:38.710000,-9.139300")});
    QVERIFY(location.data(ThreadModel::SupervisorTextRole).toString().isNull());

    const QModelIndex contacts = onlyRow(kContacts);
    QCOMPARE(contacts.data(ThreadModel::LinksRole).toStringList(),
             (QStringList{QStringLiteral("chat:5511987654321"), QStringLiteral("chat:16505550199")}));
    const QModelIndex plain = onlyRow(kEdits);
    QVERIFY(plain.data(ThreadModel::DetailsRole).toString().isEmpty());
    QVERIFY(plain.data(ThreadModel::LinksRole).toStringList().isEmpty());
}

void TestMessageDetailsView::eachTypeIsPaintedWhole_data()
{
    QTest::addColumn<QString>("contact");
    QTest::addColumn<QStringList>("painted");
    QTest::newRow("location") << kLocation
                              << QStringList{QStringLiteral("Café Central"), QStringLiteral("Rua Augusta 120, Lisboa"),
                                             QStringLiteral("38.710000, -9.139300"), QStringLiteral("Open in map")};
    QTest::newRow("contacts") << kContacts
                              << QStringList{QStringLiteral("Ana Souza (Loja Azul)"),
                                             QStringLiteral("+55 11 98765-4321 (cell)"),
                                             QStringLiteral("ana@example.com"),
                                             QStringLiteral("Bruno Lima"),
                                             QStringLiteral("+1 650-555-0199 (work)"),
                                             QStringLiteral("Start a conversation with +55 11 98765-4321")};
    QTest::newRow("list reply") << kList
                                << QStringList{QStringLiteral("Express delivery"), QStringLiteral("Next day"),
                                               QStringLiteral("List reply id: express")};
    QTest::newRow("button") << kButton
                            << QStringList{QStringLiteral("Stop promotions"),
                                           QStringLiteral("Button payload: STOP_PROMOS")};
    QTest::newRow("ad referral") << kAd
                                 << QStringList{QStringLiteral("From ad: Chat with us"),
                                                QStringLiteral("Hello! Can I get more info on this?"),
                                                QStringLiteral("Summer Succulents are here!"),
                                                QStringLiteral("Open link: https://fb.me/3cr4Wqqkv")};
    QTest::newRow("order") << kOrder
                           << QStringList{
                                  QStringLiteral("Order: 3 item"), QStringLiteral("2 × di9ozbzfi4, 30.00 USD each"),
                                  QStringLiteral("1 × nqryix03ez, 25.50 USD each"), QStringLiteral("Total: 85.50 USD"),
                                  QStringLiteral("Catalog: 194836987003835")};
    QTest::newRow("product inquiry") << kProduct
                                     << QStringList{QStringLiteral("Is this still available?"),
                                                    QStringLiteral("Asking about product di9ozbzfi4 (catalog "
                                                                   "194836987003835)")};
}

void TestMessageDetailsView::eachTypeIsPaintedWhole()
{
    QFETCH(QString, contact);
    QFETCH(QStringList, painted);
    const QString all = paintThread(contact, QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    for (const QString& text : painted)
        QVERIFY2(all.contains(text.simplified()),
                 qPrintable(QStringLiteral("\"%1\" was not painted; painted:\n%2").arg(text, all)));
}

void TestMessageDetailsView::theMapLinkOpensOpenStreetMap()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    const QModelIndex index = onlyRow(kLocation);
    ui::ThreadView* view = m_pane->threadView();
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const QList<QRect> links = m_pane->bubbleDelegate()->linkRects(option, index);
    QCOMPARE(links.size(), 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, option.rect.topLeft() + links.first().center());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().toString(),
             QStringLiteral("https://www.openstreetmap.org/?mlat=38.710000&mlon=-9.139300#map=16/38.710000/-9.139300"));
}

void TestMessageDetailsView::aSharedNumberAsksForItsConversation()
{
    QSignalSpy requested(m_pane.get(), &ThreadPane::conversationRequested);
    const QModelIndex index = onlyRow(kContacts);
    ui::ThreadView* view = m_pane->threadView();
    view->scrollTo(index);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    const QList<QRect> links = m_pane->bubbleDelegate()->linkRects(option, index);
    QCOMPARE(links.size(), 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, option.rect.topLeft() + links.at(1).center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("16505550199"));
    // From the keyboard (the row's context menu runs the same).
    m_pane->activateLink(QStringLiteral("chat:5511987654321"));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), QStringLiteral("5511987654321"));
}

void TestMessageDetailsView::theContextMenuOffersTheLinks()
{
    const QModelIndex index = onlyRow(kContacts);
    QSignalSpy requested(m_pane.get(), &ThreadPane::conversationRequested);
    // The menu opens from the keyboard (Menu key on the current row); pick its entry and run it.
    QStringList entries;
    QTimer::singleShot(0, this, [&entries] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction* start = nullptr;
        for (QAction* a : menu->actions()) {
            entries << a->text();
            if (a->text().startsWith(QStringLiteral("Start a conversation with +55")))
                start = a;
        }
        menu->close();
        if (start)
            start->trigger();
    });
    m_pane->showRowMenu(index.row(), m_pane->mapToGlobal(QPoint(100, 100)));
    QVERIFY2(entries.size() >= 2, qPrintable(entries.join(u'|')));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("5511987654321"));
}

void TestMessageDetailsView::agentsSeeEditedAndDeletedOnly()
{
    const QString all = paintThread(kEdits, QStringLiteral("edits-agent"));
    QVERIFY2(all.contains(QStringLiteral("I want 3")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("edited")));
    QVERIFY(all.contains(QStringLiteral("This message was deleted")));
    QVERIFY(!all.contains(QStringLiteral("I want 2")));
    QVERIFY(!all.contains(QStringLiteral("wrong chat")));
}

void TestMessageDetailsView::supervisorsAlsoSeeTheOriginals()
{
    m_model->setSupervisor(true);
    const QString all = paintThread(kEdits, QStringLiteral("edits-supervisor"));
    QVERIFY2(all.contains(QStringLiteral("I want 3")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Original: I want 2")));
    QVERIFY(all.contains(QStringLiteral("This message was deleted")));
    QVERIFY(all.contains(QStringLiteral("Deleted text: wrong chat, sorry")));
    const int edited = m_model->rowOfWamid(QStringLiteral("wamid.ED"));
    QCOMPARE(m_model->index(edited).data(ThreadModel::SupervisorTextRole).toString(),
             QStringLiteral("Original: I want 2"));
    // Back to an agent's view: the originals leave the bubbles.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setSupervisor(false);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->index(edited).data(ThreadModel::SupervisorTextRole).toString().isNull());
}

void TestMessageDetailsView::theConversationListShowsAOneLinerPerType()
{
    ui::ConversationListModel list(m_store->connection(), m_clock);
    list.reload();
    QHash<QString, QString> previews;
    for (int row = 0; row < list.rowCount(); ++row) {
        const QModelIndex index = list.index(row);
        previews.insert(index.data(ui::ConversationListModel::ContactKeyRole).toString(),
                        index.data(ui::ConversationListModel::PreviewRole).toString());
    }
    QCOMPARE(previews.value(kLocation), QStringLiteral("📍 Café Central, Rua Augusta 120, Lisboa"));
    QCOMPARE(previews.value(kContacts), QStringLiteral("👤 Ana Souza, Bruno Lima"));
    QVERIFY2(previews.value(kOrder).startsWith(QStringLiteral("🛒 Order: 3 item")),
             qPrintable(previews.value(kOrder)));
    QCOMPARE(previews.value(kList), QStringLiteral("↩ Express delivery"));
    QCOMPARE(previews.value(kAd), QStringLiteral("Hello! Can I get more info on this?"));
}

QTEST_MAIN(TestMessageDetailsView)
