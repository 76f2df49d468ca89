#include "WidgetDriver.h"

#include <QDateEdit>
#include <QKeyEvent>
#include <QTest>

void WidgetDriver::type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) { // ASCII: a real key, which date and spin boxes want
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void WidgetDriver::retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    type(widget, text);
}

void WidgetDriver::typeDate(QDateEdit *edit, QDate date)
{
    edit->setFocus();
    const std::pair<QDateTimeEdit::Section, QString> parts[] = {
        {QDateTimeEdit::YearSection, date.toString(QStringLiteral("yyyy"))},
        {QDateTimeEdit::MonthSection, date.toString(QStringLiteral("MM"))},
        {QDateTimeEdit::DaySection, date.toString(QStringLiteral("dd"))},
    };
    for (const auto &[section, digits] : parts) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, digits);
    }
}
