#include "AuditText.h"

#include "CaseField.h"
#include "CaseKind.h"
#include "CaseState.h"
#include "EventType.h"
#include "Format.h"
#include "RegisterField.h"
#include "RegisterGrid.h"
#include "RegisterKinds.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {
QJsonObject parsed(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// A stored key as its enum's translated name, or the key when it is none of them.
template<typename Enum, typename FromKey, typename Name>
QString named(const QString &key, FromKey fromKey, Name name)
{
    Enum value;
    return fromKey(key, &value) ? name(value) : key;
}

// A case's and an event's fields in the order their forms show them; other tables as stored.
QStringList ordered(const QString &entity, QStringList keys)
{
    static const QStringList cases = {
        QStringLiteral("unit_id"), QStringLiteral("decision_no"), QStringLiteral("decision_date"),
        QStringLiteral("mode"), QStringLiteral("kind"), QStringLiteral("judgment_no"), QStringLiteral("judgment_date"),
        QStringLiteral("court"), QStringLiteral("obligor_name"), QStringLiteral("obligee_name"),
        QStringLiteral("executor"), QStringLiteral("amount_due"), QStringLiteral("obligation"),
        QStringLiteral("obligor_address"), QStringLiteral("obligor_id"), QStringLiteral("obligee_address"),
        QStringLiteral("obligee_id"), QStringLiteral("state"), QStringLiteral("amount_paid"),
        QStringLiteral("amount_remaining"), QStringLiteral("closed_date")};
    static const QStringList events = {QStringLiteral("case_id"), QStringLiteral("type"), QStringLiteral("date"),
                                       QStringLiteral("amount"), QStringLiteral("note"),
                                       QStringLiteral("corrects_event_id"), QStringLiteral("voided_by"),
                                       QStringLiteral("seq")};
    const QStringList &order = entity == QLatin1String("cases") ? cases
        : entity == QLatin1String("case_events")                ? events
                                                                : QStringList();
    if (order.isEmpty())
        return keys;
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &key) {
            const qsizetype i = order.indexOf(key);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    return keys;
}

const QStringList kRegisterTables = {QStringLiteral("complaints"), QStringLiteral("receptions"),
                                     QStringLiteral("coercions"), QStringLiteral("awards")};
} // namespace

QString AuditText::action(const QString &key)
{
    if (key == QLatin1String("insert"))
        return tr("Added");
    if (key == QLatin1String("update"))
        return tr("Changed");
    if (key == QLatin1String("delete"))
        return tr("Deleted");
    return key;
}

QString AuditText::table(const QString &entity)
{
    static const std::pair<const char *, RegisterKind> registers[] = {
        {"complaints", RegisterKind::Complaints}, {"receptions", RegisterKind::Reception},
        {"coercions", RegisterKind::Coercion},    {"awards", RegisterKind::Awards}};
    for (const auto &[name, kind] : registers) {
        if (entity == QLatin1String(name))
            return Registers::displayName(kind);
    }
    if (entity == QLatin1String("cases"))
        return tr("Cases");
    if (entity == QLatin1String("case_events"))
        return tr("Case events");
    if (entity == QLatin1String("targets"))
        return tr("Targets");
    if (entity == QLatin1String("target_decisions"))
        return tr("Target decisions");
    if (entity == QLatin1String("units"))
        return tr("Units");
    if (entity == QLatin1String("users"))
        return tr("Users");
    if (entity == QLatin1String("period_locks"))
        return tr("Period locks");
    return entity;
}

QString AuditText::field(const QString &entity, const QString &key)
{
    if (key == QLatin1String("unit_id"))
        return CaseFields::label(CaseField::Unit);
    if (key == QLatin1String("case_id"))
        return tr("Case");
    if (entity == QLatin1String("cases")) {
        CaseField f;
        if (key == QLatin1String("obligor_name"))
            return CaseFields::label(CaseField::Obligor);
        if (key == QLatin1String("obligee_name"))
            return CaseFields::label(CaseField::Obligee);
        if (CaseFields::fromKey(key, &f))
            return CaseFields::label(f);
        if (key == QLatin1String("state"))
            return tr("State");
        if (key == QLatin1String("amount_paid"))
            return tr("Collected");
        if (key == QLatin1String("amount_remaining"))
            return tr("Remaining");
        if (key == QLatin1String("closed_date"))
            return tr("Closed on");
    } else if (entity == QLatin1String("case_events")) {
        if (key == QLatin1String("type"))
            return tr("Event");
        if (key == QLatin1String("date"))
            return tr("Date");
        if (key == QLatin1String("seq"))
            return tr("Order");
        if (key == QLatin1String("amount"))
            return tr("Amount");
        if (key == QLatin1String("note"))
            return tr("Note");
        if (key == QLatin1String("corrects_event_id"))
            return tr("Corrects event");
        if (key == QLatin1String("voided_by"))
            return tr("Voided by event");
    } else if (entity == QLatin1String("targets")) {
        if (key == QLatin1String("year"))
            return tr("Year");
        if (key == QLatin1String("case_target"))
            return tr("Target (cases)");
        if (key == QLatin1String("money_target"))
            return tr("Target (money)");
        if (key == QLatin1String("decision_id"))
            return tr("Decision");
    } else if (entity == QLatin1String("target_decisions")) {
        if (key == QLatin1String("year"))
            return tr("Year");
        if (key == QLatin1String("number"))
            return tr("Decision number");
        if (key == QLatin1String("decided_on"))
            return tr("Decision date");
        if (key == QLatin1String("issuer"))
            return tr("Issued by");
        if (key == QLatin1String("effective_from"))
            return tr("In force from");
    } else if (entity == QLatin1String("units")) {
        if (key == QLatin1String("code"))
            return tr("Code");
        if (key == QLatin1String("name_vi"))
            return tr("Name");
    } else if (kRegisterTables.contains(entity)) {
        RegisterField f;
        if (key == QLatin1String("reception_date") || key == QLatin1String("operation_date"))
            return RegisterFields::label(RegisterField::Date);
        if (key == QLatin1String("complaint_id"))
            return RegisterFields::label(RegisterField::Complaint);
        if (key == QLatin1String("repeated"))
            return tr("Repeated");
        if (key == QLatin1String("crowd"))
            return tr("Crowd");
        if (key == QLatin1String("beyond_level"))
            return tr("Beyond level");
        if (RegisterFields::fromKey(key, &f))
            return RegisterFields::label(f);
    }
    return key;
}

QString AuditText::value(const QString &entity, const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (key == QLatin1String("unit_id")) {
        const QString name = unitName(value.toInteger());
        return name.isEmpty() ? QString::number(value.toInteger()) : name;
    }
    if (key.endsWith(QLatin1String("date")) && value.isString()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? Format::date(date) : value.toString();
    }
    if (key.startsWith(QLatin1String("amount")) && value.isDouble())
        return Format::money(value.toInteger());
    if (key.endsWith(QLatin1String("_target")) && value.isDouble())
        return Format::percent(Rates::Hundredths(value.toInteger()));
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (!value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact));
    const QString text = value.toString();
    if (entity == QLatin1String("cases")) {
        if (key == QLatin1String("kind"))
            return named<CaseKind>(text, CaseKinds::fromKey, CaseKinds::displayName);
        if (key == QLatin1String("mode"))
            return named<EnforcementMode>(text, EnforcementModes::fromKey, EnforcementModes::displayName);
        if (key == QLatin1String("state"))
            return named<CaseState>(text, CaseStates::fromKey, CaseStates::displayName);
    } else if (entity == QLatin1String("case_events") && key == QLatin1String("type")) {
        return named<EventType>(text, EventTypes::fromKey, EventTypes::displayName);
    } else if (entity == QLatin1String("complaints")) {
        if (key == QLatin1String("kind"))
            return named<ComplaintKind>(text, ComplaintKinds::fromKey, ComplaintKinds::displayName);
        if (key == QLatin1String("competence"))
            return named<Competence>(text, Competences::fromKey, Competences::displayName);
        if (key == QLatin1String("result"))
            return named<ComplaintResult>(text, ComplaintResults::fromKey, ComplaintResults::displayName);
    } else if (entity == QLatin1String("receptions") && key == QLatin1String("receiver_role")) {
        return named<ReceiverRole>(text, ReceiverRoles::fromKey, ReceiverRoles::displayName);
    } else if (entity == QLatin1String("coercions")) {
        if (key == QLatin1String("measure"))
            return named<CoercionMeasure>(text, CoercionMeasures::fromKey, CoercionMeasures::displayName);
        if (key == QLatin1String("outcome"))
            return named<CoercionOutcome>(text, CoercionOutcomes::fromKey, CoercionOutcomes::displayName);
    } else if (entity == QLatin1String("awards")) {
        if (key == QLatin1String("level"))
            return named<AwardLevel>(text, AwardLevels::fromKey, AwardLevels::displayName);
        if (key == QLatin1String("recipient_kind"))
            return named<RecipientKind>(text, RecipientKinds::fromKey, RecipientKinds::displayName);
    }
    return text.isEmpty() ? tr("(empty)") : text;
}

QString AuditText::changes(const AuditEntry &entry, const QString &separator) const
{
    const QJsonObject oldValues = parsed(entry.oldValues), newValues = parsed(entry.newValues);
    QStringList parts;
    if (entry.action == QLatin1String("update")) {
        // The keys of both, in the order written (the new values name every changed field).
        QStringList keys = newValues.keys();
        for (const QString &key : oldValues.keys()) {
            if (!keys.contains(key))
                keys << key;
        }
        for (const QString &key : ordered(entry.entity, keys)) {
            if (oldValues.contains(key) && oldValues.value(key) == newValues.value(key))
                continue; // a whole row stored before and after: only what changed
            const QString after = value(entry.entity, key, newValues.value(key));
            parts << (oldValues.contains(key) ? tr("%1: %2 → %3").arg(field(entry.entity, key),
                                                                       value(entry.entity, key, oldValues.value(key)), after)
                                               : tr("%1: → %2").arg(field(entry.entity, key), after));
        }
    } else {
        const QJsonObject &values = entry.action == QLatin1String("delete") ? oldValues : newValues;
        for (const QString &key : ordered(entry.entity, values.keys())) {
            const QJsonValue v = values.value(key);
            if (v.isNull())
                continue; // a field left empty says nothing about a row added or deleted
            // An event's case by its decision number, which the row column shows too.
            const bool ofCase = key == QLatin1String("case_id") && v.toInteger() == entry.caseId
                && !entry.caseDecisionNo.isEmpty();
            parts << tr("%1: %2").arg(field(entry.entity, key), ofCase ? entry.caseDecisionNo : value(entry.entity, key, v));
        }
    }
    return parts.join(separator);
}

QString AuditText::subject(const AuditEntry &entry) const
{
    if (entry.caseId == 0)
        return tr("%1 no. %2").arg(table(entry.entity)).arg(entry.entityId);
    QString decision = entry.caseDecisionNo;
    QString unit = unitName(entry.caseUnitId);
    if (decision.isEmpty()) { // a deleted case: as its row was
        const QJsonObject old = parsed(entry.oldValues);
        decision = old.value(QStringLiteral("decision_no")).toString();
        unit = unitName(old.value(QStringLiteral("unit_id")).toInteger());
    }
    const QString ofCase = unit.isEmpty() ? decision : tr("%1 (%2)").arg(decision, unit);
    if (entry.entity == QLatin1String("case_events"))
        return tr("%1, event no. %2").arg(ofCase).arg(entry.entityId);
    return ofCase;
}
