// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's keyboard-first template picker, for when free-form text cannot be sent.
#pragma once

#include "TemplateCatalog.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QFormLayout;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace duet::ui {

/// States why only templates can be sent, lets the agent search the catalogue's approved templates
/// (type, arrow down, Enter), each with its category badge and, once chosen, what a send costs;
/// fill the template's parameters (header, body, buttons) and see the message as the customer will.
/// Ctrl+Enter or the Send button emits sendRequested() once every parameter is filled.
/// To ask for a phone number outside the window it can offer only the templates with a
/// REQUEST_CONTACT_INFO button (setContactRequestsOnly()); a link goes back to all of them.
/// Usage: `TemplatePicker p(catalog); p.setReason(text); connect(&p, &TemplatePicker::sendRequested, ...);`
class TemplatePicker : public QWidget
{
    Q_OBJECT
public:
    explicit TemplatePicker(const TemplateCatalog& catalog, QWidget* parent = nullptr);

    void setReason(const QString& reason);
    QString reason() const;
    /// Reads the catalogue again (it changed: the hub's list arrived, a template was paused). The
    /// template being filled in stays selected with its values when it is still offered.
    void reloadTemplates();
    /// The visible rows (name · language …; CategoryRole, CategoryCodeRole: TemplateItemDelegate).
    const QAbstractItemModel* model() const;
    /// What a send of the selected template costs; empty when none is selected or its category is unknown.
    QString costText() const;
    /// What the cost hints assume: whether the customer's window is open, and whether the customer
    /// came from an ad recently (MessageTemplate::costText()). Both false by default.
    void setBillingContext(bool windowOpen, bool freeEntryPoint);
    /// Offers only the templates with a "Share Contact Info" button (asking for the phone number),
    /// or all of them again. A send ends it.
    void setContactRequestsOnly(bool only);
    bool isContactRequestsOnly() const { return m_contactRequestsOnly; }
    /// What the line above the list says while only those templates are offered; null otherwise.
    QString filterNote() const;
    void setFilterText(const QString& text);
    /// Templates the search leaves visible.
    int visibleCount() const;
    /// Selects the visible template at `row`; false when there is none.
    bool selectVisible(int row);
    /// The selected template; null when none.
    const MessageTemplate* current() const;
    int parameterCount() const { return int(m_parameters.size()); }
    void setParameter(int index, const QString& value);
    QStringList parameters() const;
    QString preview() const;
    /// A template is selected and every parameter has a value.
    bool isComplete() const;
    /// Emits sendRequested() when complete; clears the parameters after.
    bool send();
    void focusSearch();
    /// Focuses what stops send(): the first empty parameter, or the search when no template is picked.
    void focusMissing();

signals:
    void sendRequested(const duet::ui::MessageTemplate& messageTemplate, const QStringList& parameters);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTemplate(int sourceRow);
    void updatePreview();

    const TemplateCatalog& m_catalog;
    QList<MessageTemplate> m_templates;
    int m_current = -1;
    QLabel* m_reason;
    QLabel* m_filterNote; ///< "Templates that ask for the phone number · Show all templates"
    QString m_filterText; ///< the note's plain text
    bool m_contactRequestsOnly = false;
    bool m_windowOpen = false;
    bool m_freeEntryPoint = false;
    QLineEdit* m_search;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
    QLabel* m_cost; ///< the selected template's category and what a send costs
    QWidget* m_form;
    QFormLayout* m_formLayout;
    QList<QLineEdit*> m_parameters;
    QLabel* m_preview;
    QPushButton* m_send;
};

} // namespace duet::ui
