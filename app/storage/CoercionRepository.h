#pragma once

#include "RegisterRecords.h"
#include "RegisterStore.h"

#include <QCoreApplication>

// One line of the coercion register.
struct CoercionRow
{
    Coercion coercion;
    QString unitCode;
    QString caseDecisionNo;
    QString obligor;
};

// Reads and writes the register of coercive enforcement operations
// (RegisterStore): the case must exist, be of the same unit and have been
// accepted by the operation's date. A period holds the operations dated in it.
class CoercionRepository : public RegisterStore<Coercion, CoercionRow>
{
    Q_DECLARE_TR_FUNCTIONS(CoercionRepository)

public:
    explicit CoercionRepository(const Session &session);

    static RegisterCursor cursorOf(const CoercionRow &row);

private:
    QVariantList values(const Coercion &c) const override;
    Coercion read(const QSqlQuery &q) const override;
    CoercionRow row(Coercion c, const QSqlQuery &q, int at) const override;
    QString searchText(const Coercion &c) const override;
    FieldProblems checkLinks(const Coercion &c) const override;
    QString noLongerExists() const override;
};
