#pragma once

#include <QObject>

class QAction;

// Tools → Audit trail…: its own action, so that a role can hide it (leaders
// and administrators may read the trail, clerks not, once there are users);
// the window opens the viewer. Hidden, it also hides the trail's rows in a
// case's history (availabilityChanged).
class AuditActions : public QObject
{
    Q_OBJECT

public:
    explicit AuditActions(QObject *parent = nullptr);

    QAction *showAction() const { return m_show; }
    bool isAvailable() const { return m_available; }
    void setAvailable(bool available);

    void retranslate();

signals:
    void showRequested();
    void availabilityChanged(bool available);

private:
    QAction *m_show;
    bool m_available = true;
};
