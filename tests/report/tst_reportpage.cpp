// The report page in the real main window: it shows the report at once,
// follows the period chosen, and saves the PDF through the file dialog.

#include "Language.h"
#include "MainWindow.h"
#include "PeriodSelector.h"
#include "ReportPage.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheReportAtOnce();
    void followsThePeriod();
    void savesThePdf();
    void namesTheAgencyOfTheReportsDate();

private:
    ReportPage *page() const { return m_window->reportPage(); }
    QPrintPreviewWidget *preview() const { return page()->findChild<QPrintPreviewWidget *>(QStringLiteral("preview")); }
    QString message() const { return page()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestReportPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReportPage::showsTheReportAtOnce()
{
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QVERIFY(page()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(preview()->pageCount() > 5, 30000);
    // The latest closed statistical year of the demo.
    QCOMPARE(page()->options().period, StatisticalPeriod::year(2022));
    QVERIFY2(message().contains(QStringLiteral("2022")), qPrintable(message()));
}

void TestReportPage::followsThePeriod()
{
    page()->setPeriod(StatisticalPeriod::months(2021, 9));
    page()->findChild<QPushButton *>(QStringLiteral("previewButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(message().contains(QStringLiteral("9")), 30000);
    QCOMPARE(page()->options().period, StatisticalPeriod::months(2021, 9));
    QVERIFY(preview()->pageCount() > 5);
}

void TestReportPage::savesThePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
    WidgetDriver::whenModal<QFileDialog>([&path](QFileDialog *dialog) {
        // The file chosen in the real dialog, then its Save button clicked.
        dialog->selectFile(path);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    page()->findChild<QPushButton *>(QStringLiteral("pdfButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 30000); // the dialog is opened with open()
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(message().contains(QStringLiteral("bao-cao.pdf")));
}

void TestReportPage::namesTheAgencyOfTheReportsDate()
{
    auto *date = page()->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    auto *agency = page()->findChild<QLineEdit *>(QStringLiteral("agencyEdit"));
    WidgetDriver::typeDate(date, QDate(2021, 12, 15));
    QCOMPARE(agency->text(), QStringLiteral("CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA"));
    WidgetDriver::retype(agency, QStringLiteral("CỤC THADS TỈNH SƠN LA"));
    WidgetDriver::typeDate(date, QDate(2026, 12, 10));
    QCOMPARE(agency->text(), QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA"));
    QCOMPARE(page()->findChild<QLineEdit *>(QStringLiteral("superiorEdit"))->text(), QStringLiteral("BỘ TƯ PHÁP"));
    WidgetDriver::typeDate(date, QDate(2022, 1, 20)); // back: what was typed for that era
    QCOMPARE(agency->text(), QStringLiteral("CỤC THADS TỈNH SƠN LA"));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
