#pragma once

#include "CaseImporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ImportDialog;
}
class ImportPreviewModel;
class QLineEdit;
class QListWidgetItem;
class QPushButton;

// File → Import cases…: the cases file and an optional events file, in the
// CSV format of `thads-cli import`, read in the encoding and with the
// separator chosen or detected. Every row is shown before anything is
// written, each problem marked at its cell with the rule, and listed below;
// Import is offered only when there is none. The import is one transaction
// with a progress dialog; Cancel rolls it back.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const Session &session, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The files as if chosen, then checked.
    void setFiles(const QString &casesPath, const QString &eventsPath = {});
    void setFormat(CsvFormat format);

    ImportPreviewModel *casesModel() const { return m_casesModel; }
    ImportPreviewModel *eventsModel() const { return m_eventsModel; }
    QPushButton *importButton() const { return m_importButton; }
    bool canImport() const;

    // "12 cases, 30 events", as the summary and the status bar say it.
    static QString counted(int cases, int events);

public slots:
    // Reads and checks the files as chosen; writes nothing.
    void check();
    // Writes what check() showed, in one transaction; true when written.
    bool import();

signals:
    void imported(int cases, int events);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(QLineEdit *edit, const QString &title);
    void showProblem(QListWidgetItem *item);
    void showResult();
    CsvFormat format() const;

    std::unique_ptr<Ui::ImportDialog> ui;
    const Session &m_session;
    std::unique_ptr<CaseImporter> m_importer; // of the last check
    ImportPreviewModel *m_casesModel;
    ImportPreviewModel *m_eventsModel;
    QPushButton *m_importButton;
    QString m_checkedCases, m_checkedEvents; // what m_importer read
    QString m_outcome; // of the last import that did not write
};
