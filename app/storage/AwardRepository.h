#pragma once

#include "RegisterRecords.h"
#include "RegisterStore.h"

#include <QCoreApplication>

// One line of the awards register.
struct AwardRow
{
    Award award;
    QString unitCode;
};

// Reads and writes the register of emulation awards (RegisterStore). A period
// shows the awards of its statistical year.
class AwardRepository : public RegisterStore<Award, AwardRow>
{
    Q_DECLARE_TR_FUNCTIONS(AwardRepository)

public:
    explicit AwardRepository(const Session &session);

    static RegisterCursor cursorOf(const AwardRow &row);

private:
    QVariantList values(const Award &a) const override;
    Award read(const QSqlQuery &q) const override;
    AwardRow row(Award a, const QSqlQuery &q, int at) const override;
    QString searchText(const Award &a) const override;
    QString noLongerExists() const override;
};
