#pragma once

#include "StatisticalPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

// Chooses a reporting period of DESIGN.md: a statistical year, its first N
// months (kỳ N tháng, from 1 October), or the year up to a date.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    StatisticalPeriod period() const;
    void setPeriod(const StatisticalPeriod &period);
    void setYears(const QList<int> &years); // newest first

signals:
    void periodChanged(const StatisticalPeriod &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChange();

    QComboBox *m_kind;
    QComboBox *m_year;
    QSpinBox *m_months;
    QDateEdit *m_date;
    bool m_updating = false;
};
