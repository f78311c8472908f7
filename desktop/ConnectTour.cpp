// SPDX-License-Identifier: GPL-3.0-or-later
// `duet --single-seat --screenshot FILE`: the Connect wizard walked page by page, one picture per page.
#include "ConnectTour.h"

#include "CommandLine.h"
#include "SingleSeat.h"
#include "ui/ConnectWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QTimer>

namespace duet::desktop {

ConnectTour::ConnectTour(SingleSeat& seat, const QString& file, QObject* parent)
    : QObject(parent)
    , m_seat(seat)
    , m_base(file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? file.chopped(4) : file)
{
    connect(&seat, &SingleSeat::wizardShown, this, [this] {
        ui::ConnectWizard* wizard = m_seat.wizard();
        connect(wizard, &QWizard::currentIdChanged, this,
                [this] { QTimer::singleShot(0, this, &ConnectTour::settle); });
        connect(&wizard->check(), &onboarding::NumberCheck::finished, this,
                [this] { QTimer::singleShot(0, this, &ConnectTour::settle); });
        QTimer::singleShot(0, this, &ConnectTour::settle);
    });
}

QString ConnectTour::pathFor(int page) const
{
    return QStringLiteral("%1-%2.png").arg(m_base).arg(page);
}

void ConnectTour::settle()
{
    ui::ConnectWizard* wizard = m_seat.wizard();
    if (!wizard || wizard->isChecking() || m_shot > wizard->currentId())
        return; // the checks are still asking Meta, or this page is pictured already
    if (wizard->currentId() == ui::ConnectWizard::WebhookPage) {
        if (auto* done = wizard->findChild<QCheckBox*>(QStringLiteral("webhookDone")))
            done->setChecked(true); // as a person does once Meta's dashboard shows it verified
    }
    capture();
}

void ConnectTour::capture()
{
    ui::ConnectWizard* wizard = m_seat.wizard();
    const int page = wizard->currentId();
    m_shot = page + 1;
    const QString path = pathFor(m_shot);
    if (!wizard->grab().save(path, "PNG")) {
        printLine(stderr, QApplication::translate("duet", "Cannot write the screenshot %1").arg(path));
        QApplication::exit(1);
        return;
    }
    if (page == ui::ConnectWizard::ImportPage) {
        QApplication::exit(0);
        return;
    }
    if (!wizard->currentPage()->isComplete() || !wizard->validateCurrentPage()) {
        printLine(
            stderr,
            QApplication::translate("duet", "The Connect wizard stopped at page %1: see %2").arg(m_shot).arg(path));
        QApplication::exit(1);
        return;
    }
    wizard->next();
}

} // namespace duet::desktop
