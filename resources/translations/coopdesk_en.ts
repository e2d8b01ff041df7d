<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentDetails</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="430"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="431"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="154"/>
        <source>Files: signed sheets, photos, documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="166"/>
        <source>Drop files here, or use Attach files… (PDF, JPEG, PNG or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="174"/>
        <source>Kind of the files added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="176"/>
        <source>Keep photos as taken, with their metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="177"/>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="178"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="179"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="180"/>
        <source>Kind and caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="181"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="188"/>
        <source>Add as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="234"/>
        <source>file not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="237"/>
        <source>Its record came in a bundle without the file; it comes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="260"/>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="280"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="262"/>
        <source>Evidence ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="330"/>
        <source>Remove {0} from this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="346"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="109"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="137"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="220"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="116"/>
        <source>CoopDesk backs up the database once a day, before every import and before every change of the database&apos;s format. It keeps one backup for each of the last 7 days and 4 weeks, the 5 latest before each kind of event, and every backup made with Back up now. Backups are encrypted: each opens with the passphrase the database had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="142"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="144"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="148"/>
        <source>Restore from a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="171"/>
        <source>Before a change of format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="173"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="174"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="175"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="176"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="177"/>
        <source>Before a passphrase change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="181"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="199"/>
        <source>the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="201"/>
        <source>an earlier passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="207"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="224"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="238"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="244"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="256"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="271"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="291"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="238"/>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="246"/>
        <source>This backup was made under an earlier passphrase, which the window cannot ask for here. Restore it with &apos;coopdesk restore&apos; and that passphrase, or choose a newer backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>Replace all the data with the backup of {0}? Changes made since then are set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="263"/>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="263"/>
        <source>CoopDesk backups (*.coopbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="268"/>
        <source>Replace all the data with the backup {0}? The current data is set aside in a new backup, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="276"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="292"/>
        <source>The backup is restored; the window now shows its data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehindTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Expected by now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="144"/>
        <source>Nothing behind schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="159"/>
        <source>Behind schedule: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="170"/>
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
        <location filename="../../coopdesk/ui/records/child_tables.py" line="170"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="241"/>
        <source>Remove the selected row?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="76"/>
        <source>Lower-case Latin letters, digits and _; it never changes once added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="79"/>
        <source>In &amp;Bulgarian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="80"/>
        <source>In &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="81"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="137"/>
        <source>Code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="144"/>
        <source>The office&apos;s own topics, groups and kinds, beside the built-in ones. They reach every device with the next exchange. A code is retired, never deleted: records that hold it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="155"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="178"/>
        <source>&amp;Add code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="179"/>
        <source>&amp;Correct labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="180"/>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="255"/>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="186"/>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="326"/>
        <source>Age bands of reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="190"/>
        <source>From 0, each band starting the year after the one before; the last open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="193"/>
        <source>Ba&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="195"/>
        <source>&amp;Save bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="229"/>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="232"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="232"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="255"/>
        <source>&amp;Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="268"/>
        <source>Add a code to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="297"/>
        <source>Correct the labels of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="310"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="310"/>
        <source>Bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="315"/>
        <source>Retire “{0}”? New records will not offer it; those that hold it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="334"/>
        <source>Reports now count people by the bands {0}.</source>
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
        <location filename="../../coopdesk/ui/protection/damage.py" line="116"/>
        <location filename="../../coopdesk/ui/protection/damage.py" line="125"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="126"/>
        <source>The backup is restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="163"/>
        <source>is not a date: write it as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="167"/>
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
        <location filename="../../coopdesk/ui/shell/wizard.py" line="192"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="193"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="194"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="548"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="559"/>
        <source>{0} created, {1} updated, {2} already kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="564"/>
        <source>Also created: {0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="566"/>
        <source>A backup was taken first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="567"/>
        <source>The new records go to the other devices with the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="49"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="49"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="65"/>
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
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="146"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="147"/>
        <source>Make the two records one: choose what is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="162"/>
        <source>Persons of one locality whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out), with the same year of birth or none. Persons without a name (no consent) are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="168"/>
        <source>Contacts of one organisation whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out). Contacts without a name (no consent) are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="192"/>
        <source>Looking for possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="210"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="212"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="15"/>
        <source>&amp;New locality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="16"/>
        <source>&amp;New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="17"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="18"/>
        <source>&amp;New mediator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="19"/>
        <source>&amp;New appointment procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="20"/>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="21"/>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="22"/>
        <source>&amp;New consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="23"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="24"/>
        <source>&amp;New body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="26"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="32"/>
        <source>The villages, towns and neighbourhoods you work in. Meetings, consultations and people name their locality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="37"/>
        <source>Municipalities, schools, health and social services and NGOs: the partners, and the places people are referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="42"/>
        <source>The professionals and representatives you work with, each in their organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="46"/>
        <source>The health, education, labour and community mediators, and where they live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="50"/>
        <source>Each municipality&apos;s procedure to appoint a mediator, followed stage by stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="54"/>
        <source>The motivation meetings, trainings and round tables you plan and hold, with their participants, decisions and minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="59"/>
        <source>The people you consult, each under a code; a name and a phone are kept only with their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="64"/>
        <source>Each consultation with a person: what it was about, where they were referred, and when to follow it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="69"/>
        <source>The projects a donor funds, with their indicators; the meetings and consultations of a project count towards them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="74"/>
        <source>The coordination mechanisms, networks and working groups that meet in sessions: their members, the sessions planned and held, and who came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="100"/>
        <source>&amp;Clear the search and the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="110"/>
        <source>Nothing matches the search and the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="116"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="10"/>
        <source>must be text, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="11"/>
        <source>contains characters that cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="14"/>
        <source>contains a text direction control (U+{codepoint}), which can make the text read as something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="19"/>
        <source>must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="20"/>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="23"/>
        <source>is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="24"/>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="25"/>
        <source>is not a real date: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="26"/>
        <source>must be a date as YYYY-MM-DD, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="27"/>
        <source>year {year} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="28"/>
        <source>is not a real time: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="29"/>
        <source>must be a time as HH:MM, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="30"/>
        <source>must be a whole number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="31"/>
        <source>cannot be negative, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="32"/>
        <source>is too large ({value}, at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="33"/>
        <source>must be a year between {low} and {high}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="36"/>
        <source>must be yes or no, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="37"/>
        <source>must be one of {allowed}; got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="38"/>
        <source>must be a list of codes, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="39"/>
        <source>must be the id of a record ({kind}), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="40"/>
        <source>is not a valid id: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="41"/>
        <source>must be a list of ids of records ({kind}), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="44"/>
        <source>has {count} records, at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="45"/>
        <source>must be a number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="46"/>
        <source>is not a number: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="47"/>
        <source>must be a finite number, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="48"/>
        <source>is too large (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="49"/>
        <source>has more than two decimals: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="50"/>
        <source>a number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="51"/>
        <source>cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="52"/>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="53"/>
        <source>is given by CoopDesk and cannot be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="54"/>
        <source>cannot be in the future ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="55"/>
        <source>cannot be in the future ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="57"/>
        <source>expected an object of field names and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="60"/>
        <source>is not a field of this record ({kind}; its fields: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="64"/>
        <source>must be after the start ({start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="65"/>
        <source>was written as “{text}”, which names no district: choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="68"/>
        <source>is before the day the meeting starts ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="71"/>
        <source>{hours} hours do not fit in {days} day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="74"/>
        <source>{count} participant(s) attended more days than the {days} it would last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="77"/>
        <source>is more than the {days} day(s) the meeting lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="80"/>
        <source>is {total}, fewer than women + men ({women} + {men})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="83"/>
        <source>is {youth}, more than the participants ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="86"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="89"/>
        <source>a consultation cannot be dated in the future ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="92"/>
        <source>is before the consultation&apos;s date ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="95"/>
        <source>is required when the person is referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="98"/>
        <source>is required when consent is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="99"/>
        <source>personal data is kept only with consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="102"/>
        <source>a participant is either a person or a contact, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="105"/>
        <source>must be at least 1 (leave it empty for all days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="108"/>
        <source>is required once the stage is “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="111"/>
        <source>a member is an organisation or a contact: choose one of them or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="114"/>
        <source>is before the member joined ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="117"/>
        <source>is before the project&apos;s start date ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="120"/>
        <source>is more than the budget ({budget})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="121"/>
        <source>does not apply to an indicator entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="124"/>
        <source>does not apply to the measure “{measure}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="127"/>
        <source>is required: the stage the procedures reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="130"/>
        <source>is before the start of the counting ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="134"/>
        <source>cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="135"/>
        <source>the chosen record ({kind}) no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="136"/>
        <source>no {kind} with the code or id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="137"/>
        <source>this record ({kind}) is not deleted; there is nothing to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="140"/>
        <source>unknown kind of record “{kind}” (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="143"/>
        <source>cannot delete this record ({kind}): still referred to by {referrers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="146"/>
        <source>{count} × {kind} ({field})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="147"/>
        <source>this record ({kind}) was merged into another and lives on there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="150"/>
        <source>is not a field of this record ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="151"/>
        <source>these records ({kind}) have no date to filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="152"/>
        <source>these records ({kind}) cannot be sorted by “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="155"/>
        <source>must be a whole number from 0 to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="156"/>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="159"/>
        <source>must stay a municipality: {count} mediator appointment procedures belong to this municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="164"/>
        <source>must be a municipality ({name} is “{kind}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="167"/>
        <source>{count} projects have the code {code} (made apart on two devices); give one of them another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="172"/>
        <source>another project has the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="173"/>
        <source>{count} bodies are named {code} (made apart on two devices); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="176"/>
        <source>the order must name each of the project&apos;s indicators once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="179"/>
        <source>the project already has an indicator {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="182"/>
        <source>the indicator has {count} entered values; a computed measure would ignore them (delete them first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="187"/>
        <source>indicator {code} is computed from the records ({measure}); values are entered only for indicators entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="192"/>
        <source>the body {name} is dissolved and holds no new sessions (make it active again first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="196"/>
        <source>is already a member of this body over these dates; change the dates of that membership instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="201"/>
        <source>is kept only with consent: tick Consent for this row, or pick from the suggestions the person or contact it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="206"/>
        <source>{count} meeting rows show this name on the strength of this consent: erase the record to empty them too, or clear those rows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="211"/>
        <source>a participant is linked to a person or a contact, not to “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="214"/>
        <source>give both the kind and the id of the record, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="217"/>
        <source>this row is already linked to a person or a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="220"/>
        <source>duplicates are looked for among persons and contacts, not “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="223"/>
        <source>only persons and contacts can be merged, not “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="226"/>
        <source>must be the value of one of the two records being merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="229"/>
        <source>this record ({kind}) cannot be merged: it was merged into another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="232"/>
        <source>this record ({kind}) cannot be merged: it is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="235"/>
        <source>a record cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="236"/>
        <source>only a person&apos;s or a contact&apos;s data can be erased, not “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="239"/>
        <source>demo data goes only into an empty database, and this one holds records ({held}); use a new data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="244"/>
        <source>{count} × {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="245"/>
        <source>must be 1 or more, got {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="247"/>
        <source>“{value}” is not a code list (lists: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="250"/>
        <source>must be lower-case Latin letters, digits and underscores (at most {limit}), got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="254"/>
        <source>{code} is already a built-in code of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="255"/>
        <source>this list already has the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="256"/>
        <source>{code} is not a code added to this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="257"/>
        <source>the code {code} is retired and is no longer given to records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="260"/>
        <source>a code is never deleted, only retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="261"/>
        <source>a code&apos;s list and code never change once written; add another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="264"/>
        <source>“{text}” is not a list of age bands such as 0-17,18-29,30-54,55+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="267"/>
        <source>the band {band} ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="268"/>
        <source>the band {band} goes past age {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="269"/>
        <source>the bands must go from the youngest to the oldest: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="272"/>
        <source>the first band must start at 0, not at {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="275"/>
        <source>only the last band is open-ended, not {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="278"/>
        <source>no band holds the age of {ages}: each band starts the year after the one before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="282"/>
        <source>the band {band} overlaps the band {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="283"/>
        <source>the last band must be open-ended (such as 55+), not {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="287"/>
        <source>the JSON names the field “{key}” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="288"/>
        <source>the JSON holds {name}, which is not a value CoopDesk accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="291"/>
        <source>invalid JSON at line {line}, column {column}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="294"/>
        <source>the JSON is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="295"/>
        <source>the JSON holds a number too long to be a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="298"/>
        <source>the JSON is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="299"/>
        <source>the JSON holds far more lists and objects than text of its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="303"/>
        <source>the meeting “{title}” was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="308"/>
        <source>documents are printed in {languages}, not “{language}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="311"/>
        <source>the meeting “{title}” is still planned: it has no minutes until it is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="315"/>
        <source>{path} is not a file that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="316"/>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="317"/>
        <source>{name} is {size} MB, over the {cap} MB a file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="320"/>
        <source>{name} is neither a PDF nor a photo or scan (JPEG, PNG or WebP), by its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="323"/>
        <source>{name} is named as {named} but its content is {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="326"/>
        <source>{name} is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="327"/>
        <source>{name} claims more pixels than a photo has; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="330"/>
        <source>name at least one file to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="334"/>
        <source>files are attached to {allowed}, not to a {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="338"/>
        <source>a file stays with the record it was attached to; attach it to the other one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="342"/>
        <source>a file is attached to a consultation only with the consent of the person consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="346"/>
        <source>{count} files attached to this person&apos;s consultations rely on this consent: remove them first, or erase the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="351"/>
        <source>the file&apos;s fingerprint (its hash) is not 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="37"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="38"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="39"/>
        <source>Sync schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="40"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="41"/>
        <source>Demo size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="42"/>
        <source>Record merged away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="43"/>
        <source>Record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="44"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="45"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="46"/>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="47"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="48"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="49"/>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="50"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="52"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="53"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="54"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="55"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="59"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="63"/>
        <source>there is no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="64"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="65"/>
        <source>the operation is not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="66"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="67"/>
        <source>the disk can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="68"/>
        <source>it exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="69"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="70"/>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="71"/>
        <source>the disk could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="72"/>
        <source>it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="73"/>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="74"/>
        <source>the folder is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="76"/>
        <source>input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="106"/>
        <source>cannot use {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="110"/>
        <source>an unexpected problem ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="10"/>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="11"/>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="12"/>
        <source>cannot create {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="13"/>
        <source>{path} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="14"/>
        <source>{path} is not a regular file (a device, a link or a pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="17"/>
        <source>{path} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="18"/>
        <source>cannot lock {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="19"/>
        <source>cannot lock {path}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="20"/>
        <source>another CoopDesk has the database of {root} open (a window is open on it, or a command is still running); close it or let the command finish, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="25"/>
        <source>a restore or a passphrase change is replacing the database of {root}; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="30"/>
        <source>a restore or a passphrase change is already running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="33"/>
        <source>wrong passphrase (or the file {path} is not a CoopDesk database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="36"/>
        <source>{path} is not a CoopDesk database (too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="39"/>
        <source>{path} is an unencrypted SQLite file, not a CoopDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="42"/>
        <source>the database {path} is damaged ({detail}); nothing was changed in it. Restore the newest good backup (File → Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="47"/>
        <source>its schema cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="48"/>
        <source>its device record cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="49"/>
        <source>unreadable: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="50"/>
        <source>{root} already holds a CoopDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="51"/>
        <source>there is no CoopDesk database in {root}; set CoopDesk up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="54"/>
        <source>this database was written by a newer CoopDesk (schema {schema}); install the newer CoopDesk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="59"/>
        <source>the change of the database&apos;s format would break {count} references; the database is left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="64"/>
        <source>cannot set the damaged database aside: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="67"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="70"/>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="71"/>
        <source>the passphrase could not be changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="74"/>
        <source>this installation&apos;s cryptography library has no Argon2id (it needs cryptography 44 or later with OpenSSL 3.2 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="80"/>
        <source>the backup {name} is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="81"/>
        <source>the backup {name} is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="82"/>
        <source>{name} is an unfinished backup (its writing stopped before the end); restore a {suffix} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="87"/>
        <source>the backup to {path} failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="88"/>
        <source>the restore into {path} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="89"/>
        <source>there is no backup file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="90"/>
        <source>{path} is not a whole CoopDesk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="91"/>
        <source>{name} was written by a newer CoopDesk (schema {schema})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="94"/>
        <source>{name} is a backup of another device; restoring it here would give this laptop that device&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="99"/>
        <source>cannot re-encrypt {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="101"/>
        <source>no enrolled device “{device}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="102"/>
        <source>this device has no sync keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="103"/>
        <source>{device} is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="104"/>
        <source>only the office enrols devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="105"/>
        <source>only the office revokes devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="106"/>
        <source>the office cannot revoke itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="107"/>
        <source>{name} is not a CoopDesk enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="108"/>
        <source>{name} needs another version of CoopDesk (format {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="111"/>
        <source>wrong enrolment code, or the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="114"/>
        <source>{name} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="115"/>
        <source>no other device is enrolled yet: nothing to send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="118"/>
        <source>{what}, which a CoopDesk of sync schema {schema} cannot read; update CoopDesk on that device and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="123"/>
        <source>the bundle would carry records of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="124"/>
        <source>the bundle would carry the field “{name}” of a record ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="127"/>
        <source>the bundle would carry a record ({kind}) without “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="130"/>
        <source>the bundle would carry an edit of the field “{name}” of a record ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="133"/>
        <source>the bundle would carry “{code}” in the field “{name}” of a record ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="136"/>
        <source>the bundle belongs to another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="137"/>
        <source>the bundle comes from a device this one does not know; import the office&apos;s latest bundle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="142"/>
        <source>the bundle comes from {device}, which has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="145"/>
        <source>the bundle&apos;s content is invalid ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="146"/>
        <source>the bundle&apos;s content names another sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="149"/>
        <source>it comes from a second laptop that joined as {device} with the same enrolment file; revoke {device} and enrol each laptop with a file of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="154"/>
        <source>a record ({kind} {id}) is stamped by device {device}, which was never enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="157"/>
        <source>a record ({kind} {id}) arrives without {missing}; ask its sender for a full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="161"/>
        <source>a record ({kind}) lacks {name}, which is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="164"/>
        <source>a record ({kind} {id}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="165"/>
        <source>a record ({kind} {id}) does not have the id its {name} gives every device; the bundle was not written by CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="170"/>
        <source>it refers to records this device does not have; ask its sender for a full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="174"/>
        <source>{path} is not a folder that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="175"/>
        <source>no sync folder is set; choose one in the settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="178"/>
        <source>the sync folder {path} cannot be reached; will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="181"/>
        <source>{name} skipped for now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="182"/>
        <source>cannot read it ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="183"/>
        <source>no bundle written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="184"/>
        <source>cannot remove {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="186"/>
        <source>not a CoopDesk sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="187"/>
        <source>bundle format {version} needs another version of CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="190"/>
        <source>the file changed while it was read; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="193"/>
        <source>the bundle is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="194"/>
        <source>the bundle is truncated or has bytes added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="195"/>
        <source>a bundle carrying files is read from a file, not from a device or a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="198"/>
        <source>the list of attached files in the bundle does not match the files it carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="201"/>
        <source>an attached file in the bundle is not the one its record names (its fingerprint differs: {sha256}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="206"/>
        <source>the file is larger than any bundle CoopDesk writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="209"/>
        <source>the bundle&apos;s header is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="210"/>
        <source>the bundle&apos;s header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="211"/>
        <source>the bundle is damaged or forged (its signature does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="214"/>
        <source>the bundle is not addressed to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="215"/>
        <source>the bundle cannot be opened with this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="218"/>
        <source>the bundle&apos;s content is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="219"/>
        <source>the bundle&apos;s content is damaged ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="222"/>
        <source>the bundle&apos;s content is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="223"/>
        <source>the bundle&apos;s content is larger than CoopDesk accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="226"/>
        <source>the bundle&apos;s content expands far more than any bundle&apos;s does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="229"/>
        <source>the bundle&apos;s manifest is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="230"/>
        <source>the bundle&apos;s manifest is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="231"/>
        <source>the bundle&apos;s manifest does not match its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="234"/>
        <source>the bundle needs a newer CoopDesk (sync schema {schema}); update CoopDesk to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="238"/>
        <source>the bundle&apos;s content does not match its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="241"/>
        <source>the device list is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="242"/>
        <source>the content is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="243"/>
        <source>the version vector is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="244"/>
        <source>the base vector is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="245"/>
        <source>the list of records is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="246"/>
        <source>the tables of records are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="247"/>
        <source>a record ({kind} {id}) is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="248"/>
        <source>{where}: not a clock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="249"/>
        <source>{where}: not a device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="250"/>
        <source>{where}: not a stamp (a clock value and a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="253"/>
        <source>a record ({kind}), {field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="254"/>
        <source>a record is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="255"/>
        <source>a record ({kind} {id}): its fields are not objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="258"/>
        <source>a record ({kind} {id}) has no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="259"/>
        <source>{where}: not a value with its stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="260"/>
        <source>{where}: given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="261"/>
        <source>a table of records is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="262"/>
        <source>{kind}: a table lacks its fields, devices or rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="265"/>
        <source>{kind}: a table&apos;s field name is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="268"/>
        <source>{kind}: a table&apos;s fields are empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="271"/>
        <source>{kind}: a row lacks its id, its stamp or some of its {count} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="274"/>
        <source>{kind}: a row&apos;s device is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="277"/>
        <source>{kind}: a row names device {device}, which the table does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="280"/>
        <source>a record ({kind}) has no field {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="281"/>
        <source>unknown kind of record {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="282"/>
        <source>{kind}: a record&apos;s id is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="283"/>
        <source>the sender&apos;s installation record is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="286"/>
        <source>the sender&apos;s installation id is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="289"/>
        <source>the number of the sender&apos;s restores is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="292"/>
        <source>the number of the sender&apos;s restores is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="10"/>
        <source>{name} is not a spreadsheet: its UTF-16 text is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="13"/>
        <source>{name} is not a spreadsheet CoopDesk reads (an .xlsx workbook or a .csv file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="16"/>
        <source>{name} is not text in UTF-8 or Windows-1251; save it again as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="19"/>
        <source>{name} is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="20"/>
        <source>{name} is {size} MB; CoopDesk reads spreadsheets of at most {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="23"/>
        <source>cannot read {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="24"/>
        <source>{name} is a password-protected (encrypted) workbook; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="29"/>
        <source>{name} is an Excel 97–2003 workbook (.xls), which CoopDesk does not read; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="34"/>
        <source>{name} is a CSV file: it has no sheets to choose from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="37"/>
        <source>{name}, row {row}: cannot be read as CSV ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="40"/>
        <source>{name} is damaged: it is not a whole .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="41"/>
        <source>{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="46"/>
        <source>{name} is a ZIP file, not an Excel workbook; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="49"/>
        <source>{name} unpacks to more than {limit} MB; CoopDesk does not read workbooks that large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="53"/>
        <source>{name} cannot be read as an Excel workbook ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="56"/>
        <source>{name} has no sheet “{sheet}” (its sheets: {sheets})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="59"/>
        <source>{name} has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="60"/>
        <source>the sheet “{sheet}” is a chart, not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="61"/>
        <source>{name}, row {row}: the sheet cannot be read ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="64"/>
        <source>the sheet “{sheet}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="65"/>
        <source>{where}, row {row}: has a value in column {column}; CoopDesk reads at most {limit} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="70"/>
        <source>{where} has more than {limit} rows; split it into parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="73"/>
        <source>{where} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="74"/>
        <source>{where} has a header (row {row}) but no rows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="77"/>
        <source>records of this kind ({kind}) are not imported from spreadsheets (kinds: {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="80"/>
        <source>“{name}” is not a field a column can fill for this kind ({kind}); fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="84"/>
        <source>“{name}” is not a field a column can fill for this kind ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="87"/>
        <source>the sheet has {count} columns “{header}” ({letters}); choose the one meant by its letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="91"/>
        <source>the sheet has no column “{header}” (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="94"/>
        <source>“{item}” does not say which column fills which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="97"/>
        <source>the column “{column}” is given two fields ({first} and {second}); a column fills one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="102"/>
        <source>the sheet has no column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="103"/>
        <source>columns {first} and {second} both fill “{name}”; a field takes one column (leave the other out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="108"/>
        <source>“{column}” (column {letter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="109"/>
        <source>the name comes from “{column}” and from its parts ({parts}); choose one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="113"/>
        <source>no column gives “{name}”, which every record of this kind ({kind}) needs; choose a column for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="118"/>
        <source>the meeting is given twice: chosen for all rows and named in a column; leave the column out or do not choose the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="123"/>
        <source>participants need their meeting: choose it, or choose a column naming it (by its title, with its date in another column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="128"/>
        <source>a municipality column only tells apart localities named in another column; choose the locality&apos;s column too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="133"/>
        <source>the sheet has personal data (column “{column}”) but no consent column; add a column “Съгласие” (да/не) with “Дата на съгласие”, or say that consent was recorded on paper and on what date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="139"/>
        <source>{invalid} of {rows} rows cannot be imported, so nothing was written; {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="142"/>
        <source>{invalid} of {rows} rows cannot be imported, so nothing was written; {first} (and {more} more rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="147"/>
        <source>row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="148"/>
        <source>row {row}, column “{column}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="151"/>
        <source>no meeting is titled {value} on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="154"/>
        <source>no person has the code {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="155"/>
        <source>no {kind} is named {value}; add it first, or let the import create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="158"/>
        <source>no {kind} is named {value} in the municipality {municipality}; add it first, or let the import create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="163"/>
        <source>cannot be created: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="164"/>
        <source>no person has the code {value} (codes are given by CoopDesk; leave the cell empty for a new person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="169"/>
        <source>{code} is on an earlier row too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="170"/>
        <source>repeats row {row} ({same}); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="171"/>
        <source>the same name, year of birth and locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="172"/>
        <source>the same name and organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="173"/>
        <source>the same person at the same meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="174"/>
        <source>the same name and municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="175"/>
        <source>the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="176"/>
        <source>the same date, title and locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="177"/>
        <source>holds a formula ({value}); CoopDesk takes values only: copy the column and paste it back as values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="182"/>
        <source>holds the spreadsheet error {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="183"/>
        <source>{value} is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="184"/>
        <source>{value} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="185"/>
        <source>{value} is not a date (write it as 14.10.2026 or 2026-10-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="188"/>
        <source>{value} is not a time of day (write it as 10:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="189"/>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="190"/>
        <source>{value} is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="191"/>
        <source>{value} is not yes or no (write да or не)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="192"/>
        <source>{value} is not one of the values CoopDesk knows here: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="195"/>
        <source>{value} is too long for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="196"/>
        <source>{value} cannot be imported into this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="197"/>
        <source>{value}: {count} localities have this name; add a municipality column (Община) to tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="202"/>
        <source>{value}: {count} organisations have this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="205"/>
        <source>{value}: {count} meetings have this title ({dates}); add a column with the meeting&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="20"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="21"/>
        <location filename="../../coopdesk/ui/shell/labels.py" line="32"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="22"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="23"/>
        <source>District as written before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="24"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="25"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="26"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="28"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="29"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="30"/>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="31"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="33"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="34"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="35"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="36"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="38"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="40"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="41"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="42"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="43"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="44"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="45"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="46"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="47"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="48"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="49"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="50"/>
        <source>Youth (under 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="51"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="52"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="53"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="54"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="55"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="56"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="58"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="59"/>
        <source>Invited as a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="60"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="61"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="62"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="63"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="64"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="65"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="66"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="67"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="68"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="69"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="70"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="71"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="72"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="73"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="74"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="75"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="76"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="77"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="78"/>
        <source>Promoter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="79"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="80"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="81"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="82"/>
        <source>Initial budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="83"/>
        <source>Final budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="84"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="85"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="86"/>
        <source>Targeted localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="87"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="88"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="89"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="90"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="91"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="92"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="93"/>
        <source>Values add up as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="94"/>
        <source>Only meetings of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="95"/>
        <source>Only on topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="96"/>
        <source>Only people of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="97"/>
        <source>Only with outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="98"/>
        <source>Only referrals to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="99"/>
        <source>At or past stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="100"/>
        <source>Only specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="101"/>
        <source>Only in localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="102"/>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="103"/>
        <source>Counted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="104"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="105"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="106"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="107"/>
        <source>Age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="108"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="109"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="110"/>
        <source>Days attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="111"/>
        <source>Counts from the named list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="112"/>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="113"/>
        <source>Only consultations of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="114"/>
        <source>Only genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="115"/>
        <source>Only ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="116"/>
        <source>Only representing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="117"/>
        <source>Attended at least (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="118"/>
        <source>Only bodies of kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="119"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="120"/>
        <source>Established on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="121"/>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="122"/>
        <source>Member from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="123"/>
        <source>Member until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="124"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="125"/>
        <source>In Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="126"/>
        <source>In English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="127"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="128"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="130"/>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="131"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="132"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="133"/>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="134"/>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="135"/>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="136"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="137"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="138"/>
        <source>Signed sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="152"/>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="154"/>
        <source>Choose an XLSX or CSV file and what its rows are. Nothing is written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="160"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="161"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="165"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="167"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="169"/>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="171"/>
        <source>The rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="175"/>
        <source>The rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="177"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="178"/>
        <source>Participants of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="192"/>
        <source>— the meeting in a column of the file —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="200"/>
        <source>Import from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="202"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="225"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="237"/>
        <source>{0}: {1} rows under a header of {2} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="247"/>
        <source>Reading cancelled: choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="199"/>
        <source>none: bundles are exchanged by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="203"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="212"/>
        <source>Sync &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="217"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="219"/>
        <source>E&amp;xchange after a pause in changes of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="224"/>
        <source>And while open, e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="222"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="227"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="237"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="87"/>
        <source>Sync folder: exchanging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="122"/>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="124"/>
        <source>The last exchange brought %n conflict(s): values that lost to an edit made without knowing them. Review them under Sync.</source>
        <translation>
            <numerusform>The last exchange brought %n conflict: a value that lost to an edit made without knowing it. Review it under Sync.</numerusform>
            <numerusform>The last exchange brought %n conflicts: values that lost to an edit made without knowing them. Review them under Sync.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="139"/>
        <source>Sync folder: not exchanged ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="154"/>
        <source>Sync folder: no exchange yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="162"/>
        <source>Sync folder {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="167"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="168"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="169"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="170"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="178"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="180"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="181"/>
        <source>changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="181"/>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="182"/>
        <source>Sync folder {0}: {1}; {2}</source>
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
        <location filename="../../coopdesk/ui/records/form_parts.py" line="51"/>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="87"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="54"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="55"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="59"/>
        <source>What it was about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="61"/>
        <source>Outcome and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="75"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="107"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="111"/>
        <source>Partners and localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="132"/>
        <source>What it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="163"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="164"/>
        <source>hours in all</source>
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
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="78"/>
        <source>(hidden: no consent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="118"/>
        <source>This laptop and your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="105"/>
        <source>The enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="120"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="122"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="123"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="124"/>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="125"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="126"/>
        <source>Enrolment &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="127"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="128"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="129"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="379"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="382"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="53"/>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="54"/>
        <source>middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="55"/>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="56"/>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="584"/>
        <source>Import from spreadsheet</source>
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
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="46"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="47"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="48"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="49"/>
        <source>Achieved (period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="50"/>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="51"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="52"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="148"/>
        <source>Expected by now for the time elapsed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="142"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="143"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="144"/>
        <source>Mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="145"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="146"/>
        <source>Appointment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="147"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="148"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="149"/>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="150"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="151"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="152"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="153"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="154"/>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="155"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="156"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="157"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="158"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="159"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="160"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="164"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="165"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="166"/>
        <source>Mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="167"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="168"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="169"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="170"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="171"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="172"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="173"/>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="174"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="175"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="176"/>
        <source>Bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="177"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="178"/>
        <source>Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="179"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="180"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="45"/>
        <source>Welcome to CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="46"/>
        <source>Choose the language of the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListSaving</name>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="33"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="73"/>
        <source>Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="81"/>
        <source>Writing the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="91"/>
        <source>{0} ({1} rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="116"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="176"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="181"/>
        <source>&amp;Code lists and age bands…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="185"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="188"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="192"/>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="201"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="392"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="394"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="395"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="398"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="399"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="400"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="401"/>
        <source>Mediators and appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="402"/>
        <source>Localities and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="403"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="404"/>
        <source>Coordination bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="405"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="441"/>
        <source>The active project: open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="443"/>
        <source>No active project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="444"/>
        <source>Choose the active project in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="393"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="168"/>
        <source>CoopDesk — {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="311"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="271"/>
        <source>The columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="274"/>
        <source>Each column&apos;s field, proposed from its header. Change what is wrong; a column left out is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="289"/>
        <source>Columns and their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="292"/>
        <source>Create the localities and organisations the file names that are not kept yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="296"/>
        <source>Consent to keep the names was recorded on paper on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="300"/>
        <source>Date consent was recorded on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="341"/>
        <source>Field of column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="342"/>
        <source>— not imported —</source>
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
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="111"/>
        <source>The two agree on every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="113"/>
        <source>The person keeps the code of the record kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="127"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="180"/>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="201"/>
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
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="229"/>
        <source>all days</source>
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
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="67"/>
        <source>This meeting is still planned: its minutes are printed once it has been held. Set its status to “{0}” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="72"/>
        <source>This meeting is still planned: its minutes are printed once it has been held. Set its status to “{0}” and fill in what the minutes record: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="87"/>
        <source>This meeting was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="93"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="99"/>
        <source>The document could not be made. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="152"/>
        <source>Preparing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/save_targets.py" line="65"/>
        <source>Saved: {0}</source>
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
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="67"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="69"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="72"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="73"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="146"/>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="147"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="151"/>
        <source>Person {0}: counted once however many meetings they attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="155"/>
        <source>Contact: counted once as a representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="157"/>
        <source>Linked to no person or contact: counted as an attendance, not as a person. Type the name to pick who it is, or create a person from this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="171"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="192"/>
        <source>A member invited: counts as attending once ticked</source>
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
        <location filename="../../coopdesk/ui/shell/wizard.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="171"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="174"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="178"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="179"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="87"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="91"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="92"/>
        <source>Save &amp;as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="94"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="120"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="120"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="125"/>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="135"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="136"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="397"/>
        <source>What the import would do. Nothing is written until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="399"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="418"/>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="431"/>
        <source>Checking {0} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="454"/>
        <source>{0} rows: {1} to create, {2} to update, {3} already kept as they are, {4} empty; {5} cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="479"/>
        <source>Correct these rows in the file, or leave their columns out, and read it again: an import writes all its rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="486"/>
        <source>Will be created: {0} «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="488"/>
        <source>Not found: {0} «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="494"/>
        <source>{0} rows look like records already kept; check them after the import in Possible duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="499"/>
        <source>Not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="506"/>
        <source>Checking cancelled. Go back, or check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="523"/>
        <source>Importing {0} rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="89"/>
        <source>← &amp;All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="99"/>
        <source>Edit pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="102"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="283"/>
        <source>Make a&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="104"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="116"/>
        <source>Donor / programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="117"/>
        <source>Promoter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="118"/>
        <source>Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="119"/>
        <source>Targeted localities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="122"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="123"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="124"/>
        <source>Budget (initial / final):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="125"/>
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
        <location filename="../../coopdesk/ui/projects/project_page.py" line="166"/>
        <source>Add &amp;indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="167"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="168"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="169"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="170"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="171"/>
        <source>Enter a &amp;value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="172"/>
        <source>A value of a manual indicator, dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="213"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="218"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="264"/>
        <source>Indicators, achieved from {0} to {1} — another period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/projects/project_page.py" line="275"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="283"/>
        <source>Active project ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="351"/>
        <source>Delete the indicator {0} ({1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="352"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="357"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="372"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="50"/>
        <source>Job &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="51"/>
        <source>Scheduled &amp;printing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="52"/>
        <source>&amp;Billing information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="53"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="54"/>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="17"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="47"/>
        <source>Page &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="48"/>
        <source>Pages &amp;per sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="49"/>
        <source>Centimeters (cm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="33"/>
        <source>Invalid Pages Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="34"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="39"/>
        <source>Duplex Settings Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="40"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="43"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="44"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="22"/>
        <source>Double Sided Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="23"/>
        <source>Long side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="24"/>
        <source>Short side binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="25"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="26"/>
        <source>Page &amp;Set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="27"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="28"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="200"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="201"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="202"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="203"/>
        <source>Cancel</source>
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
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="69"/>
        <source>New: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="72"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="121"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="72"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="122"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="163"/>
        <source>Complete the form first: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="215"/>
        <source>Save the changes to this record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="96"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="104"/>
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="112"/>
        <source>Erase this person&apos;s name, phone and notes, and the text of their consultations, on this device and, through sync, on every device? The code and the counts stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="119"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="128"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="143"/>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="129"/>
        <source>Erased. Other devices erase it when they import this device&apos;s next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
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
    <message>
        <location filename="../../coopdesk/ui/records/record_form.py" line="357"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="109"/>
        <source>Search… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="110"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="132"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="132"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="101"/>
        <source>New record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="169"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="170"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="172"/>
        <source>Save the &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="173"/>
        <source>The rows shown, as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="231"/>
        <source>All: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="235"/>
        <source>Without: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="333"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/records/record_list.py" line="335"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="365"/>
        <source>Choose a record first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="377"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="378"/>
        <location filename="../../coopdesk/ui/records/record_list.py" line="383"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="404"/>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/records/list_model.py" line="398"/>
        <source>A signed attendance sheet is attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefsInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="465"/>
        <source>Type to narrow the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="481"/>
        <source>Search: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="115"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="115"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="121"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="144"/>
        <source>Localities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="126"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="127"/>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="128"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="140"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="142"/>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="143"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="146"/>
        <source>None ticked: every locality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="150"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="344"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="369"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="174"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="175"/>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="241"/>
        <source>The period starts after it ends: choose the dates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="247"/>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="278"/>
        <source>The figures could not be computed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="298"/>
        <source>%n meeting(s) held in the period.</source>
        <translation>
            <numerusform>%n meeting held in the period.</numerusform>
            <numerusform>%n meetings held in the period.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="349"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="365"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="368"/>
        <source>The report could not be written. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="52"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="53"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="54"/>
        <source>Ne&amp;w session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="55"/>
        <source>&amp;Attendance sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="73"/>
        <source>Sessions planned and held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="90"/>
        <source>The attendance sheet of the next planned session, with the members&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="111"/>
        <source>Sessions while a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="112"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="113"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="115"/>
        <source>Attendance of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="149"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="173"/>
        <source>{0} – {1}: sessions held {2} of {3} planned; average attendance {4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="185"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="185"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="207"/>
        <source>Q{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="230"/>
        <source>No session of this body is planned from today. Add one with “New session…”: its sheet lists the members sitting on its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="243"/>
        <source>Session of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="40"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="46"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="47"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="48"/>
        <source>Loc&amp;k after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="57"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="62"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="64"/>
        <source>Active &amp;project:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="232"/>
        <source>CoopDesk setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="126"/>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="142"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="144"/>
        <source>Cancelled: no demo data was loaded. The database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="160"/>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="304"/>
        <source>CoopDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="305"/>
        <source>A restore or a passphrase change is replacing the database of this data directory. Open CoopDesk again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="97"/>
        <source>No other device is enrolled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="100"/>
        <source>%n change(s) only on this device: no other device is enrolled yet</source>
        <translation>
            <numerusform>%n change only on this device: no other device is enrolled yet</numerusform>
            <numerusform>%n changes only on this device: no other device is enrolled yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="107"/>
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform>
            <numerusform>%n changes not yet sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="110"/>
        <source>%n change(s) sent, not yet acknowledged</source>
        <translation>
            <numerusform>%n change sent, not yet acknowledged</numerusform>
            <numerusform>%n changes sent, not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="112"/>
        <source>Every change sent and acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="116"/>
        <source>Enrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="120"/>
        <source>Exchange now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="124"/>
        <source>Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="89"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="91"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="93"/>
        <source>E&amp;nrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="96"/>
        <source>Re&amp;voke the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="106"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="216"/>
        <source>Files in the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="108"/>
        <source>&amp;Files in the bundles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="128"/>
        <source>No other device is enrolled yet: a bundle would have no one to go to. Enrol a device first: CoopDesk writes an enrolment file and a code for the laptop that joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="134"/>
        <source>No other device is known yet: ask the office to enrol this laptop, then import the office&apos;s first bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="139"/>
        <source>Enrol a device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="142"/>
        <source>Enrol a device first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="148"/>
        <source>Devices of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="152"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="153"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="154"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="155"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="156"/>
        <source>Lost edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="162"/>
        <source>No conflict to review. When two devices change the same field before they have exchanged, the later edit wins and the value it replaced is kept here, to be restored or let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="167"/>
        <source>&amp;Restore the lost value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="169"/>
        <source>&amp;Keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="175"/>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="181"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="182"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="183"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="184"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="185"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="191"/>
        <source>No exchange yet. Export a bundle and take it to the other device (a USB stick, an e-mail), or set a sync folder in Settings that the devices share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="195"/>
        <source>Exchanges on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="224"/>
        <source>%n attached file(s) not yet received</source>
        <translation>
            <numerusform>%n attached file not yet received</numerusform>
            <numerusform>%n attached files not yet received</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="231"/>
        <source>{0} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="233"/>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="274"/>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="274"/>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="243"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="245"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n change not yet acknowledged</numerusform>
            <numerusform>%n changes not yet acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="260"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="282"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="298"/>
        <source>refused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="302"/>
        <source>cancelled, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="304"/>
        <source>this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="306"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="307"/>
        <source>{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="315"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="319"/>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="325"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="335"/>
        <source>{0}: {1} records for {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="339"/>
        <source>%n attached file(s) in it.</source>
        <translation>
            <numerusform>%n attached file in it.</numerusform>
            <numerusform>%n attached files in it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="343"/>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="348"/>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="357"/>
        <source>Checking the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="393"/>
        <source>Cancelled: the bundle under way was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="395"/>
        <source>refused — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="397"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="402"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="284"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="420"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="425"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="422"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="429"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="443"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="448"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="450"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="454"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="467"/>
        <source>Enrol a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="454"/>
        <source>The device&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="459"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="472"/>
        <source>Device enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="474"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="484"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="486"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="491"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="507"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="215"/>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="216"/>
        <source>Consultation follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="218"/>
        <source>Meetings in the next {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="221"/>
        <source>Held in the last {0} days, no signed sheet attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="287"/>
        <source>Today, {0}</source>
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
        <location filename="../../coopdesk/ui/protection/unlock.py" line="62"/>
        <source>The database cannot be opened: {0}</source>
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
<context>
    <name>_Working</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="102"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
