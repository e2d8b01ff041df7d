<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AgeBand</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="220"/>
        <source>under 18</source>
        <translation>под 18 г.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="221"/>
        <source>18–29</source>
        <translation>18–29 г.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="222"/>
        <source>30–54</source>
        <translation>30–54 г.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="223"/>
        <source>55 and over</source>
        <translation>55 и повече г.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="224"/>
        <source>age not known</source>
        <translation>неизвестна възраст</translation>
    </message>
</context>
<context>
    <name>AppointmentStage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="163"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="164"/>
        <source>agreed</source>
        <translation>договорено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="165"/>
        <source>selection launched</source>
        <translation>обявен подбор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="168"/>
        <source>candidate selected</source>
        <translation>избран кандидат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="171"/>
        <source>appointed</source>
        <translation>назначен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="172"/>
        <source>active</source>
        <translation>действащ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="173"/>
        <source>ended</source>
        <translation>приключило</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="174"/>
        <source>declined</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="108"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="136"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="210"/>
        <source>Backups</source>
        <translation>Резервни копия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="115"/>
        <source>CoopDesk backs up the database once a day, before every import and before every change of the database&apos;s format. It keeps one backup for each of the last 7 days and 4 weeks, the 5 latest before each kind of event, and every backup made with Back up now. Backups are encrypted: each opens with the passphrase the database had when it was made.</source>
        <translation>CoopDesk прави резервно копие на базата данни веднъж дневно, преди всеки внос и преди всяка промяна на формата на базата данни. Пази по едно копие за всеки от последните 7 дни и 4 седмици, последните 5 копия преди всеки вид събитие и всяко копие, направено с „Направи резервно копие сега“. Резервните копия са криптирани: всяко се отваря с паролата, която базата данни е имала, когато е направено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="126"/>
        <source>Opens with</source>
        <translation>Отваря се с</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="141"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервно копие сега</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="143"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Възстанови избраното копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="147"/>
        <source>Restore from a &amp;file…</source>
        <translation>Възстанови от &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="160"/>
        <source>Before a change of format</source>
        <translation>Преди промяна на формата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="162"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="163"/>
        <source>Made by hand</source>
        <translation>Ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="164"/>
        <source>Before an import</source>
        <translation>Преди внос</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="165"/>
        <source>Before a restore</source>
        <translation>Преди възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="166"/>
        <source>Before a passphrase change</source>
        <translation>Преди смяна на паролата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="170"/>
        <source>Reading the backups…</source>
        <translation>Четене на резервните копия…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="189"/>
        <source>the current passphrase</source>
        <translation>текущата парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="191"/>
        <source>an earlier passphrase</source>
        <translation>предишна парола</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="197"/>
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n резервно копие</numerusform>
            <numerusform>%n резервни копия</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="214"/>
        <source>Backing up…</source>
        <translation>Създаване на резервно копие…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="228"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="234"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="246"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="261"/>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="281"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="228"/>
        <source>Choose a backup in the list first.</source>
        <translation>Първо изберете резервно копие от списъка.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="236"/>
        <source>This backup was made under an earlier passphrase, which the window cannot ask for here. Restore it with &apos;coopdesk restore&apos; and that passphrase, or choose a newer backup.</source>
        <translation>Това резервно копие е направено с предишна парола, която прозорецът не може да поиска тук. Възстановете го с „coopdesk restore“ и онази парола или изберете по-ново копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="243"/>
        <source>Replace all the data with the backup of {0}? Changes made since then are set aside in a new backup, not lost.</source>
        <translation>Да се заменят ли всички данни с резервното копие от {0}? Промените, направени оттогава, не се губят, а се запазват в ново резервно копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>Restore from a file</source>
        <translation>Възстановяване от файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="253"/>
        <source>CoopDesk backups (*.coopbak)</source>
        <translation>Резервни копия на CoopDesk (*.coopbak)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="258"/>
        <source>Replace all the data with the backup {0}? The current data is set aside in a new backup, not lost.</source>
        <translation>Да се заменят ли всички данни с резервното копие {0}? Текущите данни не се губят, а се запазват в ново резервно копие.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="266"/>
        <source>Restoring…</source>
        <translation>Възстановяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/backups_view.py" line="282"/>
        <source>The backup is restored; the window now shows its data.</source>
        <translation>Резервното копие е възстановено; прозорецът вече показва неговите данни.</translation>
    </message>
</context>
<context>
    <name>BehindTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Achieved</source>
        <translation>Постигнато</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="131"/>
        <source>Expected by now</source>
        <translation>Очаквано досега</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="143"/>
        <source>Nothing behind schedule.</source>
        <translation>Няма изоставане от графика.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="158"/>
        <source>Behind schedule: {0}</source>
        <translation>Изоставане от графика: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="169"/>
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
        <location filename="../../coopdesk/ui/records/child_tables.py" line="240"/>
        <source>Remove the selected row?</source>
        <translation>Да се премахне ли избраният ред?</translation>
    </message>
</context>
<context>
    <name>ConsultationKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="217"/>
        <source>outreach</source>
        <translation>първи контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="218"/>
        <source>assistance</source>
        <translation>съдействие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="219"/>
        <source>counselling</source>
        <translation>консултиране</translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="225"/>
        <source>open</source>
        <translation>отворена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="226"/>
        <source>closed</source>
        <translation>приключена</translation>
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
    <name>Currency</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="231"/>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="232"/>
        <source>BGN</source>
        <translation>BGN</translation>
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
        <location filename="../../coopdesk/ui/protection/damage.py" line="115"/>
        <location filename="../../coopdesk/ui/protection/damage.py" line="123"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/protection/damage.py" line="124"/>
        <source>The backup is restored.</source>
        <translation>Резервното копие е възстановено.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="157"/>
        <source>is not a date: write it as {0}</source>
        <translation>не е дата: напишете я като {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="161"/>
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
        <location filename="../../coopdesk/ui/shell/wizard.py" line="190"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="191"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation>За да пробвате CoopDesk, заредете реалистичен демонстрационен проект.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="192"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation>&amp;Зареди демонстрационни данни (срещи, медиатори, консултации)</translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="51"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="51"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="67"/>
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
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="147"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Обединяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="148"/>
        <source>Make the two records one: choose what is kept</source>
        <translation>Двата записа стават един: изберете какво да остане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="163"/>
        <source>Persons of one locality whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out), with the same year of birth or none. Persons without a name (no consent) are not compared.</source>
        <translation>Лица от едно населено място с близки имена (друго изписване или азбука, една буква разлика, имена в друг ред, пропуснато бащино име) и една и съща година на раждане или без година. Лица без име (без съгласие) не се сравняват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="169"/>
        <source>Contacts of one organisation whose names are alike (another spelling or script, one letter apart, words in another order, a middle name left out). Contacts without a name (no consent) are not compared.</source>
        <translation>Контакти от една организация с близки имена (друго изписване или азбука, една буква разлика, имена в друг ред, пропуснато бащино име). Контакти без име (без съгласие) не се сравняват.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="193"/>
        <source>Looking for possible duplicates…</source>
        <translation>Търсят се възможни дубликати…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="211"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n възможен дубликат</numerusform>
            <numerusform>%n възможни дубликата</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/duplicates_view.py" line="213"/>
        <source>No possible duplicates found.</source>
        <translation>Не са намерени възможни дубликати.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="14"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="15"/>
        <location filename="../../coopdesk/ui/shell/labels.py" line="25"/>
        <source>Municipality</source>
        <translation>Община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="16"/>
        <source>District</source>
        <translation>Област</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="17"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="18"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="19"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="20"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="21"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="22"/>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="23"/>
        <source>Specialty</source>
        <translation>Специалност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="24"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="26"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="27"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="28"/>
        <source>Funding</source>
        <translation>Финансиране</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="29"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="31"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="32"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="33"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="34"/>
        <source>Ends</source>
        <translation>Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="35"/>
        <source>Venue</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation>Водещ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="38"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="39"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="40"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="41"/>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="42"/>
        <source>Youth (under 30)</source>
        <translation>Младежи (до 30 г.)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="43"/>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="44"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="45"/>
        <source>Needs</source>
        <translation>Нужди</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="46"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="47"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="48"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="49"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="50"/>
        <source>Signed</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="51"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="52"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="53"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="54"/>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="55"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="56"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="57"/>
        <source>Birth year</source>
        <translation>Година на раждане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="58"/>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="59"/>
        <source>Consent given</source>
        <translation>Дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="60"/>
        <source>Consent date</source>
        <translation>Дата на съгласието</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="61"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="62"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="63"/>
        <source>Referred to</source>
        <translation>Насочен към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="64"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="65"/>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="66"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="67"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="68"/>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="69"/>
        <source>Promoter</source>
        <translation>Бенефициент</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="70"/>
        <source>Partners</source>
        <translation>Партньори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="71"/>
        <source>Start date</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="72"/>
        <source>End date</source>
        <translation>Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="73"/>
        <source>Initial budget</source>
        <translation>Първоначален бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="74"/>
        <source>Final budget</source>
        <translation>Окончателен бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="75"/>
        <source>Grant</source>
        <translation>Безвъзмездна помощ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="76"/>
        <source>Currency</source>
        <translation>Валута</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="77"/>
        <source>Targeted localities</source>
        <translation>Целеви населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="78"/>
        <source>Level</source>
        <translation>Ниво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="79"/>
        <source>Unit</source>
        <translation>Мерна единица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="80"/>
        <source>Baseline</source>
        <translation>Базова стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="81"/>
        <source>Target</source>
        <translation>Целева стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="82"/>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="83"/>
        <source>Measure</source>
        <translation>Как се измерва</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="84"/>
        <source>Values add up as</source>
        <translation>Стойностите дават</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="85"/>
        <source>Only meetings of kind</source>
        <translation>Само срещи от вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="86"/>
        <source>Only on topics</source>
        <translation>Само по теми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="87"/>
        <source>Only people of groups</source>
        <translation>Само хора от групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="88"/>
        <source>Only with outcome</source>
        <translation>Само с резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="89"/>
        <source>Only referrals to</source>
        <translation>Само насочвания към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="90"/>
        <source>At or past stage</source>
        <translation>Достигнат етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="91"/>
        <source>Only specialties</source>
        <translation>Само специалности</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="92"/>
        <source>Only in localities</source>
        <translation>Само в населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="93"/>
        <source>Counted from</source>
        <translation>Брои се от</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="94"/>
        <source>Counted until</source>
        <translation>Брои се до</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="95"/>
        <source>Position</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="96"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="97"/>
        <source>Value</source>
        <translation>Стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="98"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="99"/>
        <source>Contact person</source>
        <translation>Контактно лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="100"/>
        <source>Days attended</source>
        <translation>Присъствени дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="101"/>
        <source>Counts from the named list</source>
        <translation>Броят се от поименния списък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="102"/>
        <source>Merged into</source>
        <translation>Обединен в</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="103"/>
        <source>Only consultations of kind</source>
        <translation>Само консултации от вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="104"/>
        <source>Only genders</source>
        <translation>Само пол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="105"/>
        <source>Only ages</source>
        <translation>Само възраст</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="106"/>
        <source>Only representing</source>
        <translation>Само представители на</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="107"/>
        <source>Attended at least (days)</source>
        <translation>Присъствали поне (дни)</translation>
    </message>
</context>
<context>
    <name>FolderSettings</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="173"/>
        <source>none: bundles are exchanged by hand</source>
        <translation>няма: пакетите се обменят ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="174"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="183"/>
        <source>Sync &amp;folder:</source>
        <translation>&amp;Папка за синхронизация:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="188"/>
        <source> s</source>
        <translation> сек</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="190"/>
        <source>E&amp;xchange after a pause in changes of:</source>
        <translation>&amp;Обмен след пауза в промените от:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="195"/>
        <source>And while open, e&amp;very:</source>
        <translation>И докато програмата е отворена, на в&amp;секи:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="193"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="198"/>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="208"/>
        <source>Sync folder</source>
        <translation>Папка за синхронизация</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="86"/>
        <source>Sync folder: exchanging…</source>
        <translation>Папка за синхронизация: обмен…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="121"/>
        <source>Sync folder</source>
        <translation>Папка за синхронизация</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="123"/>
        <source>The last exchange brought %n conflict(s): values that lost to an edit made without knowing them. Review them under Sync.</source>
        <translation>
            <numerusform>Последният обмен доведе до %n конфликт: стойност, изместена от промяна, направена без знание за нея. Прегледайте го в раздел „Синхронизация“.</numerusform>
            <numerusform>Последният обмен доведе до %n конфликта: стойности, изместени от промени, направени без знание за тях. Прегледайте ги в раздел „Синхронизация“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="134"/>
        <source>Sync folder: not exchanged ({0})</source>
        <translation>Папка за синхронизация: неуспешен обмен ({0})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="149"/>
        <source>Sync folder: no exchange yet</source>
        <translation>Папка за синхронизация: още няма обмен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="155"/>
        <source>Sync folder {0}: {1}</source>
        <translation>Папка за синхронизация {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="157"/>
        <source>Sync folder {0}: nothing new</source>
        <translation>Папка за синхронизация {0}: нищо ново</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/folder_sync.py" line="158"/>
        <source>Sync folder {0}: {1} new, {2} updated, {3} deleted, {4} conflicts</source>
        <translation>Папка за синхронизация {0}: {1} нови, {2} променени, {3} изтрити, {4} конфликта</translation>
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
        <location filename="../../coopdesk/ui/records/form_parts.py" line="48"/>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="84"/>
        <source>Attendance</source>
        <translation>Присъствие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="51"/>
        <source>Content</source>
        <translation>Съдържание</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="52"/>
        <source>Follow-up</source>
        <translation>Последващи действия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="56"/>
        <source>What it was about</source>
        <translation>За какво се отнася</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="58"/>
        <source>Outcome and follow-up</source>
        <translation>Резултат и проследяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="72"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="104"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="108"/>
        <source>Partners and localities</source>
        <translation>Партньори и населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/form_parts.py" line="129"/>
        <source>What it counts</source>
        <translation>Какво се отчита</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="175"/>
        <source>state</source>
        <translation>държавно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="176"/>
        <source>municipal</source>
        <translation>общинско</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="177"/>
        <source>project</source>
        <translation>по проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="178"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="196"/>
        <source>female</source>
        <translation>жена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="197"/>
        <source>male</source>
        <translation>мъж</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="198"/>
        <source>other</source>
        <translation>друг</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="199"/>
        <source>undisclosed</source>
        <translation>не е посочен</translation>
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
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="77"/>
        <source>(hidden: no consent)</source>
        <translation>(скрито: няма съгласие)</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="116"/>
        <source>This laptop and your organisation</source>
        <translation>Този лаптоп и вашата организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="103"/>
        <source>The enrolment file</source>
        <translation>Файлът за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="118"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation>Създайте нова организация или се присъединете към съществуваща с файла и кода от нейния офис.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="120"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation>Н&amp;ова организация (този лаптоп става неин офис)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="121"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation>&amp;Присъединяване към организация (файл и код)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="122"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="123"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="124"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Файл за добавяне:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="125"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="126"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="127"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation>напр. Лаптоп Якоруда</translation>
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
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="44"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="45"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="46"/>
        <source>Baseline</source>
        <translation>Базова</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="47"/>
        <source>Target</source>
        <translation>Цел</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="48"/>
        <source>Achieved (period)</source>
        <translation>Постигнато (период)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="49"/>
        <source>Cumulative</source>
        <translation>Натрупано</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="50"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="51"/>
        <source>Progress</source>
        <translation>Напредък</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/indicator_grid.py" line="147"/>
        <source>Expected by now for the time elapsed: {0}</source>
        <translation>Очаквано досега според изминалото време: {0}</translation>
    </message>
</context>
<context>
    <name>IndicatorLevel</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="233"/>
        <source>outcome</source>
        <translation>резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="234"/>
        <source>output</source>
        <translation>продукт</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="111"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="112"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="113"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="114"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="115"/>
        <source>Appointment stage</source>
        <translation>Етап на назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="116"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="117"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="118"/>
        <source>Action item</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="119"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="120"/>
        <source>Consultation</source>
        <translation>Консултация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="121"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="122"/>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="123"/>
        <source>Indicator value</source>
        <translation>Стойност на индикатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="124"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="128"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="129"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="130"/>
        <source>Mediators</source>
        <translation>Медиатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="131"/>
        <source>Appointments</source>
        <translation>Назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="132"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="133"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="134"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="135"/>
        <source>Projects</source>
        <translation>Проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="136"/>
        <source>Indicators</source>
        <translation>Индикатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="137"/>
        <source>Indicator values</source>
        <translation>Стойности на индикатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="138"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="139"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="43"/>
        <source>Welcome to CoopDesk</source>
        <translation>Добре дошли в CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="44"/>
        <source>Choose the language of the window.</source>
        <translation>Изберете езика на прозореца.</translation>
    </message>
</context>
<context>
    <name>LocalityKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="144"/>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="145"/>
        <source>town</source>
        <translation>град</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="146"/>
        <source>city</source>
        <translation>голям град</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="85"/>
        <source>Opening the database…</source>
        <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="130"/>
        <source>CoopDesk — {0}</source>
        <translation>CoopDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="139"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервни копия…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="142"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Смяна на &amp;паролата…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="145"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="150"/>
        <source>Sections</source>
        <translation>Раздели</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="153"/>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="154"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="155"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="156"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="157"/>
        <source>Mediators and appointments</source>
        <translation>Медиатори и назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="158"/>
        <source>Localities and organisations</source>
        <translation>Населени места и организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="159"/>
        <source>Projects</source>
        <translation>Проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="160"/>
        <source>Reports</source>
        <translation>Отчети</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="161"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="201"/>
        <source>Possible duplicates</source>
        <translation>Възможни дубликати</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/main_window.py" line="237"/>
        <source>Device: {0}   ·   Organisation: {1}</source>
        <translation>Устройство: {0}   ·   Организация: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/shell/main_window.py" line="256"/>
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n промяна още не е изнесена</numerusform>
            <numerusform>%n промени още не са изнесени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualTotal</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="258"/>
        <source>the sum of the values</source>
        <translation>сбора на стойностите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="259"/>
        <source>the latest value</source>
        <translation>последната стойност</translation>
    </message>
</context>
<context>
    <name>Measure</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="235"/>
        <source>entered by hand</source>
        <translation>въвежда се ръчно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="236"/>
        <source>meetings held</source>
        <translation>проведени срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="237"/>
        <source>participants</source>
        <translation>участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="238"/>
        <source>women among participants</source>
        <translation>жени сред участниците</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="239"/>
        <source>men among participants</source>
        <translation>мъже сред участниците</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="240"/>
        <source>youth among participants</source>
        <translation>младежи сред участниците</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="241"/>
        <source>localities reached</source>
        <translation>обхванати населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="242"/>
        <source>municipalities reached</source>
        <translation>обхванати общини</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="243"/>
        <source>districts reached</source>
        <translation>обхванати области</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="244"/>
        <source>consultations</source>
        <translation>консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="245"/>
        <source>persons consulted</source>
        <translation>консултирани лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="246"/>
        <source>referrals made</source>
        <translation>насочвания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="247"/>
        <source>mediator procedures at a stage</source>
        <translation>процедури за медиатори на даден етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="250"/>
        <source>persons reached, each once</source>
        <translation>достигнати лица (всяко по веднъж)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="251"/>
        <source>people trained, each once</source>
        <translation>обучени хора (всеки по веднъж)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="252"/>
        <source>representatives at meetings, each once</source>
        <translation>представители на срещи (всеки по веднъж)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="255"/>
        <source>organisations represented at meetings</source>
        <translation>организации, представени на срещи</translation>
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
    <name>MeetingKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="179"/>
        <source>motivation</source>
        <translation>мотивационна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="180"/>
        <source>working</source>
        <translation>работна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="181"/>
        <source>round table</source>
        <translation>кръгла маса</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="182"/>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="183"/>
        <source>coordination</source>
        <translation>координационна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="184"/>
        <source>other</source>
        <translation>друга</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="185"/>
        <source>planned</source>
        <translation>планирана</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="186"/>
        <source>held</source>
        <translation>проведена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="187"/>
        <source>cancelled</source>
        <translation>отменена</translation>
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
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="110"/>
        <source>The two agree on every field.</source>
        <translation>Двата записа съвпадат във всяко поле.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="112"/>
        <source>The person keeps the code of the record kept.</source>
        <translation>Лицето запазва кода на записа, който остава.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="126"/>
        <source>&amp;Merge</source>
        <translation>&amp;Обединяване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="179"/>
        <source>Merging…</source>
        <translation>Обединяване…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/people/merge_dialog.py" line="203"/>
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
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="201"/>
        <source>all days</source>
        <translation>всички дни</translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="147"/>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="148"/>
        <source>municipality</source>
        <translation>община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="149"/>
        <source>health care</source>
        <translation>здравеопазване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="150"/>
        <source>social assistance</source>
        <translation>социално подпомагане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="153"/>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="154"/>
        <source>police</source>
        <translation>полиция</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="155"/>
        <source>district administration</source>
        <translation>областна администрация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="158"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="213"/>
        <source>resolved</source>
        <translation>решен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="214"/>
        <source>referred</source>
        <translation>насочен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="215"/>
        <source>pending</source>
        <translation>в процес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="216"/>
        <source>no action</source>
        <translation>без действие</translation>
    </message>
</context>
<context>
    <name>Pace</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="261"/>
        <source>reached</source>
        <translation>постигнат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="262"/>
        <source>on track</source>
        <translation>по график</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="263"/>
        <source>behind schedule</source>
        <translation>изостава</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="264"/>
        <source>no deadline</source>
        <translation>без срок</translation>
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
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="60"/>
        <source>This meeting was cancelled: there is no attendance sheet to sign. Its minutes can still be printed.</source>
        <translation>Тази среща е отменена: няма присъствен списък за подписване. Протоколът ѝ все пак може да се отпечата.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="66"/>
        <source>The record no longer exists (it may have been deleted).</source>
        <translation>Записът вече не съществува (може да е изтрит).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="72"/>
        <source>The document could not be made. The log has the details.</source>
        <translation>Документът не можа да бъде създаден. Подробностите са в дневника.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/paper_actions.py" line="107"/>
        <source>Preparing the document…</source>
        <translation>Подготовка на документа…</translation>
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
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="67"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="68"/>
        <source>Who</source>
        <translation>Кой е</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="70"/>
        <source>Born</source>
        <translation>Роден(а)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="73"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="74"/>
        <source>Consent</source>
        <translation>Съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="147"/>
        <source>not linked</source>
        <translation>несвързан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="148"/>
        <source>anonymous</source>
        <translation>анонимен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="152"/>
        <source>Person {0}: counted once however many meetings they attend</source>
        <translation>Лице {0}: брои се веднъж, на колкото и срещи да е присъствало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="156"/>
        <source>Contact: counted once as a representative</source>
        <translation>Контакт: брои се веднъж като представител</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="158"/>
        <source>Linked to no person or contact: counted as an attendance, not as a person. Type the name to pick who it is, or create a person from this row.</source>
        <translation>Не е свързан с лице или контакт: брои се като присъствие, не като човек. Напишете името, за да изберете кой е, или създайте лице от този ред.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/meetings/participant_model.py" line="172"/>
        <source>all</source>
        <translation>всички</translation>
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
        <location filename="../../coopdesk/ui/shell/wizard.py" line="161"/>
        <source>The two passphrases differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="169"/>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="172"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation>Базата данни се криптира с тази парола. Без нея никой, дори вие, не може да прочете записите: пазете я.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="176"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="177"/>
        <source>&amp;Repeat:</source>
        <translation>Повт&amp;орете:</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="86"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страници</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печат…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="88"/>
        <source>Save &amp;as PDF…</source>
        <translation>&amp;Запиши като PDF…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="90"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="116"/>
        <source>Print</source>
        <translation>Печат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="116"/>
        <source>The printer could not be started.</source>
        <translation>Принтерът не можа да бъде стартиран.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="122"/>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="133"/>
        <source>Save as PDF</source>
        <translation>Запис като PDF</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/papers/pdf_preview.py" line="134"/>
        <source>{0} could not be written: {1}</source>
        <translation>Файлът {0} не можа да бъде записан: {1}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="18"/>
        <source>is required</source>
        <translation>е задължително</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="19"/>
        <source>must be a single line</source>
        <translation>трябва да е на един ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="22"/>
        <source>is too long ({0} characters, at most {1})</source>
        <translation>е твърде дълго ({0} знака, най-много {1})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="26"/>
        <source>contains characters that cannot be stored</source>
        <translation>съдържа знаци, които не могат да се запишат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="28"/>
        <source>is not a phone number</source>
        <translation>не е телефонен номер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="31"/>
        <source>is not an e-mail address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="35"/>
        <source>must be after the start ({0})</source>
        <translation>трябва да е след началото ({0})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="39"/>
        <source>is {0}, fewer than women + men ({1} + {2})</source>
        <translation>е {0}, по-малко от жените + мъжете ({1} + {2})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="43"/>
        <source>is {0}, more than the participants ({1})</source>
        <translation>е {0}, повече от участниците ({1})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="47"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation>среща с бъдеща дата не може още да е проведена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="51"/>
        <source>a consultation cannot be dated in the future</source>
        <translation>консултацията не може да е с бъдеща дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="55"/>
        <source>is before the consultation&apos;s date</source>
        <translation>е преди датата на консултацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="59"/>
        <source>is required when the person is referred</source>
        <translation>е задължително, когато лицето е насочено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="63"/>
        <source>is required when consent is given</source>
        <translation>е задължителна, когато е дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="67"/>
        <source>cannot be in the future</source>
        <translation>не може да е в бъдещето</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="71"/>
        <source>personal data is kept only with consent recorded</source>
        <translation>личните данни се пазят само при записано съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="75"/>
        <source>is required at this stage</source>
        <translation>е задължително на този етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="79"/>
        <source>must be a municipality</source>
        <translation>трябва да е община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="81"/>
        <source>the chosen record no longer exists</source>
        <translation>избраният запис вече не съществува</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="84"/>
        <source>is kept only with consent: tick Consent for this row, or pick from the suggestions the person or contact it is</source>
        <translation>се пази само със съгласие: отбележете „Съгласие“ за този ред или изберете от предложенията лицето или контакта</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="92"/>
        <source>this row is already linked to a person or a contact</source>
        <translation>този ред вече е свързан с лице или контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="96"/>
        <source>a participant is either a person or a contact, not both</source>
        <translation>участникът е или лице, или контакт, не и двете</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="100"/>
        <source>must be at least 1 (leave it empty for all days)</source>
        <translation>трябва да е поне 1 (оставете празно за всички дни)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/problems.py" line="104"/>
        <source>{0} meeting rows show this name on the strength of this consent: erase the record to empty them too, or clear those rows first</source>
        <translation>{0} реда от срещи показват това име въз основа на това съгласие: изтрийте личните данни на записа, за да се изчистят и те, или първо изчистете тези редове</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="90"/>
        <source>← &amp;All projects</source>
        <translation>← &amp;Всички проекти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="100"/>
        <source>Edit pro&amp;ject…</source>
        <translation>Редактирай &amp;проекта…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="103"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="292"/>
        <source>Make a&amp;ctive</source>
        <translation>Направи &amp;активен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="105"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation>Новите срещи, консултации и процедури на това устройство получават този проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="117"/>
        <source>Donor / programme:</source>
        <translation>Донор / програма:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="118"/>
        <source>Promoter:</source>
        <translation>Бенефициент:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="119"/>
        <source>Partners:</source>
        <translation>Партньори:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="120"/>
        <source>Targeted localities:</source>
        <translation>Целеви населени места:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="123"/>
        <source>Duration:</source>
        <translation>Продължителност:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="124"/>
        <source>Status:</source>
        <translation>Състояние:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="125"/>
        <source>Budget (initial / final):</source>
        <translation>Бюджет (първоначален / окончателен):</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="126"/>
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
        <location filename="../../coopdesk/ui/projects/project_page.py" line="174"/>
        <source>Add &amp;indicator…</source>
        <translation>Добави &amp;индикатор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="175"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактирай…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="176"/>
        <source>&amp;Delete</source>
        <translation>Из&amp;трий</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="177"/>
        <source>Move &amp;up</source>
        <translation>На&amp;горе</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="178"/>
        <source>Move do&amp;wn</source>
        <translation>Надол&amp;у</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="179"/>
        <source>Enter a &amp;value…</source>
        <translation>Въведи &amp;стойност…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="180"/>
        <source>A value of a manual indicator, dated today</source>
        <translation>Стойност на ръчно въвеждан индикатор с днешна дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="222"/>
        <source>The period ends before it starts.</source>
        <translation>Периодът свършва, преди да започне.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="227"/>
        <source>Counting…</source>
        <translation>Броене…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="273"/>
        <source>Indicators, achieved from {0} to {1} — another period:</source>
        <translation>Индикатори, постигнато от {0} до {1} — друг период:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/projects/project_page.py" line="284"/>
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n индикатор</numerusform>
            <numerusform>%n индикатора</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="292"/>
        <source>Active project ✓</source>
        <translation>Активен проект ✓</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="360"/>
        <source>Delete the indicator {0} ({1})?</source>
        <translation>Да се изтрие ли индикаторът {0} ({1})?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="361"/>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="366"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/projects/project_page.py" line="381"/>
        <source>Move</source>
        <translation>Преместване</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="227"/>
        <source>planned</source>
        <translation>планиран</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="228"/>
        <source>running</source>
        <translation>в изпълнение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="229"/>
        <source>completed</source>
        <translation>приключил</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="230"/>
        <source>cancelled</source>
        <translation>прекратен</translation>
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
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="65"/>
        <source>New: {0}</source>
        <translation>Нов запис: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="68"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="98"/>
        <source>&amp;Save</source>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="68"/>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="99"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="133"/>
        <source>Complete the form first: {0}</source>
        <translation>Първо попълнете формуляра: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_dialog.py" line="181"/>
        <source>Save the changes to this record?</source>
        <translation>Да се запишат ли промените?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="93"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="101"/>
        <source>&amp;Erase personal data…</source>
        <translation>Заличи &amp;личните данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="109"/>
        <source>Erase this person&apos;s name, phone and notes, and the text of their consultations, on this device and, through sync, on every device? The code and the counts stay. This cannot be undone.</source>
        <translation>Да се заличат ли името, телефонът и бележките на това лице, както и текстът на неговите консултации, на това устройство и чрез синхронизацията на всички устройства? Кодът и бройките остават. Това не може да бъде отменено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="116"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="125"/>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="136"/>
        <source>Erase personal data</source>
        <translation>Заличаване на личните данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/history_dialog.py" line="126"/>
        <source>Erased. Other devices erase it when they import this device&apos;s next bundle.</source>
        <translation>Заличено. Другите устройства ще заличат данните, когато внесат следващия пакет на това устройство.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_form.py" line="317"/>
        <source>required</source>
        <translation>задължително</translation>
    </message>
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
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="75"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Търсене… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="76"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="93"/>
        <source>Fro&amp;m</source>
        <translation>О&amp;т</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="94"/>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="123"/>
        <source>&amp;New</source>
        <translation>&amp;Нов</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="124"/>
        <source>New record (Ctrl+N)</source>
        <translation>Нов запис (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="125"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="126"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Върни изтритото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="177"/>
        <source>All: {0}</source>
        <translation>{0}: всички</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="179"/>
        <source>Without: {0}</source>
        <translation>Без: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="250"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/records/record_list.py" line="252"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="282"/>
        <source>Choose a record first.</source>
        <translation>Първо изберете запис.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="294"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation>Да се изтрие ли записът ({0})? После можете да го върнете.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="295"/>
        <location filename="../../coopdesk/ui/records/record_list.py" line="300"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/record_list.py" line="315"/>
        <source>Undo delete</source>
        <translation>Връщане на изтрито</translation>
    </message>
</context>
<context>
    <name>RefsInput</name>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="391"/>
        <source>Type to narrow the list…</source>
        <translation>Пишете, за да стесните списъка…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/records/field_widgets.py" line="411"/>
        <source>Search: {0}</source>
        <translation>Търсене: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="109"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="109"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="116"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="139"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="121"/>
        <source>Export &amp;PDF…</source>
        <translation>Износ в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="122"/>
        <source>Export &amp;XLSX…</source>
        <translation>Износ в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="123"/>
        <source>Export &amp;CSV…</source>
        <translation>Износ в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="135"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="137"/>
        <source>Fro&amp;m:</source>
        <translation>О&amp;т:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="138"/>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="141"/>
        <source>None ticked: every locality.</source>
        <translation>Ако няма отметнати: всички населени места.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="145"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="324"/>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="351"/>
        <source>Export the report</source>
        <translation>Износ на отчета</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="170"/>
        <source>Charts</source>
        <translation>Диаграми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="171"/>
        <source>Tables</source>
        <translation>Таблици</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="229"/>
        <source>The period starts after it ends: choose the dates again.</source>
        <translation>Периодът започва след края си: изберете датите отново.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="235"/>
        <source>Computing the figures…</source>
        <translation>Изчисляване на показателите…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="266"/>
        <source>The figures could not be computed. The log has the details.</source>
        <translation>Показателите не можаха да бъдат изчислени. Подробности има в дневника.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="286"/>
        <source>%n meeting(s) held in the period.</source>
        <translation>
            <numerusform>%n проведена среща през периода.</numerusform>
            <numerusform>%n проведени срещи през периода.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="322"/>
        <source>indicator-report</source>
        <translation>отчет-индикатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="331"/>
        <source>Writing the report…</source>
        <translation>Отчетът се записва…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="343"/>
        <source>Saved: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="347"/>
        <source>{0} could not be written: {1}</source>
        <translation>Файлът {0} не можа да бъде записан: {1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/reports/reports_view.py" line="350"/>
        <source>The report could not be written. The log has the details.</source>
        <translation>Отчетът не можа да бъде записан. Подробности има в дневника.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="37"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="43"/>
        <source>never</source>
        <translation>никога</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="44"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="45"/>
        <source>Loc&amp;k after idle:</source>
        <translation>За&amp;ключване след бездействие:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="49"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="54"/>
        <source>New meetings, consultations and procedures on this device get this project</source>
        <translation>Новите срещи, консултации и процедури на това устройство получават този проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/settings_dialog.py" line="56"/>
        <source>Active &amp;project:</source>
        <translation>Активен &amp;проект:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/shell/wizard.py" line="216"/>
        <source>CoopDesk setup</source>
        <translation>Настройка на CoopDesk</translation>
    </message>
</context>
<context>
    <name>Specialty</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="159"/>
        <source>health</source>
        <translation>здравен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="160"/>
        <source>education</source>
        <translation>образователен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="161"/>
        <source>labour</source>
        <translation>трудов</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="162"/>
        <source>community</source>
        <translation>общностен</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="120"/>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="135"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="137"/>
        <source>Cancelled: no demo data was loaded. The database is empty.</source>
        <translation>Отказано: демонстрационните данни не бяха заредени. Базата данни е празна.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="147"/>
        <source>Loading demo data…</source>
        <translation>Зареждане на демонстрационни данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="283"/>
        <source>CoopDesk</source>
        <translation>CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/application.py" line="284"/>
        <source>A restore or a passphrase change is replacing the database of this data directory. Open CoopDesk again when it has finished.</source>
        <translation>В момента възстановяване или смяна на паролата подменя базата данни в тази папка. Отворете CoopDesk отново, когато приключи.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="64"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Износ на пакет…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="66"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Внос на пакети…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="68"/>
        <source>E&amp;nrol a device…</source>
        <translation>&amp;Добави устройство…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="70"/>
        <source>Re&amp;voke the selected device</source>
        <translation>О&amp;тнеми достъпа на избраното устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="82"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="83"/>
        <source>Devices of the organisation</source>
        <translation>Устройства на организацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="87"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="88"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="89"/>
        <source>Kept</source>
        <translation>Запазена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="90"/>
        <source>Lost</source>
        <translation>Загубена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="91"/>
        <source>Lost edit</source>
        <translation>Загубена промяна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="94"/>
        <source>&amp;Restore the lost value</source>
        <translation>В&amp;ъзстанови загубената стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="96"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Остави текущата стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="102"/>
        <source>Conflicts to review</source>
        <translation>Конфликти за преглед</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="108"/>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="109"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="110"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="111"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="112"/>
        <source>Result</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="115"/>
        <source>Exchanges on this device</source>
        <translation>История на обмена на това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="136"/>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="136"/>
        <source>field</source>
        <translation>терен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="138"/>
        <source>revoked</source>
        <translation>отнет достъп</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="140"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n промяна още не е потвърдена</numerusform>
            <numerusform>%n промени още не са потвърдени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="150"/>
        <source>Deleted</source>
        <translation>Изтрит</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="168"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="179"/>
        <source>Export</source>
        <translation>Износ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="183"/>
        <source>refused: {0}</source>
        <translation>отказан: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="185"/>
        <source>cancelled, nothing changed</source>
        <translation>отменен, нищо не е променено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="187"/>
        <source>this device&apos;s own bundle</source>
        <translation>собствен пакет на това устройство</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="189"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="190"/>
        <source>{0} new, {1} changed, {2} deleted, {3} conflicts, {4} already here</source>
        <translation>{0} нови, {1} променени, {2} изтрити, {3} конфликта, {4} вече налични</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="198"/>
        <source>Export a bundle</source>
        <translation>Износ на пакет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="204"/>
        <source>Writing the bundle…</source>
        <translation>Пакетът се записва…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="214"/>
        <source>{0}: {1} records for {2}.</source>
        <translation>{0}: {1} записа за {2}.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="219"/>
        <source>Bundle written</source>
        <translation>Пакетът е записан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="224"/>
        <source>Import bundles</source>
        <translation>Внос на пакети</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="233"/>
        <source>Checking the bundles…</source>
        <translation>Пакетите се проверяват…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="267"/>
        <source>Cancelled: the bundle under way was not imported.</source>
        <translation>Отменено: започнатият пакет не е внесен.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="269"/>
        <source>refused — {0}</source>
        <translation>отказан — {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="271"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation>{0}: собствен пакет на това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="276"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation>{0} от {1}: {2} нови, {3} променени, {4} изтрити, {5} конфликта, {6} вече налични</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="170"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="179"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="294"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="299"/>
        <source>Import</source>
        <translation>Внос</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="296"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation>Ето какво ще направи вносът:

{0}

Да се внесе ли сега?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="303"/>
        <source>Importing…</source>
        <translation>Внасяне…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="317"/>
        <source>Import finished</source>
        <translation>Вносът завърши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="322"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; нищо не е променено.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="324"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="328"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="341"/>
        <source>Enrol a device</source>
        <translation>Добавяне на устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="328"/>
        <source>The device&apos;s name:</source>
        <translation>Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="333"/>
        <source>Save the enrolment file</source>
        <translation>Запис на файла за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="346"/>
        <source>Device enrolled</source>
        <translation>Устройството е добавено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="348"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation>Дайте на {0} файла и отделно (прочетете го на глас или на хартия) този код:

{1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="358"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation>Да се отнеме ли достъпът на {0}? Пакетите му ще бъдат отказвани оттук нататък (изгубен или откраднат лаптоп).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="360"/>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="365"/>
        <source>Revoke</source>
        <translation>Отнемане на достъп</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync/sync_view.py" line="381"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="214"/>
        <source>Open action items</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="215"/>
        <source>Consultation follow-ups</source>
        <translation>Проследяване на консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="217"/>
        <source>Meetings in the next {0} days</source>
        <translation>Срещи през следващите {0} дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today/today.py" line="282"/>
        <source>Today, {0}</source>
        <translation>Днес, {0}</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="188"/>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="189"/>
        <source>health</source>
        <translation>здраве</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="190"/>
        <source>housing</source>
        <translation>жилищни въпроси</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="191"/>
        <source>employment</source>
        <translation>заетост</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="192"/>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="193"/>
        <source>social assistance</source>
        <translation>социално подпомагане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="194"/>
        <source>municipal plans</source>
        <translation>общински планове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="195"/>
        <source>other</source>
        <translation>друго</translation>
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
        <location filename="../../coopdesk/ui/protection/unlock.py" line="59"/>
        <source>The database cannot be opened: {0}</source>
        <translation>Базата данни не може да се отвори: {0}</translation>
    </message>
</context>
<context>
    <name>VulnerableGroup</name>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="200"/>
        <source>Roma</source>
        <translation>роми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="201"/>
        <source>migrant</source>
        <translation>мигранти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="202"/>
        <source>refugee</source>
        <translation>бежанци</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="203"/>
        <source>victim of trafficking</source>
        <translation>жертви на трафик</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="206"/>
        <source>domestic violence</source>
        <translation>домашно насилие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="209"/>
        <source>former inmate</source>
        <translation>бивши лишени от свобода</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="210"/>
        <source>child</source>
        <translation>деца</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="211"/>
        <source>disability</source>
        <translation>хора с увреждания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/shell/labels.py" line="212"/>
        <source>other</source>
        <translation>други</translation>
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
</TS>
