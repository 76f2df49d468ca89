#include "TestDatabase.h"

#include "UnitRepository.h"

TestDatabase::TestDatabase(QDate today) : m_clock(QDateTime(today, QTime(9, 0)))
{
    m_database = Database::open(path(), Database::OpenMode::CreateNew, &m_error);
    if (m_database)
        m_session = std::make_unique<Session>(*m_database, Actor{QStringLiteral("tester")}, m_clock);
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.db"));
}

qint64 TestDatabase::unitId(const QString &code) const
{
    const auto unit = UnitRepository(m_database->sql()).byCode(code);
    return unit ? unit->id : 0;
}
