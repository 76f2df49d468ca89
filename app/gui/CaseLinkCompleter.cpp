#include "CaseLinkCompleter.h"

#include "Format.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

CaseLinkCompleter::CaseLinkCompleter(QLineEdit *edit, QLabel *info, CaseLookup lookup, std::function<qint64()> unit)
    : QObject(edit), m_edit(edit), m_info(info), m_lookup(std::move(lookup)), m_unit(std::move(unit)),
      m_numbers(new QStringListModel(this)), m_completer(new QCompleter(m_numbers, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // storage already filtered
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_numbers->setStringList(m_lookup.decisionNumbers(m_unit(), m_edit->text()));
        update();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CaseLinkCompleter::update);
}

bool CaseLinkCompleter::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

std::optional<CaseBrief> CaseLinkCompleter::resolve() const
{
    if (isEmpty())
        return std::nullopt;
    return m_lookup.byDecision(m_unit(), m_edit->text());
}

void CaseLinkCompleter::setCase(qint64 caseId)
{
    const auto brief = caseId > 0 ? m_lookup.byId(caseId) : std::nullopt;
    m_edit->setText(brief ? brief->decisionNo : QString());
    update();
}

void CaseLinkCompleter::update()
{
    if (!m_info)
        return;
    if (isEmpty()) {
        m_info->clear();
        return;
    }
    const auto brief = resolve();
    m_info->setText(brief ? tr("Obligor: %1 — accepted on %2").arg(brief->obligor, Format::date(brief->decisionDate))
                          : tr("This unit has no case with this decision number."));
}
