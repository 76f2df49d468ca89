// The import preview: every row of a file as read, each problem of
// CaseImporter marked at its cell (or its row, or its column header) with
// the message FILE:LINE: field: rule, under QAbstractItemModelTester.
#include "CaseImporter.h"
#include "ImportPreviewModel.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kHeader = u"unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,obligee,"
                        u"executor,amount_due,obligation"_s;
const QString kGood = u"MSO,1/QĐ-CCTHADS,2021-03-15,chu_dong,hinh_su,1/HS,2021-02-01,TAND,Nguyễn Văn Đông,B,C,1000,"_s;
} // namespace

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsEveryRowWithItsLine();
    void marksEachProblemAtItsCell();
    void marksARowAndAColumnHeader();
    void marksALifecycleRuleInTheEventsFile();

private:
    QString write(const QString &name, const QStringList &lines);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
};

void TestImportPreviewModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

QString TestImportPreviewModel::write(const QString &name, const QStringList &lines)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(u'\n') + u'\n').toUtf8());
    return file.fileName();
}

void TestImportPreviewModel::showsEveryRowWithItsLine()
{
    const QString cases = write(u"cases.csv"_s, {kHeader, kGood, QString(), QString(kGood).replace(u"1/QĐ"_s, u"2/QĐ"_s)});
    CaseImporter importer(m_db->session());
    QVERIFY(importer.check(cases));
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(importer, CaseImporter::File::Cases);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 13);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"decision_no"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2);
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 4); // the blank line 3 is no row
    QCOMPARE(model.index(0, 8).data().toString(), u"Nguyễn Văn Đông"_s);
    QCOMPARE(model.rowOfLine(4), 1);
    QCOMPARE(model.problemLineCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.index(r, c).data(ImportPreviewModel::ProblemRole).toBool());
            QVERIFY(!model.index(r, c).data(Qt::BackgroundRole).isValid());
        }
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestImportPreviewModel::marksEachProblemAtItsCell()
{
    QString bad = kGood;
    bad.replace(u"MSO,1/QĐ-CCTHADS,2021-03-15"_s, u"XXX,3/QĐ,31/02/2021"_s);
    const QString cases = write(u"cases.csv"_s, {kHeader, kGood, bad});
    CaseImporter importer(m_db->session());
    QVERIFY(!importer.check(cases));
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(importer, CaseImporter::File::Cases);
    QCOMPARE(model.problemLineCount(), 1);
    // The good row has no mark.
    QVERIFY(!model.index(0, 0).data(ImportPreviewModel::ProblemRole).toBool());
    // The unknown unit, at its cell, with the message CaseImporter wrote.
    const QModelIndex unit = model.index(1, 0);
    QVERIFY(unit.data(ImportPreviewModel::ProblemRole).toBool());
    QVERIFY(unit.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY2(unit.data(Qt::ToolTipRole).toString().startsWith(u"cases.csv:3: unit: "_s),
             qPrintable(unit.data(Qt::ToolTipRole).toString()));
    QVERIFY(unit.data(Qt::ToolTipRole).toString().contains(u"XXX"_s));
    QCOMPARE(unit.data(Qt::AccessibleDescriptionRole), unit.data(Qt::ToolTipRole));
    // The date that does not exist, at its own cell.
    const QModelIndex date = model.index(1, 2);
    QVERIFY(date.data(ImportPreviewModel::ProblemRole).toBool());
    QVERIFY(date.data(Qt::ToolTipRole).toString().startsWith(u"cases.csv:3: decision_date: "_s));
    QVERIFY(date.data(Qt::ToolTipRole).toString().contains(u"31/02/2021"_s));
    // The cells between are clean.
    QVERIFY(!model.index(1, 1).data(ImportPreviewModel::ProblemRole).toBool());
    QVERIFY(!model.index(1, 1).data(Qt::ToolTipRole).isValid());
}

void TestImportPreviewModel::marksARowAndAColumnHeader()
{
    const QString cases = write(u"cases.csv"_s, {kHeader + u",colour"_s, kGood + u",red"_s, u"MSO,9/QĐ"_s});
    CaseImporter importer(m_db->session());
    QVERIFY(!importer.check(cases));
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(importer, CaseImporter::File::Cases);
    // The unknown column, at its header.
    QVERIFY(model.headerData(13, Qt::Horizontal, ImportPreviewModel::ProblemRole).toBool());
    QVERIFY(model.headerData(13, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(u"cases.csv:1: header: "_s));
    QVERIFY(!model.headerData(0, Qt::Horizontal, ImportPreviewModel::ProblemRole).toBool());
    // The row of two fields, at its line number.
    QVERIFY(model.headerData(1, Qt::Vertical, ImportPreviewModel::ProblemRole).toBool());
    QVERIFY2(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().startsWith(u"cases.csv:3: row: "_s),
             qPrintable(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString()));
    QVERIFY(!model.headerData(0, Qt::Vertical, ImportPreviewModel::ProblemRole).toBool());
    QCOMPARE(model.problemLineCount(), 2); // the header and line 3
}

void TestImportPreviewModel::marksALifecycleRuleInTheEventsFile()
{
    const QString cases = write(u"cases.csv"_s, {kHeader, kGood});
    const QString events = write(u"events.csv"_s, {u"unit,decision_no,date,event,amount,note"_s,
                                                   u"MSO,1/QĐ-CCTHADS,2021-04-01,payment,400,"_s,
                                                   u"MSO,1/QĐ-CCTHADS,2021-05-01,payment,900,"_s});
    CaseImporter importer(m_db->session());
    QVERIFY(!importer.check(cases, events));
    ImportPreviewModel casesModel, eventsModel;
    casesModel.setSheet(importer, CaseImporter::File::Cases);
    eventsModel.setSheet(importer, CaseImporter::File::Events);
    QCOMPARE(casesModel.problemLineCount(), 0);
    QCOMPARE(eventsModel.rowCount(), 2);
    // More than remains (600): under the amount, on the line of the second payment.
    const QModelIndex amount = eventsModel.index(1, 4);
    QVERIFY(amount.data(ImportPreviewModel::ProblemRole).toBool());
    QVERIFY2(amount.data(Qt::ToolTipRole).toString().startsWith(u"events.csv:3: amount: "_s),
             qPrintable(amount.data(Qt::ToolTipRole).toString()));
    QVERIFY(!eventsModel.index(0, 4).data(ImportPreviewModel::ProblemRole).toBool());
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
