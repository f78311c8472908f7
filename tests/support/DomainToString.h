// SPDX-License-Identifier: GPL-3.0-or-later
// QTest::toString for Duet's enums, so that a failing QCOMPARE prints "OutboxState::Sent", not nothing.
#pragma once

// Qt Test finds these by argument-dependent lookup: each overload sits in its type's namespace.
// Enums declared with Q_ENUM (SyncClient::State, Composer::Mode, ...) print their names already.
// A switch without default: a new enumerator that is missing here is a compiler warning (an error
// in CI), so the names stay complete.

#include <QByteArray>

#define DUET_ENUM_NAME(enumerator)                                                                                     \
    case enumerator:                                                                                                   \
        return qstrdup(#enumerator)

// The app/ types every test can see.
#include "cloudapi/ApiError.h"
#include "cloudapi/GraphRequests.h"
#include "cloudapi/JsonDom.h"
#include "cloudapi/MediaLimits.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/CustomerId.h"
#include "core/Event.h"
#include "core/PhoneFormat.h"
#include "core/SendScheduler.h"
#include "core/ServiceWindow.h"
#include "onboarding/NumberFacts.h"
#include "outbound/CampaignCsv.h"
#include "outbound/OutboxTypes.h"
#include "outbound/WindowGate.h"
#include "sync/Protocol.h"

namespace duet {

inline char* toString(EventKind value)
{
    switch (value) {
        DUET_ENUM_NAME(EventKind::Message);
        DUET_ENUM_NAME(EventKind::Echo);
        DUET_ENUM_NAME(EventKind::History);
        DUET_ENUM_NAME(EventKind::Status);
        DUET_ENUM_NAME(EventKind::Contact);
        DUET_ENUM_NAME(EventKind::HistoryProgress);
        DUET_ENUM_NAME(EventKind::HistoryDeclined);
        DUET_ENUM_NAME(EventKind::Account);
        DUET_ENUM_NAME(EventKind::Error);
        DUET_ENUM_NAME(EventKind::Unknown);
        DUET_ENUM_NAME(EventKind::Invalid);
        DUET_ENUM_NAME(EventKind::IdentityChange);
        DUET_ENUM_NAME(EventKind::TemplateStatus);
        DUET_ENUM_NAME(EventKind::Preference);
    }
    return qstrdup(QByteArray("EventKind(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(Origin value)
{
    switch (value) {
        DUET_ENUM_NAME(Origin::Customer);
        DUET_ENUM_NAME(Origin::App);
        DUET_ENUM_NAME(Origin::History);
    }
    return qstrdup(QByteArray("Origin(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(SendScheduler::Lane value)
{
    switch (value) {
        DUET_ENUM_NAME(SendScheduler::Lane::Live);
        DUET_ENUM_NAME(SendScheduler::Lane::Bulk);
    }
    return qstrdup(QByteArray("SendScheduler::Lane(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(SendScheduler::PauseReason value)
{
    switch (value) {
        DUET_ENUM_NAME(SendScheduler::PauseReason::None);
        DUET_ENUM_NAME(SendScheduler::PauseReason::RetryAfter);
        DUET_ENUM_NAME(SendScheduler::PauseReason::WabaRateLimit);
        DUET_ENUM_NAME(SendScheduler::PauseReason::AppRateLimit);
        DUET_ENUM_NAME(SendScheduler::PauseReason::Maintenance);
        DUET_ENUM_NAME(SendScheduler::PauseReason::UsageLimit);
    }
    return qstrdup(QByteArray("SendScheduler::PauseReason(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(ServiceWindow::State value)
{
    switch (value) {
        DUET_ENUM_NAME(ServiceWindow::State::None);
        DUET_ENUM_NAME(ServiceWindow::State::Open);
        DUET_ENUM_NAME(ServiceWindow::State::Closing);
        DUET_ENUM_NAME(ServiceWindow::State::Closed);
    }
    return qstrdup(QByteArray("ServiceWindow::State(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(PhoneFormat::Problem value)
{
    switch (value) {
        DUET_ENUM_NAME(PhoneFormat::Problem::None);
        DUET_ENUM_NAME(PhoneFormat::Problem::Empty);
        DUET_ENUM_NAME(PhoneFormat::Problem::NotANumber);
        DUET_ENUM_NAME(PhoneFormat::Problem::NoCountryCode);
        DUET_ENUM_NAME(PhoneFormat::Problem::InvalidCountryCode);
        DUET_ENUM_NAME(PhoneFormat::Problem::TooShort);
        DUET_ENUM_NAME(PhoneFormat::Problem::TooLong);
        DUET_ENUM_NAME(PhoneFormat::Problem::NotInUse);
    }
    return qstrdup(QByteArray("PhoneFormat::Problem(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(CustomerId::Kind value)
{
    switch (value) {
        DUET_ENUM_NAME(CustomerId::Kind::None);
        DUET_ENUM_NAME(CustomerId::Kind::Phone);
        DUET_ENUM_NAME(CustomerId::Kind::Bsuid);
        DUET_ENUM_NAME(CustomerId::Kind::ParentBsuid);
        DUET_ENUM_NAME(CustomerId::Kind::Username);
    }
    return qstrdup(QByteArray("CustomerId::Kind(" + QByteArray::number(int(value)) + ")").constData());
}
} // namespace duet

namespace duet::cloudapi {

inline char* toString(MediaKind value)
{
    switch (value) {
        DUET_ENUM_NAME(MediaKind::Image);
        DUET_ENUM_NAME(MediaKind::Video);
        DUET_ENUM_NAME(MediaKind::Audio);
        DUET_ENUM_NAME(MediaKind::Document);
        DUET_ENUM_NAME(MediaKind::Sticker);
    }
    return qstrdup(QByteArray("MediaKind(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(MediaCheck::Problem value)
{
    switch (value) {
        DUET_ENUM_NAME(MediaCheck::Problem::None);
        DUET_ENUM_NAME(MediaCheck::Problem::Empty);
        DUET_ENUM_NAME(MediaCheck::Problem::UnsupportedType);
        DUET_ENUM_NAME(MediaCheck::Problem::TooLarge);
    }
    return qstrdup(QByteArray("MediaCheck::Problem(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(ErrorCategory value)
{
    switch (value) {
        DUET_ENUM_NAME(ErrorCategory::Throttled);
        DUET_ENUM_NAME(ErrorCategory::PairLimited);
        DUET_ENUM_NAME(ErrorCategory::WindowClosed);
        DUET_ENUM_NAME(ErrorCategory::Auth);
        DUET_ENUM_NAME(ErrorCategory::Permanent);
        DUET_ENUM_NAME(ErrorCategory::Transient);
        DUET_ENUM_NAME(ErrorCategory::Unknown);
    }
    return qstrdup(QByteArray("ErrorCategory(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(AcceptedStatus value)
{
    switch (value) {
        DUET_ENUM_NAME(AcceptedStatus::Unspecified);
        DUET_ENUM_NAME(AcceptedStatus::Accepted);
        DUET_ENUM_NAME(AcceptedStatus::HeldForQualityAssessment);
        DUET_ENUM_NAME(AcceptedStatus::Paused);
        DUET_ENUM_NAME(AcceptedStatus::Other);
    }
    return qstrdup(QByteArray("AcceptedStatus(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(RetryHintSource value)
{
    switch (value) {
        DUET_ENUM_NAME(RetryHintSource::None);
        DUET_ENUM_NAME(RetryHintSource::RetryAfterHeader);
        DUET_ENUM_NAME(RetryHintSource::BusinessUseCase);
        DUET_ENUM_NAME(RetryHintSource::AppUsage);
    }
    return qstrdup(QByteArray("RetryHintSource(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(JsonDom::Error value)
{
    switch (value) {
        DUET_ENUM_NAME(JsonDom::Error::None);
        DUET_ENUM_NAME(JsonDom::Error::Syntax);
        DUET_ENUM_NAME(JsonDom::Error::TooDeep);
    }
    return qstrdup(QByteArray("JsonDom::Error(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(RequestProblem value)
{
    switch (value) {
        DUET_ENUM_NAME(RequestProblem::None);
        DUET_ENUM_NAME(RequestProblem::InvalidApiVersion);
        DUET_ENUM_NAME(RequestProblem::InvalidPhoneNumberId);
        DUET_ENUM_NAME(RequestProblem::InvalidRecipient);
        DUET_ENUM_NAME(RequestProblem::InvalidUserId);
        DUET_ENUM_NAME(RequestProblem::TemplateNeedsPhone);
        DUET_ENUM_NAME(RequestProblem::MissingClientId);
        DUET_ENUM_NAME(RequestProblem::ClientIdTooLong);
        DUET_ENUM_NAME(RequestProblem::EmptyText);
        DUET_ENUM_NAME(RequestProblem::TextTooLong);
        DUET_ENUM_NAME(RequestProblem::InteractiveTextTooLong);
        DUET_ENUM_NAME(RequestProblem::MissingMedia);
        DUET_ENUM_NAME(RequestProblem::AmbiguousMedia);
        DUET_ENUM_NAME(RequestProblem::InvalidMediaLink);
        DUET_ENUM_NAME(RequestProblem::CaptionNotAllowed);
        DUET_ENUM_NAME(RequestProblem::CaptionTooLong);
        DUET_ENUM_NAME(RequestProblem::FilenameNotAllowed);
        DUET_ENUM_NAME(RequestProblem::VoiceNotAllowed);
        DUET_ENUM_NAME(RequestProblem::MissingTemplateName);
        DUET_ENUM_NAME(RequestProblem::MissingTemplateLanguage);
        DUET_ENUM_NAME(RequestProblem::MissingParameterValue);
        DUET_ENUM_NAME(RequestProblem::ParameterNotAllowed);
        DUET_ENUM_NAME(RequestProblem::InvalidButton);
        DUET_ENUM_NAME(RequestProblem::MissingTarget);
        DUET_ENUM_NAME(RequestProblem::ReplyNotAllowed);
    }
    return qstrdup(QByteArray("RequestProblem(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(TemplateCategory value)
{
    switch (value) {
        DUET_ENUM_NAME(TemplateCategory::Unspecified);
        DUET_ENUM_NAME(TemplateCategory::Marketing);
        DUET_ENUM_NAME(TemplateCategory::Utility);
        DUET_ENUM_NAME(TemplateCategory::Authentication);
    }
    return qstrdup(QByteArray("TemplateCategory(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(DecodeResult::Failure value)
{
    switch (value) {
        DUET_ENUM_NAME(DecodeResult::Failure::None);
        DUET_ENUM_NAME(DecodeResult::Failure::TooLarge);
        DUET_ENUM_NAME(DecodeResult::Failure::NotJson);
        DUET_ENUM_NAME(DecodeResult::Failure::NotObject);
        DUET_ENUM_NAME(DecodeResult::Failure::TooDeep);
    }
    return qstrdup(QByteArray("DecodeResult::Failure(" + QByteArray::number(int(value)) + ")").constData());
}
} // namespace duet::cloudapi

namespace duet::outbound {

inline char* toString(OutboxState value)
{
    switch (value) {
        DUET_ENUM_NAME(OutboxState::Queued);
        DUET_ENUM_NAME(OutboxState::Sending);
        DUET_ENUM_NAME(OutboxState::Accepted);
        DUET_ENUM_NAME(OutboxState::Sent);
        DUET_ENUM_NAME(OutboxState::Delivered);
        DUET_ENUM_NAME(OutboxState::Read);
        DUET_ENUM_NAME(OutboxState::Failed);
        DUET_ENUM_NAME(OutboxState::Uncertain);
        DUET_ENUM_NAME(OutboxState::Discarded);
        DUET_ENUM_NAME(OutboxState::Cancelled);
    }
    return qstrdup(QByteArray("OutboxState(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(OutboxLane value)
{
    switch (value) {
        DUET_ENUM_NAME(OutboxLane::Live);
        DUET_ENUM_NAME(OutboxLane::Bulk);
    }
    return qstrdup(QByteArray("OutboxLane(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(GateDecision::Reason value)
{
    switch (value) {
        DUET_ENUM_NAME(GateDecision::Reason::None);
        DUET_ENUM_NAME(GateDecision::Reason::WindowClosed);
        DUET_ENUM_NAME(GateDecision::Reason::NoWindow);
    }
    return qstrdup(QByteArray("GateDecision::Reason(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(CampaignCsvProblem::Kind value)
{
    switch (value) {
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::InvalidNumber);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::MissingRecipient);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::MissingParameter);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::TooFewFields);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::TooManyFields);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::UnterminatedQuote);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::DuplicateRecipient);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::FieldTooLong);
        DUET_ENUM_NAME(CampaignCsvProblem::Kind::EmptyRow);
    }
    return qstrdup(QByteArray("CampaignCsvProblem::Kind(" + QByteArray::number(int(value)) + ")").constData());
}
} // namespace duet::outbound

namespace duet::sync {

inline char* toString(Role value)
{
    switch (value) {
        DUET_ENUM_NAME(Role::Agent);
        DUET_ENUM_NAME(Role::Supervisor);
    }
    return qstrdup(QByteArray("Role(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(CommandName value)
{
    switch (value) {
        DUET_ENUM_NAME(CommandName::Claim);
        DUET_ENUM_NAME(CommandName::Release);
        DUET_ENUM_NAME(CommandName::Assign);
        DUET_ENUM_NAME(CommandName::SetStatus);
        DUET_ENUM_NAME(CommandName::AddLabel);
        DUET_ENUM_NAME(CommandName::RemoveLabel);
        DUET_ENUM_NAME(CommandName::Note);
        DUET_ENUM_NAME(CommandName::Presence);
        DUET_ENUM_NAME(CommandName::Outbound);
        DUET_ENUM_NAME(CommandName::MarkRead);
        DUET_ENUM_NAME(CommandName::RefreshTemplates);
        DUET_ENUM_NAME(CommandName::RequestSync);
    }
    return qstrdup(QByteArray("CommandName(" + QByteArray::number(int(value)) + ")").constData());
}
} // namespace duet::sync

namespace duet::onboarding {

inline char* toString(Step value)
{
    switch (value) {
        DUET_ENUM_NAME(Step::Token);
        DUET_ENUM_NAME(Step::Number);
        DUET_ENUM_NAME(Step::Subscription);
    }
    return qstrdup(QByteArray("Step(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(StepResult::Outcome value)
{
    switch (value) {
        DUET_ENUM_NAME(StepResult::Outcome::Passed);
        DUET_ENUM_NAME(StepResult::Outcome::Warning);
        DUET_ENUM_NAME(StepResult::Outcome::Failed);
    }
    return qstrdup(QByteArray("StepResult::Outcome(" + QByteArray::number(int(value)) + ")").constData());
}

} // namespace duet::onboarding

// Types whose headers need Qt SQL: only where the test links it.
#if __has_include(<QSqlDatabase>)
#include "outbound/BulkJobs.h"
#include "outbound/OutboxStore.h"
#include "store/AccountHealth.h"

namespace duet::outbound {

inline char* toString(OutboxStore::BulkJobState value)
{
    switch (value) {
        DUET_ENUM_NAME(OutboxStore::BulkJobState::Running);
        DUET_ENUM_NAME(OutboxStore::BulkJobState::Paused);
        DUET_ENUM_NAME(OutboxStore::BulkJobState::Cancelled);
        DUET_ENUM_NAME(OutboxStore::BulkJobState::Scheduled);
        DUET_ENUM_NAME(OutboxStore::BulkJobState::Done);
    }
    return qstrdup(QByteArray("OutboxStore::BulkJobState(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(TierSource value)
{
    switch (value) {
        DUET_ENUM_NAME(TierSource::Default);
        DUET_ENUM_NAME(TierSource::Setting);
        DUET_ENUM_NAME(TierSource::Meta);
    }
    return qstrdup(QByteArray("TierSource(" + QByteArray::number(int(value)) + ")").constData());
}
} // namespace duet::outbound

namespace duet::store {

inline char* toString(AccountHealth::State value)
{
    switch (value) {
        DUET_ENUM_NAME(AccountHealth::State::Connected);
        DUET_ENUM_NAME(AccountHealth::State::Disconnected);
        DUET_ENUM_NAME(AccountHealth::State::Offboarded);
        DUET_ENUM_NAME(AccountHealth::State::Deleted);
    }
    return qstrdup(QByteArray("AccountHealth::State(" + QByteArray::number(int(value)) + ")").constData());
}

} // namespace duet::store
#endif

// The hub's types: only in tests that link duet_hub.
#if __has_include("AgentServer.h")
#include "AgentServer.h"
#include "LogWriter.h"
#include "Onboarding.h"

namespace duet::hub {

inline char* toString(BodyResult value)
{
    switch (value) {
        DUET_ENUM_NAME(BodyResult::Applied);
        DUET_ENUM_NAME(BodyResult::Duplicate);
        DUET_ENUM_NAME(BodyResult::Undecodable);
        DUET_ENUM_NAME(BodyResult::Foreign);
    }
    return qstrdup(QByteArray("BodyResult(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(AgentServer::Login value)
{
    switch (value) {
        DUET_ENUM_NAME(AgentServer::Login::Ok);
        DUET_ENUM_NAME(AgentServer::Login::Unauthorized);
        DUET_ENUM_NAME(AgentServer::Login::Revoked);
        DUET_ENUM_NAME(AgentServer::Login::Throttled);
        DUET_ENUM_NAME(AgentServer::Login::Unavailable);
    }
    return qstrdup(QByteArray("AgentServer::Login(" + QByteArray::number(int(value)) + ")").constData());
}

inline char* toString(Onboarding::SyncResult::Outcome value)
{
    switch (value) {
        DUET_ENUM_NAME(Onboarding::SyncResult::Outcome::Requested);
        DUET_ENUM_NAME(Onboarding::SyncResult::Outcome::AlreadyRequested);
        DUET_ENUM_NAME(Onboarding::SyncResult::Outcome::Refused);
        DUET_ENUM_NAME(Onboarding::SyncResult::Outcome::Unavailable);
    }
    return qstrdup(QByteArray("Onboarding::SyncResult::Outcome(" + QByteArray::number(int(value)) + ")").constData());
}

} // namespace duet::hub
#endif

// The simulator's types: only in tests that link duet_sim.
#if __has_include("MessageValidator.h")
#include "MessageValidator.h"

namespace duet::sim {

inline char* toString(ValidatedSend::Kind value)
{
    switch (value) {
        DUET_ENUM_NAME(ValidatedSend::Kind::Message);
        DUET_ENUM_NAME(ValidatedSend::Kind::MarkRead);
    }
    return qstrdup(QByteArray("ValidatedSend::Kind(" + QByteArray::number(int(value)) + ")").constData());
}

} // namespace duet::sim
#endif

// The widgets' types: only in tests that link duet_ui.
#if __has_include("ui/PaintHelpers.h")
#include "ui/PaintHelpers.h"

namespace duet::ui {

inline char* toString(Delivery value)
{
    switch (value) {
        DUET_ENUM_NAME(Delivery::None);
        DUET_ENUM_NAME(Delivery::Pending);
        DUET_ENUM_NAME(Delivery::Sent);
        DUET_ENUM_NAME(Delivery::Delivered);
        DUET_ENUM_NAME(Delivery::Read);
        DUET_ENUM_NAME(Delivery::Played);
        DUET_ENUM_NAME(Delivery::Failed);
    }
    return qstrdup(QByteArray("Delivery(" + QByteArray::number(int(value)) + ")").constData());
}

} // namespace duet::ui
#endif

#undef DUET_ENUM_NAME
