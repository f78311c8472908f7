// SPDX-License-Identifier: GPL-3.0-or-later
// Which language Duet speaks: the system's, or the one chosen in the settings or on the command line.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;
class QTranslator;
class QWidget;

namespace duet::ui {

/// The languages Duet ships (translations/duet_<code>.ts, embedded as :/i18n/duet_<code>.qm) and
/// the choice between them. The choice is the setting "ui/language": "" follows the system,
/// else "en", "pt_BR" or "es"; `duet --lang CODE` overrides it for one run. It takes effect at
/// start-up: the translator is installed before any widget exists, and the locale (dates, times,
/// numbers) follows the chosen language.
/// Usage: `const QLocale l = Language::locale(options.lang, Language::setting(settings));`
///        `QTranslator t; if (Language::load(t, l)) app.installTranslator(&t);`
namespace Language {

/// The settings key of the choice.
inline constexpr const char* kSettingKey = "ui/language";

/// The shipped languages' codes: "en", "pt_BR", "es".
QStringList codes();
/// A language's own name ("English", "Português (Brasil)", "Español"), the same in every language.
QString nativeName(const QString& code);
/// True for "" (the system's), a shipped code, or a locale name of a shipped language ("es_MX").
bool isValid(const QString& code);
/// The stored choice; "" when none (or an unknown one) is stored.
QString setting(const QSettings& settings);
void setSetting(QSettings& settings, const QString& code);
/// The locale Duet runs in: the command line's code, else the setting's, else the system's.
QLocale locale(const QString& commandLine, const QString& setting);
/// Loads the embedded translation for `locale` into `translator`: the exact language, else the
/// shipped variant of it (pt_PT reads pt_BR), else English (for its plural forms). False only
/// when no translation is embedded at all.
bool load(QTranslator& translator, const QLocale& locale);
/// A small dialog to choose the language, saved in `settings`; it says that a restart applies it.
/// Returns true when the choice changed.
bool choose(QWidget* parent, QSettings& settings);

} // namespace Language
} // namespace duet::ui
