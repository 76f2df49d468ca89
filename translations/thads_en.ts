<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln change.</numerusform>
            <numerusform>%Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown; older ones load as you scroll.</source>
        <translation>
            <numerusform>%Ln change shown; older ones load as you scroll.</numerusform>
            <numerusform>%Ln changes shown; older ones load as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain of the audit trail is intact (%Ln row(s) checked).</source>
        <translation>
            <numerusform>The chain of the audit trail is intact (%Ln row checked).</numerusform>
            <numerusform>The chain of the audit trail is intact (%Ln rows checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was written.</source>
        <translation>
            <numerusform>%n problem; nothing was written.</numerusform>
            <numerusform>%n problems; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>another program is writing the database; waiting up to %n second(s)…</source>
        <translation>
            <numerusform>another program is writing the database; waiting up to %n second…</numerusform>
            <numerusform>another program is writing the database; waiting up to %n seconds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit row(s).</source>
        <translation>
            <numerusform>%n audit row.</numerusform>
            <numerusform>%n audit rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n problem found.</numerusform>
            <numerusform>%1: %n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed the books of %n month(s) up to %1 for %2.</source>
        <translation>
            <numerusform>Closed the books of %n month up to %1 for %2.</numerusform>
            <numerusform>Closed the books of %n months up to %1 for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForeignKeyCheck</name>
    <message numerus="yes">
        <source>… and %n more row(s) with a broken reference.</source>
        <translation>
            <numerusform>… and %n more row with a broken reference.</numerusform>
            <numerusform>… and %n more rows with a broken reference.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems</source>
        <translation>
            <numerusform>%n line with problems</numerusform>
            <numerusform>%n lines with problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln case(s) match</source>
        <translation>
            <numerusform>%Ln case matches</numerusform>
            <numerusform>%Ln cases match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodLockDialog</name>
    <message numerus="yes">
        <source>Closed the books of %n month(s) up to %1 for %2.</source>
        <translation>
            <numerusform>Closed the books of %n month up to %1 for %2.</numerusform>
            <numerusform>Closed the books of %n months up to %1 for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportNarrative</name>
    <message numerus="yes">
        <source>%n unit(s) reached or exceeded the case target: %1.</source>
        <translation>
            <numerusform>%n unit reached or exceeded the case target: %1.</numerusform>
            <numerusform>%n units reached or exceeded the case target: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) did not reach the case target: %1.</source>
        <translation>
            <numerusform>%n unit did not reach the case target: %1.</numerusform>
            <numerusform>%n units did not reach the case target: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n page.</numerusform>
            <numerusform>%1: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) into %1.</source>
        <translation>
            <numerusform>Wrote %n file into %1.</numerusform>
            <numerusform>Wrote %n files into %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
