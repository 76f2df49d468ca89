// The register forms and page driven like a clerk does, in the real main
// window: a complaint typed in Vietnamese and saved from the keyboard shows in
// the list and the summary; bad input is named at its field and nothing is
// stored; a coercion operation names its case by decision number; Enter saves
// an award; the reception form offers the unit's complaints; the targets
// editor takes two-decimal percents and copies last year's.
#include "AwardDialog.h"
#include "CoercionDialog.h"
#include "ComplaintDialog.h"
#include "ComplaintListModel.h"
#include "ComplaintRepository.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReceptionDialog.h"
#include "RegisterFixtures.h"
#include "RegistersMenu.h"
#include "RegistersPage.h"
#include "TargetRepository.h"
#include "TargetsDialog.h"
#include "TargetsModel.h"
#include "TestDatabase.h"
#include "UnitRepository.h"
#include "WidgetDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace RegisterFixtures;
using WidgetDriver::retype;
using WidgetDriver::type;
using WidgetDriver::whenModal;

class TestRegisterForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menuAndPage();
    void complaintTypedAndSaved();
    void badInputNamedAtTheField();
    void coercionNamesItsCase();
    void enterSavesAnAward();
    void receptionOffersTheUnitsComplaints();
    void targetsEditor();

private:
    template<typename T>
    T *child(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }
    // Closes the case completer's list as a clerk does (Esc), so the form has the keys again.
    static void closeCompletion(QLineEdit *edit)
    {
        if (edit->completer() && edit->completer()->popup()->isVisible())
            QTest::keyClick(edit->completer()->popup(), Qt::Key_Escape);
    }
    // Saves a picture of a form when THADS_SCREENSHOTS names a folder (to look at, not to compare).
    static void picture(QWidget *widget, const QString &name);
    void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Forms open with open(): the action returns at once; wait until the form is answered.
    static void settle() { QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), 10000); }
    RegistersPage *page() const { return m_window->registersPage(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_mso = 0;
    qint64 m_caseId = 0;
};

void TestRegisterForms::picture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("THADS_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestRegisterForms::initTestCase()
{
    // Messages are checked in their English source text: no catalogue is linked,
    // while numbers and dates keep the Vietnamese formats.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = std::make_unique<TestDatabase>(QDate::currentDate());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_mso = m_db->unitId(QStringLiteral("MSO"));
    m_caseId = storeCase(m_db->session(), m_mso, QStringLiteral("125/QĐ-CCTHADS"), QDate::currentDate().addYears(-1));
    QVERIFY(m_caseId > 0);
}

void TestRegisterForms::init()
{
    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showView(MainWindow::View::Registers);
}

void TestRegisterForms::cleanup()
{
    m_window.reset();
}

void TestRegisterForms::press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(widget, key, modifiers);
}

void TestRegisterForms::menuAndPage()
{
    auto *menu = m_window->findChild<RegistersMenu *>(QStringLiteral("menuRegisters"));
    QVERIFY(menu);
    QVERIFY(menu->showAction()->isChecked());
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("pages"))->property("currentIndex").isValid(), true);
    QVERIFY(page()->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionTargets")));
    for (RegisterKind kind : Registers::all())
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionNew_") + Registers::key(kind)));
    MainWindow::View view = MainWindow::View::Cases;
    QVERIFY(MainWindow::viewFromKey(QStringLiteral("registers"), &view));
    QCOMPARE(view, MainWindow::View::Registers);
    // The toolbar's unit reaches the registers' filter.
    auto *unitCombo = m_window->findChild<QComboBox *>(QStringLiteral("unitCombo"));
    unitCombo->setCurrentIndex(unitCombo->findData(m_mso));
    QCOMPARE(child<QComboBox>(page(), "unitCombo")->currentData().toLongLong(), m_mso);
    unitCombo->setCurrentIndex(0);
    // Ctrl+F searches the registers while they are shown.
    press(page()->view(RegisterKind::Complaints), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(child<QLineEdit>(page(), "searchEdit")->hasFocus());
    QVERIFY(page()->isVisible());
}

void TestRegisterForms::complaintTypedAndSaved()
{
    QString shownProblem;
    whenModal<ComplaintDialog>([&](ComplaintDialog *dialog) {
        auto *unit = child<QComboBox>(dialog, "unitCombo");
        unit->setCurrentIndex(unit->findData(m_mso));
        WidgetDriver::typeDate(child<QDateEdit>(dialog, "receivedDateEdit"), QDate::currentDate().addDays(-20));
        retype(child<QLineEdit>(dialog, "petitionerEdit"), QStringLiteral("Nguyễn Thị Hoà"));
        retype(child<QLineEdit>(dialog, "caseEdit"), QStringLiteral("125/QĐ-CCTHADS"));
        closeCompletion(child<QLineEdit>(dialog, "caseEdit"));
        child<QCheckBox>(dialog, "crowdCheck")->setChecked(true);
        // No subject yet: Ctrl+S refuses and says why, at the field.
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        shownProblem = child<QLabel>(dialog, "messageLabel")->text();
        QVERIFY(child<QLineEdit>(dialog, "subjectEdit")->property("invalid").toBool());
        QVERIFY(dialog->isVisible());
        retype(child<QLineEdit>(dialog, "subjectEdit"), QStringLiteral("Khiếu nại quyết định kê biên tài sản"));
        picture(dialog, QStringLiteral("complaint-dialog"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    press(page()->view(RegisterKind::Complaints), Qt::Key_Insert);
    settle();
    QCOMPARE(shownProblem, QStringLiteral("Subject: required."));

    auto *model = qobject_cast<ComplaintListModel *>(page()->model(RegisterKind::Complaints));
    QCOMPARE(model->totalCount(), 1);
    const ComplaintRow *row = model->rowAt(0);
    QCOMPARE(row->complaint.petitioner, QStringLiteral("Nguyễn Thị Hoà"));
    QCOMPARE(row->complaint.caseId, m_caseId);
    QVERIFY(row->complaint.crowd);
    QCOMPARE(model->index(0, ComplaintListModel::Case).data().toString(), QStringLiteral("125/QĐ-CCTHADS"));
    QCOMPARE(page()->currentId(), row->complaint.id); // the new entry is selected
    QVERIFY2(page()->summaryText().contains(QStringLiteral("1 petitions handled")), qPrintable(page()->summaryText()));

    // Found without diacritics, filtered in SQL.
    auto *search = child<QLineEdit>(page(), "searchEdit");
    retype(search, QStringLiteral("hoa"));
    press(search, Qt::Key_Return);
    QCOMPARE(model->totalCount(), 1);
    retype(search, QStringLiteral("lan"));
    press(search, Qt::Key_Return);
    QCOMPARE(model->totalCount(), 0);
    for (RegisterKind kind : Registers::all()) {
        page()->showRegister(kind);
        picture(m_window.get(), QStringLiteral("registers-") + Registers::key(kind));
    }
    page()->showRegister(RegisterKind::Complaints);
}

void TestRegisterForms::badInputNamedAtTheField()
{
    const qint64 before = rowCount(m_db->session(), QStringLiteral("complaints"));
    ComplaintDialog dialog(UnitRepository(m_db->session().sql()).all(), m_db->session().clock(),
                           CaseLookup(m_db->session().sql()));
    ComplaintRepository repository(m_db->session());
    dialog.setSaveHandler([&repository](Complaint *c) { return repository.create(c); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QApplication::setActiveWindow(&dialog); // as a window manager does: Ctrl+S needs it
    auto *settled = child<QDateEdit>(&dialog, "settledDateEdit");
    QVERIFY(!settled->isEnabled()); // in progress: no settled date
    auto *result = child<QComboBox>(&dialog, "resultCombo");
    result->setCurrentIndex(result->findData(int(ComplaintResult::Rejected)));
    QVERIFY(settled->isEnabled());
    child<QDateEdit>(&dialog, "receivedDateEdit")->setDate(QDate(2021, 3, 1));
    settled->setDate(QDate(2021, 2, 1));
    retype(child<QLineEdit>(&dialog, "caseEdit"), QStringLiteral("999/QĐ-CCTHADS"));
    closeCompletion(child<QLineEdit>(&dialog, "caseEdit"));
    dialog.save();
    QVERIFY(dialog.isVisible());
    const QString message = child<QLabel>(&dialog, "messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("Settled on: must not be before the date received (01/03/2021).")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Case (decision number): this unit has no case numbered 999/QĐ-CCTHADS.")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Petitioner: required.")));
    QVERIFY(settled->property("invalid").toBool());
    QVERIFY(child<QLineEdit>(&dialog, "caseEdit")->property("invalid").toBool());
    QVERIFY(settled->toolTip().contains(QStringLiteral("Settled on")));
    picture(&dialog, QStringLiteral("complaint-problems"));
    QCOMPARE(rowCount(m_db->session(), QStringLiteral("complaints")), before);
    // Esc asks before throwing the typing away.
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(rowCount(m_db->session(), QStringLiteral("complaints")), before);
}

void TestRegisterForms::coercionNamesItsCase()
{
    whenModal<CoercionDialog>([&](CoercionDialog *dialog) {
        auto *unit = child<QComboBox>(dialog, "unitCombo");
        unit->setCurrentIndex(unit->findData(m_mso));
        auto *caseEdit = child<QLineEdit>(dialog, "caseEdit");
        retype(caseEdit, QStringLiteral("12"));
        closeCompletion(caseEdit);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(caseEdit->property("invalid").toBool());
        QCOMPARE(child<QLabel>(dialog, "caseInfoLabel")->text(),
                 QStringLiteral("This unit has no case with this decision number."));
        type(caseEdit, QStringLiteral("5/QĐ-CCTHADS"));
        closeCompletion(caseEdit);
        QVERIFY(child<QLabel>(dialog, "caseInfoLabel")->text().contains(QStringLiteral("Nguyễn Văn Đông")));
        child<QSpinBox>(dialog, "policeSpin")->setValue(12);
        child<QSpinBox>(dialog, "communeSpin")->setValue(4);
        picture(dialog, QStringLiteral("coercion-dialog"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    page()->newEntry(RegisterKind::Coercion);
    settle();
    auto *model = page()->model(RegisterKind::Coercion);
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("125/QĐ-CCTHADS"));
}

void TestRegisterForms::enterSavesAnAward()
{
    whenModal<AwardDialog>([&](AwardDialog *dialog) {
        auto *level = child<QComboBox>(dialog, "levelCombo");
        level->setCurrentIndex(level->findData(int(AwardLevel::KncTuPhap)));
        retype(child<QLineEdit>(dialog, "recipientEdit"), QStringLiteral("Lò Văn Hùng"));
        retype(child<QLineEdit>(dialog, "decisionNoEdit"), QStringLiteral("795/QĐ-BTP"));
        picture(dialog, QStringLiteral("award-dialog"));
        QTest::keyClick(child<QLineEdit>(dialog, "decisionNoEdit"), Qt::Key_Return);
    });
    page()->newEntry(RegisterKind::Awards);
    settle();
    QCOMPARE(page()->model(RegisterKind::Awards)->totalCount(), 1);
    QCOMPARE(page()->currentRegister(), RegisterKind::Awards);
}

void TestRegisterForms::receptionOffersTheUnitsComplaints()
{
    Complaint c = complaint(m_mso, QDate::currentDate().addDays(-3), Competence::Within, ComplaintResult::InProgress);
    c.petitioner = QStringLiteral("Cầm Văn Piếng");
    QVERIFY(ComplaintRepository(m_db->session()).create(&c).ok());
    QStringList offered;
    whenModal<ReceptionDialog>([&](ReceptionDialog *dialog) {
        auto *unit = child<QComboBox>(dialog, "unitCombo");
        unit->setCurrentIndex(unit->findData(m_mso));
        auto *complaints = child<QComboBox>(dialog, "complaintCombo");
        for (int i = 0; i < complaints->count(); ++i)
            offered << complaints->itemText(i);
        complaints->setCurrentIndex(complaints->findData(c.id));
        retype(child<QLineEdit>(dialog, "receiverEdit"), QStringLiteral("Quàng Thị Mai"));
        retype(child<QLineEdit>(dialog, "subjectEdit"), QStringLiteral("Đề nghị được nhận tiền thi hành án"));
        child<QSpinBox>(dialog, "peopleSpin")->setValue(3);
        picture(dialog, QStringLiteral("reception-dialog"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    page()->newEntry(RegisterKind::Reception);
    settle();
    // "None" first, then the unit's petitions, newest first.
    QVERIFY2(offered.size() >= 2 && offered.at(1).contains(QStringLiteral("Cầm Văn Piếng")),
             qPrintable(offered.join(QLatin1Char('|'))));
    const auto *model = page()->model(RegisterKind::Reception);
    QCOMPARE(model->totalCount(), 1);
    QCOMPARE(model->index(0, 6).data().toString(), QStringLiteral("Cầm Văn Piếng"));
}

void TestRegisterForms::targetsEditor()
{
    TargetRepository targets(m_db->session().sql());
    const qint64 tpsl = m_db->unitId(QStringLiteral("TPSL"));
    QVERIFY(targets.setMany(m_db->session(), {{2020, 0, 8200, 3900}, {2020, tpsl, 8150, 3850}}).ok());
    whenModal<TargetsDialog>([&](TargetsDialog *dialog) {
        QCOMPARE(dialog->year(), 2021);
        auto *view = child<QTableView>(dialog, "targetsView");
        auto *model = dialog->model();
        // The province's own target, typed: "82,5" is 82,50 %.
        const QModelIndex province = model->index(model->rowCount() - 1, TargetsModel::CaseTarget);
        view->setCurrentIndex(province);
        view->edit(province);
        auto *editor = view->viewport()->findChild<QLineEdit *>(QStringLiteral("percentEditor"));
        QVERIFY(editor);
        type(editor, QStringLiteral("82,5"));
        type(editor, QStringLiteral("01")); // a third decimal is refused as typed
        QCOMPARE(editor->text(), QStringLiteral("82,50"));
        QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(province.data().toString(), QStringLiteral("82,50\u00a0%"));
        // Last year's fill the table; the province's typed value is replaced too.
        QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(model->index(1, TargetsModel::CaseTarget).data().toString(), QStringLiteral("81,50\u00a0%"));
        QCOMPARE(province.data().toString(), QStringLiteral("82,00\u00a0%"));
        QVERIFY(dialog->windowTitle().endsWith(QLatin1Char('*')));
        // 2021 has no targets yet: they are set by a decision, which says who set them.
        QCOMPARE(child<QComboBox>(dialog, "decisionCombo")->currentText(), QStringLiteral("New decision"));
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("Decision number: required")),
                 qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        retype(child<QLineEdit>(dialog, "numberEdit"), QStringLiteral("125/QĐ-TCTHADS"));
        retype(child<QLineEdit>(dialog, "issuerEdit"), QStringLiteral("Tổng cục trưởng Tổng cục THADS"));
        picture(dialog, QStringLiteral("targets-dialog"));
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier);
    });
    auto *period = page()->findChild<QComboBox *>(QStringLiteral("periodYearCombo"));
    period->addItem(QStringLiteral("2021"), 2021);
    period->setCurrentIndex(period->findData(2021));
    page()->editTargets();
    settle();
    QCOMPARE(targets.find(2021, 0)->cases, std::optional<Rates::Hundredths>(8200));
    QCOMPARE(targets.find(2021, tpsl)->money, std::optional<Rates::Hundredths>(3850));
    QCOMPARE(targets.find(2020, tpsl)->cases, std::optional<Rates::Hundredths>(8150));
    const QList<TargetDecision> decisions = targets.decisions(2021);
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().number, QStringLiteral("125/QĐ-TCTHADS"));
    QCOMPARE(decisions.first().effectiveFrom, QDate(2020, 10, 1));
}

QTEST_MAIN(TestRegisterForms)
#include "tst_registerforms.moc"
