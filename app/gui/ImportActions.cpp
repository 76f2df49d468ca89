#include "ImportActions.h"

#include "ImportDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

ImportActions::ImportActions(QMainWindow *window) : QObject(window), m_window(window), m_import(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("actionImportCases"));
    connect(m_import, &QAction::triggered, this, &ImportActions::importRequested);
    retranslate();
}

void ImportActions::retranslate()
{
    m_import->setText(tr("&Import cases from CSV..."));
    m_import->setStatusTip(tr("Bring in cases and their events from CSV files (as thads-cli import): every row is "
                              "shown and checked before anything is written"));
}

void ImportActions::openDialog(const Session &session)
{
    auto *dialog = new ImportDialog(session, m_window);
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](int cases, int events) {
        m_window->statusBar()->showMessage(tr("Imported %1.").arg(ImportDialog::counted(cases, events)), 15000);
        emit imported(cases, events);
    });
    dialog->open();
}
