#include "CaseActions.h"

#include "Ask.h"

#include "CaseDialog.h"
#include "CaseListQuery.h"
#include "CaseRepository.h"
#include "CorrectionDialog.h"
#include "EventDialog.h"
#include "PeriodLockRepository.h"
#include "UnitRepository.h"

CaseActions::CaseActions(const Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

CaseDialog *CaseActions::makeDialog(const UnitList &units)
{
    auto *dialog = new CaseDialog(units, m_session.clock(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    const CaseListQuery lists(m_session.sql());
    dialog->setCompletions(lists.executors(), lists.courts());
    return dialog;
}

bool CaseActions::newCase(qint64 unitId)
{
    // A clerk's form offers their own unit only; storage refuses the others anyway.
    UnitList units = UnitRepository(m_session.sql()).all();
    const Actor &actor = m_session.actor();
    units.removeIf([&actor](const Unit &u) { return !actor.canWriteUnit(u.id); });
    if (units.isEmpty())
        return false;
    CaseDialog *dialog = makeDialog(units);
    EnforcementCase c;
    c.unitId = actor.canWriteUnit(unitId) ? unitId : units.first().id;
    dialog->setCase(c);
    auto repository = std::make_shared<CaseRepository>(m_session);
    dialog->setSaveHandler([repository](EnforcementCase *c) { return repository->create(c); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit caseChanged(dialog->enforcementCase().id); });
    dialog->open();
    return true;
}

bool CaseActions::editCase(qint64 caseId)
{
    auto repository = std::make_shared<CaseRepository>(m_session);
    const auto c = repository->find(caseId);
    if (!c)
        return false;
    CaseDialog *dialog = makeDialog(UnitRepository(m_session.sql()).all());
    dialog->setCase(*c);
    dialog->setLedger(*repository->ledger(caseId));
    dialog->setSaveHandler([repository](EnforcementCase *c) { return repository->update(*c); });
    const auto refresh = [this, dialog, repository, caseId] {
        dialog->setLedger(*repository->ledger(caseId));
        emit caseChanged(caseId);
    };
    connect(dialog, &CaseDialog::addEventRequested, this,
            [this, dialog, caseId, refresh] { openEventDialog(caseId, dialog, refresh); });
    connect(dialog, &CaseDialog::correctionRequested, this, [this, dialog, caseId, refresh](qint64 eventId) {
        openCorrectionDialog(caseId, eventId, dialog, refresh);
    });
    connect(dialog, &QDialog::accepted, this, [this, caseId] { emit caseChanged(caseId); });
    dialog->open();
    return true;
}

bool CaseActions::addEvent(qint64 caseId)
{
    return openEventDialog(caseId, m_window, [this, caseId] { emit caseChanged(caseId); });
}

bool CaseActions::openEventDialog(qint64 caseId, QWidget *parent, std::function<void()> saved)
{
    auto repository = std::make_shared<CaseRepository>(m_session);
    const auto c = repository->find(caseId);
    const auto ledger = repository->ledger(caseId);
    if (!c || !ledger)
        return false;
    auto *dialog = new EventDialog(*c, *ledger, m_session.clock(), parent);
    const auto unit = UnitRepository(m_session.sql()).byId(c->unitId);
    dialog->setClosedBooks(PeriodLockRepository::closedBooks(m_session.sql()), unit ? unit->shortName() : QString());
    dialog->setSaveHandler([repository, caseId](CaseEvent *e) { return repository->addEvent(caseId, e); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, std::move(saved));
    dialog->open();
    return true;
}

bool CaseActions::openCorrectionDialog(qint64 caseId, qint64 eventId, QWidget *parent, std::function<void()> saved)
{
    auto repository = std::make_shared<CaseRepository>(m_session);
    const auto ledger = repository->ledger(caseId);
    if (!ledger)
        return false;
    auto *dialog = new CorrectionDialog(*ledger, eventId, m_session.clock(), parent);
    dialog->setSaveHandler([repository, caseId](CaseEvent *e) { return repository->addEvent(caseId, e); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, std::move(saved));
    dialog->open();
    return true;
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
        Ask::tell(m_window, QMessageBox::Information, tr("Delete case"), message);
        return false;
    }
    Ask::question(m_window, tr("Delete case"),
                  tr("Delete case %1 (%2)? The deletion is recorded in the audit log.").arg(c->decisionNo, c->obligorName),
                  [this, caseId] {
                      const WriteResult result = CaseRepository(m_session).remove(caseId);
                      if (!result.ok()) {
                          Ask::tell(m_window, QMessageBox::Warning, tr("Delete case"), result.message());
                          return;
                      }
                      emit caseChanged(caseId);
                  });
    return true;
}
