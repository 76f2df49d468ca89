// The report's header names the agency as it was called on the report's date:
// Tổng cục / Cục THADS tỉnh before 01/07/2025, the Ministry of Justice / THADS
// tỉnh from then; what an office types is kept for each era apart.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "Language.h"
#include "ReportData.h"
#include "ReportDocument.h"
#include "TargetRepository.h"
#include "TestDatabase.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestReportHeader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void theDefaultsFollowTheReorganisation();
    void eachEraKeepsTheNamesTypedForIt();
    void aReportDatedAfterTheReorganisationIsHeadedByThadsTinh();
};

void TestReportHeader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(Language::Vietnamese);
}

void TestReportHeader::theDefaultsFollowTheReorganisation()
{
    const ReportHeader before = ReportHeader::defaults(QDate(2025, 6, 30));
    QCOMPARE(before.superiorAgency, QStringLiteral("TỔNG CỤC THI HÀNH ÁN DÂN SỰ"));
    QCOMPARE(before.agency, QStringLiteral("CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA"));
    QCOMPARE(before.signerTitle, QStringLiteral("CỤC TRƯỞNG"));
    const ReportHeader after = ReportHeader::defaults(QDate(2025, 7, 1));
    QCOMPARE(after.superiorAgency, QStringLiteral("BỘ TƯ PHÁP"));
    QCOMPARE(after.agency, QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA"));
    QVERIFY(after.recipients.contains(QStringLiteral("Phòng THADS khu vực")));
    QVERIFY(!after.recipients.contains(QStringLiteral("Chi cục")));
    QCOMPARE(ReportHeader::namesFrom(QDate(2026, 12, 10)), QDate(2025, 7, 1));
}

void TestReportHeader::eachEraKeepsTheNamesTypedForIt()
{
    QSettings settings;
    settings.setValue(QStringLiteral("report/agency"), QStringLiteral("CỤC THADS TỈNH SƠN LA (đã sửa)")); // as saved before eras
    ReportHeader typed = ReportHeader::load(settings, QDate(2026, 12, 10));
    QCOMPARE(typed.agency, QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA")); // the old era's text stays there
    typed.agency = QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA (đã sửa)");
    typed.signerName = QStringLiteral("Lò Văn Hùng");
    typed.save(settings);

    const ReportHeader old = ReportHeader::load(settings, QDate(2021, 12, 15));
    QCOMPARE(old.agency, QStringLiteral("CỤC THADS TỈNH SƠN LA (đã sửa)"));
    QCOMPARE(old.superiorAgency, QStringLiteral("TỔNG CỤC THI HÀNH ÁN DÂN SỰ"));
    QCOMPARE(old.signerName, QStringLiteral("Lò Văn Hùng")); // the signer's name is one for all eras
    QCOMPARE(ReportHeader::load(settings, QDate(2025, 12, 1)).agency,
             QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA (đã sửa)"));
}

void TestReportHeader::aReportDatedAfterTheReorganisationIsHeadedByThadsTinh()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    EnforcementCase c = CaseFixtures::makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("1/QĐ-CCTHADS"),
                                               QDate(2025, 11, 3), 1'000'000);
    QVERIFY(CaseRepository(db.session()).create(&c).ok());
    TargetRepository targets(db.session().sql());
    TargetDecision first{0, 2026, QStringLiteral("01/QĐ-TCTHADS"), QDate(2025, 10, 10),
                         QStringLiteral("Cục trưởng Cục Quản lý THADS"), QDate(2025, 10, 1)};
    QVERIFY(targets.saveDecision(db.session(), &first, {{2026, 0, 8250, 4200}}).ok());
    TargetDecision revision{0, 2026, QStringLiteral("20/QĐ-CQLTHADS"), QDate(2026, 7, 20),
                            QStringLiteral("Cục trưởng Cục Quản lý THADS"), QDate(2026, 8, 1)};
    QVERIFY(targets.saveDecision(db.session(), &revision, {{2026, 0, 8000, 4000}}).ok());
    ReportOptions options;
    options.period = StatisticalPeriod::year(2026);
    options.sections = {ReportSection::Summary};
    QSettings settings;
    options.header = ReportHeader::load(settings, QDate(2026, 12, 10));
    QString error;
    const auto data = ReportDataLoader::load(db.session().sql(), options, QDate(2026, 12, 10), {}, &error);
    QVERIFY2(data, qPrintable(error));
    const QString text = ReportDocument(*data).toPlainText();
    QVERIFY(text.contains(QStringLiteral("BỘ TƯ PHÁP")));
    QVERIFY(text.contains(QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA")));
    QVERIFY(text.contains(QStringLiteral("TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH")));
    QVERIFY(!text.contains(QStringLiteral("TỔNG CỤC")));
    QVERIFY(!text.contains(QStringLiteral("CỤC THI HÀNH ÁN")));
    // Which decisions set the targets the figures are measured against.
    QVERIFY2(text.contains(QStringLiteral("Chỉ tiêu được giao theo Quyết định số 01/QĐ-TCTHADS ngày 10/10/2025 của "
                                          "Cục trưởng Cục Quản lý THADS, có hiệu lực từ ngày 01/10/2025. Chỉ tiêu "
                                          "được điều chỉnh theo Quyết định số 20/QĐ-CQLTHADS ngày 20/07/2026")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(80,00%)"))); // the revised target, in force at the year's end
    QVERIFY(text.contains(QStringLiteral("05/2026/TT-BTP"))); // the circular in force at the year's end
}

QTEST_MAIN(TestReportHeader)
#include "tst_reportheader.moc"
