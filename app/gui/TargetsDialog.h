#pragma once

#include "Target.h"
#include "Unit.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TargetsDialog;
}
class TargetsModel;

// The targets editor: for a chosen statistical year, each unit's case and
// money targets and the province's own, in percent with two decimals. "Copy
// last year's" fills the table from the year before; Save writes the whole
// year at once (Ctrl+S). The dialog edits values; its handlers read and write.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    using Loader = std::function<QList<Target>(int year)>;
    using Saver = std::function<WriteResult(const QList<Target> &targets)>;

    TargetsDialog(const UnitList &units, Loader load, Saver save, int year, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    TargetsModel *model() const { return m_model; }
    int year() const;

public slots:
    bool save();
    void copyLastYear();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showYear(int year);
    bool confirmDiscard();
    void updateTitle();

    std::unique_ptr<Ui::TargetsDialog> ui;
    TargetsModel *m_model;
    UnitList m_units;
    Loader m_load;
    Saver m_save;
    int m_shownYear = 0;
};
