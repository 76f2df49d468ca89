#include "Actor.h"

#include <QtGlobal>

Actor Actor::currentUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return {name};
    }
    return {QStringLiteral("thads")};
}
