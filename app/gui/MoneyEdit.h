#pragma once

#include <QLineEdit>

#include <optional>

// A line edit for whole đồng: what the clerk types is regrouped with the
// locale's thousands separator as they type (1234567 → 1.234.567), and
// anything that is not a whole amount is kept as typed for the form's
// validation to name.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    std::optional<qint64> value() const; // empty when the text is not a whole amount ≥ 0
    void setValue(qint64 dong);

private:
    void regroup(const QString &text);
};
