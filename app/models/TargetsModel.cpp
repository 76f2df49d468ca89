#include "TargetsModel.h"

#include "Format.h"
#include "PercentInput.h"

#include <QFont>

void TargetsModel::setTargets(int year, const UnitList &units, const QList<Target> &targets)
{
    beginResetModel();
    m_year = year;
    m_rows.clear();
    const auto find = [&targets](qint64 unitId) -> const Target * {
        for (const Target &t : targets) {
            if (t.unitId == unitId)
                return &t;
        }
        return nullptr;
    };
    for (const ::Unit &unit : units) {
        const Target *t = find(unit.id);
        m_rows.append({unit.id, unit.displayName(), t ? t->cases : std::nullopt, t ? t->money : std::nullopt});
    }
    const Target *province = find(0);
    m_rows.append({0, tr("Whole province (its own target)"), province ? province->cases : std::nullopt,
                   province ? province->money : std::nullopt});
    endResetModel();
    setModified(false);
    emit modifiedChanged(false);
}

QList<Target> TargetsModel::targets() const
{
    QList<Target> list;
    for (const Row &row : m_rows)
        list.append({m_year, row.unitId, row.cases, row.money});
    return list;
}

int TargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const std::optional<Rates::Hundredths> value = index.column() == CaseTarget ? row.cases
        : index.column() == MoneyTarget                                       ? row.money
                                                                              : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Unit ? row.name : Format::percent(value);
    case Qt::EditRole:
        return index.column() == Unit ? row.name : Format::percentNumber(value);
    case HundredthsRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Unit ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.unitId == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() != Unit)
            return tr("Percent with up to two decimals, e.g. 82,50; leave empty for no target");
        return {};
    default:
        return {};
    }
}

bool TargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() == Unit || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    std::optional<Rates::Hundredths> parsed;
    if (value.typeId() == QMetaType::Int) {
        parsed = value.toInt();
        if (*parsed < 0 || *parsed > 10000)
            return false;
    } else {
        Rates::Hundredths hundredths = 0;
        switch (PercentInput::parse(value.toString(), &hundredths)) {
        case PercentInput::Result::Invalid: return false;
        case PercentInput::Result::Empty: break;
        case PercentInput::Result::Ok: parsed = hundredths; break;
        }
    }
    Row &row = m_rows[index.row()];
    std::optional<Rates::Hundredths> &cell = index.column() == CaseTarget ? row.cases : row.money;
    if (cell == parsed)
        return true;
    cell = parsed;
    emit dataChanged(index, index);
    if (!m_modified) {
        m_modified = true;
        emit modifiedChanged(true);
    }
    return true;
}

Qt::ItemFlags TargetsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return !index.isValid() || index.column() == Unit ? base : base | Qt::ItemIsEditable;
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case CaseTarget: return tr("Case target (%)");
    case MoneyTarget: return tr("Money target (%)");
    }
    return {};
}
