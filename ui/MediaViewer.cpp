// SPDX-License-Identifier: GPL-3.0-or-later
// The full-size image viewer: zoom by wheel, keys and buttons, Save as…, Esc closes.
#include "MediaViewer.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace duet::ui {

/// Paints the image at the viewer's zoom; its size is the zoomed image's, so the scroll area scrolls.
class MediaViewerCanvas : public QWidget
{
public:
    explicit MediaViewerCanvas(QWidget* parent)
        : QWidget(parent)
    {}
    void setImage(const QImage& image, double zoom)
    {
        m_image = image;
        m_zoom = zoom;
        resize(QSize(qMax(1, qRound(image.width() * zoom)), qMax(1, qRound(image.height() * zoom))));
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 1.0);
        p.drawImage(rect(), m_image);
    }

private:
    QImage m_image;
    double m_zoom = 1.0;
};

const QList<double> MediaViewer::kZoomSteps = {0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0};

MediaViewer::MediaViewer(const QString& path, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_scroll(new QScrollArea(this))
    , m_canvas(new MediaViewerCanvas(m_scroll))
    , m_zoomLabel(new QLabel(this))
    , m_save(new QToolButton(this))
{
    setWindowTitle(title.isEmpty() ? tr("Photo") : title);
    setAttribute(Qt::WA_DeleteOnClose);
    QImageReader reader(path);
    reader.setAutoTransform(true);
    m_image = reader.read();
    m_suffix = QString::fromLatin1(reader.format());
    if (m_image.isNull())
        m_error = tr("This image cannot be shown: %1").arg(reader.errorString());

    auto* bar = new QHBoxLayout;
    const auto button = [this, bar](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        b->setFocusPolicy(Qt::StrongFocus);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(QStringLiteral("−"), tr("Zoom out (-)"), &MediaViewer::zoomOut);
    button(QStringLiteral("+"), tr("Zoom in (+)"), &MediaViewer::zoomIn);
    button(tr("Fit"), tr("Fit to the window (F)"), &MediaViewer::fitToWindow);
    button(tr("100%"), tr("Actual size (1)"), &MediaViewer::actualSize);
    bar->addWidget(m_zoomLabel);
    bar->addStretch(1);
    m_save->setText(tr("Save as…"));
    m_save->setToolTip(tr("Save a copy of the file (Ctrl+S)"));
    m_save->setAccessibleName(m_save->toolTip());
    m_save->setFocusPolicy(Qt::StrongFocus);
    connect(m_save, &QToolButton::clicked, this, &MediaViewer::saveAs);
    bar->addWidget(m_save);
    auto* close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Esc)"));
    close->setFocusPolicy(Qt::StrongFocus);
    connect(close, &QToolButton::clicked, this, &QDialog::reject);
    bar->addWidget(close);

    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    if (m_image.isNull()) {
        auto* error = new QLabel(m_error, this);
        error->setWordWrap(true);
        layout->addWidget(error, 1);
        m_scroll->hide();
        m_save->setEnabled(QFileInfo::exists(path));
    } else {
        layout->addWidget(m_scroll, 1);
    }

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Plus), &MediaViewer::zoomIn);
    shortcut(QKeySequence(Qt::Key_Equal), &MediaViewer::zoomIn);
    shortcut(QKeySequence::ZoomIn, &MediaViewer::zoomIn);
    shortcut(QKeySequence(Qt::Key_Minus), &MediaViewer::zoomOut);
    shortcut(QKeySequence::ZoomOut, &MediaViewer::zoomOut);
    shortcut(QKeySequence(Qt::Key_F), &MediaViewer::fitToWindow);
    shortcut(QKeySequence(Qt::Key_1), &MediaViewer::actualSize);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), &MediaViewer::actualSize);
    shortcut(QKeySequence::Save, &MediaViewer::saveAs);
    resize(900, 680);
    m_scroll->setFocus();
    applyFit();
}

void MediaViewer::setZoom(double zoom)
{
    m_zoom = qBound(kZoomSteps.first(), zoom, kZoomSteps.last());
    if (!m_image.isNull())
        m_canvas->setImage(m_image, m_zoom);
    updateLabel();
}

void MediaViewer::updateLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
}

void MediaViewer::zoomIn()
{
    m_fit = false;
    for (double step : kZoomSteps) {
        if (step > m_zoom + 1e-6) {
            setZoom(step);
            return;
        }
    }
    setZoom(kZoomSteps.last());
}

void MediaViewer::zoomOut()
{
    m_fit = false;
    for (auto it = kZoomSteps.crbegin(); it != kZoomSteps.crend(); ++it) {
        if (*it < m_zoom - 1e-6) {
            setZoom(*it);
            return;
        }
    }
    setZoom(kZoomSteps.first());
}

void MediaViewer::fitToWindow()
{
    m_fit = true;
    applyFit();
}

void MediaViewer::applyFit()
{
    if (m_image.isNull()) {
        updateLabel();
        return;
    }
    const QSize room = m_scroll->viewport()->size() - QSize(2, 2);
    const double fit = qMin(double(room.width()) / m_image.width(), double(room.height()) / m_image.height());
    // Fit never enlarges a small image past 100 %.
    m_zoom = qBound(kZoomSteps.first(), qMin(1.0, fit), 1.0);
    m_canvas->setImage(m_image, m_zoom);
    updateLabel();
}

void MediaViewer::actualSize()
{
    m_fit = false;
    setZoom(1.0);
}

bool MediaViewer::saveTo(const QString& target, QString* error) const
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return true;
    // Written beside the target and renamed over it only when whole: a file it replaces is kept
    // when the save fails (a full disk, a folder that is not one).
    const QString shown = QDir::toNativeSeparators(target);
    QFile source(m_path);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot save %1: %2").arg(shown, source.errorString());
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot save %1: %2").arg(shown, file.errorString());
        return false;
    }
    QByteArray chunk;
    while (!(chunk = source.read(1 << 16)).isEmpty()) {
        if (file.write(chunk) != chunk.size())
            break;
    }
    if (source.error() != QFileDevice::NoError) {
        file.cancelWriting();
        *error = tr("Cannot save %1: %2").arg(shown, source.errorString());
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot save %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

void MediaViewer::saveAs()
{
    QString name = windowTitle();
    if (QFileInfo(name).suffix().isEmpty() && !m_suffix.isEmpty())
        name += QLatin1Char('.') + m_suffix;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(name);
    const QString target = QFileDialog::getSaveFileName(this, tr("Save as"), suggested);
    if (target.isEmpty())
        return;
    QString error;
    if (!saveTo(target, &error))
        QMessageBox::warning(this, tr("Save as"), error);
}

void MediaViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fit)
        applyFit();
}

bool MediaViewer::eventFilter(QObject* watched, QEvent* event)
{
    // Fit follows the picture's room as the window is laid out and resized.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fit)
        applyFit();
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->angleDelta().y() > 0)
            zoomIn();
        else if (wheel->angleDelta().y() < 0)
            zoomOut();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace duet::ui
