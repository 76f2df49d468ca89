// Users, roles and permissions in storage: who may write what, whoever calls;
// passwords kept only as Argon2id hashes; five wrong passwords lock.

#include "AuditTrail.h"
#include "CaseFixtures.h"
#include "CaseImporter.h"
#include "CaseRepository.h"
#include "ComplaintRepository.h"
#include "SignIn.h"
#include "TargetRepository.h"
#include "TestDatabase.h"
#include "UserRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using CaseFixtures::makeCase;

namespace {
// A clock the test moves on, for the lock's 15 minutes.
class MovableClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int minutes) { m_now = m_now.addSecs(minutes * 60); }

private:
    QDateTime m_now{QDate(2026, 11, 25), QTime(9, 0)};
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class tst_Users : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theFirstAccountIsTheAdministrator();
    void onlyAnAdministratorManagesAccounts();
    void aClerkWritesOnlyTheirUnit();
    void aLeaderWritesNothing();
    void registersAndTargetsFollowTheRoles();
    void importRefusesAnotherUnitsRows();
    void fiveWrongPasswordsLock();
    void disabledAndResetAccounts();
    void noPasswordIsStoredReadably();

private:
    Actor signIn(const QString &name, const QString &password);
    void addUser(const QString &name, Role role, const QString &unitCode = {});

    std::unique_ptr<TestDatabase> m_db;
    MovableClock m_clock;
    QString m_ignored; // errors of reads that the test checks by their result
};

void tst_Users::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_clock = MovableClock();
    User admin = User::make(QStringLiteral("quantri"), QStringLiteral("Quản trị"), Role::Admin);
    const WriteResult written = UserRepository(m_db->session()).create(&admin, QStringLiteral("mật khẩu quản trị"));
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

Actor tst_Users::signIn(const QString &name, const QString &password)
{
    QString error;
    const auto actor = SignIn(m_db->database(), m_clock).attempt(name, password, &error);
    if (!actor)
        qWarning("%s", qPrintable(error));
    return actor.value_or(Actor{});
}

void tst_Users::addUser(const QString &name, Role role, const QString &unitCode)
{
    const Session admin(m_db->database(), signIn(QStringLiteral("quantri"), QStringLiteral("mật khẩu quản trị")), m_clock);
    User user = User::make(name, name, role, unitCode.isEmpty() ? 0 : m_db->unitId(unitCode));
    const WriteResult written = UserRepository(admin).create(&user, name + QStringLiteral("-password"));
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

void tst_Users::theFirstAccountIsTheAdministrator()
{
    TestDatabase fresh;
    UserRepository users(fresh.session());
    QVERIFY(users.isEmpty());
    User clerk = User::make(QStringLiteral("canbo"), QStringLiteral("Cán bộ"), Role::Clerk, fresh.unitId(QStringLiteral("MCH")));
    const WriteResult refused = users.create(&clerk, QStringLiteral("password1"));
    QCOMPARE(refused.message(), QStringLiteral("Role: the first account is the administrator."));
    QVERIFY(users.isEmpty());
    // The rules of a name and a password, named at their field.
    User bad = User::make(QStringLiteral("Quản trị"), QString(), Role::Admin);
    const WriteResult named = users.create(&bad, QStringLiteral("short"));
    QCOMPARE(named.problems.size(), 2);
    QCOMPARE(named.problems.at(0).field, QStringLiteral("name"));
    QCOMPARE(named.problems.at(1).field, QStringLiteral("full_name"));
    QVERIFY(users.isEmpty());
}

void tst_Users::onlyAnAdministratorManagesAccounts()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    const Session clerk(m_db->database(), signIn(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password")),
                        m_clock);
    QCOMPARE(clerk.actor().role, Role::Clerk);
    QCOMPARE(clerk.actor().unitId, m_db->unitId(QStringLiteral("MCH")));
    User other = User::make(QStringLiteral("canbo.mso"), QStringLiteral("Cán bộ Mai Sơn"), Role::Clerk,
               m_db->unitId(QStringLiteral("MSO")));
    const WriteResult refused = UserRepository(clerk).create(&other, QStringLiteral("password1"));
    QVERIFY2(refused.error.contains(QStringLiteral("only an administrator manages users")), qPrintable(refused.error));
    QVERIFY(!UserRepository(clerk).byName(QStringLiteral("canbo.mso")));
    const auto admin = UserRepository(clerk).byName(QStringLiteral("QUANTRI")); // names are case-insensitive
    QVERIFY(admin);
    QVERIFY(!UserRepository(clerk).setDisabled(admin->id, true).ok());
    QVERIFY(!UserRepository(clerk).resetPassword(admin->id, QStringLiteral("password1")).ok());
    // Every account write is audited under its author, never with a password.
    const AuditTrail trail(m_db->session().sql());
    AuditFilter accounts;
    accounts.entity = QStringLiteral("users");
    const auto rows = trail.page(accounts, 0, 10, &m_ignored);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).actor, QStringLiteral("quantri"));
    QCOMPARE(rows.at(0).entity, QStringLiteral("users"));
    QVERIFY(!rows.at(0).newValues.contains(QStringLiteral("\"password\"")));
    QVERIFY(!rows.at(0).newValues.contains(QStringLiteral("argon2")));
}

void tst_Users::aClerkWritesOnlyTheirUnit()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    const Session clerk(m_db->database(), signIn(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password")),
                        m_clock);
    CaseRepository cases(clerk);
    const qint64 mch = m_db->unitId(QStringLiteral("MCH")), mso = m_db->unitId(QStringLiteral("MSO"));
    EnforcementCase own = makeCase(mch, QStringLiteral("1/QĐ-CCTHADS"), d(2021, 1, 10), 5'000'000);
    QVERIFY2(cases.create(&own).ok(), "a clerk creates a case of their unit");
    EnforcementCase foreign = makeCase(mso, QStringLiteral("2/QĐ-CCTHADS"), d(2021, 1, 10), 5'000'000);
    const WriteResult refused = cases.create(&foreign);
    QCOMPARE(refused.error, QStringLiteral("canbo.mch (Clerk of Mộc Châu) may not change the data of Mai Sơn: a clerk "
                                           "writes only the cases and registers of their own unit."));
    QCOMPARE(foreign.id, 0);

    // Another unit's stored case: no edit, no move into or out of the unit, no event, no removal.
    EnforcementCase stored = makeCase(mso, QStringLiteral("3/QĐ-CCTHADS"), d(2021, 1, 10), 5'000'000);
    QVERIFY(CaseRepository(m_db->session()).create(&stored).ok());
    EnforcementCase edited = stored;
    edited.obligorName = QStringLiteral("Người khác");
    QVERIFY(!cases.update(edited).ok());
    edited.unitId = mch;
    QVERIFY(!cases.update(edited).ok());
    EnforcementCase moved = *cases.find(own.id);
    moved.unitId = mso;
    QVERIFY(!cases.update(moved).ok());
    CaseEvent payment = CaseFixtures::event(EventType::Payment, d(2021, 2, 1), 1'000'000);
    QVERIFY(!cases.addEvent(stored.id, &payment).ok());
    QVERIFY(!cases.remove(stored.id).ok());
    QVERIFY(!cases.createMany({}, {EventBatch{stored.id, {payment}}}).ok());
    QCOMPARE(cases.find(stored.id)->obligorName, stored.obligorName);
    QVERIFY(cases.events(stored.id).isEmpty());
    // Their own case takes the event, audited under their name.
    CaseEvent ownPayment = CaseFixtures::event(EventType::Payment, d(2021, 2, 1), 1'000'000);
    QVERIFY(cases.addEvent(own.id, &ownPayment).ok());
    const auto rows = AuditTrail(m_db->session().sql()).page({}, 0, 1, &m_ignored);
    QCOMPARE(rows.first().actor, QStringLiteral("canbo.mch"));
}

void tst_Users::aLeaderWritesNothing()
{
    addUser(QStringLiteral("lanhdao"), Role::Leader);
    const Session leader(m_db->database(), signIn(QStringLiteral("lanhdao"), QStringLiteral("lanhdao-password")),
                         m_clock);
    EnforcementCase c = makeCase(m_db->unitId(QStringLiteral("MCH")), QStringLiteral("1/QĐ-CCTHADS"), d(2021, 1, 10),
                                 5'000'000);
    const WriteResult refused = CaseRepository(leader).create(&c);
    QCOMPARE(refused.error, QStringLiteral("lanhdao (Leader) may read but not change the data."));
    QCOMPARE(CaseRepository(leader).count(), 0); // reading is fine
}

void tst_Users::registersAndTargetsFollowTheRoles()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    const Session clerk(m_db->database(), signIn(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password")),
                        m_clock);
    Complaint complaint;
    complaint.unitId = m_db->unitId(QStringLiteral("MSO"));
    complaint.receivedDate = d(2021, 3, 1);
    complaint.petitioner = QStringLiteral("Lò Văn A");
    complaint.subject = QStringLiteral("Khiếu nại");
    QVERIFY(!ComplaintRepository(clerk).create(&complaint).ok());
    complaint.unitId = m_db->unitId(QStringLiteral("MCH"));
    const WriteResult own = ComplaintRepository(clerk).create(&complaint);
    QVERIFY2(own.ok(), qPrintable(own.message()));
    complaint.unitId = m_db->unitId(QStringLiteral("MSO")); // moved to another unit
    QVERIFY(!ComplaintRepository(clerk).update(complaint).ok());

    TargetRepository targets(m_db->session().sql());
    const WriteResult target = targets.set(clerk, {2021, 0, 8250, 4000});
    QVERIFY2(target.error.contains(QStringLiteral("only an administrator")), qPrintable(target.error));
    QVERIFY(targets.forYear(2021).isEmpty());
}

void tst_Users::importRefusesAnotherUnitsRows()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    const Session clerk(m_db->database(), signIn(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password")),
                        m_clock);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("cases.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,obligee,executor,"
               "amount_due,obligation\n"
               "MCH,1/QĐ-CCTHADS,2021-01-10,chu_dong,hinh_su,1/2020/HS-ST,2020-12-01,TAND huyện Mộc Châu,Lò Văn A,"
               "Ngân sách Nhà nước,Quàng Văn Sơn,1000000,\n"
               "MSO,2/QĐ-CCTHADS,2021-01-10,chu_dong,hinh_su,2/2020/HS-ST,2020-12-01,TAND huyện Mai Sơn,Lò Văn B,"
               "Ngân sách Nhà nước,Quàng Văn Sơn,1000000,\n");
    file.close();
    CaseImporter importer(clerk);
    QVERIFY(!importer.check(file.fileName(), {}));
    QCOMPARE(importer.problems().size(), 1);
    QCOMPARE(importer.problems().first().line, 3);
    QCOMPARE(importer.problems().first().field, QStringLiteral("unit"));
    QCOMPARE(CaseRepository(clerk).count(), 0);
}

void tst_Users::fiveWrongPasswordsLock()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    SignIn signIn(m_db->database(), m_clock);
    QString error;
    QVERIFY(!signIn.attempt(QStringLiteral("nobody"), QStringLiteral("x"), &error));
    const QString wrong = error;
    for (int i = 1; i < SignIn::kAttempts; ++i) {
        QVERIFY(!signIn.attempt(QStringLiteral("canbo.mch"), QStringLiteral("wrong"), &error));
        QCOMPARE(error, wrong); // an unknown name and a wrong password read the same
    }
    QVERIFY(!signIn.attempt(QStringLiteral("canbo.mch"), QStringLiteral("wrong"), &error));
    QVERIFY2(error.contains(QStringLiteral("is locked until 25/11/2026 09:15")), qPrintable(error));
    // Locked: even the right password waits the 15 minutes.
    m_clock.advance(14);
    QVERIFY(!signIn.attempt(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password"), &error));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    m_clock.advance(2);
    QVERIFY2(signIn.attempt(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password"), &error),
             qPrintable(error));
    QCOMPARE(UserRepository(m_db->session()).byName(QStringLiteral("canbo.mch"))->failedSignIns, 0);
}

void tst_Users::disabledAndResetAccounts()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    const Session admin(m_db->database(), signIn(QStringLiteral("quantri"), QStringLiteral("mật khẩu quản trị")), m_clock);
    UserRepository users(admin);
    const qint64 clerk = users.byName(QStringLiteral("canbo.mch"))->id;
    QVERIFY(users.setDisabled(clerk, true).ok());
    QString error;
    QVERIFY(!SignIn(m_db->database(), m_clock).attempt(QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-password"), &error));
    QVERIFY2(error.contains(QStringLiteral("disabled")), qPrintable(error));
    QVERIFY(users.setDisabled(clerk, false).ok());
    // The database keeps an administrator who can sign in.
    const qint64 self = admin.actor().userId;
    QVERIFY(!users.setDisabled(self, true).ok());
    User demoted = *users.byId(self);
    demoted.role = Role::Leader;
    QCOMPARE(users.update(demoted).problems.first().field, QStringLiteral("role"));
    // A reset password is the user's to change at the next sign-in.
    QVERIFY(users.resetPassword(clerk, QStringLiteral("tạm-thời-123")).ok());
    bool mustChange = false;
    const auto signedIn = SignIn(m_db->database(), m_clock)
                              .attempt(QStringLiteral("canbo.mch"), QStringLiteral("tạm-thời-123"), &error, &mustChange);
    QVERIFY2(signedIn, qPrintable(error));
    QVERIFY(mustChange);
    const Session own(m_db->database(), *signedIn, m_clock);
    QVERIFY(UserRepository(own).changeOwnPassword(QStringLiteral("của-tôi-456")).ok());
    QVERIFY(!UserRepository(own).byId(clerk)->mustChangePassword);
}

void tst_Users::noPasswordIsStoredReadably()
{
    addUser(QStringLiteral("canbo.mch"), Role::Clerk, QStringLiteral("MCH"));
    QSqlQuery q(m_db->session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users")));
    QSet<QString> hashes;
    while (q.next()) {
        QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")),
                 qPrintable(q.value(0).toString()));
        hashes << q.value(0).toString();
    }
    QCOMPARE(hashes.size(), 2);
    m_db->database().sql().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(m_db->path() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString &password : {QStringLiteral("canbo.mch-password"), QStringLiteral("mật khẩu quản trị")})
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(password));
    }
}

QTEST_GUILESS_MAIN(tst_Users)
#include "tst_users.moc"
