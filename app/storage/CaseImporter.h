#pragma once

#include "CaseRepository.h"
#include "ClosedBooks.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <array>
#include <functional>

// Brings a province's existing records in from spreadsheets: a cases file and
// an optional events file (CSV, see README). Every row is checked before
// anything is written; one bad row and nothing is written at all.
class CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseImporter)

public:
    enum class File { Cases, Events };

    struct Problem
    {
        QString file;
        int line = 0;
        QString field;
        QString message;
        File sheet = File::Cases;
        int column = -1; // the field's index in the file's header; -1 for a whole row or file
        QString toString() const; // FILE:LINE: field: rule
    };

    // One file as read: every row, for a preview.
    struct Sheet
    {
        QString name;      // the file's name, as in the messages
        CsvFormat format;  // as read: detected where the format said Auto
        int headerLine = 1;
        QStringList header;
        QList<CsvReader::Record> rows; // without the header
    };

    explicit CaseImporter(const Session &session) : m_session(session) {}

    // The encoding and separator of both files; Auto (the default) detects
    // each file's own.
    void setFormat(CsvFormat format) { m_format = format; }
    // Called as write() stores the cases and events, with what is done of
    // the total; returning false cancels: the transaction is rolled back and
    // nothing is written.
    void setProgressHandler(std::function<bool(int done, int total)> handler) { m_progress = std::move(handler); }

    // Reads and checks both files; true when there is nothing wrong.
    bool check(const QString &casesPath, const QString &eventsPath = {});
    const QList<Problem> &problems() const { return m_problems; }
    const Sheet &sheet(File file) const { return m_sheets.at(std::size_t(file)); }
    // Writes what check() accepted, in one transaction.
    WriteResult write();

    int caseCount() const { return int(m_records.size()); }
    int eventCount() const;
    QMap<QString, int> casesPerUnit() const; // unit code → new cases

    // The event file's columns, with the names a Vietnamese spreadsheet may use.
    static QList<std::pair<QString, QString>> eventColumns();

private:
    struct Source; // one file being read
    struct PendingCase
    {
        CaseRecord record;
        QString unitCode;
        int line = 0;
        QList<int> eventLines; // parallel to record.events
        bool replayable = true; // its row and all its event rows read without a problem
    };
    struct PendingAddition
    {
        EventBatch batch;
        EnforcementCase stored;
        QList<int> eventLines;
        bool replayable = true;
    };

    bool load(File file, const QString &path, const QList<std::pair<QString, QString>> &columns,
              const QStringList &optional, Source *source);
    void readCases(const QString &path);
    void readEvents(const QString &path);
    void checkLedgers();
    // The refusal when the unit's books of the date's month are closed (khóa sổ); empty when open.
    QString closedRefusal(qint64 unitId, QDate date, const QString &what) const;
    void problem(File file, int line, const QString &field, const QString &message, int column = -2);

    const Session &m_session;
    CsvFormat m_format;
    std::function<bool(int, int)> m_progress;
    std::array<Sheet, 2> m_sheets;
    std::array<QHash<QString, int>, 2> m_columns; // per file: key → index in its header
    QList<Problem> m_problems;
    QList<CaseRecord> m_records;
    QList<PendingCase> m_cases;
    QList<PendingAddition> m_additions;
    ClosedBooks m_closedBooks;
};
