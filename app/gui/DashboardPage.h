#pragma once

#include "CaseState.h"
#include "Session.h"
#include "StatisticsTable.h"

#include <QSet>
#include <QWidget>

#include <memory>

namespace Ui {
class DashboardPage;
}
class ChartPanel;
class GridTableModel;
class StatisticsTableModel;

// The officials' dashboard: for a chosen period, the province's headline
// figures against its targets, each unit's rates against its own targets
// (cases and money), the cases by state, the trend over the years, the
// year's month-by-month progress and what each lagging unit still needs —
// as charts built by thads_charts and as the official tables beside them.
// Every figure is a StatisticsEngine result; clicking a unit's bar asks for
// the register of the cases behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { CaseRate, MoneyRate, Composition, Trend, Progress, NeededCases, NeededMoney };

    explicit DashboardPage(const Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    StatisticalPeriod period() const;
    void setPeriod(const StatisticalPeriod &period);
    qint64 unitId() const; // the unit chosen for the lines and marks; 0: none
    void setUnitId(qint64 unitId);
    const StatisticsTable &table() const { return m_table; }
    const QList<StatisticsTable> &yearTables() const { return m_years; }
    const QList<StatisticsTable> &monthTables() const { return m_months; }
    ChartPanel *panel(Chart chart) const;
    bool isEmpty() const; // the empty state is shown

public slots:
    void refresh(); // reads the database again and computes the period's figures
    // After a write: refresh now if shown, else when next shown.
    void markStale();
    void copyTable();

signals:
    void drillDownRequested(qint64 unitId, QDate start, QDate end, const QSet<CaseState> &states,
                            const QString &description);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void compute(const StatisticalPeriod &period);
    void fillChoices();
    void showTiles();
    void showCharts();
    void showLines();
    void showColumns();
    void markUnit();

    std::unique_ptr<Ui::DashboardPage> ui;
    const Session &m_session;
    StatisticsTableModel *m_cases;
    StatisticsTableModel *m_money;
    GridTableModel *m_age; // the age of the pending cases and the clearance rate
    StatisticsTable m_table;
    QList<StatisticsTable> m_years;
    QList<StatisticsTable> m_months;
    bool m_hasCases = false;
    bool m_stale = true; // computed when first shown
};
