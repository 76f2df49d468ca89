// The register list models under QAbstractItemModelTester: pages arrive as the
// view asks (keyset paging), filters apply in SQL, the count is of all
// matching entries; and the targets editor's model reads and keeps percents.
#include "AwardListModel.h"
#include "CoercionListModel.h"
#include "ComplaintListModel.h"
#include "ReceptionListModel.h"
#include "ReceptionRepository.h"
#include "RegisterFixtures.h"
#include "TargetsModel.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace RegisterFixtures;

class TestRegisterModels : public QObject
{
    Q_OBJECT

private slots:
    void receptionsPageLazily();
    void everyModelUnderTheTester();
    void targets();
};

void TestRegisterModels::receptionsPageLazily()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    QList<Reception> list;
    for (int i = 0; i < 450; ++i)
        list << reception(i % 3 == 0 ? mso : tpsl, QDate(2020, 10, 1).addDays(i % 365), ReceiverRole::Staff, 1);
    list[7].subject = QStringLiteral("Đề nghị trả lại tài sản tạm giữ");
    QVERIFY(ReceptionRepository(db.session()).createMany(&list).ok());

    ReceptionListModel model(db.session());
    QCOMPARE(model.rowCount(), RegisterListModel::kPageSize);
    QCOMPARE(model.totalCount(), 450);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * RegisterListModel::kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    // Newest first, no row twice.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
        if (row > 0)
            QVERIFY(model.rowAt(row)->reception.date <= model.rowAt(row - 1)->reception.date);
    }
    QCOMPARE(ids.size(), 450);

    QSignalSpy counted(&model, &RegisterListModel::totalCountChanged);
    RegisterFilter filter;
    filter.unitId = mso;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 150);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(model.index(0, ReceptionListModel::Unit).data().toString(), QStringLiteral("Mai Sơn"));
    filter.unitId = 0;
    filter.search = QStringLiteral("tam giu");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ReceptionListModel::Subject).data().toString(), list.at(7).subject);
    QCOMPARE(model.rowOfId(list.at(7).id), 0);
    QCOMPARE(model.index(0, 0).data(RegisterListModel::IdRole).toLongLong(), list.at(7).id);
}

void TestRegisterModels::everyModelUnderTheTester()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const Session &s = db.session();
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 caseId = storeCase(s, tpsl, QStringLiteral("3/QĐ-CCTHADS"), QDate(2020, 5, 1));
    Complaint c = complaint(tpsl, QDate(2021, 1, 4), Competence::Within, ComplaintResult::Rejected, QDate(2021, 2, 4));
    c.caseId = caseId;
    c.crowd = true;
    QVERIFY(ComplaintRepository(s).create(&c).ok());
    Coercion k = coercion(tpsl, caseId, QDate(2021, 3, 1), CoercionMeasure::PropertySeizure, 7, 2, 1);
    QVERIFY(CoercionRepository(s).create(&k).ok());
    Award a = award(tpsl, 2021, AwardLevel::KncTuPhap, RecipientKind::Individual, QStringLiteral("Lò Văn Hùng"));
    QVERIFY(AwardRepository(s).create(&a).ok());

    ComplaintListModel complaints(s);
    CoercionListModel coercions(s);
    AwardListModel awards(s);
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{&complaints, &coercions, &awards}) {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(complaints.index(0, ComplaintListModel::Case).data().toString(), QStringLiteral("3/QĐ-CCTHADS"));
    QCOMPARE(complaints.index(0, ComplaintListModel::SettledDate).data().toString(), QStringLiteral("04/02/2021"));
    QCOMPARE(complaints.index(0, ComplaintListModel::Flags).data().toString(), QStringLiteral("crowd"));
    QCOMPARE(coercions.index(0, CoercionListModel::Obligor).data().toString(), QStringLiteral("Nguyễn Văn Đông"));
    QCOMPARE(coercions.index(0, CoercionListModel::Police).data().toString(), QStringLiteral("7"));
    QCOMPARE(awards.index(0, AwardListModel::Recipient).data().toString(), QStringLiteral("Lò Văn Hùng"));

    RegisterFilter filter;
    filter.period = StatisticalPeriod::year(2020);
    awards.setFilter(filter);
    QCOMPARE(awards.rowCount(), 0);
    QCOMPARE(awards.totalCount(), 0);
}

void TestRegisterModels::targets()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const UnitList units = UnitRepository(db.session().sql()).all();
    TargetsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    model.setTargets(2021, units, {{2021, 0, 8250, 4200}, {2021, tpsl, 8300, std::nullopt}});
    QCOMPARE(model.rowCount(), 14);
    const int province = model.rowCount() - 1;
    QCOMPARE(model.index(province, TargetsModel::CaseTarget).data().toString(), QStringLiteral("82,50\u00a0%"));
    QCOMPARE(model.index(province, TargetsModel::CaseTarget).data(Qt::EditRole).toString(), QStringLiteral("82,50"));
    QCOMPARE(model.index(1, TargetsModel::MoneyTarget).data().toString(), QString()); // TPSL: no money target
    QVERIFY(!model.isModified());
    QVERIFY(!(model.flags(model.index(0, TargetsModel::Unit)) & Qt::ItemIsEditable));

    QSignalSpy modified(&model, &TargetsModel::modifiedChanged);
    QVERIFY(model.setData(model.index(1, TargetsModel::MoneyTarget), QStringLiteral("43,5")));
    QVERIFY(!model.setData(model.index(1, TargetsModel::CaseTarget), QStringLiteral("101")));
    QVERIFY(!model.setData(model.index(1, TargetsModel::CaseTarget), QStringLiteral("abc")));
    QVERIFY(model.setData(model.index(2, TargetsModel::CaseTarget), QStringLiteral("")));
    QVERIFY(model.isModified());
    QCOMPARE(modified.size(), 1);
    const QList<Target> targets = model.targets();
    QCOMPARE(targets.size(), 14);
    QCOMPARE(targets.at(1).unitId, tpsl);
    QCOMPARE(targets.at(1).cases, std::optional<Rates::Hundredths>(8300));
    QCOMPARE(targets.at(1).money, std::optional<Rates::Hundredths>(4350));
    QVERIFY(targets.last().isProvince());
    QCOMPARE(targets.last().money, std::optional<Rates::Hundredths>(4200));
}

QTEST_MAIN(TestRegisterModels)
#include "tst_registermodels.moc"
