#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AccessibleLabel.h"
#include "AuditActions.h"
#include "AuditDialog.h"
#include "BackupActions.h"
#include "CaseActions.h"
#include "CaseRegisterPage.h"
#include "DashboardPage.h"
#include "DatabaseRestore.h"
#include "Format.h"
#include "ImportActions.h"
#include "Language.h"
#include "RegisterActions.h"
#include "RegistersMenu.h"
#include "RegistersPage.h"
#include "ReportPage.h"
#include "ShortcutPassThrough.h"
#include "ShortcutsDialog.h"
#include "SignInDialog.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"
#include "PeriodLockDialog.h"
#include "UsersDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

MainWindow::MainWindow(std::unique_ptr<Database> database, Actor actor, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_database(std::move(database)),
      m_actor(std::move(actor)), m_unitCombo(new QComboBox(this)), m_unitLabel(new QLabel(this)),
      m_countLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_databaseLabel(new QLabel(this))
{
    Q_INIT_RESOURCE(resources); // icons: the library is static, so its resources need a reference
    ui->setupUi(this);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_unitCombo->setMinimumWidth(220);
    m_unitLabel->setObjectName(QStringLiteral("unitLabel"));
    m_unitLabel->setBuddy(m_unitCombo);
    m_unitLabel->setContentsMargins(6, 0, 4, 0);
    ui->mainToolBar->insertWidget(ui->actionShowRegister, m_unitLabel);
    ui->mainToolBar->insertWidget(ui->actionShowRegister, m_unitCombo);
    ui->mainToolBar->insertSeparator(ui->actionShowRegister);
    // A save that waits for another program writing the file says so while it waits.
    TransactionGuard::setWaitingHandler([this] {
        statusBar()->showMessage(tr("Another program is writing the database; waiting…"));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    statusBar()->addWidget(m_countLabel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    auto *views = new QActionGroup(this);
    views->addAction(ui->actionShowRegister);
    views->addAction(ui->actionShowDashboard);
    views->addAction(ui->actionShowReport);
    auto *languages = new QActionGroup(this);
    languages->addAction(ui->actionVietnamese);
    languages->addAction(ui->actionEnglish);
    (Language::isEnglish() ? ui->actionEnglish : ui->actionVietnamese)->setChecked(true);

    // The registers beside the cases: their menu before Report, their page among the views.
    m_registersMenu = new RegistersMenu(this);
    menuBar()->insertMenu(ui->menuReport->menuAction(), m_registersMenu);
    views->addAction(m_registersMenu->showAction());
    connect(m_registersMenu, &RegistersMenu::showRequested, this, [this] { showView(View::Registers); });
    connect(m_registersMenu, &RegistersMenu::newEntryRequested, this, [this](RegisterKind kind) {
        showView(View::Registers);
        m_registers->newEntry(kind);
    });
    connect(m_registersMenu, &RegistersMenu::targetsRequested, this, [this] { m_registers->editTargets(); });

    connect(ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::openDatabase);
    // Import after Open database.
    m_imports = new ImportActions(this);
    ui->menuFile->insertAction(ui->menuFile->actions().value(1), m_imports->importAction());
    connect(m_imports, &ImportActions::importRequested, this, [this] { m_imports->openDialog(*m_session); });
    // What came in shows at once: the register and the dashboard read again, as F5 does.
    connect(m_imports, &ImportActions::imported, ui->actionRefresh, &QAction::trigger);
    // Backup and restore in the File menu, before Quit.
    m_backups = new BackupActions(this);
    ui->menuFile->insertActions(ui->actionQuit, {m_backups->backUpAction(), m_backups->restoreAction()});
    ui->menuFile->insertSeparator(ui->actionQuit);
    connect(m_backups, &BackupActions::backUpRequested, this, [this] { m_backups->backUp(*m_database); });
    connect(m_backups, &BackupActions::restoreRequested, this, &MainWindow::restoreFromBackup);
    // Tools → Audit trail, a role's to see (AuditActions::setAvailable).
    m_audit = new AuditActions(this);
    ui->menuTools->addAction(m_audit->showAction());
    connect(m_audit, &AuditActions::showRequested, this, &MainWindow::showAudit);
    connect(m_audit, &AuditActions::availabilityChanged, this, [this](bool available) {
        m_register->setChangesShown(available);
        if (!available && m_auditDialog)
            m_auditDialog->close();
    });
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionShowRegister, &QAction::triggered, this, [this] { showView(View::Cases); });
    connect(ui->actionShowDashboard, &QAction::triggered, this, [this] { showView(View::Dashboard); });
    connect(ui->actionShowReport, &QAction::triggered, this, [this] { showView(View::Report); });
    // The report's actions work on the report page, which they show first.
    const std::pair<QAction *, void (ReportPage::*)()> reportActions[] = {
        {ui->actionPrintPreview, &ReportPage::printPreviewDialog}, {ui->actionPrint, &ReportPage::print},
        {ui->actionSavePdf, &ReportPage::savePdf},                 {ui->actionExportXlsx, &ReportPage::exportXlsx},
        {ui->actionExportCsv, &ReportPage::exportCsv},             {ui->actionPack, &ReportPage::exportPack},
    };
    for (const auto &[action, slot] : reportActions) {
        connect(action, &QAction::triggered, this, [this, slot = slot] {
            showView(View::Report);
            (m_report->*slot)();
        });
    }
    connect(ui->actionNewCase, &QAction::triggered, this,
            [this] { m_actions->newCase(m_unitCombo->currentData().toLongLong()); });
    connect(ui->actionOpenCase, &QAction::triggered, this, [this] { m_register->openCurrent(); });
    connect(ui->actionAddEvent, &QAction::triggered, this, [this] { m_register->addEventToCurrent(); });
    connect(ui->actionDeleteCase, &QAction::triggered, this, [this] { m_register->deleteCurrent(); });
    connect(ui->actionFind, &QAction::triggered, this, [this] {
        if (ui->pages->currentWidget() == m_registers) { // Ctrl+F searches the page it is pressed on
            m_registers->focusSearch();
            return;
        }
        showView(View::Cases);
        m_register->focusSearch();
    });
    connect(ui->actionRefresh, &QAction::triggered, this, [this] {
        m_register->refresh();
        m_dashboard->markStale();
        m_registers->refresh();
        if (m_auditDialog && m_auditDialog->isVisible())
            m_auditDialog->refresh();
    });
    connect(ui->actionVietnamese, &QAction::triggered, this, [this] { switchLanguage(false); });
    connect(ui->actionEnglish, &QAction::triggered, this, [this] { switchLanguage(true); });
    connect(ui->actionKeyboardShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionUsers, &QAction::triggered, this, [this] {
        auto *dialog = new UsersDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(ui->actionCloseBooks, &QAction::triggered, this, [this] {
        auto *dialog = new PeriodLockDialog(*m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PeriodLockDialog::booksChanged, m_dashboard, &DashboardPage::markStale);
        dialog->open();
    });
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_register->setUnit(m_unitCombo->currentData().toLongLong());
        m_registers->setUnit(m_unitCombo->currentData().toLongLong());
        QSettings().setValue(QStringLiteral("unit"), m_unitCombo->currentData());
    });

    buildPages();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1366, 768);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showView(View::Cases);
}

MainWindow::~MainWindow()
{
    deletePages();
}

void MainWindow::deletePages()
{
    // The pages hold the session's connection: they go before the database.
    delete m_auditDialog;
    m_auditDialog = nullptr;
    for (QWidget *page : std::initializer_list<QWidget *>{m_register, m_dashboard, m_registers, m_report})
        delete page;
    m_register = nullptr;
    m_dashboard = nullptr;
    m_registers = nullptr;
    m_report = nullptr;
}

bool MainWindow::viewFromKey(const QString &key, View *view)
{
    if (key == QLatin1String("cases"))
        *view = View::Cases;
    else if (key == QLatin1String("dashboard"))
        *view = View::Dashboard;
    else if (key == QLatin1String("registers"))
        *view = View::Registers;
    else if (key == QLatin1String("report"))
        *view = View::Report;
    else
        return false;
    return true;
}

void MainWindow::buildPages()
{
    deletePages();
    delete m_actions;
    m_session = std::make_unique<Session>(*m_database, m_actor);
    m_actions = new CaseActions(*m_session, this);
    m_register = new CaseRegisterPage(*m_session, m_actions, this);
    ui->pages->addWidget(m_register);
    m_dashboard = new DashboardPage(*m_session, this);
    ui->pages->addWidget(m_dashboard);
    connect(m_dashboard, &DashboardPage::drillDownRequested, this,
            [this](qint64 unitId, QDate start, QDate end, const QSet<CaseState> &states, const QString &description) {
                m_register->showPeriodStates(unitId, start, end, states, description);
                m_unitCombo->setCurrentIndex(std::max(0, m_unitCombo->findData(unitId))); // the register has it already
                showView(View::Cases);
            });
    connect(m_actions, &CaseActions::caseChanged, m_dashboard, &DashboardPage::markStale);
    m_registers = new RegistersPage(*m_session, this);
    ui->pages->addWidget(m_registers);
    connect(m_registers->actions(), &RegisterActions::entryChanged, m_dashboard, &DashboardPage::markStale);
    connect(m_registers->actions(), &RegisterActions::targetsChanged, m_dashboard, &DashboardPage::markStale);
    m_report = new ReportPage(m_session->sql(), this);
    ui->pages->addWidget(m_report);
    connect(m_register, &CaseRegisterPage::matchingCountChanged, this, &MainWindow::updateStatus);
    connect(m_register, &CaseRegisterPage::currentCaseChanged, this, &MainWindow::updateActions);
    // The window's shortcuts work with the focus in a page's text field too (Ctrl+E in the search box).
    QList<QKeySequence> shortcuts;
    for (QAction *action : {ui->actionNewCase, ui->actionAddEvent, ui->actionFind, ui->actionOpenDatabase,
                            ui->actionQuit, ui->actionPrint, ui->actionShowRegister, ui->actionShowDashboard,
                            ui->actionShowReport, m_registersMenu->showAction(), m_audit->showAction()})
        shortcuts << action->shortcut();
    for (QWidget *page : std::initializer_list<QWidget *>{m_register, m_dashboard, m_registers, m_report})
        ShortcutPassThrough::install(page, shortcuts);
    AccessibleLabel::nameClearButtons(this);
    fillUnits();
    m_register->setChangesShown(m_audit->isAvailable());
    m_register->restoreState();
    m_register->setUnit(m_unitCombo->currentData().toLongLong());
    m_registers->setUnit(m_unitCombo->currentData().toLongLong());
    const QString path = QDir::toNativeSeparators(m_database->path());
    m_databaseLabel->setText(m_database->isReadOnly() ? tr("%1 (read-only)").arg(path) : path);
    m_databaseLabel->setToolTip(m_database->isReadOnly()
                                    ? tr("This database is read-only for you: cases can be viewed, counted and "
                                         "printed, not changed.")
                                    : QString());
    setWindowTitle(m_database->isReadOnly() ? tr("THADS (read-only)") : QStringLiteral("THADS"));
    // What the role may not do is not offered (storage refuses it anyway).
    const bool writable = !m_database->isReadOnly() && m_actor.canWrite();
    const bool administers = !m_database->isReadOnly() && m_actor.canAdminister();
    m_registersMenu->setPermissions(writable, administers);
    m_backups->backUpAction()->setVisible(m_actor.canAdminister());
    m_backups->restoreAction()->setVisible(administers);
    ui->actionUsers->setVisible(administers);
    ui->actionCloseBooks->setVisible(administers);
    // The audit trail is for those who answer for the figures: leaders and administrators.
    m_audit->setAvailable(m_actor.role != Role::Clerk);
    describeUser();
    updateStatus();
    updateActions();
}

void MainWindow::describeUser()
{
    QString role = m_actor.role ? Roles::displayName(*m_actor.role) : QString();
    if (m_actor.role == Role::Clerk) {
        if (const auto unit = UnitRepository(m_session->sql()).byId(m_actor.unitId))
            role = tr("%1, %2").arg(role, unit->shortName());
    }
    m_userLabel->setText(role.isEmpty() ? m_actor.name : tr("%1 (%2)").arg(m_actor.name, role));
}

void MainWindow::fillUnits()
{
    const QSignalBlocker blocker(m_unitCombo);
    // A clerk starts on their own unit, until they choose another to read.
    const QVariant current = m_unitCombo->count()
        ? m_unitCombo->currentData()
        : QSettings().value(QStringLiteral("unit"), m_actor.role == Role::Clerk ? m_actor.unitId : 0);
    m_unitCombo->clear();
    m_unitLabel->setText(tr("Unit:"));
    m_unitCombo->addItem(tr("All units"), qint64(0));
    for (const Unit &unit : UnitRepository(m_session->sql()).all())
        m_unitCombo->addItem(unit.displayName(), unit.id);
    m_unitCombo->setCurrentIndex(std::max(0, m_unitCombo->findData(current.toLongLong())));
}

void MainWindow::showView(View view)
{
    if (view == View::Registers) {
        ui->pages->setCurrentWidget(m_registers);
        m_registers->focusList();
        m_registersMenu->showAction()->setChecked(true);
        updateActions();
        return;
    }
    QWidget *page = view == View::Dashboard ? static_cast<QWidget *>(m_dashboard)
        : view == View::Report              ? static_cast<QWidget *>(m_report)
                                            : m_register;
    ui->pages->setCurrentWidget(page);
    (view == View::Dashboard ? ui->actionShowDashboard
     : view == View::Report  ? ui->actionShowReport
                             : ui->actionShowRegister)
        ->setChecked(true);
    updateActions();
}

void MainWindow::updateStatus()
{
    m_countLabel->setText(tr("%Ln case(s) match", nullptr, int(std::min<qint64>(m_register->matchingCount(), INT_MAX))));
}

void MainWindow::updateActions()
{
    const bool onRegister = ui->pages->currentWidget() == m_register;
    m_countLabel->setVisible(onRegister); // the register's count means nothing on the other pages
    const bool hasCase = onRegister && m_register->currentCaseId() != 0;
    // A read-only file can be read, counted and printed, not written (storage refuses it too).
    // A leader reads only; a clerk writes the cases of their unit (storage refuses the rest too).
    const bool writable = !m_database->isReadOnly() && m_actor.canWrite();
    const bool caseWritable = hasCase && m_register->currentCaseWritable();
    ui->actionNewCase->setEnabled(writable);
    m_imports->importAction()->setEnabled(writable);
    ui->actionOpenCase->setEnabled(hasCase);
    ui->actionAddEvent->setEnabled(caseWritable);
    ui->actionDeleteCase->setEnabled(caseWritable);
}

void MainWindow::switchLanguage(bool english)
{
    const Language::Code code = english ? Language::English : Language::Vietnamese;
    if (code == Language::current())
        return;
    Language::install(code);
    QSettings().setValue(QStringLiteral("language"), Language::key(code));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_database->path()).path(),
                                                      tr("THADS databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    if (!database) {
        QMessageBox::warning(this, tr("Open database"), error);
        return;
    }
    // Another database has its own accounts: its user signs in.
    const auto actor = SignInDialog::ask(*database, this);
    if (!actor)
        return;
    m_register->saveState();
    deletePages();
    m_database = std::move(database);
    m_actor = *actor;
    buildPages();
    showView(View::Cases);
}

void MainWindow::restoreFromBackup()
{
    const QString path = m_database->path();
    const QString backup = m_backups->chooseBackupToRestore(path);
    if (backup.isEmpty())
        return;
    // The file is replaced while no connection has it open, then opened again.
    m_register->saveState();
    deletePages();
    m_database.reset();
    QString keptAside, error;
    const bool restored = DatabaseRestore::restore(path, backup, QDateTime::currentDateTime(), &keptAside, &error);
    QString openError;
    m_database = Database::open(path, Database::OpenMode::ExistingOnly, &openError);
    if (!m_database && !keptAside.isEmpty()) // the previous file, as it was, rather than none
        m_database = Database::open(keptAside, Database::OpenMode::ExistingOnly, &error);
    if (!m_database) {
        QMessageBox::critical(this, tr("Restore from backup"), openError);
        close();
        return;
    }
    // The restored file has the accounts of its day: its user signs in again.
    const auto actor = restored ? SignInDialog::ask(*m_database, this, m_actor.name) : std::optional(m_actor);
    if (!actor) {
        close();
        return;
    }
    m_actor = *actor;
    buildPages();
    showView(View::Cases);
    if (restored && m_database->path() == path)
        m_backups->tellRestored(backup, keptAside);
    else
        m_backups->tellNotRestored(restored ? openError : error);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About THADS"),
                       tr("<h3>THADS %1</h3>"
                          "<p>Statistics of civil judgment enforcement (thi hành án dân sự): the case register, "
                          "the official tables per unit and period, and the annual report.</p>"
                          "<p>Database: %2<br>Schema version: %3</p>"
                          "<p>Built with Qt %4.</p>")
                           .arg(QCoreApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database->path()).toHtmlEscaped())
                           .arg(Database::kSchemaVersion)
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        AccessibleLabel::nameClearButtons(this);
        m_backups->retranslate();
        m_audit->retranslate();
        m_imports->retranslate();
        fillUnits();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

void MainWindow::showAudit()
{
    if (!m_audit->isAvailable())
        return;
    if (!m_auditDialog)
        m_auditDialog = new AuditDialog(m_session->sql(), this);
    else
        m_auditDialog->refresh(); // what was written since it was last open
    m_auditDialog->show();
    m_auditDialog->raise();
    m_auditDialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open forms close first, the topmost first, each asking about its unsaved
    // changes; one the clerk keeps keeps the application open.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (!modal->close()) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_register)
        m_register->saveState();
    if (m_database)
        BackupActions::backUpOnExit(*m_database, QDate::currentDate());
    event->accept();
}
