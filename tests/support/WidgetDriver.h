#pragma once

#include <QApplication>
#include <QDate>
#include <QDialog>
#include <QFileDialog>
#include <QString>
#include <QTimer>

#include <functional>
#include <type_traits>

class QDateEdit;
class QWidget;

// Helpers for tests that drive the real widgets.
namespace WidgetDriver {

// Types text as key presses, character by character. QTest::keyClicks only
// takes Latin-1, and Vietnamese needs more.
void type(QWidget *widget, const QString &text);

// Replaces a line edit's text as a clerk would: select all, type.
void retype(QWidget *widget, const QString &text);

// Types a date into a date edit part by part (day, month, year), as a clerk does.
void typeDate(QDateEdit *edit, QDate date);

// Runs `act` on the next modal dialog of type T once it is shown (exec() blocks
// the test until then), made the active window first: a window manager does so
// at once, the offscreen platform not always under load, and the dialog's
// shortcuts (Ctrl+S) need it. Fails the test if none appears within `timeoutMs`.
template<typename T>
void whenModal(std::function<void(T *)> act, int timeoutMs = 5000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, act, timeoutMs] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        *elapsed += 20;
        if (!dialog && *elapsed < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog) {
            // Not a file dialog: activated offscreen, its Save no longer takes the click (tst_reportpage).
            if constexpr (!std::is_base_of_v<QFileDialog, T>)
                QApplication::setActiveWindow(dialog);
            act(dialog);
        }
    });
    timer->start(20);
}

} // namespace WidgetDriver
