#include "RegistersMenu.h"

#include <QEvent>

RegistersMenu::RegistersMenu(QWidget *parent) : QMenu(parent)
{
    setObjectName(QStringLiteral("menuRegisters"));
    m_show = addAction(QString(), this, &RegistersMenu::showRequested);
    m_show->setObjectName(QStringLiteral("actionShowRegisters"));
    m_show->setCheckable(true);
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_show->setIcon(QIcon(QStringLiteral(":/icons/register.svg")));
    addSeparator();
    for (RegisterKind kind : Registers::all()) {
        QAction *action = addAction(QString(), this, [this, kind] { emit newEntryRequested(kind); });
        action->setObjectName(QStringLiteral("actionNew_") + Registers::key(kind));
        m_new << action;
    }
    addSeparator();
    m_targets = addAction(QString(), this, &RegistersMenu::targetsRequested);
    m_targets->setObjectName(QStringLiteral("actionTargets"));
    retranslate();
}

void RegistersMenu::retranslate()
{
    setTitle(tr("Re&gisters"));
    m_show->setText(tr("&Registers page"));
    m_show->setToolTip(tr("Complaints, citizen reception, coercion and awards (Ctrl+4)"));
    const char *const newTexts[] = {
        QT_TR_NOOP("New &complaint or denunciation..."),
        QT_TR_NOOP("New citizen &reception..."),
        QT_TR_NOOP("New c&oercion operation..."),
        QT_TR_NOOP("New &award..."),
    };
    for (int i = 0; i < m_new.size(); ++i)
        m_new.at(i)->setText(tr(newTexts[i]));
    m_targets->setText(tr("&Targets..."));
    m_targets->setToolTip(tr("The case and money targets of each unit and the province, per year"));
}

void RegistersMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void RegistersMenu::setPermissions(bool canWrite, bool canAdminister)
{
    for (QAction *action : std::as_const(m_new))
        action->setEnabled(canWrite);
    m_targets->setVisible(canAdminister);
}
