#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class Session;

// File → Import cases…: opens the import dialog on the window's database
// (without blocking the action, QDialog::open()), and after an import says
// in the status bar what it brought in. Its own action, so that a role can
// hide it once there are users; off for a read-only database.
class ImportActions : public QObject
{
    Q_OBJECT

public:
    explicit ImportActions(QMainWindow *window);

    QAction *importAction() const { return m_import; }
    void openDialog(const Session &session);
    void retranslate();

signals:
    void importRequested();
    void imported(int cases, int events); // written and committed

private:
    QMainWindow *m_window;
    QAction *m_import;
};
