#include "AccessibleLabel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

QLabel *AccessibleLabel::attach(QComboBox *combo, const QString &text)
{
    const QString name = combo->objectName() + QStringLiteral("AccessibleLabel");
    QWidget *parent = combo->parentWidget();
    auto *label = parent->findChild<QLabel *>(name, Qt::FindDirectChildrenOnly);
    if (!label) {
        label = new QLabel(parent);
        label->setObjectName(name);
        label->setBuddy(combo);
        label->hide();
    }
    label->setText(text);
    return label;
}

void AccessibleLabel::nameClearButtons(QWidget *root)
{
    const QString name = QCoreApplication::translate("AccessibleLabel", "Clear the text");
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isClearButtonEnabled())
            continue;
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
            button->setAccessibleName(name);
    }
}
