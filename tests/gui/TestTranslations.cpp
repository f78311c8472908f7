// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in Portuguese (Brazil) and Spanish: no English string is left in what it shows.
#include "GuiFixtures.h"
#include "ui/BubbleLayout.h"
#include "ui/DraftStore.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"
#include "ui/TimeText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace duet;
using namespace duet::test;

namespace {

/// One translation file's messages: (context, English source) -> translation ("" when none).
using Messages = QHash<QPair<QString, QString>, QString>;

Messages readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    Messages out;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            // Plural forms come concatenated: all that matters is whether they read as the source.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.insert({context, source}, type == QLatin1String("unfinished") ? QString() : text);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

/// A visible text and where it was seen.
struct Seen
{
    QString text;
    QString where;
};

/// Turns an English source into a pattern for what it looks like on screen: placeholders (%1, %n)
/// match anything. Null when the source has too few letters of its own to tell it apart.
QRegularExpression patternOf(const QString& source)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:n|\\d{1,2})"));
    QString pattern;
    qsizetype letters = 0;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString literal = source.mid(from, m.capturedStart() - from);
        for (const QChar c : literal)
            letters += c.isLetter() ? 1 : 0;
        pattern += QRegularExpression::escape(literal) + QStringLiteral(".+");
        from = m.capturedEnd();
    }
    const QString rest = source.mid(from);
    for (const QChar c : rest)
        letters += c.isLetter() ? 1 : 0;
    // "%1 and %2" would match any customer text with " and " in it: a source that is mostly
    // placeholders is checked by scripts/check-translations.sh, not by its look on screen.
    if (letters < 3 || (from > 0 && letters < 6))
        return {};
    return QRegularExpression(QLatin1Char('^') + pattern + QRegularExpression::escape(rest) + QLatin1Char('$'),
                              QRegularExpression::DotMatchesEverythingOption);
}

/// Forwards to the real translator except for one source text, as if its translation were missing.
class DroppingTranslator : public QTranslator
{
public:
    DroppingTranslator(const QTranslator& real, QString dropped)
        : m_real(real)
        , m_dropped(std::move(dropped))
    {}
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        if (QString::fromUtf8(sourceText) == m_dropped)
            return QString();
        return m_real.translate(context, sourceText, disambiguation, n);
    }

private:
    const QTranslator& m_real;
    QString m_dropped;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theTranslationsAreEmbedded_data();
    void theTranslationsAreEmbedded();
    void noEnglishIsLeftInTheMainWindow_data();
    void noEnglishIsLeftInTheMainWindow();
    void aMissingTranslationIsCaught();
    void pluralsHaveTheirForms_data();
    void pluralsHaveTheirForms();
    void datesAndTimesFollowTheLocale();
    void theLanguageSettingPicksTheLocale();
    void theLanguageDialogSavesTheChoice();

private:
    /// Installs the embedded translation of `code` (as the desktop does) and its locale.
    bool useLanguage(const QString& code, QTranslator& translator);
    /// Shows the main window, opens every conversation in turn, and gathers every text it shows.
    QList<Seen> visibleTexts();
    /// The texts of `seen` that are English sources whose `code` translation differs.
    QStringList leftovers(const QList<Seen>& seen, const QString& code);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::DraftStore> m_drafts;
    ui::JsonTemplateCatalog m_templates;
    /// What customers and templates wrote (message bodies, template texts): shown as they are.
    QSet<QString> m_content;
    Messages m_english;
    QHash<QString, Messages> m_translated;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("inbox.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(ingestGoodFixtures(*m_store, &error), qPrintable(error));
    m_drafts = std::make_unique<ui::DraftStore>(QString());
    QVERIFY2(m_templates.load(fixturePath(QStringLiteral("templates/templates.json")), &error), qPrintable(error));
    QSqlQuery bodies(m_store->connection());
    QVERIFY(bodies.exec(QStringLiteral("SELECT body FROM messages UNION SELECT edited_text FROM messages")));
    while (bodies.next())
        m_content.insert(bodies.value(0).toString());
    for (const ui::MessageTemplate& t : m_templates.templates())
        m_content.insert(t.body);

    const QString dir = QStringLiteral(DUET_SOURCE_DIR "/translations/");
    m_english = readTs(dir + QStringLiteral("duet_en.ts"), &error);
    QVERIFY2(error.isEmpty() && m_english.size() > 100, qPrintable(error));
    for (const QString& code : {QStringLiteral("pt_BR"), QStringLiteral("es")}) {
        m_translated.insert(code, readTs(dir + QStringLiteral("duet_") + code + QStringLiteral(".ts"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_translated.value(code).size(), m_english.size());
    }
}

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

bool TestTranslations::useLanguage(const QString& code, QTranslator& translator)
{
    const QLocale locale(code);
    QLocale::setDefault(locale);
    return ui::Language::load(translator, locale) && QCoreApplication::installTranslator(&translator);
}

QList<Seen> TestTranslations::visibleTexts()
{
    QList<Seen> seen;
    const auto add = [&seen](const QString& text, const QString& where) {
        if (!text.trimmed().isEmpty())
            seen.append({text, where});
    };
    QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    ui::MainWindow window(ui::MainWindowContext{m_store->connection(), m_store->backend(), m_clock, *m_drafts,
                                                m_templates, settings, QStringLiteral("ana")});
    window.resize(1180, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    window.loadInitial();
    for (QAction* action : window.actions()) { // the command palette lists these
        add(action->text(), QStringLiteral("command"));
        add(action->toolTip(), QStringLiteral("command tool tip"));
    }
    const QDate today = ui::TimeText::localDay(m_clock.nowSecs());
    QStringList keys;
    for (int row = 0; row < window.conversationModel()->rowCount(); ++row)
        keys << window.conversationModel()->summaryAt(row).contactKey;
    for (const QString& key : keys) {
        window.openConversation(key);
        QCoreApplication::processEvents();
        add(window.windowTitle(), QStringLiteral("window title"));
        const QList<QWidget*> widgets = window.findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            const QString where =
                QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
            add(w->toolTip(), where + QStringLiteral(" tool tip"));
            add(w->accessibleName(), where + QStringLiteral(" accessible name"));
            add(w->accessibleDescription(), where + QStringLiteral(" accessible description"));
            add(w->statusTip(), where + QStringLiteral(" status tip"));
            add(w->whatsThis(), where + QStringLiteral(" what's this"));
            if (w->isWindow() || qobject_cast<QDockWidget*>(w))
                add(w->windowTitle(), where + QStringLiteral(" title"));
            if (auto* box = qobject_cast<QGroupBox*>(w))
                add(box->title(), where + QStringLiteral(" title"));
            if (auto* bar = qobject_cast<QStatusBar*>(w))
                add(bar->currentMessage(), where + QStringLiteral(" message"));
            // Menu bars, tool bars and their menus.
            QList<QAction*> actions = w->actions();
            while (!actions.isEmpty()) {
                QAction* action = actions.takeFirst();
                add(action->text(), where + QStringLiteral(" action"));
                add(action->toolTip() == QString(action->text()).remove(QLatin1Char('&')) ? QString()
                                                                                          : action->toolTip(),
                    where + QStringLiteral(" action tool tip"));
                if (action->menu())
                    actions << action->menu()->actions();
            }
            if (auto* label = qobject_cast<QLabel*>(w))
                add(label->text(), where);
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(button->text(), where);
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                add(edit->placeholderText(), where + QStringLiteral(" placeholder"));
            if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
                add(edit->placeholderText(), where + QStringLiteral(" placeholder"));
            if (auto* edit = qobject_cast<QTextEdit*>(w))
                add(edit->placeholderText(), where + QStringLiteral(" placeholder"));
            if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs->tabText(i), where + QStringLiteral(" tab"));
                    add(tabs->tabToolTip(i), where + QStringLiteral(" tab tool tip"));
                }
            }
            if (auto* combo = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(combo->itemText(i), where + QStringLiteral(" item"));
            }
            // Painted rows: every string a model gives its delegate, and what the bubbles derive.
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                QList<int> roles = model->roleNames().keys();
                roles << Qt::DisplayRole << Qt::ToolTipRole << Qt::AccessibleTextRole << Qt::StatusTipRole;
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QModelIndex index = model->index(row, 0);
                    for (int role : std::as_const(roles)) {
                        const QVariant value = index.data(role);
                        if (value.typeId() == QMetaType::QString)
                            add(value.toString(), where + QStringLiteral(" row role ") + QString::number(role));
                    }
                    if (qobject_cast<const ui::ThreadModel*>(model)) {
                        const ui::BubbleContent c = ui::BubbleContent::fromIndex(index);
                        add(ui::BubbleLayout::badgeText(c), where + QStringLiteral(" badge"));
                        add(ui::BubbleLayout::authorText(c), where + QStringLiteral(" author"));
                        add(ui::BubbleLayout::mediaLabel(c), where + QStringLiteral(" media"));
                        add(ui::BubbleLayout::footerFor(c), where + QStringLiteral(" footer"));
                        if (c.showDaySeparator)
                            add(ui::TimeText::dayLabel(c.day, today), where + QStringLiteral(" day separator"));
                    }
                }
            }
        }
    }
    return seen;
}

QStringList TestTranslations::leftovers(const QList<Seen>& seen, const QString& code)
{
    // The English sources whose translation reads differently (a word the same in both is fine;
    // a missing or unfinished translation is not, since the English then shows).
    const Messages& translated = m_translated.value(code);
    QHash<QString, bool> differs; // source -> every translation of it differs from it
    for (auto it = m_english.cbegin(); it != m_english.cend(); ++it) {
        const QString source = it.key().second;
        const bool different = translated.value(it.key()) != source;
        differs.insert(source, differs.value(source, true) && different);
    }
    QList<QPair<QString, QRegularExpression>> patterns;
    for (auto it = differs.cbegin(); it != differs.cend(); ++it) {
        if (!it.value())
            continue;
        const QRegularExpression pattern = patternOf(it.key());
        if (pattern.isValid() && !pattern.pattern().isEmpty())
            patterns.append({it.key(), pattern});
    }
    QStringList found;
    for (const Seen& s : seen) {
        if (m_content.contains(s.text)) // a customer may well write "Cancel"
            continue;
        const QString text = QString(s.text).remove(QLatin1Char('&'));
        for (const auto& [source, pattern] : std::as_const(patterns)) {
            if (pattern.match(text).hasMatch() || pattern.match(s.text).hasMatch()) {
                const QString line = QStringLiteral("\"%1\" (%2) is the English \"%3\"").arg(s.text, s.where, source);
                if (!found.contains(line))
                    found << line;
            }
        }
    }
    return found;
}

void TestTranslations::theTranslationsAreEmbedded_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Portuguese names the conversations")
        << QStringLiteral("pt_BR") << QStringLiteral("duet::ui::ConversationPane") << QStringLiteral("Conversations")
        << QStringLiteral("Conversas");
    QTest::newRow("Spanish names the conversations")
        << QStringLiteral("es") << QStringLiteral("duet::ui::ConversationPane") << QStringLiteral("Conversations")
        << QStringLiteral("Conversaciones");
    QTest::newRow("Meta's remedies are translated too")
        << QStringLiteral("pt_BR") << QStringLiteral("duet")
        << QStringLiteral("WhatsApp had a temporary problem. Duet will retry automatically.")
        << QStringLiteral("O WhatsApp teve um problema temporário. O Duet tentará de novo automaticamente.");
}

void TestTranslations::theTranslationsAreEmbedded()
{
    QFETCH(QString, code);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/duet_") + code + QStringLiteral(".qm")));
    QTranslator translator;
    QVERIFY(useLanguage(code, translator));
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    QCoreApplication::removeTranslator(&translator);
}

void TestTranslations::noEnglishIsLeftInTheMainWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("Portuguese (Brazil)") << QStringLiteral("pt_BR");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

void TestTranslations::noEnglishIsLeftInTheMainWindow()
{
    QFETCH(QString, code);
    QTranslator translator;
    QVERIFY(useLanguage(code, translator));
    const QList<Seen> seen = visibleTexts();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(seen.size() > 40, qPrintable(QString::number(seen.size())));
    const QStringList english = leftovers(seen, code);
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("English left in %1:\n  ").arg(code) + english.join(QStringLiteral("\n  "))));
    // And the check sees real translated text, not nothing.
    const QString conversations =
        code == QLatin1String("es") ? QStringLiteral("Conversaciones") : QStringLiteral("Conversas");
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [&](const Seen& s) { return s.text == conversations; }));
}

void TestTranslations::aMissingTranslationIsCaught()
{
    // The same walk with one translation taken away must name the English text it shows.
    QTranslator real;
    QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
    QVERIFY(ui::Language::load(real, QLocale(QStringLiteral("pt_BR"))));
    DroppingTranslator translator(real, QStringLiteral("Search messages"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QList<Seen> seen = visibleTexts();
    QCoreApplication::removeTranslator(&translator);
    const QStringList english = leftovers(seen, QStringLiteral("pt_BR"));
    QVERIFY2(!english.isEmpty(), "a missing translation went unnoticed");
    QVERIFY2(english.join(QLatin1Char('\n')).contains(QStringLiteral("is the English \"Search messages\"")),
             qPrintable(english.join(QLatin1Char('\n'))));
}

void TestTranslations::pluralsHaveTheirForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Portuguese, one minute") << QStringLiteral("pt_BR") << 1 << QStringLiteral("1 min restante");
    QTest::newRow("Portuguese, five minutes") << QStringLiteral("pt_BR") << 5 << QStringLiteral("5 min restantes");
    QTest::newRow("Spanish, one minute") << QStringLiteral("es") << 1 << QStringLiteral("Queda 1 min");
    QTest::newRow("Spanish, five minutes") << QStringLiteral("es") << 5 << QStringLiteral("Quedan 5 min");
    QTest::newRow("English, five minutes") << QStringLiteral("en") << 5 << QStringLiteral("5 min left");
}

void TestTranslations::pluralsHaveTheirForms()
{
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(useLanguage(code, translator));
    const QString text = QCoreApplication::translate("TimeText", "%n min left", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTranslations::datesAndTimesFollowTheLocale()
{
    const QDate today(2026, 3, 10);
    QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
    QCOMPARE(ui::TimeText::dayLabel(QDate(2026, 1, 2), today), QStringLiteral("2 de janeiro"));
    QCOMPARE(ui::TimeText::dayLabel(QDate(2025, 12, 24), today), QStringLiteral("24 de dezembro de 2025"));
    QLocale::setDefault(QLocale(QStringLiteral("es")));
    QCOMPARE(ui::TimeText::dayLabel(QDate(2026, 1, 2), today), QStringLiteral("2 de enero"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    QCOMPARE(ui::TimeText::dayLabel(QDate(2026, 1, 2), today), QStringLiteral("January 2"));
    QCOMPARE(ui::TimeText::dayLabel(QDate(2025, 12, 24), today), QStringLiteral("December 24, 2025"));
    const qint64 afternoon = QDateTime(today, QTime(14, 32)).toSecsSinceEpoch();
    QCOMPARE(ui::TimeText::clockTime(afternoon), QStringLiteral("2:32 PM"));
    QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
    QCOMPARE(ui::TimeText::clockTime(afternoon), QStringLiteral("14:32"));
}

void TestTranslations::theLanguageSettingPicksTheLocale()
{
    QSettings settings(m_dir.filePath(QStringLiteral("language.ini")), QSettings::IniFormat);
    QCOMPARE(ui::Language::setting(settings), QString()); // the system's
    ui::Language::setSetting(settings, QStringLiteral("es"));
    QCOMPARE(ui::Language::setting(settings), QStringLiteral("es"));
    QCOMPARE(ui::Language::locale(QString(), QStringLiteral("es")).language(), QLocale::Spanish);
    QCOMPARE(ui::Language::locale(QStringLiteral("pt_BR"), QStringLiteral("es")).territory(), QLocale::Brazil);
    QCOMPARE(ui::Language::locale(QString(), QString()), QLocale::system());
    settings.setValue(QLatin1String(ui::Language::kSettingKey), QStringLiteral("klingon"));
    QCOMPARE(ui::Language::setting(settings), QString()); // an unknown value is the system's
    QVERIFY(ui::Language::isValid(QStringLiteral("es_MX")));
    QVERIFY(!ui::Language::isValid(QStringLiteral("de")));
    // Portugal reads the Brazilian translation rather than English.
    QTranslator translator;
    QVERIFY(ui::Language::load(translator, QLocale(QStringLiteral("pt_PT"))));
    QVERIFY(translator.filePath().endsWith(QStringLiteral("duet_pt_BR.qm")));
}

void TestTranslations::theLanguageDialogSavesTheChoice()
{
    QSettings settings(m_dir.filePath(QStringLiteral("dialog.ini")), QSettings::IniFormat);
    // Answers the dialogs as an agent would: pick Spanish, then acknowledge the restart note.
    QStringList shown;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&shown] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<QInputDialog*>(modal)) {
            shown << dialog->labelText();
            dialog->setTextValue(QString::fromUtf8("Español"));
            dialog->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            shown << box->text();
            box->accept();
        }
    });
    answer.start(10);
    QVERIFY(ui::Language::choose(nullptr, settings));
    answer.stop();
    QCOMPARE(ui::Language::setting(settings), QStringLiteral("es"));
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.last().contains(QStringLiteral("Restart")), qPrintable(shown.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
