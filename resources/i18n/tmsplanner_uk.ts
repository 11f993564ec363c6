<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk">
<context>
    <name>BeamF3Dialog</name>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="48" />
        <source>Beam F3 calculator</source>
        <translation>Калькулятор Beam F3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="51" />
        <source>Measure the head with a tape, over the vertex for the first two. The calculator gives two distances that locate F3 (left dorsolateral prefrontal cortex) on the scalp.</source>
        <translation>Виміряйте голову сантиметровою стрічкою; перші два розміри — через вертекс. Калькулятор розраховує дві відстані, за якими на поверхні голови знаходять точку F3 (ліва дорсолатеральна префронтальна кора).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="98" />
        <source>Method: %1. Formula of the Beam calculator webpage, as implemented in %2 (Finding-F3 code); the formula printed in the 2009 paper is not used.</source>
        <translation>Метод: %1. Формула вебкалькулятора Beam у реалізації %2 (код Finding-F3); формула, надрукована в статті 2009 р., не використовується.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="109" />
        <source>Apply to plan</source>
        <translation>Застосувати до плану</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="111" />
        <source>Store these measurements in the plan (can be undone)</source>
        <translation>Зберегти ці вимірювання в плані (можна скасувати)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="140" />
        <source>%1 of %2 is outside the allowed range %3</source>
        <translation>%1: %2 — поза допустимим діапазоном %3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="178" />
        <source>X = &lt;b&gt;%1&lt;/b&gt; from the midline front point (Fpz) along the circumference to the left</source>
        <translation>X = &lt;b&gt;%1&lt;/b&gt; від передньої серединної точки (Fpz) по колу голови ліворуч</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="180" />
        <source>Y = &lt;b&gt;%1&lt;/b&gt; from the vertex (Cz) towards that point</source>
        <translation>Y = &lt;b&gt;%1&lt;/b&gt; від вертекса (Cz) у напрямку цієї точки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="185" />
        <source>These measurements are stored in the plan.</source>
        <translation>Ці вимірювання збережено в плані.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="187" />
        <source>Measure the head and enter all three values.</source>
        <translation>Виміряйте голову та введіть усі три значення.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="189" />
        <source>The plan holds other measurements; apply to replace them.</source>
        <translation>У плані збережено інші вимірювання; натисніть «Застосувати до плану», щоб замінити їх.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="191" />
        <source>Not stored in the plan yet.</source>
        <translation>Ще не збережено в плані.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="198" />
        <source>Head measurements</source>
        <translation>Вимірювання голови</translation>
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="101" />
        <source>Block %1: intensity delivered</source>
        <translation>Блок %1: фактична інтенсивність</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="108" />
        <source>Block %1: pulses delivered</source>
        <translation>Блок %1: подано імпульсів</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="110" />
        <source>A train was interrupted</source>
        <translation>Серію було перервано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="113" />
        <source>Intensity delivered</source>
        <translation>Фактична інтенсивність</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="115" />
        <source>Pulses delivered</source>
        <translation>Подано імпульсів</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="124" />
        <source>Not in the plan.</source>
        <translation>Немає в плані.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="126" />
        <source>Plan: %1% MSO, %2 pulses.</source>
        <translation>За планом: %1% MSO, імпульсів: %2.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="129" />
        <source>The re-tested motor threshold implies %1% MSO.</source>
        <translation>За повторно визначеним моторним порогом: %1% MSO.</translation>
    </message>
</context>
<context>
    <name>BlocksEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="60" />
        <source>Blocks, in order within each session</source>
        <translation>Блоки в порядку виконання в кожному сеансі</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="70" />
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="71" />
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="72" />
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="73" />
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="74" />
        <source>Add a block (a copy of the selected one)</source>
        <translation>Додати блок (копію вибраного)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="88" />
        <source>Selected block</source>
        <translation>Вибраний блок</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="109" />
        <source>Ramp up from</source>
        <translation>Нарощувати з</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="120" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="122" />
        <source>Treatment days over which the intensity rises in equal steps</source>
        <translation>Кількість днів лікування, за які інтенсивність зростає рівними кроками</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="130" />
        <source>Titration</source>
        <translation>Титрування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="131" />
        <source>Ramp over</source>
        <translation>Нарощувати протягом</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <source>Conventional rTMS or theta burst; the pattern's fields below follow it</source>
        <translation>Стандартна рТМС або тета-бурст стимуляція; поля патерну нижче змінюються разом із вибором</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="136" />
        <source>Conventional rTMS</source>
        <translation>Стандартна рТМС</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="137" />
        <source>Theta burst (iTBS / cTBS)</source>
        <translation>Тета-бурст стимуляція (iTBS / cTBS)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="139" />
        <source>Pattern</source>
        <translation>Патерн</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="197" />
        <source>Intensity titration</source>
        <translation>Титрування інтенсивності</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="212" />
        <source>Change pattern type</source>
        <translation>Зміна типу патерну</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="218" />
        <source>Add block</source>
        <translation>Додавання блоку</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="226" />
        <source>Remove block</source>
        <translation>Видалення блоку</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="235" />
        <source>Move block</source>
        <translation>Переміщення блоку</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsForm</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="34" />
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="40" />
        <source>ISO 3166 country code, optionally with a region (DE, DE-BY, RU, US-NY); empty: no public holidays skipped</source>
        <translation>Код країни за ISO 3166, за потреби з регіоном (DE, DE-BY, RU, US-NY); порожньо — святкові дні не пропускаються</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="58" />
        <source>Clinic closes at</source>
        <translation>Клініка зачиняється о</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="85" />
        <source>Holiday calendar</source>
        <translation>Календар свят</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="91" />
        <source>Clinic closing time</source>
        <translation>Час закриття клініки</translation>
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="158" />
        <source>The clinic's settings are still being read; this workstation's own are used for this print</source>
        <translation>Налаштування клініки ще читаються; для цього друку використовуються налаштування цього робочого місця</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="202" />
        <source>The clinic's settings could not be read (%s); this workstation's own are used</source>
        <translation>Не вдалося прочитати налаштування клініки (%s); використовуються налаштування цього робочого місця</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="210" />
        <source>The clinic's settings (revision %s) are in use</source>
        <translation>Використовуються налаштування клініки (редакція %s)</translation>
    </message>
</context>
<context>
    <name>ClosuresEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="111" />
        <source>Clinic closures</source>
        <translation>Дні закриття клініки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>Closure date</source>
        <translation>Дата закриття</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>The date to add to the clinic's closures</source>
        <translation>Дата, яку потрібно додати до днів закриття клініки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="118" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="135" />
        <source>Add closure</source>
        <translation>Додати день закриття</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="120" />
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="143" />
        <source>Remove closure</source>
        <translation>Видалення дня закриття</translation>
    </message>
</context>
<context>
    <name>CourseTimelineWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="162" />
        <source>No sessions to show</source>
        <translation>Немає сеансів для відображення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="171" />
        <source>Sessions per day (shaded: weekends)</source>
        <translation>Сеансів на день (затінено вихідні)</translation>
    </message>
</context>
<context>
    <name>DayTimetableView</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="345" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="481" />
        <source>Start–end of stimulation of each session and the pause before it.</source>
        <translation>Початок і закінчення стимуляції кожного сеансу та пауза перед ним.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="349" />
        <source>Day timetable</source>
        <translation>Розклад дня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="405" />
        <source>Day %1 · %2</source>
        <translation>День %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="412" />
        <source>%n missed</source>
        <translation>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="418" />
        <source>pause %1 min</source>
        <translation>пауза %1 хв</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="420" />
        <source>Session %1 of the day: stimulation %2–%3</source>
        <translation>Сеанс %1 за день: стимуляція %2–%3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="425" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation>Закінчується після закриття клініки (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="439" />
        <source>%1 missed</source>
        <translation>%1 пропущено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="479" />
        <source>%1 ends after the clinic's closing time (%2).</source>
        <translation>%1 — сеанс закінчується після закриття клініки (%2).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="496" />
        <source>Session %1 of the day</source>
        <translation>Сеанс %1 за день</translation>
    </message>
</context>
<context>
    <name>DerivedPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="567" />
        <source>Mark session missed</source>
        <translation>Позначити пропуск сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="568" />
        <source>Mark day missed</source>
        <translation>Позначити пропуск дня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="597" />
        <source>Skipped: %s</source>
        <translation>Пропущено: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="603" />
        <source>public holiday: %s</source>
        <translation>святковий день: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="605" />
        <source>clinic closure</source>
        <translation>клініка зачинена</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="294" />
        <source>Record deviation</source>
        <translation>Записати відхилення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="299" />
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="300" />
        <source>Deviation</source>
        <translation>Відхилення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="302" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="304" />
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="306" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="67" />
        <source>Set on the device</source>
        <translation>Встановити на апараті</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="68" />
        <source>Per session</source>
        <translation>За сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="69" />
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="70" />
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="86" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="123" />
        <source>above the device's maximum (%1% MSO)</source>
        <translation>вище за максимум апарата (%1% MSO)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="88" />
        <source>not to be set as planned (%1)</source>
        <translation>не можна встановлювати за планом (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="89" />
        <source>%1% MSO — %2</source>
        <translation>%1% MSO — %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="102" />
        <source>, depth-corrected; %1% MSO without depth correction (Stokes 2007)</source>
        <translation>, з поправкою на глибину; %1% MSO без поправки на глибину (Stokes 2007)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="108" />
        <source>%1: %2 (%3% MSO exact%4)</source>
        <translation>%1: %2 (точне значення %3% MSO%4)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="112" />
        <source>%1: &lt;b&gt;%2% MSO&lt;/b&gt; (%3% MSO exact%4)</source>
        <translation>%1: &lt;b&gt;%2% MSO&lt;/b&gt; (точне значення %3% MSO%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="119" />
        <source>titration over the first %n day(s): %1% MSO</source>
        <translation>
            <numerusform>титрування в перший %n день: %1% MSO</numerusform>
            <numerusform>титрування в перші %n дні: %1% MSO</numerusform>
            <numerusform>титрування в перші %n днів: %1% MSO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="129" />
        <source>%1 pulses, %2 of stimulation (final pause not counted)</source>
        <translation>Імпульсів: %1; тривалість стимуляції %2 (без останньої паузи)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="133" />
        <source>%1 sessions (%2 a day), %3 pulses</source>
        <translation>Сеансів: %1 (%2 на день), імпульсів: %3</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="163" />
        <source>&amp;New</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="164" />
        <source>New from &amp;preset…</source>
        <translation>Створити із &amp;шаблону…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="166" />
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="64" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="168" />
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="66" />
        <source>&amp;Don't save</source>
        <translation>&amp;Не зберігати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="169" />
        <source>Save &amp;as…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="170" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експорт у PDF…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="171" />
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Експорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="172" />
        <source>Print pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="175" />
        <source>Pr&amp;int…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="177" />
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="178" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="247" />
        <source>&amp;Undo</source>
        <translation>&amp;Відмінити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="181" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="251" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="187" />
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="188" />
        <source>&amp;Beam F3 calculator…</source>
        <translation>&amp;Калькулятор Beam F3…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="190" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="193" />
        <source>Open &amp;recent</source>
        <translation>Відкрити &amp;нещодавні</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="201" />
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="204" />
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="207" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="210" />
        <source>Undo</source>
        <translation>Відмінити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="211" />
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="216" />
        <source>Undo %s</source>
        <translation>Відмінити %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="217" />
        <source>Redo %s</source>
        <translation>Повторити: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="678" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <source>Settings could not be saved: %s</source>
        <translation>Не вдалося зберегти налаштування: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="255" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="267" />
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="268" />
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>У плані є незбережені зміни. Зберегти їх?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="295" />
        <source>Open plan</source>
        <translation>Відкрити план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="296" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="341" />
        <source>tmsplanner plans (*.tmsplan)</source>
        <translation>Плани tmsplanner (*.tmsplan)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="312" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="317" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>Cannot open plan</source>
        <translation>Не вдається відкрити план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="340" />
        <source>Save plan</source>
        <translation>Зберегти план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="366" />
        <source>Plan changed in the clinic's record</source>
        <translation>План змінено у сховищі журналів клініки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="367" />
        <source>Nothing was saved: %1. Reload the plan as it was saved there? Your changes on screen are then discarded.</source>
        <translation>Нічого не збережено: %1. Завантажити план у тому вигляді, у якому його там збережено? Ваші зміни на екрані буде відкинуто.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="373" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="410" />
        <source>Cannot save plan</source>
        <translation>Не вдається зберегти план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="374" />
        <source>The clinic's record cannot be reached, so nothing was saved. Your changes stay on screen and in the autosave; save again when the connection is back.</source>
        <translation>Сховище журналів клініки недоступне, тому нічого не збережено. Ваші зміни залишаються на екрані та в автозбереженні; збережіть план знову, коли зв’язок відновиться.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>The plan on screen was not changed.</source>
        <translation>План на екрані не змінено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="397" />
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="408" />
        <source>The plan was not saved to its file; the clinic's record already holds this revision.</source>
        <translation>План не збережено у файл; у сховищі журналів клініки ця редакція вже є.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="409" />
        <source>The plan was not saved.</source>
        <translation>План не збережено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="414" />
        <source>Saved %s</source>
        <translation>Збережено: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="461" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="488" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="596" />
        <source>Blocking findings</source>
        <translation>Блокувальні зауваження</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="462" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>У плані %n блокувальне зауваження; проводити лікування за цим планом не можна. Експортувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальні зауваження; проводити лікування за цим планом не можна. Експортувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальних зауважень; проводити лікування за цим планом не можна. Експортувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="467" />
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="468" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>Cannot export</source>
        <translation>Не вдається виконати експорт</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <source>The PDF was not written.</source>
        <translation>Файл PDF не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="479" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="523" />
        <source>Exported %s</source>
        <translation>Експортовано: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="489" />
        <source>This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT events?</source>
        <translation>
            <numerusform>У плані %n блокувальне зауваження. Експортувати сеанси як події з позначкою «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальні зауваження. Експортувати сеанси як події з позначкою «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальних зауважень. Експортувати сеанси як події з позначкою «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="501" />
        <source>Export calendar</source>
        <translation>Експорт календаря</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="502" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="510" />
        <source>Include the patient's name?</source>
        <translation>Додати ПІБ пацієнта?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="511" />
        <source>Calendar events are often shared or synced to phones and other people's calendars. Include the patient's name in the events? Without it, only the patient identifier is used.</source>
        <translation>Події календаря часто пересилають іншим людям або синхронізують із телефонами й чужими календарями. Додати ПІБ пацієнта до подій? Якщо ні, буде вказано лише ідентифікатор пацієнта.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>The calendar was not written.</source>
        <translation>Файл календаря не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>Print preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>The preview cannot be shown.</source>
        <translation>Попередній перегляд неможливо показати.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>Cannot print</source>
        <translation>Не вдається надрукувати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <source>The plan was not printed.</source>
        <translation>План не надруковано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="588" />
        <source>Safety screening incomplete</source>
        <translation>Скринінг безпеки не завершено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="589" />
        <source>%n safety screening item(s) are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</source>
        <translation>
            <numerusform>%n пункт скринінгу безпеки без відповіді, і лікар його не підтвердив. План друкується як чернетка з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ», доки пункти не мають відповіді або не підтверджені (вкладка «Скринінг»). Зробити чернетку?</numerusform>
            <numerusform>%n пункти скринінгу безпеки без відповіді, і лікар їх не підтвердив. План друкується як чернетка з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ», доки пункти не мають відповіді або не підтверджені (вкладка «Скринінг»). Зробити чернетку?</numerusform>
            <numerusform>%n пунктів скринінгу безпеки без відповіді, і лікар їх не підтвердив. План друкується як чернетка з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ», доки пункти не мають відповіді або не підтверджені (вкладка «Скринінг»). Зробити чернетку?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="597" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>У плані %n блокувальне зауваження; проводити лікування за цим планом не можна. Надрукувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальні зауваження; проводити лікування за цим планом не можна. Надрукувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
            <numerusform>У плані %n блокувальних зауважень; проводити лікування за цим планом не можна. Надрукувати чернетку з водяним знаком «ЧЕРНЕТКА — НЕ ДЛЯ ЛІКУВАННЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="618" />
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="619" />
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>The printer could not be started.</source>
        <translation>Не вдалося запустити друк на принтері.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="637" />
        <source>Printing cancelled</source>
        <translation>Друк скасовано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="639" />
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Надруковано %n сторінку</numerusform>
            <numerusform>Надруковано %n сторінки</numerusform>
            <numerusform>Надруковано %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="659" />
        <source>The interface language changes when tmsplanner is started again</source>
        <translation>Мова інтерфейсу зміниться під час наступного запуску tmsplanner</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <source>The clinic's settings were not shared: %s. This workstation keeps its changes; open Settings again after reading the clinic's.</source>
        <translation>Налаштування клініки не передано до спільного сховища: %s. Це робоче місце зберігає свої зміни; відкрийте «Налаштування» ще раз, ознайомившись із налаштуваннями клініки.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>The clinic's settings were not shared (%s); they apply on this workstation only.</source>
        <translation>Налаштування клініки не передано до спільного сховища (%s); вони діють лише на цьому робочому місці.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="706" />
        <source>The clinic's settings were shared (revision %s)</source>
        <translation>Налаштування клініки передано до спільного сховища (редакція %s)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="739" />
        <source>Autosave failed</source>
        <translation>Помилка автозбереження</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="767" />
        <source>Recover unsaved plan</source>
        <translation>Відновлення незбереженого плану</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="776" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="785" />
        <source>Cannot recover</source>
        <translation>Не вдається відновити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="167" />
        <source>Recover &amp;unsaved plans…</source>
        <translation>Відн&amp;овити незбережені плани…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="313" />
        <source>The plan could not be opened. The plan on screen was not changed.</source>
        <translation>Не вдалося відкрити план. План на екрані не змінено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="318" />
        <source>The plan could not be opened (%s). The plan on screen was not changed.</source>
        <translation>Не вдалося відкрити план (%s). План на екрані не змінено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="777" />
        <source>The autosaved plan is damaged; it was kept as it is.</source>
        <translation>Автозбережений план пошкоджено; його залишено як є.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="786" />
        <source>The autosaved plan could not be opened; it was kept. The plan on screen was not changed.</source>
        <translation>Не вдалося відкрити автозбережений план; його збережено. План на екрані не змінено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="404" />
        <source>Not saved: %s changed on disk</source>
        <translation>Не збережено: %s змінено на диску</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="420" />
        <source>%s was deleted or moved since it was opened. Save the plan on screen there anyway?</source>
        <translation>%s видалено або переміщено після відкриття. Все одно зберегти туди план з екрана?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="423" />
        <source>%1 was changed on disk (at %2) since it was opened here, perhaps by another tmsplanner window. Saving replaces those changes with the plan on screen. Overwrite it?</source>
        <translation>%1 змінено на диску (о %2) після відкриття тут, можливо, іншим вікном tmsplanner. Збереження замінить ці зміни планом з екрана. Перезаписати?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="427" />
        <source>File changed on disk</source>
        <translation>Файл змінено на диску</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="495" />
        <source>Assign a plan id</source>
        <translation>Присвоїти ідентифікатор плану</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="730" />
        <source>Autosave works again</source>
        <translation>Автозбереження знову працює</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="734" />
        <source>Autosave failed: unsaved changes are not protected; save the plan</source>
        <translation>Збій автозбереження: незбережені зміни не захищені; збережіть план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="740" />
        <source>Unsaved changes could not be autosaved, so a crash would lose them. Save the plan to keep them.

%s</source>
        <translation>Не вдалося автозберегти незбережені зміни: у разі збою їх буде втрачено. Збережіть план, щоб їх зберегти.

%s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="760" />
        <source>(unreadable)</source>
        <translation>(не читається)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="761" />
        <source>a new plan never saved</source>
        <translation>новий, ще не збережений план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="762" />
        <source>tmsplanner did not close normally. Unsaved changes were found:

Patient: %1
Plan: %2
Autosaved: %3

Recover them? (Discard deletes them; No keeps them for later.)</source>
        <translation>tmsplanner не було закрито звичайним чином. Знайдено незбережені зміни:

Пацієнт: %1
План: %2
Автозбережено: %3

Відновити їх? («Не зберігати» видалить їх; «Ні» залишить на потім.)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="264" />
        <source>Findings</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="266" />
        <source>Arrow keys move between findings; Enter opens a group or goes to the finding's field.</source>
        <translation>Стрілки переходять між зауваженнями; Enter розкриває групу або переходить до поля зауваження.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="286" />
        <source>Finding in full</source>
        <translation>Зауваження повністю</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="291" />
        <source>Select a finding to read it in full.</source>
        <translation>Виберіть зауваження, щоб прочитати його повністю.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="309" />
        <source>BLOCKED: %n blocking finding(s) — must not be delivered as planned</source>
        <translation>
            <numerusform>ЗАБЛОКОВАНО: %n блокувальне зауваження — проводити лікування за планом не можна</numerusform>
            <numerusform>ЗАБЛОКОВАНО: %n блокувальні зауваження — проводити лікування за планом не можна</numerusform>
            <numerusform>ЗАБЛОКОВАНО: %n блокувальних зауважень — проводити лікування за планом не можна</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="312" />
        <source>No blocking findings · %n warning(s) to review</source>
        <translation>
            <numerusform>Блокувальних зауважень немає · %n попередження потребує перевірки</numerusform>
            <numerusform>Блокувальних зауважень немає · %n попередження потребують перевірки</numerusform>
            <numerusform>Блокувальних зауважень немає · %n попереджень потребують перевірки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="313" />
        <source>No blocking findings</source>
        <translation>Блокувальних зауважень немає</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>BLOCK</source>
        <translation>БЛОКУВАЛЬНЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>WARN</source>
        <translation>ПОПЕРЕДЖЕННЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>INFO</source>
        <translation>ІНФОРМАЦІЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="431" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="453" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="487" />
        <source>Rests on UNVERIFIED data.</source>
        <translation>Ґрунтується на НЕПЕРЕВІРЕНИХ даних.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="464" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="501" />
        <source>Field: %s — click to go to it</source>
        <translation>Поле: %s — клацніть, щоб перейти до нього</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="485" />
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="518" />
        <source>The train-duration findings marked † rest on this table. A physician should check it, or the clinic load its own table in Settings.</source>
        <translation>Зауваження щодо тривалості серій, позначені †, ґрунтуються на цій таблиці. Лікар має звірити її, або клініка може завантажити власну таблицю в налаштуваннях.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="225" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="272" />
        <source>&amp;Patient</source>
        <translation>&amp;Пацієнт</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="274" />
        <source>Sc&amp;hedule</source>
        <translation>Ро&amp;зклад</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="273" />
        <source>&amp;Stimulation</source>
        <translation>&amp;Стимуляція</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="275" />
        <source>Threshold and &amp;device</source>
        <translation>П&amp;оріг і апарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="276" />
        <source>&amp;Medications</source>
        <translation>Пр&amp;епарати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="277" />
        <source>Sc&amp;reening</source>
        <translation>Скри&amp;нінг</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="278" />
        <source>Tre&amp;atment</source>
        <translation>&amp;Лікування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="355" />
        <source>Figures and sessions</source>
        <translation>Показники та сеанси</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="357" />
        <source>Day timetable</source>
        <translation>Розклад дня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="358" />
        <source>Pulse pattern and timeline</source>
        <translation>Патерн імпульсів і графік курсу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="360" />
        <source>Outcome measures</source>
        <translation>Оцінка ефективності</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="361" />
        <source>Treatment record</source>
        <translation>Журнал курсу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/main_window.py" line="386" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанси</numerusform>
            <numerusform>%n сеансів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="417" />
        <source>Not applied: %s</source>
        <translation>Не застосовано: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="422" />
        <source>Untitled plan</source>
        <translation>План без назви</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="568" />
        <source>Apply preset %s</source>
        <translation>Застосування шаблону %s</translation>
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="189" />
        <source>Medication (name or brand)</source>
        <translation>Препарат (МНН або торгова назва)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="191" />
        <source>Name or brand; Enter goes on to the dose</source>
        <translation>Назва або торгова марка; Enter — перехід до дози</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="199" />
        <source>Dose (optional)</source>
        <translation>Доза (необов.)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="201" />
        <source>Optional; Enter adds the medication</source>
        <translation>Необов’язково; Enter додає препарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="202" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="205" />
        <source>started or changed on</source>
        <translation>призначено або змінено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="204" />
        <source>Plans a motor-threshold re-test at the next session after this date</source>
        <translation>Планує повторне визначення моторного порогу на найближчому сеансі після цієї дати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="211" />
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="240" />
        <source>Medication messages</source>
        <translation>Повідомлення щодо препаратів</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="247" />
        <source>Current medications</source>
        <translation>Поточні препарати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="248" />
        <source>F2 or Enter edits a cell; Delete removes the selected rows</source>
        <translation>F2 або Enter — змінити клітинку; Delete — видалити вибрані рядки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="259" />
        <source>Remove selected</source>
        <translation>Видалити вибране</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="403" />
        <source>Removed “%1”.</source>
        <translation>«%1» видалено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="213" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="335" />
        <source>Add medication</source>
        <translation>Додавання препарату</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="261" />
        <source>Remove selected medications</source>
        <translation>Видалити вибрані препарати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="336" />
        <source>Added “%1”.</source>
        <translation>«%1» додано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="341" />
        <source>Update medication</source>
        <translation>Змінити препарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="342" />
        <source>“%1” is already listed (row %2): updated it instead of adding it again.</source>
        <translation>«%1» вже є у списку (рядок %2): запис оновлено, повторно не додано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="344" />
        <source>“%1” is already listed (row %2) with this dose and date: nothing to change.</source>
        <translation>«%1» вже є у списку (рядок %2) з цією дозою і датою: змінювати нічого.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="379" />
        <source>“%1” is already listed (row %2); edit that entry instead</source>
        <translation>«%1» вже є у списку (рядок %2); змініть цей запис</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="383" />
        <source>Edit medication</source>
        <translation>Зміна препарату</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="394" />
        <source>Select the medication to remove first</source>
        <translation>Спочатку виберіть препарат, який потрібно видалити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="399" />
        <source>Remove medication</source>
        <translation>Видалення препарату</translation>
    </message>
</context>
<context>
    <name>MissedSessionsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="230" />
        <source>Missed sessions</source>
        <translation>Пропущені сеанси</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="237" />
        <source>Restore selected</source>
        <translation>Відновити вибране</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="245" />
        <source>Mark session missed</source>
        <translation>Позначення пропуску сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="253" />
        <source>Restore session</source>
        <translation>Відновлення сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="259" />
        <source>whole day</source>
        <translation>увесь день</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="260" />
        <source>session %s of the day</source>
        <translation>%s-й сеанс дня</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="78" />
        <source>No scores recorded yet</source>
        <translation>Бали поки не внесено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 response</source>
        <translation>%1: відповідь</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 remission</source>
        <translation>%1: ремісія</translation>
    </message>
</context>
<context>
    <name>OutcomesTable</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Time point</source>
        <translation>Точка оцінювання</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Rated by</source>
        <translation>Хто оцінює</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="410" />
        <source>Print preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="421" />
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="436" />
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="439" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експорт у PDF…</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="158" />
        <source>Taper and maintenance</source>
        <translation>Зниження частоти та підтримувальна терапія</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Weeks</source>
        <translation>Тижнів</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Sessions per week</source>
        <translation>Сеансів на тиждень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="165" />
        <source>Every n weeks</source>
        <translation>Раз на n тижнів</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="172" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="187" />
        <source>Add taper week</source>
        <translation>Додати тиждень зниження</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="193" />
        <source>Add maintenance</source>
        <translation>Додати підтримувальну фазу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="186" />
        <source>Taper</source>
        <translation>Зниження частоти</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="192" />
        <source>Maintenance</source>
        <translation>Підтримувальна фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="201" />
        <source>Remove phase</source>
        <translation>Видалення фази</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="214" />
        <source>Edit phase</source>
        <translation>Зміна фази</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../tmsplanner/gui/document.py" line="240" />
        <source>Recovered changes</source>
        <translation>Відновлені зміни</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="59" />
        <source>New plan from a preset</source>
        <translation>Новий план із шаблону</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="64" />
        <source>Search presets (name, indication, target, pattern)</source>
        <translation>Пошук шаблонів (назва, показання, мішень, патерн)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Indication</source>
        <translation>Показання</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Target</source>
        <translation>Мішень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Pattern</source>
        <translation>Патерн</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="73" />
        <source>cleared</source>
        <translation>дозволений регулятором</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="75" />
        <source>some values unverified</source>
        <translation>частину значень не перевірено</translation>
    </message>
</context>
<context>
    <name>PulsePatternWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="76" />
        <source>No stimulation blocks to show</source>
        <translation>Немає блоків стимуляції для відображення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="91" />
        <source>Block {number}: {target}</source>
        <translation>Блок {number}: {target}</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="117" />
        <source>pause {seconds} s</source>
        <translation>пауза {seconds} с</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="103" />
        <source>, %n trains</source>
        <translation>
            <numerusform>, %n серія</numerusform>
            <numerusform>, %n серії</numerusform>
            <numerusform>, %n серій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="105" />
        <source>%n pulses at {hz} Hz = {seconds} s train</source>
        <translation>
            <numerusform>%n імпульс із частотою {hz} Гц = серія {seconds} с</numerusform>
            <numerusform>%n імпульси із частотою {hz} Гц = серія {seconds} с</numerusform>
            <numerusform>%n імпульсів із частотою {hz} Гц = серія {seconds} с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="118" />
        <source>, pause {seconds} s</source>
        <translation>, пауза {seconds} с</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="119" />
        <source>s</source>
        <translation>с</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="109" />
        <source>Trains of %n bursts = {seconds} s</source>
        <translation>
            <numerusform>Серії з %n пачки = {seconds} с</numerusform>
            <numerusform>Серії з %n пачок = {seconds} с</numerusform>
            <numerusform>Серії з %n пачок = {seconds} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="125" />
        <source>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</source>
        <translation>
            <numerusform>Збільшено: пачки з %n імпульсу частотою {hz} Гц, одна пачка кожні {ms} мс ({burst_hz} Гц)</numerusform>
            <numerusform>Збільшено: пачки з %n імпульсів частотою {hz} Гц, одна пачка кожні {ms} мс ({burst_hz} Гц)</numerusform>
            <numerusform>Збільшено: пачки з %n імпульсів частотою {hz} Гц, одна пачка кожні {ms} мс ({burst_hz} Гц)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="133" />
        <source>ms</source>
        <translation>мс</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="57" />
        <source>Discard</source>
        <translation>Не зберігати</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Severity</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Finding</source>
        <translation>Зауваження</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="115" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="120" />
        <source>Findings on the delivered course</source>
        <translation>Зауваження щодо проведеного курсу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="121" />
        <source>No findings on what was recorded.</source>
        <translation>Щодо записаних даних зауважень немає.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="126" />
        <source>Sessions planned and delivered</source>
        <translation>Заплановані та проведені сеанси</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="127" />
        <source>Sessions: planned → delivered</source>
        <translation>Сеанси: за планом → проведено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="128" />
        <source>Each block shows the planned value → the value delivered; %1 marks a corrected entry.</source>
        <translation>Для кожного блоку: значення за планом → проведене значення; %1 — виправлений запис.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="137" />
        <source>Outcome scores</source>
        <translation>Бали за оціночними шкалами</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <source>Side effect</source>
        <translation>Побічний ефект</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="147" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="148" />
        <source>Side effects</source>
        <translation>Побічні ефекти</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="149" />
        <source>None recorded.</source>
        <translation>Не зареєстровано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="156" />
        <source>Motor threshold</source>
        <translation>Моторний поріг</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Muscle</source>
        <translation>М’яз</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>By</source>
        <translation>Хто визначав</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="155" />
        <source>Motor threshold history</source>
        <translation>Історія визначень моторного порогу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>delivered</source>
        <translation>проведено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>shortened</source>
        <translation>скорочено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>stopped</source>
        <translation>припинено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>missed</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>pending</source>
        <translation>очікується</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>BLOCK</source>
        <translation>БЛОКУВАЛЬНЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>WARN</source>
        <translation>ПОПЕРЕДЖЕННЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="175" />
        <source>INFO</source>
        <translation>ІНФОРМАЦІЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="198" />
        <source>%1 of %2 sessions delivered · %3 of %4 pulses</source>
        <translation>Проведено сеансів: %1 з %2 · імпульсів: %3 з %4</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="202" />
        <source>last recorded %1</source>
        <translation>останній запис: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="204" />
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n виправлення</numerusform>
            <numerusform>%n виправлення</numerusform>
            <numerusform>%n виправлень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="206" />
        <source>Nothing is recorded for this plan yet.</source>
        <translation>За цим планом поки нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>Planned</source>
        <translation>За планом</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="271" />
        <source>Block %1 % MSO</source>
        <translation>Блок %1: % MSO</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="272" />
        <source>Block %1 pulses</source>
        <translation>Блок %1: імпульси</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="273" />
        <source>Delivered</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="273" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="279" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="280" />
        <source>Corrected entry</source>
        <translation>Виправлений запис</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="292" />
        <source>%1 min after the previous session</source>
        <translation>%1 хв після попереднього сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="301" />
        <source>Side effects: %1</source>
        <translation>Побічні ефекти: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="305" />
        <source>Corrected: %1</source>
        <translation>Виправлено: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="307" />
        <source>corrected</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="317" />
        <source>Interrupted</source>
        <translation>Серію перервано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="319" />
        <source>interrupted</source>
        <translation>серію перервано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="376" />
        <source>No scores recorded yet.</source>
        <translation>Бали поки не внесено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="384" />
        <source>%1: baseline %2 (%3)</source>
        <translation>%1: вихідний бал %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="387" />
        <source>latest %1 (%2)</source>
        <translation>останній бал %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="391" />
        <source>%1% lower than baseline</source>
        <translation>на %1% нижче за вихідний рівень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="395" />
        <source>The evidence base gives no response or remission threshold for this scale.</source>
        <translation>У доказовій базі немає порогових значень відповіді на лікування та ремісії для цієї шкали.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="398" />
        <source>Response</source>
        <translation>Відповідь на лікування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="400" />
        <source>Remission</source>
        <translation>Ремісія</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="405" />
        <source>%1: not yet known (no score after baseline).</source>
        <translation>%1: поки невідомо (балів після вихідної оцінки немає).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: yes.</source>
        <translation>%1: так.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: no.</source>
        <translation>%1: ні.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="424" />
        <source>plan</source>
        <translation>з плану</translation>
    </message>
</context>
<context>
    <name>RetestDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="175" />
        <source>Record MT re-test</source>
        <translation>Записати повторне визначення МП</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="177" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="181" />
        <source>Motor threshold</source>
        <translation>Моторний поріг</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="182" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="183" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="184" />
        <source>Muscle</source>
        <translation>М’яз</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="186" />
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="188" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="190" />
        <source>The plan keeps its motor threshold; the record compares each session's intensity with the threshold in force on its date.</source>
        <translation>Моторний поріг у плані не змінюється; у журналі інтенсивність кожного сеансу порівнюється з порогом, чинним на дату сеансу.</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="215" />
        <source>Record score</source>
        <translation>Записати бал</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="224" />
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="225" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="228" />
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="230" />
        <source>Optional</source>
        <translation>Необов’язково</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="232" />
        <source>Rater</source>
        <translation>Хто оцінював</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="233" />
        <source>Reason for the correction</source>
        <translation>Причина виправлення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="236" />
        <source>A score of this scale is recorded on this date (required)</source>
        <translation>Бал за шкалою на цю дату вже записано (обов’язково)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="264" />
        <source>Recorded: %1</source>
        <translation>Записаний бал: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record correction</source>
        <translation>Записати виправлення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="284" />
        <source>Reason for the correction: %1</source>
        <translation>Причина виправлення: %1</translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Not answered</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="450" />
        <source>absolute contraindication</source>
        <translation>абсолютне протипоказання</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="451" />
        <source>relative contraindication</source>
        <translation>відносне протипоказання</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="528" />
        <source>Screening answer</source>
        <translation>Відповідь скринінгу</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>End</source>
        <translation>Закінчення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>Pause before</source>
        <translation>Пауза перед</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>MT re-test</source>
        <translation>Повтор МП</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>% MSO to set</source>
        <translation>Встановити, % MSO</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="221" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>кожен %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="222" />
        <source>after %1 changed</source>
        <translation>після зміни: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="228" />
        <source>%1 ⚠ after closing time</source>
        <translation>%1 ⚠ після закриття</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="229" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation>Закінчується після закриття клініки (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="235" />
        <source>acute</source>
        <translation>гостра фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="256" />
        <source>Above the device's maximum (%1% MSO): cannot be delivered</source>
        <translation>Вище за максимум апарата (%1% MSO): провести неможливо</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="234" />
        <source>%s min</source>
        <translation>%s хв</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="276" />
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="156" />
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="173" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="184" />
        <location filename="../../tmsplanner/gui/dialogs.py" line="190" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="196" />
        <source>As the interface</source>
        <translation>Як в інтерфейсі</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="211" />
        <source>This user's own file</source>
        <translation>Власний файл цього користувача</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="268" />
        <source>Export folder</source>
        <translation>Тека експорту</translation>
    </message>
</context>
<context>
    <name>SideEffectRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="160" />
        <source>Note (optional)</source>
        <translation>Примітка (необов.)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="162" />
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="174" />
        <source>Side effect %1</source>
        <translation>Побічний ефект %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="175" />
        <source>Side effect %1: severity</source>
        <translation>Побічний ефект %1: ступінь</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="176" />
        <source>Side effect %1: note</source>
        <translation>Побічний ефект %1: примітка</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="177" />
        <source>Remove side effect %1</source>
        <translation>Видалити побічний ефект %1</translation>
    </message>
</context>
<context>
    <name>StoreNote</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="166" />
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="175" />
        <source>The course record cannot be opened: %1</source>
        <translation>Не вдається відкрити журнал курсу: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDeviceForm</name>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="45" />
        <source>Motor threshold</source>
        <translation>Моторний поріг</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="69" />
        <source>Visual thresholds averaged %1% above EMG thresholds (Westin et al. 2014); prefer EMG. Depth correction (%2% MSO per mm, Stokes et al. 2007) applies when both scalp-to-cortex distances are given.</source>
        <translation>Візуальні пороги в середньому на %1% вищі за ЕМГ-пороги (Westin et al. 2014); перевага — ЕМГ. Поправка на глибину (%2% MSO на мм, Stokes et al. 2007) застосовується, якщо вказано обидві відстані від скальпа до кори.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="78" />
        <source>Device</source>
        <translation>Апарат</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="208" />
        <source>Record today's session. The values the plan sets are filled in: confirm them, or correct what was delivered differently.</source>
        <translation>Запишіть сьогоднішній сеанс. Значення з плану вже підставлено: підтвердьте їх або виправте те, що було проведено інакше.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="214" />
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="219" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="254" />
        <source>Session number</source>
        <translation>Номер сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="220" />
        <source>The session of the plan being recorded; the first not yet recorded is offered.</source>
        <translation>Сеанс плану, що записується; пропонується перший ще не записаний.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="235" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="254" />
        <source>Date delivered</source>
        <translation>Дата проведення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="238" />
        <source>Start time</source>
        <translation>Час початку</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="241" />
        <source>End time</source>
        <translation>Час закінчення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="245" />
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="251" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="253" />
        <source>Initials of who delivered the session</source>
        <translation>Ініціали того, хто провів сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="253" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="255" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="255" />
        <source>Start and end</source>
        <translation>Початок і закінчення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="269" />
        <source>Before the session</source>
        <translation>Перед сеансом</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="271" />
        <source>Coil position confirmed</source>
        <translation>Положення котушки підтверджено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="280" />
        <source>Tick each that holds; a question left unticked is recorded as "no".</source>
        <translation>Позначте кожен пункт, що справджується; непозначений пункт записується як «ні».</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="286" />
        <source>Side effects</source>
        <translation>Побічні ефекти</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="288" />
        <source>None noted.</source>
        <translation>Не відзначено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="290" />
        <source>Add side effect</source>
        <translation>Додати побічний ефект</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="299" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="304" />
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="315" />
        <source>Required: why it is corrected</source>
        <translation>Обов’язково: чому вноситься виправлення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="317" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="319" />
        <source>Reason for the correction</source>
        <translation>Причина виправлення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="318" />
        <source>Why the recorded session is corrected (required)</source>
        <translation>Чому виправляється записаний сеанс (обов’язково)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="328" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record session</source>
        <translation>Записати сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="338" />
        <source>Also record</source>
        <translation>Також записати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="340" />
        <source>MT re-test…</source>
        <translation>Повтор МП…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="342" />
        <source>Record a motor threshold re-determined during the course</source>
        <translation>Записати моторний поріг, повторно визначений під час курсу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="344" />
        <source>Score…</source>
        <translation>Бал…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="346" />
        <source>Record an outcome score on a rating scale</source>
        <translation>Записати бал за оціночною шкалою</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="348" />
        <source>Deviation…</source>
        <translation>Відхилення…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="350" />
        <source>Record a planned session missed, shortened or stopped</source>
        <translation>Записати пропуск, скорочення або припинення запланованого сеансу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="353" />
        <source>Record %1</source>
        <translation>Записати: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="370" />
        <source>Slept as usual</source>
        <translation>Сон як зазвичай</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="371" />
        <source>No new medication or dose change</source>
        <translation>Немає нових препаратів чи змін дози</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="372" />
        <source>No alcohol or recreational drugs</source>
        <translation>Без алкоголю та психоактивних речовин</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="373" />
        <source>No seizure since the last session</source>
        <translation>Судом після минулого сеансу не було</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="374" />
        <source>No new metal or implant near the head</source>
        <translation>Немає нового металу чи імпланта біля голови</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="438" />
        <source>Block %1: %2</source>
        <translation>Блок %1: %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="439" />
        <source>Block %1</source>
        <translation>Блок %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="514" />
        <source>Planned %1, %2–%3</source>
        <translation>За планом: %1, %2–%3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="517" />
        <source>an MT re-test is due at this session</source>
        <translation>на цьому сеансі заплановано повторне визначення МП</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="519" />
        <source>Session %1 is not in the plan, which has %2 sessions.</source>
        <translation>Сеансу %1 немає в плані (сеансів у плані: %2).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="524" />
        <source>Already recorded: %1 by %2. Recording it again records a correction; the entry recorded stays in the history.</source>
        <translation>Уже записано: %1, провів(-ла): %2. Повторний запис вноситься як виправлення; попередній запис зберігається в історії.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="528" />
        <source>Recorded as %1 on %2.</source>
        <translation>Записано зі статусом «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="531" />
        <source>Every planned session is recorded.</source>
        <translation>Усі заплановані сеанси записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record correction</source>
        <translation>Записати виправлення</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="616" />
        <source>Reason for the correction: %1</source>
        <translation>Причина виправлення: %1</translation>
    </message>
</context>
<context>
    <name>TreatmentView</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="118" />
        <source>Save the plan first</source>
        <translation>Спочатку збережіть план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="119" />
        <source>The course record is kept against the saved plan. Save the plan now, then record?</source>
        <translation>Журнал курсу ведеться для збереженого плану. Зберегти план зараз, а потім зробити запис?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="122" />
        <source>&amp;Save and record</source>
        <translation>&amp;Зберегти й записати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="173" />
        <source>Course record</source>
        <translation>Журнал курсу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="137" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="174" />
        <source>The course record cannot be opened. Planning works as before; sessions can be recorded once the record opens (Treatment tab: Try again).</source>
        <translation>Не вдається відкрити журнал курсу. Планування працює як раніше; записувати сеанси можна буде, коли журнал відкриється (вкладка «Лікування»: «Спробувати ще раз»).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="241" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="243" />
        <source>Nothing was recorded: the plan is not saved.</source>
        <translation>Нічого не записано: план не збережено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="245" />
        <source>Nothing was recorded: the course record cannot be opened.</source>
        <translation>Нічого не записано: не вдається відкрити журнал курсу.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="253" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="280" />
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="254" />
        <source>The plan file could not be given its record id, so nothing was recorded.</source>
        <translation>Файлу плану не вдалося присвоїти ідентифікатор для журналу, тому нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="256" />
        <source>Nothing was recorded: the plan file could not be updated.</source>
        <translation>Нічого не записано: не вдалося оновити файл плану.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="260" />
        <source>The plan was given its record id and saved</source>
        <translation>Плану присвоєно ідентифікатор для журналу, план збережено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="281" />
        <source>The course record could not be written; nothing was recorded.</source>
        <translation>Не вдалося виконати запис у журнал курсу; нічого не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="282" />
        <source>Nothing was recorded: the course record could not be written.</source>
        <translation>Нічого не записано: не вдалося виконати запис у журнал курсу.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Correction of session %1 recorded</source>
        <translation>Виправлення сеансу %1 записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Session %1 recorded</source>
        <translation>Сеанс %1 записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="303" />
        <source>Score recorded</source>
        <translation>Бал записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="306" />
        <source>MT re-test recorded</source>
        <translation>Повторне визначення МП записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="312" />
        <source>Deviation recorded</source>
        <translation>Відхилення записано</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="83" />
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="102" />
        <source>Initials</source>
        <translation>Ініціали</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="104" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="84" />
        <source>Save the plan on screen under a new name before you go on.</source>
        <translation>Перш ніж продовжити, збережіть план на екрані під новою назвою.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="86" />
        <source>The plan on screen has no unsaved changes.</source>
        <translation>У плані на екрані немає незбережених змін.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="87" />
        <source>a new plan</source>
        <translation>новий план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="88" />
        <source>The plan on screen (%s) has unsaved changes that were not saved; save them before you go on.</source>
        <translation>У плані на екрані (%s) є незбережені зміни; збережіть їх, перш ніж продовжити.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="114" />
        <source>The details were written to %s.</source>
        <translation>Подробиці записано до %s.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="115" />
        <source>The details could not be written to a log file; they are shown below.</source>
        <translation>Подробиці не вдалося записати до журналу; їх показано нижче.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="121" />
        <source>Something went wrong: %s. The action that failed was not completed and nothing from it was saved.</source>
        <translation>Сталася помилка: %s. Дію не виконано, і нічого з неї не збережено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="123" />
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
</context>
<context><name>vocab</name><message><source>5 cm rule</source><translation>Правило 5 см</translation>
        </message><message><source>5.5 cm rule</source><translation>Правило 5,5 см</translation>
        </message><message><source>Active MT</source><translation>Активний МП</translation>
        </message><message><source>Adaptive (PEST)</source><translation>Адаптивний (PEST)</translation>
        </message><message><source>Alcohol or drug use</source><translation>Вживання алкоголю або ПАР</translation>
        </message><message><source>Auditory hallucinations</source><translation>Слухові галюцинації</translation>
        </message><message><source>Beam F3</source><translation>Beam F3</translation>
        </message><message><source>Bilateral DLPFC</source><translation>Білатеральна ДЛПФК</translation>
        </message><message><source>Blocking</source><translation>Блокувальне</translation>
        </message><message><source>Brain lesion</source><translation>Вогнищеве ураження головного мозку</translation>
        </message><message><source>Cardiac pacemaker or intracardiac lines</source><translation>Кардіостимулятор або внутрішньосерцеві катетери</translation>
        </message><message><source>Cochlear implant</source><translation>Кохлеарний імплант</translation>
        </message><message><source>Continuous theta burst</source><translation>Безперервна тета-бурст стимуляція (cTBS)</translation>
        </message><message><source>Custom target</source><translation>Інша мішень</translation>
        </message><message><source>Dorsomedial PFC</source><translation>Дорсомедіальна ПФК</translation>
        </message><message><source>Double cone</source><translation>Подвійна конусна</translation>
        </message><message><source>EEG 10-20 system</source><translation>Система ЕЕГ 10-20</translation>
        </message><message><source>EMG (relative frequency)</source><translation>ЕМГ (метод відносної частоти)</translation>
        </message><message><source>Earlier problem with TMS</source><translation>Небажані реакції на ТМС в анамнезі</translation>
        </message><message><source>Epilepsy or seizure</source><translation>Епілепсія або судомний напад</translation>
        </message><message><source>Female</source><translation>Жіноча</translation>
        </message><message><source>Figure-8</source><translation>Вісімкоподібна</translation>
        </message><message><source>H-coil cap</source><translation>Шолом з H-котушкою</translation>
        </message><message><source>H1 (deep TMS)</source><translation>H1 (глибока ТМС)</translation>
        </message><message><source>H4 (deep TMS)</source><translation>H4 (глибока ТМС)</translation>
        </message><message><source>H7 (deep TMS)</source><translation>H7 (глибока ТМС)</translation>
        </message><message><source>Hand (APB)</source><translation>Кисть (APB)</translation></message><message><source>Hand (FDI)</source><translation>Кисть (FDI)</translation></message><message><source>Headache</source><translation>Головний біль</translation></message><message><source>Hearing problem</source><translation>Порушення слуху</translation></message><message><source>High-frequency rTMS</source><translation>Високочастотна рТМС</translation>
        </message><message><source>Implanted stimulator or pump</source><translation>Імплантований стимулятор або помпа</translation>
        </message><message><source>Information</source><translation>Інформація</translation>
        </message><message><source>Insula and lateral PFC</source><translation>Острівцева частка та латеральна ПФК</translation>
        </message><message><source>Intermittent theta burst</source><translation>Інтермітуюча тета-бурст стимуляція (iTBS)</translation>
        </message><message><source>Left DLPFC</source><translation>Ліва ДЛПФК</translation>
        </message><message><source>Left M1</source><translation>Ліва M1</translation>
        </message><message><source>Left temporoparietal cortex</source><translation>Ліва скронево-тім’яна кора</translation>
        </message><message><source>Leg</source><translation>Нога</translation></message><message><source>Low-frequency rTMS</source><translation>Низькочастотна рТМС</translation>
        </message><message><source>MRI neuronavigation</source><translation>Нейронавігація за МРТ</translation>
        </message><message><source>Major depressive disorder</source><translation>Великий депресивний розлад</translation>
        </message><message><source>Male</source><translation>Чоловіча</translation>
        </message><message><source>Metal in the head</source><translation>Метал у ділянці голови</translation>
        </message><message><source>Mild</source><translation>Легкий</translation></message><message><source>Mills-Nithi two-threshold</source><translation>Двопороговий метод Міллса–Ніті</translation>
        </message><message><source>Missed</source><translation>Пропущений</translation></message><message><source>Moderate</source><translation>Помірний</translation></message><message><source>Mood change</source><translation>Зміна настрою</translation></message><message><source>Motor hotspot</source><translation>Моторна «гаряча точка»</translation>
        </message><message><source>Motor recovery after stroke</source><translation>Відновлення рухових функцій після інсульту</translation>
        </message><message><source>Neuropathic pain</source><translation>Нейропатичний біль</translation>
        </message><message><source>Not recorded</source><translation>Не вказано</translation>
        </message><message><source>Obsessive-compulsive disorder</source><translation>Обсесивно-компульсивний розлад</translation>
        </message><message><source>Occipital cortex</source><translation>Потилична кора</translation>
        </message><message><source>Other side effect</source><translation>Інший побічний ефект</translation></message><message><source>Parkinson's disease</source><translation>Хвороба Паркінсона</translation>
        </message><message><source>Pregnancy</source><translation>Вагітність</translation>
        </message><message><source>Resting MT</source><translation>МП спокою</translation>
        </message><message><source>Right DLPFC</source><translation>Права ДЛПФК</translation>
        </message><message><source>Right M1</source><translation>Права M1</translation>
        </message><message><source>Scalp pain or discomfort</source><translation>Біль або дискомфорт у ділянці шкіри голови</translation></message><message><source>Seizure</source><translation>Судомний напад</translation></message><message><source>Sequential bilateral</source><translation>Послідовна білатеральна стимуляція</translation>
        </message><message><source>Severe</source><translation>Тяжкий</translation></message><message><source>Severe head injury</source><translation>Тяжка черепно-мозкова травма</translation>
        </message><message><source>Shortened</source><translation>Скорочений</translation></message><message><source>Sleep deprivation</source><translation>Депривація сну</translation>
        </message><message><source>Smoking cessation</source><translation>Відмова від куріння</translation>
        </message><message><source>Stopped</source><translation>Припинений</translation></message><message><source>Syncope (fainting)</source><translation>Непритомність (синкопе)</translation></message><message><source>Theta burst</source><translation>Тета-бурст стимуляція</translation>
        </message><message><source>Tinnitus</source><translation>Шум у вухах (тинітус)</translation>
        </message><message><source>Visual observation</source><translation>Візуальне спостереження</translation>
        </message><message><source>Warning</source><translation>Попередження</translation>
        </message><message><source>fMRI connectivity targeting</source><translation>Наведення за фМРТ-конективністю</translation>
        </message><message><source>rTMS between 1 and 5 Hz</source><translation>рТМС від 1 до 5 Гц</translation>
        </message></context><context><name>fields</name><message><source>1 = every week, 2 = every other week, ...</source><translation>1 — щотижня, 2 — через тиждень, …</translation>
        </message><message><source>1 for the first session of that day; empty for the whole day</source><translation>1 — перший сеанс дня; порожньо — увесь день</translation>
        </message><message><source>10-20 or 10-10 position of the target, e.g. F3; for localisation by the 10-20 system</source><translation>Позиція мішені за системою 10-20 або 10-10, напр. F3; для локалізації за системою 10-20</translation></message><message><source>5 = Monday to Friday; ignored when weekdays are given</source><translation>5 = з понеділка по п’ятницю; не враховується, якщо задано дні тижня</translation>
        </message><message><source>A clinician confirms that the unanswered items were reviewed; without it a plan with unanswered items prints as a draft</source><translation>Лікар підтверджує, що пункти без відповіді розглянуто; без цього план із такими пунктами друкується як чернетка</translation></message><message><source>A motor threshold older than this is flagged; a clinic policy, not a published limit</source><translation>Давніший моторний поріг позначається попередженням; це правило клініки, а не опублікована межа</translation>
        </message><message><source>Allowed: %s</source><translation>Допустимо: %s</translation>
        </message><message><source>Answers keyed by item id: true, false or null (unanswered)</source><translation>Відповіді за ідентифікаторами пунктів: true, false або null (немає відповіді)</translation>
        </message><message><source>Autosave interval</source><translation>Інтервал автозбереження</translation>
        </message><message><source>Back (-) to front (+)</source><translation>Ззаду (-) вперед (+)</translation></message><message><source>Birth year</source><translation>Рік народження</translation>
        </message><message><source>Blocked (%1): %2</source><translation>Заблоковано (%1): %2</translation></message><message><source>Bottom (-) to top (+)</source><translation>Знизу (-) вгору (+)</translation></message><message><source>Bundled safety table checked</source><translation>Вбудовану таблицю безпеки перевірено</translation></message><message><source>Burst frequency</source><translation>Частота пачок</translation>
        </message><message><source>Bursts per train</source><translation>Пачок у серії</translation>
        </message><message><source>Calendar event titles name the patient identifier (never the name), for a calendar shared by the clinic</source><translation>Назви подій календаря містять ідентифікатор пацієнта (ніколи не ПІБ) — для спільного календаря клініки</translation></message><message><source>Checked by</source><translation>Перевірив (перевірила)</translation></message><message><source>Checked on</source><translation>Дата перевірки</translation></message><message><source>Clinic closing time</source><translation>Час закриття клініки</translation>
        </message><message><source>Clinic closures</source><translation>Дні закриття клініки</translation>
        </message><message><source>Clinic name</source><translation>Назва клініки</translation>
        </message><message><source>Clinic safety table</source><translation>Таблиця безпеки клініки</translation>
        </message><message><source>Clinic time zone</source><translation>Часовий пояс клініки</translation></message><message><source>Coil</source><translation>Котушка</translation>
        </message><message><source>Coil model</source><translation>Модель котушки</translation></message><message><source>Coil orientation</source><translation>Орієнтація котушки</translation></message><message><source>Confirmation note</source><translation>Примітка до підтвердження</translation></message><message><source>Confirmed by</source><translation>Підтвердив (підтвердила)</translation></message><message><source>Confirmed on</source><translation>Дата підтвердження</translation></message><message><source>Course record database</source><translation>База даних журналів курсів</translation></message><message><source>Custom target</source><translation>Інша мішень</translation>
        </message><message><source>Date</source><translation>Дата</translation>
        </message><message><source>Days per week</source><translation>Днів на тиждень</translation>
        </message><message><source>Device</source><translation>Модель апарата</translation>
        </message><message><source>Dose</source><translation>Доза</translation>
        </message><message><source>EMG (relative frequency), visual observation, adaptive (PEST) ...; visual thresholds run higher than EMG thresholds</source><translation>ЕМГ (метод відносної частоти), візуальне спостереження, адаптивний (PEST) ...; візуальні пороги вищі за ЕМГ-пороги</translation>
        </message><message><source>Electrode position</source><translation>Позиція електрода</translation></message><message><source>Every n weeks</source><translation>Раз на n тижнів</translation>
        </message><message><source>Evidence-base protocol this plan started from</source><translation>Доказовий протокол, на основі якого створено план</translation>
        </message><message><source>Explicit treatment weekdays, 0 = Monday ... 6 = Sunday</source><translation>Конкретні дні тижня для лікування, 0 = понеділок ... 6 = неділя</translation>
        </message><message><source>Export folder</source><translation>Тека експорту</translation>
        </message><message><source>Exported plans end with the literature appendix (mechanisms, full trial summaries, NIBS-BIDS timing)</source><translation>Експортовані плани закінчуються літературним додатком (механізми, повні описи досліджень, параметри NIBS-BIDS)</translation></message><message><source>First session time</source><translation>Час першого сеансу</translation>
        </message><message><source>Folder the PDF export dialog opens in; empty for the plan's own folder</source><translation>Тека, що відкривається під час експорту в PDF; порожньо — тека самого плану</translation>
        </message><message><source>Frequency</source><translation>Частота</translation>
        </message><message><source>Frequency within a burst</source><translation>Частота в межах пачки</translation>
        </message><message><source>From MRI; a block may give its own</source><translation>За даними МРТ; для блоку можна вказати власне значення</translation>
        </message><message><source>From MRI; with the target distance it enables depth correction</source><translation>За даними МРТ; разом із відстанню для мішені дає змогу застосувати поправку на глибину</translation>
        </message><message><source>From the end of one session to the start of the next on the same day</source><translation>Від закінчення одного сеансу до початку наступного того ж дня</translation>
        </message><message><source>From the end of one train to the start of the next</source><translation>Від закінчення однієї серії до початку наступної</translation>
        </message><message><source>Head circumference</source><translation>Окружність голови</translation>
        </message><message><source>Head measurements (Beam F3)</source><translation>Вимірювання голови (Beam F3)</translation>
        </message><message><source>Highest output this device can deliver with this coil, % MSO</source><translation>Максимальна потужність апарата з цією котушкою, % MSO</translation>
        </message><message><source>How many edits Undo can take back; older ones are forgotten, which bounds the memory used (applies to the next plan opened or started)</source><translation>Скільки правок можна скасувати; давніші забуваються, що обмежує використану пам’ять (діє для наступного відкритого або нового плану)</translation>
        </message><message><source>How often an unsaved plan is copied to the autosave folder</source><translation>Як часто незбережений план копіюється до теки автозбереження</translation>
        </message><message><source>ISO 3166 country code, optionally with a region (e.g. 'DE' or 'DE-BY'); treatment days skip its public holidays</source><translation>Код країни за ISO 3166, за потреби з регіоном (наприклад, «DE» або «DE-BY»); святкові дні цієї країни пропускаються під час планування лікування</translation>
        </message><message><source>In % of maximum stimulator output</source><translation>У % від максимальної потужності стимулятора</translation>
        </message><message><source>In % of the motor threshold</source><translation>У % від моторного порогу</translation>
        </message><message><source>Indication</source><translation>Показання</translation>
        </message><message><source>Intensity</source><translation>Інтенсивність</translation>
        </message><message><source>Intensity on the first treatment day, % MT</source><translation>Інтенсивність у перший день лікування, % МП</translation>
        </message><message><source>Intensity titration</source><translation>Титрування інтенсивності</translation>
        </message><message><source>Interval between sessions</source><translation>Інтервал між сеансами</translation>
        </message><message><source>Language</source><translation>Мова</translation>
        </message><message><source>Language of exported and printed plans and calendars (English, Russian or Ukrainian); empty for the interface language</source><translation>Мова експортованих і друкованих планів та календарів (англійська, російська або українська); порожньо — мова інтерфейсу</translation></message><message><source>Language of printed plans</source><translation>Мова друкованих планів</translation></message><message><source>Language of the interface: English, Russian or Ukrainian (takes effect at the next start)</source><translation>Мова інтерфейсу: англійська, російська або українська (діє з наступного запуску)</translation>
        </message><message><source>Left (-) to right (+)</source><translation>Зліва (-) направо (+)</translation></message><message><source>Localisation</source><translation>Локалізація</translation>
        </message><message><source>MNI coordinates</source><translation>Координати MNI</translation>
        </message><message><source>MT kind</source><translation>Тип МП</translation>
        </message><message><source>MT measured on</source><translation>Дата визначення МП</translation>
        </message><message><source>MT method</source><translation>Метод визначення МП</translation>
        </message><message><source>MT muscle</source><translation>М’яз для МП</translation></message><message><source>Make and model as printed on the coil</source><translation>Виробник і модель, як зазначено на котушці</translation></message><message><source>Maximum motor threshold age</source><translation>Максимальна давність МП</translation>
        </message><message><source>Maximum output</source><translation>Максимальна потужність</translation>
        </message><message><source>Medication</source><translation>Препарат</translation>
        </message><message><source>Missed sessions</source><translation>Пропущені сеанси</translation>
        </message><message><source>Motor threshold</source><translation>Моторний поріг</translation>
        </message><message><source>Name</source><translation>ПІБ</translation>
        </message><message><source>Nasion to inion</source><translation>Назіон — ініон</translation>
        </message><message><source>Notes</source><translation>Примітки</translation>
        </message><message><source>Open screening items confirmed</source><translation>Пункти скринінгу без відповіді підтверджено</translation></message><message><source>Outcome measures</source><translation>Оцінка ефективності</translation>
        </message><message><source>Over the vertex</source><translation>Через вертекс</translation>
        </message><message><source>Page size of exported PDFs (A4 or US Letter)</source><translation>Формат сторінок експортованих PDF (A4 або US Letter)</translation>
        </message><message><source>Paper size</source><translation>Формат паперу</translation>
        </message><message><source>Patient identifier</source><translation>Ідентифікатор пацієнта</translation>
        </message><message><source>Patient identifier in event titles</source><translation>Ідентифікатор пацієнта в назвах подій</translation></message><message><source>Pause between trains</source><translation>Пауза між серіями</translation>
        </message><message><source>Phase</source><translation>Фаза</translation>
        </message><message><source>Placeholder value</source><translation>Тимчасове значення</translation>
        </message><message><source>Plan a motor-threshold re-determination every so many days</source><translation>Планувати повторне визначення моторного порогу через задану кількість днів</translation>
        </message><message><source>Plan id</source><translation>Ідентифікатор плану</translation>
        </message><message><source>Plans a motor-threshold re-test after it</source><translation>Після цієї дати планується повторне визначення моторного порогу</translation>
        </message><message><source>Plans opened or saved lately, newest first (at most 10)</source><translation>Нещодавно відкриті або збережені плани, спершу новіші (не більше 10)</translation>
        </message><message><source>Preset</source><translation>Шаблон</translation>
        </message><message><source>Print the appendix</source><translation>Друкувати додаток</translation></message><message><source>Printed in the header of every PDF page; leave empty for none</source><translation>Друкується у верхньому колонтитулі кожної сторінки PDF; залиште порожнім, якщо не потрібно</translation>
        </message><message><source>Public holidays</source><translation>Святкові дні</translation>
        </message><message><source>Pulses per burst</source><translation>Імпульсів у пачці</translation>
        </message><message><source>Pulses per train</source><translation>Імпульсів у серії</translation>
        </message><message><source>Ramp days</source><translation>Днів нарощування</translation>
        </message><message><source>Rating-scale ids to schedule; empty means the defaults for the indication</source><translation>Ідентифікатори шкал для планування оцінювань; порожньо — типові шкали для цього показання</translation>
        </message><message><source>Re-test MT every</source><translation>Повторювати визначення МП кожні</translation>
        </message><message><source>Recent files</source><translation>Нещодавні файли</translation>
        </message><message><source>Record number or code</source><translation>Номер медичної карти або код</translation>
        </message><message><source>Required when the target is 'custom'</source><translation>Обов’язково, якщо вибрано «Інша мішень»</translation>
        </message><message><source>Resting (RMT) or active (AMT) motor threshold</source><translation>Моторний поріг спокою (RMT) або активний (AMT)</translation>
        </message><message><source>Safety screening</source><translation>Скринінг безпеки</translation>
        </message><message><source>Scalp-to-cortex distance at M1</source><translation>Відстань скальп–кора в M1</translation>
        </message><message><source>Scalp-to-cortex distance at the target</source><translation>Відстань скальп–кора в ділянці мішені</translation>
        </message><message><source>Scalp-to-cortex distance at this target</source><translation>Відстань скальп–кора в ділянці цієї мішені</translation>
        </message><message><source>Scanner coordinates</source><translation>Координати в просторі сканера</translation></message><message><source>Screening recorded by</source><translation>Хто провів скринінг</translation></message><message><source>Screening recorded on</source><translation>Дата скринінгу</translation></message><message><source>Session of the day</source><translation>Сеанс дня</translation>
        </message><message><source>Sessions per day</source><translation>Сеансів на день</translation>
        </message><message><source>Sessions per week</source><translation>Сеансів на тиждень</translation>
        </message><message><source>Sessions should end before it</source><translation>Сеанси мають закінчуватися до цього часу</translation>
        </message><message><source>Sex</source><translation>Стать</translation>
        </message><message><source>Source</source><translation>Джерело</translation></message><message><source>Start date</source><translation>Дата початку</translation>
        </message><message><source>Started or changed on</source><translation>Призначено або змінено</translation>
        </message><message><source>Starting intensity</source><translation>Початкова інтенсивність</translation>
        </message><message><source>Taper and maintenance phases</source><translation>Фази зниження частоти та підтримувальної терапії</translation>
        </message><message><source>Target</source><translation>Мішень</translation>
        </message><message><source>The clinic's country, or country and region (e.g. RU, UA, DE-BY): new plans and presets skip its public holidays</source><translation>Країна клініки або країна й регіон (напр. RU, UA, DE-BY): нові плани та пресети пропускають її святкові дні</translation></message><message><source>The clinic's own verified train-duration table (TOML) used instead of the bundled, unverified one; empty for the bundled table</source><translation>Власна перевірена таблиця тривалості серій клініки (TOML) замість вбудованої неперевіреної; порожньо — вбудована таблиця</translation>
        </message><message><source>The clinic's time zone (e.g. Europe/Kyiv): calendar events carry it, so a calendar shared across time zones shows the right hour; empty: the clinic's local time, without a zone</source><translation>Часовий пояс клініки (наприклад, Europe/Kyiv): він зазначається в подіях календаря, щоб спільний календар в інших часових поясах показував правильний час; порожньо — місцевий час клініки без поясу</translation></message><message><source>The clinician who reviewed the unanswered items</source><translation>Лікар, який розглянув пункти без відповіді</translation></message><message><source>The muscle whose response defines the threshold; some protocols scale to another one (the H7 OCD protocol to the leg motor threshold)</source><translation>М’яз, за відповіддю якого визначають поріг; деякі протоколи використовують інший м’яз (протокол H7 при ОКР — моторний поріг ноги)</translation></message><message><source>The physician who compared the table</source><translation>Лікар, який звірив таблицю</translation></message><message><source>The published table compared with (paper, table, edition)</source><translation>Опублікована таблиця, з якою звіряли (стаття, таблиця, видання)</translation></message><message><source>The target in the patient's own MRI (scanner space), as the neuronavigation system shows it</source><translation>Мішень на власній МРТ пацієнта (простір сканера), як її показує система нейронавігації</translation></message><message><source>Tragus to tragus</source><translation>Трагус — трагус</translation>
        </message><message><source>Trains</source><translation>Кількість серій</translation>
        </message><message><source>Treatment days</source><translation>Днів лікування</translation>
        </message><message><source>Treatment days over which the intensity rises in equal steps to the block's intensity</source><translation>Дні лікування, за які інтенсивність рівними кроками зростає до інтенсивності блоку</translation>
        </message><message><source>True while the value is a placeholder still to be measured; such a plan is blocked</source><translation>Позначено, поки значення тимчасове й ще не виміряне; такий план блокується</translation>
        </message><message><source>Undo steps</source><translation>Кроків скасування</translation>
        </message><message><source>Unit: %s</source><translation>Одиниця: %s</translation></message><message><source>Weekdays</source><translation>Дні тижня</translation>
        </message><message><source>Weeks</source><translation>Тижнів</translation>
        </message><message><source>Where sessions are recorded: empty for this user's own file; a clinic's shared server as postgresql://USER@HOST/DATABASE (the server authenticates: no password is kept here)</source><translation>Куди записуються сеанси: порожньо — власний файл цього користувача; спільний сервер клініки — у вигляді postgresql://USER@HOST/DATABASE (автентифікацію виконує сервер: пароль тут не зберігається)</translation></message><message><source>Who asked the screening questions</source><translation>Хто ставив запитання скринінгу</translation></message><message><source>Who checked the bundled, unverified train-duration table against the published one, when, and against which source; plans then name this check</source><translation>Хто, коли і за яким джерелом звірив вбудовану неперевірену таблицю тривалості серій з опублікованою; плани потім зазначають цю перевірку</translation></message><message><source>e.g. 'Taper' or 'Maintenance'</source><translation>наприклад, «Зниження частоти» або «Підтримувальна»</translation>
        </message><message><source>e.g. handle 45° to the midline, pointing back</source><translation>напр. ручка під 45° до середньої лінії, спрямована назад</translation></message><message><source>e.g. why items are open</source><translation>напр. чому пункти залишилися без відповіді</translation></message><message><source>x</source><translation>x</translation></message><message><source>y</source><translation>y</translation></message><message><source>z</source><translation>z</translation></message></context><context><name>units</name><message><source>%MSO</source><translation>% MSO</translation>
        </message><message><source>%MT</source><translation>% МП</translation>
        </message><message><source>Hz</source><translation>Гц</translation>
        </message><message><source>cm</source><translation>см</translation>
        </message><message><source>days</source><translation>дн.</translation>
        </message><message><source>min</source><translation>хв</translation>
        </message><message><source>mm</source><translation>мм</translation>
        </message><message><source>s</source><translation>с</translation>
        </message></context></TS>