#pragma once

#include "RegisterRecords.h"
#include "RegisterStore.h"

#include <QCoreApplication>

// One line of the citizen reception register.
struct ReceptionRow
{
    Reception reception;
    QString unitCode;
    QString complaintPetitioner; // of the linked complaint; empty without one
};

// Reads and writes the citizen reception register (RegisterStore): the linked
// complaint must exist and be of the same unit. A period holds the receptions
// dated in it.
class ReceptionRepository : public RegisterStore<Reception, ReceptionRow>
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionRepository)

public:
    explicit ReceptionRepository(const Session &session);

    static RegisterCursor cursorOf(const ReceptionRow &row);

private:
    QVariantList values(const Reception &r) const override;
    Reception read(const QSqlQuery &q) const override;
    ReceptionRow row(Reception r, const QSqlQuery &q, int at) const override;
    QString searchText(const Reception &r) const override;
    FieldProblems checkLinks(const Reception &r) const override;
    QString noLongerExists() const override;
};
