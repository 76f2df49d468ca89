#include "CaseActions.h"

#include "CaseDialog.h"
#include "CaseListQuery.h"
#include "CaseRepository.h"
#include "CorrectionDialog.h"
#include "EventDialog.h"
#include "UnitRepository.h"

#include <QMessageBox>

CaseActions::CaseActions(const Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

CaseDialog *CaseActions::makeDialog()
{
    auto *dialog = new CaseDialog(UnitRepository(m_session.sql()).all(), m_session.clock(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    const CaseListQuery lists(m_session.sql());
    dialog->setCompletions(lists.executors(), lists.courts());
    return dialog;
}

bool CaseActions::newCase(qint64 unitId)
{
    std::unique_ptr<CaseDialog> dialog(makeDialog());
    EnforcementCase c;
    c.unitId = unitId;
    dialog->setCase(c);
    CaseRepository repository(m_session);
    dialog->setSaveHandler([&repository](EnforcementCase *c) { return repository.create(c); });
    if (dialog->exec() != QDialog::Accepted)
        return false;
    emit caseChanged(dialog->enforcementCase().id);
    return true;
}

bool CaseActions::editCase(qint64 caseId)
{
    CaseRepository repository(m_session);
    const auto c = repository.find(caseId);
    if (!c)
        return false;
    std::unique_ptr<CaseDialog> dialog(makeDialog());
    dialog->setCase(*c);
    dialog->setLedger(*repository.ledger(caseId));
    dialog->setSaveHandler([&repository](EnforcementCase *c) { return repository.update(*c); });
    bool changed = false;
    const auto refresh = [&] {
        changed = true;
        dialog->setLedger(*repository.ledger(caseId));
        emit caseChanged(caseId);
    };
    connect(dialog.get(), &CaseDialog::addEventRequested, this, [&] {
        if (addEvent(caseId, dialog.get()))
            refresh();
    });
    connect(dialog.get(), &CaseDialog::correctionRequested, this, [&](qint64 eventId) {
        if (correctEvent(caseId, eventId, dialog.get()))
            refresh();
    });
    const bool saved = dialog->exec() == QDialog::Accepted;
    if (saved)
        emit caseChanged(caseId);
    return saved || changed;
}

bool CaseActions::addEvent(qint64 caseId, QWidget *parent)
{
    CaseRepository repository(m_session);
    const auto c = repository.find(caseId);
    const auto ledger = repository.ledger(caseId);
    if (!c || !ledger)
        return false;
    EventDialog dialog(*c, *ledger, m_session.clock(), parent ? parent : m_window);
    dialog.setSaveHandler([&](CaseEvent *e) { return repository.addEvent(caseId, e); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!parent)
        emit caseChanged(caseId);
    return true;
}

bool CaseActions::correctEvent(qint64 caseId, qint64 eventId, QWidget *parent)
{
    CaseRepository repository(m_session);
    const auto ledger = repository.ledger(caseId);
    if (!ledger)
        return false;
    CorrectionDialog dialog(*ledger, eventId, m_session.clock(), parent);
    dialog.setSaveHandler([&](CaseEvent *e) { return repository.addEvent(caseId, e); });
    return dialog.exec() == QDialog::Accepted;
}

bool CaseActions::deleteCase(qint64 caseId)
{
    CaseRepository repository(m_session);
    const auto c = repository.find(caseId);
    if (!c)
        return false;
    if (const WriteResult removable = repository.checkRemovable(caseId); !removable.ok()) {
        QString message = removable.message();
        if (!repository.events(caseId).isEmpty())
            message += QLatin1Char('\n') + tr("A mistaken event is voided with a correction instead.");
        QMessageBox::information(m_window, tr("Delete case"), message);
        return false;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Delete case"),
        tr("Delete case %1 (%2)? The deletion is recorded in the audit log.").arg(c->decisionNo, c->obligorName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const WriteResult result = repository.remove(caseId);
    if (!result.ok()) {
        QMessageBox::warning(m_window, tr("Delete case"), result.message());
        return false;
    }
    emit caseChanged(caseId);
    return true;
}
