#pragma once

#include <QMessageBox>

#include <functional>

// Message boxes opened with open(), not exec(): the action that asks returns
// at once (an assistive client that triggered it gets its answer at once too)
// and the answer is handled when it is given.
namespace Ask {

// Asks a yes/no question (No by default); `onYes` runs if the answer is yes.
QMessageBox *question(QWidget *parent, const QString &title, const QString &text, std::function<void()> onYes);

// Tells something; `onClosed` runs when the box is closed.
QMessageBox *tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                  std::function<void()> onClosed = {});

} // namespace Ask
