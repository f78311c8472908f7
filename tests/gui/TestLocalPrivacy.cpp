// SPDX-License-Identifier: GPL-3.0-or-later
// What other people cannot reach on the desktop: files for this user only, others' text never rendered as markup.
#include "Workspace.h"
#include "core/Clock.h"
#include "store/ConversationQuery.h"
#include "ui/CannedReplies.h"
#include "ui/CustomerText.h"
#include "ui/TeamBar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <algorithm>

using namespace duet;

namespace {

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kUserBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;

/// The owner, group and other bits (Qt repeats the owner's as "user" bits; those are left out).
QFile::Permissions modeOf(const QString& path)
{
    return QFileInfo(path).permissions() & ~kUserBits;
}

/// What a tooltip shows once Qt has decided whether it is rich text, as QToolTip does.
QString shownText(const QString& tip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(tip))
        doc.setHtml(tip);
    else
        doc.setPlainText(tip);
    return doc.toPlainText();
}

} // namespace

class TestLocalPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void newFilesAreForTheirUserOnly()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        SystemClock clock;
        {
            desktop::Workspace workspace(clock);
            desktop::WorkspaceConfig config;
            config.storePath = QDir(data).filePath(QStringLiteral("store.db"));
            QString error;
            QVERIFY2(workspace.open(config, &error), qPrintable(error));
        }
        QCOMPARE(modeOf(data), kOwnerOnlyDir);
        for (const QString& name : QDir(data).entryList(QDir::Files))
            QVERIFY2(modeOf(QDir(data).filePath(name)) == kOwnerOnlyFile, qPrintable(name));
        QVERIFY(QFileInfo::exists(QDir(data).filePath(QStringLiteral("store.db"))));
        QVERIFY(QFileInfo::exists(QDir(data).filePath(QStringLiteral("outbox.db"))));
    }

    void existingFilesAreTightenedOnOpen()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        SystemClock clock;
        desktop::WorkspaceConfig config;
        config.storePath = QDir(data).filePath(QStringLiteral("store.db"));
        QString error;
        {
            desktop::Workspace workspace(clock);
            QVERIFY2(workspace.open(config, &error), qPrintable(error));
        }
        // As an older Duet (or a careless copy) left them: readable by everyone.
        const QFile::Permissions open = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        const QString media = QDir(data).filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(media));
        QFile picture(QDir(media).filePath(QStringLiteral("1234567890")));
        QVERIFY(picture.open(QIODevice::WriteOnly));
        picture.write("jpeg");
        picture.close();
        QVERIFY(QFile::setPermissions(data, open | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        QVERIFY(QFile::setPermissions(media, open | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        for (const QString& name : QDir(data).entryList(QDir::Files))
            QVERIFY(QFile::setPermissions(QDir(data).filePath(name), open));
        QVERIFY(QFile::setPermissions(picture.fileName(), open));

        desktop::Workspace workspace(clock);
        QVERIFY2(workspace.open(config, &error), qPrintable(error));
        QCOMPARE(modeOf(media), kOwnerOnlyDir);
        QCOMPARE(modeOf(picture.fileName()), kOwnerOnlyFile);
        for (const QString& name : QDir(data).entryList(QDir::Files))
            QVERIFY2(modeOf(QDir(data).filePath(name)) == kOwnerOnlyFile, qPrintable(name));
    }

    void markupInToolTipsShowsAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("VIP customer");
        QTest::newRow("an image") << QStringLiteral("<img src=\"http://tracker.example/x.png\">VIP");
        QTest::newRow("bold and a link") << QStringLiteral("<b>urgent</b> <a href=\"http://x.example\">here</a>");
        QTest::newRow("an entity") << QStringLiteral("&lt;script&gt; & more");
        QTest::newRow("a doctype") << QStringLiteral("<!DOCTYPE html><p>hi</p>");
    }
    void markupInToolTipsShowsAsWritten()
    {
        QFETCH(QString, text);
        QCOMPARE(shownText(ui::plainToolTip(text)), text);

        // A label someone on the team typed, in the team bar's chip.
        store::ConversationSummary summary;
        summary.contactKey = QStringLiteral("15551230000");
        summary.labels = {text};
        SystemClock clock;
        ui::TeamBar bar(nullptr, clock);
        bar.setConversation(summary);
        const QList<QToolButton*> buttons = bar.findChildren<QToolButton*>();
        const auto found = std::find_if(buttons.cbegin(), buttons.cend(),
                                        [&text](const QToolButton* b) { return b->text().startsWith(text); });
        QVERIFY(found != buttons.cend());
        const QToolButton* chip = *found;
        QVERIFY2(shownText(chip->toolTip()).contains(text), qPrintable(chip->toolTip()));

        // A canned reply someone else wrote.
        ui::CannedReplies replies(QString{});
        replies.setReplies({ui::CannedReplies::Reply{QStringLiteral("t"), text}});
        QCOMPARE(shownText(replies.index(0, 0).data(Qt::ToolTipRole).toString()), text);
    }
};

QTEST_MAIN(TestLocalPrivacy)
#include "TestLocalPrivacy.moc"
