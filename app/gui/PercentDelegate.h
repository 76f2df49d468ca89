#pragma once

#include <QStyledItemDelegate>
#include <QValidator>

// Accepts what PercentInput reads (82,50 — 82.5 — empty), and the beginnings
// of it while typing; refuses anything over 100 or with a third decimal.
class PercentValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
};

// Edits a percent cell (the targets editor) in a line edit with PercentValidator.
class PercentDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
