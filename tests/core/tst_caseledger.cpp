// The lifecycle rules of DESIGN.md ("Events", "Which cases a period counts"),
// replayed by CaseLedger. Every expectation is worked out by hand from the
// design; the case is accepted on 15/01/2021 with 1.000.000 đ due unless a row
// says otherwise, and today is 30/09/2021.
#include "CaseLedger.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

using MaybeEvent = std::optional<EventType>;
using MaybeState = std::optional<CaseState>;
Q_DECLARE_METATYPE(CaseEvent)
Q_DECLARE_METATYPE(EventType)
Q_DECLARE_METATYPE(CaseState)
Q_DECLARE_METATYPE(LifecycleRule)
Q_DECLARE_METATYPE(MaybeEvent)
Q_DECLARE_METATYPE(MaybeState)

// Readable failure messages.
char *toString(EventType type) { return qstrdup(qPrintable(EventTypes::key(type))); }
char *toString(CaseState state) { return qstrdup(qPrintable(CaseStates::key(state))); }
char *toString(const MaybeEvent &type) { return qstrdup(type ? qPrintable(EventTypes::key(*type)) : "none"); }
char *toString(const MaybeState &state) { return qstrdup(state ? qPrintable(CaseStates::key(*state)) : "not counted"); }
char *toString(LifecycleRule rule) { return qstrdup(qPrintable(LifecycleRules::name(rule))); }

namespace {
using enum EventType;

const QDate kAccepted(2021, 1, 15);
const QDate kToday(2021, 9, 30);
constexpr qint64 kDue = 1'000'000;

QDate d(int day, int month, int year = 2021) { return QDate(year, month, day); }

CaseEvent ev(qint64 id, EventType type, QDate date, qint64 amount = 0)
{
    CaseEvent e;
    e.id = id;
    e.type = type;
    e.date = date;
    e.amount = amount;
    return e;
}

CaseEvent correction(qint64 id, qint64 voids, QDate date, const QString &reason = QStringLiteral("nhập nhầm"))
{
    CaseEvent e = ev(id, Correction, date);
    e.correctsEventId = voids;
    e.note = reason;
    return e;
}

// Verified unable, then able; a payment; postponed and resumed; a reduction;
// the last payment and the completion on the same day.
CaseLedger timeline()
{
    return CaseLedger(kAccepted, 10'000'000,
                      {ev(1, VerifiedUnable, d(1, 2)), ev(2, VerifiedAble, d(1, 3)),
                       ev(3, Payment, d(10, 3), 3'000'000), ev(4, Postponed, d(1, 4)), ev(5, Resumed, d(1, 5)),
                       ev(6, Reduction, d(15, 5), 2'000'000), ev(7, Payment, d(1, 6), 5'000'000),
                       ev(8, Completed, d(1, 6))});
}
} // namespace

class TestCaseLedger : public QObject
{
    Q_OBJECT

private slots:
    void ruleNames_data();
    void ruleNames();
    void validLogIsAccepted_data();
    void validLogIsAccepted();
    void breachNamesRuleAndEvent_data();
    void breachNamesRuleAndEvent();
    void replayIsDateThenRecordOrder_data();
    void replayIsDateThenRecordOrder();
    void correctionVoidsItsTarget();
    void statusAt_data();
    void statusAt();
    void currentIsTheWholeLog();
    void stateOfStatus_data();
    void stateOfStatus();
    void stateInPeriod_data();
    void stateInPeriod();
    void allowedNext_data();
    void allowedNext();
    void withAppendsLastAndLeavesOriginal();
};

void TestCaseLedger::ruleNames_data()
{
    QTest::addColumn<LifecycleRule>("rule");
    QTest::addColumn<QString>("name");
    using R = LifecycleRule;
    QTest::newRow("before acceptance") << R::NotBeforeAcceptance << u"no event before the acceptance date"_s;
    QTest::newRow("future") << R::NotInFuture << u"no event after today"_s;
    QTest::newRow("after terminal") << R::NothingAfterTerminal
                                    << u"nothing but a correction after the case is closed"_s;
    QTest::newRow("positive") << R::AmountPositive << u"a payment or reduction is greater than 0"_s;
    QTest::newRow("within remaining") << R::AmountWithinRemaining
                                      << u"a payment or reduction is at most the amount still due"_s;
    QTest::newRow("amount only on money") << R::AmountOnlyOnMoneyEvents
                                          << u"only payments and reductions carry an amount"_s;
    QTest::newRow("completed") << R::CompletedWhenNothingDue << u"completed only when nothing remains due"_s;
    QTest::newRow("hold") << R::HoldWhenNotOnHold << u"a hold only when the case is not on hold"_s;
    QTest::newRow("resume") << R::ResumeWhenOnHold << u"resumed only when the case is on hold"_s;
    QTest::newRow("correction target") << R::CorrectionTarget
                                       << u"a correction voids one earlier event of the case, once"_s;
    QTest::newRow("correction reason") << R::CorrectionReason << u"a correction states its reason"_s;
    QTest::newRow("correction date") << R::CorrectionNotBeforeEvent
                                     << u"a correction is not dated before the event it voids"_s;
}

void TestCaseLedger::ruleNames()
{
    QFETCH(LifecycleRule, rule);
    QFETCH(QString, name);
    QCOMPARE(LifecycleRules::name(rule), name); // no translator installed: the English source text
}

void TestCaseLedger::validLogIsAccepted_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<CaseEventList>("events");

    QTest::newRow("no events") << kDue << CaseEventList{};
    QTest::newRow("on the acceptance date") << kDue << CaseEventList{ev(1, VerifiedAble, kAccepted)};
    QTest::newRow("today") << kDue << CaseEventList{ev(1, VerifiedAble, kToday)};
    QTest::newRow("payment of exactly what remains, then completed")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), kDue), ev(2, Completed, d(1, 3))};
    QTest::newRow("payment and reduction down to 0, then completed")
        << kDue
        << CaseEventList{ev(1, Payment, d(1, 3), 600'000), ev(2, Reduction, d(2, 3), 400'000),
                         ev(3, Completed, d(3, 3))};
    QTest::newRow("non-money case completed at once") << qint64(0) << CaseEventList{ev(1, Completed, d(1, 3))};
    QTest::newRow("terminated with money still due")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 100'000), ev(2, Terminated, d(2, 3))};
    QTest::newRow("hold, resume, another hold")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(1, 4)), ev(3, Suspended, d(1, 5))};
    QTest::newRow("same date: hold then resume")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(1, 3))};
    QTest::newRow("resume recorded first but dated after the hold")
        << kDue << CaseEventList{ev(1, Resumed, d(5, 3)), ev(2, Postponed, d(1, 3))};
    QTest::newRow("payment while on hold")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Payment, d(2, 3), 1)};
    // Recorded after the completion, dated before it: replayed in date order the log is valid.
    QTest::newRow("back-dated payment before the completion")
        << kDue
        << CaseEventList{ev(1, Payment, d(10, 2), 600'000), ev(2, Completed, d(1, 3)),
                         ev(3, Payment, d(20, 2), 400'000)};
    QTest::newRow("correction after a terminal event")
        << kDue
        << CaseEventList{ev(1, Payment, d(1, 3), kDue), ev(2, Completed, d(2, 3)), correction(3, 2, d(5, 3))};
    QTest::newRow("correction on the date of its event")
        << kDue << CaseEventList{ev(1, Payment, d(10, 3), 5), correction(2, 1, d(10, 3))};
    QTest::newRow("wrong payment voided, then the right ones")
        << kDue
        << CaseEventList{ev(1, Payment, d(10, 2), kDue), correction(2, 1, d(12, 2)),
                         ev(3, Payment, d(12, 2), 900'000), ev(4, Payment, d(1, 3), 100'000),
                         ev(5, Completed, d(1, 3))};
    QTest::newRow("voided hold lets another hold in")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), correction(2, 1, d(2, 3)), ev(3, Suspended, d(3, 3))};
}

void TestCaseLedger::validLogIsAccepted()
{
    QFETCH(qint64, due);
    QFETCH(CaseEventList, events);
    const auto breach = CaseLedger(kAccepted, due, events).check(kToday);
    QVERIFY2(!breach, breach ? qPrintable(breach->message()) : "");
}

void TestCaseLedger::breachNamesRuleAndEvent_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<CaseEventList>("events");
    QTest::addColumn<LifecycleRule>("rule");
    QTest::addColumn<int>("eventIndex");
    using R = LifecycleRule;

    QTest::newRow("day before acceptance") << kDue << CaseEventList{ev(1, VerifiedAble, d(14, 1))}
                                           << R::NotBeforeAcceptance << 0;
    QTest::newRow("second event before acceptance")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 2)), ev(2, Payment, d(31, 12, 2020), 100)}
        << R::NotBeforeAcceptance << 1;
    QTest::newRow("day after today") << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 10))} << R::NotInFuture << 0;
    QTest::newRow("payment after today")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 2)), ev(2, Payment, d(1, 10), 100)} << R::NotInFuture << 1;

    QTest::newRow("after completed") << qint64(0)
                                     << CaseEventList{ev(1, Completed, d(1, 3)), ev(2, VerifiedAble, d(2, 3))}
                                     << R::NothingAfterTerminal << 1;
    QTest::newRow("after terminated") << kDue
                                      << CaseEventList{ev(1, Terminated, d(1, 3)), ev(2, Payment, d(2, 3), 100)}
                                      << R::NothingAfterTerminal << 1;
    QTest::newRow("after entrusted") << kDue << CaseEventList{ev(1, Entrusted, d(1, 3)), ev(2, Postponed, d(2, 3))}
                                     << R::NothingAfterTerminal << 1;
    QTest::newRow("after withdrawn") << kDue << CaseEventList{ev(1, Withdrawn, d(1, 3)), ev(2, Terminated, d(2, 3))}
                                     << R::NothingAfterTerminal << 1;
    QTest::newRow("same date, recorded after the terminal event")
        << kDue << CaseEventList{ev(1, Terminated, d(1, 3)), ev(2, Suspended, d(1, 3))} << R::NothingAfterTerminal
        << 1;
    QTest::newRow("recorded first, dated after the terminal event")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(10, 3)), ev(2, Terminated, d(1, 3))}
        << R::NothingAfterTerminal << 0;

    QTest::newRow("payment of 0") << kDue << CaseEventList{ev(1, Payment, d(1, 3), 0)} << R::AmountPositive << 0;
    QTest::newRow("negative payment") << kDue << CaseEventList{ev(1, Payment, d(1, 3), -100)} << R::AmountPositive
                                      << 0;
    QTest::newRow("reduction of 0") << kDue
                                    << CaseEventList{ev(1, VerifiedAble, d(1, 3)), ev(2, Reduction, d(2, 3), 0)}
                                    << R::AmountPositive << 1;

    QTest::newRow("payment above the amount due") << kDue << CaseEventList{ev(1, Payment, d(1, 3), kDue + 1)}
                                                  << R::AmountWithinRemaining << 0;
    QTest::newRow("reduction above what remains")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 600'000), ev(2, Reduction, d(2, 3), 400'001)}
        << R::AmountWithinRemaining << 1;
    QTest::newRow("payment on a non-money case") << qint64(0) << CaseEventList{ev(1, Payment, d(1, 3), 1)}
                                                 << R::AmountWithinRemaining << 0;
    // Replayed in date order the back-dated 100 đ comes first, so the 10/02
    // payment of the whole amount is the one that exceeds what remains.
    QTest::newRow("back-dated payment before a full payment")
        << kDue
        << CaseEventList{ev(1, Payment, d(10, 2), kDue), ev(2, Completed, d(1, 3)), ev(3, Payment, d(5, 2), 100)}
        << R::AmountWithinRemaining << 0;

    QTest::newRow("amount on a verification") << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3), 5)}
                                              << R::AmountOnlyOnMoneyEvents << 0;
    QTest::newRow("amount on a hold") << kDue << CaseEventList{ev(1, Postponed, d(1, 3), 1)}
                                      << R::AmountOnlyOnMoneyEvents << 0;
    QTest::newRow("amount on completed") << qint64(0) << CaseEventList{ev(1, Completed, d(1, 3), 5)}
                                         << R::AmountOnlyOnMoneyEvents << 0;
    QTest::newRow("negative amount on terminated") << kDue << CaseEventList{ev(1, Terminated, d(1, 3), -1)}
                                                   << R::AmountOnlyOnMoneyEvents << 0;
    CaseEvent correctionWithAmount = correction(2, 1, d(2, 3));
    correctionWithAmount.amount = 5;
    QTest::newRow("amount on a correction") << kDue
                                            << CaseEventList{ev(1, Payment, d(1, 3), 5), correctionWithAmount}
                                            << R::AmountOnlyOnMoneyEvents << 1;

    QTest::newRow("completed with everything due") << kDue << CaseEventList{ev(1, Completed, d(1, 3))}
                                                   << R::CompletedWhenNothingDue << 0;
    QTest::newRow("completed with 1 đ due")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), kDue - 1), ev(2, Completed, d(2, 3))}
        << R::CompletedWhenNothingDue << 1;
    QTest::newRow("completed dated before the last payment")
        << kDue
        << CaseEventList{ev(1, Payment, d(10, 2), 600'000), ev(2, Payment, d(20, 3), 400'000),
                         ev(3, Completed, d(1, 3))}
        << R::CompletedWhenNothingDue << 2;

    QTest::newRow("suspended while postponed")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Suspended, d(2, 3))} << R::HoldWhenNotOnHold << 1;
    QTest::newRow("other hold twice") << kDue << CaseEventList{ev(1, HeldOther, d(1, 3)), ev(2, HeldOther, d(2, 3))}
                                      << R::HoldWhenNotOnHold << 1;
    QTest::newRow("second hold after a resume and a hold")
        << kDue
        << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(2, 3)), ev(3, Postponed, d(3, 3)),
                         ev(4, Postponed, d(4, 3))}
        << R::HoldWhenNotOnHold << 3;

    QTest::newRow("resumed on a fresh case") << kDue << CaseEventList{ev(1, Resumed, d(1, 3))}
                                             << R::ResumeWhenOnHold << 0;
    QTest::newRow("resumed twice")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(2, 3)), ev(3, Resumed, d(3, 3))}
        << R::ResumeWhenOnHold << 2;
    QTest::newRow("same date: resume then hold")
        << kDue << CaseEventList{ev(1, Resumed, d(1, 3)), ev(2, Postponed, d(1, 3))} << R::ResumeWhenOnHold << 0;
    QTest::newRow("resume dated before the hold")
        << kDue << CaseEventList{ev(1, Postponed, d(5, 3)), ev(2, Resumed, d(1, 3))} << R::ResumeWhenOnHold << 1;

    QTest::newRow("correction naming no event")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3)), correction(2, 0, d(2, 3))} << R::CorrectionTarget << 1;
    QTest::newRow("correction naming an unknown event")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3)), correction(2, 99, d(2, 3))} << R::CorrectionTarget
        << 1;
    QTest::newRow("correction naming a later event")
        << kDue << CaseEventList{correction(1, 2, d(5, 3)), ev(2, VerifiedAble, d(1, 3))} << R::CorrectionTarget << 0;
    QTest::newRow("correction naming itself")
        << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3)), correction(2, 2, d(2, 3))} << R::CorrectionTarget << 1;
    QTest::newRow("correction naming a correction")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 5), correction(2, 1, d(2, 3)), correction(3, 2, d(3, 3))}
        << R::CorrectionTarget << 2;
    QTest::newRow("correction naming a voided event")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 5), correction(2, 1, d(2, 3)), correction(3, 1, d(3, 3))}
        << R::CorrectionTarget << 2;
    QTest::newRow("correction without a reason")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 5), correction(2, 1, d(2, 3), QString())}
        << R::CorrectionReason << 1;
    QTest::newRow("correction with a blank reason")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), 5), correction(2, 1, d(2, 3), u"  \t "_s)}
        << R::CorrectionReason << 1;
    QTest::newRow("correction dated before its event")
        << kDue << CaseEventList{ev(1, Payment, d(10, 3), 5), correction(2, 1, d(9, 3))}
        << R::CorrectionNotBeforeEvent << 1;

    // A correction is accepted only if the log it leaves replays validly.
    QTest::newRow("voiding the payment before a completion")
        << kDue << CaseEventList{ev(1, Payment, d(10, 2), kDue), ev(2, Completed, d(1, 3)), correction(3, 1, d(5, 3))}
        << R::CompletedWhenNothingDue << 1;
    QTest::newRow("voiding the hold before a resume")
        << kDue << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(1, 4)), correction(3, 1, d(2, 4))}
        << R::ResumeWhenOnHold << 1;
    QTest::newRow("voiding the resume between two holds")
        << kDue
        << CaseEventList{ev(1, Postponed, d(1, 3)), ev(2, Resumed, d(1, 4)), ev(3, Suspended, d(1, 5)),
                         correction(4, 2, d(2, 5))}
        << R::HoldWhenNotOnHold << 2;
}

void TestCaseLedger::breachNamesRuleAndEvent()
{
    QFETCH(qint64, due);
    QFETCH(CaseEventList, events);
    QFETCH(LifecycleRule, rule);
    QFETCH(int, eventIndex);

    const auto breach = CaseLedger(kAccepted, due, events).check(kToday);
    QVERIFY(breach);
    QCOMPARE(breach->rule, rule);
    QCOMPARE(breach->eventIndex, eventIndex);
    QVERIFY2(breach->message().contains(LifecycleRules::name(rule)), qPrintable(breach->message()));
}

void TestCaseLedger::replayIsDateThenRecordOrder_data()
{
    QTest::addColumn<CaseEventList>("events");
    QTest::addColumn<QList<int>>("order");     // indexes in record order, in replay order
    QTest::addColumn<QList<int>>("positions"); // per recorded event; 0 = not replayed

    QTest::newRow("same date: record order")
        << CaseEventList{ev(1, VerifiedAble, d(1, 3)), ev(2, Postponed, d(1, 3)), ev(3, Resumed, d(1, 3))}
        << QList<int>{0, 1, 2} << QList<int>{1, 2, 3};
    QTest::newRow("date order first")
        << CaseEventList{ev(1, Payment, d(10, 3), 5), ev(2, VerifiedAble, d(1, 3)), ev(3, Postponed, d(5, 3))}
        << QList<int>{1, 2, 0} << QList<int>{3, 1, 2};
    QTest::newRow("corrections and voided events are not replayed")
        << CaseEventList{ev(1, Payment, d(10, 3), 5), ev(2, VerifiedAble, d(1, 3)), ev(3, Postponed, d(10, 3)),
                         correction(4, 1, d(12, 3)), ev(5, Resumed, d(11, 3))}
        << QList<int>{1, 2, 4} << QList<int>{0, 1, 2, 0, 3};
}

void TestCaseLedger::replayIsDateThenRecordOrder()
{
    QFETCH(CaseEventList, events);
    QFETCH(QList<int>, order);
    QFETCH(QList<int>, positions);
    const CaseLedger ledger(kAccepted, kDue, events);
    QCOMPARE(ledger.replayOrder(), order);
    QCOMPARE(ledger.replayPositions(), positions);
}

void TestCaseLedger::correctionVoidsItsTarget()
{
    const CaseLedger ledger(kAccepted, kDue,
                            {ev(1, Payment, d(10, 2), 300'000), ev(2, VerifiedAble, d(11, 2)),
                             correction(3, 1, d(15, 2))});
    QVERIFY(!ledger.check(kToday));
    QVERIFY(ledger.isVoided(1));
    QVERIFY(!ledger.isVoided(2));
    QVERIFY(!ledger.isVoided(3));
    QVERIFY(!ledger.isVoided(0)); // an unstored event is never voided
    // The voided payment never happened, also before the correction's date.
    QCOMPARE(ledger.statusAt(d(12, 2)).paid, 0LL);
    QCOMPARE(ledger.current().paid, 0LL);
    QCOMPARE(ledger.current().remaining(), kDue);
    QCOMPARE(ledger.current().verification, MaybeEvent(VerifiedAble));
}

void TestCaseLedger::statusAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("reduced");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<MaybeEvent>("hold");
    QTest::addColumn<MaybeEvent>("verification");
    QTest::addColumn<MaybeEvent>("terminal");
    QTest::addColumn<CaseState>("state");
    const MaybeEvent none;

    QTest::newRow("before acceptance") << d(14, 1) << 0LL << 0LL << 10'000'000LL << none << none << none
                                       << CaseState::InProgress;
    QTest::newRow("accepted, never verified") << d(31, 1) << 0LL << 0LL << 10'000'000LL << none << none << none
                                              << CaseState::InProgress;
    QTest::newRow("verified unable") << d(1, 2) << 0LL << 0LL << 10'000'000LL << none << MaybeEvent(VerifiedUnable)
                                     << none << CaseState::WithoutConditions;
    QTest::newRow("verified able") << d(1, 3) << 0LL << 0LL << 10'000'000LL << none << MaybeEvent(VerifiedAble)
                                   << none << CaseState::InProgress;
    QTest::newRow("first payment") << d(10, 3) << 3'000'000LL << 0LL << 7'000'000LL << none
                                   << MaybeEvent(VerifiedAble) << none << CaseState::InProgress;
    QTest::newRow("postponed") << d(30, 4) << 3'000'000LL << 0LL << 7'000'000LL << MaybeEvent(Postponed)
                               << MaybeEvent(VerifiedAble) << none << CaseState::Postponed;
    QTest::newRow("resumed") << d(1, 5) << 3'000'000LL << 0LL << 7'000'000LL << none << MaybeEvent(VerifiedAble)
                             << none << CaseState::InProgress;
    QTest::newRow("reduced") << d(31, 5) << 3'000'000LL << 2'000'000LL << 5'000'000LL << none
                             << MaybeEvent(VerifiedAble) << none << CaseState::InProgress;
    QTest::newRow("paid and completed") << d(1, 6) << 8'000'000LL << 2'000'000LL << 0LL << none
                                        << MaybeEvent(VerifiedAble) << MaybeEvent(Completed) << CaseState::Completed;
}

void TestCaseLedger::statusAt()
{
    QFETCH(QDate, date);
    QFETCH(qint64, paid);
    QFETCH(qint64, reduced);
    QFETCH(qint64, remaining);
    QFETCH(MaybeEvent, hold);
    QFETCH(MaybeEvent, verification);
    QFETCH(MaybeEvent, terminal);
    QFETCH(CaseState, state);

    const CaseLedger ledger = timeline();
    QVERIFY(!ledger.check(kToday));
    const CaseStatus status = ledger.statusAt(date);
    QCOMPARE(status.amountDue, 10'000'000LL);
    QCOMPARE(status.paid, paid);
    QCOMPARE(status.reduced, reduced);
    QCOMPARE(status.remaining(), remaining);
    QCOMPARE(status.hold, hold);
    QCOMPARE(status.isOnHold(), hold.has_value());
    QCOMPARE(status.verification, verification);
    QCOMPARE(status.terminal, terminal);
    QCOMPARE(status.isClosed(), terminal.has_value());
    QCOMPARE(status.state(), state);
}

void TestCaseLedger::currentIsTheWholeLog()
{
    const CaseStatus status = timeline().current();
    QCOMPARE(status.paid, 8'000'000LL);
    QCOMPARE(status.reduced, 2'000'000LL);
    QCOMPARE(status.remaining(), 0LL);
    QCOMPARE(status.terminal, MaybeEvent(Completed));
    QCOMPARE(status.terminalDate, d(1, 6));
    QCOMPARE(status.state(), CaseState::Completed);
}

void TestCaseLedger::stateOfStatus_data()
{
    QTest::addColumn<MaybeEvent>("hold");
    QTest::addColumn<MaybeEvent>("verification");
    QTest::addColumn<MaybeEvent>("terminal");
    QTest::addColumn<CaseState>("state");
    const MaybeEvent none;

    QTest::newRow("never verified counts as able") << none << none << none << CaseState::InProgress;
    QTest::newRow("able") << none << MaybeEvent(VerifiedAble) << none << CaseState::InProgress;
    QTest::newRow("unable") << none << MaybeEvent(VerifiedUnable) << none << CaseState::WithoutConditions;
    QTest::newRow("postponed, never verified") << MaybeEvent(Postponed) << none << none << CaseState::Postponed;
    QTest::newRow("postponed even if unable") << MaybeEvent(Postponed) << MaybeEvent(VerifiedUnable) << none
                                              << CaseState::Postponed;
    QTest::newRow("suspended, able") << MaybeEvent(Suspended) << MaybeEvent(VerifiedAble) << none
                                     << CaseState::Suspended;
    QTest::newRow("suspended, unable") << MaybeEvent(Suspended) << MaybeEvent(VerifiedUnable) << none
                                       << CaseState::Suspended;
    QTest::newRow("other hold, unable") << MaybeEvent(HeldOther) << MaybeEvent(VerifiedUnable) << none
                                        << CaseState::HeldOther;
    QTest::newRow("completed wins over a hold") << MaybeEvent(Postponed) << MaybeEvent(VerifiedUnable)
                                                << MaybeEvent(Completed) << CaseState::Completed;
    QTest::newRow("terminated wins over unable") << none << MaybeEvent(VerifiedUnable) << MaybeEvent(Terminated)
                                                 << CaseState::Terminated;
    QTest::newRow("entrusted") << MaybeEvent(Suspended) << none << MaybeEvent(Entrusted) << CaseState::Entrusted;
    QTest::newRow("withdrawn") << none << MaybeEvent(VerifiedAble) << MaybeEvent(Withdrawn) << CaseState::Withdrawn;
}

void TestCaseLedger::stateOfStatus()
{
    QFETCH(MaybeEvent, hold);
    QFETCH(MaybeEvent, verification);
    QFETCH(MaybeEvent, terminal);
    QFETCH(CaseState, state);
    CaseStatus status;
    status.hold = hold;
    status.verification = verification;
    status.terminal = terminal;
    QCOMPARE(status.state(), state);
}

void TestCaseLedger::stateInPeriod_data()
{
    QTest::addColumn<QDate>("accepted");
    QTest::addColumn<CaseEventList>("events");
    QTest::addColumn<int>("months"); // of statistical year 2021: 01/10/2020 … 30/09/2021 for 12
    QTest::addColumn<MaybeState>("state");
    const MaybeState notCounted;

    QTest::newRow("accepted after the end") << d(1, 10) << CaseEventList{} << 12 << notCounted;
    QTest::newRow("accepted on the last day") << d(30, 9) << CaseEventList{} << 12 << MaybeState(CaseState::InProgress);
    QTest::newRow("accepted on the first day") << d(1, 10, 2020) << CaseEventList{} << 12
                                               << MaybeState(CaseState::InProgress);
    QTest::newRow("carried over") << d(30, 9, 2020) << CaseEventList{ev(1, VerifiedUnable, d(30, 9, 2020))} << 12
                                  << MaybeState(CaseState::WithoutConditions);
    QTest::newRow("ended the day before the start")
        << d(1, 6, 2020) << CaseEventList{ev(1, Terminated, d(30, 9, 2020))} << 12 << notCounted;
    QTest::newRow("ended on the first day")
        << d(1, 6, 2020) << CaseEventList{ev(1, Terminated, d(1, 10, 2020))} << 12
        << MaybeState(CaseState::Terminated);
    QTest::newRow("completed on the last day")
        << d(1, 3) << CaseEventList{ev(1, Payment, d(1, 4), kDue), ev(2, Completed, d(30, 9))} << 12
        << MaybeState(CaseState::Completed);
    QTest::newRow("completed after the end")
        << d(1, 3) << CaseEventList{ev(1, Payment, d(1, 4), kDue), ev(2, Completed, d(1, 10))} << 12
        << MaybeState(CaseState::InProgress);
    QTest::newRow("entrusted inside") << d(1, 3) << CaseEventList{ev(1, Entrusted, d(1, 4))} << 12
                                      << MaybeState(CaseState::Entrusted);
    QTest::newRow("withdrawn inside") << d(1, 3) << CaseEventList{ev(1, Withdrawn, d(1, 4))} << 12
                                      << MaybeState(CaseState::Withdrawn);
    QTest::newRow("held since the year before") << d(1, 6, 2020) << CaseEventList{ev(1, Suspended, d(1, 7, 2020))}
                                                << 12 << MaybeState(CaseState::Suspended);
    QTest::newRow("terminal before the start voided")
        << d(1, 6, 2020) << CaseEventList{ev(1, Terminated, d(1, 7, 2020)), correction(2, 1, d(1, 11, 2020))} << 12
        << MaybeState(CaseState::InProgress);
    QTest::newRow("9 months: completed on 30/06")
        << d(1, 3) << CaseEventList{ev(1, Payment, d(1, 4), kDue), ev(2, Completed, d(30, 6))} << 9
        << MaybeState(CaseState::Completed);
    QTest::newRow("9 months: completed on 01/07")
        << d(1, 3) << CaseEventList{ev(1, Payment, d(1, 4), kDue), ev(2, Completed, d(1, 7))} << 9
        << MaybeState(CaseState::InProgress);
    QTest::newRow("9 months: accepted on 01/07") << d(1, 7) << CaseEventList{} << 9 << notCounted;
}

void TestCaseLedger::stateInPeriod()
{
    QFETCH(QDate, accepted);
    QFETCH(CaseEventList, events);
    QFETCH(int, months);
    QFETCH(MaybeState, state);
    const CaseLedger ledger(accepted, kDue, events);
    QVERIFY(!ledger.check(d(31, 12)));
    QCOMPARE(ledger.stateIn(StatisticalPeriod::months(2021, months)), state);
}

void TestCaseLedger::allowedNext_data()
{
    QTest::addColumn<qint64>("due");
    QTest::addColumn<CaseEventList>("events");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<EventType>>("allowed");

    QTest::newRow("fresh case with money due")
        << kDue << CaseEventList{} << d(1, 3)
        << QList<EventType>{VerifiedAble, VerifiedUnable, Postponed, Suspended, HeldOther, Payment, Reduction,
                            Terminated, Entrusted, Withdrawn};
    QTest::newRow("fresh non-money case")
        << qint64(0) << CaseEventList{} << d(1, 3)
        << QList<EventType>{VerifiedAble, VerifiedUnable, Postponed, Suspended, HeldOther, Completed, Terminated,
                            Entrusted, Withdrawn};
    QTest::newRow("on hold") << kDue << CaseEventList{ev(1, Postponed, d(1, 3))} << d(2, 3)
                             << QList<EventType>{VerifiedAble, VerifiedUnable, Resumed, Payment, Reduction,
                                                 Terminated, Entrusted, Withdrawn, Correction};
    QTest::newRow("paid in full") << kDue << CaseEventList{ev(1, Payment, d(1, 3), kDue)} << d(2, 3)
                                  << QList<EventType>{VerifiedAble, VerifiedUnable, Postponed, Suspended, HeldOther,
                                                      Completed, Terminated, Entrusted, Withdrawn, Correction};
    QTest::newRow("closed") << kDue << CaseEventList{ev(1, Terminated, d(1, 3))} << d(2, 3)
                            << QList<EventType>{Correction};
    // Dated before a full payment and a completion: nothing that would break them.
    QTest::newRow("back-dated before a completion")
        << kDue << CaseEventList{ev(1, Payment, d(1, 3), kDue), ev(2, Completed, d(1, 4))} << d(15, 2)
        // no Correction: on 15/02 no event in force is old enough to be voided
        << QList<EventType>{VerifiedAble, VerifiedUnable, Postponed, Suspended, HeldOther};
    QTest::newRow("dated after today") << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3))} << d(1, 10)
                                       << QList<EventType>{};
    QTest::newRow("dated before acceptance") << kDue << CaseEventList{ev(1, VerifiedAble, d(1, 3))} << d(14, 1)
                                             << QList<EventType>{};
}

void TestCaseLedger::allowedNext()
{
    QFETCH(qint64, due);
    QFETCH(CaseEventList, events);
    QFETCH(QDate, date);
    QFETCH(QList<EventType>, allowed);
    const CaseLedger ledger(kAccepted, due, events);
    QVERIFY(!ledger.check(kToday));
    QCOMPARE(ledger.allowedNext(date, kToday), allowed);
}

void TestCaseLedger::withAppendsLastAndLeavesOriginal()
{
    const CaseLedger ledger(kAccepted, kDue, {ev(1, Postponed, d(1, 3))});
    const CaseLedger next = ledger.with(ev(2, Resumed, d(1, 3)));
    QCOMPARE(ledger.events().size(), 1);
    QCOMPARE(next.events().size(), 2);
    QCOMPARE(next.events().last().type, Resumed);
    QCOMPARE(next.acceptedDate(), kAccepted);
    QCOMPARE(next.amountDue(), kDue);
    QVERIFY(!next.current().isOnHold());
}

QTEST_GUILESS_MAIN(TestCaseLedger)
#include "tst_caseledger.moc"
