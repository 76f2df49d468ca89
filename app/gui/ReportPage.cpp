#include "ReportPage.h"
#include "ui_ReportPage.h"

#include "CaseListQuery.h"
#include "Format.h"
#include "PeriodLockRepository.h"
#include "ReportDocument.h"
#include "ReportExports.h"
#include "ReportRenderer.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsView>
#include <QMessageBox>

#include <memory>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

ReportPage::ReportPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ReportPage>()), m_db(std::move(db))
{
    ui->setupUi(this);
    for (ReportSection section : ReportSections::all()) {
        auto *box = new QCheckBox(ReportSections::displayName(section), ui->sectionsGroup);
        box->setObjectName(QStringLiteral("section_") + ReportSections::key(section));
        box->setChecked(true);
        // Two columns: the whole form fits beside the preview on a 1366×768 screen.
        const int index = int(m_sections.size());
        ui->sectionsLayout->addWidget(box, index / 2, index % 2);
        m_sections.append({section, box});
    }
    QSettings settings;
    ui->dateEdit->setDate(QDate::currentDate());
    fillHeader(ReportHeader::load(settings, ui->dateEdit->date()));
    m_namesDate = ui->dateEdit->date();
    const QList<int> years = CaseListQuery(m_db).acceptedYears();
    ui->periodSelector->setYears(years.isEmpty() ? QList<int>{StatisticalPeriod::statisticalYearOf(QDate::currentDate())}
                                                 : years);
    // The latest year that has closed, when there is one: the year the conference reviews.
    const int closed = StatisticalPeriod::statisticalYearOf(QDate::currentDate()) - 1;
    for (int year : years) {
        if (year <= closed) {
            ui->periodSelector->setPeriod(StatisticalPeriod::year(year));
            break;
        }
    }
    ui->preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    for (QGraphicsView *pages : ui->preview->findChildren<QGraphicsView *>())
        pages->setAccessibleName(tr("Report preview")); // the preview's pages, for a screen reader
    connect(ui->preview, &QPrintPreviewWidget::paintRequested, this, &ReportPage::paint);
    connect(ui->previewButton, &QPushButton::clicked, this, &ReportPage::generate);
    connect(ui->printButton, &QPushButton::clicked, this, &ReportPage::print);
    connect(ui->pdfButton, &QPushButton::clicked, this, &ReportPage::savePdf);
    connect(ui->xlsxButton, &QPushButton::clicked, this, &ReportPage::exportXlsx);
    connect(ui->csvButton, &QPushButton::clicked, this, &ReportPage::exportCsv);
    connect(ui->packButton, &QPushButton::clicked, this, &ReportPage::exportPack);
    // Anything changed: the report shown is out of date until updated.
    const auto stale = [this] { m_document.reset(); };
    connect(ui->periodSelector, &PeriodSelector::periodChanged, this, stale);
    for (const auto &[section, box] : std::as_const(m_sections))
        connect(box, &QCheckBox::toggled, this, stale);
    for (QLineEdit *edit : {ui->superiorEdit, ui->agencyEdit, ui->numberEdit, ui->placeEdit, ui->signerTitleEdit,
                            ui->signerNameEdit})
        connect(edit, &QLineEdit::textEdited, this, stale);
    connect(ui->recipientsEdit, &QPlainTextEdit::textChanged, this, stale);
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, stale);
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, &ReportPage::followNames);
}

void ReportPage::followNames(QDate date)
{
    // A date across the reorganisation: the agency's names of that era, the ones typed kept for theirs.
    const QDate left = std::exchange(m_namesDate, date);
    if (ReportHeader::namesFrom(date) == ReportHeader::namesFrom(left))
        return;
    QSettings settings;
    ReportHeader typed = options().header;
    typed.issueDate = left;
    typed.save(settings);
    fillHeader(ReportHeader::load(settings, date));
}

ReportPage::~ReportPage() = default;

void ReportPage::fillHeader(const ReportHeader &h)
{
    ui->superiorEdit->setText(h.superiorAgency);
    ui->agencyEdit->setText(h.agency);
    ui->numberEdit->setText(h.documentNumber);
    ui->placeEdit->setText(h.place);
    ui->signerTitleEdit->setText(h.signerTitle);
    ui->signerNameEdit->setText(h.signerName);
    ui->recipientsEdit->setPlainText(h.recipients);
}

ReportOptions ReportPage::options() const
{
    ReportOptions o;
    o.period = ui->periodSelector->period();
    for (const auto &[section, box] : m_sections) {
        if (box->isChecked())
            o.sections.insert(section);
    }
    o.header.superiorAgency = ui->superiorEdit->text().trimmed();
    o.header.agency = ui->agencyEdit->text().trimmed();
    o.header.documentNumber = ui->numberEdit->text();
    o.header.place = ui->placeEdit->text().trimmed();
    o.header.issueDate = ui->dateEdit->date();
    o.header.signerTitle = ui->signerTitleEdit->text().trimmed();
    o.header.signerName = ui->signerNameEdit->text().trimmed();
    o.header.recipients = ui->recipientsEdit->toPlainText();
    return o;
}

void ReportPage::setPeriod(const StatisticalPeriod &period)
{
    ui->periodSelector->setPeriod(period);
}

void ReportPage::rememberHeader() const
{
    QSettings settings;
    options().header.save(settings);
}

void ReportPage::say(const QString &message, bool error)
{
    ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    ui->messageLabel->setText(message);
}

bool ReportPage::generate()
{
    rememberHeader();
    QProgressDialog progress(tr("Reading the figures for the report..."), tr("Cancel"), 0, 6, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    auto data = ReportDataLoader::load(m_db, options(), QDate::currentDate(),
                                       [&progress](int done, int total) {
                                           progress.setMaximum(total);
                                           progress.setValue(done);
                                           return !progress.wasCanceled();
                                       },
                                       &error);
    progress.reset();
    if (!data) {
        m_document.reset();
        m_data.reset();
        say(error, true);
        ui->preview->updatePreview();
        return false;
    }
    m_data = std::make_unique<ReportData>(std::move(*data));
    m_document = std::make_unique<ReportDocument>(*m_data);
    ui->preview->updatePreview();
    say(tr("%1: %n page(s).", nullptr, ui->preview->pageCount()).arg(m_document->title()));
    return true;
}

bool ReportPage::ensureReport()
{
    return m_document || generate();
}

void ReportPage::paint(QPrinter *printer)
{
    if (!m_document)
        return;
    const ReportRenderer renderer(*m_document);
    renderer.prepare(printer);
    QPainter painter(printer);
    renderer.paint(printer, &painter, ReportRenderer::Orientations::Turned);
}

void ReportPage::print()
{
    if (!ensureReport())
        return;
    // open(), not exec(): the action returns at once; the printing follows the answer.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, printer] { paint(printer.get()); });
    dialog->open();
}

void ReportPage::printPreviewDialog()
{
    if (!ensureReport())
        return;
    auto *dialog = new QPrintPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, &ReportPage::paint);
    dialog->open();
}

QString ReportPage::suggestedPath(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("bao-cao-%1.%2").arg(ui->periodSelector->period().key(), suffix));
}

void ReportPage::savePdf()
{
    if (!ensureReport())
        return;
    askPath(tr("Save the report"), suggestedPath(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"),
            [this](const QString &path) {
                QString error;
                if (ReportExports::writePdf(*m_document, path, &error))
                    say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                else
                    say(error, true);
            });
}

void ReportPage::exportXlsx()
{
    if (!ensureReport())
        return;
    askPath(tr("Export the tables"), suggestedPath(QStringLiteral("xlsx")), tr("Excel workbooks (*.xlsx)"),
            [this](const QString &path) {
                QString error;
                if (ReportExports::writeXlsx(*m_data, path, &error))
                    say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                else
                    say(error, true);
            });
}

void ReportPage::exportCsv()
{
    if (!ensureReport())
        return;
    askPath(tr("Export the tables"), suggestedPath(QStringLiteral("csv")), tr("CSV files (*.csv)"),
            [this](const QString &path) {
                QString error;
                if (ReportExports::writeCsv(m_data->current, path, &error))
                    say(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
                else
                    say(error, true);
            });
}

void ReportPage::exportPack()
{
    if (!ensureReport())
        return;
    askPath(tr("Folder for the conference pack"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            QString(), [this](const QString &folder) {
                QStringList written;
                QString error;
                const QString target =
                    QDir(folder).filePath(QStringLiteral("hoi-nghi-%1").arg(m_data->current.period.key()));
                if (ReportExports::writePack(*m_data, target, &written, &error))
                    say(tr("Wrote %n file(s) into %1.", nullptr, int(written.size()))
                            .arg(QDir::toNativeSeparators(target)));
                else
                    say(error, true);
            });
}

void ReportPage::askPath(const QString &title, const QString &suggested, const QString &filter,
                         std::function<void(const QString &)> chosen)
{
    // open(), not exec(): the action returns at once; the file is written when one is chosen.
    auto *dialog = new QFileDialog(this, title, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (filter.isEmpty()) { // a folder
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [chosen = std::move(chosen)](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

void ReportPage::showEvent(QShowEvent *event)
{
    ui->periodSelector->setClosedBooks(PeriodLockRepository::closedBooks(m_db)); // closed since the page was last shown?
    QWidget::showEvent(event);
    // The first look at the page shows the report: once the page is up, since
    // generating may show a progress dialog.
    if (!m_document && !m_data)
        QMetaObject::invokeMethod(this, &ReportPage::generate, Qt::QueuedConnection);
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        for (const auto &[section, box] : std::as_const(m_sections))
            box->setText(ReportSections::displayName(section));
        if (m_document)
            generate();
    }
    QWidget::changeEvent(event);
}
