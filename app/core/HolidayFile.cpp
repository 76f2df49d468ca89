#include "HolidayFile.h"

#include "CsvReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {
enum Column { DateColumn, NameColumn, LunarColumn, CompensatesColumn, BasisColumn, ColumnCount };

const char *const kHeader[ColumnCount] = {"date", "name", "lunar", "compensates", "basis"};

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString text = field;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A strict ISO date: yyyy-MM-dd, a day that exists.
QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

bool isLunarDayMonth(const QString &text)
{
    static const QRegularExpression dayMonth(QStringLiteral("^([1-9]|[12]\\d|30)/([1-9]|1[0-2])$"));
    return dayMonth.match(text).hasMatch();
}
} // namespace

QString HolidayFile::resourcePath()
{
    return QStringLiteral(":/data/holidays-vn.csv");
}

QByteArray HolidayFile::write(const PublicHolidayList &holidays)
{
    QStringList header;
    for (const char *name : kHeader)
        header.append(QString::fromLatin1(name));
    QString text = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const PublicHoliday &h : holidays) {
        const QStringList fields = {isoDate(h.date), HolidayNames::key(h.name), h.lunar, isoDate(h.compensates),
                                    h.basis};
        QStringList cells;
        for (const QString &field : fields)
            cells.append(quoted(field));
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

bool HolidayFile::parse(const QByteArray &data, PublicHolidayList *holidays, QString *error)
{
    QList<CsvReader::Record> records;
    int csvLine = 0;
    QString csvError;
    if (!CsvReader::parse(data, &records, &csvError, &csvLine)) {
        *error = tr("holidays file, line %1: %2").arg(csvLine).arg(csvError);
        return false;
    }
    const auto fail = [&](int line, int column, const QString &problem) {
        if (column < ColumnCount)
            *error = tr("holidays file, line %1, column %2 (%3): %4")
                         .arg(line)
                         .arg(column + 1)
                         .arg(QString::fromLatin1(kHeader[column]), problem);
        else
            *error = tr("holidays file, line %1, column %2: %3").arg(line).arg(column + 1).arg(problem);
        return false;
    };
    if (records.isEmpty()) {
        *error = tr("holidays file: the file is empty");
        return false;
    }
    const CsvReader::Record &head = records.first();
    for (int c = 0; c < ColumnCount; ++c) {
        const QString expected = QString::fromLatin1(kHeader[c]);
        if (c >= head.fields.size() || head.fields.at(c) != expected)
            return fail(head.line, c, tr("the header must name this column \"%1\"").arg(expected));
    }
    if (head.fields.size() > ColumnCount)
        return fail(head.line, ColumnCount, tr("the header has more than %1 columns").arg(ColumnCount));

    PublicHolidayList rows;
    QSet<qint64> listed;
    for (const CsvReader::Record &record : records.mid(1)) {
        const QStringList &f = record.fields;
        if (f.size() < ColumnCount)
            return fail(record.line, int(f.size()), tr("this column is missing (a row has %1 columns)").arg(ColumnCount));
        if (f.size() > ColumnCount)
            return fail(record.line, ColumnCount, tr("a column too many (a row has %1 columns)").arg(ColumnCount));
        PublicHoliday h;
        h.date = parseIsoDate(f.at(DateColumn));
        if (!h.date.isValid())
            return fail(record.line, DateColumn, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(f.at(DateColumn)));
        if (!rows.isEmpty() && h.date <= rows.last().date)
            return fail(record.line, DateColumn,
                        tr("%1 is not after the row before (one row per day, in date order)").arg(f.at(DateColumn)));
        if (!HolidayNames::fromKey(f.at(NameColumn), &h.name))
            return fail(record.line, NameColumn, tr("\"%1\" is not a holiday name").arg(f.at(NameColumn)));
        h.lunar = f.at(LunarColumn);
        if (!h.lunar.isEmpty() && !isLunarDayMonth(h.lunar))
            return fail(record.line, LunarColumn, tr("\"%1\" is not a lunar day/month").arg(h.lunar));
        if (h.name == HolidayName::GioTo && h.lunar != QLatin1String("10/3"))
            return fail(record.line, LunarColumn, tr("Hung Kings Commemoration Day is on 10/3 of the lunar calendar"));
        if (h.name == HolidayName::TetNguyenDan && h.lunar.isEmpty())
            return fail(record.line, LunarColumn, tr("a day of Tet needs its lunar date"));
        const QString &compensates = f.at(CompensatesColumn);
        if (h.name == HolidayName::NghiBu) {
            h.compensates = parseIsoDate(compensates);
            if (!h.compensates.isValid())
                return fail(record.line, CompensatesColumn,
                            tr("\"%1\" is not a date (YYYY-MM-DD)").arg(compensates));
            if (!listed.contains(h.compensates.toJulianDay()))
                return fail(record.line, CompensatesColumn,
                            tr("%1 is not a holiday listed before this row").arg(compensates));
        } else if (!compensates.isEmpty()) {
            return fail(record.line, CompensatesColumn, tr("only a compensatory day off makes up for another day"));
        }
        h.basis = f.at(BasisColumn).trimmed();
        if (h.basis.isEmpty())
            return fail(record.line, BasisColumn, tr("the legal basis is missing"));
        listed.insert(h.date.toJulianDay());
        rows.append(h);
    }
    *holidays = rows;
    return true;
}

bool HolidayFile::loadShipped(PublicHolidayList *holidays, QString *error)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the list of public holidays is missing from the program");
        return false;
    }
    return parse(file.readAll(), holidays, error);
}
