// SPDX-License-Identifier: GPL-3.0-or-later
// The message details view test class (declared apart: moc misreads the raw JSON literals of its cases).
#pragma once

#include "FakeClock.h"
#include "outbound/OutboxStore.h"
#include "store/ConversationQuery.h"
#include "store/Store.h"
#include "ui/DraftStore.h"
#include "ui/TemplateCatalog.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadPane.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// Records what `https` handlers receive (QDesktopServices::setUrlHandler()).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

class TestMessageDetailsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelRolesCarryTheDetails();
    void eachTypeIsPaintedWhole_data();
    void eachTypeIsPaintedWhole();
    void theMapLinkOpensOpenStreetMap();
    void aSharedNumberAsksForItsConversation();
    void theContextMenuOffersTheLinks();
    void agentsSeeEditedAndDeletedOnly();
    void supervisorsAlsoSeeTheOriginals();
    void theConversationListShowsAOneLinerPerType();

private:
    duet::store::ConversationSummary summaryOf(const QString& contact) const;
    /// Shows `contact`'s conversation, saves its PNG as `name`, and returns what was painted.
    QString paintThread(const QString& contact, const QString& name);
    QModelIndex onlyRow(const QString& contact);

    QTemporaryDir m_dir;
    QString m_scratch;
    duet::test::FakeClock m_clock;
    duet::ui::JsonTemplateCatalog m_catalog;
    std::unique_ptr<duet::store::Store> m_store;
    std::unique_ptr<duet::outbound::OutboxStore> m_outbox;
    std::unique_ptr<duet::ui::DraftStore> m_drafts;
    std::unique_ptr<duet::ui::ThreadModel> m_model;
    std::unique_ptr<duet::ui::ThreadPane> m_pane;
    int m_round = 0;
};
