#pragma once

#include "Clock.h"
#include "ComplaintRepository.h"
#include "FormDialog.h"
#include "RegisterRecords.h"
#include "Unit.h"

#include <functional>
#include <memory>

namespace Ui {
class ReceptionDialog;
}

// The form of one citizen reception: when, by whom (leader or staff), how
// many people about what, and the complaint they filed, chosen among the
// unit's recent petitions.
class ReceptionDialog : public FormDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(Reception *)>;
    using ComplaintChoices = std::function<QList<ComplaintChoice>(qint64 unitId, QDate date)>;

    ReceptionDialog(const UnitList &units, const Clock &clock, ComplaintChoices choices, QWidget *parent = nullptr);
    ~ReceptionDialog() override;

    void setReception(const Reception &r);
    Reception reception() const { return m_reception; }
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    FieldProblems problems() const override;

protected:
    WriteResult store() override;
    void retranslate() override;

private:
    Reception fromForm() const;
    void fillChoices();
    void fillComplaints(qint64 selected);
    void updateTitle();

    std::unique_ptr<Ui::ReceptionDialog> ui;
    UnitList m_units;
    const Clock &m_clock;
    ComplaintChoices m_choices;
    SaveHandler m_save;
    Reception m_reception;
};
