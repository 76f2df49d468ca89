#include "DemoCaseFactory.h"

namespace {
struct KindShare
{
    CaseKind kind;
    int share; // of 10 000
    const char *judgmentCode;
};

constexpr KindShare kKindShares[] = {
    {CaseKind::HinhSu, 4500, "HS-ST"},         {CaseKind::DanSu, 3200, "DS-ST"},
    {CaseKind::HonNhanGiaDinh, 1200, "HNGĐ-ST"}, {CaseKind::KinhDoanhThuongMai, 400, "KDTM-ST"},
    {CaseKind::HanhChinh, 150, "HC-ST"},       {CaseKind::LaoDong, 150, "LĐ-ST"},
    {CaseKind::PhaSan, 30, "QĐ-PS"},           {CaseKind::TrongTai, 20, "PQTT"},
    {CaseKind::Khac, 350, "QĐ-XPHC"},
};

const char *const kNonMoney[] = {
    "Buộc trả lại quyền sử dụng 320 m² đất ở",
    "Giao con chung cho người được thi hành án trực tiếp nuôi dưỡng",
    "Buộc tháo dỡ công trình xây dựng lấn chiếm",
    "Buộc giao trả 01 xe mô tô",
    "Chia tài sản chung bằng hiện vật",
};
} // namespace

DemoCaseFactory::DemoCaseFactory(const DemoSpec &spec, DemoRandom &random) : m_spec(spec), m_random(random)
{
}

QString DemoCaseFactory::person(bool *female)
{
    const bool isFemale = m_random.chance(4200);
    if (female)
        *female = isFemale;
    return QStringLiteral("%1 %2 %3")
        .arg(m_random.pick(m_spec.familyNames),
             m_random.pick(isFemale ? m_spec.femaleMiddle : m_spec.maleMiddle),
             m_random.pick(isFemale ? m_spec.femaleGiven : m_spec.maleGiven));
}

QString DemoCaseFactory::address(const DemoSpec::UnitSpec &unit)
{
    const QString commune = m_random.pick(unit.communes);
    // The provincial department's communes already name their district.
    const QString tail = commune.contains(QLatin1Char(',')) ? commune : commune + QStringLiteral(", ") + unit.place;
    return QStringLiteral("%1, %2, tỉnh Sơn La").arg(m_random.pick(m_spec.villages), tail).replace(
        QStringLiteral(", tỉnh Sơn La, tỉnh Sơn La"), QStringLiteral(", tỉnh Sơn La"));
}

QString DemoCaseFactory::idNumber(bool female)
{
    // Citizen ID: province code 014 (Sơn La), sex and century, birth year, serial.
    const int birthYear = static_cast<int>(m_random.between(1955, 2000));
    return QStringLiteral("014%1%2%3")
        .arg(female ? 1 : 0)
        .arg(birthYear % 100, 2, 10, QLatin1Char('0'))
        .arg(m_random.below(1000000), 6, 10, QLatin1Char('0'));
}

QString DemoCaseFactory::decisionNo(const DemoSpec::UnitSpec &unit)
{
    const int number = ++m_nextDecision[unit.code];
    return QStringLiteral("%1/QĐ-%2").arg(number).arg(unit.code == QLatin1String("CUC") ? QStringLiteral("CTHADS")
                                                                                          : QStringLiteral("CCTHADS"));
}

QString DemoCaseFactory::executor(const DemoSpec::UnitSpec &unit)
{
    QStringList &names = m_executors[unit.code];
    while (names.size() < unit.executors) {
        const QString name = person();
        if (!names.contains(name))
            names << name;
    }
    return m_random.pick(names);
}

void DemoCaseFactory::fillJudgment(EnforcementCase *c, const DemoSpec::UnitSpec &unit, const QString &code)
{
    c->judgmentDate = c->decisionDate.addDays(-m_random.between(15, 120));
    const int year = c->judgmentDate.year();
    const bool appeal = m_random.chance(900);
    c->judgmentNo = QStringLiteral("%1/%2/%3")
                        .arg(++m_nextJudgment[year] % 400 + 1, 2, 10, QLatin1Char('0'))
                        .arg(year)
                        .arg(appeal ? QString(code).replace(QStringLiteral("-ST"), QStringLiteral("-PT")) : code);
    if (c->kind == CaseKind::TrongTai)
        c->court = QStringLiteral("Trung tâm Trọng tài Quốc tế Việt Nam");
    else if (appeal)
        c->court = unit.code == QLatin1String("CUC") ? QStringLiteral("Tòa án nhân dân cấp cao tại Hà Nội")
                                                     : QStringLiteral("Tòa án nhân dân tỉnh Sơn La");
    else
        c->court = unit.court;
}

qint64 DemoCaseFactory::amountFor(CaseKind kind, QString *obligation)
{
    const auto nonMoney = [&](int perTenThousand) {
        if (!m_random.chance(perTenThousand))
            return false;
        *obligation = QString::fromUtf8(kNonMoney[m_random.below(std::size(kNonMoney))]);
        return true;
    };
    const int tier = static_cast<int>(m_random.below(100));
    switch (kind) {
    case CaseKind::HinhSu:
        if (tier < 70)
            return m_random.logBetween(200'000, 15'000'000, 1000);
        return tier < 96 ? m_random.logBetween(15'000'000, 300'000'000, 1000)
                         : m_random.logBetween(300'000'000, 2'500'000'000, 1000);
    case CaseKind::DanSu:
        if (nonMoney(400))
            return 0;
        if (tier < 62)
            return m_random.logBetween(5'000'000, 150'000'000, 1000);
        return tier < 94 ? m_random.logBetween(150'000'000, 900'000'000, 1000)
                         : m_random.logBetween(900'000'000, 4'000'000'000, 1);
    case CaseKind::HonNhanGiaDinh:
        if (nonMoney(2500))
            return 0;
        return m_random.logBetween(1'500'000, 250'000'000, 1000);
    case CaseKind::KinhDoanhThuongMai:
        return m_random.logBetween(150'000'000, 6'000'000'000, 1);
    case CaseKind::HanhChinh:
        if (nonMoney(5000))
            return 0;
        return m_random.logBetween(5'000'000, 100'000'000, 1000);
    case CaseKind::LaoDong:
        return m_random.logBetween(10'000'000, 200'000'000, 1000);
    case CaseKind::PhaSan:
        return m_random.logBetween(500'000'000, 5'000'000'000, 1);
    case CaseKind::TrongTai:
        return m_random.logBetween(100'000'000, 2'000'000'000, 1);
    case CaseKind::Khac:
        return m_random.logBetween(1'000'000, 50'000'000, 1000);
    }
    return 0;
}

EnforcementCase DemoCaseFactory::make(const DemoSpec::UnitSpec &unit, qint64 unitId, QDate accepted)
{
    EnforcementCase c;
    c.unitId = unitId;
    c.decisionNo = decisionNo(unit);
    c.decisionDate = accepted;
    int roll = static_cast<int>(m_random.below(10000));
    const KindShare *share = &kKindShares[0];
    for (const KindShare &s : kKindShares) {
        share = &s;
        if (roll < s.share)
            break;
        roll -= s.share;
    }
    c.kind = share->kind;
    fillJudgment(&c, unit, QString::fromUtf8(share->judgmentCode));
    c.executor = executor(unit);
    bool female = false;
    c.obligorName = person(&female);
    c.obligorAddress = address(unit);
    if (m_random.chance(7000))
        c.obligorIdNumber = idNumber(female);
    c.amountDue = amountFor(c.kind, &c.obligation);
    const bool ownMotion = c.kind == CaseKind::HinhSu ? m_random.chance(8500) : m_random.chance(2500);
    c.mode = ownMotion ? EnforcementMode::ChuDong : EnforcementMode::TheoDon;
    if (c.kind == CaseKind::KinhDoanhThuongMai || c.kind == CaseKind::PhaSan || c.kind == CaseKind::TrongTai) {
        c.obligeeName = m_random.pick(m_spec.companies);
        c.obligorName = QStringLiteral("Công ty TNHH %1").arg(c.obligorName.section(QLatin1Char(' '), -1));
        c.obligorIdNumber.clear();
    } else if (ownMotion && c.kind == CaseKind::HinhSu) {
        c.obligeeName = m_spec.stateObligee; // fines and court fees go to the State budget
    } else {
        bool obligeeFemale = false;
        c.obligeeName = person(&obligeeFemale);
        c.obligeeAddress = address(unit);
        if (m_random.chance(5000))
            c.obligeeIdNumber = idNumber(obligeeFemale);
    }
    if (c.amountDue == 0 && c.obligation.isEmpty())
        c.obligation = QString::fromUtf8(kNonMoney[0]);
    return c;
}

EnforcementCase DemoCaseFactory::makeBankCase(const DemoSpec::UnitSpec &unit, qint64 unitId, QDate accepted,
                                              qint64 amount)
{
    EnforcementCase c = make(unit, unitId, accepted);
    c.kind = CaseKind::KinhDoanhThuongMai;
    c.mode = EnforcementMode::TheoDon;
    c.obligeeName = m_spec.companies.first();
    c.obligeeAddress.clear();
    c.obligeeIdNumber.clear();
    c.obligorName = QStringLiteral("Công ty Cổ phần Thủy điện %1").arg(m_random.pick(unit.communes).section(
        QLatin1Char(' '), 1).section(QLatin1Char(','), 0, 0));
    c.obligorIdNumber.clear();
    c.amountDue = amount;
    c.obligation.clear();
    fillJudgment(&c, unit, QStringLiteral("KDTM-ST"));
    return c;
}

QString DemoCaseFactory::noteFor(EventType type)
{
    static const QHash<EventType, QStringList> notes{
        {EventType::VerifiedAble, {QStringLiteral("Xác minh có tài sản, thu nhập"), QStringLiteral("Có điều kiện thi hành")}},
        {EventType::VerifiedUnable, {QStringLiteral("Không có tài sản, thu nhập"), QStringLiteral("Đang chấp hành án phạt tù"),
                                     QStringLiteral("Không xác định được địa chỉ")}},
        {EventType::Postponed, {QStringLiteral("Người phải thi hành án ốm nặng"), QStringLiteral("Đương sự đề nghị hoãn"),
                                QStringLiteral("Tòa án đề nghị hoãn để xem xét giám đốc thẩm")}},
        {EventType::Suspended, {QStringLiteral("Có kháng nghị giám đốc thẩm"),
                                QStringLiteral("Tòa án thụ lý đơn yêu cầu mở thủ tục phá sản")}},
        {EventType::HeldOther, {QStringLiteral("Chờ Tòa án giải thích bản án"), QStringLiteral("Đang xác định phần tài sản chung")}},
        {EventType::Resumed, {QStringLiteral("Hết thời hạn hoãn"), QStringLiteral("Căn cứ hoãn không còn")}},
        {EventType::Payment, {QStringLiteral("Nộp tiền tại trụ sở"), QStringLiteral("Khấu trừ tiền lương"),
                              QStringLiteral("Bán đấu giá tài sản kê biên"), QStringLiteral("Tự nguyện thi hành")}},
        {EventType::Reduction, {QStringLiteral("Miễn, giảm theo quyết định của Tòa án")}},
        {EventType::Terminated, {QStringLiteral("Người phải thi hành án chết không để lại tài sản"),
                                 QStringLiteral("Đương sự thỏa thuận không yêu cầu thi hành")}},
        {EventType::Entrusted, {QStringLiteral("Người phải thi hành án chuyển nơi cư trú")}},
        {EventType::Withdrawn, {QStringLiteral("Quyết định thi hành án ban hành không đúng thẩm quyền")}},
    };
    const QStringList list = notes.value(type);
    return list.isEmpty() ? QString() : m_random.pick(list);
}
