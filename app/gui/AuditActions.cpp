#include "AuditActions.h"

#include <QAction>

AuditActions::AuditActions(QObject *parent) : QObject(parent), m_show(new QAction(this))
{
    m_show->setObjectName(QStringLiteral("actionAuditTrail"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_show, &QAction::triggered, this, &AuditActions::showRequested);
    retranslate();
}

void AuditActions::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    m_show->setVisible(available);
    m_show->setEnabled(available);
    emit availabilityChanged(available);
}

void AuditActions::retranslate()
{
    m_show->setText(tr("&Audit trail..."));
    m_show->setStatusTip(tr("Who changed what and when, and whether the trail is intact (Ctrl+Shift+A)"));
}
