#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "AccessibleLabel.h"
#include "ComboChoices.h"
#include "ImportPreviewModel.h"
#include "QuitShortcut.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSet>

namespace {
const QString kFolderSetting = QStringLiteral("import/folder"); // where the last file was chosen

enum ProblemData { SheetData = Qt::UserRole + 1, LineData, ColumnData };

const QList<CsvEncoding> kEncodings{CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Windows1258};
const QList<CsvSeparator> kSeparators{CsvSeparator::Auto, CsvSeparator::Comma, CsvSeparator::Semicolon};
} // namespace

ImportDialog::ImportDialog(const Session &session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ImportDialog>()), m_session(session),
      m_casesModel(new ImportPreviewModel(this)), m_eventsModel(new ImportPreviewModel(this))
{
    ui->setupUi(this);
    ui->casesView->setModel(m_casesModel);
    ui->eventsView->setModel(m_eventsModel);
    for (QTableView *view : {ui->casesView, ui->eventsView}) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setDefaultSectionSize(140);
    }
    AccessibleLabel::nameClearButtons(this);
    ui->splitter->setStretchFactor(0, 4);
    ui->splitter->setStretchFactor(1, 1);
    // Import is never the default button: Enter in a file name checks the
    // file, it does not write it.
    m_importButton = ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    for (QPushButton *button : ui->buttonBox->findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(ui->casesBrowse, &QPushButton::clicked, this, [this] { choose(ui->casesEdit, tr("Choose the cases file")); });
    connect(ui->eventsBrowse, &QPushButton::clicked, this,
            [this] { choose(ui->eventsEdit, tr("Choose the events file")); });
    for (QLineEdit *edit : {ui->casesEdit, ui->eventsEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (ui->casesEdit->text() != m_checkedCases || ui->eventsEdit->text() != m_checkedEvents)
                check();
        });
    }
    // The clear button empties the events file: no events, checked again.
    connect(ui->eventsEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_checkedEvents.isEmpty())
            check();
    });
    connect(ui->encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::check);
    connect(ui->separatorCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::check);
    connect(ui->problemList, &QListWidget::currentItemChanged, this, &ImportDialog::showProblem);
    connect(ui->problemList, &QListWidget::itemActivated, this, &ImportDialog::showProblem);
    QuitShortcut::install(this);
    retranslate();
    showResult();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::counted(int cases, int events)
{
    return tr("%1, %2").arg(tr("%n case(s)", nullptr, cases), tr("%n event(s)", nullptr, events));
}

void ImportDialog::retranslate()
{
    ComboChoices::fill(ui->encodingCombo, kEncodings, static_cast<QString (*)(CsvEncoding)>(&CsvFormats::label));
    ComboChoices::fill(ui->separatorCombo, kSeparators, static_cast<QString (*)(CsvSeparator)>(&CsvFormats::label));
    ui->encodingCombo->setToolTip(tr("UTF-8 (\"CSV UTF-8\") or Windows-1258 (what Vietnamese Excel saves as "
                                     "\"CSV\"); Detect reads a file as UTF-8 when it is valid UTF-8"));
    ui->separatorCombo->setToolTip(tr("Excel separates fields with semicolons where the decimal mark is a comma; "
                                      "Detect takes the one the header row uses"));
    m_importButton->setText(tr("&Import"));
    // The tables' corner button (above the line numbers) selects every row.
    for (QTableView *view : {ui->casesView, ui->eventsView}) {
        if (auto *corner = view->findChild<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly))
            corner->setAccessibleName(tr("Select every row"));
    }
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        AccessibleLabel::nameClearButtons(this);
        retranslate();
        showResult();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::setFiles(const QString &casesPath, const QString &eventsPath)
{
    ui->casesEdit->setText(casesPath);
    ui->eventsEdit->setText(eventsPath);
    check();
}

void ImportDialog::setFormat(CsvFormat format)
{
    const QSignalBlocker encodingBlocker(ui->encodingCombo), separatorBlocker(ui->separatorCombo);
    ComboChoices::select(ui->encodingCombo, format.encoding);
    ComboChoices::select(ui->separatorCombo, format.separator);
    check();
}

CsvFormat ImportDialog::format() const
{
    return {ComboChoices::value<CsvEncoding>(ui->encodingCombo), ComboChoices::value<CsvSeparator>(ui->separatorCombo)};
}

void ImportDialog::choose(QLineEdit *edit, const QString &title)
{
    const QString current = edit->text().isEmpty() ? ui->casesEdit->text() : edit->text();
    const QString folder = current.isEmpty()
        ? QSettings().value(kFolderSetting, QDir::homePath()).toString()
        : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, title, folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderSetting, QFileInfo(path).absolutePath());
    edit->setText(QDir::toNativeSeparators(path));
    check();
}

void ImportDialog::check()
{
    m_outcome.clear();
    m_checkedCases = ui->casesEdit->text();
    m_checkedEvents = ui->eventsEdit->text();
    ui->problemList->clear();
    if (m_checkedCases.trimmed().isEmpty()) {
        m_importer.reset();
        m_casesModel->clear();
        m_eventsModel->clear();
        showResult();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_importer = std::make_unique<CaseImporter>(m_session);
    m_importer->setFormat(format());
    m_importer->check(QDir::fromNativeSeparators(m_checkedCases.trimmed()),
                      QDir::fromNativeSeparators(m_checkedEvents.trimmed()));
    m_casesModel->setSheet(*m_importer, CaseImporter::File::Cases);
    m_eventsModel->setSheet(*m_importer, CaseImporter::File::Events);
    for (const CaseImporter::Problem &p : m_importer->problems()) {
        auto *item = new QListWidgetItem(p.toString(), ui->problemList);
        item->setData(SheetData, int(p.sheet));
        item->setData(LineData, p.line);
        item->setData(ColumnData, p.column);
    }
    QApplication::restoreOverrideCursor();
    // The first problem is shown at once; the list is where the rest are.
    if (!m_importer->problems().isEmpty()) {
        const bool eventsOnly = m_importer->problems().first().sheet == CaseImporter::File::Events;
        ui->tabs->setCurrentWidget(eventsOnly ? ui->eventsTab : ui->casesTab);
    } else {
        ui->tabs->setCurrentWidget(ui->casesTab);
    }
    showResult();
}

bool ImportDialog::canImport() const
{
    return m_importer && m_importer->problems().isEmpty() && !m_session.database().isReadOnly()
        && m_importer->caseCount() + m_importer->eventCount() > 0;
}

void ImportDialog::showResult()
{
    const int cases = int(m_casesModel->rowCount());
    const int events = int(m_eventsModel->rowCount());
    ui->tabs->setTabText(ui->tabs->indexOf(ui->casesTab), tr("Cases (%1)").arg(cases));
    ui->tabs->setTabText(ui->tabs->indexOf(ui->eventsTab), tr("Events (%1)").arg(events));
    ui->problemList->setVisible(ui->problemList->count() > 0);
    m_importButton->setEnabled(canImport());

    // What was read, in one line: the two files' format once when they agree.
    QList<const CaseImporter::Sheet *> read;
    if (m_importer) {
        for (CaseImporter::File file : {CaseImporter::File::Cases, CaseImporter::File::Events}) {
            if (m_importer->sheet(file).format.encoding != CsvEncoding::Auto)
                read << &m_importer->sheet(file);
        }
    }
    const auto formatOf = [](const CaseImporter::Sheet *sheet) {
        return tr("%1, %2").arg(CsvFormats::label(sheet->format.encoding),
                                CsvFormats::label(sheet->format.separator).toLower());
    };
    QString used;
    if (read.size() == 1)
        used = tr("Read as %1.").arg(formatOf(read.first()));
    else if (read.size() == 2 && read.first()->format == read.last()->format)
        used = tr("Both files read as %1.").arg(formatOf(read.first()));
    else if (read.size() == 2)
        used = tr("Read %1 as %2, %3 as %4.")
                   .arg(read.first()->name, formatOf(read.first()), read.last()->name, formatOf(read.last()));
    ui->formatUsedLabel->setText(used);
    ui->formatUsedLabel->setToolTip(used);

    QString summary;
    if (!m_importer) {
        summary = tr("Choose the cases file and, if there is one, the events file. Nothing is written until you "
                     "press Import.");
    } else {
        int problemLines = m_casesModel->problemLineCount() + m_eventsModel->problemLineCount();
        const QString lines = m_importer->problems().isEmpty() ? tr("no problems")
                                                               : tr("%n line(s) with problems", nullptr, problemLines);
        summary = tr("%1; %2.").arg(counted(cases, events), lines);
        if (!m_importer->problems().isEmpty())
            summary += QLatin1Char(' ')
                + tr("Nothing can be imported until every problem is fixed in the files (point at a marked cell "
                     "for its rule), then checked again.");
        else if (m_session.database().isReadOnly())
            summary += QLatin1Char(' ') + tr("The database is read-only: nothing can be imported into it.");
        else if (canImport())
            summary += QLatin1Char(' ') + tr("Nothing has been written yet: Import writes them all, in one go.");
    }
    if (!m_outcome.isEmpty())
        summary = m_outcome + QLatin1Char(' ') + summary;
    ui->summaryLabel->setText(summary);
}

void ImportDialog::showProblem(QListWidgetItem *item)
{
    if (!item)
        return;
    const bool events = item->data(SheetData).toInt() == int(CaseImporter::File::Events);
    QTableView *view = events ? ui->eventsView : ui->casesView;
    const ImportPreviewModel *model = events ? m_eventsModel : m_casesModel;
    ui->tabs->setCurrentWidget(events ? ui->eventsTab : ui->casesTab);
    const int row = model->rowOfLine(item->data(LineData).toInt());
    const int column = item->data(ColumnData).toInt();
    if (row < 0) { // the header or the whole file
        if (column >= 0)
            view->scrollTo(model->index(0, column));
        return;
    }
    const QModelIndex index = model->index(row, std::max(0, column));
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

bool ImportDialog::import()
{
    if (!canImport())
        return false;
    const int cases = m_importer->caseCount();
    const int events = m_importer->eventCount();
    QProgressDialog progress(tr("Importing %1…").arg(counted(cases, events)), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    // Window-modal: setValue() lets Cancel be pressed, and nothing else.
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    m_importer->setProgressHandler([&progress](int done, int total) {
        if (progress.maximum() != total)
            progress.setMaximum(std::max(1, total));
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const WriteResult result = m_importer->write();
    m_importer->setProgressHandler({});
    progress.close();
    if (result.cancelled) {
        m_outcome = result.message();
        showResult();
        return false;
    }
    if (!result.ok()) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was written: %1").arg(result.message()));
        check(); // what changed in the database meanwhile shows at its row
        return false;
    }
    emit imported(cases, events);
    accept();
    return true;
}
