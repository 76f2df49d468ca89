#include "RegisterSummary.h"

ComplaintFigures &ComplaintFigures::operator+=(const ComplaintFigures &o)
{
    carriedOver += o.carriedOver;
    received += o.received;
    withinCompetence += o.withinCompetence;
    settled += o.settled;
    withdrawn += o.withdrawn;
    complaints += o.complaints;
    denunciations += o.denunciations;
    repeated += o.repeated;
    crowd += o.crowd;
    beyondLevel += o.beyondLevel;
    return *this;
}

ReceptionFigures &ReceptionFigures::operator+=(const ReceptionFigures &o)
{
    sessions += o.sessions;
    people += o.people;
    byLeader += o.byLeader;
    withComplaint += o.withComplaint;
    return *this;
}

CoercionFigures &CoercionFigures::operator+=(const CoercionFigures &o)
{
    operations += o.operations;
    withForces += o.withForces;
    successful += o.successful;
    police += o.police;
    commune += o.commune;
    otherForces += o.otherForces;
    return *this;
}

qint64 AwardFigures::total(RecipientKind kind) const
{
    qint64 sum = 0;
    for (const auto &level : counts)
        sum += level[std::size_t(kind)];
    return sum;
}

AwardFigures &AwardFigures::operator+=(const AwardFigures &o)
{
    for (std::size_t l = 0; l < counts.size(); ++l) {
        for (std::size_t k = 0; k < counts[l].size(); ++k)
            counts[l][k] += o.counts[l][k];
    }
    return *this;
}
