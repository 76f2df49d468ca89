// thads-cli stats --table: each register's summary as csv, json and a table
// for people, from a small database worked out by hand; a bad --table value
// is one line on stderr and exit code 2.
#include "AwardRepository.h"
#include "ComplaintRepository.h"
#include "RegisterFixtures.h"
#include "UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace RegisterFixtures;

class TestRegistersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csv();
    void json();
    void table();
    void everyTable_data();
    void everyTable();
    void refusals_data();
    void refusals();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments) const;
    // The values of a CSV row after its unit name, by unit code.
    static QHash<QString, QString> rowsAfterName(const QByteArray &csv);

    QTemporaryDir m_dir;
    QString m_path;
};

TestRegistersCli::Run TestRegistersCli::cli(const QStringList &arguments) const
{
    QProcess process;
    // A desktop session's environment: Qt has a runtime folder and says nothing about it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(THADS_CLI), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QHash<QString, QString> TestRegistersCli::rowsAfterName(const QByteArray &csv)
{
    QHash<QString, QString> rows;
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QString text = QString::fromUtf8(line);
        const QString code = text.section(QLatin1Char(','), 0, 0);
        rows.insert(code, text.section(QLatin1Char(','), 2));
    }
    return rows;
}

void TestRegistersCli::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("cli.db"));
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::CreateNew, &error);
    QVERIFY2(database, qPrintable(error));
    const FixedClock clock(QDate(2026, 11, 25));
    const Session session(*database, Actor{QStringLiteral("tester")}, clock);
    const UnitRepository units(database->sql());
    const qint64 tpsl = units.byCode(QStringLiteral("TPSL"))->id;
    const qint64 mso = units.byCode(QStringLiteral("MSO"))->id;
    QList<Complaint> complaints{
        complaint(tpsl, QDate(2021, 1, 10), Competence::Within, ComplaintResult::Upheld, QDate(2021, 2, 1)),
        complaint(tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress),
        complaint(mso, QDate(2021, 4, 1), Competence::Outside, ComplaintResult::InProgress),
    };
    QVERIFY(ComplaintRepository(session).createMany(&complaints).ok());
    QList<Award> awards{
        award(tpsl, 2021, AwardLevel::KncTuPhap, RecipientKind::Individual, QStringLiteral("Lò Văn Hùng")),
        award(mso, 2021, AwardLevel::GiayKhenCuc, RecipientKind::Collective,
              QStringLiteral("Chi cục THADS huyện Mai Sơn")),
    };
    QVERIFY(AwardRepository(session).createMany(&awards).ok());
}

void TestRegistersCli::csv()
{
    const Run run = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--year"),
                         QStringLiteral("2021"), QStringLiteral("--table"), QStringLiteral("complaints"),
                         QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith("unit_code,unit_name,carried_over,received,total,within_competence,"
                               "outside_competence,settled,withdrawn,in_progress,settled_rate,complaints,"
                               "denunciations,repeated,crowd,beyond_level\n"));
    const auto rows = rowsAfterName(run.out);
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows.value(QStringLiteral("TPSL")), QStringLiteral("0,2,2,2,0,1,0,1,50.00,2,0,0,0,0"));
    QCOMPARE(rows.value(QStringLiteral("MSO")), QStringLiteral("0,1,1,0,1,0,0,0,,1,0,0,0,0"));
    QCOMPARE(rows.value(QStringLiteral("CUC")), QStringLiteral("0,0,0,0,0,0,0,0,,0,0,0,0,0"));
    QCOMPARE(rows.value(QStringLiteral("PROVINCE")), QStringLiteral("0,3,3,2,1,1,0,1,50.00,3,0,0,0,0"));
    QVERIFY(run.out.trimmed().split('\n').last().startsWith("PROVINCE,"));
}

void TestRegistersCli::json()
{
    const Run run = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--year"),
                         QStringLiteral("2021"), QStringLiteral("--months"), QStringLiteral("9"),
                         QStringLiteral("--table"), QStringLiteral("awards"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--unit"), QStringLiteral("PROVINCE")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("table")).toString(), QStringLiteral("awards"));
    const QJsonObject period = root.value(QStringLiteral("period")).toObject();
    QCOMPARE(period.value(QStringLiteral("end")).toString(), QStringLiteral("2021-06-30"));
    QCOMPARE(period.value(QStringLiteral("months")).toInt(), 9);
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject province = rows.first().toObject();
    QCOMPARE(province.value(QStringLiteral("unit_code")).toString(), QStringLiteral("PROVINCE"));
    QCOMPARE(province.value(QStringLiteral("knc_tu_phap_individual")).toInt(), 1);
    QCOMPARE(province.value(QStringLiteral("giay_khen_cuc_collective")).toInt(), 1);
    QCOMPARE(province.value(QStringLiteral("collective")).toInt(), 1);
    QCOMPARE(province.value(QStringLiteral("individual")).toInt(), 1);
    QCOMPARE(province.value(QStringLiteral("total")).toInt(), 2);

    const Run rates = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--year"),
                           QStringLiteral("2021"), QStringLiteral("--table"), QStringLiteral("complaints"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray all = QJsonDocument::fromJson(rates.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(all.size(), 14);
    for (const QJsonValue &row : all) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("unit_code")).toString() == QLatin1String("TPSL"))
            QCOMPARE(o.value(QStringLiteral("settled_rate")).toDouble(), 50.0);
        if (o.value(QStringLiteral("unit_code")).toString() == QLatin1String("MSO"))
            QVERIFY(o.value(QStringLiteral("settled_rate")).isNull());
    }
}

void TestRegistersCli::table()
{
    const QStringList arguments{QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--year"),
                                QStringLiteral("2021"), QStringLiteral("--table"), QStringLiteral("complaints"),
                                QStringLiteral("--unit"), QStringLiteral("TPSL")};
    const Run vi = cli(arguments);
    QCOMPARE(vi.exitCode, 0);
    const QString text = QString::fromUtf8(vi.out);
    QVERIFY2(text.contains(QStringLiteral("01/10/2020 - 30/09/2021")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("50,00\u00a0%")), qPrintable(text)); // Vietnamese: decimal comma
    const Run en = cli(arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(en.exitCode, 0);
    QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("50.00\u00a0%")));
    QVERIFY(QString::fromUtf8(en.out).contains(QStringLiteral("Within competence")));
}

void TestRegistersCli::everyTable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("firstKeys");
    QTest::newRow("complaints") << "complaints" << "carried_over,received,total";
    QTest::newRow("reception") << "reception" << "sessions,people,by_leader,by_staff,with_complaint";
    QTest::newRow("coercion") << "coercion" << "operations,with_forces,successful,police,commune,other_forces";
    QTest::newRow("awards") << "awards" << "knc_tu_phap_collective,knc_tu_phap_individual";
}

void TestRegistersCli::everyTable()
{
    QFETCH(QString, table);
    QFETCH(QString, firstKeys);
    for (const char *format : {"table", "csv", "json"}) {
        const Run run = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_path, QStringLiteral("--year"),
                             QStringLiteral("2022"), QStringLiteral("--table"), table, QStringLiteral("--format"),
                             QString::fromLatin1(format)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
        if (qstrcmp(format, "csv") == 0)
            QVERIFY(run.out.startsWith("unit_code,unit_name," + firstKeys.toUtf8()));
    }
}

void TestRegistersCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("message"); // what the one line names, in any language
    QTest::newRow("unknown table") << QStringList{QStringLiteral("--year"), QStringLiteral("2021"),
                                                  QStringLiteral("--table"), QStringLiteral("cases")}
                                   << QStringList{QStringLiteral("--table:"), QStringLiteral("cases"),
                                                  QStringLiteral("complaints, reception, coercion")};
    QTest::newRow("no value") << QStringList{QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--table")}
                              << QStringList{QStringLiteral("--table")};
    QTest::newRow("no period") << QStringList{QStringLiteral("--table"), QStringLiteral("awards")}
                               << QStringList{QStringLiteral("--year")};
    QTest::newRow("unknown unit") << QStringList{QStringLiteral("--year"), QStringLiteral("2021"),
                                                 QStringLiteral("--table"), QStringLiteral("awards"),
                                                 QStringLiteral("--unit"), QStringLiteral("XYZ")}
                                  << QStringList{QStringLiteral("--unit:"), QStringLiteral("XYZ")};
}

void TestRegistersCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, message);
    const Run run = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), m_path} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    for (const QString &part : message)
        QVERIFY2(QString::fromUtf8(run.err).contains(part), run.err.constData());
}

QTEST_GUILESS_MAIN(TestRegistersCli)
#include "tst_registerscli.moc"
