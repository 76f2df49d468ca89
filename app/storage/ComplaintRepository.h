#pragma once

#include "RegisterRecords.h"
#include "RegisterStore.h"

#include <QCoreApplication>

// One line of the complaints register.
struct ComplaintRow
{
    Complaint complaint;
    QString unitCode;
    QString caseDecisionNo; // of the linked case; empty without one
};

// A complaint as a reception form offers it for linking.
struct ComplaintChoice
{
    qint64 id = 0;
    QString label; // "12/03/2021 — petitioner: subject"
};

// Reads and writes the register of complaints and denunciations (RegisterStore):
// the linked case must exist and be of the same unit, and a complaint that
// receptions link to is not deleted. A period holds the petitions it handles:
// received by its end and not closed before it.
class ComplaintRepository : public RegisterStore<Complaint, ComplaintRow>
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    explicit ComplaintRepository(const Session &session);

    static RegisterCursor cursorOf(const ComplaintRow &row);
    // What a reception of the unit on `date` may link to: complaints received
    // in the year before it (or within a month after), newest first.
    QList<ComplaintChoice> choices(qint64 unitId, QDate date) const;

private:
    QVariantList values(const Complaint &c) const override;
    Complaint read(const QSqlQuery &q) const override;
    ComplaintRow row(Complaint c, const QSqlQuery &q, int at) const override;
    QString searchText(const Complaint &c) const override;
    FieldProblems checkLinks(const Complaint &c) const override;
    WriteResult checkRemovable(const Complaint &c) const override;
    QString noLongerExists() const override;
};
