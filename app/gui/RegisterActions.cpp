#include "RegisterActions.h"

#include "Ask.h"

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

#include <memory>

namespace {
// Opens a register form over its repository: a stored entry is loaded and
// updated, a new one (id 0, of the given unit) created. `stored` gets the
// entry's id once saved. The form is opened with open(): this returns at once.
template<typename Dialog, typename Record, typename Repository>
bool openForm(Dialog *dialog, std::shared_ptr<Repository> repository, qint64 id, qint64 unitId,
              void (Dialog::*set)(const Record &), Record (Dialog::*get)() const, std::function<void(qint64)> stored)
{
    QObject::connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    Record record;
    if (id > 0) {
        const auto found = repository->find(id);
        if (!found) {
            dialog->deleteLater();
            return false;
        }
        record = *found;
    } else {
        record.unitId = unitId;
    }
    (dialog->*set)(record);
    dialog->setSaveHandler([repository, id](Record *r) { return id > 0 ? repository->update(*r) : repository->create(r); });
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, get, stored = std::move(stored)] {
        stored((dialog->*get)().id);
    });
    dialog->open();
    return true;
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
    const auto stored = [this, kind](qint64 storedId) {
        if (storedId > 0)
            emit entryChanged(kind, storedId);
    };
    switch (kind) {
    case RegisterKind::Complaints:
        return openForm(new ComplaintDialog(units, clock, CaseLookup(m_session.sql()), m_window),
                        std::make_shared<ComplaintRepository>(m_session), id, unitId, &ComplaintDialog::setComplaint,
                        &ComplaintDialog::complaint, stored);
    case RegisterKind::Reception: {
        auto complaints = std::make_shared<const ComplaintRepository>(m_session);
        return openForm(new ReceptionDialog(
                            units, clock,
                            [complaints](qint64 unit, QDate date) { return complaints->choices(unit, date); }, m_window),
                        std::make_shared<ReceptionRepository>(m_session), id, unitId, &ReceptionDialog::setReception,
                        &ReceptionDialog::reception, stored);
    }
    case RegisterKind::Coercion:
        return openForm(new CoercionDialog(units, clock, CaseLookup(m_session.sql()), m_window),
                        std::make_shared<CoercionRepository>(m_session), id, unitId, &CoercionDialog::setCoercion,
                        &CoercionDialog::coercion, stored);
    case RegisterKind::Awards:
        return openForm(new AwardDialog(units, clock, m_window), std::make_shared<AwardRepository>(m_session), id,
                        unitId, &AwardDialog::setAward, &AwardDialog::award, stored);
    }
    return false;
}

bool RegisterActions::remove(RegisterKind kind, qint64 id)
{
    if (id <= 0)
        return false;
    Ask::question(m_window, tr("Delete entry"),
                  tr("Delete this entry of the register \"%1\"? The deletion is recorded in the audit log.")
                      .arg(Registers::displayName(kind)),
                  [this, kind, id] {
                      WriteResult result;
                      switch (kind) {
                      case RegisterKind::Complaints: result = ComplaintRepository(m_session).remove(id); break;
                      case RegisterKind::Reception: result = ReceptionRepository(m_session).remove(id); break;
                      case RegisterKind::Coercion: result = CoercionRepository(m_session).remove(id); break;
                      case RegisterKind::Awards: result = AwardRepository(m_session).remove(id); break;
                      }
                      if (!result.ok()) {
                          Ask::tell(m_window, QMessageBox::Warning, tr("Delete entry"), result.message());
                          return;
                      }
                      emit entryChanged(kind, id);
                  });
    return true;
}

bool RegisterActions::editTargets(int year)
{
    if (year <= 0)
        year = StatisticalPeriod::statisticalYearOf(m_session.clock().today());
    auto targets = std::make_shared<TargetRepository>(m_session.sql());
    auto saved = std::make_shared<bool>(false);
    TargetsDialog::Store store;
    store.decisions = [targets](int y) { return targets->decisions(y); };
    store.targets = [targets](int y, qint64 decision) { return targets->ofDecision(y, decision); };
    store.inForceAtEnd = [targets](int y) { return targets->forYear(y); };
    store.save = [this, targets, saved](TargetDecision *decision, const QList<Target> &list) {
        const WriteResult result = decision ? targets->saveDecision(m_session, decision, list)
                                            : targets->setMany(m_session, list);
        *saved |= result.ok();
        return result;
    };
    auto *dialog = new TargetsDialog(UnitRepository(m_session.sql()).all(), std::move(store), year, m_window);
    connect(dialog, &QDialog::finished, this, [this, dialog, saved] {
        if (*saved)
            emit targetsChanged(dialog->year());
        dialog->deleteLater();
    });
    dialog->open();
    return true;
}
