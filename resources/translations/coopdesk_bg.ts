<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AttachmentDetails</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="430"/>
        <source>&amp;Save</source>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="431"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="154"/>
        <source>Files: signed sheets, photos, documents</source>
        <translation>Файлове: подписани листове, снимки, документи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="166"/>
        <source>Drop files here, or use Attach files… (PDF, JPEG, PNG or WebP).</source>
        <translation>Пуснете файловете тук или използвайте „Прикачване на файлове…“ (PDF, JPEG, PNG или WebP).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="174"/>
        <source>Kind of the files added</source>
        <translation>Вид на добавяните файлове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="176"/>
        <source>Keep photos as taken, with their metadata</source>
        <translation>Снимките да останат както са заснети, с метаданните си</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="177"/>
        <source>Attach files…</source>
        <translation>Прикачване на файлове…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="178"/>
        <source>Open</source>
        <translation>Отваряне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="179"/>
        <source>Save a copy…</source>
        <translation>Запис на копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="180"/>
        <source>Kind and caption…</source>
        <translation>Вид и надпис…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="181"/>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="188"/>
        <source>Add as:</source>
        <translation>Добавяне като:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="234"/>
        <source>file not yet received</source>
        <translation>файлът още не е получен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="237"/>
        <source>Its record came in a bundle without the file; it comes later.</source>
        <translation>Записът е дошъл с пакет без файла; файлът ще дойде по-късно.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="260"/>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="280"/>
        <source>Attach files</source>
        <translation>Прикачване на файлове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="262"/>
        <source>Evidence ({0})</source>
        <translation>Доказателства ({0})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="330"/>
        <source>Remove {0} from this record?</source>
        <translation>Да се премахне ли {0} от този запис?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="346"/>
        <source>Save a copy</source>
        <translation>Запис на копие</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="109"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="137"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="220"/>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="116"/>
        <source>CoopDesk backs up the database once a day, before every import and before every change of the database&apos;s format. It keeps one backup for each of the last 7 days and 4 weeks, the 5 latest before each kind of event, and every backup made with Back up now. Backups are encrypted: each opens with the passphrase the database had when it was made.</source>
        <translation>CoopDesk прави резервно копие на базата данни веднъж дневно, преди всеки внос и преди всяка промяна на формата на базата данни. Пази по едно копие за всеки от последните 7 дни и 4 седмици, последните 5 копия преди всеки вид събитие и всяко копие, направено с „Направи резервно копие сега“. Резервните копия са криптирани: всяко се отваря с паролата, която базата данни е имала, когато е направено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="127"/>
        <source>Opens with</source>
        <translation>Отваря се с</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="142"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервно копие сега</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="144"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Възстанови избраното копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="148"/>
        <source>Restore from a &amp;file…</source>
        <translation>Възстанови от &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="171"/>
        <source>Before a change of format</source>
        <translation>Преди промяна на формата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="173"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="174"/>
        <source>Made by hand</source>
        <translation>Ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="175"/>
        <source>Before an import</source>
        <translation>Преди внос</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="176"/>
        <source>Before a restore</source>
        <translation>Преди възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="177"/>
        <source>Before a passphrase change</source>
        <translation>Преди смяна на паролата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="181"/>
        <source>Reading the backups…</source>
        <translation>Четене на резервните копия…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="199"/>
        <source>the current passphrase</source>
        <translation>текущата парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="201"/>
        <source>an earlier passphrase</source>
        <translation>предишна парола</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="207"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n резервно копие</numerusform>
            <numerusform>%n резервни копия</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="224"/>
        <source>Backing up…</source>
        <translation>Създаване на резервно копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="238"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="244"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="256"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="271"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="291"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="238"/>
        <source>Choose a backup in the list first.</source>
        <translation>Първо изберете резервно копие от списъка.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="246"/>
        <source>This backup was made under an earlier passphrase, which the window cannot ask for here. Restore it with &apos;coopdesk restore&apos; and that passphrase, or choose a newer backup.</source>
        <translation>Това резервно копие е направено с предишна парола, която прозорецът не може да поиска тук. Възстановете го с „coopdesk restore“ и онази парола или изберете по-ново копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>Replace all the data with the backup of {0}? Changes made since then are set aside in a new backup, not lost.</source>
        <translation>Да се заменят ли всички данни с резервното копие от {0}? Промените, направени оттогава, не се губят, а се запазват в ново резервно копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="263"/>
        <source>Restore from a file</source>
        <translation>Възстановяване от файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="263"/>
        <source>CoopDesk backups (*.coopbak)</source>
        <translation>Резервни копия на CoopDesk (*.coopbak)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="268"/>
        <source>Replace all the data with the backup {0}? The current data is set aside in a new backup, not lost.</source>
        <translation>Да се заменят ли всички данни с резервното копие {0}? Текущите данни не се губят, а се запазват в ново резервно копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="276"/>
        <source>Restoring…</source>
        <translation>Възстановяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="292"/>
        <source>The backup is restored; the window now shows its data.</source>
        <translation>Резервното копие е възстановено; прозорецът вече показва неговите данни.</translation>
    </message>
</context>
<context>
    <name>BehindTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Achieved</source>
        <translation>Постигнато</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="133"/>
        <source>Expected by now</source>
        <translation>Очаквано досега</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="144"/>
        <source>Nothing behind schedule.</source>
        <translation>Няма изоставане от графика.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="159"/>
        <source>Behind schedule: {0}</source>
        <translation>Изоставане от графика: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="170"/>
        <source>{0} of {1}</source>
        <translation>{0} от {1}</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="137"/>
        <source>Adding a row saves the record first.</source>
        <translation>Добавянето на ред първо запазва записа.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="157"/>
        <source>Record stage change</source>
        <translation>Запиши смяна на етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="157"/>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="158"/>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="167"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="168"/>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="169"/>
        <source>Stage history</source>
        <translation>История на етапите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="170"/>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/child_tables.py" line="241"/>
        <source>Remove the selected row?</source>
        <translation>Да се премахне ли избраният ред?</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="76"/>
        <source>Lower-case Latin letters, digits and _; it never changes once added</source>
        <translation>Малки латински букви, цифри и _; не се променя, след като е добавен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="79"/>
        <source>In &amp;Bulgarian:</source>
        <translation>На &amp;български:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="80"/>
        <source>In &amp;English:</source>
        <translation>На &amp;английски:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="81"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
</context>
<context>
    <name>CodeListsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="137"/>
        <source>Code lists</source>
        <translation>Кодови списъци</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="144"/>
        <source>The office&apos;s own topics, groups and kinds, beside the built-in ones. They reach every device with the next exchange. A code is retired, never deleted: records that hold it keep it.</source>
        <translation>Темите, групите и видовете, добавени от офиса към вградените. Стигат до всяко устройство при следващия обмен. Код се оттегля, никога не се изтрива: записите, които го съдържат, го запазват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="155"/>
        <source>&amp;List:</source>
        <translation>&amp;Списък:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>Bulgarian</source>
        <translation>Български</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>English</source>
        <translation>Английски</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="163"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="178"/>
        <source>&amp;Add code…</source>
        <translation>&amp;Добави код…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="179"/>
        <source>&amp;Correct labels…</source>
        <translation>&amp;Поправи имената…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="180"/>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="255"/>
        <source>&amp;Retire</source>
        <translation>&amp;Оттегли</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="186"/>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="326"/>
        <source>Age bands of reports</source>
        <translation>Възрастови групи в отчетите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="190"/>
        <source>From 0, each band starting the year after the one before; the last open</source>
        <translation>От 0, всяка група започва от годината след края на предишната; последната е отворена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="193"/>
        <source>Ba&amp;nds:</source>
        <translation>Гр&amp;упи:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="195"/>
        <source>&amp;Save bands</source>
        <translation>&amp;Запази групите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="229"/>
        <source>built in</source>
        <translation>вграден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="232"/>
        <source>retired</source>
        <translation>оттеглен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="232"/>
        <source>added</source>
        <translation>добавен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="255"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Върни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="268"/>
        <source>Add a code to “{0}”</source>
        <translation>Нов код в „{0}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="297"/>
        <source>Correct the labels of “{0}”</source>
        <translation>Поправка на имената на „{0}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="310"/>
        <source>Retire</source>
        <translation>Оттегляне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="310"/>
        <source>Bring back</source>
        <translation>Връщане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="315"/>
        <source>Retire “{0}”? New records will not offer it; those that hold it keep it.</source>
        <translation>Да се оттегли ли „{0}“? Новите записи няма да го предлагат; тези, които го съдържат, го запазват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/code_lists_dialog.py" line="334"/>
        <source>Reports now count people by the bands {0}.</source>
        <translation>Отчетите вече броят хората по групите {0}.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../coopdesk/ui/shell/crash.py" line="36"/>
        <source>Something went wrong</source>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/crash.py" line="37"/>
        <source>CoopDesk met an unexpected problem ({0}). Your saved records are safe. The details are in the log file:
{1}</source>
        <translation>CoopDesk срещна неочакван проблем ({0}). Записаните данни са запазени. Подробности има в дневника:
{1}</translation>
    </message>
</context>
<context>
    <name>Damage</name>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="56"/>
        <source>The database is damaged</source>
        <translation>Базата данни е повредена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="61"/>
        <source>CoopDesk found damage in the database, and no good backup is in the backups folder. It will not save anything in the database. Ask for help, or close CoopDesk and restore a backup kept elsewhere with &apos;coopdesk restore&apos;.</source>
        <translation>CoopDesk откри повреда в базата данни, а в папката с резервни копия няма изправно копие. Програмата няма да записва нищо в базата данни. Потърсете помощ или затворете CoopDesk и възстановете копие, пазено другаде, с „coopdesk restore“.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="73"/>
        <source>CoopDesk found damage in the database. It will not save anything in it. Restore the newest good backup, made {0}? The damaged file is kept in the backups folder.</source>
        <translation>CoopDesk откри повреда в базата данни. Програмата няма да записва нищо в нея. Да се възстанови ли най-новото изправно резервно копие, направено {0}? Повреденият файл се запазва в папката с резервни копия.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="116"/>
        <location filename="../../coopdesk/ui/protection/damage.py" line="125"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="126"/>
        <source>The backup is restored.</source>
        <translation>Резервното копие е възстановено.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="163"/>
        <source>is not a date: write it as {0}</source>
        <translation>не е дата: напишете я като {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="167"/>
        <source>{0}: choose from the calendar</source>
        <translation>{0}: изберете от календара</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="104"/>
        <source>e.g. {0}</source>
        <translation>напр. {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="112"/>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Изберете от календара (Alt+стрелка надолу)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/date_line.py" line="113"/>
        <source>Choose from the calendar</source>
        <translation>Изберете от календара</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="192"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="193"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation>За да пробвате CoopDesk, заредете реалистичен демонстрационен проект.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="194"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation>&amp;Зареди демонстрационни данни (срещи, медиатори, консултации)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="548"/>
        <source>Imported</source>
        <translation>Внесено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="559"/>
        <source>{0} created, {1} updated, {2} already kept as they were.</source>
        <translation>Създадени: {0}, обновени: {1}, вече записани без промяна: {2}.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="564"/>
        <source>Also created: {0} × {1}</source>
        <translation>Създадени още: {0} × {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="566"/>
        <source>A backup was taken first: {0}</source>
        <translation>Преди това е направено резервно копие: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="567"/>
        <source>The new records go to the other devices with the next exchange.</source>
        <translation>Новите записи отиват към другите устройства при следващия обмен.</translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="49"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="49"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="65"/>
        <source>Nothing here.</source>
        <translation>Няма нищо тук.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="103"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="108"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="111"/>
        <source>Mark done: {0}</source>
        <translation>Отбележи като изпълнено: {0}</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="119"/>
        <source>Look among</source>
        <translation>Търсене сред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="123"/>
        <source>Look among:</source>
        <translation>Търсене сред:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="125"/>
        <source>&amp;Look again</source>
        <translation>&amp;Търсене отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="142"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="146"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Обединяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="147"/>
        <source>Make the two records one: choose what is kept</source>
        <translation>Двата записа стават един: изберете какво да остане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="162"/>
        <source>Persons of one locality whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out), with the same year of birth or none. Persons without a name (no consent) are not compared.</source>
        <translation>Лица от едно населено място с близки имена (друго изписване или азбука, една буква разлика, имена в друг ред, пропуснато бащино име) и една и съща година на раждане или без година. Лица без име (без съгласие) не се сравняват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="168"/>
        <source>Contacts of one organisation whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out). Contacts without a name (no consent) are not compared.</source>
        <translation>Контакти от една организация с близки имена (друго изписване или азбука, една буква разлика, имена в друг ред, пропуснато бащино име). Контакти без име (без съгласие) не се сравняват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="192"/>
        <source>Looking for possible duplicates…</source>
        <translation>Търсят се възможни дубликати…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="210"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n възможен дубликат</numerusform>
            <numerusform>%n възможни дубликата</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="212"/>
        <source>No possible duplicates found.</source>
        <translation>Не са намерени възможни дубликати.</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="15"/>
        <source>&amp;New locality…</source>
        <translation>&amp;Ново населено място…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="16"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Нова организация…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="17"/>
        <source>&amp;New contact…</source>
        <translation>&amp;Нов контакт…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="18"/>
        <source>&amp;New mediator…</source>
        <translation>&amp;Нов медиатор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="19"/>
        <source>&amp;New appointment procedure…</source>
        <translation>&amp;Нова процедура за назначаване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="20"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Нова среща…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="21"/>
        <source>&amp;New person…</source>
        <translation>&amp;Ново лице…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="22"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Нова консултация…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="23"/>
        <source>&amp;New project…</source>
        <translation>&amp;Нов проект…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="24"/>
        <source>&amp;New body…</source>
        <translation>&amp;Нов орган…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="26"/>
        <source>&amp;New…</source>
        <translation>&amp;Нов запис…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="32"/>
        <source>The villages, towns and neighbourhoods you work in. Meetings, consultations and people name their locality.</source>
        <translation>Селата, градовете и кварталите, в които работите. Срещите, консултациите и лицата посочват своето населено място.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="37"/>
        <source>Municipalities, schools, health and social services and NGOs: the partners, and the places people are referred to.</source>
        <translation>Общини, училища, здравни и социални служби и НПО: партньорите и местата, към които хората се насочват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="42"/>
        <source>The professionals and representatives you work with, each in their organisation.</source>
        <translation>Специалистите и представителите, с които работите, всеки в своята организация.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="46"/>
        <source>The health, education, labour and community mediators, and where they live.</source>
        <translation>Здравните, образователните, трудовите и общностните медиатори и къде живеят.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="50"/>
        <source>Each municipality&apos;s procedure to appoint a mediator, followed stage by stage.</source>
        <translation>Процедурата на всяка община за назначаване на медиатор, проследена етап по етап.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="54"/>
        <source>The motivation meetings, trainings and round tables you plan and hold, with their participants, decisions and minutes.</source>
        <translation>Мотивационните срещи, обученията и кръглите маси, които планирате и провеждате, с участниците, решенията и протоколите им.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="59"/>
        <source>The people you consult, each under a code; a name and a phone are kept only with their consent.</source>
        <translation>Хората, които консултирате, всеки под код; име и телефон се пазят само с тяхното съгласие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="64"/>
        <source>Each consultation with a person: what it was about, where they were referred, and when to follow it up.</source>
        <translation>Всяка консултация с човек: за какво е била, къде е насочен и кога да се проследи.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="69"/>
        <source>The projects a donor funds, with their indicators; the meetings and consultations of a project count towards them.</source>
        <translation>Проектите, финансирани от донор, с техните индикатори; срещите и консултациите по даден проект се отчитат към тях.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="74"/>
        <source>The coordination mechanisms, networks and working groups that meet in sessions: their members, the sessions planned and held, and who came.</source>
        <translation>Координационните механизми, мрежите и работните групи, които заседават: техните членове, планираните и проведените заседания и кой е присъствал.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="100"/>
        <source>&amp;Clear the search and the filters</source>
        <translation>&amp;Изчисти търсенето и филтрите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="110"/>
        <source>Nothing matches the search and the filters.</source>
        <translation>Нищо не отговаря на търсенето и филтрите.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/empty_list.py" line="116"/>
        <source>Nothing recorded yet.</source>
        <translation>Все още няма нищо записано.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="10"/>
        <source>must be text, got {value}</source>
        <translation>трябва да е текст, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="11"/>
        <source>contains characters that cannot be stored</source>
        <translation>съдържа знаци, които не могат да се запишат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="14"/>
        <source>contains a text direction control (U+{codepoint}), which can make the text read as something else</source>
        <translation>съдържа знак за посока на текста (U+{codepoint}), който може да го направи да се чете като нещо друго</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="19"/>
        <source>must be a single line</source>
        <translation>трябва да е на един ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="20"/>
        <source>is too long ({length} characters, at most {limit})</source>
        <translation>е твърде дълго ({length} знака, най-много {limit})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="23"/>
        <source>is not a phone number</source>
        <translation>не е телефонен номер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="24"/>
        <source>is not an e-mail address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="25"/>
        <source>is not a real date: {value}</source>
        <translation>не е истинска дата: {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="26"/>
        <source>must be a date as YYYY-MM-DD, got {value}</source>
        <translation>трябва да е дата във вида ГГГГ-ММ-ДД, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="27"/>
        <source>year {year} is out of range</source>
        <translation>годината {year} е извън допустимото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="28"/>
        <source>is not a real time: {value}</source>
        <translation>не е истински час: {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="29"/>
        <source>must be a time as HH:MM, got {value}</source>
        <translation>трябва да е час във вида ЧЧ:ММ, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="30"/>
        <source>must be a whole number, got {value}</source>
        <translation>трябва да е цяло число, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="31"/>
        <source>cannot be negative, got {value}</source>
        <translation>не може да е отрицателно, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="32"/>
        <source>is too large ({value}, at most {limit})</source>
        <translation>е твърде голямо ({value}, най-много {limit})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="33"/>
        <source>must be a year between {low} and {high}, got {value}</source>
        <translation>трябва да е година между {low} и {high}, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="36"/>
        <source>must be yes or no, got {value}</source>
        <translation>трябва да е „да“ или „не“, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="37"/>
        <source>must be one of {allowed}; got {value}</source>
        <translation>трябва да е едно от {allowed}, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="38"/>
        <source>must be a list of codes, got {value}</source>
        <translation>трябва да е списък от кодове, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="39"/>
        <source>must be the id of a record ({kind}), got {value}</source>
        <translation>трябва да е идентификатор на запис ({kind}), а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="40"/>
        <source>is not a valid id: {value}</source>
        <translation>не е валиден идентификатор: {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="41"/>
        <source>must be a list of ids of records ({kind}), got {value}</source>
        <translation>трябва да е списък от идентификатори на записи ({kind}), а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="44"/>
        <source>has {count} records, at most {limit}</source>
        <translation>има {count} записа, а най-много са {limit}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="45"/>
        <source>must be a number, got {value}</source>
        <translation>трябва да е число, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="46"/>
        <source>is not a number: {value}</source>
        <translation>не е число: {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="47"/>
        <source>must be a finite number, got {value}</source>
        <translation>трябва да е крайно число, а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="48"/>
        <source>is too large (at most {limit})</source>
        <translation>е твърде голямо (най-много {limit})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="49"/>
        <source>has more than two decimals: {value}</source>
        <translation>има повече от два знака след десетичната запетая: {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="50"/>
        <source>a number too large</source>
        <translation>твърде голямо число</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="51"/>
        <source>cannot be empty</source>
        <translation>не може да е празно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="52"/>
        <source>is required</source>
        <translation>е задължително</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="53"/>
        <source>is given by CoopDesk and cannot be set</source>
        <translation>се определя от CoopDesk и не може да се задава</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="54"/>
        <source>cannot be in the future ({date})</source>
        <translation>не може да е в бъдещето ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="55"/>
        <source>cannot be in the future ({year})</source>
        <translation>не може да е в бъдещето ({year})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="57"/>
        <source>expected an object of field names and values</source>
        <translation>очаква се обект с имена на полета и стойности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="60"/>
        <source>is not a field of this record ({kind}; its fields: {known})</source>
        <translation>не е поле на този запис ({kind}; полетата му са: {known})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="64"/>
        <source>must be after the start ({start})</source>
        <translation>трябва да е след началото ({start})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="65"/>
        <source>was written as “{text}”, which names no district: choose it</source>
        <translation>е записана като „{text}“, което не е област: изберете я</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="68"/>
        <source>is before the day the meeting starts ({date})</source>
        <translation>е преди деня, в който започва срещата ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="71"/>
        <source>{hours} hours do not fit in {days} day(s)</source>
        <translation>{hours} часа не се побират в {days} дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="74"/>
        <source>{count} participant(s) attended more days than the {days} it would last</source>
        <translation>{count} участници са присъствали повече дни от {days}, колкото би продължила</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="77"/>
        <source>is more than the {days} day(s) the meeting lasts</source>
        <translation>е повече от дните на срещата ({days})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="80"/>
        <source>is {total}, fewer than women + men ({women} + {men})</source>
        <translation>е {total}, по-малко от жените + мъжете ({women} + {men})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="83"/>
        <source>is {youth}, more than the participants ({total})</source>
        <translation>е {youth}, повече от участниците ({total})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="86"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation>среща с бъдеща дата не може още да е проведена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="89"/>
        <source>a consultation cannot be dated in the future ({date})</source>
        <translation>консултацията не може да е с бъдеща дата ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="92"/>
        <source>is before the consultation&apos;s date ({date})</source>
        <translation>е преди датата на консултацията ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="95"/>
        <source>is required when the person is referred</source>
        <translation>е задължително, когато лицето е насочено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="98"/>
        <source>is required when consent is given</source>
        <translation>е задължителна, когато е дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="99"/>
        <source>personal data is kept only with consent recorded</source>
        <translation>личните данни се пазят само при записано съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="102"/>
        <source>a participant is either a person or a contact, not both</source>
        <translation>участникът е или лице, или контакт, не и двете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="105"/>
        <source>must be at least 1 (leave it empty for all days)</source>
        <translation>трябва да е поне 1 (оставете празно за всички дни)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="108"/>
        <source>is required once the stage is “{stage}”</source>
        <translation>е задължително от етап „{stage}“ нататък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="111"/>
        <source>a member is an organisation or a contact: choose one of them or both</source>
        <translation>член е организация или контакт: изберете едното или двете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="114"/>
        <source>is before the member joined ({date})</source>
        <translation>е преди членът да се присъедини ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="117"/>
        <source>is before the project&apos;s start date ({date})</source>
        <translation>е преди началото на проекта ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="120"/>
        <source>is more than the budget ({budget})</source>
        <translation>е повече от бюджета ({budget})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="121"/>
        <source>does not apply to an indicator entered by hand</source>
        <translation>не се прилага за индикатор, въвеждан ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="124"/>
        <source>does not apply to the measure “{measure}”</source>
        <translation>не се прилага за измерването „{measure}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="127"/>
        <source>is required: the stage the procedures reach</source>
        <translation>е задължително: етапът, до който достигат процедурите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="130"/>
        <source>is before the start of the counting ({date})</source>
        <translation>е преди началото на отчитането ({date})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="134"/>
        <source>cancelled; nothing was changed</source>
        <translation>отменено; нищо не е променено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="135"/>
        <source>the chosen record ({kind}) no longer exists</source>
        <translation>избраният запис ({kind}) вече не съществува</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="136"/>
        <source>no {kind} with the code or id {id}</source>
        <translation>няма {kind} с код или идентификатор {id}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="137"/>
        <source>this record ({kind}) is not deleted; there is nothing to bring back</source>
        <translation>този запис ({kind}) не е изтрит; няма какво да се върне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="140"/>
        <source>unknown kind of record “{kind}” (known: {known})</source>
        <translation>непознат вид запис „{kind}“ (познати: {known})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="143"/>
        <source>cannot delete this record ({kind}): still referred to by {referrers}</source>
        <translation>този запис ({kind}) не може да се изтрие: към него още сочат {referrers}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="146"/>
        <source>{count} × {kind} ({field})</source>
        <translation>{count} × {kind} ({field})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="147"/>
        <source>this record ({kind}) was merged into another and lives on there</source>
        <translation>този запис ({kind}) е обединен с друг и продължава там</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="150"/>
        <source>is not a field of this record ({kind})</source>
        <translation>не е поле на този запис ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="151"/>
        <source>these records ({kind}) have no date to filter by</source>
        <translation>тези записи ({kind}) нямат дата, по която да се филтрират</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="152"/>
        <source>these records ({kind}) cannot be sorted by “{name}”</source>
        <translation>тези записи ({kind}) не могат да се подредят по „{name}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="155"/>
        <source>must be a whole number from 0 to {limit}</source>
        <translation>трябва да е цяло число от 0 до {limit}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="156"/>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>периодът започва ({start}) след края си ({end})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="159"/>
        <source>must stay a municipality: {count} mediator appointment procedures belong to this municipality</source>
        <translation>трябва да остане община: {count} процедури за назначаване на медиатори са към тази община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="164"/>
        <source>must be a municipality ({name} is “{kind}”)</source>
        <translation>трябва да е община ({name} е „{kind}“)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="167"/>
        <source>{count} projects have the code {code} (made apart on two devices); give one of them another code</source>
        <translation>{count} проекта имат кода {code} (създадени поотделно на две устройства); дайте на един от тях друг код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="172"/>
        <source>another project has the code {code}</source>
        <translation>друг проект вече има кода {code}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="173"/>
        <source>{count} bodies are named {code} (made apart on two devices); choose one</source>
        <translation>{count} органа се казват {code} (създадени поотделно на две устройства); изберете един</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="176"/>
        <source>the order must name each of the project&apos;s indicators once</source>
        <translation>редът трябва да съдържа всеки индикатор на проекта точно веднъж</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="179"/>
        <source>the project already has an indicator {code}</source>
        <translation>проектът вече има индикатор {code}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="182"/>
        <source>the indicator has {count} entered values; a computed measure would ignore them (delete them first)</source>
        <translation>индикаторът има {count} въведени стойности; изчисляваното измерване би ги пренебрегнало (първо ги изтрийте)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="187"/>
        <source>indicator {code} is computed from the records ({measure}); values are entered only for indicators entered by hand</source>
        <translation>индикаторът {code} се изчислява от записите ({measure}); стойности се въвеждат само за индикатори, въвеждани ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="192"/>
        <source>the body {name} is dissolved and holds no new sessions (make it active again first)</source>
        <translation>органът {name} е закрит и не провежда нови заседания (първо го направете отново действащ)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="196"/>
        <source>is already a member of this body over these dates; change the dates of that membership instead</source>
        <translation>вече членува в този орган през тези дати; вместо това променете датите на това членство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="201"/>
        <source>is kept only with consent: tick Consent for this row, or pick from the suggestions the person or contact it is</source>
        <translation>се пази само със съгласие: отбележете „Съгласие“ за този ред или изберете от предложенията лицето или контакта</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="206"/>
        <source>{count} meeting rows show this name on the strength of this consent: erase the record to empty them too, or clear those rows first</source>
        <translation>{count} реда от срещи показват това име въз основа на това съгласие: заличете личните данни на записа, за да се изчистят и те, или първо изчистете тези редове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="211"/>
        <source>a participant is linked to a person or a contact, not to “{kind}”</source>
        <translation>участникът се свързва с лице или контакт, не с „{kind}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="214"/>
        <source>give both the kind and the id of the record, or neither</source>
        <translation>посочете и вида, и идентификатора на записа или нито едното</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="217"/>
        <source>this row is already linked to a person or a contact</source>
        <translation>този ред вече е свързан с лице или контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="220"/>
        <source>duplicates are looked for among persons and contacts, not “{kind}”</source>
        <translation>повторения се търсят сред лицата и контактите, не сред „{kind}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="223"/>
        <source>only persons and contacts can be merged, not “{kind}”</source>
        <translation>обединяват се само лица и контакти, не „{kind}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="226"/>
        <source>must be the value of one of the two records being merged</source>
        <translation>трябва да е стойността на един от двата обединявани записа</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="229"/>
        <source>this record ({kind}) cannot be merged: it was merged into another</source>
        <translation>този запис ({kind}) не може да се обедини: вече е обединен с друг</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="232"/>
        <source>this record ({kind}) cannot be merged: it is deleted</source>
        <translation>този запис ({kind}) не може да се обедини: изтрит е</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="235"/>
        <source>a record cannot be merged with itself</source>
        <translation>запис не може да се обедини със себе си</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="236"/>
        <source>only a person&apos;s or a contact&apos;s data can be erased, not “{kind}”</source>
        <translation>заличават се само данни на лице или контакт, не на „{kind}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="239"/>
        <source>demo data goes only into an empty database, and this one holds records ({held}); use a new data folder</source>
        <translation>демонстрационни данни се зареждат само в празна база данни, а в тази има записи ({held}); използвайте нова папка за данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="244"/>
        <source>{count} × {kind}</source>
        <translation>{count} × {kind}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="245"/>
        <source>must be 1 or more, got {scale}</source>
        <translation>трябва да е 1 или повече, а е {scale}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="247"/>
        <source>“{value}” is not a code list (lists: {known})</source>
        <translation>„{value}“ не е кодов списък (списъци: {known})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="250"/>
        <source>must be lower-case Latin letters, digits and underscores (at most {limit}), got {value}</source>
        <translation>трябва да е от малки латински букви, цифри и долни черти (най-много {limit}), а е {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="254"/>
        <source>{code} is already a built-in code of this list</source>
        <translation>{code} вече е вграден код на този списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="255"/>
        <source>this list already has the code {code}</source>
        <translation>този списък вече има кода {code}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="256"/>
        <source>{code} is not a code added to this list</source>
        <translation>{code} не е код, добавен към този списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="257"/>
        <source>the code {code} is retired and is no longer given to records</source>
        <translation>кодът {code} е оттеглен и вече не се дава на записи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="260"/>
        <source>a code is never deleted, only retired</source>
        <translation>код никога не се изтрива, само се оттегля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="261"/>
        <source>a code&apos;s list and code never change once written; add another code</source>
        <translation>списъкът и кодът на един код не се променят след записа; добавете друг код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="264"/>
        <source>“{text}” is not a list of age bands such as 0-17,18-29,30-54,55+</source>
        <translation>„{text}“ не е списък от възрастови групи като 0-17,18-29,30-54,55+</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="267"/>
        <source>the band {band} ends before it starts</source>
        <translation>групата {band} свършва, преди да започне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="268"/>
        <source>the band {band} goes past age {limit}</source>
        <translation>групата {band} минава възрастта {limit}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="269"/>
        <source>the bands must go from the youngest to the oldest: {text}</source>
        <translation>групите трябва да вървят от най-младите към най-възрастните: {text}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="272"/>
        <source>the first band must start at 0, not at {age}</source>
        <translation>първата група трябва да започва от 0, а не от {age}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="275"/>
        <source>only the last band is open-ended, not {band}</source>
        <translation>само последната група е отворена, не {band}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="278"/>
        <source>no band holds the age of {ages}: each band starts the year after the one before it ends</source>
        <translation>никоя група не обхваща възраст {ages}: всяка група започва от годината след края на предишната</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="282"/>
        <source>the band {band} overlaps the band {before}</source>
        <translation>групата {band} се застъпва с групата {before}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="283"/>
        <source>the last band must be open-ended (such as 55+), not {band}</source>
        <translation>последната група трябва да е отворена (като 55+), не {band}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="287"/>
        <source>the JSON names the field “{key}” twice</source>
        <translation>JSON съдържа полето „{key}“ два пъти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="288"/>
        <source>the JSON holds {name}, which is not a value CoopDesk accepts</source>
        <translation>JSON съдържа {name}, а CoopDesk не приема такава стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="291"/>
        <source>invalid JSON at line {line}, column {column}: {detail}</source>
        <translation>невалиден JSON на ред {line}, колона {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="294"/>
        <source>the JSON is not UTF-8 text</source>
        <translation>JSON не е текст в UTF-8</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="295"/>
        <source>the JSON holds a number too long to be a value</source>
        <translation>JSON съдържа число, твърде дълго, за да е стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="298"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON е вложен твърде дълбоко</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="299"/>
        <source>the JSON holds far more lists and objects than text of its length</source>
        <translation>JSON съдържа много повече списъци и обекти, отколкото текст с тази дължина може да има</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="303"/>
        <source>the meeting “{title}” was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation>срещата „{title}“ е отменена: няма присъствен списък за подписване. Протоколът ѝ все пак може да се отпечата.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="308"/>
        <source>documents are printed in {languages}, not “{language}”</source>
        <translation>документите се отпечатват на {languages}, не на „{language}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="311"/>
        <source>the meeting “{title}” is still planned: it has no minutes until it is held</source>
        <translation>срещата „{title}“ е още планирана: няма протокол, докато не се проведе</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="315"/>
        <source>{path} is not a file that exists</source>
        <translation>{path} не е съществуващ файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="316"/>
        <source>{name} is empty</source>
        <translation>{name} е празен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="317"/>
        <source>{name} is {size} MB, over the {cap} MB a file may have</source>
        <translation>{name} е {size} MB, повече от допустимите {cap} MB за файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="320"/>
        <source>{name} is neither a PDF nor a photo or scan (JPEG, PNG or WebP), by its content</source>
        <translation>по съдържанието си {name} не е нито PDF, нито снимка или сканирано изображение (JPEG, PNG или WebP)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="323"/>
        <source>{name} is named as {named} but its content is {found}</source>
        <translation>{name} е наименуван като {named}, но съдържанието му е {found}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="326"/>
        <source>{name} is damaged or cut short</source>
        <translation>{name} е повреден или непълен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="327"/>
        <source>{name} claims more pixels than a photo has; it is not read</source>
        <translation>{name} твърди, че има повече пиксели, отколкото има една снимка; не се чете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="330"/>
        <source>name at least one file to attach</source>
        <translation>посочете поне един файл за прикачване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="334"/>
        <source>files are attached to {allowed}, not to a {kind}</source>
        <translation>файлове се прикачват към {allowed}, не към {kind}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="338"/>
        <source>a file stays with the record it was attached to; attach it to the other one instead</source>
        <translation>файлът остава към записа, към който е прикачен; прикачете го отново към другия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="342"/>
        <source>a file is attached to a consultation only with the consent of the person consulted</source>
        <translation>файл се прикачва към консултация само със съгласието на консултираното лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="346"/>
        <source>{count} files attached to this person&apos;s consultations rely on this consent: remove them first, or erase the person</source>
        <translation>{count} файла, прикачени към консултациите на лицето, разчитат на това съгласие: първо ги премахнете или заличете лицето</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_records.py" line="351"/>
        <source>the file&apos;s fingerprint (its hash) is not 64 hexadecimal digits</source>
        <translation>отпечатъкът на файла (хешът му) не е 64 шестнадесетични цифри</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="37"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="38"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="39"/>
        <source>Sync schema</source>
        <translation>Схема на синхронизацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="40"/>
        <source>Language</source>
        <translation>Език</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="41"/>
        <source>Demo size</source>
        <translation>Обем на демонстрацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="42"/>
        <source>Record merged away</source>
        <translation>Обединяван запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="43"/>
        <source>Record kept</source>
        <translation>Запазван запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="44"/>
        <source>Order</source>
        <translation>Подредба</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="45"/>
        <source>Rows</source>
        <translation>Редове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="46"/>
        <source>First row</source>
        <translation>Първи ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="47"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="48"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="49"/>
        <source>Device name</source>
        <translation>Име на устройството</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="50"/>
        <source>Organisation name</source>
        <translation>Име на организацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="52"/>
        <source>First name</source>
        <translation>Собствено име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="53"/>
        <source>Middle name</source>
        <translation>Бащино име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="54"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="55"/>
        <source>Meeting date</source>
        <translation>Дата на срещата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="59"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="63"/>
        <source>there is no such file or folder</source>
        <translation>няма такъв файл или папка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="64"/>
        <source>permission denied</source>
        <translation>достъпът е отказан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="65"/>
        <source>the operation is not permitted</source>
        <translation>действието не е разрешено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="66"/>
        <source>the disk is full</source>
        <translation>дискът е пълен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="67"/>
        <source>the disk can only be read</source>
        <translation>дискът е само за четене</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="68"/>
        <source>it exists already</source>
        <translation>вече съществува</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="69"/>
        <source>it is a folder</source>
        <translation>това е папка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="70"/>
        <source>a part of the path is not a folder</source>
        <translation>част от пътя не е папка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="71"/>
        <source>the disk could not be read or written</source>
        <translation>дискът не може да се чете или записва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="72"/>
        <source>it is in use</source>
        <translation>в момента се използва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="73"/>
        <source>the name is too long</source>
        <translation>името е твърде дълго</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="74"/>
        <source>the folder is not empty</source>
        <translation>папката не е празна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="76"/>
        <source>input/output error</source>
        <translation>грешка при четене или запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="106"/>
        <source>cannot use {path}: {reason}</source>
        <translation>{path} не може да се използва: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts.py" line="110"/>
        <source>an unexpected problem ({kind})</source>
        <translation>неочакван проблем ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="10"/>
        <source>cannot read {path}: {reason}</source>
        <translation>{path} не може да се прочете: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="11"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} не може да се запише: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="12"/>
        <source>cannot create {path}: {reason}</source>
        <translation>{path} не може да се създаде: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="13"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} е папка; посочете име на файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="14"/>
        <source>{path} is not a regular file (a device, a link or a pipe)</source>
        <translation>{path} не е обикновен файл (а устройство, връзка или канал)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="17"/>
        <source>{path} already exists</source>
        <translation>{path} вече съществува</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="18"/>
        <source>cannot lock {path}: {reason}</source>
        <translation>{path} не може да се заключи: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="19"/>
        <source>cannot lock {path}: {detail}</source>
        <translation>{path} не може да се заключи: {detail}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="20"/>
        <source>another CoopDesk has the database of {root} open (a window is open on it, or a command is still running); close it or let the command finish, and try again</source>
        <translation>друг CoopDesk е отворил базата данни в {root} (отворен е прозорец с нея или още тече команда); затворете го или изчакайте командата да завърши и опитайте отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="25"/>
        <source>a restore or a passphrase change is replacing the database of {root}; try again when it has finished</source>
        <translation>възстановяване или смяна на паролата заменя базата данни в {root}; опитайте отново, когато приключи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="30"/>
        <source>a restore or a passphrase change is already running here</source>
        <translation>тук вече тече възстановяване или смяна на паролата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="33"/>
        <source>wrong passphrase (or the file {path} is not a CoopDesk database)</source>
        <translation>грешна парола (или файлът {path} не е база данни на CoopDesk)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="36"/>
        <source>{path} is not a CoopDesk database (too short)</source>
        <translation>{path} не е база данни на CoopDesk (твърде къс е)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="39"/>
        <source>{path} is an unencrypted SQLite file, not a CoopDesk database</source>
        <translation>{path} е некриптиран файл на SQLite, а не база данни на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="42"/>
        <source>the database {path} is damaged ({detail}); nothing was changed in it. Restore the newest good backup (File → Backups).</source>
        <translation>базата данни {path} е повредена ({detail}); нищо в нея не е променено. Възстановете най-новото изправно резервно копие (Файл → Резервни копия).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="47"/>
        <source>its schema cannot be read</source>
        <translation>схемата ѝ не може да се прочете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="48"/>
        <source>its device record cannot be read</source>
        <translation>записът за устройството в нея не може да се прочете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="49"/>
        <source>unreadable: {detail}</source>
        <translation>не може да се прочете: {detail}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="50"/>
        <source>{root} already holds a CoopDesk database</source>
        <translation>в {root} вече има база данни на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="51"/>
        <source>there is no CoopDesk database in {root}; set CoopDesk up first</source>
        <translation>в {root} няма база данни на CoopDesk; първо настройте CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="54"/>
        <source>this database was written by a newer CoopDesk (schema {schema}); install the newer CoopDesk to open it</source>
        <translation>тази база данни е записана от по-нова версия на CoopDesk (схема {schema}); инсталирайте по-новата версия, за да я отворите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="59"/>
        <source>the change of the database&apos;s format would break {count} references; the database is left as it was</source>
        <translation>промяната на формата на базата данни би развалила {count} препратки; базата данни е оставена както е била</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="64"/>
        <source>cannot set the damaged database aside: {reason}</source>
        <translation>повредената база данни не може да се отдели настрана: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="67"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation>паролата трябва да има поне {count} знака</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="70"/>
        <source>the passphrase is empty</source>
        <translation>паролата е празна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="71"/>
        <source>the passphrase could not be changed: {reason}</source>
        <translation>паролата не можа да се смени: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="74"/>
        <source>this installation&apos;s cryptography library has no Argon2id (it needs cryptography 44 or later with OpenSSL 3.2 or later)</source>
        <translation>криптографската библиотека на тази инсталация няма Argon2id (нужни са cryptography 44 или по-нова с OpenSSL 3.2 или по-нова)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="80"/>
        <source>the backup {name} is damaged: {detail}</source>
        <translation>резервното копие {name} е повредено: {detail}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="81"/>
        <source>the backup {name} is damaged ({detail})</source>
        <translation>резервното копие {name} е повредено ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="82"/>
        <source>{name} is an unfinished backup (its writing stopped before the end); restore a {suffix} file</source>
        <translation>{name} е недовършено резервно копие (записът му е спрял преди края); възстановете файл {suffix}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="87"/>
        <source>the backup to {path} failed: {detail}</source>
        <translation>резервното копие в {path} не можа да се направи: {detail}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="88"/>
        <source>the restore into {path} failed: {reason}</source>
        <translation>възстановяването в {path} не успя: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="89"/>
        <source>there is no backup file at {path}</source>
        <translation>в {path} няма файл с резервно копие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="90"/>
        <source>{path} is not a whole CoopDesk backup</source>
        <translation>{path} не е цяло резервно копие на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="91"/>
        <source>{name} was written by a newer CoopDesk (schema {schema})</source>
        <translation>{name} е записано от по-нова версия на CoopDesk (схема {schema})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="94"/>
        <source>{name} is a backup of another device; restoring it here would give this laptop that device&apos;s identity</source>
        <translation>{name} е резервно копие на друго устройство; възстановено тук, то би дало на този лаптоп самоличността на онова устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="99"/>
        <source>cannot re-encrypt {name}: {reason}</source>
        <translation>{name} не може да се криптира наново: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="101"/>
        <source>no enrolled device “{device}”</source>
        <translation>няма добавено устройство „{device}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="102"/>
        <source>this device has no sync keys</source>
        <translation>това устройство няма ключове за синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="103"/>
        <source>{device} is revoked</source>
        <translation>достъпът на {device} е отнет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="104"/>
        <source>only the office enrols devices</source>
        <translation>само офисът добавя устройства</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="105"/>
        <source>only the office revokes devices</source>
        <translation>само офисът отнема достъп на устройства</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="106"/>
        <source>the office cannot revoke itself</source>
        <translation>офисът не може да отнеме собствения си достъп</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="107"/>
        <source>{name} is not a CoopDesk enrolment file</source>
        <translation>{name} не е файл за добавяне на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="108"/>
        <source>{name} needs another version of CoopDesk (format {version})</source>
        <translation>{name} изисква друга версия на CoopDesk (формат {version})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="111"/>
        <source>wrong enrolment code, or the file is damaged</source>
        <translation>грешен код за добавяне или файлът е повреден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="114"/>
        <source>{name} is damaged</source>
        <translation>{name} е повреден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="115"/>
        <source>no other device is enrolled yet: nothing to send to</source>
        <translation>още няма добавено друго устройство: няма на кого да се изпрати</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="118"/>
        <source>{what}, which a CoopDesk of sync schema {schema} cannot read; update CoopDesk on that device and export again</source>
        <translation>{what}, а CoopDesk със схема на синхронизацията {schema} не може да го прочете; обновете CoopDesk на онова устройство и направете износа отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="123"/>
        <source>the bundle would carry records of {kind}</source>
        <translation>пакетът би съдържал записи от вида „{kind}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="124"/>
        <source>the bundle would carry the field “{name}” of a record ({kind})</source>
        <translation>пакетът би съдържал полето „{name}“ на запис ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="127"/>
        <source>the bundle would carry a record ({kind}) without “{name}”</source>
        <translation>пакетът би съдържал запис ({kind}) без „{name}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="130"/>
        <source>the bundle would carry an edit of the field “{name}” of a record ({kind})</source>
        <translation>пакетът би съдържал промяна на полето „{name}“ на запис ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="133"/>
        <source>the bundle would carry “{code}” in the field “{name}” of a record ({kind})</source>
        <translation>пакетът би съдържал „{code}“ в полето „{name}“ на запис ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="136"/>
        <source>the bundle belongs to another organisation</source>
        <translation>пакетът е на друга организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="137"/>
        <source>the bundle comes from a device this one does not know; import the office&apos;s latest bundle first</source>
        <translation>пакетът е от устройство, което това не познава; първо внесете последния пакет на офиса</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="142"/>
        <source>the bundle comes from {device}, which has been revoked</source>
        <translation>пакетът е от {device}, чийто достъп е отнет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="145"/>
        <source>the bundle&apos;s content is invalid ({detail})</source>
        <translation>съдържанието на пакета е невалидно ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="146"/>
        <source>the bundle&apos;s content names another sender</source>
        <translation>съдържанието на пакета посочва друг подател</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="149"/>
        <source>it comes from a second laptop that joined as {device} with the same enrolment file; revoke {device} and enrol each laptop with a file of its own</source>
        <translation>пакетът е от втори лаптоп, присъединен като {device} със същия файл за добавяне; отнемете достъпа на {device} и добавете всеки лаптоп със собствен файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="154"/>
        <source>a record ({kind} {id}) is stamped by device {device}, which was never enrolled</source>
        <translation>запис ({kind} {id}) е отбелязан от устройство {device}, което никога не е добавяно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="157"/>
        <source>a record ({kind} {id}) arrives without {missing}; ask its sender for a full export</source>
        <translation>запис ({kind} {id}) пристига без {missing}; поискайте от подателя пълен износ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="161"/>
        <source>a record ({kind}) lacks {name}, which is required</source>
        <translation>в запис ({kind}) липсва „{name}“, което е задължително</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="164"/>
        <source>a record ({kind} {id}): {problem}</source>
        <translation>запис ({kind} {id}): {problem}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="165"/>
        <source>a record ({kind} {id}) does not have the id its {name} gives every device; the bundle was not written by CoopDesk</source>
        <translation>запис ({kind} {id}) няма идентификатора, който неговото поле {name} дава на всяко устройство; пакетът не е записан от CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="170"/>
        <source>it refers to records this device does not have; ask its sender for a full export</source>
        <translation>пакетът сочи към записи, които това устройство няма; поискайте от подателя пълен износ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="174"/>
        <source>{path} is not a folder that exists</source>
        <translation>{path} не е съществуваща папка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="175"/>
        <source>no sync folder is set; choose one in the settings first</source>
        <translation>не е зададена папка за синхронизация; първо изберете такава в настройките</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="178"/>
        <source>the sync folder {path} cannot be reached; will try again</source>
        <translation>папката за синхронизация {path} не е достъпна; ще се опита отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="181"/>
        <source>{name} skipped for now: {reason}</source>
        <translation>{name} засега е пропуснат: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="182"/>
        <source>cannot read it ({reason})</source>
        <translation>не може да се прочете ({reason})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="183"/>
        <source>no bundle written: {reason}</source>
        <translation>не е записан пакет: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="184"/>
        <source>cannot remove {name}: {reason}</source>
        <translation>{name} не може да се премахне: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="186"/>
        <source>not a CoopDesk sync bundle</source>
        <translation>това не е пакет за синхронизация на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="187"/>
        <source>bundle format {version} needs another version of CoopDesk</source>
        <translation>форматът на пакета {version} изисква друга версия на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="190"/>
        <source>the file changed while it was read; try again</source>
        <translation>файлът се промени, докато се четеше; опитайте отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="193"/>
        <source>the bundle is truncated</source>
        <translation>пакетът е непълен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="194"/>
        <source>the bundle is truncated or has bytes added</source>
        <translation>пакетът е непълен или към него има добавени байтове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="195"/>
        <source>a bundle carrying files is read from a file, not from a device or a pipe</source>
        <translation>пакет с файлове се чете от файл, не от устройство или канал</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="198"/>
        <source>the list of attached files in the bundle does not match the files it carries</source>
        <translation>списъкът на прикачените файлове в пакета не отговаря на файловете в него</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="201"/>
        <source>an attached file in the bundle is not the one its record names (its fingerprint differs: {sha256}…)</source>
        <translation>прикачен файл в пакета не е този, който записът му посочва (отпечатъкът се различава: {sha256}…)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="206"/>
        <source>the file is larger than any bundle CoopDesk writes</source>
        <translation>файлът е по-голям от всеки пакет, който CoopDesk записва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="209"/>
        <source>the bundle&apos;s header is too large</source>
        <translation>заглавната част на пакета е твърде голяма</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="210"/>
        <source>the bundle&apos;s header is damaged</source>
        <translation>заглавната част на пакета е повредена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="211"/>
        <source>the bundle is damaged or forged (its signature does not match)</source>
        <translation>пакетът е повреден или подправен (подписът му не съвпада)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="214"/>
        <source>the bundle is not addressed to this device</source>
        <translation>пакетът не е предназначен за това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="215"/>
        <source>the bundle cannot be opened with this device&apos;s key</source>
        <translation>пакетът не може да се отвори с ключа на това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="218"/>
        <source>the bundle&apos;s content is damaged</source>
        <translation>съдържанието на пакета е повредено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="219"/>
        <source>the bundle&apos;s content is damaged ({detail})</source>
        <translation>съдържанието на пакета е повредено ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="222"/>
        <source>the bundle&apos;s content is cut short</source>
        <translation>съдържанието на пакета е прекъснато</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="223"/>
        <source>the bundle&apos;s content is larger than CoopDesk accepts</source>
        <translation>съдържанието на пакета е по-голямо, отколкото CoopDesk приема</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="226"/>
        <source>the bundle&apos;s content expands far more than any bundle&apos;s does</source>
        <translation>съдържанието на пакета се разгъва много повече от това на всеки истински пакет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="229"/>
        <source>the bundle&apos;s manifest is missing</source>
        <translation>описът на пакета липсва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="230"/>
        <source>the bundle&apos;s manifest is damaged</source>
        <translation>описът на пакета е повреден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="231"/>
        <source>the bundle&apos;s manifest does not match its header</source>
        <translation>описът на пакета не съвпада със заглавната му част</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="234"/>
        <source>the bundle needs a newer CoopDesk (sync schema {schema}); update CoopDesk to import it</source>
        <translation>пакетът изисква по-нова версия на CoopDesk (схема на синхронизацията {schema}); обновете CoopDesk, за да го внесете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="238"/>
        <source>the bundle&apos;s content does not match its manifest</source>
        <translation>съдържанието на пакета не съвпада с описа му</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="241"/>
        <source>the device list is damaged</source>
        <translation>списъкът на устройствата е повреден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="242"/>
        <source>the content is not an object</source>
        <translation>съдържанието не е обект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="243"/>
        <source>the version vector is missing</source>
        <translation>векторът на версиите липсва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="244"/>
        <source>the base vector is missing</source>
        <translation>базовият вектор липсва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="245"/>
        <source>the list of records is missing</source>
        <translation>списъкът на записите липсва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="246"/>
        <source>the tables of records are not a list</source>
        <translation>таблиците със записи не са списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="247"/>
        <source>a record ({kind} {id}) is given twice</source>
        <translation>запис ({kind} {id}) е даден два пъти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="248"/>
        <source>{where}: not a clock value</source>
        <translation>{where}: не е стойност на часовник</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="249"/>
        <source>{where}: not a device id</source>
        <translation>{where}: не е идентификатор на устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="250"/>
        <source>{where}: not a stamp (a clock value and a device)</source>
        <translation>{where}: не е отметка (стойност на часовник и устройство)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="253"/>
        <source>a record ({kind}), {field}: {problem}</source>
        <translation>запис ({kind}), {field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="254"/>
        <source>a record is not an object</source>
        <translation>запис, който не е обект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="255"/>
        <source>a record ({kind} {id}): its fields are not objects</source>
        <translation>запис ({kind} {id}): полетата му не са обекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="258"/>
        <source>a record ({kind} {id}) has no fields</source>
        <translation>запис ({kind} {id}) няма полета</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="259"/>
        <source>{where}: not a value with its stamp</source>
        <translation>{where}: не е стойност с отметката ѝ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="260"/>
        <source>{where}: given twice</source>
        <translation>{where}: дадено два пъти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="261"/>
        <source>a table of records is not an object</source>
        <translation>таблица със записи, която не е обект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="262"/>
        <source>{kind}: a table lacks its fields, devices or rows</source>
        <translation>{kind}: на таблица липсват полетата, устройствата или редовете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="265"/>
        <source>{kind}: a table&apos;s field name is not text</source>
        <translation>{kind}: име на поле в таблица не е текст</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="268"/>
        <source>{kind}: a table&apos;s fields are empty or repeated</source>
        <translation>{kind}: полетата на таблица са празни или повторени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="271"/>
        <source>{kind}: a row lacks its id, its stamp or some of its {count} values</source>
        <translation>{kind}: на ред липсва идентификаторът, отметката или някоя от {count} стойности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="274"/>
        <source>{kind}: a row&apos;s device is not a number</source>
        <translation>{kind}: устройството на ред не е число</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="277"/>
        <source>{kind}: a row names device {device}, which the table does not list</source>
        <translation>{kind}: ред посочва устройство {device}, което таблицата не изброява</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="280"/>
        <source>a record ({kind}) has no field {name}</source>
        <translation>запис ({kind}) няма поле {name}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="281"/>
        <source>unknown kind of record {kind}</source>
        <translation>непознат вид запис {kind}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="282"/>
        <source>{kind}: a record&apos;s id is not valid</source>
        <translation>{kind}: идентификаторът на запис не е валиден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="283"/>
        <source>the sender&apos;s installation record is not an object</source>
        <translation>записът за инсталацията на подателя не е обект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="286"/>
        <source>the sender&apos;s installation id is not valid</source>
        <translation>идентификаторът на инсталацията на подателя не е валиден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="289"/>
        <source>the number of the sender&apos;s restores is not a whole number</source>
        <translation>броят на възстановяванията на подателя не е цяло число</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_exchange.py" line="292"/>
        <source>the number of the sender&apos;s restores is out of range</source>
        <translation>броят на възстановяванията на подателя е извън допустимото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="10"/>
        <source>{name} is not a spreadsheet: its UTF-16 text is damaged</source>
        <translation>{name} не е електронна таблица: текстът му в UTF-16 е повреден</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="13"/>
        <source>{name} is not a spreadsheet CoopDesk reads (an .xlsx workbook or a .csv file)</source>
        <translation>{name} не е таблица, която CoopDesk чете (работна книга .xlsx или файл .csv)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="16"/>
        <source>{name} is not text in UTF-8 or Windows-1251; save it again as CSV UTF-8</source>
        <translation>{name} не е текст в UTF-8 или Windows-1251; запишете го отново като CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="19"/>
        <source>{name} is not a file</source>
        <translation>{name} не е файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="20"/>
        <source>{name} is {size} MB; CoopDesk reads spreadsheets of at most {limit} MB</source>
        <translation>{name} е {size} МБ; CoopDesk чете таблици до {limit} МБ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="23"/>
        <source>cannot read {name}: {reason}</source>
        <translation>{name} не може да се прочете: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="24"/>
        <source>{name} is a password-protected (encrypted) workbook; open it in Excel, remove the password (File › Info › Protect Workbook) and save it again</source>
        <translation>{name} е работна книга, защитена с парола (шифрована); отворете я в Excel, махнете паролата (Файл › Информация › Защита на работната книга) и я запишете отново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="29"/>
        <source>{name} is an Excel 97–2003 workbook (.xls), which CoopDesk does not read; save it as .xlsx or CSV</source>
        <translation>{name} е работна книга на Excel 97–2003 (.xls), която CoopDesk не чете; запишете я като .xlsx или CSV</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="34"/>
        <source>{name} is a CSV file: it has no sheets to choose from</source>
        <translation>{name} е файл CSV: в него няма листове, от които да изберете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="37"/>
        <source>{name}, row {row}: cannot be read as CSV ({detail})</source>
        <translation>{name}, ред {row}: не може да се прочете като CSV ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="40"/>
        <source>{name} is damaged: it is not a whole .xlsx file</source>
        <translation>{name} е повреден: не е цял файл .xlsx</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="41"/>
        <source>{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx or CSV</source>
        <translation>{name} е таблица OpenDocument (.ods), а не работна книга на Excel; запишете я като .xlsx или CSV</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="46"/>
        <source>{name} is a ZIP file, not an Excel workbook; save it as .xlsx or CSV</source>
        <translation>{name} е ZIP архив, а не работна книга на Excel; запишете я като .xlsx или CSV</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="49"/>
        <source>{name} unpacks to more than {limit} MB; CoopDesk does not read workbooks that large</source>
        <translation>разархивиран, {name} заема над {limit} МБ; CoopDesk не чете толкова големи работни книги</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="53"/>
        <source>{name} cannot be read as an Excel workbook ({detail})</source>
        <translation>{name} не може да се прочете като работна книга на Excel ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="56"/>
        <source>{name} has no sheet “{sheet}” (its sheets: {sheets})</source>
        <translation>в {name} няма лист „{sheet}“ (листовете в него: {sheets})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="59"/>
        <source>{name} has no worksheet</source>
        <translation>в {name} няма работен лист</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="60"/>
        <source>the sheet “{sheet}” is a chart, not a table</source>
        <translation>листът „{sheet}“ е диаграма, а не таблица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="61"/>
        <source>{name}, row {row}: the sheet cannot be read ({detail})</source>
        <translation>{name}, ред {row}: листът не може да се прочете ({detail})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="64"/>
        <source>the sheet “{sheet}”</source>
        <translation>листът „{sheet}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="65"/>
        <source>{where}, row {row}: has a value in column {column}; CoopDesk reads at most {limit} columns</source>
        <translation>{where}, ред {row}: има стойност в колона {column}; CoopDesk чете най-много {limit} колони</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="70"/>
        <source>{where} has more than {limit} rows; split it into parts</source>
        <translation>{where} има повече от {limit} реда; разделете го на части</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="73"/>
        <source>{where} is empty</source>
        <translation>{where} е празен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="74"/>
        <source>{where} has a header (row {row}) but no rows under it</source>
        <translation>{where} има заглавен ред (ред {row}), но под него няма редове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="77"/>
        <source>records of this kind ({kind}) are not imported from spreadsheets (kinds: {kinds})</source>
        <translation>записи от този вид ({kind}) не се внасят от таблици (видове: {kinds})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="80"/>
        <source>“{name}” is not a field a column can fill for this kind ({kind}); fields: {fields}</source>
        <translation>„{name}“ не е поле, което колона може да попълни за този вид ({kind}); полета: {fields}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="84"/>
        <source>“{name}” is not a field a column can fill for this kind ({kind})</source>
        <translation>„{name}“ не е поле, което колона може да попълни за този вид ({kind})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="87"/>
        <source>the sheet has {count} columns “{header}” ({letters}); choose the one meant by its letter</source>
        <translation>в листа има {count} колони „{header}“ ({letters}); посочете нужната по буквата ѝ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="91"/>
        <source>the sheet has no column “{header}” (its columns: {columns})</source>
        <translation>в листа няма колона „{header}“ (колоните в него: {columns})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="94"/>
        <source>“{item}” does not say which column fills which field</source>
        <translation>„{item}“ не казва коя колона кое поле попълва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="97"/>
        <source>the column “{column}” is given two fields ({first} and {second}); a column fills one field</source>
        <translation>на колоната „{column}“ са дадени две полета ({first} и {second}); една колона попълва едно поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="102"/>
        <source>the sheet has no column {number}</source>
        <translation>в листа няма колона {number}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="103"/>
        <source>columns {first} and {second} both fill “{name}”; a field takes one column (leave the other out)</source>
        <translation>колоните {first} и {second} попълват едно и също поле „{name}“; едно поле се попълва от една колона (оставете другата настрана)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="108"/>
        <source>“{column}” (column {letter})</source>
        <translation>„{column}“ (колона {letter})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="109"/>
        <source>the name comes from “{column}” and from its parts ({parts}); choose one or the other</source>
        <translation>името идва и от „{column}“, и от частите си ({parts}); изберете едното или другото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="113"/>
        <source>no column gives “{name}”, which every record of this kind ({kind}) needs; choose a column for it</source>
        <translation>никоя колона не дава „{name}“, а то е нужно за всеки запис от този вид ({kind}); изберете колона за него</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="118"/>
        <source>the meeting is given twice: chosen for all rows and named in a column; leave the column out or do not choose the meeting</source>
        <translation>срещата е дадена два пъти: избрана за всички редове и посочена в колона; оставете колоната настрана или не избирайте среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="123"/>
        <source>participants need their meeting: choose it, or choose a column naming it (by its title, with its date in another column)</source>
        <translation>участниците трябва да имат среща: изберете я или посочете колона, която я назовава (по заглавието, с датата ѝ в друга колона)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="128"/>
        <source>a municipality column only tells apart localities named in another column; choose the locality&apos;s column too</source>
        <translation>колоната за община само различава населените места, посочени в друга колона; изберете и колоната за населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="133"/>
        <source>the sheet has personal data (column “{column}”) but no consent column; add a column “Съгласие” (да/не) with “Дата на съгласие”, or say that consent was recorded on paper and on what date</source>
        <translation>в листа има лични данни (колона „{column}“), но няма колона за съгласие; добавете колона „Съгласие“ (да/не) с „Дата на съгласие“ или посочете, че съгласието е записано на хартия, и на коя дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="139"/>
        <source>{invalid} of {rows} rows cannot be imported, so nothing was written; {first}</source>
        <translation>{invalid} от {rows} реда не могат да се внесат, затова нищо не е записано; {first}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="142"/>
        <source>{invalid} of {rows} rows cannot be imported, so nothing was written; {first} (and {more} more rows)</source>
        <translation>{invalid} от {rows} реда не могат да се внесат, затова нищо не е записано; {first} (и още {more} реда)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="147"/>
        <source>row {row}: {reason}</source>
        <translation>ред {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="148"/>
        <source>row {row}, column “{column}”: {reason}</source>
        <translation>ред {row}, колона „{column}“: {reason}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="151"/>
        <source>no meeting is titled {value} on that date</source>
        <translation>няма среща със заглавие {value} на тази дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="154"/>
        <source>no person has the code {value}</source>
        <translation>няма лице с код {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="155"/>
        <source>no {kind} is named {value}; add it first, or let the import create it</source>
        <translation>няма {kind} с име {value}; добавете записа първо или оставете внасянето да го създаде</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="158"/>
        <source>no {kind} is named {value} in the municipality {municipality}; add it first, or let the import create it</source>
        <translation>няма {kind} с име {value} в община {municipality}; добавете записа първо или оставете внасянето да го създаде</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="163"/>
        <source>cannot be created: {error}</source>
        <translation>не може да се създаде: {error}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="164"/>
        <source>no person has the code {value} (codes are given by CoopDesk; leave the cell empty for a new person)</source>
        <translation>няма лице с код {value} (кодовете се дават от CoopDesk; за ново лице оставете клетката празна)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="169"/>
        <source>{code} is on an earlier row too</source>
        <translation>{code} се среща и на по-горен ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="170"/>
        <source>repeats row {row} ({same}); keep one</source>
        <translation>повтаря ред {row} ({same}); оставете само единия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="171"/>
        <source>the same name, year of birth and locality</source>
        <translation>същото име, година на раждане и населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="172"/>
        <source>the same name and organisation</source>
        <translation>същото име и организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="173"/>
        <source>the same person at the same meeting</source>
        <translation>същото лице на същата среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="174"/>
        <source>the same name and municipality</source>
        <translation>същото име и община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="175"/>
        <source>the same name</source>
        <translation>същото име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="176"/>
        <source>the same date, title and locality</source>
        <translation>същата дата, заглавие и населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="177"/>
        <source>holds a formula ({value}); CoopDesk takes values only: copy the column and paste it back as values</source>
        <translation>съдържа формула ({value}); CoopDesk приема само стойности: копирайте колоната и я поставете обратно като стойности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="182"/>
        <source>holds the spreadsheet error {value}</source>
        <translation>съдържа грешката на таблицата {value}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="183"/>
        <source>{value} is not a real date</source>
        <translation>{value} не е съществуваща дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="184"/>
        <source>{value} is not a date</source>
        <translation>{value} не е дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="185"/>
        <source>{value} is not a date (write it as 14.10.2026 or 2026-10-14)</source>
        <translation>{value} не е дата (напишете я като 14.10.2026 или 2026-10-14)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="188"/>
        <source>{value} is not a time of day (write it as 10:30)</source>
        <translation>{value} не е час (напишете го като 10:30)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="189"/>
        <source>{value} is not a whole number</source>
        <translation>{value} не е цяло число</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="190"/>
        <source>{value} is not a year</source>
        <translation>{value} не е година</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="191"/>
        <source>{value} is not yes or no (write да or не)</source>
        <translation>{value} не е „да“ или „не“ (напишете да или не)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="192"/>
        <source>{value} is not one of the values CoopDesk knows here: {labels}</source>
        <translation>{value} не е от стойностите, които CoopDesk познава тук: {labels}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="195"/>
        <source>{value} is too long for this field</source>
        <translation>{value} е твърде дълго за това поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="196"/>
        <source>{value} cannot be imported into this field</source>
        <translation>{value} не може да се внесе в това поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="197"/>
        <source>{value}: {count} localities have this name; add a municipality column (Община) to tell them apart</source>
        <translation>{value}: {count} населени места носят това име; добавете колона „Община“, за да се различат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="202"/>
        <source>{value}: {count} organisations have this name</source>
        <translation>{value}: {count} организации носят това име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/error_texts_sheets.py" line="205"/>
        <source>{value}: {count} meetings have this title ({dates}); add a column with the meeting&apos;s date</source>
        <translation>{value}: {count} срещи имат това заглавие ({dates}); добавете колона с датата на срещата</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="20"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="21"/>
        <location filename="../../coopdesk/ui/shell/labels.py" line="32"/>
        <source>Municipality</source>
        <translation>Община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="22"/>
        <source>District</source>
        <translation>Област</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="23"/>
        <source>District as written before</source>
        <translation>Област, както е била записана</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="24"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="25"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="26"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="27"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="28"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="29"/>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="30"/>
        <source>Specialty</source>
        <translation>Специалност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="31"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="33"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="34"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="35"/>
        <source>Funding</source>
        <translation>Финансиране</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="36"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="37"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="38"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="39"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="40"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="41"/>
        <source>Ends</source>
        <translation>Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="42"/>
        <source>Hours</source>
        <translation>Часове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="43"/>
        <source>Venue</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="44"/>
        <source>Facilitator</source>
        <translation>Водещ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="45"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="46"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="47"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="48"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="49"/>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="50"/>
        <source>Youth (under 30)</source>
        <translation>Младежи (до 30 г.)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="51"/>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="52"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="53"/>
        <source>Needs</source>
        <translation>Нужди</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="54"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="55"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="56"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="57"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="58"/>
        <source>Signed</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="59"/>
        <source>Invited as a member</source>
        <translation>Поканен като член</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="60"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="61"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="62"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="63"/>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="64"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="65"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="66"/>
        <source>Birth year</source>
        <translation>Година на раждане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="67"/>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="68"/>
        <source>Consent given</source>
        <translation>Дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="69"/>
        <source>Consent date</source>
        <translation>Дата на съгласието</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="70"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="71"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="72"/>
        <source>Referred to</source>
        <translation>Насочен към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="73"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="74"/>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="75"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="76"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="77"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="78"/>
        <source>Promoter</source>
        <translation>Бенефициент</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="79"/>
        <source>Partners</source>
        <translation>Партньори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="80"/>
        <source>Start date</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="81"/>
        <source>End date</source>
        <translation>Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="82"/>
        <source>Initial budget</source>
        <translation>Първоначален бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="83"/>
        <source>Final budget</source>
        <translation>Окончателен бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="84"/>
        <source>Grant</source>
        <translation>Безвъзмездна помощ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="85"/>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="86"/>
        <source>Targeted localities</source>
        <translation>Целеви населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="87"/>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="88"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="89"/>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="90"/>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="91"/>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="92"/>
        <source>Measure</source>
        <translation>Как се измерва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="93"/>
        <source>Values add up as</source>
        <translation>Стойностите дават</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="94"/>
        <source>Only meetings of kind</source>
        <translation>Само срещи от вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="95"/>
        <source>Only on topics</source>
        <translation>Само по теми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="96"/>
        <source>Only people of groups</source>
        <translation>Само хора от групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="97"/>
        <source>Only with outcome</source>
        <translation>Само с резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="98"/>
        <source>Only referrals to</source>
        <translation>Само насочвания към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="99"/>
        <source>At or past stage</source>
        <translation>Достигнат етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="100"/>
        <source>Only specialties</source>
        <translation>Само специалности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="101"/>
        <source>Only in localities</source>
        <translation>Само в населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="102"/>
        <source>Counted from</source>
        <translation>Брои се от</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="103"/>
        <source>Counted until</source>
        <translation>Брои се до</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="104"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="105"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="106"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="107"/>
        <source>Age bands</source>
        <translation>Възрастови групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="108"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="109"/>
        <source>Contact person</source>
        <translation>Контактно лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="110"/>
        <source>Days attended</source>
        <translation>Присъствени дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="111"/>
        <source>Counts from the named list</source>
        <translation>Броят се от поименния списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="112"/>
        <source>Merged into</source>
        <translation>Обединен в</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="113"/>
        <source>Only consultations of kind</source>
        <translation>Само консултации от вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="114"/>
        <source>Only genders</source>
        <translation>Само пол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="115"/>
        <source>Only ages</source>
        <translation>Само възраст</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="116"/>
        <source>Only representing</source>
        <translation>Само представители на</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="117"/>
        <source>Attended at least (days)</source>
        <translation>Присъствали поне (дни)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="118"/>
        <source>Only bodies of kind</source>
        <translation>Само органи от вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="119"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="120"/>
        <source>Established on</source>
        <translation>Създаден на</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="121"/>
        <source>Meets</source>
        <translation>Заседава</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="122"/>
        <source>Member from</source>
        <translation>Член от</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="123"/>
        <source>Member until</source>
        <translation>Член до</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="124"/>
        <source>List</source>
        <translation>Списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="125"/>
        <source>In Bulgarian</source>
        <translation>На български</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="126"/>
        <source>In English</source>
        <translation>На английски</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="127"/>
        <source>Retired</source>
        <translation>Оттеглен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="128"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="130"/>
        <source>Attached to</source>
        <translation>Прикачен към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="131"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="132"/>
        <source>Caption</source>
        <translation>Надпис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="133"/>
        <source>Taken on</source>
        <translation>Заснет на</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="134"/>
        <source>File name</source>
        <translation>Име на файла</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="135"/>
        <source>File type</source>
        <translation>Вид файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="136"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="137"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="138"/>
        <source>Signed sheet</source>
        <translation>Подписан лист</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="152"/>
        <source>The file</source>
        <translation>Файлът</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="154"/>
        <source>Choose an XLSX or CSV file and what its rows are. Nothing is written yet.</source>
        <translation>Изберете файл XLSX или CSV и какво са редовете му. Засега нищо не се записва.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="160"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="161"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="165"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="167"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="169"/>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="171"/>
        <source>The rows are</source>
        <translation>Редовете са</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="175"/>
        <source>The rows are:</source>
        <translation>Редовете са:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="177"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="178"/>
        <source>Participants of:</source>
        <translation>Участници в:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="192"/>
        <source>— the meeting in a column of the file —</source>
        <translation>— срещата е в колона на файла —</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="200"/>
        <source>Import from spreadsheet</source>
        <translation>Внасяне от таблица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="202"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Таблици (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="225"/>
        <source>Reading {0}…</source>
        <translation>Четене на {0}…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="237"/>
        <source>{0}: {1} rows under a header of {2} columns.</source>
        <translation>{0}: {1} реда под заглавен ред с {2} колони.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="247"/>
        <source>Reading cancelled: choose the file again.</source>
        <translation>Четенето е прекъснато: изберете файла отново.</translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="199"/>
        <source>none: bundles are exchanged by hand</source>
        <translation>няма: пакетите се обменят ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="203"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="212"/>
        <source>Sync &amp;folder:</source>
        <translation>&amp;Папка за синхронизация:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="217"/>
        <source> s</source>
        <translation> сек</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="219"/>
        <source>E&amp;xchange after a pause in changes of:</source>
        <translation>&amp;Обмен след пауза в промените от:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="224"/>
        <source>And while open, e&amp;very:</source>
        <translation>И докато програмата е отворена, на в&amp;секи:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="222"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="227"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="237"/>
        <source>Sync folder</source>
        <translation>Папка за синхронизация</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="87"/>
        <source>Sync folder: exchanging…</source>
        <translation>Папка за синхронизация: обмен…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="122"/>
        <source>Sync folder</source>
        <translation>Папка за синхронизация</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="124"/>
        <source>The last exchange brought %n conflict(s): values that lost to an edit made without knowing them. Review them under Sync.</source>
        <translation>
            <numerusform>Последният обмен доведе до %n конфликт: стойност, изместена от промяна, направена без знание за нея. Прегледайте го в раздел „Синхронизация“.</numerusform>
            <numerusform>Последният обмен доведе до %n конфликта: стойности, изместени от промени, направени без знание за тях. Прегледайте ги в раздел „Синхронизация“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="139"/>
        <source>Sync folder: not exchanged ({0})</source>
        <translation>Папка за синхронизация: неуспешен обмен ({0})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="154"/>
        <source>Sync folder: no exchange yet</source>
        <translation>Папка за синхронизация: още няма обмен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="162"/>
        <source>Sync folder {0}: {1}</source>
        <translation>Синхронизация {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="167"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n нов</numerusform>
            <numerusform>%n нови</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="168"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n променен</numerusform>
            <numerusform>%n променени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="169"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n изтрит</numerusform>
            <numerusform>%n изтрити</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="170"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="178"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="180"/>
        <source>nothing new</source>
        <translation>нищо ново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="181"/>
        <source>changes sent</source>
        <translation>промените са изпратени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="181"/>
        <source>nothing to send</source>
        <translation>няма какво да се изпрати</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="182"/>
        <source>Sync folder {0}: {1}; {2}</source>
        <translation>Синхронизация {0}: {1}; {2}</translation>
    </message>
</context>
<context>
    <name>FormPart</name>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="27"/>
        <source>Basics</source>
        <translation>Основни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="28"/>
        <source>Consent and personal details</source>
        <translation>Съгласие и лични данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="51"/>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="87"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="54"/>
        <source>Content</source>
        <translation>Съдържание</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="55"/>
        <source>Follow-up</source>
        <translation>Последващи действия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="59"/>
        <source>What it was about</source>
        <translation>За какво се отнася</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="61"/>
        <source>Outcome and follow-up</source>
        <translation>Резултат и проследяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="75"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="107"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="111"/>
        <source>Partners and localities</source>
        <translation>Партньори и населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="132"/>
        <source>What it counts</source>
        <translation>Какво се отчита</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="163"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="164"/>
        <source>hours in all</source>
        <translation>часа общо</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="33"/>
        <source>History: {0}</source>
        <translation>История: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Change</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="37"/>
        <source>Fields</source>
        <translation>Полета</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="55"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="62"/>
        <source>created</source>
        <translation>създаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="63"/>
        <source>changed</source>
        <translation>промяна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="64"/>
        <source>deleted</source>
        <translation>изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="65"/>
        <source>restored</source>
        <translation>възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="66"/>
        <source>received by sync</source>
        <translation>получено чрез синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="67"/>
        <source>personal data erased</source>
        <translation>заличаване на личните данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="78"/>
        <source>(hidden: no consent)</source>
        <translation>(скрито: няма съгласие)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="118"/>
        <source>This laptop and your organisation</source>
        <translation>Този лаптоп и вашата организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="105"/>
        <source>The enrolment file</source>
        <translation>Файлът за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="120"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation>Създайте нова организация или се присъединете към съществуваща с файла и кода от нейния офис.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="122"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation>Н&amp;ова организация (този лаптоп става неин офис)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="123"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation>&amp;Присъединяване към организация (файл и код)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="124"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="125"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="126"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Файл за добавяне:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="127"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="128"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="129"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation>напр. Лаптоп Якоруда</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="379"/>
        <source>Save a copy…</source>
        <translation>Запис на копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/attachments_panel.py" line="382"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="53"/>
        <source>first name</source>
        <translation>собствено име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="54"/>
        <source>middle name</source>
        <translation>бащино име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="55"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="56"/>
        <source>municipality</source>
        <translation>община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="584"/>
        <source>Import from spreadsheet</source>
        <translation>Внасяне от таблица</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="110"/>
        <source>Achieved: the values entered on the project page.</source>
        <translation>Постигнато: стойностите, въведени на страницата на проекта.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="114"/>
        <source>Achieved so far: counting…</source>
        <translation>Постигнато досега: броене…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="126"/>
        <source>Achieved so far: — (complete the fields marked *)</source>
        <translation>Постигнато досега: — (попълнете полетата със *)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_form.py" line="130"/>
        <source>Achieved so far, from the project&apos;s start to today: {0}</source>
        <translation>Постигнато от началото на проекта до днес: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorGrid</name>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="45"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="46"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="47"/>
        <source>Baseline</source>
        <translation>Базова</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="48"/>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="49"/>
        <source>Achieved (period)</source>
        <translation>Постигнато (период)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="50"/>
        <source>Cumulative</source>
        <translation>Натрупано</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="51"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="52"/>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="148"/>
        <source>Expected by now for the time elapsed: {0}</source>
        <translation>Очаквано досега според изминалото време: {0}</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="142"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="143"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="144"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="145"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="146"/>
        <source>Appointment stage</source>
        <translation>Етап на назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="147"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="148"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="149"/>
        <source>Action item</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="150"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="151"/>
        <source>Consultation</source>
        <translation>Консултация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="152"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="153"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="154"/>
        <source>Indicator value</source>
        <translation>Стойност на индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="155"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="156"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="157"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="158"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="159"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="160"/>
        <source>Attached file</source>
        <translation>Прикачен файл</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="164"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="165"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="166"/>
        <source>Mediators</source>
        <translation>Медиатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="167"/>
        <source>Appointments</source>
        <translation>Назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="168"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="169"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="170"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="171"/>
        <source>Projects</source>
        <translation>Проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="172"/>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="173"/>
        <source>Indicator values</source>
        <translation>Стойности на индикатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="174"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="175"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="176"/>
        <source>Bodies</source>
        <translation>Органи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="177"/>
        <source>Members</source>
        <translation>Членове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="178"/>
        <source>Codes</source>
        <translation>Кодове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="179"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="180"/>
        <source>Attached files</source>
        <translation>Прикачени файлове</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="45"/>
        <source>Welcome to CoopDesk</source>
        <translation>Добре дошли в CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="46"/>
        <source>Choose the language of the window.</source>
        <translation>Изберете езика на прозореца.</translation>
    </message>
</context>
<context>
    <name>ListSaving</name>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Работна книга на Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="33"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="73"/>
        <source>Save the list</source>
        <translation>Запис на списъка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="81"/>
        <source>Writing the list…</source>
        <translation>Записване на списъка…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/list_saving.py" line="91"/>
        <source>{0} ({1} rows)</source>
        <translation>{0} ({1} реда)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="116"/>
        <source>Opening the database…</source>
        <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="176"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="177"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="181"/>
        <source>&amp;Code lists and age bands…</source>
        <translation>&amp;Кодови списъци и възрастови групи…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="185"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервни копия…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="188"/>
        <source>&amp;Import from spreadsheet…</source>
        <translation>&amp;Внасяне от таблица…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="192"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Смяна на &amp;паролата…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="196"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="201"/>
        <source>Sections</source>
        <translation>Раздели</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="392"/>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="394"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="395"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="398"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="399"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="400"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="401"/>
        <source>Mediators and appointments</source>
        <translation>Медиатори и назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="402"/>
        <source>Localities and organisations</source>
        <translation>Населени места и организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="403"/>
        <source>Projects</source>
        <translation>Проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="404"/>
        <source>Coordination bodies</source>
        <translation>Координационни органи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="405"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="441"/>
        <source>The active project: open its page</source>
        <translation>Активният проект: отвори страницата му</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="443"/>
        <source>No active project</source>
        <translation>Няма активен проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="444"/>
        <source>Choose the active project in Settings</source>
        <translation>Изберете активния проект в Настройки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="393"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="168"/>
        <source>CoopDesk — {0} — {1}</source>
        <translation>CoopDesk — {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="311"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="271"/>
        <source>The columns</source>
        <translation>Колоните</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="274"/>
        <source>Each column&apos;s field, proposed from its header. Change what is wrong; a column left out is not imported.</source>
        <translation>Полето на всяка колона, предложено по заглавието ѝ. Поправете каквото не е вярно; неизбрана колона не се внася.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>First values</source>
        <translation>Първи стойности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="281"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="289"/>
        <source>Columns and their fields</source>
        <translation>Колоните и техните полета</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="292"/>
        <source>Create the localities and organisations the file names that are not kept yet</source>
        <translation>Създаване на населените места и организациите от файла, които още не са записани</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="296"/>
        <source>Consent to keep the names was recorded on paper on</source>
        <translation>Съгласието за пазене на имената е записано на хартия на</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="300"/>
        <source>Date consent was recorded on paper</source>
        <translation>Дата, на която съгласието е записано на хартия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="341"/>
        <source>Field of column {0}</source>
        <translation>Поле на колона {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="342"/>
        <source>— not imported —</source>
        <translation>— не се внася —</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="114"/>
        <source>From the named list: %n row(s); women: {0}, men: {1}, under 30: {2}.</source>
        <translation>
            <numerusform>От поименния списък: %n ред; жени: {0}, мъже: {1}, под 30 г.: {2}.</numerusform>
            <numerusform>От поименния списък: %n реда; жени: {0}, мъже: {1}, под 30 г.: {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="126"/>
        <source>The named list has %n row(s), more than the participants counted ({0}).</source>
        <translation>
            <numerusform>Поименният списък има %n ред, повече от преброените участници ({0}).</numerusform>
            <numerusform>Поименният списък има %n реда, повече от преброените участници ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/meeting_form.py" line="134"/>
        <source>The named list has women: {0}, men: {1}; the counts say {2} and {3}.</source>
        <translation>В поименния списък: жени {0}, мъже {1}; според броя – {2} и {3}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="47"/>
        <source>Merge two records: {0}</source>
        <translation>Обединяване на два записа: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="64"/>
        <source>Choose the record to keep, and for each field where the two differ, the value it keeps. The other record is removed; what refers to it (consultations, meeting rows) then refers to the one kept.</source>
        <translation>Изберете кой запис да остане и за всяко поле, в което двата се различават, коя стойност да запази. Другият запис се премахва; всичко, свързано с него (консултации, редове от срещи), се свързва със запазения.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="76"/>
        <source>Keep this one</source>
        <translation>Този остава</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="77"/>
        <source>Keep record {0}</source>
        <translation>Остава запис {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="91"/>
        <source>{0} of record {1}</source>
        <translation>{0} от запис {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="111"/>
        <source>The two agree on every field.</source>
        <translation>Двата записа съвпадат във всяко поле.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="113"/>
        <source>The person keeps the code of the record kept.</source>
        <translation>Лицето запазва кода на записа, който остава.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="127"/>
        <source>&amp;Merge</source>
        <translation>&amp;Обединяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="129"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="180"/>
        <source>Merging…</source>
        <translation>Обединяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="201"/>
        <source>Merging is not possible in this version yet.</source>
        <translation>Обединяването още не е възможно в тази версия.</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="80"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="81"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="82"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="83"/>
        <source>Locality or organisation</source>
        <translation>Населено място или организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="84"/>
        <source>Code or position</source>
        <translation>Код или длъжност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="94"/>
        <source>Who this may be</source>
        <translation>Кой може да е</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="229"/>
        <source>all days</source>
        <translation>всички дни</translation>
    </message>
</context>
<context>
    <name>PairsModel</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="71"/>
        <source>One record</source>
        <translation>Единият запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="71"/>
        <source>The other</source>
        <translation>Другият</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="73"/>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="74"/>
        <source>Why</source>
        <translation>Защо</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="36"/>
        <source>Print attendance sheet…</source>
        <translation>Печат на присъствен списък…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="37"/>
        <source>Print minutes…</source>
        <translation>Печат на протокол…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="38"/>
        <source>Print record…</source>
        <translation>Печат на картона…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="44"/>
        <source>Attendance sheet</source>
        <translation>Присъствен списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="45"/>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="46"/>
        <source>Consultation record</source>
        <translation>Картон на консултациите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="67"/>
        <source>This meeting is still planned: its minutes are printed once it has been held. Set its status to “{0}” first.</source>
        <translation>Срещата е още планирана: протоколът ѝ се отпечатва, след като се проведе. Първо сменете статуса ѝ на „{0}“.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="72"/>
        <source>This meeting is still planned: its minutes are printed once it has been held. Set its status to “{0}” and fill in what the minutes record: {1}.</source>
        <translation>Срещата е още планирана: протоколът ѝ се отпечатва, след като се проведе. Сменете статуса ѝ на „{0}“ и попълнете това, което протоколът записва: {1}.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="87"/>
        <source>This meeting was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation>Тази среща е отменена: няма присъствен списък за подписване. Протоколът ѝ все пак може да се отпечата.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="93"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>Записът вече не съществува (може да е изтрит).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="99"/>
        <source>The document could not be made. The log has the details.</source>
        <translation>Документът не можа да бъде създаден. Подробностите са в дневника.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="152"/>
        <source>Preparing the document…</source>
        <translation>Подготовка на документа…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/save_targets.py" line="65"/>
        <source>Saved: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="172"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_cells.py" line="187"/>
        <source>all</source>
        <translation>всички</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="66"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="67"/>
        <source>Who</source>
        <translation>Кой е</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="69"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="72"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="73"/>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="146"/>
        <source>not linked</source>
        <translation>несвързан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="147"/>
        <source>anonymous</source>
        <translation>анонимен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="151"/>
        <source>Person {0}: counted once however many meetings they attend</source>
        <translation>Лице {0}: брои се веднъж, на колкото и срещи да е присъствало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="155"/>
        <source>Contact: counted once as a representative</source>
        <translation>Контакт: брои се веднъж като представител</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="157"/>
        <source>Linked to no person or contact: counted as an attendance, not as a person. Type the name to pick who it is, or create a person from this row.</source>
        <translation>Не е свързан с лице или контакт: брои се като присъствие, не като човек. Напишете името, за да изберете кой е, или създайте лице от този ред.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="171"/>
        <source>all</source>
        <translation>всички</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="192"/>
        <source>A member invited: counts as attending once ticked</source>
        <translation>Поканен член: брои се за присъствал, след като се отметне</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="66"/>
        <source>Add a row</source>
        <translation>Добавяне на ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="67"/>
        <source>Details…</source>
        <translation>Подробно…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="68"/>
        <source>The whole row in its form: role, contact and more</source>
        <translation>Целият ред във формуляр: роля, контакт и др.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="69"/>
        <source>Create a person from this row</source>
        <translation>Създаване на лице от този ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="71"/>
        <source>A new person with this row&apos;s gender, year of birth and the meeting&apos;s locality</source>
        <translation>Ново лице с пола и годината на раждане от реда и населеното място на срещата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="73"/>
        <source>Unlink</source>
        <translation>Премахване на връзката</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="74"/>
        <source>The row is no longer this person or contact</source>
        <translation>Редът вече не е свързан с това лице или контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_table.py" line="181"/>
        <source>Person {0} created and linked to this row.</source>
        <translation>Създадено е лице {0} и е свързано с този ред.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="47"/>
        <source>Change the passphrase</source>
        <translation>Смяна на паролата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="53"/>
        <source>The database is re-encrypted under the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Базата данни се криптира наново с новата парола. Резервните копия, направени преди това, запазват паролата, с която са направени.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="63"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текуща парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="64"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="65"/>
        <source>&amp;Repeat the new one:</source>
        <translation>Повт&amp;орете новата:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="84"/>
        <source>C&amp;hange</source>
        <translation>&amp;Смени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="92"/>
        <source>The two new passphrases differ.</source>
        <translation>Двете нови пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="113"/>
        <source>Re-encrypting the database…</source>
        <translation>Базата данни се криптира наново…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="135"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Текущата парола не е вярна. Нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_dialog.py" line="137"/>
        <source>The passphrase was not changed: {0}</source>
        <translation>Паролата не е сменена: {0}</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="45"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Твърде кратка: поне {0} знака.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="50"/>
        <source>Strength: weak.</source>
        <translation>Сила: ниска.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="52"/>
        <source>Strength: good.</source>
        <translation>Сила: добра.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="54"/>
        <source>Strength: strong.</source>
        <translation>Сила: висока.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/passphrase_hint.py" line="58"/>
        <source>Easy to guess: it looks like a common password, word, name, date or pattern, which someone who takes this laptop can try quickly. Several unrelated words make a passphrase much harder to guess.</source>
        <translation>Лесна за отгатване: прилича на често срещана парола, дума, име, дата или шаблон, които всеки, който вземе този лаптоп, може бързо да опита. Няколко несвързани думи правят паролата много по-трудна за отгатване.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="163"/>
        <source>The two passphrases differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="171"/>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="174"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation>Базата данни се криптира с тази парола. Без нея никой, дори вие, не може да прочете записите: пазете я.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="178"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="179"/>
        <source>&amp;Repeat:</source>
        <translation>Повт&amp;орете:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="87"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страници</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="91"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печат…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="92"/>
        <source>Save &amp;as PDF…</source>
        <translation>&amp;Запиши като PDF…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="94"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="120"/>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="120"/>
        <source>The printer could not be started.</source>
        <translation>Принтерът не можа да бъде стартиран.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="125"/>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="135"/>
        <source>Save as PDF</source>
        <translation>Запис като PDF</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="136"/>
        <source>{0} could not be written: {1}</source>
        <translation>Файлът {0} не можа да бъде записан: {1}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="396"/>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="397"/>
        <source>What the import would do. Nothing is written until you import.</source>
        <translation>Какво ще направи внасянето. Нищо не се записва, докато не внесете.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="399"/>
        <source>&amp;Import</source>
        <translation>&amp;Внасяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Row</source>
        <translation>Ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Column</source>
        <translation>Колона</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="409"/>
        <source>Problem</source>
        <translation>Проблем</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="418"/>
        <source>Rows that cannot be imported</source>
        <translation>Редове, които не могат да бъдат внесени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="431"/>
        <source>Checking {0} rows…</source>
        <translation>Проверка на {0} реда…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="454"/>
        <source>{0} rows: {1} to create, {2} to update, {3} already kept as they are, {4} empty; {5} cannot be imported.</source>
        <translation>{0} реда: за създаване {1}, за обновяване {2}, вече записани без промяна {3}, празни {4}; не могат да бъдат внесени: {5}.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="479"/>
        <source>Correct these rows in the file, or leave their columns out, and read it again: an import writes all its rows or none.</source>
        <translation>Поправете тези редове във файла или изключете колоните им и го прочетете отново: внасянето записва всички редове или нито един.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="486"/>
        <source>Will be created: {0} «{1}»</source>
        <translation>Ще бъде създадено: {0} „{1}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="488"/>
        <source>Not found: {0} «{1}»</source>
        <translation>Не е намерено: {0} „{1}“</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="494"/>
        <source>{0} rows look like records already kept; check them after the import in Possible duplicates.</source>
        <translation>{0} реда приличат на вече записани; проверете ги след внасянето във „Възможни дубликати“.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="499"/>
        <source>Not imported: {0}</source>
        <translation>Не се внасят: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="506"/>
        <source>Checking cancelled. Go back, or check again.</source>
        <translation>Проверката е прекъсната. Върнете се назад или проверете отново.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="523"/>
        <source>Importing {0} rows…</source>
        <translation>Внасяне на {0} реда…</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="89"/>
        <source>← &amp;All projects</source>
        <translation>← &amp;Всички проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="99"/>
        <source>Edit pro&amp;ject…</source>
        <translation>Редактирай &amp;проекта…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="102"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="283"/>
        <source>Make a&amp;ctive</source>
        <translation>Направи &amp;активен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="104"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation>Новите срещи, консултации и процедури на това устройство получават този проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="116"/>
        <source>Donor / programme:</source>
        <translation>Донор / програма:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="117"/>
        <source>Promoter:</source>
        <translation>Бенефициент:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="118"/>
        <source>Partners:</source>
        <translation>Партньори:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="119"/>
        <source>Targeted localities:</source>
        <translation>Целеви населени места:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="122"/>
        <source>Duration:</source>
        <translation>Продължителност:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="123"/>
        <source>Status:</source>
        <translation>Състояние:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="124"/>
        <source>Budget (initial / final):</source>
        <translation>Бюджет (първоначален / окончателен):</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="125"/>
        <source>Grant:</source>
        <translation>Безвъзмездна помощ:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="140"/>
        <source>Fro&amp;m</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="140"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="166"/>
        <source>Add &amp;indicator…</source>
        <translation>Добави &amp;индикатор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="167"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактирай…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="168"/>
        <source>&amp;Delete</source>
        <translation>Из&amp;трий</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="169"/>
        <source>Move &amp;up</source>
        <translation>На&amp;горе</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="170"/>
        <source>Move do&amp;wn</source>
        <translation>Надол&amp;у</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="171"/>
        <source>Enter a &amp;value…</source>
        <translation>Въведи &amp;стойност…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="172"/>
        <source>A value of a manual indicator, dated today</source>
        <translation>Стойност на ръчно въвеждан индикатор с днешна дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="213"/>
        <source>The period ends before it starts.</source>
        <translation>Периодът свършва, преди да започне.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="218"/>
        <source>Counting…</source>
        <translation>Броене…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="264"/>
        <source>Indicators, achieved from {0} to {1} — another period:</source>
        <translation>Индикатори, постигнато от {0} до {1} — друг период:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/projects/project_page.py" line="275"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n индикатор</numerusform>
            <numerusform>%n индикатора</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="283"/>
        <source>Active project ✓</source>
        <translation>Активен проект ✓</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="351"/>
        <source>Delete the indicator {0} ({1})?</source>
        <translation>Да се изтрие ли индикаторът {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="352"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="357"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="372"/>
        <source>Move</source>
        <translation>Преместване</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="50"/>
        <source>Job &amp;priority:</source>
        <translation>&amp;Приоритет на заданието:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="51"/>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Отложен печат:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="52"/>
        <source>&amp;Billing information:</source>
        <translation>&amp;Данни за таксуване:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="53"/>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="54"/>
        <source>&amp;End:</source>
        <translation>&amp;Край:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>П&amp;реглед на:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Файлове от &amp;тип:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="17"/>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Името „%1“ не може да се използва.&lt;/b&gt;&lt;p&gt;Опитайте с друго име, с по-малко знаци или без препинателни знаци.</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="47"/>
        <source>Page &amp;order:</source>
        <translation>&amp;Ред на страниците:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="48"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Страници на &amp;лист:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="49"/>
        <source>Centimeters (cm)</source>
        <translation>Сантиметри (см)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="33"/>
        <source>Invalid Pages Definition</source>
        <translation>Невалидно задаване на страници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="34"/>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>„%1“ не е записано правилно. Разделяйте страниците и диапазоните със запетая „,“, задавайте диапазоните с тире „-“ и внимавайте диапазоните да не се застъпват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="39"/>
        <source>Duplex Settings Conflicts</source>
        <translation>Противоречиви настройки за двустранен печат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="40"/>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Настройките за двустранен печат си противоречат. Да се поправят ли?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="43"/>
        <source>Advanced</source>
        <translation>Допълнителни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="44"/>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Някои настройки си противоречат. Моля, поправете ги.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="22"/>
        <source>Double Sided Printing</source>
        <translation>Двустранен печат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="23"/>
        <source>Long side binding</source>
        <translation>Подвързване по дългата страна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="24"/>
        <source>Short side binding</source>
        <translation>Подвързване по късата страна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="25"/>
        <source>Off</source>
        <translation>Изключен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="26"/>
        <source>Page &amp;Set:</source>
        <translation>&amp;Страници:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="27"/>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/qt_texts.py" line="28"/>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Посочете страници или диапазони, разделени със запетаи. Диапазонът се задава с две числа, разделени с тире. Например 3,5-7,9 отпечатва страници 3, 5, 6, 7 и 9.</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="200"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; На&amp;зад</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="201"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Напред &gt;</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="202"/>
        <source>&amp;Finish</source>
        <translation>&amp;Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="203"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="36"/>
        <source>the same name</source>
        <translation>същото име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="37"/>
        <source>the same name, spelt differently</source>
        <translation>същото име, изписано различно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="38"/>
        <source>the same names in another order</source>
        <translation>същите имена в друг ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="39"/>
        <source>names one letter apart</source>
        <translation>имена с една буква разлика</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="40"/>
        <source>one has a middle name the other lacks</source>
        <translation>единият има бащино име, което другият няма</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="69"/>
        <source>New: {0}</source>
        <translation>Нов запис: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="72"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="72"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="122"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="163"/>
        <source>Complete the form first: {0}</source>
        <translation>Първо попълнете формуляра: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="215"/>
        <source>Save the changes to this record?</source>
        <translation>Да се запишат ли промените?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="96"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="104"/>
        <source>&amp;Erase personal data…</source>
        <translation>Заличи &amp;личните данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="112"/>
        <source>Erase this person&apos;s name, phone and notes, and the text of their consultations, on this device and, through sync, on every device? The code and the counts stay. This cannot be undone.</source>
        <translation>Да се заличат ли името, телефонът и бележките на това лице, както и текстът на неговите консултации, на това устройство и чрез синхронизацията на всички устройства? Кодът и бройките остават. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="119"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="128"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="143"/>
        <source>Erase personal data</source>
        <translation>Заличаване на личните данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="129"/>
        <source>Erased. Other devices erase it when they import this device&apos;s next bundle.</source>
        <translation>Заличено. Другите устройства ще заличат данните, когато внесат следващия пакет на това устройство.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../coopdesk/ui/records/consent_rows.py" line="59"/>
        <source>{0}: kept only with consent, this row&apos;s own (tick “{1}”) or that of the person or contact it is linked to.</source>
        <translation>{0}: пазят се само със съгласие – на самия ред (отбележете „{1}“) или на свързаното лице или контакт.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/consent_rows.py" line="65"/>
        <source>{0}: kept only with consent. Tick “{1}” to fill them in.</source>
        <translation>{0}: пазят се само със съгласие. Отбележете „{1}“, за да ги попълните.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_form.py" line="357"/>
        <source>required</source>
        <translation>задължително</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="109"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Търсене… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="110"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="132"/>
        <source>Fro&amp;m</source>
        <translation>О&amp;т</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="132"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="101"/>
        <source>New record (Ctrl+N)</source>
        <translation>Нов запис (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="169"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="170"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Върни изтритото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="172"/>
        <source>Save the &amp;list…</source>
        <translation>Запис на &amp;списъка…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="173"/>
        <source>The rows shown, as an Excel workbook or a CSV file</source>
        <translation>Показаните редове като работна книга на Excel или файл CSV</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="231"/>
        <source>All: {0}</source>
        <translation>{0}: всички</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="235"/>
        <source>Without: {0}</source>
        <translation>Без: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="333"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/records/record_list.py" line="335"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="365"/>
        <source>Choose a record first.</source>
        <translation>Първо изберете запис.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="377"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation>Да се изтрие ли записът ({0})? После можете да го върнете.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="378"/>
        <location filename="../../coopdesk/ui/records/record_list.py" line="383"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="404"/>
        <source>Undo delete</source>
        <translation>Връщане на изтрито</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../coopdesk/ui/records/list_model.py" line="398"/>
        <source>A signed attendance sheet is attached</source>
        <translation>Приложен е подписан присъствен лист</translation>
    </message>
</context>
<context>
    <name>RefsInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="465"/>
        <source>Type to narrow the list…</source>
        <translation>Пишете, за да стесните списъка…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="481"/>
        <source>Search: {0}</source>
        <translation>Търсене: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="115"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="115"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="121"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="144"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="126"/>
        <source>Export &amp;PDF…</source>
        <translation>Износ в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="127"/>
        <source>Export &amp;XLSX…</source>
        <translation>Износ в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="128"/>
        <source>Export &amp;CSV…</source>
        <translation>Износ в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="140"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="142"/>
        <source>Fro&amp;m:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="143"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="146"/>
        <source>None ticked: every locality.</source>
        <translation>Ако няма отметнати: всички населени места.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="150"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="344"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="369"/>
        <source>Export the report</source>
        <translation>Износ на отчета</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="174"/>
        <source>Charts</source>
        <translation>Диаграми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="175"/>
        <source>Tables</source>
        <translation>Таблици</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="241"/>
        <source>The period starts after it ends: choose the dates again.</source>
        <translation>Периодът започва след края си: изберете датите отново.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="247"/>
        <source>Computing the figures…</source>
        <translation>Изчисляване на показателите…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="278"/>
        <source>The figures could not be computed. The log has the details.</source>
        <translation>Показателите не можаха да бъдат изчислени. Подробности има в дневника.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="298"/>
        <source>%n meeting(s) held in the period.</source>
        <translation>
            <numerusform>%n проведена среща през периода.</numerusform>
            <numerusform>%n проведени срещи през периода.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="349"/>
        <source>Writing the report…</source>
        <translation>Отчетът се записва…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="365"/>
        <source>{0} could not be written: {1}</source>
        <translation>Файлът {0} не можа да бъде записан: {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="368"/>
        <source>The report could not be written. The log has the details.</source>
        <translation>Отчетът не можа да бъде записан. Подробности има в дневника.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="52"/>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="53"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="54"/>
        <source>Ne&amp;w session…</source>
        <translation>&amp;Ново заседание…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="55"/>
        <source>&amp;Attendance sheet…</source>
        <translation>Присъствен &amp;лист…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="73"/>
        <source>Sessions planned and held</source>
        <translation>Планирани и проведени заседания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="90"/>
        <source>The attendance sheet of the next planned session, with the members&apos; names</source>
        <translation>Присъственият лист на следващото планирано заседание, с имената на членовете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Planned</source>
        <translation>Планирано</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Held</source>
        <translation>Проведени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="105"/>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="111"/>
        <source>Sessions while a member</source>
        <translation>Заседания през членството</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="112"/>
        <source>Attended</source>
        <translation>Присъствал</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="113"/>
        <source>Attendance</source>
        <translation>Посещаемост</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="115"/>
        <source>Attendance of the members</source>
        <translation>Посещаемост на членовете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="149"/>
        <source>Counting…</source>
        <translation>Броене…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="173"/>
        <source>{0} – {1}: sessions held {2} of {3} planned; average attendance {4}</source>
        <translation>{0} – {1}: проведени {2} от {3} планирани заседания; средна посещаемост {4}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="185"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="185"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="207"/>
        <source>Q{0} {1}</source>
        <translation>{0} трим. {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="230"/>
        <source>No session of this body is planned from today. Add one with “New session…”: its sheet lists the members sitting on its day.</source>
        <translation>Няма планирано заседание на този орган от днес нататък. Добавете го с „Ново заседание…“: листът му изброява членовете към деня на заседанието.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/bodies/sessions_panel.py" line="243"/>
        <source>Session of {0}</source>
        <translation>Заседание на {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="40"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="46"/>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="47"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="48"/>
        <source>Loc&amp;k after idle:</source>
        <translation>За&amp;ключване след бездействие:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="57"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="62"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation>Новите срещи, консултации и процедури на това устройство получават този проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="64"/>
        <source>Active &amp;project:</source>
        <translation>Активен &amp;проект:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="232"/>
        <source>CoopDesk setup</source>
        <translation>Настройка на CoopDesk</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="126"/>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="142"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="144"/>
        <source>Cancelled: no demo data was loaded. The database is empty.</source>
        <translation>Отказано: демонстрационните данни не бяха заредени. Базата данни е празна.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="160"/>
        <source>Loading demo data…</source>
        <translation>Зареждане на демонстрационни данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="304"/>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="305"/>
        <source>A restore or a passphrase change is replacing the database of this data directory. Open CoopDesk again when it has finished.</source>
        <translation>В момента възстановяване или смяна на паролата подменя базата данни в тази папка. Отворете CoopDesk отново, когато приключи.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="97"/>
        <source>No other device is enrolled yet</source>
        <translation>Все още няма добавено друго устройство</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="100"/>
        <source>%n change(s) only on this device: no other device is enrolled yet</source>
        <translation>
            <numerusform>%n промяна е само на това устройство: все още няма добавено друго устройство</numerusform>
            <numerusform>%n промени са само на това устройство: все още няма добавено друго устройство</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="107"/>
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n промяна още не е изпратена</numerusform>
            <numerusform>%n промени още не са изпратени</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="110"/>
        <source>%n change(s) sent, not yet acknowledged</source>
        <translation>
            <numerusform>%n изпратена промяна чака потвърждение</numerusform>
            <numerusform>%n изпратени промени чакат потвърждение</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="112"/>
        <source>Every change sent and acknowledged</source>
        <translation>Всички промени са изпратени и потвърдени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="116"/>
        <source>Enrol a device…</source>
        <translation>Добави устройство…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="120"/>
        <source>Exchange now</source>
        <translation>Обмени сега</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/sync_status.py" line="124"/>
        <source>Export a bundle…</source>
        <translation>Износ на пакет…</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="89"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Износ на пакет…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="91"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Внос на пакети…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="93"/>
        <source>E&amp;nrol a device…</source>
        <translation>&amp;Добави устройство…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="96"/>
        <source>Re&amp;voke the selected device</source>
        <translation>О&amp;тнеми достъпа на избраното устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="106"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="216"/>
        <source>Files in the bundles</source>
        <translation>Файлове в пакетите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="108"/>
        <source>&amp;Files in the bundles:</source>
        <translation>&amp;Файлове в пакетите:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="128"/>
        <source>No other device is enrolled yet: a bundle would have no one to go to. Enrol a device first: CoopDesk writes an enrolment file and a code for the laptop that joins.</source>
        <translation>Все още няма добавено друго устройство: пакетът няма към кого да отиде. Първо добавете устройство: CoopDesk записва файл за добавяне и код за лаптопа, който се присъединява.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="134"/>
        <source>No other device is known yet: ask the office to enrol this laptop, then import the office&apos;s first bundle.</source>
        <translation>Все още не е известно друго устройство: помолете офиса да добави този лаптоп, после внесете първия пакет от офиса.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="139"/>
        <source>Enrol a device…</source>
        <translation>Добави устройство…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="142"/>
        <source>Enrol a device first</source>
        <translation>Първо добавете устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="147"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="148"/>
        <source>Devices of the organisation</source>
        <translation>Устройства на организацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="152"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="153"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="154"/>
        <source>Kept</source>
        <translation>Запазена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="155"/>
        <source>Lost</source>
        <translation>Загубена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="156"/>
        <source>Lost edit</source>
        <translation>Загубена промяна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="162"/>
        <source>No conflict to review. When two devices change the same field before they have exchanged, the later edit wins and the value it replaced is kept here, to be restored or let go.</source>
        <translation>Няма конфликти за преглед. Когато две устройства променят едно и също поле, преди да са се обменили, печели по-късната промяна, а стойността, която тя замени, се пази тук, за да бъде възстановена или оставена.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="167"/>
        <source>&amp;Restore the lost value</source>
        <translation>В&amp;ъзстанови загубената стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="169"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Остави текущата стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="175"/>
        <source>Conflicts to review</source>
        <translation>Конфликти за преглед</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="181"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="182"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="183"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="184"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="185"/>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="191"/>
        <source>No exchange yet. Export a bundle and take it to the other device (a USB stick, an e-mail), or set a sync folder in Settings that the devices share.</source>
        <translation>Все още няма обмен. Изнесете пакет и го занесете на другото устройство (с USB памет или по имейл) или задайте в Настройки папка за синхронизация, която устройствата споделят.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="195"/>
        <source>Exchanges on this device</source>
        <translation>История на обмена на това устройство</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="224"/>
        <source>%n attached file(s) not yet received</source>
        <translation>
            <numerusform>%n прикачен файл още не е получен</numerusform>
            <numerusform>%n прикачени файла още не са получени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="231"/>
        <source>{0} (this device)</source>
        <translation>{0} (това устройство)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="233"/>
        <source>this device</source>
        <translation>това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="274"/>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="274"/>
        <source>field</source>
        <translation>терен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="243"/>
        <source>revoked</source>
        <translation>отнет достъп</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="245"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n промяна още не е потвърдена</numerusform>
            <numerusform>%n промени още не са потвърдени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="260"/>
        <source>Deleted</source>
        <translation>Изтрит</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="282"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <source>Export</source>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="298"/>
        <source>refused: {0}</source>
        <translation>отказан: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="302"/>
        <source>cancelled, nothing changed</source>
        <translation>отменен, нищо не е променено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="304"/>
        <source>this device&apos;s own bundle</source>
        <translation>собствен пакет на това устройство</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="306"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="307"/>
        <source>{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here</source>
        <translation>{0} нови, {1} променени, {2} изтрити, {3} конфликта, {4} вече налични</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="315"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="319"/>
        <source>Export a bundle</source>
        <translation>Износ на пакет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="325"/>
        <source>Writing the bundle…</source>
        <translation>Пакетът се записва…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="335"/>
        <source>{0}: {1} records for {2}.</source>
        <translation>{0}: {1} записа за {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="339"/>
        <source>%n attached file(s) in it.</source>
        <translation>
            <numerusform>В него има %n прикачен файл.</numerusform>
            <numerusform>В него има %n прикачени файла.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="343"/>
        <source>Bundle written</source>
        <translation>Пакетът е записан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="348"/>
        <source>Import bundles</source>
        <translation>Внос на пакети</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="357"/>
        <source>Checking the bundles…</source>
        <translation>Пакетите се проверяват…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="393"/>
        <source>Cancelled: the bundle under way was not imported.</source>
        <translation>Отменено: започнатият пакет не е внесен.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="395"/>
        <source>refused — {0}</source>
        <translation>отказан — {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="397"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation>{0}: собствен пакет на това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="402"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation>{0} от {1}: {2} нови, {3} променени, {4} изтрити, {5} конфликта, {6} вече налични</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="284"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="420"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="425"/>
        <source>Import</source>
        <translation>Внос</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="422"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation>Ето какво ще направи вносът:

{0}

Да се внесе ли сега?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="429"/>
        <source>Importing…</source>
        <translation>Внасяне…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="443"/>
        <source>Import finished</source>
        <translation>Вносът завърши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="448"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="450"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="454"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="467"/>
        <source>Enrol a device</source>
        <translation>Добавяне на устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="454"/>
        <source>The device&apos;s name:</source>
        <translation>Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="459"/>
        <source>Save the enrolment file</source>
        <translation>Запис на файла за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="472"/>
        <source>Device enrolled</source>
        <translation>Устройството е добавено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="474"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation>Дайте на {0} файла и отделно (прочетете го на глас или на хартия) този код:

{1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="484"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation>Да се отнеме ли достъпът на {0}? Пакетите му ще бъдат отказвани оттук нататък (изгубен или откраднат лаптоп).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="486"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="491"/>
        <source>Revoke</source>
        <translation>Отнемане на достъп</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="507"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="215"/>
        <source>Open action items</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="216"/>
        <source>Consultation follow-ups</source>
        <translation>Проследяване на консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="218"/>
        <source>Meetings in the next {0} days</source>
        <translation>Срещи през следващите {0} дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="221"/>
        <source>Held in the last {0} days, no signed sheet attached</source>
        <translation>Проведени през последните {0} дни, без приложен подписан лист</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="287"/>
        <source>Today, {0}</source>
        <translation>Днес, {0}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="24"/>
        <source>Unlock CoopDesk</source>
        <translation>Отключване на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="28"/>
        <source>Enter the passphrase of the database in
{0}</source>
        <translation>Въведете паролата на базата данни в
{0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="31"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="46"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Отключи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="56"/>
        <source>This passphrase does not open the database. Try again.</source>
        <translation>Тази парола не отваря базата данни. Опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/unlock.py" line="62"/>
        <source>The database cannot be opened: {0}</source>
        <translation>Базата данни не може да се отвори: {0}</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../coopdesk/ui/shell/workers.py" line="120"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>_Working</name>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="102"/>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/imports/import_wizard.py" line="103"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
</TS>
