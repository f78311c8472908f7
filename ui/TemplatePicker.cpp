// SPDX-License-Identifier: GPL-3.0-or-later
// The template picker: search, parameters, preview.
#include "TemplatePicker.h"

#include "CustomerText.h"
#include "TemplateItemDelegate.h"
#include "Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace duet::ui {

TemplatePicker::TemplatePicker(const TemplateCatalog& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_reason(new QLabel(this))
    , m_filterNote(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_cost(new QLabel(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_preview(new QLabel(this))
    , m_send(new QPushButton(tr("Send template"), this))
{
    m_reason->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("templateReason"));
    m_reason->setStyleSheet(QStringLiteral("QLabel { background: rgba(224, 138, 30, 40); border-radius: 6px;"
                                           " padding: 6px 10px; }"));
    m_reason->setAccessibleName(tr("Why only templates can be sent"));
    m_filterNote->setWordWrap(true);
    m_filterNote->setTextFormat(Qt::RichText);
    m_filterNote->setAccessibleName(tr("Templates shown"));
    m_filterNote->hide();
    connect(m_filterNote, &QLabel::linkActivated, this, [this] { setContactRequestsOnly(false); });
    m_search->setPlaceholderText(tr("Search templates…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search templates"));
    m_search->installEventFilter(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::UserRole);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setMaximumHeight(120);
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the category badge stays in view
    m_list->installEventFilter(this);
    m_cost->setWordWrap(true);
    m_cost->setObjectName(QStringLiteral("templateCost"));
    m_cost->setAccessibleName(tr("What this template costs"));
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Template preview"));
    m_preview->setStyleSheet(QStringLiteral("QLabel { border-left: 3px solid palette(highlight); padding: 2px 8px; }"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_send->setAccessibleName(tr("Send template"));
    m_send->setToolTip(tr("Send the template (Ctrl+Enter)"));
    m_send->setEnabled(false);

    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list);
    left->addWidget(m_cost);
    auto* right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addWidget(m_preview, 1);
    auto* sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(m_send);
    right->addLayout(sendRow);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reason);
    layout->addWidget(m_filterNote);
    layout->addLayout(columns);

    connect(m_search, &QLineEdit::textChanged, this, &TemplatePicker::setFilterText);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        showTemplate(m_proxy->mapToSource(index).row());
        if (!m_parameters.isEmpty())
            m_parameters.first()->setFocus();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            showTemplate(m_proxy->mapToSource(index).row());
    });
    connect(m_send, &QPushButton::clicked, this, &TemplatePicker::send);
    reloadTemplates();
}

void TemplatePicker::setReason(const QString& reason)
{
    m_reason->setText(reason);
}

QString TemplatePicker::reason() const
{
    return m_reason->text();
}

void TemplatePicker::setContactRequestsOnly(bool only)
{
    if (only == m_contactRequestsOnly)
        return;
    m_contactRequestsOnly = only;
    reloadTemplates();
}

QString TemplatePicker::filterNote() const
{
    return m_contactRequestsOnly ? m_filterText : QString();
}

const QAbstractItemModel* TemplatePicker::model() const
{
    return m_proxy;
}

QString TemplatePicker::costText() const
{
    return m_cost->isVisible() || !m_cost->text().isEmpty() ? m_cost->text() : QString();
}

void TemplatePicker::setBillingContext(bool windowOpen, bool freeEntryPoint)
{
    if (windowOpen == m_windowOpen && freeEntryPoint == m_freeEntryPoint)
        return;
    m_windowOpen = windowOpen;
    m_freeEntryPoint = freeEntryPoint;
    for (int row = 0; row < m_model->rowCount() && row < m_templates.size(); ++row) {
        const MessageTemplate& t = m_templates.at(row);
        const QString cost = t.costText(m_windowOpen, m_freeEntryPoint);
        m_model->item(row)->setToolTip(plainToolTip(cost.isEmpty() ? t.body : t.body + QStringLiteral("\n\n") + cost));
    }
    if (const MessageTemplate* t = current()) {
        m_cost->setText(t->costText(m_windowOpen, m_freeEntryPoint));
        m_cost->setVisible(!m_cost->text().isEmpty());
    }
}

void TemplatePicker::reloadTemplates()
{
    // What the agent is filling in survives a reload when the template is still offered.
    const MessageTemplate* before = current();
    const QString keptName = before ? before->name : QString();
    const QString keptLanguage = before ? before->language : QString();
    const QStringList keptValues = parameters();
    const QString keptFilter = m_search->text();
    m_templates.clear();
    for (const MessageTemplate& t : m_catalog.templates()) {
        // Only approved templates can be sent: pending, rejected, paused or disabled ones are not offered.
        if (t.isApproved() && (!m_contactRequestsOnly || t.requestsContactInfo()))
            m_templates << t;
    }
    if (m_contactRequestsOnly) {
        const QString all = QStringLiteral(" <a href=\"all\">%1</a>").arg(tr("Show all templates").toHtmlEscaped());
        m_filterText =
            m_templates.isEmpty()
                ? tr("No template has a Share Contact Info button. Create one in WhatsApp Manager (a utility or "
                     "marketing template with a “Request contact info” button); once approved it shows here.")
                : tr("Asking for the phone number: these templates carry WhatsApp's Share Contact Info button.");
        m_filterNote->setText(m_filterText.toHtmlEscaped() + all);
    }
    m_filterNote->setVisible(m_contactRequestsOnly);
    m_model->clear();
    for (const MessageTemplate& t : std::as_const(m_templates)) {
        auto* item = new QStandardItem(
            t.name + QStringLiteral("  ·  ") + t.language +
            (t.requestsContactInfo() ? QStringLiteral("  ·  ") + tr("Share Contact Info") : QString()));
        item->setData(QString(t.name + QLatin1Char(' ') + t.body + QLatin1Char(' ') + t.categoryText()), Qt::UserRole);
        item->setData(t.categoryText(), TemplateItemDelegate::CategoryRole);
        item->setData(t.category.toUpper(), TemplateItemDelegate::CategoryCodeRole);
        const QString cost = t.costText(m_windowOpen, m_freeEntryPoint);
        item->setToolTip(plainToolTip(cost.isEmpty() ? t.body : t.body + QStringLiteral("\n\n") + cost));
        m_model->appendRow(item);
    }
    m_current = -1;
    showTemplate(-1);
    m_search->setVisible(!m_templates.isEmpty());
    m_list->setVisible(!m_templates.isEmpty());
    if (m_templates.isEmpty())
        return;
    if (!keptFilter.isEmpty())
        setFilterText(keptFilter);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const MessageTemplate& t = m_templates.at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (!keptName.isEmpty() && t.name == keptName && t.language == keptLanguage) {
            selectVisible(row);
            for (int i = 0; i < keptValues.size(); ++i)
                setParameter(i, keptValues.at(i));
            return;
        }
    }
    selectVisible(0);
}

void TemplatePicker::setFilterText(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_proxy->setFilterFixedString(text);
    // A template the search hides is no longer the chosen one: Send never sends what is not shown
    // (free text typed here in a closed window must not send the template picked before).
    if (current() && !m_proxy->mapFromSource(m_model->index(m_current, 0)).isValid())
        showTemplate(-1);
    if (m_proxy->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

int TemplatePicker::visibleCount() const
{
    return m_proxy->rowCount();
}

bool TemplatePicker::selectVisible(int row)
{
    if (row < 0 || row >= m_proxy->rowCount())
        return false;
    m_list->setCurrentIndex(m_proxy->index(row, 0));
    showTemplate(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return true;
}

const MessageTemplate* TemplatePicker::current() const
{
    return m_current >= 0 && m_current < m_templates.size() ? &m_templates.at(m_current) : nullptr;
}

void TemplatePicker::showTemplate(int sourceRow)
{
    if (sourceRow == m_current && sourceRow >= 0)
        return;
    m_current = sourceRow;
    qDeleteAll(m_parameters);
    m_parameters.clear();
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    if (const MessageTemplate* t = current()) {
        for (int i = 0; i < t->parameterCount(); ++i) {
            auto* edit = new QLineEdit(m_form);
            edit->setAccessibleName(tr("Template parameter %1").arg(i + 1));
            edit->installEventFilter(this);
            connect(edit, &QLineEdit::textChanged, this, &TemplatePicker::updatePreview);
            m_formLayout->addRow(t->parameterLabel(i), edit);
            m_parameters << edit;
        }
    }
    const MessageTemplate* t = current();
    m_cost->setText(t ? t->costText(m_windowOpen, m_freeEntryPoint) : QString());
    m_cost->setVisible(t && !m_cost->text().isEmpty());
    if (t) {
        const QColor color = TemplateItemDelegate::categoryTextColor(t->category, Theme::isDarkPalette(palette()));
        m_cost->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
    }
    updatePreview();
}

void TemplatePicker::setParameter(int index, const QString& value)
{
    if (index >= 0 && index < m_parameters.size())
        m_parameters.at(index)->setText(value);
}

QStringList TemplatePicker::parameters() const
{
    QStringList values;
    for (const QLineEdit* edit : m_parameters)
        values << edit->text();
    return values;
}

QString TemplatePicker::preview() const
{
    return m_preview->text();
}

bool TemplatePicker::isComplete() const
{
    if (!current())
        return false;
    for (const QLineEdit* edit : m_parameters) {
        if (edit->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

void TemplatePicker::updatePreview()
{
    const MessageTemplate* t = current();
    if (!t)
        m_preview->setText(m_templates.isEmpty() ? tr("No approved templates are available.")
                                                 : tr("Choose a template to see its preview."));
    else
        m_preview->setText(t->header.isEmpty()
                               ? t->render(parameters())
                               : t->renderHeader(parameters()) + QLatin1Char('\n') + t->render(parameters()));
    m_send->setEnabled(isComplete());
}

bool TemplatePicker::send()
{
    if (!isComplete())
        return false;
    emit sendRequested(*current(), parameters());
    for (QLineEdit* edit : std::as_const(m_parameters))
        edit->clear();
    setContactRequestsOnly(false); // the question went: the whole catalogue again
    return true;
}

void TemplatePicker::focusSearch()
{
    m_search->setFocus();
}

void TemplatePicker::focusMissing()
{
    if (!current()) {
        focusSearch();
        return;
    }
    for (QLineEdit* edit : std::as_const(m_parameters)) {
        if (edit->text().trimmed().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
}

bool TemplatePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            if (!send())
                focusMissing();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || enter)) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_list->setCurrentIndex(m_proxy->index(0, 0));
            if (enter && m_list->currentIndex().isValid())
                emit m_list->activated(m_list->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace duet::ui
