// The lazy case register model on a generated database of 100 000 cases:
// pages arrive on demand, and filtering, searching and sorting happen in SQL.

#include "CaseListModel.h"
#include "CaseListQuery.h"
#include "SyntheticCases.h"
#include "TestDatabase.h"
#include "TextFolding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestCaseListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsOnePageAtATime();
    void passesTheModelTester();
    void countsWithoutLoading();
    void filtersInSql_data();
    void filtersInSql();
    void searchIgnoresDiacritics_data();
    void searchIgnoresDiacritics();
    void pagesFollowTheSortOrder_data();
    void pagesFollowTheSortOrder();

private:
    qint64 sqlCount(const QString &where) const;
    TestDatabase m_db;
};

static constexpr int kCases = 100000;

void TestCaseListModel::initTestCase()
{
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    QString error;
    QVERIFY2(SyntheticCases::generate(m_db.session(), kCases, 42, &error), qPrintable(error));
}

qint64 TestCaseListModel::sqlCount(const QString &where) const
{
    QSqlQuery q(m_db.session().sql());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + where) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCaseListModel::loadsOnePageAtATime()
{
    CaseListModel model(m_db.session().sql());
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize);
    QCOMPARE(model.totalCount(), qint64(kCases));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * CaseListModel::kPageSize);
}

void TestCaseListModel::passesTheModelTester()
{
    CaseListModel model(m_db.session().sql());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.sort(CaseListModel::Obligor, Qt::AscendingOrder);
    CaseFilter filter;
    filter.search = QStringLiteral("lo thi");
    model.setFilter(filter);
    for (int i = 0; i < 3 && model.canFetchMore({}); ++i)
        model.fetchMore({});
    model.reload();
}

void TestCaseListModel::countsWithoutLoading()
{
    CaseListModel model(m_db.session().sql());
    QSignalSpy spy(&model, &CaseListModel::totalCountChanged);
    CaseFilter filter;
    filter.unitId = m_db.unitId(QStringLiteral("MSO"));
    model.setFilter(filter);
    const qint64 expected = sqlCount(QStringLiteral("unit_id = %1").arg(filter.unitId));
    QVERIFY(expected > CaseListModel::kPageSize);
    QCOMPARE(model.totalCount(), expected);
    QCOMPARE(model.rowCount(), CaseListModel::kPageSize); // counted, not loaded
    QCOMPARE(spy.count(), 1);
    // Clerks read the unit's name, not its code; the tooltip gives the full name.
    QCOMPARE(model.index(0, CaseListModel::Unit).data().toString(), QStringLiteral("Mai Sơn"));
    QCOMPARE(model.index(0, CaseListModel::Unit).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Chi cục Thi hành án dân sự huyện Mai Sơn"));
}

void TestCaseListModel::filtersInSql_data()
{
    QTest::addColumn<CaseFilter>("filter");
    QTest::addColumn<QString>("where");
    CaseFilter onHold;
    onHold.states = {CaseState::Postponed, CaseState::Suspended, CaseState::HeldOther};
    QTest::newRow("on hold") << onHold << QStringLiteral("state IN ('postponed', 'suspended', 'other')");
    CaseFilter completed;
    completed.states = {CaseState::Completed};
    QTest::newRow("completed") << completed << QStringLiteral("state = 'completed'");
    CaseFilter criminal;
    criminal.kind = CaseKind::HinhSu;
    QTest::newRow("criminal") << criminal << QStringLiteral("kind = 'hinh_su'");
    CaseFilter onRequest;
    onRequest.mode = EnforcementMode::TheoDon;
    QTest::newRow("on request") << onRequest << QStringLiteral("mode = 'theo_don'");
    CaseFilter year;
    year.acceptedYear = 2021;
    QTest::newRow("accepted in 2021") << year << QStringLiteral("decision_date BETWEEN '2020-10-01' AND '2021-09-30'");
    CaseFilter combined = year;
    combined.states = {CaseState::WithoutConditions};
    combined.kind = CaseKind::DanSu;
    QTest::newRow("combined") << combined
                              << QStringLiteral("decision_date BETWEEN '2020-10-01' AND '2021-09-30' AND "
                                                "state = 'without_conditions' AND kind = 'dan_su'");
}

void TestCaseListModel::filtersInSql()
{
    QFETCH(CaseFilter, filter);
    QFETCH(QString, where);
    CaseListModel model(m_db.session().sql());
    model.setFilter(filter);
    const qint64 expected = sqlCount(where);
    QVERIFY(expected > 0);
    QCOMPARE(model.totalCount(), expected);
    // Every loaded row matches: the first two pages.
    model.fetchMore({});
    const CaseListQuery query(m_db.session().sql());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString state = model.index(row, CaseListModel::State).data().toString();
        if (!filter.states.isEmpty())
            QVERIFY2(!state.isEmpty(), "a state is shown");
    }
}

void TestCaseListModel::searchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("like"); // what the folded names must contain
    QTest::newRow("nguyen van hung") << QStringLiteral("nguyen van hung") << QStringLiteral("nguyen van hung");
    QTest::newRow("lo thi") << QStringLiteral("lo thi") << QStringLiteral("lo thi");
    QTest::newRow("from a middle word") << QStringLiteral("van hu") << QStringLiteral("van hu");
    QTest::newRow("đ folds to d") << QStringLiteral("dinh duc dat") << QStringLiteral("dinh duc dat");
    QTest::newRow("marks typed") << QStringLiteral("Lường Thị Mai") << QStringLiteral("luong thi mai");
}

void TestCaseListModel::searchIgnoresDiacritics()
{
    QFETCH(QString, typed);
    QFETCH(QString, like);
    CaseListModel model(m_db.session().sql());
    CaseFilter filter;
    filter.search = typed;
    model.setFilter(filter);
    // The words in a row, from the start of a word, in the decision number or a name.
    const qint64 expected = sqlCount(QStringLiteral("(' ' || obligor_key) LIKE '%% %1%' OR (' ' || obligee_key) "
                                                    "LIKE '%% %1%' OR (' ' || decision_key) LIKE '%% %1%'")
                                         .arg(like));
    QVERIFY(expected > 0);
    QCOMPARE(model.totalCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString names = TextFolding::fold(model.index(row, CaseListModel::Obligor).data().toString() + u' '
                                                + model.index(row, CaseListModel::Obligee).data().toString());
        QVERIFY2((u' ' + names).contains(u' ' + like), qPrintable(names));
    }
}

void TestCaseListModel::pagesFollowTheSortOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("amount due, largest first") << int(CaseListModel::AmountDue) << Qt::DescendingOrder
                                               << QStringLiteral("amount_due DESC, id DESC");
    QTest::newRow("obligor A-Z") << int(CaseListModel::Obligor) << Qt::AscendingOrder
                                 << QStringLiteral("obligor_key, id");
    QTest::newRow("decision date, newest first") << int(CaseListModel::DecisionDate) << Qt::DescendingOrder
                                                 << QStringLiteral("decision_date DESC, id DESC");
    QTest::newRow("state") << int(CaseListModel::State) << Qt::AscendingOrder << QStringLiteral("state, id");
    QTest::newRow("unit, official order") << int(CaseListModel::Unit) << Qt::AscendingOrder
                                          << QStringLiteral("unit_id, id");
}

void TestCaseListModel::pagesFollowTheSortOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, orderBy);
    CaseListModel model(m_db.session().sql());
    model.sort(column, order);
    for (int i = 0; i < 4; ++i)
        model.fetchMore({});
    // The pages, joined, are exactly the first rows of one ORDER BY: no gap, no repeat.
    QSqlQuery q(m_db.session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM cases ORDER BY %1 LIMIT %2").arg(orderBy).arg(model.rowCount())));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(q.next());
        QCOMPARE(model.caseId(row), q.value(0).toLongLong());
    }
}

QTEST_MAIN(TestCaseListModel)
#include "tst_caselistmodel.moc"
