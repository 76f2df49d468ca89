// libFuzzer: the importer's row parsing on any cases file never crashes or
// hangs; every problem names its file, a line and a field; and a file it
// accepts is written and stored exactly as cleaned (TextFolding::clean) —
// what was typed, not something else.
#include "CaseImporter.h"
#include "Database.h"
#include "Session.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {
struct World
{
    QTemporaryDir dir;
    QString casesPath = dir.filePath(QStringLiteral("cases.csv"));
};

World &world()
{
    static int argc = 1;
    static char name[] = "fuzz_caseimporter";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static World w;
    return w;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    QFile file(w.casesPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    QString error;
    auto database = Database::open(QStringLiteral(":memory:"), Database::OpenMode::CreateNew, &error);
    if (!database)
        std::abort();
    const FixedClock clock(QDate(2026, 11, 25));
    const Session session(*database, Actor{QStringLiteral("fuzz")}, clock);
    CaseImporter importer(session);
    if (!importer.check(w.casesPath)) {
        for (const CaseImporter::Problem &p : importer.problems()) {
            if (p.file.isEmpty() || p.field.isEmpty() || p.message.isEmpty() || p.line < 0)
                std::abort();
        }
        return 0;
    }
    if (!importer.write().ok())
        std::abort(); // what check() accepted is written
    QSqlQuery q(database->sql());
    if (!q.exec(QStringLiteral("SELECT decision_no, obligor_name FROM cases")))
        std::abort();
    while (q.next()) {
        const QString stored = q.value(0).toString();
        if (stored.isEmpty() || stored != TextFolding::clean(stored))
            std::abort();
    }
    return 0;
}
