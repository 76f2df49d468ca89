#include "ChartPanel.h"

#include "ChartDescription.h"
#include "ChartExporter.h"
#include "ChartInteraction.h"

#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_controls(new QHBoxLayout), m_stack(new QStackedWidget(this)), m_view(new QChartView(this)),
      m_message(new QLabel(this)), m_pngButton(new QToolButton(this)), m_svgButton(new QToolButton(this))
{
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(360, 240);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_pngButton->setObjectName(QStringLiteral("exportPngButton"));
    m_svgButton->setObjectName(QStringLiteral("exportSvgButton"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    m_controls->setContentsMargins(0, 0, 0, 0);
    row->addLayout(m_controls);
    row->addStretch();
    row->addWidget(m_pngButton);
    row->addWidget(m_svgButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_stack, 1);

    connect(m_pngButton, &QToolButton::clicked, this, [this] { saveAs(QStringLiteral("png")); });
    connect(m_svgButton, &QToolButton::clicked, this, [this] { saveAs(QStringLiteral("svg")); });
    retranslate();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::retranslate()
{
    m_pngButton->setText(tr("Save as PNG..."));
    m_pngButton->setToolTip(tr("Save this chart as a PNG image"));
    m_svgButton->setText(tr("Save as SVG..."));
    m_svgButton->setToolTip(tr("Save this chart as an SVG drawing, for documents and printing"));
}

void ChartPanel::setFactory(Factory factory, const QString &exportName)
{
    m_factory = std::move(factory);
    m_exportName = exportName;
    std::unique_ptr<QChart> chart = m_factory ? m_factory() : nullptr;
    QChart *old = m_view->chart();
    if (!chart) {
        showMessage(QString());
        return;
    }
    if (ChartInteraction *interaction = ChartInteraction::of(chart.get())) {
        connect(interaction, &ChartInteraction::hovered, this, [this](const QString &text, bool entered) {
            if (entered)
                QToolTip::showText(QCursor::pos(), text, m_view);
            else
                QToolTip::hideText();
        });
        connect(interaction, &ChartInteraction::drillDownRequested, this, &ChartPanel::drillDownRequested);
    }
    // A screen reader hears the chart's title and its figures, as drawn.
    m_view->setAccessibleName(chart->title());
    m_view->setAccessibleDescription(ChartDescription::of(chart.get()));
    m_view->setChart(chart.release()); // the view owns the new chart; the old one is ours to delete
    if (old)
        old->deleteLater(); // a signal of the old chart may be what led here
    m_stack->setCurrentWidget(m_view);
    m_pngButton->setEnabled(true);
    m_svgButton->setEnabled(true);
}

void ChartPanel::showMessage(const QString &text)
{
    m_view->setAccessibleDescription(text);
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_pngButton->setEnabled(false);
    m_svgButton->setEnabled(false);
}

bool ChartPanel::hasChart() const
{
    return m_stack->currentWidget() == m_view;
}

QChart *ChartPanel::chart() const
{
    return hasChart() ? m_view->chart() : nullptr;
}

QComboBox *ChartPanel::addChoice(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_controls->addWidget(combo);
    return combo;
}

bool ChartPanel::exportTo(const QString &path, QString *error) const
{
    std::unique_ptr<QChart> chart = m_factory ? m_factory() : nullptr;
    if (!chart) {
        *error = tr("There is no chart to save.");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return ChartExporter::saveSvg(chart.get(), path, ChartExporter::kDefaultSize, chart->title(), error);
    return ChartExporter::savePng(chart.get(), path, ChartExporter::kDefaultSize, error);
}

void ChartPanel::saveAs(const QString &format)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("dashboard/exportFolder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suggested = QDir(folder).filePath(m_exportName + QLatin1Char('.') + format);
    const QString filter = format == QLatin1String("svg") ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    settings.setValue(QStringLiteral("dashboard/exportFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
