#pragma once

#include <QString>

class QComboBox;
class QLabel;
class QWidget;

// Names for screen readers where a form has no visible label. On Linux
// (AT-SPI) a combo box's accessible name is its current item, and only a
// label tied to it (QLabel::buddy, the "labelled by" relation) says what it
// chooses: a combo box shown without a label gets a hidden one.
namespace AccessibleLabel {

// Ties a hidden label with `text` to the combo box, or updates the one tied already.
QLabel *attach(QComboBox *combo, const QString &text);

// Names the clear buttons (×) of the line edits under `root`.
void nameClearButtons(QWidget *root);

} // namespace AccessibleLabel
