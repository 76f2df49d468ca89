#include "Unit.h"

#include "Language.h"

QString Unit::displayName() const
{
    return Language::isEnglish() ? nameEn : nameVi;
}

QString Unit::shortName() const
{
    // English has no separate short form: drop the common suffix.
    if (!Language::isEnglish())
        return shortVi;
    if (kind == Kind::Province && id != 0) // id 0: the whole province's row, named as it is
        return QStringLiteral("Provincial Dept.");
    QString name = nameEn;
    name.remove(QLatin1String(" Sub-department"));
    name.remove(QLatin1String(" District"));
    return name;
}

QString Unit::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Province: return QStringLiteral("province");
    case Kind::City: return QStringLiteral("city");
    case Kind::District: return QStringLiteral("district");
    }
    return {};
}

bool Unit::kindFromKey(const QString &key, Kind *kind)
{
    for (Kind k : {Kind::Province, Kind::City, Kind::District}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}
