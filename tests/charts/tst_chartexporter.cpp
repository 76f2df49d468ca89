// ChartExporter: every chart of the dashboard, built from the demo's tables
// and never shown, is laid out at the size asked for and written as a PNG of
// that size and as an SVG whose text (unit names, the title) is searchable.
// THADS_CHART_DUMP=DIR keeps the files there, to look at them.

#include "ChartExporter.h"
#include "CompositionChartBuilder.h"
#include "Language.h"
#include "NeededChartBuilder.h"
#include "ProgressChartBuilder.h"
#include "RateChartBuilder.h"
#include "StatisticsEngine.h"
#include "StatisticsSeries.h"
#include "TestDatabase.h"
#include "TrendChartBuilder.h"

#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

class tst_ChartExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesPngAndSvg_data();
    void writesPngAndSvg();
    void chartIsGivenBackUnharmed();
    void unwritablePathIsReported();

private:
    std::unique_ptr<QChart> chart(const QString &name) const;

    std::unique_ptr<TestDatabase> m_db;
    StatisticsTable m_2021;
    QList<StatisticsTable> m_years;
    QList<StatisticsTable> m_months;
    QTemporaryDir m_tmp;
    QString m_dir;
};

void tst_ChartExporter::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const QSqlDatabase sql = m_db->database().sql();
    const auto table = StatisticsEngine(sql).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    m_2021 = *table;
    const auto years = StatisticsSeries(sql).years(&error);
    QVERIFY2(years, qPrintable(error));
    m_years = *years;
    const auto months = StatisticsSeries(sql).months(StatisticalPeriod::year(2021), QDate(2026, 11, 25), &error);
    QVERIFY2(months, qPrintable(error));
    m_months = *months;
    m_dir = qEnvironmentVariable("THADS_CHART_DUMP", m_tmp.path());
    QVERIFY(QDir().mkpath(m_dir));
}

std::unique_ptr<QChart> tst_ChartExporter::chart(const QString &name) const
{
    using Charts::Measure;
    const qint64 unit = m_2021.units.at(4).unit.id; // Mường La, below its target
    if (name == QLatin1String("case-rate"))
        return RateChartBuilder::build(m_2021, Measure::Cases, RateChartBuilder::Order::ByRate, unit).chart;
    if (name == QLatin1String("money-rate"))
        return RateChartBuilder::build(m_2021, Measure::Money, RateChartBuilder::Order::Official).chart;
    if (name == QLatin1String("composition"))
        return CompositionChartBuilder::build(m_2021).chart;
    if (name == QLatin1String("trend"))
        return TrendChartBuilder::build(m_years, Measure::Cases, unit).chart;
    if (name == QLatin1String("progress"))
        return ProgressChartBuilder::build(m_months, Measure::Cases, unit).chart;
    if (name == QLatin1String("needed-cases"))
        return NeededChartBuilder::build(m_2021, Measure::Cases).chart;
    if (name == QLatin1String("needed-money"))
        return NeededChartBuilder::build(m_2021, Measure::Money).chart;
    return {};
}

void tst_ChartExporter::writesPngAndSvg_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"case-rate", "money-rate", "composition", "trend", "progress", "needed-cases", "needed-money"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_ChartExporter::writesPngAndSvg()
{
    QFETCH(QString, name);
    auto built = chart(name);
    QVERIFY(built);
    const QSize size(1000, 600);
    QString error;
    const QString png = QDir(m_dir).filePath(name + QLatin1String(".png"));
    const QString svg = QDir(m_dir).filePath(name + QLatin1String(".svg"));
    QVERIFY2(ChartExporter::savePng(built.get(), png, size, &error), qPrintable(error));
    QVERIFY2(ChartExporter::saveSvg(built.get(), svg, size, built->title(), &error), qPrintable(error));

    const QImage image(png);
    QCOMPARE(image.size(), size * 2);
    // Laid out: something is drawn across the image, not a tiny chart in a corner.
    int inked = 0;
    for (int x = 0; x < image.width(); x += 40) {
        for (int y = 0; y < image.height(); y += 40)
            inked += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
    }
    QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
    // … up to the far corner: the plot area's frame or the axis reaches the right and the bottom.
    const auto inkIn = [&image](QRect area) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            for (int y = area.top(); y <= area.bottom(); y += 2) {
                if (image.pixelColor(x, y) != QColor(Qt::white))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(inkIn(QRect(image.width() * 9 / 10, image.height() / 4, image.width() / 10 - 1, image.height() / 2)));
    QVERIFY(inkIn(QRect(image.width() / 4, image.height() * 8 / 10, image.width() / 2, image.height() / 5 - 1)));

    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QLatin1String("<svg")));
    QVERIFY(text.contains(QLatin1String("viewBox=\"0 0 1000 600\"")));
    QVERIFY2(text.contains(QStringLiteral("2021")), "the title is text in the SVG");
    // Unit names are text: the Cục on every bar chart, Mường La in the lines' legend.
    const bool lines = name == QLatin1String("trend") || name == QLatin1String("progress");
    QVERIFY2(text.contains(lines ? QStringLiteral("Mường La") : QStringLiteral("Cục THADS tỉnh")), "unit names");
    QVERIFY(!built->scene()); // given back without a scene
}

void tst_ChartExporter::chartIsGivenBackUnharmed()
{
    auto built = chart(QStringLiteral("case-rate"));
    QImage image(QSize(800, 500), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ChartExporter::render(built.get(), &painter, QRectF(0, 0, 800, 500), QSize(800, 500));
    painter.end();
    QVERIFY(!built->scene());
    // A chart already in a scene (a view) is painted where it is.
    QGraphicsScene scene;
    scene.addItem(built.get());
    built->setGeometry(0, 0, 640, 400);
    QImage again(QSize(640, 400), QImage::Format_ARGB32_Premultiplied);
    QPainter second(&again);
    ChartExporter::render(built.get(), &second, QRectF(0, 0, 640, 400));
    second.end();
    QCOMPARE(built->scene(), &scene);
    scene.removeItem(built.get());
}

void tst_ChartExporter::unwritablePathIsReported()
{
    auto built = chart(QStringLiteral("trend"));
    QString error;
    const QString path = QDir(m_tmp.path()).filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!ChartExporter::savePng(built.get(), path, QSize(400, 300), &error));
    QVERIFY2(error.contains(QStringLiteral("chart.png")), qPrintable(error));
    error.clear();
    QVERIFY(!ChartExporter::saveSvg(built.get(), path + QLatin1String(".svg"), QSize(400, 300), QString(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(tst_ChartExporter)
#include "tst_chartexporter.moc"
