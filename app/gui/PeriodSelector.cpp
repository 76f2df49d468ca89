#include "PeriodSelector.h"

#include "AccessibleLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_year(new QComboBox(this)), m_months(new QSpinBox(this)),
      m_date(new QDateEdit(this))
{
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_year->setObjectName(QStringLiteral("periodYearCombo"));
    m_months->setObjectName(QStringLiteral("periodMonthsSpin"));
    m_date->setObjectName(QStringLiteral("periodDateEdit"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_months);
    layout->addWidget(m_date);
    m_months->setRange(1, 12);
    m_months->setValue(12);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    setFocusProxy(m_kind); // a label tied to the selector leads to its first choice
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodSelector::emitChange);
    connect(m_year, &QComboBox::currentIndexChanged, this, &PeriodSelector::emitChange);
    connect(m_months, &QSpinBox::valueChanged, this, &PeriodSelector::emitChange);
    connect(m_date, &QDateEdit::dateChanged, this, &PeriodSelector::emitChange);
    emitChange();
}

void PeriodSelector::retranslate()
{
    const bool updating = std::exchange(m_updating, true);
    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItems({tr("Statistical year"), tr("First months of the year"), tr("Up to a date")});
    m_kind->setCurrentIndex(kind);
    m_months->setSuffix(tr(" months"));
    m_kind->setToolTip(tr("A statistical year runs from 1 October to 30 September"));
    // Said by a screen reader: the choices have no visible labels of their own.
    AccessibleLabel::attach(m_kind, tr("Kind of period"));
    AccessibleLabel::attach(m_year, tr("Statistical year"));
    m_months->setAccessibleName(tr("Number of months from 1 October"));
    m_date->setAccessibleName(tr("Up to the date"));
    m_updating = updating;
}

void PeriodSelector::setYears(const QList<int> &years)
{
    const bool updating = std::exchange(m_updating, true);
    const QVariant current = m_year->currentData();
    m_year->clear();
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(current)));
    m_updating = updating;
    emitChange();
}

StatisticalPeriod PeriodSelector::period() const
{
    const int year = m_year->currentData().toInt();
    switch (m_kind->currentIndex()) {
    case 1: return StatisticalPeriod::months(year, m_months->value());
    case 2: return StatisticalPeriod::asOf(m_date->date());
    default: return StatisticalPeriod::year(year);
    }
}

void PeriodSelector::setPeriod(const StatisticalPeriod &period)
{
    const bool updating = std::exchange(m_updating, true);
    const int kind = period.kind() == StatisticalPeriod::Kind::Year ? 0
        : period.kind() == StatisticalPeriod::Kind::Months         ? 1
                                                                    : 2;
    m_kind->setCurrentIndex(kind);
    if (m_year->findData(period.statisticalYear()) < 0)
        m_year->addItem(QString::number(period.statisticalYear()), period.statisticalYear());
    m_year->setCurrentIndex(m_year->findData(period.statisticalYear()));
    if (kind == 1)
        m_months->setValue(period.monthCount());
    if (kind == 2)
        m_date->setDate(period.end());
    m_updating = updating;
    emitChange();
}

void PeriodSelector::emitChange()
{
    const int kind = m_kind->currentIndex();
    m_year->setVisible(kind != 2);
    m_months->setVisible(kind == 1);
    m_date->setVisible(kind == 2);
    if (m_updating)
        return;
    const StatisticalPeriod p = period();
    if (p.isValid())
        emit periodChanged(p);
}

void PeriodSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
