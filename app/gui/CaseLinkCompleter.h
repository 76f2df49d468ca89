#pragma once

#include "CaseLookup.h"

#include <QObject>

#include <functional>
#include <optional>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

// Lets a clerk name a case by its decision number: as they type, a completer
// offers the unit's decision numbers containing the text (asked of storage,
// newest first), and a label says whose case the number names — or that the
// unit has no such case.
class CaseLinkCompleter : public QObject
{
    Q_OBJECT

public:
    CaseLinkCompleter(QLineEdit *edit, QLabel *info, CaseLookup lookup, std::function<qint64()> unit);

    // The case the text names in the current unit; nullopt when empty or unknown.
    std::optional<CaseBrief> resolve() const;
    bool isEmpty() const;
    void setCase(qint64 caseId); // fills the text from a stored link
    void update();               // the unit or the text changed

private:
    QLineEdit *m_edit;
    QLabel *m_info;
    CaseLookup m_lookup;
    std::function<qint64()> m_unit;
    QStringListModel *m_numbers;
    QCompleter *m_completer;
};
