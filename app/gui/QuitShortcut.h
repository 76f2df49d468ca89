#pragma once

class QDialog;

// Ctrl+Q in a dialog quits the application as it does in the main window:
// the dialog is closed first (a form asks about its unsaved changes; Cancel
// keeps it and the application), then the main window, which closes any
// other open form the same way.
namespace QuitShortcut {
void install(QDialog *dialog);
}
