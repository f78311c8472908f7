// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook decoder's test class (declared apart: moc misreads the raw JSON literals of its cases).
#pragma once

#include "WebhookSamples.h"

#include <QObject>

/// WebhookDecoder: one POST body in, Duet's ordered events out (docs/EVENTS.md).
class TestWebhookDecoder : public QObject
{
    Q_OBJECT
private:
    void addSampleRows(const QList<duet::test::WebhookSample>& samples);
    /// Compares the decoded body with its snapshot (or rewrites it under DUET_UPDATE_SNAPSHOTS=1).
    void compareWithSnapshot(const QByteArray& body, const QString& snapshotBase);
private slots:
    // Snapshots --------------------------------------------------------------------------------
    void goodFixtures_data();
    void goodFixtures();
    void brokenFixtures_data();
    void brokenFixtures();
    void fixturesExist();
    void pywaFixtures_data();
    void pywaFixtures();
    void pywaFixturesAreInvalidOnlyWhereTheItemNamesNoCustomer();
    // Mapping rules ----------------------------------------------------------------------------
    void mapping_data();
    void mapping();
    void historyDirectionFollowsFromAndFromMe();
    void historyStatusIsLowerCasedWhateverItsCase_data();
    void historyStatusIsLowerCasedWhateverItsCase();
    // Identity ---------------------------------------------------------------------------------
    void identifiers_data();
    void identifiers();
    void identifierLengthsAreBounded_data();
    void identifierLengthsAreBounded();
    // Order ------------------------------------------------------------------------------------
    void eventsFollowDocumentOrderAndTheFixedOrderWithinAValue();
    void anInvalidMessageDoesNotStopTheRest();
    // Text is byte-exact -----------------------------------------------------------------------
    void textIsKeptExactly_data();
    void textIsKeptExactly();
    // Limits and failures ------------------------------------------------------------------------
    void failures_data();
    void failures();
    void notJsonNamesTheOffset();
    void exactlyTheLimitsAreAccepted();
    void bracketsAndQuotesInsideStringsDoNotCountAsNesting();
    void aHugeArrayIsCutAtTheLimitWithAnInvalidEvent();
    void theEventLimitEndsWithAnInvalidEvent();
    // JSON form ----------------------------------------------------------------------------------
    void everyFixtureEventSurvivesItsJsonForm();
    void eventFromJsonRefusesWrongTypes_data();
    void eventFromJsonRefusesWrongTypes();
};
