// SPDX-License-Identifier: GPL-3.0-or-later
// The bars above the composer's text: the quoted reply, the attachment chip, the send warning.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace duet::ui {

/// "Replying to <author>: <excerpt>" with a close button (Esc in the composer does the same).
class QuoteBar : public QWidget
{
    Q_OBJECT
public:
    explicit QuoteBar(QWidget* parent = nullptr);
    void setQuote(const QString& author, const QString& excerpt);
    QString text() const;

signals:
    void cancelled();

private:
    QLabel* m_author;
    QLabel* m_excerpt;
};

/// One attachment: file name and size, a progress bar while it uploads, a failure when it did
/// not, and a remove button.
class AttachmentChip : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentChip(QWidget* parent = nullptr);
    void setFile(const QString& name, qint64 size);
    void setProgress(qint64 done, qint64 total);
    void setFailed(const QString& message);
    void setUploading(bool uploading);
    QString text() const;
    static QString sizeText(qint64 bytes);

signals:
    void removed();

private:
    QLabel* m_label;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_remove;
};

/// "Sent from the phone app 40 s ago: “…”. Send anyway?" with Send anyway and Cancel.
class WarningBar : public QWidget
{
    Q_OBJECT
public:
    explicit WarningBar(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const;

signals:
    void sendAnyway();
    void cancelled();

private:
    QLabel* m_text;
};

} // namespace duet::ui
