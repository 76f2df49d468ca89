#include "SyntheticCases.h"

#include "CaseRepository.h"
#include "UnitRepository.h"

#include <random>

bool SyntheticCases::generate(const Session &session, int count, quint64 seed, QString *error)
{
    static const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Lò"), QStringLiteral("Cầm"),
                                    QStringLiteral("Quàng"), QStringLiteral("Lường"), QStringLiteral("Đinh"),
                                    QStringLiteral("Trần"), QStringLiteral("Hà")};
    static const QStringList middle{QStringLiteral("Văn"), QStringLiteral("Thị"), QStringLiteral("Đức")};
    static const QStringList given{QStringLiteral("Hùng"), QStringLiteral("Lan"), QStringLiteral("Sơn"),
                                   QStringLiteral("Đạt"), QStringLiteral("Mai"), QStringLiteral("Thắng")};
    const UnitList units = UnitRepository(session.sql()).all();
    std::mt19937_64 random(seed);
    const auto pick = [&random](const QStringList &list) { return list.at(int(random() % list.size())); };
    const QDate first(2018, 10, 1);
    const QDate last = std::min(session.clock().today(), QDate(2022, 9, 30));
    const int span = int(first.daysTo(last));
    CaseRepository repository(session);
    QList<CaseRecord> batch;
    for (int n = 0; n < count; ++n) {
        CaseRecord record;
        EnforcementCase &c = record.enforcementCase;
        const Unit &unit = units.at(int(random() % units.size()));
        c.unitId = unit.id;
        c.decisionNo = QStringLiteral("%1/QĐ-%2").arg(n + 1).arg(unit.code);
        c.decisionDate = first.addDays(qint64(random() % span));
        c.judgmentNo = QStringLiteral("%1/2020/DS-ST").arg(n % 500 + 1);
        c.judgmentDate = c.decisionDate.addDays(-30);
        c.court = QStringLiteral("Tòa án nhân dân tỉnh Sơn La");
        c.executor = QStringLiteral("%1 %2 %3").arg(pick(family), pick(middle), pick(given));
        c.obligorName = QStringLiteral("%1 %2 %3").arg(pick(family), pick(middle), pick(given));
        c.obligeeName = QStringLiteral("%1 %2 %3").arg(pick(family), pick(middle), pick(given));
        c.kind = static_cast<CaseKind>(random() % 9);
        c.mode = random() % 2 ? EnforcementMode::ChuDong : EnforcementMode::TheoDon;
        c.amountDue = qint64(random() % 1'000'000) * 1000;
        if (c.amountDue == 0)
            c.obligation = QStringLiteral("Giao trả tài sản");
        const QDate later = std::min(last, c.decisionDate.addDays(60));
        switch (random() % 4) {
        case 0: // verified unable
            record.events << CaseEvent{0, EventType::VerifiedUnable, later, 0, {}, 0, {}, {}};
            break;
        case 1: // paid and completed
            if (c.amountDue > 0)
                record.events << CaseEvent{0, EventType::Payment, later, c.amountDue, {}, 0, {}, {}};
            record.events << CaseEvent{0, EventType::Completed, later, 0, {}, 0, {}, {}};
            break;
        case 2: // on hold
            record.events << CaseEvent{0, EventType::Postponed, later, 0, {}, 0, {}, {}};
            break;
        default: // in progress
            break;
        }
        batch << record;
        if (batch.size() == 10000 || n + 1 == count) {
            const WriteResult result = repository.createMany(batch);
            if (!result.ok()) {
                *error = result.message();
                return false;
            }
            batch.clear();
        }
    }
    return true;
}
