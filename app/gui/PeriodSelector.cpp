#include "PeriodSelector.h"

#include "AccessibleLabel.h"
#include "Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_year(new QComboBox(this)), m_months(new QSpinBox(this)),
      m_date(new QDateEdit(this)), m_lockIcon(new QLabel(this)),
      m_lock(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_year->setObjectName(QStringLiteral("periodYearCombo"));
    m_months->setObjectName(QStringLiteral("periodMonthsSpin"));
    m_date->setObjectName(QStringLiteral("periodDateEdit"));
    m_lock->setObjectName(QStringLiteral("periodLockLabel"));
    m_lockIcon->setPixmap(QIcon(QStringLiteral(":/icons/locked.svg")).pixmap(16, 16));
    m_lockIcon->hide();
    m_lock->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_year);
    layout->addWidget(m_months);
    layout->addWidget(m_date);
    layout->addWidget(m_lockIcon);
    layout->addWidget(m_lock);
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
    showLocks();
    showLocks();
}

void PeriodSelector::setClosedBooks(const ClosedBooks &books)
{
    m_closedBooks = books;
    showLocks();
}

void PeriodSelector::showLocks()
{
    static const QIcon lock(QStringLiteral(":/icons/locked.svg"));
    for (int i = 0; i < m_year->count(); ++i) {
        const bool closed = m_closedBooks.closing(0, StatisticalPeriod::year(m_year->itemData(i).toInt()).end()).has_value();
        m_year->setItemIcon(i, closed ? lock : QIcon());
        m_year->setItemData(i, closed ? tr("The books of this year are closed") : QVariant(), Qt::ToolTipRole);
    }
    const StatisticalPeriod p = period();
    const auto closing = p.isValid() ? m_closedBooks.closing(0, p.end()) : std::nullopt;
    m_lockIcon->setVisible(closing.has_value());
    m_lock->setVisible(closing.has_value());
    updateGeometry(); // the page's layout makes room for the lock, or takes it back
    if (!closing)
        return;
    const QString text = tr("Books closed");
    m_lock->setText(text);
    const QString why = tr("The books of %1 were closed for the whole province on %2 by %3: the figures of this period "
                           "can no longer change.")
                            .arg(Format::month(p.end()), Format::date(closing->at.toLocalTime().date()), closing->by);
    m_lock->setToolTip(why);
    m_lockIcon->setToolTip(why);
    m_lock->setAccessibleName(text);
    m_lock->setAccessibleDescription(why);
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
    showLocks();
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
