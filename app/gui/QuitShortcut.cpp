#include "QuitShortcut.h"

#include <QDialog>
#include <QPointer>
#include <QShortcut>

void QuitShortcut::install(QDialog *dialog)
{
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), dialog); // as the main window's Quit
    QObject::connect(shortcut, &QShortcut::activated, dialog, [dialog] {
        if (!dialog->close())
            return; // the clerk kept the form
        QWidget *top = dialog;
        while (QWidget *parent = top->parentWidget())
            top = parent->window();
        if (top != dialog)
            QMetaObject::invokeMethod(top, &QWidget::close, Qt::QueuedConnection);
    });
}
