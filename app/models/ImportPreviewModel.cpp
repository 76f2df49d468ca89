#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace {
// Light enough for black text to stay readable, in light and dark palettes alike.
const QColor kProblemBackground(0xF8, 0xD0, 0xD0);
const QColor kProblemForeground(Qt::black);
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setSheet(const CaseImporter &importer, CaseImporter::File file)
{
    beginResetModel();
    m_sheet = importer.sheet(file);
    m_columns = int(m_sheet.header.size());
    for (const CsvReader::Record &row : std::as_const(m_sheet.rows))
        m_columns = std::max(m_columns, int(row.fields.size()));
    m_rowOfLine.clear();
    for (int i = 0; i < m_sheet.rows.size(); ++i)
        m_rowOfLine.insert(m_sheet.rows.at(i).line, i);
    m_problems.clear();
    QSet<int> lines;
    for (const CaseImporter::Problem &p : importer.problems()) {
        if (p.sheet != file)
            continue;
        lines.insert(p.line);
        m_problems[{p.line, p.column}] << p.toString();
    }
    m_problemLines = int(lines.size());
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_sheet = {};
    m_columns = 0;
    m_problemLines = 0;
    m_rowOfLine.clear();
    m_problems.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CsvReader::Record &row = m_sheet.rows.at(index.row());
    const QStringList problems = m_problems.value({row.line, index.column()});
    switch (role) {
    case Qt::DisplayRole:
        return row.fields.value(index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(kProblemBackground));
    case Qt::ForegroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(kProblemForeground));
    case ProblemRole:
        return !problems.isEmpty();
    case LineRole:
        return row.line;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    QStringList problems;
    QVariant text;
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns)
            return {};
        // A row with more fields than the header shows them under a numbered column.
        text = section < m_sheet.header.size() ? m_sheet.header.at(section) : tr("(column %1)").arg(section + 1);
        problems = m_problems.value({m_sheet.headerLine, section});
    } else {
        if (section < 0 || section >= m_sheet.rows.size())
            return {};
        const int line = m_sheet.rows.at(section).line;
        text = line;
        problems = m_problems.value({line, -1});
    }
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        return orientation == Qt::Vertical ? QVariant(tr("Line %1 of %2").arg(text.toInt()).arg(m_sheet.name))
                                           : QVariant();
    case Qt::BackgroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(kProblemBackground));
    case Qt::ForegroundRole:
        return problems.isEmpty() ? QVariant() : QVariant(QBrush(kProblemForeground));
    case ProblemRole:
        return !problems.isEmpty();
    default:
        return {};
    }
}
