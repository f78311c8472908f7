// SPDX-License-Identifier: GPL-3.0-or-later
// Customers known by username in the desktop: names, numbers, merges, number changes, search, asking for the number.
#include "DomainToString.h"
#include "GuiFixtures.h"
#include "ui/BubbleLayout.h"
#include "ui/Composer.h"
#include "ui/ConversationListModel.h"
#include "ui/ConversationPane.h"
#include "ui/CustomerText.h"
#include "ui/DraftStore.h"
#include "ui/MainWindow.h"
#include "ui/PaintHelpers.h"
#include "ui/SearchResultsModel.h"
#include "ui/SupervisorModels.h"
#include "ui/TemplateCatalog.h"
#include "ui/TemplatePicker.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace duet;
using namespace duet::test;
using duet::ui::ConversationListModel;
using duet::ui::CustomerFacts;
using duet::ui::CustomerText;
using duet::ui::ThreadModel;
using Mode = QAbstractItemModelTester::FailureReportingMode;

Q_DECLARE_METATYPE(duet::ui::ComposedMessage)

namespace {
const QString kPhone = QStringLiteral("16505551234");
const QString kBsuid = QStringLiteral("US.13491208655302741918");
const QString kOtherBsuid = QStringLiteral("BR.998877");

/// A customer's message as the 2026 webhooks carry it: the phone only when Meta shares it.
Event said(const QString& wamid, qint64 ts, const QString& phone, const QString& bsuid, const QString& username,
           const QString& name, const QString& text = QString())
{
    Event e = customerMessage(wamid, phone, ts, text.isEmpty() ? QStringLiteral("text of ") + wamid : text);
    e.contact = phone.isEmpty() ? QString() : phone;
    e.userId = bsuid;
    e.username = username;
    e.name = name;
    return e;
}

QStringList keysOf(const QAbstractItemModel& model, int role)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data(role).toString();
    return keys;
}
} // namespace

/// Every view names a customer without a phone by name and @username with "phone number not
/// shared" and the country of their BSUID; merges and number changes are quiet rows; the open
/// conversation follows a merge; search finds customers by any identifier; "Ask for the phone
/// number" sends the request inside the window and offers the right templates outside it.
class TestIdentityViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ui::ComposedMessage>(); }
    void init();
    void cleanup();
    void customerTextNamesEveryKindOfCustomer();
    void avatarsKeepWorkingForKeysThatAreNotDigits();
    void theListShowsUsernameCustomers();
    void theListDropsTheRowOfAMergedConversation();
    void mergeAndNumberChangeAreQuietRows();
    void aMergeIntoTheOpenThreadBringsItsMessages();
    void theOpenConversationFollowsAMerge();
    void draftsOfMergedConversationsMove();
    void searchFindsCustomersByAnyIdentifier();
    void theHeaderSaysPhoneNumberNotShared();
    void askingInsideTheWindowSendsTheRequest();
    void askingOutsideTheWindowOffersTheRightTemplates();
    void askingWhenTheNumberIsKnownSaysSo();
    void theSupervisorsClosingListNamesThemToo();
    void templatesReadTheirButtons();

private:
    bool ingest(const QList<Event>& events);
    std::unique_ptr<ui::MainWindow> makeWindow();

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_round = 0;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::DraftStore> m_drafts;
    std::unique_ptr<QSettings> m_settings;
    ui::JsonTemplateCatalog m_templates;
};

void TestIdentityViews::init()
{
    QVERIFY(m_dir.isValid());
    m_clock.setSecs(kNow);
    ++m_round;
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("identity-%1.db").arg(m_round)), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_drafts = std::make_unique<ui::DraftStore>(QString());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("identity-%1.ini").arg(m_round)),
                                             QSettings::IniFormat);
    m_templates.setTemplates({{QStringLiteral("order_update"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                               QStringLiteral("Hi {{1}}, your order is on its way.")},
                              {QStringLiteral("ask_phone_number"),
                               QStringLiteral("en_US"),
                               QStringLiteral("UTILITY"),
                               QStringLiteral("Could we have your number for the delivery?"),
                               {QStringLiteral("REQUEST_CONTACT_INFO")}}});
}

void TestIdentityViews::cleanup()
{
    m_settings.reset();
    m_drafts.reset();
    m_store.reset();
}

bool TestIdentityViews::ingest(const QList<Event>& events)
{
    QString error;
    const bool ok = m_store->ingest(events, &error);
    if (!ok)
        qWarning("ingest failed: %s", qPrintable(error));
    return ok;
}

std::unique_ptr<ui::MainWindow> TestIdentityViews::makeWindow()
{
    return std::make_unique<ui::MainWindow>(ui::MainWindowContext{m_store->connection(), m_store->backend(), m_clock,
                                                                  *m_drafts, m_templates, *m_settings,
                                                                  QStringLiteral("ana")});
}

void TestIdentityViews::customerTextNamesEveryKindOfCustomer()
{
    // Known by username only: the profile name, the @username, no number, the BSUID's country.
    CustomerFacts pablo{kBsuid, {}, QStringLiteral("Pablo M."), QStringLiteral("pablomorales"), kBsuid, {}};
    QCOMPARE(CustomerText::name(pablo), QStringLiteral("Pablo M."));
    QCOMPARE(CustomerText::handle(pablo), QStringLiteral("@pablomorales"));
    QCOMPARE(CustomerText::number(pablo), QStringLiteral("phone number not shared"));
    QCOMPARE(CustomerText::country(pablo), QStringLiteral("United States"));
    QCOMPARE(CustomerText::identityLine(pablo),
             QStringLiteral("@pablomorales · phone number not shared · United States"));
    // No profile name: the username is the name and is not said twice.
    CustomerFacts anon{kOtherBsuid, {}, {}, QStringLiteral("ana.souza"), kOtherBsuid, {}};
    QCOMPARE(CustomerText::name(anon), QStringLiteral("@ana.souza"));
    QCOMPARE(CustomerText::identityLine(anon), QStringLiteral("phone number not shared · Brazil"));
    // Nothing but a BSUID: the country names them.
    CustomerFacts bare{kOtherBsuid, {}, {}, {}, kOtherBsuid, {}};
    QCOMPARE(CustomerText::name(bare), QStringLiteral("Customer in Brazil"));
    QCOMPARE(CustomerText::identityLine(bare), QStringLiteral("phone number not shared"));
    // Parent BSUIDs carry the country too.
    CustomerFacts parent{QStringLiteral("IN.ENT.123"), {}, {}, {}, {}, QStringLiteral("IN.ENT.123")};
    QCOMPARE(CustomerText::country(parent), QStringLiteral("India"));
    // A number reads as people write it, Brazil's ninth digit included; the book name comes first.
    CustomerFacts maria{
        QStringLiteral("5511987654321"), QStringLiteral("Maria (book)"), QStringLiteral("Maria"), {}, {}, {}};
    QCOMPARE(CustomerText::name(maria), QStringLiteral("Maria (book)"));
    QCOMPARE(CustomerText::identityLine(maria), QStringLiteral("+55 11 98765-4321"));
    QCOMPARE(CustomerText::country(maria), QStringLiteral("Brazil"));
    CustomerFacts number{kPhone, {}, {}, {}, {}, {}};
    QCOMPARE(CustomerText::name(number), QStringLiteral("+1 650-555-1234"));
    QVERIFY(CustomerText::identityLine(number).isEmpty()); // the name is the number already
    // A customer who shared the number keeps their username beside it.
    CustomerFacts shared{kPhone, {}, QStringLiteral("Pablo M."), QStringLiteral("pablomorales"), kBsuid, {}};
    QCOMPARE(CustomerText::identityLine(shared), QStringLiteral("+1 650-555-1234 · @pablomorales"));
    // Merge rows name the conversation that joined this one.
    QCOMPARE(CustomerText::mergedRow(kBsuid, shared), QStringLiteral("Merged with the conversation of @pablomorales"));
    QCOMPARE(CustomerText::mergedRow(QStringLiteral("5511987654321"), pablo),
             QStringLiteral("Merged with the conversation of +55 11 98765-4321"));
    QCOMPARE(CustomerText::mergedRow(kOtherBsuid, bare),
             QStringLiteral("Merged with the conversation of Customer in Brazil"));
}

void TestIdentityViews::avatarsKeepWorkingForKeysThatAreNotDigits()
{
    QCOMPARE(ui::Paint::initials(QStringLiteral("@pablomorales")), QStringLiteral("P"));
    QCOMPARE(ui::Paint::initials(QStringLiteral("Pablo Morales")), QStringLiteral("PM"));
    QCOMPARE(ui::Paint::initials(QStringLiteral("+1 650-555-1234")), QString()); // a silhouette
    QCOMPARE(ui::Paint::initials(QStringLiteral("(11) 98765-4321")), QString());
    QCOMPARE(ui::Paint::initials(QString()), QString());
    QCOMPARE(ui::Paint::initials(QStringLiteral("7-Eleven Centro")), QStringLiteral("7C"));
    QCOMPARE(ui::Paint::initials(QStringLiteral("7-11")), QString()); // reads as a number
    // A name of emoji: the first whole character, never half of a surrogate pair.
    QCOMPARE(ui::Paint::initials(QString::fromUtf8("\xF0\x9F\x98\x80 \xF0\x9F\x8E\x89")),
             QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(ui::Paint::initials(QStringLiteral("Customer in Brazil")), QStringLiteral("CI"));
    QImage image(40, 40, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    ui::Paint::avatar(&p, QRect(0, 0, 40, 40), QStringLiteral("@pablomorales"), kBsuid, QFont());
    p.end();
    QVERIFY(image.pixel(20, 2) != QColor(Qt::transparent).rgba()); // painted, seeded by a BSUID key

    // Only a name the customer gave makes initials; a number or a bare BSUID makes a silhouette.
    ui::CustomerFacts facts;
    facts.contactKey = QStringLiteral("16505551234");
    QCOMPARE(CustomerText::avatarName(facts), QString());
    facts.contactKey = kBsuid;
    QCOMPARE(CustomerText::avatarName(facts), QString());
    facts.username = QStringLiteral("pablomorales");
    QCOMPARE(CustomerText::avatarName(facts), QStringLiteral("@pablomorales"));
    facts.profileName = QStringLiteral("Pablo");
    QCOMPARE(CustomerText::avatarName(facts), QStringLiteral("Pablo"));
    facts.bookName = QStringLiteral("Pablo (supplier)");
    QCOMPARE(CustomerText::avatarName(facts), QStringLiteral("Pablo (supplier)"));
    const auto paint = [](const QString& name) {
        QImage out(40, 40, QImage::Format_ARGB32);
        out.fill(Qt::transparent);
        QPainter painter(&out);
        ui::Paint::avatar(&painter, QRect(0, 0, 40, 40), name, QStringLiteral("16505551234"), QFont());
        painter.end();
        return out;
    };
    const QImage silhouette = paint(QString());
    // The head's middle and the shoulders are white, above the head is the circle's colour.
    QVERIFY(qGray(silhouette.pixel(20, 15)) > 200);
    QVERIFY(qGray(silhouette.pixel(20, 36)) > 200);
    QCOMPARE(silhouette.pixel(20, 4), paint(QStringLiteral("Ana")).pixel(20, 4));
    QVERIFY(qGray(silhouette.pixel(20, 4)) < 200);
    QVERIFY(paint(QStringLiteral("+1 650-555-1234")) == silhouette);
}

void TestIdentityViews::theListShowsUsernameCustomers()
{
    QVERIFY(
        ingest({said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                     QStringLiteral("Pablo M.")),
                said(QStringLiteral("w.a1"), kNow - 200, {}, kOtherBsuid, QStringLiteral("ana.souza"), {}),
                message(QStringLiteral("w.n1"), QStringLiteral("5511987654321"), kNow - 100, QStringLiteral("oi"))}));
    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex pablo = model.index(model.rowOfKey(kBsuid));
    QCOMPARE(pablo.data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Pablo M."));
    QCOMPARE(pablo.data(ConversationListModel::HandleRole).toString(), QStringLiteral("@pablomorales"));
    QCOMPARE(pablo.data(ConversationListModel::NumberRole).toString(), QStringLiteral("phone number not shared"));
    QCOMPARE(pablo.data(ConversationListModel::HasPhoneRole).toBool(), false);
    QCOMPARE(pablo.data(ConversationListModel::IdentityRole).toString(),
             QStringLiteral("@pablomorales · phone number not shared · United States"));
    QCOMPARE(pablo.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Pablo M. · @pablomorales · phone number not shared · United States"));
    QVERIFY(pablo.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("phone number not shared")));
    const QModelIndex ana = model.index(model.rowOfKey(kOtherBsuid));
    QCOMPARE(ana.data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("@ana.souza"));
    // A number reads as people write it.
    const QModelIndex maria = model.index(model.rowOfKey(QStringLiteral("5511987654321")));
    QCOMPARE(maria.data(ConversationListModel::NumberRole).toString(), QStringLiteral("+55 11 98765-4321"));
    QCOMPARE(maria.data(ConversationListModel::HasPhoneRole).toBool(), true);
    QVERIFY(maria.data(ConversationListModel::HandleRole).toString().isEmpty());
    // The delegate paints the rows (the handle beside the name) without trouble.
    QListView view;
    view.setModel(&model);
    view.resize(360, 300);
    QVERIFY(!view.grab().isNull());
}

void TestIdentityViews::theListDropsTheRowOfAMergedConversation()
{
    QVERIFY(ingest({echo(QStringLiteral("w.e1"), kPhone, kNow - 900, QStringLiteral("Your order shipped")),
                    said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    ConversationListModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.reload();
    QCOMPARE(keysOf(model, ConversationListModel::ContactKeyRole), (QStringList{kBsuid, kPhone}));
    // The customer shares the number: one person, one conversation, keyed by the phone.
    QVERIFY(ingest({said(QStringLiteral("w.p2"), kNow - 60, kPhone, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    model.refreshConversation(kPhone);
    QCOMPARE(keysOf(model, ConversationListModel::ContactKeyRole), QStringList{kPhone});
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(ConversationListModel::DisplayNameRole).toString(), QStringLiteral("Pablo M."));
    QCOMPARE(row.data(ConversationListModel::NumberRole).toString(), QStringLiteral("+1 650-555-1234"));
    QCOMPARE(row.data(ConversationListModel::HandleRole).toString(), QStringLiteral("@pablomorales"));
    // Refreshing the key merged away changes nothing more.
    model.refreshConversation(kBsuid);
    QCOMPARE(model.rowCount(), 1);
}

void TestIdentityViews::mergeAndNumberChangeAreQuietRows()
{
    QVERIFY(ingest({echo(QStringLiteral("w.e1"), kPhone, kNow - 900, QStringLiteral("Your order shipped")),
                    said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    QVERIFY(ingest({said(QStringLiteral("w.p2"), kNow - 200, kPhone, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    Event change;
    change.kind = EventKind::IdentityChange;
    change.phoneNumberId = QStringLiteral("100");
    change.wamid = QStringLiteral("w.sys");
    change.timestamp = kNow - 100;
    change.previousUserId = kBsuid;
    change.userId = QStringLiteral("US.2222");
    change.text = QStringLiteral("User Pablo M. changed from US.13491208655302741918 to US.2222");
    QVERIFY(ingest({change}));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.setConversation(kPhone);
    QStringList types = keysOf(model, ThreadModel::TypeRole);
    const int merge = int(types.indexOf(QStringLiteral("merge")));
    const int system = int(types.indexOf(QStringLiteral("system")));
    QVERIFY2(merge >= 0 && system >= 0, qPrintable(types.join(QLatin1Char(','))));
    QCOMPARE(model.index(merge).data(ThreadModel::TextRole).toString(),
             QStringLiteral("Merged with the conversation of @pablomorales"));
    QCOMPARE(model.index(system).data(ThreadModel::TextRole).toString(), change.text);
    for (const int row : {merge, system}) {
        QVERIFY(model.isServiceRow(row));
        const ui::BubbleContent c = ui::BubbleContent::fromIndex(model.index(row));
        QVERIFY(c.service);                                // centred, service-styled
        QCOMPARE(c.delivery, ui::Delivery::None);          // no ticks
        QVERIFY(ui::BubbleLayout::badgeText(c).isEmpty()); // no Echo or History badge
        QVERIFY(ui::BubbleLayout::authorText(c).isEmpty());
        const auto layout = ui::BubbleLayout::build(c, 600, ui::BubbleFonts::from(QFont()));
        QVERIFY(layout->footerText.isEmpty());
        QVERIFY(layout->header.isNull());
        QVERIFY(qAbs(layout->bubble.center().x() - 300) <= 1);
    }
    QVERIFY(!model.isServiceRow(int(types.indexOf(QStringLiteral("text")))));
}

void TestIdentityViews::aMergeIntoTheOpenThreadBringsItsMessages()
{
    QVERIFY(ingest({echo(QStringLiteral("w.e1"), kPhone, kNow - 900, QStringLiteral("Your order shipped")),
                    echo(QStringLiteral("w.e2"), kPhone, kNow - 100, QStringLiteral("Anything else?")),
                    said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    ThreadModel model(m_store->connection());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.setConversation(kPhone);
    QCOMPARE(keysOf(model, ThreadModel::WamidRole), (QStringList{QStringLiteral("w.e1"), QStringLiteral("w.e2")}));
    QVERIFY(ingest({said(QStringLiteral("w.p2"), kNow - 50, kPhone, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    model.refresh();
    // The merged message sits between the two by time, not after them.
    const QStringList wamids = keysOf(model, ThreadModel::WamidRole);
    QCOMPARE(wamids.indexOf(QStringLiteral("w.p1")), 1);
    QCOMPARE(wamids.last(), QStringLiteral("w.p2"));
    QCOMPARE(keysOf(model, ThreadModel::TypeRole).count(QStringLiteral("merge")), 1);
}

void TestIdentityViews::theOpenConversationFollowsAMerge()
{
    QVERIFY(ingest({message(QStringLiteral("w.o1"), QStringLiteral("447911123456"), kNow - 1000,
                            QStringLiteral("another customer")),
                    said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kBsuid));
    ui::Composer* composer = window->threadPane()->composer();
    composer->setText(QStringLiteral("Thanks Pablo, one moment"));
    QCOMPARE(m_drafts->text(kBsuid), QStringLiteral("Thanks Pablo, one moment"));
    QVERIFY(window->threadPane()->askButton()->isVisible());

    // The customer shares the number: the conversation takes the phone's key under the agent.
    QVERIFY(ingest({said(QStringLiteral("w.p2"), kNow - 60, kPhone, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    window->conversationsChanged({kPhone}); // the key merged away is not even named
    QCOMPARE(window->currentConversation(), kPhone);
    QCOMPARE(window->threadModel()->conversation(), kPhone);
    QCOMPARE(composer->conversation(), kPhone);
    QCOMPARE(composer->text(), QStringLiteral("Thanks Pablo, one moment"));
    QCOMPARE(m_drafts->text(kPhone), QStringLiteral("Thanks Pablo, one moment"));
    QVERIFY(m_drafts->text(kBsuid).isEmpty());
    ConversationListModel* list = window->conversationModel();
    QCOMPARE(list->rowOfKey(kBsuid), -1);
    const QModelIndex selected = window->conversationPane()->listView()->currentIndex();
    QCOMPARE(selected.data(ConversationListModel::ContactKeyRole).toString(), kPhone);
    QCOMPARE(window->threadPane()->headerIdentity(), QStringLiteral("+1 650-555-1234 · @pablomorales"));
    QVERIFY(!window->threadPane()->askButton()->isVisible()); // the number is known now
    QVERIFY(window->threadModel()->rowOfWamid(QStringLiteral("w.p1")) >= 0);
    // A key from an older view (a search hit, a notification) opens the survivor.
    QVERIFY(window->openConversation(QStringLiteral("447911123456")));
    QVERIFY(window->openConversation(kBsuid));
    QCOMPARE(window->currentConversation(), kPhone);
}

void TestIdentityViews::draftsOfMergedConversationsMove()
{
    QVERIFY(ingest({echo(QStringLiteral("w.e1"), kPhone, kNow - 900, QStringLiteral("Your order shipped")),
                    said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kBsuid));
    window->threadPane()->composer()->setText(QStringLiteral("typed for the username thread"));
    QVERIFY(window->openConversation(kPhone)); // the draft stays behind under the BSUID's key
    QCOMPARE(m_drafts->text(kBsuid), QStringLiteral("typed for the username thread"));
    QVERIFY(ingest({said(QStringLiteral("w.p2"), kNow - 60, kPhone, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    window->conversationsChanged({kBsuid, kPhone});
    QCOMPARE(window->currentConversation(), kPhone);
    QCOMPARE(window->threadPane()->composer()->text(), QStringLiteral("typed for the username thread"));
    QVERIFY(m_drafts->text(kBsuid).isEmpty());
}

void TestIdentityViews::searchFindsCustomersByAnyIdentifier()
{
    QVERIFY(ingest({said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."), QStringLiteral("Where is my parcel?")),
                    message(QStringLiteral("w.n1"), kPhone, kNow - 100, QStringLiteral("My parcel is late"))}));
    ui::SearchResultsModel model(m_store->connection(), m_store->backend());
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("@pablomorales"), kBsuid},     {QStringLiteral("pablomorales"), kBsuid},
        {QStringLiteral("US.1349120865"), kBsuid},     {QStringLiteral("650 555"), kPhone},
        {QStringLiteral("+1 (650) 555-1234"), kPhone}, {QStringLiteral("6505551234"), kPhone},
    };
    for (const auto& [typed, key] : cases) {
        model.search(typed);
        QVERIFY2(model.customerCount() == 1, qPrintable(typed));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(ui::SearchResultsModel::ContactKeyRole).toString(), key);
        QVERIFY(first.data(ui::SearchResultsModel::IsCustomerRole).toBool());
        QVERIFY(first.data(ui::SearchResultsModel::WamidRole).toString().isEmpty());
    }
    model.search(QStringLiteral("@pablo"));
    QCOMPARE(model.index(0, 0).data(ui::SearchResultsModel::NameRole).toString(), QStringLiteral("Pablo M."));
    const QString line = model.index(0, 0).data(ui::SearchResultsModel::SnippetRole).toString();
    QCOMPARE(line, QStringLiteral("@pablomorales · phone number not shared · United States"));
    const QPoint range = model.index(0, 0).data(ui::SearchResultsModel::SnippetRangesRole).toList().value(0).toPoint();
    QCOMPARE(line.mid(range.x(), range.y()), QStringLiteral("pablo"));
    // Words still find messages, after the customers (none here), and name them by the customer.
    model.search(QStringLiteral("parcel"));
    QCOMPARE(model.customerCount(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(keysOf(model, ui::SearchResultsModel::NameRole),
             (QStringList{QStringLiteral("Customer 234"), QStringLiteral("Pablo M.")}));

    // Choosing a customer in the window's results opens their conversation.
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    window->conversationPane()->setSearchText(QStringLiteral("@pablomorales"));
    window->conversationPane()->searchNow();
    QCOMPARE(window->searchModel()->customerCount(), 1);
    QSignalSpy chosen(window->conversationPane(), &ui::ConversationPane::conversationChosen);
    QListView* view = nullptr;
    for (QListView* v : window->conversationPane()->findChildren<QListView*>())
        if (v->model() == window->searchModel())
            view = v;
    QVERIFY(view);
    emit view->clicked(window->searchModel()->index(0, 0));
    QCOMPARE(window->currentConversation(), kBsuid);
    QVERIFY(!view->grab().isNull()); // the avatar and the identity line paint
    // The customer shares the number: the hit shown says so, and still opens the conversation.
    QVERIFY(ingest({said(QStringLiteral("w.p9"), kNow - 10, QStringLiteral("14155550199"), kBsuid,
                         QStringLiteral("pablomorales"), QStringLiteral("Pablo M."))}));
    window->conversationsChanged({kBsuid, QStringLiteral("14155550199")});
    QCOMPARE(window->searchModel()->customerCount(), 1);
    QCOMPARE(window->searchModel()->index(0, 0).data(ui::SearchResultsModel::SnippetRole).toString(),
             QStringLiteral("+1 415-555-0199 · @pablomorales"));
    QCOMPARE(window->currentConversation(), QStringLiteral("14155550199"));
}

void TestIdentityViews::theHeaderSaysPhoneNumberNotShared()
{
    QVERIFY(ingest({said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kBsuid));
    ui::ThreadPane* pane = window->threadPane();
    QCOMPARE(pane->headerTitle(), QStringLiteral("Pablo M."));
    QCOMPARE(pane->headerIdentity(), QStringLiteral("@pablomorales · phone number not shared · United States"));
    QVERIFY(pane->askButton()->isVisible());
    QCOMPARE(pane->askButton()->text(), QStringLiteral("Ask for number"));
    QVERIFY(!pane->headerBar()->grab().isNull());
}

void TestIdentityViews::askingInsideTheWindowSendsTheRequest()
{
    QVERIFY(ingest({said(QStringLiteral("w.p1"), kNow - 300, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kBsuid));
    QSignalSpy asked(window->threadPane(), &ui::ThreadPane::contactRequestRequested);
    // From the command palette's action (the header's button is the same action).
    QAction* ask = nullptr;
    for (QAction* a : window->commands())
        if (a->text() == QLatin1String("Ask for the phone number"))
            ask = a;
    QVERIFY(ask);
    QCOMPARE(window->threadPane()->askButton()->defaultAction(), ask);
    ask->trigger();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().at(0).toString(), kBsuid);
    QCOMPARE(asked.first().at(1).toString(), ui::ThreadPane::contactRequestText());
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Pablo M.")));
    // A send refused on the way keeps its reason in the status bar.
    connect(window->threadPane(), &ui::ThreadPane::contactRequestRequested, window.get(),
            [&window] { window->statusBar()->showMessage(QStringLiteral("The sending number is not configured.")); });
    ask->trigger();
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("The sending number is not configured."));
}

void TestIdentityViews::askingOutsideTheWindowOffersTheRightTemplates()
{
    QVERIFY(ingest({said(QStringLiteral("w.p1"), kNow - 90000, {}, kBsuid, QStringLiteral("pablomorales"),
                         QStringLiteral("Pablo M."))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kBsuid));
    ui::ThreadPane* pane = window->threadPane();
    ui::Composer* composer = pane->composer();
    QCOMPARE(composer->mode(), ui::Composer::Mode::Template);
    ui::TemplatePicker* picker = composer->templatePicker();
    QCOMPARE(picker->visibleCount(), 2);
    QSignalSpy asked(pane, &ui::ThreadPane::contactRequestRequested);
    QSignalSpy sent(pane, &ui::ThreadPane::sendRequested);
    window->askForPhoneNumber();
    QCOMPARE(asked.count(), 0); // no free-form message outside the window
    QVERIFY(picker->isContactRequestsOnly());
    QCOMPARE(picker->visibleCount(), 1);
    QCOMPARE(picker->current()->name, QStringLiteral("ask_phone_number"));
    QVERIFY(!picker->filterNote().isEmpty());
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("Share Contact Info")));
    // Sending it goes the usual template way, and the whole catalogue comes back.
    QVERIFY(composer->send());
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(0).value<ui::ComposedMessage>().templateName, QStringLiteral("ask_phone_number"));
    QVERIFY(!picker->isContactRequestsOnly());
    QCOMPARE(picker->visibleCount(), 2);

    // Without such a template the picker says what to do.
    m_templates.setTemplates({{QStringLiteral("order_update"), QStringLiteral("en_US"), QStringLiteral("UTILITY"),
                               QStringLiteral("Hi {{1}}")}});
    picker->reloadTemplates();
    window->askForPhoneNumber();
    QCOMPARE(picker->visibleCount(), 0);
    QVERIFY(picker->filterNote().contains(QLatin1String("WhatsApp Manager")));
    // Another conversation ends the filter.
    composer->setConversation(QStringLiteral("447911123456"), kNow - 90000);
    QVERIFY(!picker->isContactRequestsOnly());
}

void TestIdentityViews::askingWhenTheNumberIsKnownSaysSo()
{
    QVERIFY(ingest({message(QStringLiteral("w.n1"), kPhone, kNow - 100, QStringLiteral("hi"))}));
    auto window = makeWindow();
    window->show();
    window->loadInitial();
    QVERIFY(window->openConversation(kPhone));
    QVERIFY(!window->threadPane()->askButton()->isVisible());
    QSignalSpy asked(window->threadPane(), &ui::ThreadPane::contactRequestRequested);
    window->askForPhoneNumber();
    QCOMPARE(asked.count(), 0);
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("+1 650-555-1234")));
}

void TestIdentityViews::theSupervisorsClosingListNamesThemToo()
{
    QVERIFY(ingest({said(QStringLiteral("w.p1"), kNow - 86400 + 600, {}, kBsuid, QStringLiteral("pablomorales"), {})}));
    ui::ClosingSoonModel model(m_store->connection(), m_clock);
    QAbstractItemModelTester tester(&model, Mode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ui::ClosingSoonModel::DisplayNameRole).toString(), QStringLiteral("@pablomorales"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             QStringLiteral("@pablomorales · phone number not shared · United States"));
}

void TestIdentityViews::templatesReadTheirButtons()
{
    ui::JsonTemplateCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadJson(R"([
        {"name": "ask_phone", "language": "en_US", "category": "UTILITY", "body": "Your number?",
         "buttons": [{"type": "REQUEST_CONTACT_INFO"}]},
        {"name": "meta_shape", "language": "en_US", "category": "utility",
         "components": [{"type": "body", "text": "Can we have your number?"},
                        {"type": "buttons", "buttons": [{"type": "request_contact_info"}]}]},
        {"name": "plain", "body": "Hello", "buttons": ["QUICK_REPLY"]}
    ])",
                              &error),
             qPrintable(error));
    const QList<ui::MessageTemplate> t = catalog.templates();
    QCOMPARE(t.size(), 3);
    QVERIFY(t[0].requestsContactInfo());
    QVERIFY(t[1].requestsContactInfo());
    QCOMPARE(t[1].body, QStringLiteral("Can we have your number?"));
    QVERIFY(!t[2].requestsContactInfo());
    QCOMPARE(t[2].buttons, QStringList{QStringLiteral("QUICK_REPLY")});
    // The test catalogue of the desktop has one too.
    QVERIFY(catalog.load(fixturePath(QStringLiteral("templates/templates.json")), &error));
    bool found = false;
    for (const ui::MessageTemplate& each : catalog.templates())
        found = found || each.requestsContactInfo();
    QVERIFY(found);
}

QTEST_MAIN(TestIdentityViews)
#include "TestIdentityViews.moc"
