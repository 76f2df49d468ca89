#pragma once

#include "RegisterGrid.h"

#include <QMenu>

// The main window's "Registers" menu (Sổ theo dõi): show the registers page,
// start a new entry in any register, edit the year's targets. It only asks;
// the window routes each request to the registers page.
class RegistersMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RegistersMenu(QWidget *parent = nullptr);

    QAction *showAction() const { return m_show; } // checkable, for the window's group of views
    // New entries for those who write, the targets for an administrator.
    void setPermissions(bool canWrite, bool canAdminister);

signals:
    void showRequested();
    void newEntryRequested(RegisterKind kind);
    void targetsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_show;
    QList<QAction *> m_new; // in RegisterKind order
    QAction *m_targets;
};
