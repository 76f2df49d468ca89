#include "PercentDelegate.h"

#include "PercentInput.h"

#include <QLineEdit>
#include <QRegularExpression>

QValidator::State PercentValidator::validate(QString &input, int &) const
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{0,3})([.,]\\d{0,2})?\\s*%?\\s*$"));
    const auto match = shape.match(input);
    if (!match.hasMatch())
        return Invalid;
    Rates::Hundredths value = 0;
    if (PercentInput::parse(input, &value) != PercentInput::Result::Invalid)
        return Acceptable;
    return match.captured(1).toInt() > 100 ? Invalid : Intermediate; // "82," is on its way
}

QWidget *PercentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("percentEditor"));
    edit->setValidator(new PercentValidator(edit));
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

void PercentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
}

void PercentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && edit->hasAcceptableInput())
        model->setData(index, edit->text(), Qt::EditRole);
}
