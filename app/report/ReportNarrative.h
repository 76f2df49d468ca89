#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QStringList>

// The report's prose, written from the figures: what was accepted and
// resolved, the rate against the target, the comparison with a year earlier,
// the units that reached their targets and those that did not, and what each
// register recorded. One sentence per translatable string, so the Vietnamese
// reads as written, not assembled.
class ReportNarrative
{
    Q_DECLARE_TR_FUNCTIONS(ReportNarrative)

public:
    explicit ReportNarrative(const ReportData &data) : m_data(data) {}

    QString title() const;              // "tổng kết công tác thi hành án dân sự năm 2021"
    QStringList cases() const;          // paragraphs
    QStringList money() const;
    QStringList units() const;
    QStringList complaints() const;
    QStringList reception() const;
    QStringList coercion() const;
    QStringList awards() const;
    QStringList targets() const;

    // "85,42%" as prose writes it (no space before %).
    static QString percent(std::optional<Rates::Hundredths> value);

private:
    QString againstTarget(std::optional<Rates::Hundredths> rate, std::optional<Rates::Hundredths> target) const;
    QString againstPrevious(bool money) const;
    QString targetDecisions() const; // which decisions set the targets, and their revisions
    static QString sentenceEnd(const QString &ratePhrase);

    const ReportData &m_data;
};
