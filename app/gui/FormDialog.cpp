#include "FormDialog.h"

#include "QuitShortcut.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QSpinBox>

FormDialog::FormDialog(QWidget *parent) : QDialog(parent)
{
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &FormDialog::save);
    QuitShortcut::install(this);
}

void FormDialog::connectChange(QWidget *widget, const QString &key)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        connect(edit, &QLineEdit::textChanged, this, [this, key] { edited(key); });
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, [this, key] { edited(key); });
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { edited(key); });
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, [this, key] { edited(key); });
    else if (auto *check = qobject_cast<QAbstractButton *>(widget))
        connect(check, &QAbstractButton::toggled, this, [this, key] { edited(key); });
}

void FormDialog::watch(const QString &key, QWidget *widget)
{
    m_marker.addField(key, widget);
    connectChange(widget, key);
}

void FormDialog::rejudge(QWidget *widget, const QString &key)
{
    connectChange(widget, key);
}

void FormDialog::endLoading()
{
    m_loading = false;
    m_touched.clear();
    m_modified = false;
    updateProblems(false);
}

void FormDialog::edited(const QString &key)
{
    if (m_loading)
        return;
    m_modified = true;
    m_touched.insert(key);
    updateProblems(false);
}

void FormDialog::updateProblems(bool all)
{
    FieldProblems shown;
    for (const FieldProblem &p : problems()) {
        if (all || m_touched.contains(p.field))
            shown << p;
    }
    m_marker.show(shown);
    fitMessages();
}

void FormDialog::fitMessages()
{
    // The list of problems grows the form rather than being cut off.
    if (const int needed = sizeHint().height(); height() < needed)
        resize(width(), needed);
}

void FormDialog::save()
{
    FieldProblems found = problems();
    if (found.isEmpty()) {
        const WriteResult result = store();
        if (result.ok()) {
            m_modified = false;
            accept();
            return;
        }
        found = result.problems;
        if (!result.error.isEmpty()) // the database refused: keep the edit, say why
            found << FieldProblem{QString(), tr("Nothing was saved: %1").arg(result.error)};
    }
    for (const FieldProblem &p : std::as_const(found))
        m_touched.insert(p.field);
    QWidget *first = m_marker.show(found);
    fitMessages();
    if (first)
        first->setFocus();
}

void FormDialog::reject()
{
    if (m_modified) {
        const auto answer = QMessageBox::question(this, windowTitle(), tr("The form has unsaved changes. Save them?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
    }
    QDialog::reject();
}

void FormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool loading = std::exchange(m_loading, true);
        retranslate();
        m_loading = loading;
        updateProblems(false);
    }
    QDialog::changeEvent(event);
}
