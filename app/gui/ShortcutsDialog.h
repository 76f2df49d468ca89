#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help → Keyboard shortcuts: every key of every page and form, grouped by
// where it works, in the UI language. Not modal: it can stay open beside the
// window while the clerk works.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // Where, key and what it does, for every shortcut (the table README.md lists too).
    struct Shortcut
    {
        QString where;
        QString key;
        QString does;
    };
    static QList<Shortcut> all();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::ShortcutsDialog> ui;
};
