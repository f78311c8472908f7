// SPDX-License-Identifier: GPL-3.0-or-later
// The language choice: the setting, the command line, the embedded translations, the dialog.
#include "Language.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace duet::ui::Language {
namespace {

/// The translation context of the dialog's texts.
class LanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(Language)
};

const QString kPrefix = QStringLiteral("duet_");
const QString kDirectory = QStringLiteral(":/i18n");

} // namespace

QStringList codes()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("es")};
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("pt_BR"))
        return QString::fromUtf8("Português (Brasil)");
    if (code == QLatin1String("es"))
        return QString::fromUtf8("Español");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool isValid(const QString& code)
{
    if (code.isEmpty() || codes().contains(code))
        return true;
    const QLocale l(code);
    return l.language() == QLocale::English || l.language() == QLocale::Portuguese || l.language() == QLocale::Spanish;
}

QString setting(const QSettings& settings)
{
    const QString code = settings.value(QLatin1String(kSettingKey)).toString();
    return codes().contains(code) ? code : QString();
}

void setSetting(QSettings& settings, const QString& code)
{
    if (code.isEmpty() || !codes().contains(code))
        settings.remove(QLatin1String(kSettingKey));
    else
        settings.setValue(QLatin1String(kSettingKey), code);
}

QLocale locale(const QString& commandLine, const QString& setting)
{
    const QString code = !commandLine.isEmpty() ? commandLine : setting;
    if (code.isEmpty() || !isValid(code))
        return QLocale::system();
    return QLocale(code);
}

bool load(QTranslator& translator, const QLocale& locale)
{
    if (translator.load(locale, QStringLiteral("duet"), QStringLiteral("_"), kDirectory))
        return true;
    // Another variant of a shipped language reads the one Duet has (Portugal reads Brazil's).
    for (const QString& code : codes()) {
        if (QLocale(code).language() == locale.language() && translator.load(kPrefix + code, kDirectory))
            return true;
    }
    return translator.load(kPrefix + QStringLiteral("en"), kDirectory);
}

bool choose(QWidget* parent, QSettings& settings)
{
    const QString current = setting(settings);
    QStringList items{LanguageTr::tr("System language")};
    for (const QString& code : codes())
        items << nativeName(code);
    const int currentRow = current.isEmpty() ? 0 : int(codes().indexOf(current)) + 1;
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        parent, LanguageTr::tr("Language"), LanguageTr::tr("Duet's language. The change applies when Duet restarts."),
        items, currentRow, false, &ok);
    if (!ok)
        return false;
    const int row = int(items.indexOf(picked));
    const QString code = row <= 0 ? QString() : codes().at(row - 1);
    if (code == current)
        return false;
    setSetting(settings, code);
    QMessageBox::information(parent, LanguageTr::tr("Language"),
                             LanguageTr::tr("Restart Duet to apply the new language."));
    return true;
}

} // namespace duet::ui::Language
