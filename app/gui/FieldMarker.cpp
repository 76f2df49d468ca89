#include "FieldMarker.h"

#include <QStyle>

void FieldMarker::mark(QWidget *widget, const QString &message)
{
    widget->setProperty("invalid", !message.isEmpty());
    widget->setToolTip(message);
    // Told to a screen reader with the field's name, as the outline shows it.
    widget->setAccessibleDescription(message);
    widget->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("border: 2px solid #c62828; border-radius: 3px;"));
}

QWidget *FieldMarker::show(const FieldProblems &problems)
{
    QHash<QWidget *, QStringList> messages;
    QWidget *first = nullptr;
    QStringList lines;
    for (const FieldProblem &p : problems) {
        lines << p.message;
        QWidget *widget = m_fields.value(p.field);
        if (!widget)
            continue;
        messages[widget] << p.message;
        if (!first)
            first = widget;
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_fields)) {
        if (widget)
            mark(widget, messages.value(widget).join(QLatin1Char('\n')));
    }
    if (m_label) {
        m_label->setText(lines.join(QLatin1Char('\n')));
        m_label->setVisible(!lines.isEmpty());
    }
    return first;
}
