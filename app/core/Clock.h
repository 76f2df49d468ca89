#pragma once

#include <QDateTime>

// Where "now" comes from. Lifecycle rules refuse events after today, and every
// write is stamped with a time; tests and the demo builder pin the clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    explicit FixedClock(QDate today) : m_now(today.startOfDay()) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
