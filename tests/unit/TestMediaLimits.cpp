// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's media types and size limits, as a table.
#include "DomainToString.h"
#include "cloudapi/MediaLimits.h"

#include <QTest>

using namespace duet::cloudapi;

Q_DECLARE_METATYPE(duet::cloudapi::MediaCheck::Problem)
Q_DECLARE_METATYPE(duet::cloudapi::MediaKind)

class TestMediaLimits : public QObject
{
    Q_OBJECT

private slots:
    void filesAreCheckedAgainstTheTable_data();
    void filesAreCheckedAgainstTheTable();
    void theAllowedTextNamesEveryKind();
};

void TestMediaLimits::filesAreCheckedAgainstTheTable_data()
{
    constexpr qint64 MB = 1024 * 1024;
    QTest::addColumn<QString>("mime");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<MediaCheck::Problem>("problem");
    QTest::addColumn<MediaKind>("kind");
    using P = MediaCheck::Problem;
    QTest::newRow("a JPEG of 5 MB is an image") << "image/jpeg" << 5 * MB << P::None << MediaKind::Image;
    QTest::newRow("a PNG one byte over 5 MB is too large")
        << "image/png" << 5 * MB + 1 << P::TooLarge << MediaKind::Image;
    QTest::newRow("an MP4 of 16 MB is a video") << "video/mp4" << 16 * MB << P::None << MediaKind::Video;
    QTest::newRow("a 3GP over 16 MB is too large") << "video/3gpp" << 17 * MB << P::TooLarge << MediaKind::Video;
    QTest::newRow("opus with codec parameters is audio")
        << "audio/ogg; codecs=opus" << MB << P::None << MediaKind::Audio;
    QTest::newRow("MP3 is audio") << "audio/mpeg" << MB << P::None << MediaKind::Audio;
    QTest::newRow("a PDF of 100 MB is a document") << "application/pdf" << 100 * MB << P::None << MediaKind::Document;
    QTest::newRow("a DOCX over 100 MB is too large")
        << "application/vnd.openxmlformats-officedocument.wordprocessingml.document" << 101 * MB << P::TooLarge
        << MediaKind::Document;
    QTest::newRow("a WebP over 100 KB is too large for a sticker")
        << "image/webp" << qint64(101 * 1024) << P::TooLarge << MediaKind::Sticker;
    QTest::newRow("an executable is not taken")
        << "application/x-msdownload" << qint64(10) << P::UnsupportedType << MediaKind::Document;
    QTest::newRow("a GIF is not taken") << "image/gif" << qint64(10) << P::UnsupportedType << MediaKind::Document;
    QTest::newRow("an empty PDF is refused") << "application/pdf" << qint64(0) << P::Empty << MediaKind::Document;
    QTest::newRow("MIME case does not matter") << "IMAGE/JPEG" << qint64(10) << P::None << MediaKind::Image;
}

void TestMediaLimits::filesAreCheckedAgainstTheTable()
{
    QFETCH(QString, mime);
    QFETCH(qint64, size);
    QFETCH(MediaCheck::Problem, problem);
    QFETCH(MediaKind, kind);
    const MediaCheck check = checkMediaUpload(mime, size);
    QCOMPARE(check.problem, problem);
    if (problem != MediaCheck::Problem::UnsupportedType) {
        QCOMPARE(check.kind, kind);
        QCOMPARE(check.limitBytes, mediaSizeLimit(kind));
    }
    QCOMPARE(check.isAccepted(), problem == MediaCheck::Problem::None);
}

void TestMediaLimits::theAllowedTextNamesEveryKind()
{
    const QString text = QString::fromUtf8(allowedMediaText());
    for (const char* word : {"JPEG", "5 MB", "MP4", "16 MB", "PDF", "100 MB"})
        QVERIFY2(text.contains(QLatin1String(word)), word);
    QCOMPARE(mediaKindName(MediaKind::Document), QStringLiteral("document"));
    QVERIFY(acceptedMimeTypes(MediaKind::Image).contains(QStringLiteral("image/png")));
}

QTEST_GUILESS_MAIN(TestMediaLimits)
#include "TestMediaLimits.moc"
