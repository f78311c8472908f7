// SPDX-License-Identifier: GPL-3.0-or-later
// The full-size image viewer: zoom by wheel, keys and buttons, Save as…, Esc closes.
#pragma once

#include <QDialog>
#include <QImage>
#include <QString>

class QLabel;
class QScrollArea;
class QToolButton;

namespace duet::ui {

class MediaViewerCanvas;

/// Shows one downloaded image at full size in its own window. Zoom steps through kZoomSteps
/// (10 % to 800 %) with the wheel (Ctrl not needed), `+`/`-` (and Ctrl++/Ctrl+-), `F` fits the
/// window, `1` (and Ctrl+0) shows 100 %; the toolbar has the same buttons, each reachable with
/// Tab. Save as… copies the original file (not the scaled pixels) where the agent chooses. Esc
/// closes. An image that cannot be read says so instead of opening empty.
/// Usage: `auto* v = new MediaViewer(path, title, parent); v->show();`
class MediaViewer : public QDialog
{
    Q_OBJECT
public:
    static const QList<double> kZoomSteps;

    MediaViewer(const QString& path, const QString& title, QWidget* parent = nullptr);

    bool isLoaded() const { return !m_image.isNull(); }
    QString errorText() const { return m_error; }
    double zoom() const { return m_zoom; }
    bool isFitting() const { return m_fit; }
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    /// Copies the file to `target`; false with *error when it could not (an existing file is replaced).
    bool saveTo(const QString& target, QString* error) const;
    /// Asks where to save (a file dialog), then saveTo(); says so when it fails.
    void saveAs();
    QToolButton* saveButton() const { return m_save; }
    QLabel* zoomLabel() const { return m_zoomLabel; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setZoom(double zoom);
    void applyFit();
    void updateLabel();

    QString m_path;
    QImage m_image;
    QString m_error;
    QString m_suffix; ///< the image format's usual suffix, for the suggested file name
    double m_zoom = 1.0;
    bool m_fit = true;
    QScrollArea* m_scroll;
    MediaViewerCanvas* m_canvas;
    QLabel* m_zoomLabel;
    QToolButton* m_save;
};

} // namespace duet::ui
