<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG">
<context>
    <name>AppointmentStage</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="112"/>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="113"/>
        <source>agreed</source>
        <translation>договорено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="114"/>
        <source>selection launched</source>
        <translation>обявен подбор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="117"/>
        <source>candidate selected</source>
        <translation>избран кандидат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="120"/>
        <source>appointed</source>
        <translation>назначен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="121"/>
        <source>active</source>
        <translation>действащ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="122"/>
        <source>ended</source>
        <translation>приключило</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="123"/>
        <source>declined</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>ChildTable</name>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="68"/>
        <source>Record stage change</source>
        <translation>Запиши смяна на етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="68"/>
        <source>Add</source>
        <translation>Добави</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="69"/>
        <source>Remove</source>
        <translation>Премахни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="78"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="79"/>
        <source>Action items</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="80"/>
        <source>Stage history</source>
        <translation>История на етапите</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/child_tables.py" line="130"/>
        <source>Remove the selected row?</source>
        <translation>Да се премахне ли избраният ред?</translation>
    </message>
</context>
<context>
    <name>ConsultationStatus</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="166"/>
        <source>open</source>
        <translation>отворена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="167"/>
        <source>closed</source>
        <translation>приключена</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../coopdesk/ui/crash.py" line="27"/>
        <source>Something went wrong</source>
        <translation>Нещо се обърка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/crash.py" line="28"/>
        <source>CoopDesk met an unexpected problem ({0}). Your saved records are safe. The details are in the log file:
{1}</source>
        <translation>CoopDesk срещна неочакван проблем ({0}). Записаните данни са запазени. Подробности има в дневника:
{1}</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../coopdesk/ui/field_widgets.py" line="98"/>
        <location filename="../../coopdesk/ui/field_widgets.py" line="99"/>
        <source>Clear the date</source>
        <translation>Изчисти датата</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="204"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="205"/>
        <source>To try CoopDesk out, fill it with a realistic demo project.</source>
        <translation>За да пробвате CoopDesk, заредете реалистичен демонстрационен проект.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="206"/>
        <source>&amp;Load demo data (meetings, mediators, consultations)</source>
        <translation>&amp;Зареди демонстрационни данни (срещи, медиатори, консултации)</translation>
    </message>
</context>
<context>
    <name>DueTable</name>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="47"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="47"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="61"/>
        <source>Nothing here.</source>
        <translation>Няма нищо тук.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="74"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="80"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="81"/>
        <source>Mark done: {0}</source>
        <translation>Отбележи като изпълнено: {0}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="14"/>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="15"/>
        <location filename="../../coopdesk/ui/labels.py" line="25"/>
        <source>Municipality</source>
        <translation>Община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="16"/>
        <source>District</source>
        <translation>Област</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="17"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="18"/>
        <source>Notes</source>
        <translation>Бележки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="19"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="20"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="21"/>
        <source>E-mail</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="22"/>
        <source>Full name</source>
        <translation>Име и фамилия</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="23"/>
        <source>Specialty</source>
        <translation>Специалност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="24"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="26"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="27"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="28"/>
        <source>Funding</source>
        <translation>Финансиране</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="29"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="31"/>
        <source>Note</source>
        <translation>Бележка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="32"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="33"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="34"/>
        <source>Ends</source>
        <translation>Край</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="35"/>
        <source>Venue</source>
        <translation>Място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="36"/>
        <source>Facilitator</source>
        <translation>Водещ</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="38"/>
        <source>Topics</source>
        <translation>Теми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="39"/>
        <source>Participants</source>
        <translation>Участници</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="40"/>
        <source>Women</source>
        <translation>Жени</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="41"/>
        <source>Men</source>
        <translation>Мъже</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="42"/>
        <source>Youth (under 30)</source>
        <translation>Младежи (до 30 г.)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="43"/>
        <source>Agenda</source>
        <translation>Дневен ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="44"/>
        <source>Summary</source>
        <translation>Обобщение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="45"/>
        <source>Needs</source>
        <translation>Нужди</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="46"/>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="47"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="48"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="49"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="50"/>
        <source>Signed</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="51"/>
        <source>What</source>
        <translation>Какво</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="52"/>
        <source>Who</source>
        <translation>Кой</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="53"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="54"/>
        <source>Done</source>
        <translation>Изпълнено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="55"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="56"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="57"/>
        <source>Birth year</source>
        <translation>Година на раждане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="58"/>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="59"/>
        <source>Consent given</source>
        <translation>Дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="60"/>
        <source>Consent date</source>
        <translation>Дата на съгласието</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="61"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="62"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="63"/>
        <source>Referred to</source>
        <translation>Насочен към</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="64"/>
        <source>Outcome</source>
        <translation>Резултат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="65"/>
        <source>Follow-up</source>
        <translation>Проследяване</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="124"/>
        <source>state</source>
        <translation>държавно</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="125"/>
        <source>municipal</source>
        <translation>общинско</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="126"/>
        <source>project</source>
        <translation>по проект</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="127"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="145"/>
        <source>female</source>
        <translation>жена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="146"/>
        <source>male</source>
        <translation>мъж</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="147"/>
        <source>other</source>
        <translation>друг</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="148"/>
        <source>undisclosed</source>
        <translation>не е посочен</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="127"/>
        <source>This laptop and your organisation</source>
        <translation>Този лаптоп и вашата организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="114"/>
        <source>The enrolment file</source>
        <translation>Файлът за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="129"/>
        <source>Create a new organisation, or join one with its office&apos;s file and code.</source>
        <translation>Създайте нова организация или се присъединете към съществуваща с файла и кода от нейния офис.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="131"/>
        <source>&amp;New organisation (this laptop becomes its office)</source>
        <translation>Н&amp;ова организация (този лаптоп става неин офис)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="132"/>
        <source>&amp;Join an organisation (enrolment file and code)</source>
        <translation>&amp;Присъединяване към организация (файл и код)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="133"/>
        <source>&amp;Device name:</source>
        <translation>&amp;Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="134"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="135"/>
        <source>Enrolment &amp;file:</source>
        <translation>&amp;Файл за добавяне:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="136"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="137"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Избор…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="138"/>
        <source>e.g. Laptop Yakoruda</source>
        <translation>напр. Лаптоп Якоруда</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="69"/>
        <source>Locality</source>
        <translation>Населено място</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="70"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="71"/>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="72"/>
        <source>Appointment</source>
        <translation>Назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="73"/>
        <source>Appointment stage</source>
        <translation>Етап на назначаване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="74"/>
        <source>Meeting</source>
        <translation>Среща</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="75"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="76"/>
        <source>Action item</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="77"/>
        <source>Person</source>
        <translation>Лице</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="78"/>
        <source>Consultation</source>
        <translation>Консултация</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="82"/>
        <source>Localities</source>
        <translation>Населени места</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="83"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="84"/>
        <source>Mediators</source>
        <translation>Медиатори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="85"/>
        <source>Appointments</source>
        <translation>Назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="86"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="87"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="88"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="54"/>
        <source>Welcome to CoopDesk</source>
        <translation>Добре дошли в CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="55"/>
        <source>Choose the language of the window.</source>
        <translation>Изберете езика на прозореца.</translation>
    </message>
</context>
<context>
    <name>LocalityKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="93"/>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="94"/>
        <source>town</source>
        <translation>град</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="95"/>
        <source>city</source>
        <translation>голям град</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="63"/>
        <source>Opening the database…</source>
        <translation>Отваряне на базата данни…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="82"/>
        <source>CoopDesk — {0}</source>
        <translation>CoopDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="88"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="96"/>
        <source>Sections</source>
        <translation>Раздели</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="99"/>
        <source>Today</source>
        <translation>Днес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="100"/>
        <source>Meetings</source>
        <translation>Срещи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="101"/>
        <source>Consultations</source>
        <translation>Консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="102"/>
        <source>People</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="103"/>
        <source>Mediators and appointments</source>
        <translation>Медиатори и назначавания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="104"/>
        <source>Localities and organisations</source>
        <translation>Населени места и организации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="105"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="160"/>
        <source>Device: {0}   ·   Organisation: {1}</source>
        <translation>Устройство: {0}   ·   Организация: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/main_window.py" line="174"/>
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n промяна още не е изнесена</numerusform>
            <numerusform>%n промени още не са изнесени</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="128"/>
        <source>motivation</source>
        <translation>мотивационна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="129"/>
        <source>working</source>
        <translation>работна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="130"/>
        <source>round table</source>
        <translation>кръгла маса</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="131"/>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="132"/>
        <source>coordination</source>
        <translation>координационна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="133"/>
        <source>other</source>
        <translation>друга</translation>
    </message>
</context>
<context>
    <name>MeetingStatus</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="134"/>
        <source>planned</source>
        <translation>планирана</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="135"/>
        <source>held</source>
        <translation>проведена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="136"/>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
</context>
<context>
    <name>OrganizationKind</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="96"/>
        <source>NGO</source>
        <translation>НПО</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="97"/>
        <source>municipality</source>
        <translation>община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="98"/>
        <source>health care</source>
        <translation>здравеопазване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="99"/>
        <source>social assistance</source>
        <translation>социално подпомагане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="102"/>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="103"/>
        <source>police</source>
        <translation>полиция</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="104"/>
        <source>district administration</source>
        <translation>областна администрация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="107"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="162"/>
        <source>resolved</source>
        <translation>решен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="163"/>
        <source>referred</source>
        <translation>насочен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="164"/>
        <source>pending</source>
        <translation>в процес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="165"/>
        <source>no action</source>
        <translation>без действие</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="168"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Твърде кратка: поне {0} знака.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="169"/>
        <source>Strength: fair. A longer phrase of several words is stronger.</source>
        <translation>Сила: средна. По-дълга фраза от няколко думи е по-сигурна.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="170"/>
        <source>Strength: good.</source>
        <translation>Сила: добра.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="171"/>
        <source>Strength: strong.</source>
        <translation>Сила: висока.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="175"/>
        <source>The two passphrases differ.</source>
        <translation>Двете пароли се различават.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="183"/>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="186"/>
        <source>The database is encrypted with this passphrase. Without it nobody, not even you, can read the records: keep it safe.</source>
        <translation>Базата данни се криптира с тази парола. Без нея никой, дори вие, не може да прочете записите: пазете я.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="190"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="191"/>
        <source>&amp;Repeat:</source>
        <translation>Повт&amp;орете:</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="18"/>
        <source>is required</source>
        <translation>е задължително</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="19"/>
        <source>must be a single line</source>
        <translation>трябва да е на един ред</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="22"/>
        <source>is too long ({0} characters, at most {1})</source>
        <translation>е твърде дълго ({0} знака, най-много {1})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="26"/>
        <source>contains characters that cannot be stored</source>
        <translation>съдържа знаци, които не могат да се запишат</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="28"/>
        <source>is not a phone number</source>
        <translation>не е телефонен номер</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="31"/>
        <source>is not an e-mail address</source>
        <translation>не е имейл адрес</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="35"/>
        <source>must be after the start ({0})</source>
        <translation>трябва да е след началото ({0})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="39"/>
        <source>is {0}, fewer than women + men ({1} + {2})</source>
        <translation>е {0}, по-малко от жените + мъжете ({1} + {2})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="43"/>
        <source>is {0}, more than the participants ({1})</source>
        <translation>е {0}, повече от участниците ({1})</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="47"/>
        <source>a meeting dated in the future cannot be held yet</source>
        <translation>среща с бъдеща дата не може още да е проведена</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="51"/>
        <source>a consultation cannot be dated in the future</source>
        <translation>консултацията не може да е с бъдеща дата</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="55"/>
        <source>is before the consultation&apos;s date</source>
        <translation>е преди датата на консултацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="59"/>
        <source>is required when the person is referred</source>
        <translation>е задължително, когато лицето е насочено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="63"/>
        <source>is required when consent is given</source>
        <translation>е задължителна, когато е дадено съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="67"/>
        <source>cannot be in the future</source>
        <translation>не може да е в бъдещето</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="71"/>
        <source>personal data is kept only with consent recorded</source>
        <translation>личните данни се пазят само при записано съгласие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="75"/>
        <source>is required at this stage</source>
        <translation>е задължително на този етап</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="79"/>
        <source>must be a municipality</source>
        <translation>трябва да е община</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/problems.py" line="81"/>
        <source>the chosen record no longer exists</source>
        <translation>избраният запис вече не съществува</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="49"/>
        <source>New: {0}</source>
        <translation>Нов запис: {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="66"/>
        <source>Save the record to add its details below.</source>
        <translation>Запишете, за да добавите подробностите по-долу.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="52"/>
        <location filename="../../coopdesk/ui/record_dialog.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Запиши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="52"/>
        <location filename="../../coopdesk/ui/record_dialog.py" line="77"/>
        <source>&amp;Close</source>
        <translation>За&amp;твори</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_dialog.py" line="121"/>
        <source>Save the changes to this record?</source>
        <translation>Да се запишат ли промените?</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="65"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Търсене… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="66"/>
        <source>Search</source>
        <translation>Търсене</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="80"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="80"/>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="107"/>
        <source>&amp;New</source>
        <translation>&amp;Нов</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="108"/>
        <source>New record (Ctrl+N)</source>
        <translation>Нов запис (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="109"/>
        <source>&amp;Delete</source>
        <translation>&amp;Изтрий</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="110"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Върни изтритото</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="149"/>
        <source>All: {0}</source>
        <translation>{0}: всички</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="212"/>
        <source>Loading…</source>
        <translation>Зареждане…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/record_list.py" line="214"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="248"/>
        <source>Delete this record ({0})? You can undo it afterwards.</source>
        <translation>Да се изтрие ли записът ({0})? После можете да го върнете.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="249"/>
        <location filename="../../coopdesk/ui/record_list.py" line="254"/>
        <source>Delete</source>
        <translation>Изтриване</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/record_list.py" line="269"/>
        <source>Undo delete</source>
        <translation>Връщане на изтрито</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="12"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/settings_dialog.py" line="18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Език:</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../coopdesk/ui/wizard.py" line="230"/>
        <source>CoopDesk setup</source>
        <translation>Настройка на CoopDesk</translation>
    </message>
</context>
<context>
    <name>Specialty</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="108"/>
        <source>health</source>
        <translation>здравен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="109"/>
        <source>education</source>
        <translation>образователен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="110"/>
        <source>labour</source>
        <translation>трудов</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="111"/>
        <source>community</source>
        <translation>общностен</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="102"/>
        <source>Setup</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="114"/>
        <source>Demo data</source>
        <translation>Демонстрационни данни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/application.py" line="119"/>
        <source>Loading demo data…</source>
        <translation>Зареждане на демонстрационни данни…</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="60"/>
        <source>&amp;Export a bundle…</source>
        <translation>&amp;Износ на пакет…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="62"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Внос на пакети…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="64"/>
        <source>E&amp;nrol a device…</source>
        <translation>&amp;Добави устройство…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="66"/>
        <source>Re&amp;voke the selected device</source>
        <translation>О&amp;тнеми достъпа на избраното устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="78"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="78"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="78"/>
        <source>State</source>
        <translation>Състояние</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="79"/>
        <source>Devices of the organisation</source>
        <translation>Устройства на организацията</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="83"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="84"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="85"/>
        <source>Kept</source>
        <translation>Запазена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="86"/>
        <source>Lost</source>
        <translation>Загубена стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="87"/>
        <source>Lost edit</source>
        <translation>Загубена промяна</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="90"/>
        <source>&amp;Restore the lost value</source>
        <translation>В&amp;ъзстанови загубената стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="92"/>
        <source>&amp;Keep the current value</source>
        <translation>&amp;Остави текущата стойност</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="98"/>
        <source>Conflicts to review</source>
        <translation>Конфликти за преглед</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="120"/>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="120"/>
        <source>field</source>
        <translation>терен</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="122"/>
        <source>revoked</source>
        <translation>отнет достъп</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/sync_view.py" line="124"/>
        <source>%n change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n промяна още не е потвърдена</numerusform>
            <numerusform>%n промени още не са потвърдени</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="134"/>
        <source>Deleted</source>
        <translation>Изтрит</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="149"/>
        <source>Export a bundle</source>
        <translation>Износ на пакет</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="155"/>
        <source>Writing the bundle…</source>
        <translation>Пакетът се записва…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="164"/>
        <source>{0}: {1} records for {2}.</source>
        <translation>{0}: {1} записа за {2}.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="168"/>
        <source>Bundle written</source>
        <translation>Пакетът е записан</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="173"/>
        <source>Import bundles</source>
        <translation>Внос на пакети</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="182"/>
        <source>Checking the bundles…</source>
        <translation>Пакетите се проверяват…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="204"/>
        <source>refused — {0}</source>
        <translation>отказан — {0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="206"/>
        <source>{0}: this device&apos;s own bundle</source>
        <translation>{0}: собствен пакет на това устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="211"/>
        <source>{0} from {1}: {2} new, {3} changed, {4} deleted, {5} conflicts, {6} already here</source>
        <translation>{0} от {1}: {2} нови, {3} променени, {4} изтрити, {5} конфликта, {6} вече налични</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="227"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="232"/>
        <source>Import</source>
        <translation>Внос</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="229"/>
        <source>This is what the import will do:

{0}

Import now?</source>
        <translation>Ето какво ще направи вносът:

{0}

Да се внесе ли сега?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="236"/>
        <source>Importing…</source>
        <translation>Внасяне…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="250"/>
        <source>Import finished</source>
        <translation>Вносът завърши</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="253"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="257"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="270"/>
        <source>Enrol a device</source>
        <translation>Добавяне на устройство</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="257"/>
        <source>The device&apos;s name:</source>
        <translation>Име на устройството:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="262"/>
        <source>Save the enrolment file</source>
        <translation>Запис на файла за добавяне</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="275"/>
        <source>Device enrolled</source>
        <translation>Устройството е добавено</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="277"/>
        <source>Give {0} the file and, separately (read it out, or on paper), this code:

{1}</source>
        <translation>Дайте на {0} файла и отделно (прочетете го на глас или на хартия) този код:

{1}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="287"/>
        <source>Revoke {0}? Its bundles will be refused from now on (a lost or stolen laptop).</source>
        <translation>Да се отнеме ли достъпът на {0}? Пакетите му ще бъдат отказвани оттук нататък (изгубен или откраднат лаптоп).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="289"/>
        <location filename="../../coopdesk/ui/sync_view.py" line="294"/>
        <source>Revoke</source>
        <translation>Отнемане на достъп</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/sync_view.py" line="310"/>
        <source>Restore</source>
        <translation>Възстановяване</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="110"/>
        <source>Open action items</source>
        <translation>Отворени задачи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="111"/>
        <source>Consultation follow-ups</source>
        <translation>Проследяване на консултации</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="113"/>
        <source>Meetings in the next {0} days</source>
        <translation>Срещи през следващите {0} дни</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/today.py" line="137"/>
        <source>Today, {0}</source>
        <translation>Днес, {0}</translation>
    </message>
</context>
<context>
    <name>Topic</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="137"/>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="138"/>
        <source>health</source>
        <translation>здраве</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="139"/>
        <source>housing</source>
        <translation>жилищни въпроси</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="140"/>
        <source>employment</source>
        <translation>заетост</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="141"/>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="142"/>
        <source>social assistance</source>
        <translation>социално подпомагане</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="143"/>
        <source>municipal plans</source>
        <translation>общински планове</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="144"/>
        <source>other</source>
        <translation>друго</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="24"/>
        <source>Unlock CoopDesk</source>
        <translation>Отключване на CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="28"/>
        <source>Enter the passphrase of the database in
{0}</source>
        <translation>Въведете паролата на базата данни в
{0}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="31"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парола:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="34"/>
        <source>Passphrase</source>
        <translation>Парола</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="46"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Отключи</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Изход</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="56"/>
        <source>This passphrase does not open the database. Try again.</source>
        <translation>Тази парола не отваря базата данни. Опитайте отново.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/unlock.py" line="59"/>
        <source>The database cannot be opened: {0}</source>
        <translation>Базата данни не може да се отвори: {0}</translation>
    </message>
</context>
<context>
    <name>VulnerableGroup</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="149"/>
        <source>Roma</source>
        <translation>роми</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="150"/>
        <source>migrant</source>
        <translation>мигранти</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="151"/>
        <source>refugee</source>
        <translation>бежанци</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="152"/>
        <source>victim of trafficking</source>
        <translation>жертви на трафик</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="155"/>
        <source>domestic violence</source>
        <translation>домашно насилие</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="158"/>
        <source>former inmate</source>
        <translation>бивши лишени от свобода</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="159"/>
        <source>child</source>
        <translation>деца</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="160"/>
        <source>disability</source>
        <translation>хора с увреждания</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="161"/>
        <source>other</source>
        <translation>други</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../coopdesk/ui/workers.py" line="101"/>
        <source>Cancel</source>
        <translation>Отказ</translation>
    </message>
</context>
</TS>
