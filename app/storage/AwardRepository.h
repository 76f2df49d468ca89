#pragma once

#include "RegisterRecords.h"
#include "RegisterTable.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// One line of the awards register.
struct AwardRow
{
    Award award;
    QString unitCode;
};

// Reads and writes the register of emulation awards: validated, one
// transaction and an audit row per write. A period shows the awards of its
// statistical year.
class AwardRepository
{
    Q_DECLARE_TR_FUNCTIONS(AwardRepository)

public:
    explicit AwardRepository(const Session &session) : m_session(session) {}

    std::optional<Award> find(qint64 id) const;
    qint64 count(const RegisterFilter &filter) const;
    QList<AwardRow> page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const;
    static RegisterCursor cursorOf(const AwardRow &row);

    WriteResult create(Award *a);
    WriteResult createMany(QList<Award> *awards);
    WriteResult update(const Award &a);
    WriteResult remove(qint64 id);

    static QJsonObject toJson(const Award &a);

private:
    FieldProblems check(const Award &a) const;
    RegisterTable table() const;

    const Session &m_session;
};
