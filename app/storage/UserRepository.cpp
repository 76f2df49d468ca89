#include "UserRepository.h"

#include "AccessCheck.h"
#include "AuditLog.h"
#include "Database.h"
#include "PasswordHash.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, full_name, role, unit_id, disabled, must_change_password, failed_sign_ins, locked_until");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    Roles::fromKey(q.value(3).toString(), &u.role);
    u.unitId = q.value(4).toLongLong();
    u.disabled = q.value(5).toBool();
    u.mustChangePassword = q.value(6).toBool();
    u.failedSignIns = q.value(7).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return u;
}

// The audited values: never the password or its hash.
QJsonObject json(const User &u)
{
    return {{QStringLiteral("name"), u.name},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("role"), Roles::key(u.role)},
            {QStringLiteral("unit_id"), u.unitId ? QJsonValue(u.unitId) : QJsonValue()},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("must_change_password"), u.mustChangePassword}};
}

QVariant unitValue(const User &u)
{
    return u.role == Role::Clerk ? QVariant(u.unitId) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

UserList UserRepository::all() const
{
    UserList users;
    QSqlQuery q(m_session.sql());
    if (q.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns))) {
        while (q.next())
            users << userFrom(q);
    }
    return users;
}

std::optional<User> UserRepository::byName(const QString &name) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kColumns));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

std::optional<User> UserRepository::byId(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return userFrom(q);
    return std::nullopt;
}

bool UserRepository::isEmpty() const
{
    QSqlQuery q(m_session.sql());
    return !(q.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1")) && q.next());
}

FieldProblems UserRepository::problems(const User &user)
{
    FieldProblems problems;
    static const QRegularExpression kName(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    if (!kName.match(user.name).hasMatch())
        problems << FieldProblem{QStringLiteral("name"),
                                 tr("User name: 3 to 32 characters, lower-case letters without diacritics, digits, "
                                    "dot, dash or underscore, beginning with a letter.")};
    const QString fullName = TextFolding::clean(user.fullName);
    if (fullName.isEmpty() || fullName.size() > 100)
        problems << FieldProblem{QStringLiteral("full_name"), tr("Full name: required, at most 100 characters.")};
    if (user.role == Role::Clerk && user.unitId <= 0)
        problems << FieldProblem{QStringLiteral("unit"), tr("Unit: a clerk belongs to one unit.")};
    return problems;
}

std::optional<QString> UserRepository::passwordProblem(const QString &password, const QString &userName)
{
    if (password.size() < 8)
        return tr("Password: at least 8 characters.");
    if (password.size() > 128)
        return tr("Password: at most 128 characters.");
    if (password.compare(userName, Qt::CaseInsensitive) == 0)
        return tr("Password: must not be the user name.");
    return std::nullopt;
}

WriteResult UserRepository::create(User *user, const QString &password)
{
    user->name = user->name.trimmed().toLower();
    user->fullName = TextFolding::clean(user->fullName);
    if (user->role != Role::Clerk)
        user->unitId = 0;
    if (FieldProblems found = problems(*user); !found.isEmpty())
        return {found, {}};
    WriteResult refused;
    const QString hash = hashFor(password, user->name, &refused);
    if (hash.isEmpty())
        return refused;

    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    // The first account of a database is its administrator, made by whoever starts it.
    const bool first = isEmpty();
    if (first && user->role != Role::Admin)
        return WriteResult::problem(QStringLiteral("role"), tr("Role: the first account is the administrator."));
    if (const QString refusal = AccessCheck(m_session).adminRefusal(); !first && !refusal.isEmpty())
        return WriteResult::failure(refusal);
    if (byName(user->name))
        return WriteResult::problem(QStringLiteral("name"), tr("User name: %1 is already taken.").arg(user->name));
    if (user->role == Role::Clerk && !UnitRepository(m_session.sql()).byId(user->unitId))
        return WriteResult::problem(QStringLiteral("unit"), tr("Unit: no such unit."));

    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODate);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("INSERT INTO users (name, full_name, role, unit_id, password_hash, must_change_password, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(user->name), QVariant(user->fullName), QVariant(Roles::key(user->role)),
                                  unitValue(*user), QVariant(hash), QVariant(user->mustChangePassword), QVariant(now),
                                  QVariant(now)})
        q.addBindValue(value);
    if (!q.exec())
        return WriteResult::failure(Database::describe(m_session.sql(), q.lastError()));
    user->id = q.lastInsertId().toLongLong();
    QString error;
    if (!AuditLog(m_session.sql(), m_session.actor(), m_session.clock())
             .record(AuditLog::Action::Insert, QStringLiteral("users"), user->id, {}, json(*user), &error)
        || !transaction.commit()) {
        user->id = 0;
        return WriteResult::failure(error.isEmpty() ? transaction.error() : error);
    }
    return {};
}

WriteResult UserRepository::write(const User &before, const User &after, const QString &passwordHash)
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("UPDATE users SET full_name = ?, role = ?, unit_id = ?, disabled = ?, "
                             "must_change_password = ?, failed_sign_ins = ?, locked_until = ?, updated_at = ?, "
                             "password_hash = COALESCE(?, password_hash) WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(after.fullName), QVariant(Roles::key(after.role)), unitValue(after), QVariant(after.disabled),
          QVariant(after.mustChangePassword), QVariant(after.failedSignIns),
          after.lockedUntil.isValid() ? QVariant(after.lockedUntil.toUTC().toString(Qt::ISODate))
                                      : QVariant(QMetaType::fromType<QString>()),
          QVariant(m_session.clock().now().toUTC().toString(Qt::ISODate)),
          passwordHash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(passwordHash),
          QVariant(after.id)})
        q.addBindValue(value);
    if (!q.exec())
        return WriteResult::failure(Database::describe(m_session.sql(), q.lastError()));
    QJsonObject oldValues = json(before), newValues = json(after);
    if (!passwordHash.isEmpty()) {
        oldValues.insert(QStringLiteral("password"), QStringLiteral("…"));
        newValues.insert(QStringLiteral("password"), QStringLiteral("(changed)"));
    }
    QString error;
    if (!AuditLog(m_session.sql(), m_session.actor(), m_session.clock())
             .record(AuditLog::Action::Update, QStringLiteral("users"), after.id, oldValues, newValues, &error))
        return WriteResult::failure(error);
    return {};
}

namespace {
// The administrators still able to sign in, after `changed` replaces its stored row.
int activeAdmins(const UserList &users, const User &changed)
{
    int count = 0;
    for (const User &u : users) {
        const User &now = u.id == changed.id ? changed : u;
        count += now.role == Role::Admin && !now.disabled;
    }
    return count;
}
} // namespace

WriteResult UserRepository::change(qint64 userId, bool byAdministrator, const std::function<WriteResult(User *)> &edit,
                                   const QString &passwordHash)
{
    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    if (const QString refusal = AccessCheck(m_session).adminRefusal(); byAdministrator && !refusal.isEmpty())
        return WriteResult::failure(refusal);
    const auto before = byId(userId);
    if (!before)
        return WriteResult::failure(tr("The user no longer exists."));
    User after = *before;
    if (const WriteResult edited = edit(&after); !edited.ok())
        return edited;
    if (const WriteResult result = write(*before, after, passwordHash); !result.ok())
        return result;
    return transaction.commit() ? WriteResult{} : WriteResult::failure(transaction.error());
}

QString UserRepository::hashFor(const QString &password, const QString &userName, WriteResult *refused)
{
    if (const auto problem = passwordProblem(password, userName)) {
        *refused = WriteResult::problem(QStringLiteral("password"), *problem);
        return {};
    }
    const QString hash = PasswordHash::make(password);
    if (hash.isEmpty())
        *refused = WriteResult::failure(tr("The password could not be protected (out of memory)."));
    return hash;
}

WriteResult UserRepository::update(const User &edited)
{
    return change(edited.id, true, [this, &edited](User *user) {
        user->fullName = TextFolding::clean(edited.fullName);
        user->role = edited.role;
        user->unitId = edited.role == Role::Clerk ? edited.unitId : 0;
        if (FieldProblems found = problems(*user); !found.isEmpty())
            return WriteResult{found, {}};
        if (activeAdmins(all(), *user) == 0)
            return WriteResult::problem(QStringLiteral("role"), tr("Role: the database must keep an administrator."));
        return WriteResult{};
    });
}

WriteResult UserRepository::resetPassword(qint64 userId, const QString &password)
{
    const auto target = byId(userId);
    if (!target)
        return WriteResult::failure(tr("The user no longer exists."));
    WriteResult refused;
    const QString hash = hashFor(password, target->name, &refused);
    if (hash.isEmpty())
        return refused;
    return change(userId, true, [this, userId](User *user) {
        user->mustChangePassword = userId != m_session.actor().userId;
        user->failedSignIns = 0;
        user->lockedUntil = {};
        return WriteResult{};
    }, hash);
}

WriteResult UserRepository::changeOwnPassword(const QString &password)
{
    const auto me = byId(m_session.actor().userId);
    if (!me)
        return WriteResult::failure(tr("Only a signed-in user changes their password."));
    WriteResult refused;
    const QString hash = hashFor(password, me->name, &refused);
    if (hash.isEmpty())
        return refused;
    return change(me->id, false, [](User *user) {
        user->mustChangePassword = false;
        return WriteResult{};
    }, hash);
}

WriteResult UserRepository::setDisabled(qint64 userId, bool disabled)
{
    return change(userId, true, [this, userId, disabled](User *user) {
        if (disabled && userId == m_session.actor().userId)
            return WriteResult::problem(QStringLiteral("disabled"), tr("You cannot disable your own account."));
        user->disabled = disabled;
        if (activeAdmins(all(), *user) == 0)
            return WriteResult::problem(QStringLiteral("disabled"), tr("The database must keep an administrator."));
        return WriteResult{};
    });
}
