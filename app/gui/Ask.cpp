#include "Ask.h"

#include <QPushButton>

namespace {
QMessageBox *make(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                  QMessageBox::StandardButtons buttons)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}
} // namespace

QMessageBox *Ask::question(QWidget *parent, const QString &title, const QString &text, std::function<void()> onYes)
{
    QMessageBox *box = make(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    QObject::connect(box, &QMessageBox::finished, box, [box, onYes = std::move(onYes)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes) && onYes)
            onYes();
    });
    box->open();
    return box;
}

QMessageBox *Ask::tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                       std::function<void()> onClosed)
{
    QMessageBox *box = make(parent, icon, title, text, QMessageBox::Ok);
    if (onClosed)
        QObject::connect(box, &QMessageBox::finished, box, std::move(onClosed));
    box->open();
    return box;
}
