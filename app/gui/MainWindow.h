#pragma once

#include "Database.h"
#include "Session.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class BackupActions;
class CaseActions;
class CaseRegisterPage;
class DashboardPage;
class ImportActions;
class QComboBox;
class QLabel;
class RegistersMenu;
class RegistersPage;
class ReportPage;
class ShortcutsDialog;

// The application window: menus, toolbar with the unit selector, the pages
// (case register, dashboard, registers, report) and the status bar. It owns
// the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Cases, Dashboard, Registers, Report };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    static bool viewFromKey(const QString &key, View *view);
    CaseRegisterPage *registerPage() const { return m_register; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RegistersPage *registersPage() const { return m_registers; }
    ReportPage *reportPage() const { return m_report; }
    const Session &session() const { return *m_session; }

public slots:
    void openDatabase();
    void restoreFromBackup();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void fillUnits();
    void switchLanguage(bool english);
    void updateStatus();
    void updateActions();
    void deletePages();
    void about();
    void showShortcuts();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    CaseActions *m_actions = nullptr;
    BackupActions *m_backups = nullptr;
    ImportActions *m_imports = nullptr;
    CaseRegisterPage *m_register = nullptr;
    ReportPage *m_report = nullptr;
    DashboardPage *m_dashboard = nullptr;
    RegistersPage *m_registers = nullptr;
    RegistersMenu *m_registersMenu = nullptr;
    QComboBox *m_unitCombo;
    QLabel *m_unitLabel;
    QLabel *m_countLabel;
    QLabel *m_databaseLabel;
    ShortcutsDialog *m_shortcuts = nullptr;
};
