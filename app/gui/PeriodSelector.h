#pragma once

#include "ClosedBooks.h"
#include "StatisticalPeriod.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

// Chooses a reporting period of DESIGN.md: a statistical year, its first N
// months (kỳ N tháng, from 1 October), or the year up to a date. Years and
// periods whose last month the province has closed (khóa sổ) show a lock.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodSelector(QWidget *parent = nullptr);

    StatisticalPeriod period() const;
    void setPeriod(const StatisticalPeriod &period);
    void setYears(const QList<int> &years); // newest first
    void setClosedBooks(const ClosedBooks &books);

signals:
    void periodChanged(const StatisticalPeriod &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChange();
    void showLocks();

    QComboBox *m_kind;
    QComboBox *m_year;
    QSpinBox *m_months;
    QDateEdit *m_date;
    QLabel *m_lockIcon;
    QLabel *m_lock;
    ClosedBooks m_closedBooks;
    bool m_updating = false;
};
