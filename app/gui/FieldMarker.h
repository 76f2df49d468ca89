#pragma once

#include "CaseField.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

// Shows a form's problems where they are: the field of each problem is
// outlined in red with the message as its tooltip and accessible description
// (a screen reader says it with the field), and the message label
// lists them, so a clerk sees which field breaks which rule.
class FieldMarker
{
public:
    void addField(const QString &key, QWidget *widget) { m_fields.insert(key, widget); }
    void setMessageLabel(QLabel *label) { m_label = label; }

    // Marks exactly these problems (clears the rest); returns the first marked field.
    QWidget *show(const FieldProblems &problems);
    QWidget *field(const QString &key) const { return m_fields.value(key); }

private:
    static void mark(QWidget *widget, const QString &message);

    QHash<QString, QPointer<QWidget>> m_fields;
    QPointer<QLabel> m_label;
};
