// SPDX-License-Identifier: GPL-3.0-or-later
// The message details test class (declared apart: moc misreads the raw JSON literals of its cases).
#pragma once

#include <QObject>

/// The decoder's message details (docs/EVENTS.md, "Message details").
class TestMessageDetails : public QObject
{
    Q_OBJECT
private slots:
    void location();
    void locationCoordinatesMayBeStrings();
    void brokenLocationsKeepTheMessage_data();
    void brokenLocationsKeepTheMessage();
    void contactCards();
    void brokenContactCardsKeepTheMessage();
    void replies_data();
    void replies();
    void brokenRepliesKeepTheMessage_data();
    void brokenRepliesKeepTheMessage();
    void order();
    void brokenOrdersKeepTheMessage();
    void productInquiry();
    void referralOnAnyMessage();
    void echoesAndHistoryGetTheSameDetails();
    void plainMessagesHaveNoDetails();
    void detailsTravelAsAnObjectInTheJsonForm();
};
