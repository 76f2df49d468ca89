// How THADS holds up on a national-scale database (DESIGN.md: 1,000,000
// cases). Not a test: run it by hand, e.g.
//   build/tests/benchmarks/bench_scale --db /tmp/million.db --cases 1000000
// It generates the database once (a few minutes), then times what a clerk and
// an official wait for, against the targets below, and exits 1 if one is missed.

#include "CaseListModel.h"
#include "Database.h"
#include "StatisticsEngine.h"
#include "SyntheticCases.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

namespace {
struct Measure
{
    const char *what;
    qint64 targetMs;
    std::function<void()> run;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE"),
                        QStringLiteral("/tmp/thads-scale.db")},
                       {QStringLiteral("cases"), QStringLiteral("cases to generate"), QStringLiteral("N"),
                        QStringLiteral("1000000")}});
    parser.process(app);
    QTextStream out(stdout);
    const QString path = parser.value(QStringLiteral("db"));
    QString error;
    if (!QFileInfo::exists(path)) {
        out << "generating " << parser.value(QStringLiteral("cases")) << " cases into " << path << "..." << Qt::endl;
        auto database = Database::open(path, Database::OpenMode::CreateNew, &error);
        const FixedClock clock(QDate(2026, 11, 25));
        const Session session(*database, Actor{QStringLiteral("bench")}, clock);
        QElapsedTimer timer;
        timer.start();
        if (!database || !SyntheticCases::generate(session, parser.value(QStringLiteral("cases")).toInt(), 7, &error)) {
            out << "failed: " << error << Qt::endl;
            return 2;
        }
        out << "generated in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }

    std::unique_ptr<Database> database;
    std::unique_ptr<CaseListModel> model;
    const QList<Measure> measures{
        {"open the database (checks included)", 5000,
         [&] { database = Database::open(path, Database::OpenMode::ExistingOnly, &error); }},
        {"register: first page and count", 500, [&] { model = std::make_unique<CaseListModel>(database->sql()); }},
        {"register: scroll 50 pages", 1000,
         [&] {
             for (int i = 0; i < 50; ++i)
                 model->fetchMore({});
         }},
        {"register: search \"nguyen van hung\"", 1000,
         [&] {
             CaseFilter filter;
             filter.search = QStringLiteral("nguyen van hung");
             model->setFilter(filter);
         }},
        {"register: one unit, on hold", 1000,
         [&] {
             CaseFilter filter;
             filter.unitId = 5;
             filter.states = {CaseState::Postponed, CaseState::Suspended, CaseState::HeldOther};
             model->setFilter(filter);
         }},
        {"register: sort by amount due", 1000,
         [&] {
             model->setFilter({});
             model->sort(CaseListModel::AmountDue, Qt::DescendingOrder);
         }},
        {"statistics: year 2021, every unit", 30000,
         [&] { StatisticsEngine(database->sql()).compute(StatisticalPeriod::year(2021), &error); }},
    };
    bool allMet = true;
    out << QStringLiteral("%1  %2  %3").arg(QStringLiteral("what"), -40).arg(QStringLiteral("ms"), 8).arg(QStringLiteral("target"), 8)
        << Qt::endl;
    for (const Measure &m : measures) {
        QElapsedTimer timer;
        timer.start();
        m.run();
        const qint64 ms = timer.elapsed();
        const bool met = ms <= m.targetMs;
        allMet &= met;
        out << QStringLiteral("%1  %2  %3 %4")
                   .arg(QString::fromLatin1(m.what), -40)
                   .arg(ms, 8)
                   .arg(m.targetMs, 8)
                   .arg(met ? QString() : QStringLiteral("MISSED"))
            << Qt::endl;
        if (!database) {
            out << "cannot open: " << error << Qt::endl;
            return 2;
        }
    }
    return allMet ? 0 : 1;
}
