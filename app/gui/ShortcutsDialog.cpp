#include "ShortcutsDialog.h"
#include "ui_ShortcutsDialog.h"

#include <QEvent>
#include <QHeaderView>

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::ShortcutsDialog>())
{
    ui->setupUi(this);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    fill();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Shortcut> ShortcutsDialog::all()
{
    const QString everywhere = tr("Everywhere");
    const QString cases = tr("Case register");
    const QString forms = tr("Forms");
    const QString registers = tr("Registers");
    const QString dashboard = tr("Dashboard");
    const QString report = tr("Report");
    const QString audit = tr("Audit trail");
    return {
        {everywhere, tr("Ctrl+1, Ctrl+3, Ctrl+4, Ctrl+5"), tr("Case register, dashboard, registers, report")},
        {everywhere, tr("Ctrl+F"), tr("Search the case register (the registers' search on the registers page)")},
        {everywhere, tr("F5"), tr("Read the database again")},
        {everywhere, tr("Ctrl+O"), tr("Open another database")},
        {everywhere, tr("Ctrl+P"), tr("Print the report")},
        {everywhere, tr("Ctrl+Shift+A"), tr("The audit trail: who changed what and when")},
        {everywhere, tr("F1"), tr("This list of keyboard shortcuts")},
        {everywhere, tr("Ctrl+Q"), tr("Quit (an open form asks about its unsaved changes first)")},
        {everywhere, tr("Alt+letter"), tr("Open a menu, or jump to the field whose label has the letter underlined")},
        {cases, tr("Ctrl+N"), tr("New case (also from the search box)")},
        {cases, tr("Enter (in the search box)"), tr("Search now and go to the list, first case selected")},
        {cases, tr("Enter (in the list)"), tr("Open the selected case")},
        {cases, tr("Ctrl+E"), tr("Add an event to the selected case (also from the search box)")},
        {cases, tr("Del (in the list)"), tr("Delete the selected case (asks first)")},
        {forms, tr("Ctrl+S, Enter"), tr("Save; the first wrong field gets the focus")},
        {forms, tr("Esc"), tr("Close the form (asks about unsaved changes)")},
        {forms, tr("Ctrl+E (case form)"), tr("Add an event to the case")},
        {forms, tr("Alt+Down"), tr("Open a list or a calendar")},
        {registers, tr("Ins"), tr("New entry in the register shown")},
        {registers, tr("Enter (in the list)"), tr("Open the selected entry")},
        {registers, tr("Del (in the list)"), tr("Delete the selected entry (asks first)")},
        {registers, tr("Ctrl+Tab, Ctrl+Shift+Tab"), tr("Next or previous register")},
        {dashboard, tr("Ctrl+Tab, Ctrl+Shift+Tab (in the charts)"), tr("Next or previous chart")},
        {dashboard, tr("Enter (in a table)"), tr("The case register of the unit's cases not yet resolved")},
        {report, tr("Tab to a button, Space"), tr("Preview, print, save as PDF, export, pack")},
        {audit, tr("Enter (in the decision number)"), tr("Show that case's changes now and go to the list")},
        {audit, tr("Ctrl+C (in the list)"), tr("Copy the selected rows, tab-separated (Shift+arrows select more)")},
        {audit, tr("Esc"), tr("Close the audit trail")},
    };
}

void ShortcutsDialog::fill()
{
    ui->shortcutsView->clear();
    QString group;
    for (const Shortcut &s : all()) {
        if (s.where != group) {
            group = s.where;
            auto *heading = new QTreeWidgetItem(ui->shortcutsView, {group});
            QFont bold = heading->font(0);
            bold.setBold(true);
            heading->setFont(0, bold);
            heading->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(ui->shortcutsView, {s.key, s.does});
    }
    ui->shortcutsView->resizeColumnToContents(0);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}
