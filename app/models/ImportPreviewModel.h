#pragma once

#include "CaseImporter.h"

#include <QAbstractTableModel>
#include <QHash>

// Every row of one import file as read, before anything is written: its
// columns as the file names them, each row headed by its line in the file,
// and each problem CaseImporter found marked where it is — at its cell, or
// at the row (a row with too many or too few fields) or the column header
// (an unknown or repeated column) — with a background and the message
// (FILE:LINE: field: rule) as the tooltip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ProblemRole = Qt::UserRole + 1, // bool: a problem is marked here
        LineRole,                       // int: the row's line in the file
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The sheet `file` of a checked importer, with its problems.
    void setSheet(const CaseImporter &importer, CaseImporter::File file);
    void clear();

    // The row showing a file line, or -1.
    int rowOfLine(int line) const { return m_rowOfLine.value(line, -1); }
    // How many lines of the file (the header included) have a problem.
    int problemLineCount() const { return m_problemLines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Key = std::pair<int, int>; // line, column (-1: the whole row)

    CaseImporter::Sheet m_sheet;
    int m_columns = 0;
    int m_problemLines = 0;
    QHash<int, int> m_rowOfLine;
    QHash<Key, QStringList> m_problems; // messages, as CaseImporter writes them
};
