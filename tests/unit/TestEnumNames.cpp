// SPDX-License-Identifier: GPL-3.0-or-later
// EnumNames: names to values and back, and every stored or wire name table round-trips.
#include "cloudapi/GraphRequests.h"
#include "core/EnumNames.h"
#include "core/Event.h"
#include "core/ServiceWindow.h"
#include "sync/Protocol.h"

#include <QTest>

using namespace duet;

namespace {
enum class Fruit { Apple, Pear, Plum };
constexpr EnumName<Fruit> kFruitNames[] = {{Fruit::Pear, "pear"}, {Fruit::Apple, "apple"}};
} // namespace

class TestEnumNames : public QObject
{
    Q_OBJECT

private slots:
    void namesAndValues()
    {
        QCOMPARE(toName(kFruitNames, Fruit::Apple), QStringLiteral("apple"));
        QCOMPARE(toName(kFruitNames, Fruit::Pear), QStringLiteral("pear")); // the row, not the position
        QVERIFY(toName(kFruitNames, Fruit::Plum).isEmpty());
        QVERIFY(nameOf(kFruitNames, Fruit::Plum) == nullptr);
        QCOMPARE(fromName(kFruitNames, u"pear"), std::optional<Fruit>(Fruit::Pear));
        QCOMPARE(fromName(kFruitNames, u"Pear"), std::optional<Fruit>());
        QCOMPARE(fromName(kFruitNames, u"PEAR", Qt::CaseInsensitive), std::optional<Fruit>(Fruit::Pear));
        Fruit f = Fruit::Plum;
        QVERIFY(!fromName(kFruitNames, u"plum", &f));
        QCOMPARE(f, Fruit::Plum); // untouched
        QVERIFY(fromName(kFruitNames, u"apple", &f));
        QCOMPARE(f, Fruit::Apple);
    }

    void domainTablesRoundTrip()
    {
        for (int i = 0; i <= int(EventKind::Preference); ++i) {
            const EventKind kind = EventKind(i);
            EventKind back = EventKind::Invalid;
            QVERIFY2(eventKindFromName(eventKindName(kind), &back), qPrintable(eventKindName(kind)));
            QCOMPARE(int(back), i);
        }
        for (int i = 0; i <= int(sync::CommandName::RequestSync); ++i) {
            sync::CommandName back = sync::CommandName::Claim;
            QVERIFY(sync::commandNameFromText(sync::commandNameText(sync::CommandName(i)), &back));
            QCOMPARE(int(back), i);
        }
        for (auto state : {ServiceWindow::State::None, ServiceWindow::State::Open, ServiceWindow::State::Closing,
                           ServiceWindow::State::Closed}) {
            ServiceWindow::State back = ServiceWindow::State::None;
            QVERIFY(serviceWindowStateFromName(serviceWindowStateName(state), &back));
            QCOMPARE(back, state);
        }
        QCOMPARE(cloudapi::templateCategoryFromName(u" marketing "), cloudapi::TemplateCategory::Marketing);
        QCOMPARE(cloudapi::templateCategoryName(cloudapi::TemplateCategory::Utility), QStringLiteral("UTILITY"));
        QVERIFY(cloudapi::templateCategoryName(cloudapi::TemplateCategory::Unspecified).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnumNames)
#include "TestEnumNames.moc"
