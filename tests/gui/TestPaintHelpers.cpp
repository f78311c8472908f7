// SPDX-License-Identifier: GPL-3.0-or-later
// The bubbles' rounded rectangles from cached corners: the same pixels as QPainter's own.
#include "ui/PaintHelpers.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using duet::ui::RoundedCorners;

class TestPaintHelpers : public QObject
{
    Q_OBJECT

private slots:
    void roundedCornersPaintWhatDrawRoundedRectPaints_data();
    void roundedCornersPaintWhatDrawRoundedRectPaints();
    void cornersAreDrawnOncePerColourAndRatio();
};

namespace {

/// A background like the thread's, at `dpr`.
QImage canvas(qreal dpr)
{
    QImage image(QSize(160, 120) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(QColor(0xe9, 0xe4, 0xdc));
    return image;
}

/// The largest difference of any channel of any pixel.
int maxDifference(const QImage& a, const QImage& b)
{
    int most = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            most = qMax(most, qMax(qMax(qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q))),
                                   qMax(qAbs(qBlue(p) - qBlue(q)), qAbs(qAlpha(p) - qAlpha(q)))));
        }
    }
    return most;
}

} // namespace

void TestPaintHelpers::roundedCornersPaintWhatDrawRoundedRectPaints_data()
{
    QTest::addColumn<QRect>("rect");
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<QColor>("shadow");
    QTest::addColumn<qreal>("dpr");
    const QColor out(0xd9, 0xfd, 0xd3);
    const QColor shadow(0, 0, 0, 22);
    QTest::newRow("light bubble") << QRect(10, 10, 120, 60) << out << shadow << 1.0;
    QTest::newRow("dark bubble, no shadow") << QRect(7, 9, 97, 41) << QColor(0x20, 0x2c, 0x33) << QColor() << 1.0;
    QTest::newRow("scale 2") << QRect(10, 10, 120, 60) << out << shadow << 2.0;
    QTest::newRow("just big enough") << QRect(20, 20, 23, 23) << out << shadow << 1.0;
    QTest::newRow("too small for corners") << QRect(20, 20, 30, 12) << out << shadow << 1.0;
    QTest::newRow("translucent fill") << QRect(10, 10, 120, 60) << QColor(0, 0, 0, 60) << shadow << 1.0;
}

void TestPaintHelpers::roundedCornersPaintWhatDrawRoundedRectPaints()
{
    QFETCH(QRect, rect);
    QFETCH(QColor, fill);
    QFETCH(QColor, shadow);
    QFETCH(qreal, dpr);
    constexpr int kRadius = 11;

    QImage expected = canvas(dpr);
    {
        QPainter p(&expected);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        if (shadow.isValid()) {
            p.setBrush(shadow);
            p.drawRoundedRect(QRectF(rect).translated(0, 1), kRadius, kRadius);
        }
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(rect), kRadius, kRadius);
    }
    QImage actual = canvas(dpr);
    RoundedCorners corners;
    {
        QPainter p(&actual);
        corners.fill(&p, rect, kRadius, fill, shadow);
    }
    // Blending corners drawn apart rounds differently by a step at most.
    const int difference = maxDifference(expected, actual);
    QVERIFY2(difference <= 2, qPrintable(QStringLiteral("a channel differs by %1").arg(difference)));
    QVERIFY(actual != canvas(dpr)); // it painted
}

void TestPaintHelpers::cornersAreDrawnOncePerColourAndRatio()
{
    RoundedCorners corners;
    QImage image = canvas(1.0);
    QPainter p(&image);
    for (int i = 0; i < 20; ++i)
        corners.fill(&p, QRect(5, 5 + i, 100, 40), 11, Qt::white, QColor(0, 0, 0, 22));
    QCOMPARE(corners.pixmapsDrawn(), 1);
    corners.fill(&p, QRect(5, 5, 100, 40), 11, QColor(0xd9, 0xfd, 0xd3), QColor(0, 0, 0, 22));
    corners.fill(&p, QRect(5, 5, 100, 40), 11, Qt::white, QColor());
    QCOMPARE(corners.pixmapsDrawn(), 3);
    p.end();
    QImage sharp = canvas(2.0);
    QPainter q(&sharp);
    corners.fill(&q, QRect(5, 5, 100, 40), 11, Qt::white, QColor(0, 0, 0, 22));
    QCOMPARE(corners.pixmapsDrawn(), 4);
}

QTEST_MAIN(TestPaintHelpers)
#include "TestPaintHelpers.moc"
