<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppointmentStage</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="112"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="113"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="114"/>
        <source>selection launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="117"/>
        <source>candidate selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="120"/>
        <source>appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="121"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="122"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="123"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="108"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="136"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="210"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="115"/>
        <source>CoopDesk backs up the database once a day, before every import and before every change of the database&apos;s format. It keeps one backup for each of the last 7 days and 4 weeks, the 5 latest before each kind of event, and every backup made with Back up now. Backups are encrypted: each opens with the passphrase the database had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="126"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="126"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="126"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="126"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="141"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="143"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="147"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="160"/>
        <source>Before a change of format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="162"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="163"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="164"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="165"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="166"/>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="170"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="189"/>
        <source>the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="191"/>
        <source>an earlier passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/backups_view.py" line="197"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="214"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="228"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="234"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="246"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="261"/>
        <location filename="../../coopdesk/ui/backups_view.py" line="281"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="228"/>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="236"/>
        <source>This backup was made under an earlier passphrase, which the window cannot ask for here. Restore it with &apos;coopdesk restore&apos; and that passphrase, or choose a newer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="243"/>
        <source>Replace all the data with the backup of {0}? Changes made since then are set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="253"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="253"/>
        <source>CoopDesk backups (*.coopbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="258"/>
        <source>Replace all the data with the backup {0}? The current data is set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="266"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/backups_view.py" line="282"/>
        <source>The backup is restored; the window now shows its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="71"/>
        <source>Record stage change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="71"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="72"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="81"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="82"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="83"/>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="133"/>
        <source>Remove the selected row?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="166"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="167"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../coopdesk/ui/crash.py" line="36"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/crash.py" line="37"/>
        <source>CoopDesk met an unexpected problem ({0}). Your saved records are safe. The details are in the log file:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <location filename="../../coopdesk/ui/damage.py" line="56"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/damage.py" line="61"/>
        <source>CoopDesk found damage in the database, and no good backup is in the backups folder. It will not save anything in the database. Ask for help, or close CoopDesk and restore a backup kept elsewhere with &apos;coopdesk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/damage.py" line="73"/>
        <source>CoopDesk found damage in the database. It will not save anything in it. Restore the newest good backup, made {0}? The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/damage.py" line="115"/>
        <location filename="../../coopdesk/ui/damage.py" line="123"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/damage.py" line="124"/>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/field_widgets.py" line="98"/>
        <location filename="../../coopdesk/ui/field_widgets.py" line="99"/>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="190"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="191"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="192"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="47"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="47"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="63"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="99"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="104"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="107"/>
        <source>Mark done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="15"/>
        <location filename="../../coopdesk/ui/labels.py" line="25"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="16"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="17"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="18"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="19"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="20"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="21"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="22"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="23"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="26"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="27"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="28"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="29"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="31"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="32"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="33"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="34"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="35"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="38"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="39"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="40"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="41"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="42"/>
        <source>Youth (under 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="43"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="44"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="45"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="46"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="47"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="49"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="50"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="51"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="52"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="53"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="55"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="56"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="57"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="58"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="59"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="60"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="62"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="63"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="64"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="65"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="173"/>
        <source>none: bundles are exchanged by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="174"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="183"/>
        <source>Sync &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="188"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="190"/>
        <source>E&amp;xchange after a pause in changes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="195"/>
        <source>And while open, e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="193"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="198"/>
        <location filename="../../coopdesk/ui/folder_sync.py" line="208"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="86"/>
        <source>Sync folder: exchanging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="121"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/folder_sync.py" line="123"/>
        <source>The last exchange brought %n conflict(s): values that lost to an edit made without knowing them. Review them under Sync.</source>
        <translation>
            <numerusform>The last exchange brought %n conflict: a value that lost to an edit made without knowing it. Review it under Sync.</numerusform>
            <numerusform>The last exchange brought %n conflicts: values that lost to an edit made without knowing them. Review them under Sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="134"/>
        <source>Sync folder: not exchanged ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="149"/>
        <source>Sync folder: no exchange yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="155"/>
        <source>Sync folder {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="157"/>
        <source>Sync folder {0}: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/folder_sync.py" line="158"/>
        <source>Sync folder {0}: {1} new, {2} updated, {3} deleted, {4} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="124"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="125"/>
        <source>municipal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="126"/>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="127"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="145"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="146"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="147"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="148"/>
        <source>undisclosed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="33"/>
        <source>History: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="37"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="37"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="37"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="37"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="55"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="62"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="63"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="64"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="65"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="66"/>
        <source>received by sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="67"/>
        <source>personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="77"/>
        <source>(hidden: no consent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="116"/>
        <source>This laptop and your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="103"/>
        <source>The enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="118"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="120"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="121"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="122"/>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="123"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="124"/>
        <source>Enrolment &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="125"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="126"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="127"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="69"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="70"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="71"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="72"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="73"/>
        <source>Appointment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="74"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="75"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="76"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="77"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="78"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="82"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="83"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="84"/>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="85"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="86"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="88"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="43"/>
        <source>Welcome to CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="44"/>
        <source>Choose the language of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalityKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="93"/>
        <source>village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="94"/>
        <source>town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="95"/>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="79"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="122"/>
        <source>CoopDesk — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="131"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="134"/>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="142"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="145"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="146"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="147"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="148"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="149"/>
        <source>Mediators and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="150"/>
        <source>Localities and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="151"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="152"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="210"/>
        <source>Device: {0}   ·   Organisation: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/main_window.py" line="229"/>
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n change not yet exported</numerusform>
            <numerusform>%n changes not yet exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="128"/>
        <source>motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="129"/>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="130"/>
        <source>round table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="131"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="132"/>
        <source>coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="133"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="134"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="135"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="136"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="96"/>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="97"/>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="98"/>
        <source>health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="99"/>
        <source>social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="102"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="103"/>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="104"/>
        <source>district administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="107"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="162"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="163"/>
        <source>referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="164"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="165"/>
        <source>no action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="36"/>
        <source>Print attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="37"/>
        <source>Print minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="38"/>
        <source>Print record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="44"/>
        <source>Attendance sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="45"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="46"/>
        <source>Consultation record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="60"/>
        <source>This meeting was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="66"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="72"/>
        <source>The document could not be made. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/paper_actions.py" line="107"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="47"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="53"/>
        <source>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="64"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="65"/>
        <source>&amp;Repeat the new one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="84"/>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="92"/>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="113"/>
        <source>Re-encrypting the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="135"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_dialog.py" line="137"/>
        <source>The passphrase was not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../coopdesk/ui/passphrase_hint.py" line="45"/>
        <source>Too short: at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_hint.py" line="50"/>
        <source>Strength: weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_hint.py" line="52"/>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_hint.py" line="54"/>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/passphrase_hint.py" line="58"/>
        <source>Easy to guess: it looks like a common password, word, name, date or pattern, which someone who takes this laptop can try quickly. Several unrelated words make a passphrase much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="161"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="169"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="172"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="176"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="177"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pdf_preview.py" line="85"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="86"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="87"/>
        <source>Save &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="89"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="115"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="115"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="121"/>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="131"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pdf_preview.py" line="132"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="18"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="19"/>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="22"/>
        <source>is too long ({0} characters, at most {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="26"/>
        <source>contains characters that cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="28"/>
        <source>is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="31"/>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="35"/>
        <source>must be after the start ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="39"/>
        <source>is {0}, fewer than women + men ({1} + {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="43"/>
        <source>is {0}, more than the participants ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="47"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="51"/>
        <source>a consultation cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="55"/>
        <source>is before the consultation&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="59"/>
        <source>is required when the person is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="63"/>
        <source>is required when consent is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="67"/>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="71"/>
        <source>personal data is kept only with consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="75"/>
        <source>is required at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="79"/>
        <source>must be a municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="81"/>
        <source>the chosen record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="50"/>
        <source>New: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="67"/>
        <source>Save the record to add its details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="53"/>
        <location filename="../../coopdesk/ui/record_dialog.py" line="77"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="53"/>
        <location filename="../../coopdesk/ui/record_dialog.py" line="78"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="136"/>
        <source>Save the changes to this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="93"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="101"/>
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="109"/>
        <source>Erase this person&apos;s name, phone and notes, and the text of their consultations, on this device and, through sync, on every device? The code and the counts stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="116"/>
        <location filename="../../coopdesk/ui/history_dialog.py" line="125"/>
        <location filename="../../coopdesk/ui/history_dialog.py" line="136"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/history_dialog.py" line="126"/>
        <source>Erased. Other devices erase it when they import this device&apos;s next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="66"/>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="67"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="82"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="83"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="112"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="113"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="114"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="115"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="162"/>
        <source>All: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="225"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/record_list.py" line="227"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="256"/>
        <source>Choose a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="268"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="269"/>
        <location filename="../../coopdesk/ui/record_list.py" line="274"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="289"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="109"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="109"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="116"/>
        <location filename="../../coopdesk/ui/reports_view.py" line="139"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="121"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="122"/>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="123"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="135"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="137"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="138"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="141"/>
        <source>None ticked: every locality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="145"/>
        <location filename="../../coopdesk/ui/reports_view.py" line="324"/>
        <location filename="../../coopdesk/ui/reports_view.py" line="351"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="170"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="171"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="229"/>
        <source>The period starts after it ends: choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="235"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="266"/>
        <source>The figures could not be computed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/reports_view.py" line="286"/>
        <source>%n meeting(s) held in the period.</source>
        <translation>
            <numerusform>%n meeting held in the period.</numerusform>
            <numerusform>%n meetings held in the period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="322"/>
        <source>indicator-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="331"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="343"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="347"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports_view.py" line="350"/>
        <source>The report could not be written. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="33"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="39"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="40"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="41"/>
        <source>Loc&amp;k after idle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="216"/>
        <source>CoopDesk setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specialty</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="108"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="109"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="110"/>
        <source>labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="111"/>
        <source>community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="120"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="135"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="137"/>
        <source>Cancelled: no demo data was loaded. The database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="147"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="283"/>
        <source>CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="284"/>
        <source>A restore or a passphrase change is replacing the database of this data directory. Open CoopDesk again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="63"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="65"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="67"/>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="69"/>
        <source>Re&amp;voke the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="81"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="81"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="81"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="82"/>
        <source>Devices of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="86"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="87"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="88"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="89"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="90"/>
        <source>Lost edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="93"/>
        <source>&amp;Restore the lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="95"/>
        <source>&amp;Keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="101"/>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="107"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="108"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="109"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="110"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="111"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="114"/>
        <source>Exchanges on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="135"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="135"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="137"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync_view.py" line="139"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n change not yet acknowledged</numerusform>
            <numerusform>%n changes not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="149"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="167"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="178"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="182"/>
        <source>refused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="184"/>
        <source>cancelled, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="186"/>
        <source>this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync_view.py" line="188"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="189"/>
        <source>{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="197"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="203"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="213"/>
        <source>{0}: {1} records for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="218"/>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="223"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="232"/>
        <source>Checking the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="266"/>
        <source>Cancelled: the bundle under way was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="268"/>
        <source>refused — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="270"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="275"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="169"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="178"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="293"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="298"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="295"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="302"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="316"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="321"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="323"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="327"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="340"/>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="327"/>
        <source>The device&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="332"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="345"/>
        <source>Device enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="347"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="357"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="359"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="364"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="380"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="138"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="139"/>
        <source>Consultation follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="141"/>
        <source>Meetings in the next {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="171"/>
        <source>Today, {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="137"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="138"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="139"/>
        <source>housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="140"/>
        <source>employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="141"/>
        <source>documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="142"/>
        <source>social assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="143"/>
        <source>municipal plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="144"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="24"/>
        <source>Unlock CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="28"/>
        <source>Enter the passphrase of the database in
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="31"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="46"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="56"/>
        <source>This passphrase does not open the database. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="59"/>
        <source>The database cannot be opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VulnerableGroup</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="149"/>
        <source>Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="150"/>
        <source>migrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="151"/>
        <source>refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="152"/>
        <source>victim of trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="155"/>
        <source>domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="158"/>
        <source>former inmate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="159"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="160"/>
        <source>disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="161"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../coopdesk/ui/workers.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
