#pragma once

#include "ChartTypes.h"

#include <QChart>
#include <QWidget>

#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

// One chart of the dashboard: the view with tooltips on its bars and points,
// a row for the chart's own choices, and buttons to save it as PNG or SVG.
// The chart comes from a factory (a builder over the engine's tables), so an
// export is a fresh chart laid out at a fixed size, as the report draws it.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<std::unique_ptr<QChart>()>;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Shows the factory's chart now and uses the factory again for each export.
    void setFactory(Factory factory, const QString &exportName);
    // Replaces the chart with a message (no data for it).
    void showMessage(const QString &text);
    bool hasChart() const;
    QChart *chart() const;
    QChartView *view() const { return m_view; }

    // A choice in the panel's row, left of the export buttons.
    QComboBox *addChoice(const QString &objectName);

    // Writes a fresh chart to `path` as PNG or SVG, by its suffix.
    bool exportTo(const QString &path, QString *error) const;

signals:
    void drillDownRequested(const Charts::DrillDown &drillDown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveAs(const QString &format);

    QHBoxLayout *m_controls;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_message;
    QToolButton *m_pngButton;
    QToolButton *m_svgButton;
    Factory m_factory;
    QString m_exportName;
};
