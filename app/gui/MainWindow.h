#pragma once

#include "Database.h"
#include "Session.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class CaseActions;
class CaseRegisterPage;
class DashboardPage;
class QComboBox;
class QLabel;
class RegistersMenu;
class RegistersPage;
class StatisticsPage;

// The application window: menus, toolbar with the unit selector, the pages
// (case register, statistics) and the status bar. It owns the open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Cases, Statistics, Dashboard, Registers };

    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    static bool viewFromKey(const QString &key, View *view);
    CaseRegisterPage *registerPage() const { return m_register; }
    StatisticsPage *statisticsPage() const { return m_statistics; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    RegistersPage *registersPage() const { return m_registers; }
    const Session &session() const { return *m_session; }

public slots:
    void openDatabase();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void fillUnits();
    void switchLanguage(bool english);
    void updateStatus();
    void updateActions();
    void exportCsv();
    void about();

    std::unique_ptr<Ui::MainWindow> ui;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    CaseActions *m_actions = nullptr;
    CaseRegisterPage *m_register = nullptr;
    StatisticsPage *m_statistics = nullptr;
    DashboardPage *m_dashboard = nullptr;
    RegistersPage *m_registers = nullptr;
    RegistersMenu *m_registersMenu = nullptr;
    QComboBox *m_unitCombo;
    QLabel *m_countLabel;
    QLabel *m_databaseLabel;
};
