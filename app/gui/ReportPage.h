#pragma once

#include "ReportData.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ReportPage;
}
class QCheckBox;
class QPrinter;
class ReportDocument;

// The conference report: choose the period and the sections, say who issues
// and signs it, look at it page by page, then print it, save it as PDF, or
// export its tables and the conference pack. Long generation shows progress
// and can be cancelled.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QSqlDatabase db, QWidget *parent = nullptr);
    ~ReportPage() override;

    ReportOptions options() const;
    void setPeriod(const StatisticalPeriod &period);

public slots:
    bool generate(); // (re)reads the data and lays the report out; false when cancelled or empty
    void print();
    void printPreviewDialog();
    void savePdf();
    void exportXlsx();
    void exportCsv();
    void exportPack();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void paint(QPrinter *printer);
    void fillHeader(const ReportHeader &header);
    void rememberHeader() const;
    void followNames(QDate date);
    bool ensureReport();
    void say(const QString &message, bool error = false);
    QString suggestedPath(const QString &suffix) const;
    // A file to save to (or, with no filter, a folder), asked with open(); `chosen` gets it.
    void askPath(const QString &title, const QString &suggested, const QString &filter,
                 std::function<void(const QString &)> chosen);

    std::unique_ptr<Ui::ReportPage> ui;
    QSqlDatabase m_db;
    QDate m_namesDate; // the report date whose agency names the form shows
    QList<std::pair<ReportSection, QCheckBox *>> m_sections;
    std::unique_ptr<ReportData> m_data;
    std::unique_ptr<ReportDocument> m_document;
};
