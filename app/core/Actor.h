#pragma once

#include "Role.h"

#include <QString>

#include <optional>

// Who makes a write. Every repository write carries one, so the audit log can
// say who changed what and storage can refuse what the actor may not do.
// An actor is a signed-in user (a role, and a clerk's unit) or the program
// itself, which has no role and every right: it creates a new database, builds
// the demo and migrates; nothing a person types reaches storage as it.
struct Actor
{
    QString name;
    std::optional<Role> role; // none: the program itself
    qint64 userId = 0;
    qint64 unitId = 0; // a clerk's unit

    bool isProgram() const { return !role.has_value(); }
    // May write the cases, events and register entries of this unit.
    bool canWriteUnit(qint64 unit) const;
    // May write anything: users, units, targets, the period lock, restore.
    bool canAdminister() const;
    // May write anything at all (the GUI offers its editing actions).
    bool canWrite() const;

    static Actor program(const QString &name);
};
