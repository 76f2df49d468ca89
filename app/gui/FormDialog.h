#pragma once

#include "CaseField.h"
#include "FieldMarker.h"
#include "RegisterField.h"
#include "WriteResult.h"

#include <QDialog>
#include <QSet>

class QLabel;

// What every data-entry form shares (the case form, the register forms): a
// field is judged once touched and every field again on save, problems are
// marked at the field (FieldMarker) and listed; Ctrl+S and Enter save, Esc
// cancels (asking first when something was typed). The form edits values;
// its save handler writes them and reports what the database refused.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    bool isModified() const { return m_modified; }
    // The fields' problems as the form stands (parsing, then the core's rules).
    virtual FieldProblems problems() const = 0;

public slots:
    void save();
    void reject() override;

protected:
    explicit FormDialog(QWidget *parent);

    void setMessageLabel(QLabel *label) { m_marker.setMessageLabel(label); }
    // Marks problems of the field `key` on the widget, and judges it when it changes.
    void watch(const QString &key, QWidget *widget);
    void watch(RegisterField field, QWidget *widget) { watch(RegisterFields::key(field), widget); }
    void watch(CaseField field, QWidget *widget) { watch(CaseFields::key(field), widget); }
    // A change of `widget` judges the field `key` again (a rule over two fields).
    void rejudge(QWidget *widget, const QString &key);
    void rejudge(QWidget *widget, RegisterField field) { rejudge(widget, RegisterFields::key(field)); }
    QWidget *fieldWidget(const QString &key) const { return m_marker.field(key); }
    // While filling the form, changes are not the clerk's.
    void beginLoading() { m_loading = true; }
    void endLoading();
    void updateProblems(bool all);
    void changeEvent(QEvent *event) override;

    // Builds the entry from the form and hands it to the save handler.
    virtual WriteResult store() = 0;
    virtual void retranslate() = 0;

private:
    void edited(const QString &key);
    void fitMessages();
    void connectChange(QWidget *widget, const QString &key);

    FieldMarker m_marker;
    QSet<QString> m_touched;
    bool m_modified = false;
    bool m_loading = false;
};
