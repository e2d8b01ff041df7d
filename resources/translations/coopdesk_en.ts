<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgeBand</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="220"/>
        <source>under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="221"/>
        <source>18–29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="222"/>
        <source>30–54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="223"/>
        <source>55 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="224"/>
        <source>age not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="163"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="164"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="165"/>
        <source>selection launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="168"/>
        <source>candidate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="171"/>
        <source>appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="172"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="173"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="174"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="108"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="136"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="210"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="115"/>
        <source>CoopDesk backs up the database once a day, before every import and before every change of the database&apos;s format. It keeps one backup for each of the last 7 days and 4 weeks, the 5 latest before each kind of event, and every backup made with Back up now. Backups are encrypted: each opens with the passphrase the database had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="141"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="143"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="147"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="160"/>
        <source>Before a change of format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="162"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="163"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="164"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="165"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="166"/>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="170"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="189"/>
        <source>the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="191"/>
        <source>an earlier passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="197"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="214"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="228"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="234"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="246"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="261"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="281"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="228"/>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="236"/>
        <source>This backup was made under an earlier passphrase, which the window cannot ask for here. Restore it with &apos;coopdesk restore&apos; and that passphrase, or choose a newer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="243"/>
        <source>Replace all the data with the backup of {0}? Changes made since then are set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>CoopDesk backups (*.coopbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="258"/>
        <source>Replace all the data with the backup {0}? The current data is set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="266"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="282"/>
        <source>The backup is restored; the window now shows its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehindTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Expected by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="143"/>
        <source>Nothing behind schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="158"/>
        <source>Behind schedule: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="169"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="137"/>
        <source>Adding a row saves the record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="157"/>
        <source>Record stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="157"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="158"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="167"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="168"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="169"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="240"/>
        <source>Remove the selected row?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="217"/>
        <source>outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="218"/>
        <source>assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="219"/>
        <source>counselling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="225"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="226"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../coopdesk/ui/shell/crash.py" line="36"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/crash.py" line="37"/>
        <source>CoopDesk met an unexpected problem ({0}). Your saved records are safe. The details are in the log file:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="231"/>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="232"/>
        <source>BGN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="56"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="61"/>
        <source>CoopDesk found damage in the database, and no good backup is in the backups folder. It will not save anything in the database. Ask for help, or close CoopDesk and restore a backup kept elsewhere with &apos;coopdesk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="73"/>
        <source>CoopDesk found damage in the database. It will not save anything in it. Restore the newest good backup, made {0}? The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="115"/>
        <location filename="../../coopdesk/ui/protection/damage.py" line="123"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="124"/>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="157"/>
        <source>is not a date: write it as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="161"/>
        <source>{0}: choose from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="104"/>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="112"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="113"/>
        <source>Choose from the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="190"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="191"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="192"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="51"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="67"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="103"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="108"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="111"/>
        <source>Mark done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="119"/>
        <source>Look among</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="123"/>
        <source>Look among:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="125"/>
        <source>&amp;Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="142"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="147"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="148"/>
        <source>Make the two records one: choose what is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="163"/>
        <source>Persons of one locality whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out), with the same year of birth or none. Persons without a name (no consent) are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="169"/>
        <source>Contacts of one organisation whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out). Contacts without a name (no consent) are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="193"/>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="211"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="213"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="15"/>
        <location filename="../../coopdesk/ui/shell/labels.py" line="25"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="16"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="18"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="19"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="21"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="22"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="23"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="26"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="27"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="28"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="29"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="32"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="33"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="34"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="35"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="38"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="39"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="40"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="41"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="42"/>
        <source>Youth (under 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="43"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="44"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="45"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="46"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="47"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="49"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="50"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="52"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="53"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="55"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="56"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="57"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="58"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="59"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="60"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="61"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="62"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="63"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="64"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="65"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="66"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="67"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="68"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="69"/>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="70"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="71"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="72"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="73"/>
        <source>Initial budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="74"/>
        <source>Final budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="75"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="76"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="77"/>
        <source>Targeted localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="78"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="79"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="80"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="81"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="82"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="83"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="84"/>
        <source>Values add up as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="85"/>
        <source>Only meetings of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="86"/>
        <source>Only on topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="87"/>
        <source>Only people of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="88"/>
        <source>Only with outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="89"/>
        <source>Only referrals to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="90"/>
        <source>At or past stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="91"/>
        <source>Only specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="92"/>
        <source>Only in localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="93"/>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="94"/>
        <source>Counted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="95"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="96"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="97"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="98"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="99"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="100"/>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="101"/>
        <source>Counts from the named list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="102"/>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="103"/>
        <source>Only consultations of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="104"/>
        <source>Only genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="105"/>
        <source>Only ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="106"/>
        <source>Only representing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="107"/>
        <source>Attended at least (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="173"/>
        <source>none: bundles are exchanged by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="174"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="183"/>
        <source>Sync &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="188"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="190"/>
        <source>E&amp;xchange after a pause in changes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="195"/>
        <source>And while open, e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="193"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="198"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="208"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="86"/>
        <source>Sync folder: exchanging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="121"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="123"/>
        <source>The last exchange brought %n conflict(s): values that lost to an edit made without knowing them. Review them under Sync.</source>
        <translation>
            <numerusform>The last exchange brought %n conflict: a value that lost to an edit made without knowing it. Review it under Sync.</numerusform>
            <numerusform>The last exchange brought %n conflicts: values that lost to an edit made without knowing them. Review them under Sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="134"/>
        <source>Sync folder: not exchanged ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="149"/>
        <source>Sync folder: no exchange yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="155"/>
        <source>Sync folder {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="157"/>
        <source>Sync folder {0}: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="158"/>
        <source>Sync folder {0}: {1} new, {2} updated, {3} deleted, {4} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPart</name>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="27"/>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="28"/>
        <source>Consent and personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="48"/>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="84"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="51"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="52"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="56"/>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="58"/>
        <source>Outcome and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="72"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="104"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="108"/>
        <source>Partners and localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="129"/>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="175"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="176"/>
        <source>municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="177"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="178"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="196"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="197"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="198"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="199"/>
        <source>undisclosed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="33"/>
        <source>History: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="55"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="62"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="63"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="64"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="65"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="66"/>
        <source>received by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="67"/>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="77"/>
        <source>(hidden: no consent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="116"/>
        <source>This laptop and your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="103"/>
        <source>The enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="118"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="120"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="121"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="122"/>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="123"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="124"/>
        <source>Enrolment &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="125"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="126"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="127"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="110"/>
        <source>Achieved: the values entered on the project page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="114"/>
        <source>Achieved so far: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="126"/>
        <source>Achieved so far: — (complete the fields marked *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="130"/>
        <source>Achieved so far, from the project&apos;s start to today: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorGrid</name>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="45"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="46"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="47"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="48"/>
        <source>Achieved (period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="49"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="50"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="51"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="147"/>
        <source>Expected by now for the time elapsed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorLevel</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="233"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="234"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="111"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="112"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="113"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="114"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="115"/>
        <source>Appointment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="116"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="117"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="118"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="119"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="120"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="121"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="122"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="123"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="124"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="128"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="129"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="130"/>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="131"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="132"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="133"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="134"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="135"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="136"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="137"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="138"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="139"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="43"/>
        <source>Welcome to CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="44"/>
        <source>Choose the language of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalityKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="144"/>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="145"/>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="146"/>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="85"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="130"/>
        <source>CoopDesk — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="139"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="142"/>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="150"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="153"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="154"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="155"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="156"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="157"/>
        <source>Mediators and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="158"/>
        <source>Localities and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="159"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="160"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="161"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="201"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="237"/>
        <source>Device: {0}   ·   Organisation: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="256"/>
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n change not yet exported</numerusform>
            <numerusform>%n changes not yet exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualTotal</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="258"/>
        <source>the sum of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="259"/>
        <source>the latest value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="235"/>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="236"/>
        <source>meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="237"/>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="238"/>
        <source>women among participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="239"/>
        <source>men among participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="240"/>
        <source>youth among participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="241"/>
        <source>localities reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="242"/>
        <source>municipalities reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="243"/>
        <source>districts reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="244"/>
        <source>consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="245"/>
        <source>persons consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="246"/>
        <source>referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="247"/>
        <source>mediator procedures at a stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="250"/>
        <source>persons reached, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="251"/>
        <source>people trained, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="252"/>
        <source>representatives at meetings, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="255"/>
        <source>organisations represented at meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="114"/>
        <source>From the named list: %n row(s); women: {0}, men: {1}, under 30: {2}.</source>
        <translation>
            <numerusform>From the named list: %n row; women: {0}, men: {1}, under 30: {2}.</numerusform>
            <numerusform>From the named list: %n rows; women: {0}, men: {1}, under 30: {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="126"/>
        <source>The named list has %n row(s), more than the participants counted ({0}).</source>
        <translation>
            <numerusform>The named list has %n row, more than the participants counted ({0}).</numerusform>
            <numerusform>The named list has %n rows, more than the participants counted ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="134"/>
        <source>The named list has women: {0}, men: {1}; the counts say {2} and {3}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="179"/>
        <source>motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="180"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="181"/>
        <source>round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="182"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="183"/>
        <source>coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="184"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="185"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="186"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="187"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="47"/>
        <source>Merge two records: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="64"/>
        <source>Choose the record to keep, and for each field where the two differ, the value it keeps. The other record is removed; what refers to it (consultations, meeting rows) then refers to the one kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="76"/>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="77"/>
        <source>Keep record {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="91"/>
        <source>{0} of record {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="110"/>
        <source>The two agree on every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="112"/>
        <source>The person keeps the code of the record kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="126"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="179"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="203"/>
        <source>Merging is not possible in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="81"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="82"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="83"/>
        <source>Locality or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="84"/>
        <source>Code or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="94"/>
        <source>Who this may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="201"/>
        <source>all days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="147"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="148"/>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="149"/>
        <source>health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="150"/>
        <source>social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="153"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="154"/>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="155"/>
        <source>district administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="158"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="213"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="214"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="215"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="216"/>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="261"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="262"/>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="263"/>
        <source>behind schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="264"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="71"/>
        <source>One record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="71"/>
        <source>The other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="73"/>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="74"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="36"/>
        <source>Print attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="37"/>
        <source>Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="38"/>
        <source>Print record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="44"/>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="45"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="46"/>
        <source>Consultation record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="60"/>
        <source>This meeting was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="66"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="72"/>
        <source>The document could not be made. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="107"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="172"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="187"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="68"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="70"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="73"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="74"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="147"/>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="148"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="152"/>
        <source>Person {0}: counted once however many meetings they attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="156"/>
        <source>Contact: counted once as a representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="158"/>
        <source>Linked to no person or contact: counted as an attendance, not as a person. Type the name to pick who it is, or create a person from this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="172"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="66"/>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="67"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="68"/>
        <source>The whole row in its form: role, contact and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="69"/>
        <source>Create a person from this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="71"/>
        <source>A new person with this row&apos;s gender, year of birth and the meeting&apos;s locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="73"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="74"/>
        <source>The row is no longer this person or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="181"/>
        <source>Person {0} created and linked to this row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="47"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="53"/>
        <source>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="64"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="65"/>
        <source>&amp;Repeat the new one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="84"/>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="92"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="113"/>
        <source>Re-encrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="135"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="137"/>
        <source>The passphrase was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="45"/>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="50"/>
        <source>Strength: weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="52"/>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="54"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="58"/>
        <source>Easy to guess: it looks like a common password, word, name, date or pattern, which someone who takes this laptop can try quickly. Several unrelated words make a passphrase much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="161"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="169"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="172"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="176"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="177"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="86"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="87"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="88"/>
        <source>Save &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="90"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="116"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="122"/>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="133"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="134"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="18"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="19"/>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="22"/>
        <source>is too long ({0} characters, at most {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="26"/>
        <source>contains characters that cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="28"/>
        <source>is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="31"/>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="35"/>
        <source>must be after the start ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="39"/>
        <source>is {0}, fewer than women + men ({1} + {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="43"/>
        <source>is {0}, more than the participants ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="47"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="51"/>
        <source>a consultation cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="55"/>
        <source>is before the consultation&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="59"/>
        <source>is required when the person is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="63"/>
        <source>is required when consent is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="67"/>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="71"/>
        <source>personal data is kept only with consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="75"/>
        <source>is required at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="79"/>
        <source>must be a municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="81"/>
        <source>the chosen record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="84"/>
        <source>is kept only with consent: tick Consent for this row, or pick from the suggestions the person or contact it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="92"/>
        <source>this row is already linked to a person or a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="96"/>
        <source>a participant is either a person or a contact, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="100"/>
        <source>must be at least 1 (leave it empty for all days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="104"/>
        <source>{0} meeting rows show this name on the strength of this consent: erase the record to empty them too, or clear those rows first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="90"/>
        <source>← &amp;All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="100"/>
        <source>Edit pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="103"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="292"/>
        <source>Make a&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="105"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="117"/>
        <source>Donor / programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="118"/>
        <source>Promoter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="119"/>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="120"/>
        <source>Targeted localities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="123"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="124"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="125"/>
        <source>Budget (initial / final):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="126"/>
        <source>Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="140"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="140"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="174"/>
        <source>Add &amp;indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="175"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="176"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="177"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="178"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="179"/>
        <source>Enter a &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="180"/>
        <source>A value of a manual indicator, dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="222"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="227"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="273"/>
        <source>Indicators, achieved from {0} to {1} — another period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/projects/project_page.py" line="284"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="292"/>
        <source>Active project ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="360"/>
        <source>Delete the indicator {0} ({1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="361"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="366"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="381"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="227"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="228"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="229"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="230"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="36"/>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="37"/>
        <source>the same name, spelt differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="38"/>
        <source>the same names in another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="39"/>
        <source>names one letter apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="40"/>
        <source>one has a middle name the other lacks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="65"/>
        <source>New: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="68"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="98"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="68"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="99"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="133"/>
        <source>Complete the form first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="181"/>
        <source>Save the changes to this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="93"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="101"/>
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="109"/>
        <source>Erase this person&apos;s name, phone and notes, and the text of their consultations, on this device and, through sync, on every device? The code and the counts stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="116"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="125"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="136"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="126"/>
        <source>Erased. Other devices erase it when they import this device&apos;s next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_form.py" line="317"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/consent_rows.py" line="59"/>
        <source>{0}: kept only with consent, this row&apos;s own (tick “{1}”) or that of the person or contact it is linked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/consent_rows.py" line="65"/>
        <source>{0}: kept only with consent. Tick “{1}” to fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="75"/>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="76"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="93"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="94"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="123"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="124"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="125"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="126"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="177"/>
        <source>All: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="179"/>
        <source>Without: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="250"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/records/record_list.py" line="252"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="282"/>
        <source>Choose a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="294"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="295"/>
        <location filename="../../coopdesk/ui/records/record_list.py" line="300"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="315"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefsInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="391"/>
        <source>Type to narrow the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="411"/>
        <source>Search: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="109"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="109"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="116"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="139"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="121"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="122"/>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="123"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="135"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="137"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="138"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="141"/>
        <source>None ticked: every locality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="145"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="324"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="351"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="170"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="171"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="229"/>
        <source>The period starts after it ends: choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="235"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="266"/>
        <source>The figures could not be computed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="286"/>
        <source>%n meeting(s) held in the period.</source>
        <translation>
            <numerusform>%n meeting held in the period.</numerusform>
            <numerusform>%n meetings held in the period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="322"/>
        <source>indicator-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="331"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="343"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="347"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="350"/>
        <source>The report could not be written. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="37"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="43"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="44"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="45"/>
        <source>Loc&amp;k after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="49"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="54"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="56"/>
        <source>Active &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="216"/>
        <source>CoopDesk setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specialty</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="159"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="160"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="161"/>
        <source>labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="162"/>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="120"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="135"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="137"/>
        <source>Cancelled: no demo data was loaded. The database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="147"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="283"/>
        <source>CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="284"/>
        <source>A restore or a passphrase change is replacing the database of this data directory. Open CoopDesk again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="64"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="66"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="68"/>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="70"/>
        <source>Re&amp;voke the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="83"/>
        <source>Devices of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="87"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="88"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="89"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="90"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="91"/>
        <source>Lost edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="94"/>
        <source>&amp;Restore the lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="96"/>
        <source>&amp;Keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="102"/>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="108"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="109"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="110"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="111"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="112"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="115"/>
        <source>Exchanges on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="136"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="136"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="138"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="140"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n change not yet acknowledged</numerusform>
            <numerusform>%n changes not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="150"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="168"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="179"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="183"/>
        <source>refused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="185"/>
        <source>cancelled, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="187"/>
        <source>this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="189"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="190"/>
        <source>{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="198"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="204"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="214"/>
        <source>{0}: {1} records for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="219"/>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="224"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="233"/>
        <source>Checking the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="267"/>
        <source>Cancelled: the bundle under way was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="269"/>
        <source>refused — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="271"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="276"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="170"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="179"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="299"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="296"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="303"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="317"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="322"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="324"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="328"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="341"/>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="328"/>
        <source>The device&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="333"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="346"/>
        <source>Device enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="348"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="358"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="360"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="365"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="381"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="214"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="215"/>
        <source>Consultation follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="217"/>
        <source>Meetings in the next {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="282"/>
        <source>Today, {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="188"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="189"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="190"/>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="191"/>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="192"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="193"/>
        <source>social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="194"/>
        <source>municipal plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="195"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="24"/>
        <source>Unlock CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="28"/>
        <source>Enter the passphrase of the database in
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="31"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="46"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="56"/>
        <source>This passphrase does not open the database. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="59"/>
        <source>The database cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerableGroup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="200"/>
        <source>Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="201"/>
        <source>migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="202"/>
        <source>refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="203"/>
        <source>victim of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="206"/>
        <source>domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="209"/>
        <source>former inmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="210"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="211"/>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="212"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../coopdesk/ui/shell/workers.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
