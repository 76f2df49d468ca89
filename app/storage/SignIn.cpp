#include "SignIn.h"

#include "AuditLog.h"
#include "Format.h"
#include "PasswordHash.h"
#include "TransactionGuard.h"

#include <QSqlQuery>

namespace {
struct Account
{
    qint64 id = 0;
    QString name;
    Role role = Role::Clerk;
    qint64 unitId = 0;
    QString hash;
    bool disabled = false;
    bool mustChange = false;
    int failed = 0;
    QDateTime lockedUntil;
};

std::optional<Account> account(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, role, unit_id, password_hash, disabled, must_change_password, "
                             "failed_sign_ins, locked_until FROM users WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Account a{q.value(0).toLongLong(), q.value(1).toString(), Role::Clerk, q.value(3).toLongLong(),
              q.value(4).toString(), q.value(5).toBool(), q.value(6).toBool(), q.value(7).toInt(),
              QDateTime::fromString(q.value(8).toString(), Qt::ISODate)};
    Roles::fromKey(q.value(2).toString(), &a.role);
    return a;
}
} // namespace

std::optional<Actor> SignIn::attempt(const QString &name, const QString &password, QString *error,
                                     bool *mustChangePassword)
{
    const QString wrong = tr("Wrong user name or password.");
    const auto found = account(m_database.sql(), name);
    if (!found) {
        *error = wrong;
        return std::nullopt;
    }
    if (found->disabled) {
        *error = tr("The account %1 is disabled. Ask an administrator.").arg(found->name);
        return std::nullopt;
    }
    const QDateTime now = m_clock.now();
    if (found->lockedUntil.isValid() && found->lockedUntil > now) {
        *error = tr("The account %1 is locked after %2 wrong passwords, until %3.")
                     .arg(found->name)
                     .arg(kAttempts)
                     .arg(Format::dateTime(found->lockedUntil.toLocalTime()));
        return std::nullopt;
    }
    const bool right = PasswordHash::matches(found->hash, password);

    // The count of wrong passwords is kept in the file; a read-only file cannot keep it.
    if (!m_database.isReadOnly() && (!right || found->failed > 0 || found->lockedUntil.isValid())) {
        TransactionGuard transaction(m_database.sql());
        const auto current = transaction.isActive() ? account(m_database.sql(), name) : std::nullopt;
        if (current) {
            const int failed = right ? 0 : current->failed + 1;
            const bool lock = failed >= kAttempts;
            const QDateTime until = lock ? now.addSecs(kLockMinutes * 60).toUTC() : QDateTime();
            QSqlQuery q(m_database.sql());
            q.prepare(QStringLiteral("UPDATE users SET failed_sign_ins = ?, locked_until = ? WHERE id = ?"));
            q.addBindValue(lock ? 0 : failed);
            q.addBindValue(lock ? QVariant(until.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(current->id);
            QString ignored;
            const QJsonObject before{{QStringLiteral("failed_sign_ins"), current->failed}};
            QJsonObject after{{QStringLiteral("failed_sign_ins"), lock ? 0 : failed}};
            if (lock)
                after.insert(QStringLiteral("locked_until"), until.toString(Qt::ISODate));
            if (q.exec()
                && AuditLog(m_database.sql(), Actor::program(current->name), m_clock)
                       .record(AuditLog::Action::Update, QStringLiteral("users"), current->id, before, after, &ignored))
                transaction.commit();
            if (lock && !right) {
                *error = tr("Wrong password %1 times: the account %2 is locked until %3.")
                             .arg(kAttempts)
                             .arg(current->name, Format::dateTime(until.toLocalTime()));
                return std::nullopt;
            }
        }
    }
    if (!right) {
        *error = wrong;
        return std::nullopt;
    }
    if (mustChangePassword)
        *mustChangePassword = found->mustChange;
    return Actor{found->name, found->role, found->id, found->role == Role::Clerk ? found->unitId : 0};
}
