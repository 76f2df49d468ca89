#pragma once

#include "CaseRepository.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QMap>

// Brings a province's existing records in from spreadsheets: a cases file and
// an optional events file (CSV, see README). Every row is checked before
// anything is written; one bad row and nothing is written at all.
class CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseImporter)

public:
    struct Problem
    {
        QString file;
        int line = 0;
        QString field;
        QString message;
        QString toString() const; // FILE:LINE: field: rule
    };

    explicit CaseImporter(const Session &session) : m_session(session) {}

    // Reads and checks both files; true when there is nothing wrong.
    bool check(const QString &casesPath, const QString &eventsPath = {});
    const QList<Problem> &problems() const { return m_problems; }
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

    bool load(const QString &path, const QList<std::pair<QString, QString>> &columns, const QStringList &optional,
              Source *source);
    void readCases(const QString &path);
    void readEvents(const QString &path);
    void checkLedgers(const QString &eventsFile);
    void problem(const QString &file, int line, const QString &field, const QString &message);

    const Session &m_session;
    QList<Problem> m_problems;
    QList<CaseRecord> m_records;
    QList<PendingCase> m_cases;
    QList<PendingAddition> m_additions;
};
