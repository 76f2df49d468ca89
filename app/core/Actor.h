#pragma once

#include <QString>

// Who makes a write. Every repository write carries one, so the audit log can
// say who changed what; users with roles will extend this, not replace it.
struct Actor
{
    QString name;

    // The signed-in operating system user, until THADS has its own accounts.
    static Actor currentUser();
};
