#include "Cli.h"

QString Cli::usage() const
{
    return tr("thads-cli: civil judgment enforcement statistics (THADS) from the command line\n"
              "\n"
              "Usage: thads-cli COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init     create a new, empty database with the province's units\n"
              "  demo     create the demo database of Son La province (2019-2022)\n"
              "  stats    print the results of enforcement, in cases and in money\n"
              "  import   bring in cases and their events from CSV files\n"
              "  report   write the conference report as PDF\n"
              "  export   write the official tables as XLSX or CSV\n"
              "  pack     write the conference pack: report, tables and charts, in a folder\n"
              "  audit    print the audit trail: who changed what, and when\n"
              "  backup   copy the database, while it is in use, to a backup file\n"
              "  restore  put a backup in the place of the database (the current file is kept aside)\n"
              "  check    check the database: its pages, references and every case against its events\n"
              "\n"
              "Options for every command:\n"
              "  --db FILE      the database (default: %1)\n"
              "  --lang vi|en   the language of messages and tables (default: vi)\n"
              "  --help         explain the command\n"
              "\n"
              "\"thads-cli COMMAND --help\" explains a command in full.\n"
              "Exit codes: 0 done; 1 an import file has wrong rows (nothing was written)\n"
              "or check found problems;\n"
              "2 a wrong option, an unusable database or a file that cannot be written\n"
              "(nothing was created or changed).\n")
        .arg(Database::defaultPath());
}

QString Cli::help(const QString &command) const
{
    if (command == QLatin1String("init"))
        return tr("Usage: thads-cli init [--db FILE]\n"
                  "\n"
                  "Creates a new, empty THADS database with the 13 units of Son La province.\n"
                  "An existing file is never overwritten.\n");
    if (command == QLatin1String("demo"))
        return tr("Usage: thads-cli demo [--db FILE] [--force]\n"
                  "\n"
                  "Creates the demo database of Son La province: cases and their events for the\n"
                  "statistical years 2019-2022 in all 13 units, with targets per unit and year.\n"
                  "The same database is built on every machine.\n"
                  "\n"
                  "  --force   replace FILE if it exists (it stays as it was if building fails)\n");
    if (command == QLatin1String("stats"))
        return tr("Usage: thads-cli stats [--db FILE] --year YYYY [--months N | --as-of DATE]\n"
                  "                       [--unit CODE] [--format table|csv|json]\n"
                  "                       [--table complaints|reception|coercion|awards]\n"
                  "\n"
                  "Prints the results of enforcement in cases and in money for every unit and the\n"
                  "whole province, with rates, targets and what is still needed to reach them.\n"
                  "\n"
                  "  --year YYYY     the statistical year: 1 October of YYYY-1 to 30 September of YYYY\n"
                  "  --months N      the first N months of that year (6 = up to 31 March)\n"
                  "  --as-of DATE    from 1 October up to DATE (yyyy-MM-dd or dd/MM/yyyy)\n"
                  "  --unit CODE     only this unit (CUC, TPSL, ...; PROVINCE for the whole province)\n"
                  "  --format F      table for people (default); csv or json for programs: one row per\n"
                  "                  unit, then PROVINCE; rates as 85.42, empty where undefined\n"
                  "  --table T       instead of the cases, the summary of a register for the period:\n"
                  "                  complaints  complaints and denunciations: carried over, received,\n"
                  "                              within competence, settled, withdrawn, rate settled\n"
                  "                  reception   citizen reception: receptions, people, by a leader\n"
                  "                  coercion    coercion operations, with mobilised forces, successful\n"
                  "                  awards      the awards of the statistical year, by level and\n"
                  "                              recipient (collective, individual)\n");
    if (command == QLatin1String("import"))
        return tr("Usage: thads-cli import [--db FILE] --cases CASES.csv [--events EVENTS.csv] [--dry-run]\n"
                  "\n"
                  "Brings in cases and their events from CSV files (UTF-8, comma-separated, first row\n"
                  "naming the columns; the columns are listed in README.md). Every row is checked\n"
                  "first; if any is wrong, each problem is printed as FILE:LINE: field: rule, nothing\n"
                  "is written and the exit code is 1.\n"
                  "\n"
                  "  --cases FILE    the cases: unit, decision_no, decision_date, mode, kind, ...\n"
                  "  --events FILE   their events: unit, decision_no, date, event, amount, note\n"
                  "  --dry-run       only check; write nothing\n");
    if (command == QLatin1String("audit"))
        return tr("Usage: thads-cli audit [--db FILE] [--since DATE] [--until DATE] [--user NAME]\n"
                  "                       [--case DECISION [--unit CODE]]\n"
                  "\n"
                  "Prints the audit trail, newest first, one line per change: when (local time), who,\n"
                  "what (insert, update, delete), the table and row, and the old and new values.\n"
                  "The trail is append-only: no program can change or delete its rows.\n"
                  "\n"
                  "  --since, --until DATE   only the changes of these days (yyyy-MM-dd or dd/MM/yyyy)\n"
                  "  --user NAME             only the changes this user made\n"
                  "  --case DECISION         only the changes of this case and its events (--unit\n"
                  "                          when the decision number is used in several units)\n");
    if (command == QLatin1String("report") || command == QLatin1String("export") || command == QLatin1String("pack"))
        return tr("Usage: thads-cli report [--db FILE] --year YYYY [--months N | --as-of DATE] --out FILE.pdf\n"
                  "                        [--sections LIST]\n"
                  "       thads-cli export [--db FILE] --year YYYY [--months N | --as-of DATE] --out FILE.xlsx|FILE.csv\n"
                  "       thads-cli pack   [--db FILE] --year YYYY [--months N | --as-of DATE] --out FOLDER\n"
                  "                        [--sections LIST]\n"
                  "\n"
                  "report writes the conference report (A4, the national header, the narrative from the\n"
                  "figures, the registers, the signature; the official tables and the charts as\n"
                  "appendices). export writes the official tables: XLSX with a sheet per table, or CSV\n"
                  "(UTF-8 with a byte-order mark) as thads-cli stats --format csv. pack writes the PDF, the\n"
                  "XLSX, the CSV and every chart as PNG into FOLDER. A file is written whole or not at all.\n"
                  "The agency, document number and signer come from the settings of THADS (Report page).\n"
                  "\n"
                  "  --year, --months, --as-of   the period, as for thads-cli stats\n"
                  "  --sections LIST   the parts of the report (and of the pack's PDF), comma-separated\n"
                  "                    (default: all):\n"
                  "                    summary, tables, charts, complaints, reception, coercion,\n"
                  "                    awards, targets\n");
    return maintenanceHelp(command);
}
