#pragma once

#include "Database.h"
#include "Session.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class AuditActions;
class AuditDialog;
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

    // The window of the signed-in `actor` (SignInDialog::ask) on `database`.
    MainWindow(std::unique_ptr<Database> database, Actor actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    static bool viewFromKey(const QString &key, View *view);
    CaseRegisterPage *registerPage() const { return m_register; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RegistersPage *registersPage() const { return m_registers; }
    ReportPage *reportPage() const { return m_report; }
    const Session &session() const { return *m_session; }
    AuditActions *auditActions() const { return m_audit; }
    AuditDialog *auditDialog() const { return m_auditDialog; } // nullptr until first shown

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
    void describeUser(); // the status bar's signed-in user and role
    void showShortcuts();
    void showAudit();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Database> m_database;
    Actor m_actor;
    std::unique_ptr<Session> m_session;
    CaseActions *m_actions = nullptr;
    BackupActions *m_backups = nullptr;
    AuditActions *m_audit = nullptr;
    AuditDialog *m_auditDialog = nullptr; // reads the session's connection: goes with the pages
    ImportActions *m_imports = nullptr;
    CaseRegisterPage *m_register = nullptr;
    ReportPage *m_report = nullptr;
    DashboardPage *m_dashboard = nullptr;
    RegistersPage *m_registers = nullptr;
    RegistersMenu *m_registersMenu = nullptr;
    QComboBox *m_unitCombo;
    QLabel *m_unitLabel;
    QLabel *m_countLabel;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
    ShortcutsDialog *m_shortcuts = nullptr;
};
