#include "TestDatabase.h"

#include "DemoBuilder.h"
#include "UnitRepository.h"

#include <QFile>
#include <QFileInfo>

TestDatabase::TestDatabase(QDate today) : TestDatabase(today, Contents::Empty)
{
}

TestDatabase::TestDatabase(QDate today, Contents contents) : m_clock(QDateTime(today, QTime(9, 0)))
{
    const QString built = QStringLiteral(THADS_DEMO_DB); // the fixture's file (tests/CMakeLists.txt)
    const bool copied = contents == Contents::Demo && QFileInfo::exists(built);
    if (copied && !QFile::copy(built, path())) {
        m_error = QStringLiteral("The demo database %1 cannot be copied to %2").arg(built, path());
        return;
    }
    m_database = Database::open(path(), copied ? Database::OpenMode::ExistingOnly : Database::OpenMode::CreateNew,
                                &m_error);
    if (!m_database)
        return;
    m_session = std::make_unique<Session>(*m_database, Actor{QStringLiteral("tester")}, m_clock);
    if (contents == Contents::Demo && !copied && !DemoBuilder(*m_session).build(&m_error)) {
        m_session.reset();
        m_database.reset();
    }
}

std::unique_ptr<TestDatabase> TestDatabase::demo(QDate today)
{
    return std::unique_ptr<TestDatabase>(new TestDatabase(today, Contents::Demo));
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
