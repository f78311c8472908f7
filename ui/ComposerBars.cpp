// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's bars.
#include "ComposerBars.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace duet::ui {
namespace {

QToolButton* closeButton(QWidget* parent, const QString& name)
{
    auto* b = new QToolButton(parent);
    b->setText(QStringLiteral("✕"));
    b->setAutoRaise(true);
    b->setAccessibleName(name);
    b->setToolTip(name);
    return b;
}

void tint(QWidget* w, const QColor& colour)
{
    w->setAutoFillBackground(true);
    QPalette pal = w->palette();
    pal.setColor(QPalette::Window, colour);
    w->setPalette(pal);
}

} // namespace

QuoteBar::QuoteBar(QWidget* parent)
    : QWidget(parent)
    , m_author(new QLabel(this))
    , m_excerpt(new QLabel(this))
{
    setAccessibleName(tr("Reply to"));
    QFont bold = font();
    bold.setBold(true);
    m_author->setFont(bold);
    m_excerpt->setTextFormat(Qt::PlainText);
    m_author->setTextFormat(Qt::PlainText);
    m_excerpt->setMinimumWidth(40);
    auto* close = closeButton(this, tr("Cancel the reply (Esc)"));
    auto* bar = new QWidget(this);
    bar->setFixedWidth(3);
    tint(bar, palette().color(QPalette::Highlight));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(0);
    texts->addWidget(m_author);
    texts->addWidget(m_excerpt);
    layout->addLayout(texts, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QuoteBar::cancelled);
}

void QuoteBar::setQuote(const QString& author, const QString& excerpt)
{
    m_author->setText(tr("Reply to %1").arg(author));
    const QString line = excerpt.simplified();
    m_excerpt->setText(line.size() > 120 ? line.left(119) + QStringLiteral("…") : line);
}

QString QuoteBar::text() const
{
    return m_author->text() + QLatin1Char('\n') + m_excerpt->text();
}

AttachmentChip::AttachmentChip(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_remove(closeButton(this, tr("Remove the attachment")))
{
    setAccessibleName(tr("Attachment"));
    m_label->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->hide();
    m_status->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_remove);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    connect(m_remove, &QToolButton::clicked, this, &AttachmentChip::removed);
}

QString AttachmentChip::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void AttachmentChip::setFile(const QString& name, qint64 size)
{
    m_label->setText(tr("%1 · %2").arg(name, sizeText(size)));
    m_status->hide();
    m_progress->hide();
    m_progress->setValue(0);
}

void AttachmentChip::setUploading(bool uploading)
{
    m_progress->setVisible(uploading);
    m_remove->setEnabled(!uploading);
    if (uploading) {
        m_status->setText(tr("Uploading…"));
        m_status->show();
        m_progress->setValue(0);
    }
}

void AttachmentChip::setProgress(qint64 done, qint64 total)
{
    m_progress->show();
    m_progress->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(1000))) : 0);
    m_status->setText(total > 0 ? tr("Uploading… %1 of %2").arg(sizeText(done), sizeText(total)) : tr("Uploading…"));
    m_status->show();
}

void AttachmentChip::setFailed(const QString& message)
{
    m_progress->hide();
    m_remove->setEnabled(true);
    m_status->setText(tr("Upload failed: %1. Send again to retry.").arg(message));
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, QColor(0xd9, 0x3a, 0x3a));
    m_status->setPalette(pal);
    m_status->show();
}

QString AttachmentChip::text() const
{
    return m_label->text() + (m_status->isVisibleTo(this) ? QLatin1Char('\n') + m_status->text() : QString());
}

WarningBar::WarningBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setAccessibleName(tr("Send warning"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    tint(this, QColor(0xfd, 0xf0, 0xc8));
    QPalette pal = m_text->palette();
    pal.setColor(QPalette::WindowText, QColor(0x5a, 0x45, 0x00));
    m_text->setPalette(pal);
    auto* anyway = new QPushButton(tr("Send anyway"), this);
    anyway->setToolTip(tr("Send anyway (Ctrl+Enter)"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(anyway);
    layout->addWidget(cancel);
    connect(anyway, &QPushButton::clicked, this, &WarningBar::sendAnyway);
    connect(cancel, &QPushButton::clicked, this, &WarningBar::cancelled);
}

void WarningBar::setText(const QString& text)
{
    m_text->setText(text);
}

QString WarningBar::text() const
{
    return m_text->text();
}

} // namespace duet::ui
