#include "ShortcutPassThrough.h"

#include <QKeyEvent>
#include <QLineEdit>

ShortcutPassThrough::ShortcutPassThrough(QObject *parent, const QList<QKeySequence> &sequences)
    : QObject(parent), m_sequences(sequences)
{
}

void ShortcutPassThrough::install(QWidget *root, const QList<QKeySequence> &sequences)
{
    auto *filter = new ShortcutPassThrough(root, sequences);
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        edit->installEventFilter(filter);
}

bool ShortcutPassThrough::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &sequence : std::as_const(m_sequences)) {
            if (sequence.matches(pressed) == QKeySequence::ExactMatch) {
                event->ignore(); // not the line edit's: the shortcut takes it
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
