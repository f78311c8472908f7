// SPDX-License-Identifier: GPL-3.0-or-later
// Media in the thread: automatic previews from the simulator over loopback, the viewer, documents, voice notes.
#include "GuiFixtures.h"
#include "SimService.h"
#include "Simulator.h"
#include "outbound/MediaTransfer.h"
#include "store/TeamApplier.h"
#include "ui/BubbleDelegate.h"
#include "ui/BubbleLayout.h"
#include "ui/DraftStore.h"
#include "ui/MediaAutoDownload.h"
#include "ui/MediaKinds.h"
#include "ui/MediaViewer.h"
#include "ui/TemplateCatalog.h"
#include "ui/Theme.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"
#include "ui/ThreadView.h"
#include "ui/ThumbnailLoader.h"
#include "ui/VideoPosters.h"
#include "ui/VoicePlayer.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace duet;
using namespace duet::test;
using duet::ui::MediaFiles;
using duet::ui::MediaKinds;
using duet::ui::ThreadModel;
using duet::ui::ThreadPane;

namespace {

const QString kContact = QStringLiteral("16505550888");
const QString kOther = QStringLiteral("447700900123");
constexpr char kToken[] = "media-test-token";
constexpr qint64 kLimit = 200 * 1024; // the team's limit in these tests

/// A JPEG of `w`×`h`; `noise` makes it as large as a camera's photo of that size.
QByteArray jpeg(int w, int h, bool noise)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor(0x3b, 0x7d, 0xc4));
    g.setColorAt(1, QColor(0xf4, 0xc2, 0x8a));
    p.fillRect(image.rect(), g);
    p.end();
    if (noise) {
        QRandomGenerator random(7);
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < w; ++x)
                line[x] = qRgb(int(random.bounded(256)), qGreen(line[x]), qBlue(line[x]));
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return bytes;
}

QByteArray sourceFile(const QString& relative)
{
    QFile f(QStringLiteral(DUET_SOURCE_DIR "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Event mediaMessage(const QString& wamid, const QString& contact, qint64 ts, const QString& type, const QString& mediaId,
                   const QString& mime, const QString& filename = QString())
{
    Event e = message(wamid, contact, ts, QString());
    e.type = type;
    e.mediaId = mediaId;
    e.mimeType = mime;
    e.filename = filename;
    return e;
}

} // namespace

/// Captures what would open with the desktop's own application.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestMediaPreviews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openingAConversationFetchesItsPreviewsWithinTheLimit();
    void cachedMediaAreNotAskedForAgain();
    void aFailedDownloadShowsWhyAndRetries();
    void theViewerZoomsSavesAndCloses();
    void documentsShowTheirKindAndSize();
    void documentKindsByMimeType();
    void voiceNotesShowTheirDurationAndPlay();
    void downloadedVideosShowTheirFirstFrame();
    void fiftyPhotosOpenWithoutDecodingOnTheUiThread();
    void theSimulatorSendsRealFiles();

private:
    void wireDownloads();
    void openConversation(const QString& key);
    int rowOf(const QString& wamid) const { return m_model->rowOfWamid(wamid); }
    QModelIndex indexOf(const QString& wamid) const { return m_model->index(rowOf(wamid)); }
    /// Clicks the media row's link (or its preview) of `wamid`, as a person does.
    void clickMedia(const QString& wamid);

    QTemporaryDir m_dir;
    FakeClock m_clock;
    ui::JsonTemplateCatalog m_catalog;
    std::unique_ptr<sim::SimService> m_sim;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<ui::DraftStore> m_drafts;
    std::unique_ptr<ThreadModel> m_model;
    std::unique_ptr<ThreadPane> m_pane;
    std::unique_ptr<outbound::MediaDownloader> m_downloader;
    outbound::MediaEndpoint m_endpoint;
    QString m_mediaDir;
    QString m_small, m_large, m_pdf, m_voice, m_elsewhere; // media ids in the simulator
    QByteArray m_smallBytes, m_largeBytes, m_pdfBytes;
    int m_round = 0;
};

void TestMediaPreviews::init()
{
    m_clock.setSecs(kNow);
    ++m_round;
    sim::SimOptions options;
    options.accessToken = kToken;
    options.seed = 5;
    m_sim = std::make_unique<sim::SimService>(m_clock, options);
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    sim::MediaStore& media = m_sim->simulator().media();
    m_smallBytes = jpeg(480, 360, false);
    m_largeBytes = jpeg(900, 700, true);
    QVERIFY(m_smallBytes.size() < kLimit);
    QVERIFY(m_largeBytes.size() > kLimit);
    m_pdfBytes = sourceFile(QStringLiteral("sim/media/price-list.pdf"));
    const QByteArray voice = sourceFile(QStringLiteral("sim/media/voice.ogg"));
    QVERIFY(!m_pdfBytes.isEmpty() && !voice.isEmpty());
    m_small = media.addGenerated("image/jpeg", m_smallBytes);
    m_large = media.addGenerated("image/jpeg", m_largeBytes);
    m_pdf = media.addGenerated("application/pdf", m_pdfBytes);
    m_voice = media.addGenerated("audio/ogg", voice);
    m_elsewhere = media.addGenerated("image/jpeg", m_smallBytes);

    m_store = openStore(m_clock, m_dir.filePath(QStringLiteral("store-%1.db").arg(m_round)), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
    Event voiceNote = mediaMessage(QStringLiteral("wamid.VOICE"), kContact, kNow - 300, QStringLiteral("audio"),
                                   m_voice, QStringLiteral("audio/ogg; codecs=opus"));
    voiceNote.voice = true;
    QVERIFY2(
        m_store->ingest({message(QStringLiteral("wamid.A"), kContact, kNow - 700, QStringLiteral("hello")),
                         mediaMessage(QStringLiteral("wamid.SMALL"), kContact, kNow - 600, QStringLiteral("image"),
                                      m_small, QStringLiteral("image/jpeg")),
                         mediaMessage(QStringLiteral("wamid.LARGE"), kContact, kNow - 500, QStringLiteral("image"),
                                      m_large, QStringLiteral("image/jpeg")),
                         mediaMessage(QStringLiteral("wamid.PDF"), kContact, kNow - 400, QStringLiteral("document"),
                                      m_pdf, QStringLiteral("application/pdf"), QStringLiteral("prices.pdf")),
                         voiceNote,
                         mediaMessage(QStringLiteral("wamid.ELSEWHERE"), kOther, kNow - 200, QStringLiteral("image"),
                                      m_elsewhere, QStringLiteral("image/jpeg"))},
                        &error),
        qPrintable(error));

    m_mediaDir = m_dir.filePath(QStringLiteral("media-%1").arg(m_round));
    m_endpoint.baseUrl = QUrl(m_sim->baseUrl());
    m_endpoint.phoneNumberId = QStringLiteral("106540352242922");
    m_endpoint.accessToken = kToken;
    m_endpoint.timeoutMs = 10'000;
    m_downloader = std::make_unique<outbound::MediaDownloader>(m_mediaDir);
    m_downloader->setEndpoint(m_endpoint);

    m_drafts = std::make_unique<ui::DraftStore>(m_dir.filePath(QStringLiteral("drafts-%1.json").arg(m_round)));
    m_model = std::make_unique<ThreadModel>(m_store->connection());
    m_model->setMediaCache(m_mediaDir);
    m_pane = std::make_unique<ThreadPane>(m_clock, ui::Theme::light(), m_model.get(), *m_drafts, m_catalog);
    m_pane->setAutoDownloadLimit(kLimit);
    m_pane->resize(800, 900);
    m_pane->show();
    wireDownloads();
}

void TestMediaPreviews::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (qobject_cast<ui::MediaViewer*>(w))
            delete w;
    }
    m_pane.reset();
    m_model.reset();
    m_drafts.reset();
    m_downloader.reset();
    m_store.reset();
    m_sim.reset();
}

void TestMediaPreviews::wireDownloads()
{
    // As the desktop's Workspace wires them: the pane asks, the downloader answers the model.
    outbound::MediaDownloader* d = m_downloader.get();
    ThreadModel* model = m_model.get();
    connect(m_pane.get(), &ThreadPane::mediaAutoDownloadRequested, d, &outbound::MediaDownloader::downloadUpTo);
    connect(m_pane.get(), &ThreadPane::mediaDownloadRequested, d,
            [d](const QString&, const QString& mediaId) { d->download(mediaId); });
    connect(d, &outbound::MediaDownloader::downloaded, model,
            [model](const QString& mediaId) { model->mediaDownloaded(mediaId); });
    connect(d, &outbound::MediaDownloader::failed, model, &ThreadModel::mediaFailed);
    connect(d, &outbound::MediaDownloader::sizeKnown, model, &ThreadModel::mediaSizeKnown);
    connect(d, &outbound::MediaDownloader::skipped, model, &ThreadModel::mediaSkipped);
}

void TestMediaPreviews::openConversation(const QString& key)
{
    store::ConversationSummary s;
    s.contactKey = key;
    s.displayName = QStringLiteral("Maria");
    s.lastCustomerAt = kNow - 300;
    m_pane->showConversation(s);
}

void TestMediaPreviews::clickMedia(const QString& wamid)
{
    ui::ThreadView* view = m_pane->threadView();
    const QModelIndex index = view->model()->index(rowOf(wamid), 0); // the view shows the model through a proxy
    view->scrollTo(index);
    const QRect rowRect = view->visualRect(index);
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = rowRect;
    option.font = view->font();
    const ui::BubbleContent content = ui::BubbleContent::fromIndex(index);
    const auto layout = ui::BubbleLayout::build(content, rowRect.width(), ui::BubbleFonts::from(view->font()));
    QVERIFY(!layout->download.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rowRect.topLeft() + layout->download.center());
}

void TestMediaPreviews::openingAConversationFetchesItsPreviewsWithinTheLimit()
{
    QSignalSpy asked(m_pane.get(), &ThreadPane::mediaAutoDownloadRequested);
    openConversation(kContact);
    // The open conversation's media only: never the other customer's photo.
    QStringList ids;
    for (const QList<QVariant>& call : std::as_const(asked))
        ids << call.at(0).toString();
    QVERIFY(ids.contains(m_small) && ids.contains(m_large) && ids.contains(m_pdf) && ids.contains(m_voice));
    QVERIFY(!ids.contains(m_elsewhere));
    for (const QList<QVariant>& call : std::as_const(asked)) {
        // Previews up to the team's limit; the document is only looked up for its size.
        QCOMPARE(call.at(1).toLongLong(), call.at(0).toString() == m_pdf ? 0 : kLimit);
    }
    QCOMPARE(indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaTransferRole).toInt(),
             int(MediaFiles::Transfer::Loading));

    // The small photo arrives and shows as a preview; the large one keeps Download, with its size.
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    QVERIFY(indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::ThumbnailSizeRole).toSize().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(indexOf(QStringLiteral("wamid.LARGE")).data(ThreadModel::MediaSizeRole).toLongLong(),
                              qint64(m_largeBytes.size()), 10'000);
    const QModelIndex large = indexOf(QStringLiteral("wamid.LARGE"));
    QVERIFY(large.data(ThreadModel::MediaPathRole).toString().isEmpty());
    QCOMPARE(large.data(ThreadModel::MediaTransferRole).toInt(), int(MediaFiles::Transfer::None));
    const ui::BubbleContent c = ui::BubbleContent::fromIndex(large);
    QCOMPARE(ui::BubbleLayout::mediaLinkText(c), QStringLiteral("Download"));
    QCOMPARE(ui::BubbleLayout::mediaDetailText(c), MediaKinds::sizeText(m_largeBytes.size()));
    QVERIFY(!QFile::exists(QDir(m_mediaDir).filePath(m_large)));
    QVERIFY(!QFile::exists(QDir(m_mediaDir).filePath(m_elsewhere)));

    // A click on Download fetches it whole, whatever the limit.
    clickMedia(QStringLiteral("wamid.LARGE"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.LARGE")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    QFile file(QDir(m_mediaDir).filePath(m_large));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_largeBytes);
}

void TestMediaPreviews::cachedMediaAreNotAskedForAgain()
{
    openConversation(kContact);
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.VOICE")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    // Opening it again in this session asks for nothing.
    QSignalSpy asked(m_pane.get(), &ThreadPane::mediaAutoDownloadRequested);
    openConversation(kOther);
    openConversation(kContact);
    QStringList again;
    for (const QList<QVariant>& call : std::as_const(asked))
        again << call.at(0).toString();
    QCOMPARE(again, QStringList{m_elsewhere}); // the other conversation's photo, once it was opened

    // A new session (a restart) asks only for what is not in the cache: never the downloaded files.
    ui::MediaAutoDownload fresh(m_model.get());
    fresh.setLimit(kLimit);
    QSignalSpy freshAsked(&fresh, &ui::MediaAutoDownload::requested);
    fresh.scanAll();
    QStringList asks;
    for (const QList<QVariant>& call : std::as_const(freshAsked))
        asks << call.at(0).toString();
    QVERIFY(!asks.contains(m_small));
    QVERIFY(!asks.contains(m_voice));
    QVERIFY(asks.contains(m_large)); // too large before: still not downloaded
}

void TestMediaPreviews::aFailedDownloadShowsWhyAndRetries()
{
    // The first attempt goes nowhere (nothing listens on the port): the row says why and offers Retry.
    outbound::MediaEndpoint dead = m_endpoint;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        dead.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    }
    m_downloader->setEndpoint(dead);
    openConversation(kContact);
    const auto transfer = [this] {
        return indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaTransferRole).toInt();
    };
    QTRY_COMPARE_WITH_TIMEOUT(transfer(), int(MediaFiles::Transfer::Failed), 10'000);
    const QModelIndex failed = indexOf(QStringLiteral("wamid.SMALL"));
    QVERIFY(!failed.data(ThreadModel::MediaErrorRole).toString().isEmpty());
    const ui::BubbleContent c = ui::BubbleContent::fromIndex(failed);
    QCOMPARE(ui::BubbleLayout::mediaLinkText(c), QStringLiteral("Retry"));
    QCOMPARE(ui::BubbleLayout::mediaDetailText(c), failed.data(ThreadModel::MediaErrorRole).toString());

    // Not retried on its own, not even when the conversation opens again.
    QSignalSpy asked(m_pane.get(), &ThreadPane::mediaAutoDownloadRequested);
    openConversation(kOther);
    openConversation(kContact);
    for (const QList<QVariant>& call : std::as_const(asked))
        QVERIFY(call.at(0).toString() != m_small);
    QCOMPARE(transfer(), int(MediaFiles::Transfer::Failed));

    // The connection is back: Retry fetches it and the preview shows.
    m_downloader->setEndpoint(m_endpoint);
    QSignalSpy manual(m_pane.get(), &ThreadPane::mediaDownloadRequested);
    clickMedia(QStringLiteral("wamid.SMALL"));
    QCOMPARE(manual.size(), 1);
    QCOMPARE(transfer(), int(MediaFiles::Transfer::Loading));
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    QCOMPARE(transfer(), int(MediaFiles::Transfer::None));
    QVERIFY(indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::MediaErrorRole).toString().isEmpty());
}

void TestMediaPreviews::theViewerZoomsSavesAndCloses()
{
    openConversation(kContact);
    QTRY_VERIFY_WITH_TIMEOUT(
        indexOf(QStringLiteral("wamid.SMALL")).data(ThreadModel::ThumbnailSizeRole).toSize().isValid(), 10'000);
    // A click on the preview opens the viewer (not another application).
    clickMedia(QStringLiteral("wamid.SMALL"));
    auto* viewer = m_pane->findChild<ui::MediaViewer*>(QStringLiteral("mediaViewer"));
    QVERIFY(viewer);
    QVERIFY(viewer->isVisible());
    QVERIFY(viewer->isLoaded());
    // It opens fitted to its window as laid out: the 480×360 photo at 100 % (fit never enlarges).
    QVERIFY(viewer->isFitting());
    QCOMPARE(viewer->zoom(), 1.0);

    // Fit shows the whole 480×360 photo without enlarging it; 100 %, then the zoom steps.
    viewer->fitToWindow();
    QVERIFY(viewer->isFitting());
    QVERIFY(viewer->zoom() <= 1.0);
    viewer->actualSize();
    QCOMPARE(viewer->zoom(), 1.0);
    QCOMPARE(viewer->zoomLabel()->text(), QStringLiteral("100 %"));
    viewer->zoomIn();
    QCOMPARE(viewer->zoom(), 1.5);
    viewer->zoomIn();
    QCOMPARE(viewer->zoom(), 2.0);
    viewer->zoomOut();
    QCOMPARE(viewer->zoom(), 1.5);
    for (int i = 0; i < 20; ++i)
        viewer->zoomIn();
    QCOMPARE(viewer->zoom(), ui::MediaViewer::kZoomSteps.last()); // stops at the largest step
    for (int i = 0; i < 20; ++i)
        viewer->zoomOut();
    QCOMPARE(viewer->zoom(), ui::MediaViewer::kZoomSteps.first());
    viewer->actualSize();
    // The wheel steps too, over the picture.
    auto* scroll = viewer->findChild<QScrollArea*>();
    QVERIFY(scroll);
    const QPointF centre = QRectF(scroll->viewport()->rect()).center();
    QWheelEvent up(centre, scroll->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(scroll->viewport(), &up);
    QCOMPARE(viewer->zoom(), 1.5);
    QWheelEvent down(centre, scroll->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(scroll->viewport(), &down);
    QCOMPARE(viewer->zoom(), 1.0);

    // Save as… writes the original file where the agent chose.
    const QString target = m_dir.filePath(QStringLiteral("saved-%1.jpg").arg(m_round));
    QString error;
    QVERIFY2(viewer->saveTo(target, &error), qPrintable(error));
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_smallBytes);
    // Saving over a file replaces it.
    saved.close();
    QVERIFY(saved.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(saved.write("an older file") > 0);
    saved.close();
    QVERIFY2(viewer->saveTo(target, &error), qPrintable(error));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_smallBytes);
    saved.close();
    // A place that cannot be written (its "folder" is the file just saved) says so, naming it
    // once, and the file stays as it was.
    QVERIFY(!viewer->saveTo(m_dir.filePath(QStringLiteral("saved-%1.jpg/photo.jpg").arg(m_round)), &error));
    QVERIFY2(error.count(QStringLiteral("photo.jpg")) == 1, qPrintable(error));
    QCOMPARE(QFileInfo(target).size(), qint64(m_smallBytes.size()));
    // Every control is reachable with Tab.
    QVERIFY(viewer->saveButton()->focusPolicy() & Qt::TabFocus);

    // Esc closes it.
    QPointer<ui::MediaViewer> guard(viewer);
    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    // A file that is not an image says so instead of opening empty.
    const QString junk = m_dir.filePath(QStringLiteral("junk-%1.jpg").arg(m_round));
    QFile j(junk);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("not a picture");
    j.close();
    ui::MediaViewer bad(junk, QStringLiteral("junk.jpg"));
    QVERIFY(!bad.isLoaded());
    QVERIFY(!bad.errorText().isEmpty());
}

void TestMediaPreviews::documentsShowTheirKindAndSize()
{
    openConversation(kContact);
    QTRY_COMPARE_WITH_TIMEOUT(indexOf(QStringLiteral("wamid.PDF")).data(ThreadModel::MediaSizeRole).toLongLong(),
                              qint64(m_pdfBytes.size()), 10'000);
    const QModelIndex pdf = indexOf(QStringLiteral("wamid.PDF"));
    // Looked up, not downloaded: the row offers Download with the name, the kind and the size.
    QVERIFY(pdf.data(ThreadModel::MediaPathRole).toString().isEmpty());
    QCOMPARE(pdf.data(ThreadModel::MediaTransferRole).toInt(), int(MediaFiles::Transfer::None));
    ui::BubbleContent c = ui::BubbleContent::fromIndex(pdf);
    QCOMPARE(ui::BubbleLayout::mediaLabel(c), QStringLiteral("prices.pdf"));
    QCOMPARE(ui::BubbleLayout::mediaLinkText(c), QStringLiteral("Download"));
    QCOMPARE(ui::BubbleLayout::mediaDetailText(c),
             QStringLiteral("PDF document · %1").arg(MediaKinds::sizeText(m_pdfBytes.size())));
    // Downloaded, it opens with the desktop's application and keeps its kind and size.
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    clickMedia(QStringLiteral("wamid.PDF"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.PDF")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    c = ui::BubbleContent::fromIndex(indexOf(QStringLiteral("wamid.PDF")));
    QCOMPARE(ui::BubbleLayout::mediaLinkText(c), QStringLiteral("Open"));
    QCOMPARE(ui::BubbleLayout::mediaDetailText(c),
             QStringLiteral("PDF document · %1").arg(MediaKinds::sizeText(m_pdfBytes.size())));
    clickMedia(QStringLiteral("wamid.PDF"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(opened.urls.size(), 1);
    QCOMPARE(opened.urls.first().toLocalFile(), QDir(m_mediaDir).filePath(m_pdf));
    // The row paints without trouble.
    QVERIFY(!m_pane->threadView()->viewport()->grab().isNull());
}

void TestMediaPreviews::documentKindsByMimeType()
{
    using D = MediaKinds::Document;
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/pdf")), D::Pdf);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/vnd.ms-excel")), D::Sheet);
    QCOMPARE(
        MediaKinds::documentKind(QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        D::Sheet);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("text/csv")), D::Sheet);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("text/plain")), D::Text);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/msword")), D::Text);
    QCOMPARE(MediaKinds::documentKind(
                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
             D::Text);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/zip")), D::Archive);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/x-7z-compressed")), D::Archive);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/vnd.ms-powerpoint")), D::Other);
    QCOMPARE(MediaKinds::documentKind(QString(), QStringLiteral("Report.PDF")), D::Pdf);
    QCOMPARE(MediaKinds::documentKind(QStringLiteral("application/octet-stream"), QStringLiteral("a.xlsx")), D::Sheet);
    QCOMPARE(MediaKinds::documentTag(D::Pdf), QStringLiteral("PDF"));
    QCOMPARE(MediaKinds::documentTag(D::Other), QStringLiteral("FILE"));
    QCOMPARE(MediaKinds::sizeText(-1), QString());
    QCOMPARE(MediaKinds::sizeText(512), QStringLiteral("512 B"));
    QCOMPARE(MediaKinds::sizeText(2048), QStringLiteral("2 KB"));
    QCOMPARE(MediaKinds::sizeText(3 * 1024 * 1024 + 300 * 1024), QStringLiteral("3.3 MB"));
    QCOMPARE(MediaKinds::durationText(3206), QStringLiteral("0:03"));
    QCOMPARE(MediaKinds::durationText(754'000), QStringLiteral("12:34"));
}

void TestMediaPreviews::voiceNotesShowTheirDurationAndPlay()
{
    openConversation(kContact);
    QTRY_VERIFY_WITH_TIMEOUT(
        !indexOf(QStringLiteral("wamid.VOICE")).data(ThreadModel::MediaPathRole).toString().isEmpty(), 10'000);
    const QModelIndex voice = indexOf(QStringLiteral("wamid.VOICE"));
    const QString path = voice.data(ThreadModel::MediaPathRole).toString();
    const ui::BubbleContent c = ui::BubbleContent::fromIndex(voice);
    QVERIFY(ui::BubbleLayout::isPlayable(c));
    QCOMPARE(ui::BubbleLayout::mediaLabel(c), QStringLiteral("Voice message"));
    // The duration comes from the Ogg Opus header and last page, before anything plays.
    ui::VoicePlayer* player = m_pane->voicePlayer();
    const qint64 duration = player->durationMs(m_voice, path);
    QVERIFY2(duration >= 3100 && duration <= 3300, qPrintable(QString::number(duration)));
    QCOMPARE(player->state(m_voice), ui::VoicePlayer::State::Stopped);
    QCOMPARE(MediaKinds::oggOpusDurationMs(QDir(m_mediaDir).filePath(m_small)), qint64(-1)); // not Opus

    // The play button: it plays in the bubble, or, on a computer without sound output, says so and
    // opens the file with the desktop's own player.
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
    QSignalSpy changed(player, &ui::VoicePlayer::changed);
    clickMedia(QStringLiteral("wamid.VOICE"));
    QVERIFY(!changed.isEmpty());
    if (player->error(m_voice).isEmpty()) {
        QCOMPARE(player->state(m_voice), ui::VoicePlayer::State::Playing);
        clickMedia(QStringLiteral("wamid.VOICE"));
        QCOMPARE(player->state(m_voice), ui::VoicePlayer::State::Paused);
        QVERIFY(opened.urls.isEmpty());
    } else {
        QCOMPARE(player->state(m_voice), ui::VoicePlayer::State::Stopped);
        QCOMPARE(opened.urls.size(), 1);
        QCOMPARE(opened.urls.first().toLocalFile(), path);
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    // Another conversation stops it.
    openConversation(kOther);
    QCOMPARE(player->state(m_voice), ui::VoicePlayer::State::Stopped);
    QVERIFY(!m_pane->threadView()->viewport()->grab().isNull());
}

namespace {

bool near(const QColor& a, const QColor& b)
{
    // Video is stored as YUV 4:2:0: a decoded frame's colours are within a few steps of the source.
    return qAbs(a.red() - b.red()) <= 24 && qAbs(a.green() - b.green()) <= 24 && qAbs(a.blue() - b.blue()) <= 24;
}

} // namespace

void TestMediaPreviews::downloadedVideosShowTheirFirstFrame()
{
    const QColor green(0x1e, 0x8e, 0x3e);
    const QColor orange(0xf3, 0x9c, 0x12);
    // A frame covers the poster and is cropped about its centre.
    QImage frame(320, 180, QImage::Format_RGB32);
    frame.fill(orange);
    QPainter(&frame).fillRect(0, 0, 160, 180, green);
    const QImage square = ui::VideoPosters::posterOf(frame, QSize(120, 120));
    QCOMPARE(square.size(), QSize(120, 120));
    QCOMPARE(square.pixelColor(2, 60), green);
    QCOMPARE(square.pixelColor(117, 60), orange);
    QVERIFY(ui::VideoPosters::posterOf(QImage(), QSize(10, 10)).isNull());

    // The simulator's clip (left half green, right half orange) decoded by Qt Multimedia, and a
    // file that is no video.
    const QString clip = m_dir.filePath(QStringLiteral("clip-%1.mp4").arg(m_round));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage-%1.mp4").arg(m_round));
    for (const auto& [path, bytes] : {std::pair{clip, sourceFile(QStringLiteral("sim/media/clip.mp4"))},
                                      std::pair{garbage, QByteArray(4096, 'x')}}) {
        QFile file(path);
        QVERIFY(!bytes.isEmpty() && file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QSize size(240, 135);
    ui::VideoPosters posters;
    QSignalSpy ready(&posters, &ui::VideoPosters::ready);
    QVERIFY(posters.find(clip, size).isNull());
    QVERIFY(posters.find(garbage, size).isNull());
    QCOMPARE(posters.pending(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 20'000);
    QCOMPARE(posters.pending(), 0);
    const QImage poster = posters.find(clip, size);
    QVERIFY2(!poster.isNull(), "the clip gave no frame");
    QCOMPARE(poster.size(), size);
    QVERIFY2(near(poster.pixelColor(30, 67), green), qPrintable(poster.pixelColor(30, 67).name()));
    QVERIFY2(near(poster.pixelColor(210, 67), orange), qPrintable(poster.pixelColor(210, 67).name()));
    QVERIFY(posters.failed(garbage, size));
    QVERIFY(posters.find(garbage, size).isNull());
    QCOMPARE(posters.pending(), 0); // a failed file is not tried again
    QVERIFY(!posters.failed(clip, size));
}

void TestMediaPreviews::fiftyPhotosOpenWithoutDecodingOnTheUiThread()
{
    // 50 photos already in the cache (1600×1200, as phones send them), in a conversation of their own.
    const QString key = QStringLiteral("5511987654321");
    QVERIFY(QDir().mkpath(m_mediaDir));
    const QByteArray photo = jpeg(1600, 1200, true);
    QList<Event> events;
    for (int i = 0; i < 50; ++i) {
        const QString id = QStringLiteral("90000%1").arg(i);
        QFile f(QDir(m_mediaDir).filePath(id));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(photo);
        events << mediaMessage(QStringLiteral("wamid.P%1").arg(i), key, kNow - 1000 + i, QStringLiteral("image"), id,
                               QStringLiteral("image/jpeg"));
    }
    QString error;
    QVERIFY2(m_store->ingest(events, &error), qPrintable(error));
    m_model->setMediaCache(m_mediaDir);

    ui::ThumbnailLoader* thumbs = m_pane->thumbnails();
    const int before = thumbs->decodesStarted();
    openConversation(key);
    m_pane->threadView()->doItemsLayout();
    QVERIFY(!m_pane->threadView()->viewport()->grab().isNull()); // paints the visible previews now
    // The paint returned with the decodes still queued on the loader's threads.
    const int started = thumbs->decodesStarted() - before;
    QVERIFY(started > 0);
    QCOMPARE(thumbs->pending(), started);
    // They arrive through the event loop and repaint; painting again decodes nothing more.
    thumbs->waitForDone();
    QTRY_COMPARE(thumbs->pending(), 0);
    QVERIFY(!m_pane->threadView()->viewport()->grab().isNull());
    QCOMPARE(thumbs->decodesStarted() - before, started);
    const QModelIndex last = indexOf(QStringLiteral("wamid.P49"));
    const QSize shown = last.data(ThreadModel::ThumbnailSizeRole).toSize();
    QVERIFY(shown.width() <= MediaFiles::kThumbnailMax && shown.height() <= MediaFiles::kThumbnailMax);
}

void TestMediaPreviews::theSimulatorSendsRealFiles()
{
    sim::Simulator& sim = m_sim->simulator();
    // A photo of the size the scenario asks for, still a photo.
    const QByteArray photo = sim.sampleMedia("image/jpeg", 1'250'000);
    QCOMPARE(photo.size(), 1'250'000);
    const QImage image = QImage::fromData(photo, "JPEG");
    QCOMPARE(image.size(), QSize(1280, 960));
    QVERIFY(sim.sampleMedia("image/jpeg", -1).size() < 300'000);                            // as drawn
    QCOMPARE(sim.sampleMedia("image/jpeg", 50'000'000).size(), qsizetype(5 * 1024 * 1024)); // the image limit
    // A voice note in WhatsApp's format, and a PDF.
    const QString voice = m_dir.filePath(QStringLiteral("voice-%1.ogg").arg(m_round));
    QFile v(voice);
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write(sim.sampleMedia("audio/ogg; codecs=opus", -1));
    v.close();
    const qint64 ms = MediaKinds::oggOpusDurationMs(voice);
    QVERIFY2(ms > 3000 && ms < 3500, qPrintable(QString::number(ms)));
    QVERIFY(sim.sampleMedia("application/pdf", -1).startsWith("%PDF-"));
    const QByteArray clip = sim.sampleMedia("video/mp4", -1);
    QCOMPARE(clip.mid(4, 4), QByteArray("ftyp"));         // an MP4 file
    QVERIFY(sim.sampleMedia("image/webp", -1).isEmpty()); // random bytes stand in
}

int main(int argc, char** argv)
{
    // As duet does (desktop/main.cpp): Qt Multimedia's FFmpeg backend plays and decodes the media.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestMediaPreviews test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestMediaPreviews.moc"
