#pragma once

#include "StatisticsTable.h"

#include <QSqlDatabase>
#include <QWidget>

#include <memory>

namespace Ui {
class StatisticsPage;
}
class StatisticsTableModel;

// The official tables for a chosen period, in cases and in money, for every
// unit and the province, straight from the statistics engine.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsPage(QSqlDatabase db, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    StatisticalPeriod period() const;
    void setPeriod(const StatisticalPeriod &period);
    const StatisticsTable &table() const;

public slots:
    void refresh();
    void copyTable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void compute(const StatisticalPeriod &period);

    std::unique_ptr<Ui::StatisticsPage> ui;
    QSqlDatabase m_db;
    StatisticsTableModel *m_cases;
    StatisticsTableModel *m_money;
};
