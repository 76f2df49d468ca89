#include "RegisterActions.h"

#include "AwardDialog.h"
#include "AwardRepository.h"
#include "CoercionDialog.h"
#include "CoercionRepository.h"
#include "ComplaintDialog.h"
#include "ComplaintRepository.h"
#include "ReceptionDialog.h"
#include "ReceptionRepository.h"
#include "StatisticalPeriod.h"
#include "TargetRepository.h"
#include "TargetsDialog.h"
#include "UnitRepository.h"

#include <QMessageBox>

namespace {
// Runs a register form over its repository: a stored entry is loaded and
// updated, a new one (id 0, of the given unit) created.
template<typename Dialog, typename Record, typename Repository>
qint64 runForm(Dialog &dialog, Repository &repository, qint64 id, qint64 unitId,
               void (Dialog::*set)(const Record &), Record (Dialog::*get)() const)
{
    Record record;
    if (id > 0) {
        const auto stored = repository.find(id);
        if (!stored)
            return 0;
        record = *stored;
    } else {
        record.unitId = unitId;
    }
    (dialog.*set)(record);
    dialog.setSaveHandler([&repository, id](Record *r) { return id > 0 ? repository.update(*r) : repository.create(r); });
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return (dialog.*get)().id;
}
} // namespace

RegisterActions::RegisterActions(const Session &session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

bool RegisterActions::newEntry(RegisterKind kind, qint64 unitId)
{
    return open(kind, 0, unitId);
}

bool RegisterActions::edit(RegisterKind kind, qint64 id)
{
    return id > 0 && open(kind, id, 0);
}

bool RegisterActions::open(RegisterKind kind, qint64 id, qint64 unitId)
{
    const UnitList units = UnitRepository(m_session.sql()).all();
    const Clock &clock = m_session.clock();
    qint64 stored = 0;
    switch (kind) {
    case RegisterKind::Complaints: {
        ComplaintRepository repository(m_session);
        ComplaintDialog dialog(units, clock, CaseLookup(m_session.sql()), m_window);
        stored = runForm(dialog, repository, id, unitId, &ComplaintDialog::setComplaint, &ComplaintDialog::complaint);
        break;
    }
    case RegisterKind::Reception: {
        ReceptionRepository repository(m_session);
        const ComplaintRepository complaints(m_session);
        ReceptionDialog dialog(units, clock,
                               [&complaints](qint64 unit, QDate date) { return complaints.choices(unit, date); },
                               m_window);
        stored = runForm(dialog, repository, id, unitId, &ReceptionDialog::setReception, &ReceptionDialog::reception);
        break;
    }
    case RegisterKind::Coercion: {
        CoercionRepository repository(m_session);
        CoercionDialog dialog(units, clock, CaseLookup(m_session.sql()), m_window);
        stored = runForm(dialog, repository, id, unitId, &CoercionDialog::setCoercion, &CoercionDialog::coercion);
        break;
    }
    case RegisterKind::Awards: {
        AwardRepository repository(m_session);
        AwardDialog dialog(units, clock, m_window);
        stored = runForm(dialog, repository, id, unitId, &AwardDialog::setAward, &AwardDialog::award);
        break;
    }
    }
    if (stored == 0)
        return false;
    emit entryChanged(kind, stored);
    return true;
}

bool RegisterActions::remove(RegisterKind kind, qint64 id)
{
    if (id <= 0)
        return false;
    const QString title = tr("Delete entry");
    const auto answer = QMessageBox::question(
        m_window, title,
        tr("Delete this entry of the register \"%1\"? The deletion is recorded in the audit log.")
            .arg(Registers::displayName(kind)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    WriteResult result;
    switch (kind) {
    case RegisterKind::Complaints: result = ComplaintRepository(m_session).remove(id); break;
    case RegisterKind::Reception: result = ReceptionRepository(m_session).remove(id); break;
    case RegisterKind::Coercion: result = CoercionRepository(m_session).remove(id); break;
    case RegisterKind::Awards: result = AwardRepository(m_session).remove(id); break;
    }
    if (!result.ok()) {
        QMessageBox::warning(m_window, title, result.message());
        return false;
    }
    emit entryChanged(kind, id);
    return true;
}

bool RegisterActions::editTargets(int year)
{
    if (year <= 0)
        year = StatisticalPeriod::statisticalYearOf(m_session.clock().today());
    TargetRepository targets(m_session.sql());
    bool saved = false;
    TargetsDialog dialog(
        UnitRepository(m_session.sql()).all(), [&targets](int y) { return targets.forYear(y); },
        [this, &targets, &saved](const QList<Target> &list) {
            const WriteResult result = targets.setMany(m_session, list);
            saved |= result.ok();
            return result;
        },
        year, m_window);
    dialog.exec();
    if (saved)
        emit targetsChanged(dialog.year());
    return saved;
}
