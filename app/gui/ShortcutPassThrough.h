#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

// Lets a page's shortcuts through the text fields that would swallow them. A
// line edit claims Ctrl+E (end of line), Ctrl+N, Ctrl+F and others before any
// shortcut sees them; installed on every line edit under a widget, this turns
// the claim down for the given key sequences only, so Ctrl+E adds an event
// with the focus in the search box, while Delete, Home and the rest still
// edit the text.
class ShortcutPassThrough : public QObject
{
    Q_OBJECT

public:
    // Installs on every line edit under `root` (those of combo and spin boxes too).
    static void install(QWidget *root, const QList<QKeySequence> &sequences);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ShortcutPassThrough(QObject *parent, const QList<QKeySequence> &sequences);

    QList<QKeySequence> m_sequences;
};
