#pragma once

#include <QList>
#include <QString>

// An enforcement unit: the provincial department (Cục) or a district
// sub-department (Chi cục). Units are data, seeded from resources/data.
struct Unit
{
    enum class Kind { Province, City, District };

    qint64 id = 0;
    QString code;       // "CUC", "TPSL", …: stable, used in files and on the command line
    Kind kind = Kind::District;
    QString nameVi;     // full official name
    QString shortVi;    // for tables and charts
    QString nameEn;
    int sortOrder = 0;  // the official order of the province's tables

    // The names people read, in the current UI language.
    QString displayName() const;
    QString shortName() const;

    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
};

using UnitList = QList<Unit>;
