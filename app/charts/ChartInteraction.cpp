#include "ChartInteraction.h"

#include <QChart>

ChartInteraction *ChartInteraction::of(const QChart *chart)
{
    return chart ? chart->findChild<ChartInteraction *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}
