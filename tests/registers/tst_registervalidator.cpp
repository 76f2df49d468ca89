// The field rules of each register form (complaints, reception, coercion,
// awards): every problem names its field (key and label) and its rule; a
// valid entry has none. And the percent input of the targets editor.
#include "PercentInput.h"
#include "RegisterValidator.h"

#include <QTest>

#include <functional>

namespace {
const QDate kToday(2026, 11, 25);

Complaint validComplaint()
{
    Complaint c;
    c.unitId = 2;
    c.receivedDate = QDate(2021, 3, 1);
    c.petitioner = QStringLiteral("Lò Văn Hùng");
    c.subject = QStringLiteral("Khiếu nại quyết định kê biên");
    c.result = ComplaintResult::Rejected;
    c.settledDate = QDate(2021, 4, 1);
    return c;
}

Reception validReception()
{
    Reception r;
    r.unitId = 2;
    r.date = QDate(2021, 3, 1);
    r.receiverName = QStringLiteral("Cầm Thị Mai");
    r.people = 2;
    r.subject = QStringLiteral("Hỏi về tiến độ thi hành án");
    return r;
}

Coercion validCoercion()
{
    Coercion c;
    c.unitId = 2;
    c.caseId = 7;
    c.date = QDate(2021, 3, 1);
    c.police = 10;
    return c;
}

Award validAward()
{
    Award a;
    a.unitId = 2;
    a.year = 2021;
    a.recipientName = QStringLiteral("Quàng Văn Sơn");
    a.decisionNo = QStringLiteral("312/QĐ-CTHADS");
    a.decisionDate = QDate(2021, 10, 15);
    return a;
}

using Check = std::function<FieldProblems()>;
} // namespace

Q_DECLARE_METATYPE(Check)

class TestRegisterValidator : public QObject
{
    Q_OBJECT

private slots:
    void validEntries();
    void problems_data();
    void problems();
    void percent_data();
    void percent();
};

void TestRegisterValidator::validEntries()
{
    QVERIFY(RegisterValidator::validate(validComplaint(), kToday).isEmpty());
    Complaint open = validComplaint();
    open.result = ComplaintResult::InProgress;
    open.settledDate = {};
    QVERIFY(RegisterValidator::validate(open, kToday).isEmpty());
    QVERIFY(RegisterValidator::validate(validReception(), kToday).isEmpty());
    Coercion noForces = validCoercion();
    noForces.police = 0; // a deduction from an account mobilises nobody
    QVERIFY(RegisterValidator::validate(noForces, kToday).isEmpty());
    QVERIFY(RegisterValidator::validate(validAward(), kToday).isEmpty());
    Award firstDay = validAward();
    firstDay.decisionDate = QDate(2020, 10, 1);
    QVERIFY(RegisterValidator::validate(firstDay, kToday).isEmpty());
}

void TestRegisterValidator::problems_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // the whole message, in English

    const auto complaint = [](std::function<void(Complaint &)> change) {
        return Check([change] {
            Complaint c = validComplaint();
            change(c);
            return RegisterValidator::validate(c, kToday);
        });
    };
    QTest::newRow("complaint: no unit") << complaint([](Complaint &c) { c.unitId = 0; }) << "unit"
                                        << "Unit: required.";
    QTest::newRow("complaint: no date") << complaint([](Complaint &c) { c.receivedDate = {}; }) << "received_date"
                                        << "Received on: required.";
    QTest::newRow("complaint: received tomorrow")
        << complaint([](Complaint &c) {
               c.receivedDate = kToday.addDays(1);
               c.result = ComplaintResult::InProgress;
               c.settledDate = {};
           })
        << "received_date" << "Received on: must not be after today (25/11/2026).";
    QTest::newRow("complaint: blank petitioner") << complaint([](Complaint &c) { c.petitioner = QStringLiteral("  "); })
                                                 << "petitioner" << "Petitioner: required.";
    QTest::newRow("complaint: no subject") << complaint([](Complaint &c) { c.subject.clear(); }) << "subject"
                                           << "Subject: required.";
    QTest::newRow("complaint: subject too long")
        << complaint([](Complaint &c) { c.subject = QString(501, QLatin1Char('x')); }) << "subject"
        << "Subject: at most 500 characters.";
    QTest::newRow("complaint: settled without a date") << complaint([](Complaint &c) { c.settledDate = {}; })
                                                       << "settled_date" << "Settled on: required.";
    QTest::newRow("complaint: withdrawn without a date")
        << complaint([](Complaint &c) { c.result = ComplaintResult::Withdrawn; c.settledDate = {}; }) << "settled_date"
        << "Settled on: required.";
    QTest::newRow("complaint: settled before received")
        << complaint([](Complaint &c) { c.settledDate = QDate(2021, 2, 28); }) << "settled_date"
        << "Settled on: must not be before the date received (01/03/2021).";
    QTest::newRow("complaint: settled in the future")
        << complaint([](Complaint &c) { c.settledDate = kToday.addDays(3); }) << "settled_date"
        << "Settled on: must not be after today (25/11/2026).";
    QTest::newRow("complaint: in progress with a date")
        << complaint([](Complaint &c) { c.result = ComplaintResult::InProgress; }) << "settled_date"
        << "Settled on: must be empty while the petition is in progress.";

    const auto reception = [](std::function<void(Reception &)> change) {
        return Check([change] {
            Reception r = validReception();
            change(r);
            return RegisterValidator::validate(r, kToday);
        });
    };
    QTest::newRow("reception: no date") << reception([](Reception &r) { r.date = {}; }) << "date" << "Date: required.";
    QTest::newRow("reception: tomorrow") << reception([](Reception &r) { r.date = kToday.addDays(1); }) << "date"
                                         << "Date: must not be after today (25/11/2026).";
    QTest::newRow("reception: no receiver") << reception([](Reception &r) { r.receiverName.clear(); })
                                            << "receiver_name" << "Receiver's name: required.";
    QTest::newRow("reception: nobody came") << reception([](Reception &r) { r.people = 0; }) << "people"
                                            << "Number of people: must be a whole number from 1 to 1.000.";
    QTest::newRow("reception: a crowd beyond reason") << reception([](Reception &r) { r.people = 1001; }) << "people"
                                                      << "Number of people: must be a whole number from 1 to 1.000.";
    QTest::newRow("reception: no subject") << reception([](Reception &r) { r.subject.clear(); }) << "subject"
                                           << "Subject: required.";

    const auto coercion = [](std::function<void(Coercion &)> change) {
        return Check([change] {
            Coercion c = validCoercion();
            change(c);
            return RegisterValidator::validate(c, kToday);
        });
    };
    QTest::newRow("coercion: no case") << coercion([](Coercion &c) { c.caseId = 0; }) << "case"
                                       << "Case (decision number): required.";
    QTest::newRow("coercion: no date") << coercion([](Coercion &c) { c.date = {}; }) << "date" << "Date: required.";
    QTest::newRow("coercion: negative police") << coercion([](Coercion &c) { c.police = -1; }) << "police"
                                               << "Police: must be a whole number from 0 to 10.000.";
    QTest::newRow("coercion: too many commune forces") << coercion([](Coercion &c) { c.commune = 10001; }) << "commune"
                                                       << "Commune forces: must be a whole number from 0 to 10.000.";
    QTest::newRow("coercion: negative other forces") << coercion([](Coercion &c) { c.otherForces = -3; })
                                                     << "other_forces"
                                                     << "Other forces: must be a whole number from 0 to 10.000.";

    const auto award = [](std::function<void(Award &)> change) {
        return Check([change] {
            Award a = validAward();
            change(a);
            return RegisterValidator::validate(a, kToday);
        });
    };
    QTest::newRow("award: year too early") << award([](Award &a) { a.year = 1989; }) << "year"
                                           << "Year: must be a year from 1990 to 2027.";
    QTest::newRow("award: year not begun") << award([](Award &a) { a.year = 2028; }) << "year"
                                           << "Year: must be a year from 1990 to 2027.";
    QTest::newRow("award: no recipient") << award([](Award &a) { a.recipientName.clear(); }) << "recipient_name"
                                         << "Recipient: required.";
    QTest::newRow("award: no decision number") << award([](Award &a) { a.decisionNo.clear(); }) << "decision_no"
                                               << "Decision number: required.";
    QTest::newRow("award: no decision date") << award([](Award &a) { a.decisionDate = {}; }) << "decision_date"
                                             << "Decision date: required.";
    QTest::newRow("award: decided before its year")
        << award([](Award &a) { a.decisionDate = QDate(2020, 9, 30); }) << "decision_date"
        << "Decision date: must not be before the start of the year it rewards (01/10/2020).";
}

void TestRegisterValidator::problems()
{
    QFETCH(Check, check);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const FieldProblems found = check();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, field);
    QCOMPARE(found.first().message, message);
    // The key names a known field, whose label starts the message.
    RegisterField named;
    QVERIFY(RegisterFields::fromKey(field, &named));
    QVERIFY(message.startsWith(RegisterFields::label(named) + QLatin1Char(':')));
}

void TestRegisterValidator::percent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("result"); // PercentInput::Result
    QTest::addColumn<int>("hundredths");
    const int ok = int(PercentInput::Result::Ok), empty = int(PercentInput::Result::Empty),
              invalid = int(PercentInput::Result::Invalid);
    QTest::newRow("comma") << "82,50" << ok << 8250;
    QTest::newRow("dot") << "82.5" << ok << 8250;
    QTest::newRow("one decimal comma") << "82,5" << ok << 8250;
    QTest::newRow("whole") << "83" << ok << 8300;
    QTest::newRow("with percent sign") << "85,42 %" << ok << 8542;
    QTest::newRow("zero") << "0" << ok << 0;
    QTest::newRow("hundred") << "100" << ok << 10000;
    QTest::newRow("hundred with zeros") << "100,00" << ok << 10000;
    QTest::newRow("empty") << "" << empty << 0;
    QTest::newRow("blank") << "   " << empty << 0;
    QTest::newRow("over 100") << "100,01" << invalid << 0;
    QTest::newRow("three decimals") << "82,505" << invalid << 0;
    QTest::newRow("negative") << "-1" << invalid << 0;
    QTest::newRow("words") << "tám mươi" << invalid << 0;
    QTest::newRow("thousands separator") << "1.000" << invalid << 0;
}

void TestRegisterValidator::percent()
{
    QFETCH(QString, text);
    QFETCH(int, result);
    QFETCH(int, hundredths);
    Rates::Hundredths value = 0;
    QCOMPARE(int(PercentInput::parse(text, &value)), result);
    if (result == int(PercentInput::Result::Ok))
        QCOMPARE(value, hundredths);
}

QTEST_GUILESS_MAIN(TestRegisterValidator)
#include "tst_registervalidator.moc"
