// The audit viewer's model on a hand-made database: writes by two people on
// two days, then the rows each filter shows (user, table, days, case), newest
// first, a page at a time across a page boundary, as people read them.

#include "AuditTrailModel.h"
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "Format.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using CaseFixtures::makeCase;

class TestAuditTrailModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void pagesAcrossTheBoundary();
    void filtersByUser();
    void filtersByTable();
    void filtersByDays();
    void filtersByCase();
    void readsAsPeopleDo();
    void copiesRowsAsText();
    void exportsEveryRowOfTheFilter();

private:
    // Every row of the filter, read through the model a page at a time.
    static QList<AuditEntry> everyRow(AuditTrailModel &model);
    qint64 sqlCount(const QString &where) const;

    TestDatabase m_db; // "tester" on 25/11/2026
    FixedClock m_earlier{QDateTime(QDate(2026, 11, 20), QTime(9, 30))};
    std::unique_ptr<Session> m_lan; // "lan" on 20/11/2026
    qint64 m_caseA = 0, m_caseB = 0;
};

void TestAuditTrailModel::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    m_lan = std::make_unique<Session>(m_db.database(), Actor{QStringLiteral("lan")}, m_earlier);
    const qint64 mso = m_db.unitId(QStringLiteral("MSO"));
    CaseRepository tester(m_db.session());
    EnforcementCase a = makeCase(mso, QStringLiteral("1/QĐ-CCTHADS"), QDate(2021, 1, 5), 5'000'000);
    QVERIFY(tester.create(&a).ok());
    CaseEvent pay = CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 1'000'000);
    QVERIFY(tester.addEvent(a.id, &pay).ok());
    m_caseA = a.id;

    CaseRepository lan(*m_lan);
    EnforcementCase b = makeCase(mso, QStringLiteral("2/QĐ-CCTHADS"), QDate(2021, 3, 6), 2'000'000);
    QVERIFY(lan.create(&b).ok());
    m_caseB = b.id;
    a.obligorName = QStringLiteral("Lò Văn Sơn");
    QVERIFY(lan.update(a).ok());
    CaseEvent able = CaseFixtures::event(EventType::VerifiedAble, QDate(2021, 3, 10));
    QVERIFY(lan.addEvent(b.id, &able).ok());
}

qint64 TestAuditTrailModel::sqlCount(const QString &where) const
{
    QSqlQuery q(m_db.session().sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<AuditEntry> TestAuditTrailModel::everyRow(AuditTrailModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<AuditEntry> rows;
    for (int i = 0; i < model.rowCount(); ++i)
        rows << model.entry(i);
    return rows;
}

void TestAuditTrailModel::passesTheModelTester()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.fetchMore({});
    AuditFilter filter;
    filter.actor = QStringLiteral("lan");
    model.setFilter(filter);
    model.fetchMore({});
    model.clear();
    model.reload();
}

void TestAuditTrailModel::pagesAcrossTheBoundary()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 4);
    QCOMPARE(model.rowCount(), 4); // one page, not the trail
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 8);
    const QList<AuditEntry> rows = everyRow(model);
    QCOMPARE(rows.size(), sqlCount(QStringLiteral("1")));
    QVERIFY(!model.canFetchMore({}));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY2(rows.at(i - 1).id > rows.at(i).id, "newest first, no row twice");
    QCOMPARE(rows.first().id, sqlCount(QStringLiteral("1"))); // ids from 1, none removed
}

void TestAuditTrailModel::filtersByUser()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 2);
    AuditFilter filter;
    filter.actor = QStringLiteral("lan");
    model.setFilter(filter);
    const QList<AuditEntry> rows = everyRow(model);
    QCOMPARE(rows.size(), sqlCount(QStringLiteral("actor = 'lan'")));
    QCOMPARE(rows.size(), 3); // case B, its verification (no cached column changes), case A changed
    for (const AuditEntry &e : rows)
        QCOMPARE(e.actor, QStringLiteral("lan"));
    QCOMPARE(model.index(0, AuditTrailModel::User).data().toString(), QStringLiteral("lan"));
}

void TestAuditTrailModel::filtersByTable()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 2);
    AuditFilter filter;
    filter.entity = QStringLiteral("case_events");
    model.setFilter(filter);
    QList<AuditEntry> rows = everyRow(model);
    QCOMPARE(rows.size(), 2);
    for (const AuditEntry &e : rows)
        QCOMPARE(e.entity, QStringLiteral("case_events"));
    filter.entity = QStringLiteral("units");
    model.setFilter(filter);
    QCOMPARE(everyRow(model).size(), 13); // the province's units, seeded
    QCOMPARE(model.index(0, AuditTrailModel::Table).data().toString(), QStringLiteral("Units"));

    QString error;
    const QStringList tables = AuditTrail(m_db.session().sql()).entities(&error);
    QCOMPARE(tables, (QStringList{QStringLiteral("case_events"), QStringLiteral("cases"), QStringLiteral("units")}));
    QCOMPARE(AuditTrail(m_db.session().sql()).actors(&error),
             (QStringList{QStringLiteral("lan"), QStringLiteral("tester"), QStringLiteral("thads")}));
}

void TestAuditTrailModel::filtersByDays()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 2);
    AuditFilter filter;
    filter.from = filter.to = QDate(2026, 11, 20);
    model.setFilter(filter);
    QList<AuditEntry> rows = everyRow(model);
    QCOMPARE(rows.size(), sqlCount(QStringLiteral("actor = 'lan'")));
    for (const AuditEntry &e : rows)
        QCOMPARE(e.at.toLocalTime().date(), QDate(2026, 11, 20));
    filter.from = QDate(2026, 11, 21); // the tester's days (the units are seeded at the real time)
    filter.to = QDate(2026, 11, 25);
    model.setFilter(filter);
    rows = everyRow(model);
    QCOMPARE(rows.size(), sqlCount(QStringLiteral("actor = 'tester'")));
    filter.from = {};
    filter.to = QDate(2026, 11, 19); // before both
    model.setFilter(filter);
    for (const AuditEntry &e : everyRow(model))
        QVERIFY(e.at.toLocalTime().date() <= QDate(2026, 11, 19));
}

void TestAuditTrailModel::filtersByCase()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 2);
    AuditFilter filter;
    filter.caseId = m_caseA;
    model.setFilter(filter);
    const QList<AuditEntry> rows = everyRow(model);
    // Newest first: lan's change, the payment's cached state, the payment, the case.
    QStringList seen;
    for (const AuditEntry &e : rows) {
        QCOMPARE(e.caseId, m_caseA);
        seen << e.actor + QLatin1Char(' ') + e.entity + QLatin1Char(' ') + e.action;
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("lan cases update"), QStringLiteral("tester cases update"),
                                QStringLiteral("tester case_events insert"), QStringLiteral("tester cases insert")}));
    filter.actor = QStringLiteral("lan"); // and the user
    model.setFilter(filter);
    QCOMPARE(everyRow(model).size(), 1);
    filter.actor.clear();
    filter.entity = QStringLiteral("case_events"); // and the table
    model.setFilter(filter);
    QCOMPARE(everyRow(model).size(), 1);
    filter = {};
    filter.caseId = m_caseB;
    model.setFilter(filter);
    QCOMPARE(everyRow(model).size(), 2); // the case and its verification, which changes no cached column
}

void TestAuditTrailModel::readsAsPeopleDo()
{
    AuditTrailModel model(m_db.session().sql());
    AuditFilter filter;
    filter.caseId = m_caseA;
    model.setFilter(filter);
    const auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, AuditTrailModel::Action), QStringLiteral("Changed"));
    QCOMPARE(cell(0, AuditTrailModel::Table), QStringLiteral("Cases"));
    QCOMPARE(cell(0, AuditTrailModel::Row), QStringLiteral("1/QĐ-CCTHADS (Mai Sơn)"));
    // Only the field that changed, by the form's name for it.
    QCOMPARE(cell(0, AuditTrailModel::Changes), QStringLiteral("Obligor: %1 → Lò Văn Sơn")
                                                    .arg(makeCase(0, {}, {}, 0).obligorName));
    QVERIFY2(cell(0, AuditTrailModel::Time).startsWith(QStringLiteral("20/11/2026 09:30")),
             qPrintable(cell(0, AuditTrailModel::Time)));
    // The payment's effect on the cached columns, in money.
    QVERIFY2(cell(1, AuditTrailModel::Changes).contains(QStringLiteral("Remaining: %1 → %2").arg(Format::money(5'000'000), Format::money(4'000'000))),
             qPrintable(cell(1, AuditTrailModel::Changes)));
    QCOMPARE(cell(2, AuditTrailModel::Action), QStringLiteral("Added"));
    QVERIFY2(cell(2, AuditTrailModel::Row).startsWith(QStringLiteral("1/QĐ-CCTHADS (Mai Sơn), event no. ")),
             qPrintable(cell(2, AuditTrailModel::Row)));
    QVERIFY2(cell(2, AuditTrailModel::Changes).contains(QStringLiteral("Amount: ") + Format::money(1'000'000)),
             qPrintable(cell(2, AuditTrailModel::Changes)));
    QVERIFY2(cell(2, AuditTrailModel::Changes).contains(QStringLiteral("Date: 01/02/2021")),
             qPrintable(cell(2, AuditTrailModel::Changes)));
    QVERIFY2(cell(3, AuditTrailModel::Changes).contains(QStringLiteral("Unit: Mai Sơn")),
             qPrintable(cell(3, AuditTrailModel::Changes)));
    for (int c = 0; c < AuditTrailModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

void TestAuditTrailModel::copiesRowsAsText()
{
    AuditTrailModel model(m_db.session().sql());
    AuditFilter filter;
    filter.caseId = m_caseA;
    model.setFilter(filter);
    const QStringList lines = model.rowsAsText({0, 3}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Time\tUser\tAction\tTable\tRow / case\tChanges"));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\tlan\tChanged\tCases\t1/QĐ-CCTHADS (Mai Sơn)\tObligor: ")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2).count(QLatin1Char('\t')), 5);
}

void TestAuditTrailModel::exportsEveryRowOfTheFilter()
{
    AuditTrailModel model(m_db.session().sql(), nullptr, 2); // two rows loaded, every one exported
    AuditFilter filter;
    filter.actor = QStringLiteral("lan");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QString error;
    const QByteArray csv = model.csv(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 for Excel
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and lan's three rows
    QCOMPARE(lines.at(0), QStringLiteral("id,at,actor,action,entity,entity_id,case,changes,old_values,new_values"));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",2026-11-20T09:30:00")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",lan,insert,case_events,")), qPrintable(lines.at(1)));
    model.clear(); // a case that does not exist: nothing but the header
    QCOMPARE(QString::fromUtf8(model.csv(&error).mid(3)).count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestAuditTrailModel)
#include "tst_audittrailmodel.moc"
