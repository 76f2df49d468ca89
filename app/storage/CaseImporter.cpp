#include "CaseImporter.h"

#include "AccessCheck.h"
#include "CaseValidator.h"
#include "Format.h"
#include "PeriodLockRepository.h"
#include "TextFolding.h"
#include "UnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {
// Header names and key values match ignoring case and marks, with spaces as
// underscores: "Dân sự", "DAN SU" and "dan_su" are the same.
QString keyOf(const QString &text)
{
    return TextFolding::fold(text).replace(QLatin1Char(' '), QLatin1Char('_'));
}

// The events file's column a broken lifecycle rule is about.
QString columnOf(LifecycleRule rule)
{
    switch (rule) {
    case LifecycleRule::NotBeforeAcceptance:
    case LifecycleRule::NotInFuture:
        return QStringLiteral("date");
    case LifecycleRule::AmountPositive:
    case LifecycleRule::AmountWithinRemaining:
    case LifecycleRule::AmountOnlyOnMoneyEvents:
        return QStringLiteral("amount");
    default:
        return QStringLiteral("event");
    }
}
} // namespace

// One CSV file with its header mapped to column keys.
struct CaseImporter::Source
{
    QString name; // as shown in messages
    QList<CsvReader::Record> rows; // without the header
    QHash<QString, int> columns;   // key → index

    QString value(const CsvReader::Record &row, const QString &key) const
    {
        const int index = columns.value(key, -1);
        // As stored: composed, without invisible characters, trimmed; so a field
        // holding only a byte-order mark is empty, and "required" says so.
        return index >= 0 && index < row.fields.size() ? TextFolding::clean(row.fields.at(index)) : QString();
    }
};

QString CaseImporter::Problem::toString() const
{
    return QStringLiteral("%1:%2: %3: %4").arg(file).arg(line).arg(field, message);
}

// column -2: the field's own column in the file, if it has one.
void CaseImporter::problem(File file, int line, const QString &field, const QString &message, int column)
{
    const std::size_t f = std::size_t(file);
    if (column == -2)
        column = m_columns.at(f).value(field, -1);
    m_problems.append({m_sheets.at(f).name, line, field, message, file, column});
}

QList<std::pair<QString, QString>> CaseImporter::eventColumns()
{
    return {{QStringLiteral("unit"), QStringLiteral("Đơn vị")},
            {QStringLiteral("decision_no"), QStringLiteral("Số quyết định")},
            {QStringLiteral("date"), QStringLiteral("Ngày")},
            {QStringLiteral("event"), QStringLiteral("Sự kiện")},
            {QStringLiteral("amount"), QStringLiteral("Số tiền")},
            {QStringLiteral("note"), QStringLiteral("Ghi chú")}};
}

int CaseImporter::eventCount() const
{
    int count = 0;
    for (const CaseRecord &r : m_records)
        count += int(r.events.size());
    for (const PendingAddition &a : m_additions)
        count += int(a.batch.events.size());
    return count;
}

QMap<QString, int> CaseImporter::casesPerUnit() const
{
    QMap<QString, int> counts;
    for (const PendingCase &c : m_cases)
        ++counts[c.unitCode];
    return counts;
}

bool CaseImporter::check(const QString &casesPath, const QString &eventsPath)
{
    m_problems.clear();
    m_records.clear();
    m_cases.clear();
    m_additions.clear();
    m_sheets = {};
    m_columns = {};
    m_closedBooks = PeriodLockRepository::closedBooks(m_session.sql());
    m_sheets[std::size_t(File::Cases)].name = QFileInfo(casesPath).fileName();
    m_sheets[std::size_t(File::Events)].name = QFileInfo(eventsPath).fileName();
    readCases(casesPath);
    if (!eventsPath.isEmpty())
        readEvents(eventsPath);
    checkLedgers();
    for (const PendingCase &c : std::as_const(m_cases))
        m_records << c.record;
    // Each file's problems in line order, the cases file first.
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const Problem &a, const Problem &b) {
        return a.sheet != b.sheet ? a.sheet == File::Cases : a.line < b.line;
    });
    return m_problems.isEmpty();
}

WriteResult CaseImporter::write()
{
    if (!m_problems.isEmpty())
        return WriteResult::failure(tr("The files have problems; nothing was written."));
    QList<EventBatch> additions;
    for (const PendingAddition &a : std::as_const(m_additions))
        additions << a.batch;
    return CaseRepository(m_session).createMany(m_records, additions, m_progress);
}

bool CaseImporter::load(File which, const QString &path, const QList<std::pair<QString, QString>> &columns,
                        const QStringList &optional, Source *source)
{
    Sheet &sheet = m_sheets[std::size_t(which)];
    source->name = sheet.name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem(which, 0, QStringLiteral("file"), tr("cannot be read: %1").arg(file.errorString()));
        return false;
    }
    QList<CsvReader::Record> rows;
    QString error;
    int errorLine = 0;
    if (!CsvReader::parse(file.readAll(), m_format, &rows, &error, &errorLine, &sheet.format)) {
        problem(which, errorLine, QStringLiteral("file"), error);
        return false;
    }
    if (rows.isEmpty()) {
        problem(which, 1, QStringLiteral("header"), tr("the file is empty; the first row must name the columns"));
        return false;
    }
    QHash<QString, QString> keyFor; // folded key or Vietnamese name → key
    for (const auto &[key, vietnamese] : columns) {
        keyFor.insert(keyOf(key), key);
        keyFor.insert(keyOf(vietnamese), key);
    }
    const CsvReader::Record header = rows.takeFirst();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString key = keyFor.value(keyOf(header.fields.at(i)));
        if (key.isEmpty())
            problem(which, header.line, QStringLiteral("header"),
                    tr("unknown column \"%1\"").arg(header.fields.at(i)), i);
        else if (source->columns.contains(key))
            problem(which, header.line, QStringLiteral("header"), tr("the column %1 appears twice").arg(key), i);
        else
            source->columns.insert(key, i);
    }
    m_columns[std::size_t(which)] = source->columns;
    for (const auto &column : columns) {
        if (!source->columns.contains(column.first) && !optional.contains(column.first))
            problem(which, header.line, QStringLiteral("header"), tr("the column %1 is missing").arg(column.first), -1);
    }
    for (const CsvReader::Record &row : std::as_const(rows)) {
        if (row.fields.size() != header.fields.size())
            problem(which, row.line, QStringLiteral("row"),
                    tr("has %1 fields, the header has %2").arg(row.fields.size()).arg(header.fields.size()), -1);
    }
    source->rows = rows;
    sheet.headerLine = header.line;
    sheet.header = header.fields;
    sheet.rows = rows;
    return true;
}

void CaseImporter::readCases(const QString &path)
{
    QList<std::pair<QString, QString>> columns;
    QStringList optional;
    for (CaseField field : CaseFields::all()) {
        columns.append({CaseFields::key(field), CaseFields::labelVi(field)});
        if (CaseFields::isOptional(field))
            optional << CaseFields::key(field);
    }
    Source source;
    if (!load(File::Cases, path, columns, optional, &source))
        return;
    const UnitRepository units(m_session.sql());
    const CaseRepository repository(m_session);
    const AccessCheck access(m_session);
    QHash<QString, std::optional<Unit>> unitByCode;
    QHash<QString, int> lineOfDecision; // "UNIT\ndecision" → first line
    const QDate today = m_session.clock().today();
    for (const CsvReader::Record &row : std::as_const(source.rows)) {
        const qsizetype problemsBefore = m_problems.size();
        const auto field = [&](CaseField f) { return source.value(row, CaseFields::key(f)); };
        const auto report = [&](CaseField f, const QString &message) {
            problem(File::Cases, row.line, CaseFields::key(f), message);
        };
        EnforcementCase c;
        const QString unitCode = field(CaseField::Unit).toUpper();
        if (!unitByCode.contains(unitCode))
            unitByCode.insert(unitCode, units.byCode(unitCode));
        const std::optional<Unit> unit = unitByCode.value(unitCode);
        if (unit)
            c.unitId = unit->id;
        else if (!unitCode.isEmpty())
            report(CaseField::Unit, tr("unknown unit code \"%1\"").arg(unitCode));
        if (const QString refusal = unit ? access.unitRefusal(unit->id) : QString(); !refusal.isEmpty())
            report(CaseField::Unit, refusal);
        c.decisionNo = field(CaseField::DecisionNo);
        const auto date = [&](CaseField f) {
            const QString text = field(f);
            const QDate parsed = Format::parseDate(text);
            if (!text.isEmpty() && !parsed.isValid())
                report(f, tr("\"%1\" is not a date (write yyyy-MM-dd or dd/MM/yyyy)").arg(text));
            return parsed;
        };
        c.decisionDate = date(CaseField::DecisionDate);
        if (const QString refusal = closedRefusal(c.unitId, c.decisionDate, CaseFields::label(CaseField::DecisionDate));
            !refusal.isEmpty())
            report(CaseField::DecisionDate, refusal);
        c.judgmentDate = date(CaseField::JudgmentDate);
        const QString kind = field(CaseField::Kind);
        if (!CaseKinds::fromKey(keyOf(kind), &c.kind)) {
            QStringList keys;
            for (CaseKind k : CaseKinds::all())
                keys << CaseKinds::key(k);
            report(CaseField::Kind, tr("unknown kind \"%1\" (one of: %2)").arg(kind, keys.join(QStringLiteral(", "))));
        }
        const QString mode = field(CaseField::Mode);
        if (!EnforcementModes::fromKey(keyOf(mode), &c.mode))
            report(CaseField::Mode, tr("unknown mode \"%1\" (chu_dong or theo_don)").arg(mode));
        c.judgmentNo = field(CaseField::JudgmentNo);
        c.court = field(CaseField::Court);
        c.obligorName = field(CaseField::Obligor);
        c.obligeeName = field(CaseField::Obligee);
        c.executor = field(CaseField::Executor);
        c.obligation = field(CaseField::Obligation);
        c.obligorAddress = field(CaseField::ObligorAddress);
        c.obligorIdNumber = field(CaseField::ObligorId);
        c.obligeeAddress = field(CaseField::ObligeeAddress);
        c.obligeeIdNumber = field(CaseField::ObligeeId);
        const QString amount = field(CaseField::AmountDue);
        const bool amountRead = Format::parseMoney(amount, &c.amountDue);
        if (!amountRead)
            report(CaseField::AmountDue, tr("\"%1\" is not a whole number of đồng, 0 or more").arg(amount));
        // The rules of the case's own fields, unless a message above already
        // named the field (or the amount it depends on).
        for (const FieldProblem &p : CaseValidator::validate(c, today)) {
            const bool reported = std::any_of(m_problems.cbegin(), m_problems.cend(), [&](const Problem &q) {
                return q.sheet == File::Cases && q.line == row.line && q.field == p.field;
            });
            if (!reported && !(p.field == CaseFields::key(CaseField::Obligation) && !amountRead))
                problem(File::Cases, row.line, p.field, p.message);
        }
        if (!c.decisionNo.isEmpty()) {
            const QString key = unitCode + QLatin1Char('\n') + TextFolding::identityKey(c.decisionNo);
            if (lineOfDecision.contains(key))
                report(CaseField::DecisionNo, tr("%1 is already on line %2 for the same unit")
                                                  .arg(c.decisionNo)
                                                  .arg(lineOfDecision.value(key)));
            else if (unit && repository.findByDecision(unit->id, c.decisionNo))
                report(CaseField::DecisionNo,
                       tr("%1 is already in the database for unit %2").arg(c.decisionNo, unit->code));
            lineOfDecision.insert(key, row.line);
        }
        PendingCase pending;
        pending.record.enforcementCase = c;
        pending.unitCode = unit ? unit->code : unitCode;
        pending.line = row.line;
        pending.replayable = m_problems.size() == problemsBefore;
        m_cases << pending;
    }
}

void CaseImporter::readEvents(const QString &path)
{
    Source source;
    if (!load(File::Events, path, eventColumns(), {QStringLiteral("amount"), QStringLiteral("note")}, &source))
        return;
    QHash<QString, int> caseIndex; // "UNIT\ndecision" → index in m_cases
    for (int i = 0; i < m_cases.size(); ++i)
        caseIndex.insert(m_cases.at(i).unitCode + QLatin1Char('\n')
                             + TextFolding::identityKey(m_cases.at(i).record.enforcementCase.decisionNo),
                         i);
    QHash<qint64, int> additionIndex; // stored case id → index in m_additions
    const UnitRepository units(m_session.sql());
    const CaseRepository repository(m_session);
    for (const CsvReader::Record &row : std::as_const(source.rows)) {
        const auto report = [&](const QString &field, const QString &message) {
            problem(File::Events, row.line, field, message);
        };
        CaseEvent e;
        const QString typeText = source.value(row, QStringLiteral("event"));
        bool ok = EventTypes::fromKey(keyOf(typeText), &e.type);
        if (!ok) {
            QStringList keys;
            for (EventType t : EventTypes::all()) {
                if (t != EventType::Correction)
                    keys << EventTypes::key(t);
            }
            report(QStringLiteral("event"),
                   tr("unknown event \"%1\" (one of: %2)").arg(typeText, keys.join(QStringLiteral(", "))));
        } else if (e.type == EventType::Correction) {
            report(QStringLiteral("event"), tr("corrections are made in THADS, not imported"));
            ok = false;
        }
        const QString dateText = source.value(row, QStringLiteral("date"));
        e.date = Format::parseDate(dateText);
        if (!e.date.isValid()) {
            report(QStringLiteral("date"), dateText.isEmpty()
                       ? tr("required")
                       : tr("\"%1\" is not a date (write yyyy-MM-dd or dd/MM/yyyy)").arg(dateText));
            ok = false;
        }
        const QString amountText = source.value(row, QStringLiteral("amount"));
        if (!amountText.isEmpty() && !Format::parseMoney(amountText, &e.amount)) {
            report(QStringLiteral("amount"), tr("\"%1\" is not a whole number of đồng, 0 or more").arg(amountText));
            ok = false;
        }
        e.note = source.value(row, QStringLiteral("note"));
        if (const auto noteProblem = CaseValidator::noteProblem(e.note)) {
            report(QStringLiteral("note"), *noteProblem);
            ok = false;
        }

        const QString unitCode = source.value(row, QStringLiteral("unit")).toUpper();
        const QString decisionNo = source.value(row, QStringLiteral("decision_no"));
        const QString key = unitCode + QLatin1Char('\n') + TextFolding::identityKey(decisionNo);
        const auto closedDate = [&](qint64 unitId) {
            const QString refusal = e.date.isValid() ? closedRefusal(unitId, e.date, tr("Event date")) : QString();
            if (!refusal.isEmpty())
                report(QStringLiteral("date"), refusal);
            return refusal.isEmpty();
        };
        if (caseIndex.contains(key)) {
            PendingCase &c = m_cases[caseIndex.value(key)];
            ok = closedDate(c.record.enforcementCase.unitId) && ok;
            if (ok) {
                c.record.events << e;
                c.eventLines << row.line;
            }
            c.replayable = c.replayable && ok;
            continue;
        }
        const std::optional<Unit> unit = units.byCode(unitCode);
        const std::optional<EnforcementCase> stored = unit ? repository.findByDecision(unit->id, decisionNo)
                                                           : std::nullopt;
        if (!stored) {
            report(QStringLiteral("decision_no"),
                   tr("no case %1 of unit %2 in the cases file or the database").arg(decisionNo, unitCode));
            continue;
        }
        if (const QString refusal = AccessCheck(m_session).unitRefusal(stored->unitId); !refusal.isEmpty()) {
            report(QStringLiteral("unit"), refusal);
            continue;
        }
        ok = closedDate(stored->unitId) && ok;
        if (!additionIndex.contains(stored->id)) {
            additionIndex.insert(stored->id, int(m_additions.size()));
            m_additions.append({{stored->id, {}}, *stored, {}});
        }
        PendingAddition &addition = m_additions[additionIndex.value(stored->id)];
        if (ok) {
            addition.batch.events << e;
            addition.eventLines << row.line;
        }
        addition.replayable = addition.replayable && ok;
    }
}

QString CaseImporter::closedRefusal(qint64 unitId, QDate date, const QString &what) const
{
    const auto closing = unitId != 0 && date.isValid() ? m_closedBooks.closing(unitId, date) : std::nullopt;
    if (!closing)
        return {};
    const auto unit = UnitRepository(m_session.sql()).byId(unitId);
    return ClosedBooks::refusal(what, date, *closing, unit ? unit->shortName() : QString());
}

// Replays each case's log through the lifecycle rules, naming the line of the
// event that breaks one. A case whose row or some event row is already wrong
// is not replayed: its log is not known, and a guess would name wrong lines.
void CaseImporter::checkLedgers()
{
    const QDate today = m_session.clock().today();
    // The line of the breaking event; when it is a stored event, the line of
    // the earliest new event dated on or before it (the back-dated one).
    const auto report = [&](const LifecycleBreach &breach, const CaseLedger &ledger, const QList<int> &lines,
                            int firstNew) {
        const int index = breach.eventIndex - firstNew;
        int line = index >= 0 && index < lines.size() ? lines.at(index) : 0;
        if (index < 0 && !lines.isEmpty()) {
            const QDate broken = ledger.events().at(breach.eventIndex).date;
            QDate earliest;
            line = lines.first();
            for (int k = 0; k < lines.size(); ++k) {
                const QDate date = ledger.events().at(firstNew + k).date;
                if (date <= broken && (!earliest.isValid() || date < earliest)) {
                    earliest = date;
                    line = lines.at(k);
                }
            }
        }
        problem(File::Events, line, columnOf(breach.rule), breach.message());
    };
    for (const PendingCase &c : std::as_const(m_cases)) {
        if (!c.replayable)
            continue;
        const CaseLedger ledger(c.record.enforcementCase.acceptedDate(), c.record.enforcementCase.amountDue,
                                c.record.events);
        if (const auto breach = ledger.check(today))
            report(*breach, ledger, c.eventLines, 0);
    }
    const CaseRepository repository(m_session);
    for (const PendingAddition &a : std::as_const(m_additions)) {
        if (!a.replayable)
            continue;
        const CaseEventList existing = repository.events(a.batch.caseId);
        CaseLedger ledger(a.stored.acceptedDate(), a.stored.amountDue, existing);
        for (const CaseEvent &e : a.batch.events)
            ledger = ledger.with(e);
        if (const auto breach = ledger.check(today))
            report(*breach, ledger, a.eventLines, int(existing.size()));
    }
}
