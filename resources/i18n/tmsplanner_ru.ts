<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru">
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
        <translation>Измерьте голову сантиметровой лентой; первые два размера — через вертекс. Калькулятор рассчитывает два расстояния, по которым на поверхности головы находят точку F3 (левая дорсолатеральная префронтальная кора).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="98" />
        <source>Method: %1. Formula of the Beam calculator webpage, as implemented in %2 (Finding-F3 code); the formula printed in the 2009 paper is not used.</source>
        <translation>Метод: %1. Формула веб-калькулятора Beam в реализации %2 (код Finding-F3); формула, напечатанная в статье 2009 г., не используется.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="109" />
        <source>Apply to plan</source>
        <translation>Применить к плану</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="111" />
        <source>Store these measurements in the plan (can be undone)</source>
        <translation>Сохранить эти измерения в плане (можно отменить)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="140" />
        <source>%1 of %2 is outside the allowed range %3</source>
        <translation>%1: %2 — вне допустимого диапазона %3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="178" />
        <source>X = &lt;b&gt;%1&lt;/b&gt; from the midline front point (Fpz) along the circumference to the left</source>
        <translation>X = &lt;b&gt;%1&lt;/b&gt; от передней срединной точки (Fpz) по окружности головы влево</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="180" />
        <source>Y = &lt;b&gt;%1&lt;/b&gt; from the vertex (Cz) towards that point</source>
        <translation>Y = &lt;b&gt;%1&lt;/b&gt; от вертекса (Cz) в направлении этой точки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="185" />
        <source>These measurements are stored in the plan.</source>
        <translation>Эти измерения сохранены в плане.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="187" />
        <source>Measure the head and enter all three values.</source>
        <translation>Измерьте голову и введите все три значения.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="189" />
        <source>The plan holds other measurements; apply to replace them.</source>
        <translation>В плане сохранены другие измерения; нажмите «Применить к плану», чтобы заменить их.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="191" />
        <source>Not stored in the plan yet.</source>
        <translation>Ещё не сохранено в плане.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="198" />
        <source>Head measurements</source>
        <translation>Измерения головы</translation>
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="101" />
        <source>Block %1: intensity delivered</source>
        <translation>Блок %1: фактическая интенсивность</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="108" />
        <source>Block %1: pulses delivered</source>
        <translation>Блок %1: подано импульсов</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="110" />
        <source>A train was interrupted</source>
        <translation>Серия была прервана</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="113" />
        <source>Intensity delivered</source>
        <translation>Фактическая интенсивность</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="115" />
        <source>Pulses delivered</source>
        <translation>Подано импульсов</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="124" />
        <source>Not in the plan.</source>
        <translation>Нет в плане.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="126" />
        <source>Plan: %1% MSO, %2 pulses.</source>
        <translation>По плану: %1% MSO, импульсов: %2.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="129" />
        <source>The re-tested motor threshold implies %1% MSO.</source>
        <translation>По повторно определённому моторному порогу: %1% MSO.</translation>
    </message>
</context>
<context>
    <name>BlocksEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="60" />
        <source>Blocks, in order within each session</source>
        <translation>Блоки в порядке выполнения в каждом сеансе</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="70" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="71" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="72" />
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="73" />
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="74" />
        <source>Add a block (a copy of the selected one)</source>
        <translation>Добавить блок (копию выбранного)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="88" />
        <source>Selected block</source>
        <translation>Выбранный блок</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="109" />
        <source>Ramp up from</source>
        <translation>Наращивать с</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="120" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="122" />
        <source>Treatment days over which the intensity rises in equal steps</source>
        <translation>Число дней лечения, за которые интенсивность повышается равными шагами</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="130" />
        <source>Titration</source>
        <translation>Титрация</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="131" />
        <source>Ramp over</source>
        <translation>Наращивать в течение</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <source>Conventional rTMS or theta burst; the pattern's fields below follow it</source>
        <translation>Стандартная рТМС или тета-бёрст стимуляция; поля паттерна ниже меняются вместе с выбором</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="136" />
        <source>Conventional rTMS</source>
        <translation>Стандартная рТМС</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="137" />
        <source>Theta burst (iTBS / cTBS)</source>
        <translation>Тета-бёрст стимуляция (iTBS / cTBS)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="139" />
        <source>Pattern</source>
        <translation>Паттерн</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="197" />
        <source>Intensity titration</source>
        <translation>Титрация интенсивности</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="212" />
        <source>Change pattern type</source>
        <translation>Смена типа паттерна</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="218" />
        <source>Add block</source>
        <translation>Добавление блока</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="226" />
        <source>Remove block</source>
        <translation>Удаление блока</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="235" />
        <source>Move block</source>
        <translation>Перемещение блока</translation>
    </message>
</context>
<context>
    <name>CalendarSettingsForm</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="34" />
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="40" />
        <source>ISO 3166 country code, optionally with a region (DE, DE-BY, RU, US-NY); empty: no public holidays skipped</source>
        <translation>Код страны по ISO 3166, при необходимости с регионом (DE, DE-BY, RU, US-NY); пусто — праздничные дни не пропускаются</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="58" />
        <source>Clinic closes at</source>
        <translation>Клиника закрывается в</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="85" />
        <source>Holiday calendar</source>
        <translation>Календарь праздников</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="91" />
        <source>Clinic closing time</source>
        <translation>Время закрытия клиники</translation>
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="158" />
        <source>The clinic's settings are still being read; this workstation's own are used for this print</source>
        <translation>Настройки клиники ещё читаются; для этой печати используются настройки этого рабочего места</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="202" />
        <source>The clinic's settings could not be read (%s); this workstation's own are used</source>
        <translation>Не удалось прочитать настройки клиники (%s); используются настройки этого рабочего места</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="210" />
        <source>The clinic's settings (revision %s) are in use</source>
        <translation>Используются настройки клиники (редакция %s)</translation>
    </message>
</context>
<context>
    <name>ClosuresEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="111" />
        <source>Clinic closures</source>
        <translation>Дни закрытия клиники</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>Closure date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>The date to add to the clinic's closures</source>
        <translation>Дата, которую нужно добавить к дням закрытия клиники</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="118" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="135" />
        <source>Add closure</source>
        <translation>Добавить день закрытия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="120" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="143" />
        <source>Remove closure</source>
        <translation>Удаление дня закрытия</translation>
    </message>
</context>
<context>
    <name>CourseTimelineWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="162" />
        <source>No sessions to show</source>
        <translation>Нет сеансов для отображения</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="171" />
        <source>Sessions per day (shaded: weekends)</source>
        <translation>Сеансов в день (затенены выходные)</translation>
    </message>
</context>
<context>
    <name>DayTimetableView</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="345" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="481" />
        <source>Start–end of stimulation of each session and the pause before it.</source>
        <translation>Начало и окончание стимуляции каждого сеанса и пауза перед ним.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="349" />
        <source>Day timetable</source>
        <translation>Расписание дня</translation>
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
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущено</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="418" />
        <source>pause %1 min</source>
        <translation>пауза %1 мин</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="420" />
        <source>Session %1 of the day: stimulation %2–%3</source>
        <translation>Сеанс %1 за день: стимуляция %2–%3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="425" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation>Заканчивается после закрытия клиники (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="439" />
        <source>%1 missed</source>
        <translation>%1 пропущен</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="479" />
        <source>%1 ends after the clinic's closing time (%2).</source>
        <translation>%1 — сеанс заканчивается после закрытия клиники (%2).</translation>
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
        <translation>Отметить пропуск сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="568" />
        <source>Mark day missed</source>
        <translation>Отметить пропуск дня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="597" />
        <source>Skipped: %s</source>
        <translation>Пропущено: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="603" />
        <source>public holiday: %s</source>
        <translation>праздничный день: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="605" />
        <source>clinic closure</source>
        <translation>клиника закрыта</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="294" />
        <source>Record deviation</source>
        <translation>Записать отклонение</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="299" />
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="300" />
        <source>Deviation</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="302" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="304" />
        <source>Optional</source>
        <translation>Необязательно</translation>
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
        <translation>Установить на аппарате</translation>
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
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="86" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="123" />
        <source>above the device's maximum (%1% MSO)</source>
        <translation>выше максимума аппарата (%1% MSO)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="88" />
        <source>not to be set as planned (%1)</source>
        <translation>нельзя устанавливать по плану (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="89" />
        <source>%1% MSO — %2</source>
        <translation>%1% MSO — %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="102" />
        <source>, depth-corrected; %1% MSO without depth correction (Stokes 2007)</source>
        <translation>, с поправкой на глубину; %1% MSO без поправки на глубину (Stokes 2007)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="108" />
        <source>%1: %2 (%3% MSO exact%4)</source>
        <translation>%1: %2 (точное значение %3% MSO%4)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="112" />
        <source>%1: &lt;b&gt;%2% MSO&lt;/b&gt; (%3% MSO exact%4)</source>
        <translation>%1: &lt;b&gt;%2% MSO&lt;/b&gt; (точное значение %3% MSO%4)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="119" />
        <source>titration over the first %n day(s): %1% MSO</source>
        <translation>
            <numerusform>титрование в первый %n день: %1% MSO</numerusform>
            <numerusform>титрование в первые %n дня: %1% MSO</numerusform>
            <numerusform>титрование в первые %n дней: %1% MSO</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="129" />
        <source>%1 pulses, %2 of stimulation (final pause not counted)</source>
        <translation>Импульсов: %1; длительность стимуляции %2 (без последней паузы)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="133" />
        <source>%1 sessions (%2 a day), %3 pulses</source>
        <translation>Сеансов: %1 (%2 в день), импульсов: %3</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="163" />
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="164" />
        <source>New from &amp;preset…</source>
        <translation>Создать из &amp;шаблона…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="166" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="64" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="168" />
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="66" />
        <source>&amp;Don't save</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="169" />
        <source>Save &amp;as…</source>
        <translation>Сохранить к&amp;ак…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="170" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="171" />
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Экспорт &amp;календаря (.ics)…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="172" />
        <source>Print pre&amp;view…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="175" />
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="177" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="178" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="247" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="181" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="251" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="187" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
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
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="201" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="204" />
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="207" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="210" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="211" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="216" />
        <source>Undo %s</source>
        <translation>Отменить %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="217" />
        <source>Redo %s</source>
        <translation>Повторить: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="678" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <source>Settings could not be saved: %s</source>
        <translation>Не удалось сохранить настройки: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="255" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="267" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="268" />
        <source>The plan has unsaved changes. Save them first?</source>
        <translation>В плане есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="295" />
        <source>Open plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="296" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="341" />
        <source>tmsplanner plans (*.tmsplan)</source>
        <translation>Планы tmsplanner (*.tmsplan)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="312" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="317" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>Cannot open plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="340" />
        <source>Save plan</source>
        <translation>Сохранить план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="366" />
        <source>Plan changed in the clinic's record</source>
        <translation>План изменён в хранилище журналов клиники</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="367" />
        <source>Nothing was saved: %1. Reload the plan as it was saved there? Your changes on screen are then discarded.</source>
        <translation>Ничего не сохранено: %1. Загрузить план в том виде, в каком он там сохранён? Ваши изменения на экране будут отброшены.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="373" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="410" />
        <source>Cannot save plan</source>
        <translation>Не удаётся сохранить план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="374" />
        <source>The clinic's record cannot be reached, so nothing was saved. Your changes stay on screen and in the autosave; save again when the connection is back.</source>
        <translation>Хранилище журналов клиники недоступно, поэтому ничего не сохранено. Ваши изменения остаются на экране и в автосохранении; сохраните план снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>The plan on screen was not changed.</source>
        <translation>План на экране не изменён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="397" />
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="408" />
        <source>The plan was not saved to its file; the clinic's record already holds this revision.</source>
        <translation>План не сохранён в файл; в хранилище журналов клиники эта редакция уже есть.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="409" />
        <source>The plan was not saved.</source>
        <translation>План не сохранён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="414" />
        <source>Saved %s</source>
        <translation>Сохранено: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="461" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="488" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="596" />
        <source>Blocking findings</source>
        <translation>Блокирующие замечания</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="462" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>В плане %n блокирующее замечание; проводить лечение по этому плану нельзя. Экспортировать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечания; проводить лечение по этому плану нельзя. Экспортировать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечаний; проводить лечение по этому плану нельзя. Экспортировать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="467" />
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="468" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>Cannot export</source>
        <translation>Не удаётся выполнить экспорт</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <source>The PDF was not written.</source>
        <translation>Файл PDF не записан.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="479" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="523" />
        <source>Exported %s</source>
        <translation>Экспортировано: %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="489" />
        <source>This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT events?</source>
        <translation>
            <numerusform>В плане %n блокирующее замечание. Экспортировать сеансы как события с пометкой «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечания. Экспортировать сеансы как события с пометкой «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечаний. Экспортировать сеансы как события с пометкой «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="501" />
        <source>Export calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="502" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="510" />
        <source>Include the patient's name?</source>
        <translation>Включить ФИО пациента?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="511" />
        <source>Calendar events are often shared or synced to phones and other people's calendars. Include the patient's name in the events? Without it, only the patient identifier is used.</source>
        <translation>События календаря часто пересылают другим людям или синхронизируют с телефонами и чужими календарями. Включить ФИО пациента в события? Если нет, будет указан только идентификатор пациента.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>The calendar was not written.</source>
        <translation>Файл календаря не записан.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>The preview cannot be shown.</source>
        <translation>Предварительный просмотр недоступен.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <source>The plan was not printed.</source>
        <translation>План не напечатан.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="588" />
        <source>Safety screening incomplete</source>
        <translation>Скрининг безопасности не завершён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="589" />
        <source>%n safety screening item(s) are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</source>
        <translation>
            <numerusform>%n пункт скрининга безопасности без ответа, и врач его не подтвердил. План печатается как черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ», пока пункты не отвечены или не подтверждены (вкладка «Скрининг»). Сделать черновик?</numerusform>
            <numerusform>%n пункта скрининга безопасности без ответа, и врач их не подтвердил. План печатается как черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ», пока пункты не отвечены или не подтверждены (вкладка «Скрининг»). Сделать черновик?</numerusform>
            <numerusform>%n пунктов скрининга безопасности без ответа, и врач их не подтвердил. План печатается как черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ», пока пункты не отвечены или не подтверждены (вкладка «Скрининг»). Сделать черновик?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="597" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>В плане %n блокирующее замечание; проводить лечение по этому плану нельзя. Напечатать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечания; проводить лечение по этому плану нельзя. Напечатать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
            <numerusform>В плане %n блокирующих замечаний; проводить лечение по этому плану нельзя. Напечатать черновик с водяным знаком «ЧЕРНОВИК — НЕ ДЛЯ ЛЕЧЕНИЯ»?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="618" />
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="619" />
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать на принтере.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="637" />
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="639" />
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Напечатана %n страница</numerusform>
            <numerusform>Напечатано %n страницы</numerusform>
            <numerusform>Напечатано %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="659" />
        <source>The interface language changes when tmsplanner is started again</source>
        <translation>Язык интерфейса изменится при следующем запуске tmsplanner</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <source>The clinic's settings were not shared: %s. This workstation keeps its changes; open Settings again after reading the clinic's.</source>
        <translation>Настройки клиники не переданы в общее хранилище: %s. Это рабочее место сохраняет свои изменения; откройте «Настройки» ещё раз, ознакомившись с настройками клиники.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>The clinic's settings were not shared (%s); they apply on this workstation only.</source>
        <translation>Настройки клиники не переданы в общее хранилище (%s); они действуют только на этом рабочем месте.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="706" />
        <source>The clinic's settings were shared (revision %s)</source>
        <translation>Настройки клиники переданы в общее хранилище (редакция %s)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="739" />
        <source>Autosave failed</source>
        <translation>Ошибка автосохранения</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="767" />
        <source>Recover unsaved plan</source>
        <translation>Восстановление несохранённого плана</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="776" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="785" />
        <source>Cannot recover</source>
        <translation>Не удаётся восстановить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="167" />
        <source>Recover &amp;unsaved plans…</source>
        <translation>Восс&amp;тановить несохранённые планы…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="313" />
        <source>The plan could not be opened. The plan on screen was not changed.</source>
        <translation>Не удалось открыть план. План на экране не изменён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="318" />
        <source>The plan could not be opened (%s). The plan on screen was not changed.</source>
        <translation>Не удалось открыть план (%s). План на экране не изменён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="777" />
        <source>The autosaved plan is damaged; it was kept as it is.</source>
        <translation>Автосохранённый план повреждён; он оставлен как есть.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="786" />
        <source>The autosaved plan could not be opened; it was kept. The plan on screen was not changed.</source>
        <translation>Не удалось открыть автосохранённый план; он сохранён. План на экране не изменён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="404" />
        <source>Not saved: %s changed on disk</source>
        <translation>Не сохранено: %s изменён на диске</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="420" />
        <source>%s was deleted or moved since it was opened. Save the plan on screen there anyway?</source>
        <translation>%s удалён или перемещён после открытия. Всё равно сохранить туда план с экрана?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="423" />
        <source>%1 was changed on disk (at %2) since it was opened here, perhaps by another tmsplanner window. Saving replaces those changes with the plan on screen. Overwrite it?</source>
        <translation>%1 изменён на диске (в %2) после открытия здесь, возможно, другим окном tmsplanner. Сохранение заменит эти изменения планом с экрана. Перезаписать?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="427" />
        <source>File changed on disk</source>
        <translation>Файл изменён на диске</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="495" />
        <source>Assign a plan id</source>
        <translation>Присвоить идентификатор плана</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="730" />
        <source>Autosave works again</source>
        <translation>Автосохранение снова работает</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="734" />
        <source>Autosave failed: unsaved changes are not protected; save the plan</source>
        <translation>Сбой автосохранения: несохранённые изменения не защищены; сохраните план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="740" />
        <source>Unsaved changes could not be autosaved, so a crash would lose them. Save the plan to keep them.

%s</source>
        <translation>Не удалось автосохранить несохранённые изменения: при сбое они будут потеряны. Сохраните план, чтобы их сохранить.

%s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="760" />
        <source>(unreadable)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="761" />
        <source>a new plan never saved</source>
        <translation>новый, ещё не сохранённый план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="762" />
        <source>tmsplanner did not close normally. Unsaved changes were found:

Patient: %1
Plan: %2
Autosaved: %3

Recover them? (Discard deletes them; No keeps them for later.)</source>
        <translation>tmsplanner не был закрыт обычным образом. Найдены несохранённые изменения:

Пациент: %1
План: %2
Автосохранено: %3

Восстановить их? («Не сохранять» удалит их; «Нет» оставит на потом.)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="264" />
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="266" />
        <source>Arrow keys move between findings; Enter opens a group or goes to the finding's field.</source>
        <translation>Стрелки переходят между замечаниями; Enter раскрывает группу или переходит к полю замечания.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="286" />
        <source>Finding in full</source>
        <translation>Замечание полностью</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="291" />
        <source>Select a finding to read it in full.</source>
        <translation>Выберите замечание, чтобы прочитать его полностью.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="309" />
        <source>BLOCKED: %n blocking finding(s) — must not be delivered as planned</source>
        <translation>
            <numerusform>ЗАБЛОКИРОВАНО: %n блокирующее замечание — проводить лечение по плану нельзя</numerusform>
            <numerusform>ЗАБЛОКИРОВАНО: %n блокирующих замечания — проводить лечение по плану нельзя</numerusform>
            <numerusform>ЗАБЛОКИРОВАНО: %n блокирующих замечаний — проводить лечение по плану нельзя</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="312" />
        <source>No blocking findings · %n warning(s) to review</source>
        <translation>
            <numerusform>Блокирующих замечаний нет · %n предупреждение требует проверки</numerusform>
            <numerusform>Блокирующих замечаний нет · %n предупреждения требуют проверки</numerusform>
            <numerusform>Блокирующих замечаний нет · %n предупреждений требуют проверки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="313" />
        <source>No blocking findings</source>
        <translation>Блокирующих замечаний нет</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>BLOCK</source>
        <translation>БЛОКИРУЮЩЕЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>WARN</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>INFO</source>
        <translation>ИНФОРМАЦИЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="431" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="453" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="487" />
        <source>Rests on UNVERIFIED data.</source>
        <translation>Основано на НЕПРОВЕРЕННЫХ данных.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="464" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="501" />
        <source>Field: %s — click to go to it</source>
        <translation>Поле: %s — щёлкните, чтобы перейти к нему</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="485" />
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="518" />
        <source>The train-duration findings marked † rest on this table. A physician should check it, or the clinic load its own table in Settings.</source>
        <translation>Замечания о длительности серий, отмеченные †, основаны на этой таблице. Врач должен сверить её, или клиника может загрузить свою таблицу в настройках.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="225" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="272" />
        <source>&amp;Patient</source>
        <translation>Па&amp;циент</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="274" />
        <source>Sc&amp;hedule</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="273" />
        <source>&amp;Stimulation</source>
        <translation>&amp;Стимуляция</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="275" />
        <source>Threshold and &amp;device</source>
        <translation>П&amp;орог и аппарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="276" />
        <source>&amp;Medications</source>
        <translation>Пр&amp;епараты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="277" />
        <source>Sc&amp;reening</source>
        <translation>Скри&amp;нинг</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="278" />
        <source>Tre&amp;atment</source>
        <translation>&amp;Лечение</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="355" />
        <source>Figures and sessions</source>
        <translation>Показатели и сеансы</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="357" />
        <source>Day timetable</source>
        <translation>Расписание дня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="358" />
        <source>Pulse pattern and timeline</source>
        <translation>Паттерн импульсов и график курса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="360" />
        <source>Outcome measures</source>
        <translation>Оценка эффективности</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="361" />
        <source>Treatment record</source>
        <translation>Журнал курса</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/main_window.py" line="386" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n сеанс</numerusform>
            <numerusform>%n сеанса</numerusform>
            <numerusform>%n сеансов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="417" />
        <source>Not applied: %s</source>
        <translation>Не применено: %s</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="422" />
        <source>Untitled plan</source>
        <translation>План без названия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="568" />
        <source>Apply preset %s</source>
        <translation>Применение шаблона %s</translation>
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="189" />
        <source>Medication (name or brand)</source>
        <translation>Препарат (МНН или торговое название)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="191" />
        <source>Name or brand; Enter goes on to the dose</source>
        <translation>Название или торговая марка; Enter — переход к дозе</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="199" />
        <source>Dose (optional)</source>
        <translation>Доза (необяз.)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="201" />
        <source>Optional; Enter adds the medication</source>
        <translation>Необязательно; Enter добавляет препарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="202" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="205" />
        <source>started or changed on</source>
        <translation>назначен или изменён</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="204" />
        <source>Plans a motor-threshold re-test at the next session after this date</source>
        <translation>Планирует повторное определение моторного порога на ближайшем сеансе после этой даты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="211" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="240" />
        <source>Medication messages</source>
        <translation>Сообщения о препаратах</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="247" />
        <source>Current medications</source>
        <translation>Текущие препараты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="248" />
        <source>F2 or Enter edits a cell; Delete removes the selected rows</source>
        <translation>F2 или Enter — изменить ячейку; Delete — удалить выбранные строки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="259" />
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="403" />
        <source>Removed “%1”.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="213" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="335" />
        <source>Add medication</source>
        <translation>Добавление препарата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="261" />
        <source>Remove selected medications</source>
        <translation>Удалить выбранные препараты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="336" />
        <source>Added “%1”.</source>
        <translation>«%1» добавлен.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="341" />
        <source>Update medication</source>
        <translation>Изменить препарат</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="342" />
        <source>“%1” is already listed (row %2): updated it instead of adding it again.</source>
        <translation>«%1» уже есть в списке (строка %2): запись обновлена, повторно не добавлена.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="344" />
        <source>“%1” is already listed (row %2) with this dose and date: nothing to change.</source>
        <translation>«%1» уже есть в списке (строка %2) с этой дозой и датой: менять нечего.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="379" />
        <source>“%1” is already listed (row %2); edit that entry instead</source>
        <translation>«%1» уже есть в списке (строка %2); измените эту запись</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="383" />
        <source>Edit medication</source>
        <translation>Изменение препарата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="394" />
        <source>Select the medication to remove first</source>
        <translation>Сначала выберите препарат, который нужно удалить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="399" />
        <source>Remove medication</source>
        <translation>Удаление препарата</translation>
    </message>
</context>
<context>
    <name>MissedSessionsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="230" />
        <source>Missed sessions</source>
        <translation>Пропущенные сеансы</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="237" />
        <source>Restore selected</source>
        <translation>Восстановить выбранное</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="245" />
        <source>Mark session missed</source>
        <translation>Отметка пропуска сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="253" />
        <source>Restore session</source>
        <translation>Восстановление сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="259" />
        <source>whole day</source>
        <translation>весь день</translation>
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
        <translation>Баллы пока не внесены</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 response</source>
        <translation>%1: ответ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 remission</source>
        <translation>%1: ремиссия</translation>
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
        <translation>Точка оценки</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Rated by</source>
        <translation>Кто оценивает</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="410" />
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="421" />
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="436" />
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="439" />
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="158" />
        <source>Taper and maintenance</source>
        <translation>Снижение частоты и поддерживающая терапия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Phase</source>
        <translation>Фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Weeks</source>
        <translation>Недель</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Sessions per week</source>
        <translation>Сеансов в неделю</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="165" />
        <source>Every n weeks</source>
        <translation>Раз в n недель</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="172" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="187" />
        <source>Add taper week</source>
        <translation>Добавить неделю снижения</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="193" />
        <source>Add maintenance</source>
        <translation>Добавить поддерживающую фазу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="186" />
        <source>Taper</source>
        <translation>Снижение частоты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="192" />
        <source>Maintenance</source>
        <translation>Поддерживающая фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="201" />
        <source>Remove phase</source>
        <translation>Удаление фазы</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="214" />
        <source>Edit phase</source>
        <translation>Изменение фазы</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../tmsplanner/gui/document.py" line="240" />
        <source>Recovered changes</source>
        <translation>Восстановленные изменения</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="59" />
        <source>New plan from a preset</source>
        <translation>Новый план из шаблона</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="64" />
        <source>Search presets (name, indication, target, pattern)</source>
        <translation>Поиск шаблонов (название, показание, мишень, паттерн)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Preset</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Indication</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Target</source>
        <translation>Мишень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Pattern</source>
        <translation>Паттерн</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="73" />
        <source>cleared</source>
        <translation>разрешён регулятором</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="75" />
        <source>some values unverified</source>
        <translation>часть значений не проверена</translation>
    </message>
</context>
<context>
    <name>PulsePatternWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="76" />
        <source>No stimulation blocks to show</source>
        <translation>Нет блоков стимуляции для отображения</translation>
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
            <numerusform>, %n серия</numerusform>
            <numerusform>, %n серии</numerusform>
            <numerusform>, %n серий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="105" />
        <source>%n pulses at {hz} Hz = {seconds} s train</source>
        <translation>
            <numerusform>%n импульс с частотой {hz} Гц = серия {seconds} с</numerusform>
            <numerusform>%n импульса с частотой {hz} Гц = серия {seconds} с</numerusform>
            <numerusform>%n импульсов с частотой {hz} Гц = серия {seconds} с</numerusform>
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
            <numerusform>Серии из %n пачки = {seconds} с</numerusform>
            <numerusform>Серии из %n пачек = {seconds} с</numerusform>
            <numerusform>Серии из %n пачек = {seconds} с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="125" />
        <source>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</source>
        <translation>
            <numerusform>Крупно: пачки из %n импульса с частотой {hz} Гц, одна пачка каждые {ms} мс ({burst_hz} Гц)</numerusform>
            <numerusform>Крупно: пачки из %n импульсов с частотой {hz} Гц, одна пачка каждые {ms} мс ({burst_hz} Гц)</numerusform>
            <numerusform>Крупно: пачки из %n импульсов с частотой {hz} Гц, одна пачка каждые {ms} мс ({burst_hz} Гц)</numerusform>
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
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Severity</source>
        <translation>Степень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="115" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="120" />
        <source>Findings on the delivered course</source>
        <translation>Замечания по проведённому курсу</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="121" />
        <source>No findings on what was recorded.</source>
        <translation>По записанным данным замечаний нет.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="126" />
        <source>Sessions planned and delivered</source>
        <translation>Запланированные и проведённые сеансы</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="127" />
        <source>Sessions: planned → delivered</source>
        <translation>Сеансы: по плану → проведено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="128" />
        <source>Each block shows the planned value → the value delivered; %1 marks a corrected entry.</source>
        <translation>Для каждого блока: значение по плану → проведённое значение; %1 — исправленная запись.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="137" />
        <source>Outcome scores</source>
        <translation>Баллы по оценочным шкалам</translation>
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
        <translation>Побочный эффект</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="147" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="148" />
        <source>Side effects</source>
        <translation>Побочные эффекты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="149" />
        <source>None recorded.</source>
        <translation>Не зарегистрированы.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="156" />
        <source>Motor threshold</source>
        <translation>Моторный порог</translation>
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
        <translation>Мышца</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>By</source>
        <translation>Кто определял</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="155" />
        <source>Motor threshold history</source>
        <translation>История определений моторного порога</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>delivered</source>
        <translation>проведён</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>shortened</source>
        <translation>сокращён</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>stopped</source>
        <translation>прекращён</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>pending</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>BLOCK</source>
        <translation>БЛОКИРУЮЩЕЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>WARN</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="175" />
        <source>INFO</source>
        <translation>ИНФОРМАЦИЯ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="198" />
        <source>%1 of %2 sessions delivered · %3 of %4 pulses</source>
        <translation>Проведено сеансов: %1 из %2 · импульсов: %3 из %4</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="202" />
        <source>last recorded %1</source>
        <translation>последняя запись: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="204" />
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n исправление</numerusform>
            <numerusform>%n исправления</numerusform>
            <numerusform>%n исправлений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="206" />
        <source>Nothing is recorded for this plan yet.</source>
        <translation>По этому плану пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>Planned</source>
        <translation>По плану</translation>
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
        <translation>Блок %1: импульсы</translation>
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
        <translation>Исправленная запись</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="292" />
        <source>%1 min after the previous session</source>
        <translation>%1 мин после предыдущего сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="301" />
        <source>Side effects: %1</source>
        <translation>Побочные эффекты: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="305" />
        <source>Corrected: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="307" />
        <source>corrected</source>
        <translation>исправлен</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="317" />
        <source>Interrupted</source>
        <translation>Серия прервана</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="319" />
        <source>interrupted</source>
        <translation>серия прервана</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="376" />
        <source>No scores recorded yet.</source>
        <translation>Баллы пока не внесены.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="384" />
        <source>%1: baseline %2 (%3)</source>
        <translation>%1: исходный балл %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="387" />
        <source>latest %1 (%2)</source>
        <translation>последний балл %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="391" />
        <source>%1% lower than baseline</source>
        <translation>на %1% ниже исходного уровня</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="395" />
        <source>The evidence base gives no response or remission threshold for this scale.</source>
        <translation>В доказательной базе нет пороговых значений ответа на терапию и ремиссии для этой шкалы.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="398" />
        <source>Response</source>
        <translation>Ответ на терапию</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="400" />
        <source>Remission</source>
        <translation>Ремиссия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="405" />
        <source>%1: not yet known (no score after baseline).</source>
        <translation>%1: пока неизвестно (баллов после исходной оценки нет).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: yes.</source>
        <translation>%1: да.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: no.</source>
        <translation>%1: нет.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="424" />
        <source>plan</source>
        <translation>из плана</translation>
    </message>
</context>
<context>
    <name>RetestDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="175" />
        <source>Record MT re-test</source>
        <translation>Записать повторное определение МП</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="177" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="181" />
        <source>Motor threshold</source>
        <translation>Моторный порог</translation>
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
        <translation>Мышца</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="186" />
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="188" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="190" />
        <source>The plan keeps its motor threshold; the record compares each session's intensity with the threshold in force on its date.</source>
        <translation>Моторный порог в плане не меняется; в журнале интенсивность каждого сеанса сравнивается с порогом, действовавшим на дату сеанса.</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="215" />
        <source>Record score</source>
        <translation>Записать балл</translation>
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
        <translation>Балл</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="230" />
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="232" />
        <source>Rater</source>
        <translation>Кто оценивал</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="233" />
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="236" />
        <source>A score of this scale is recorded on this date (required)</source>
        <translation>Балл по шкале на эту дату уже записан (обязательно)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="264" />
        <source>Recorded: %1</source>
        <translation>Записанный балл: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record correction</source>
        <translation>Записать исправление</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="284" />
        <source>Reason for the correction: %1</source>
        <translation>Причина исправления: %1</translation>
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Not answered</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="450" />
        <source>absolute contraindication</source>
        <translation>абсолютное противопоказание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="451" />
        <source>relative contraindication</source>
        <translation>относительное противопоказание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="528" />
        <source>Screening answer</source>
        <translation>Ответ скрининга</translation>
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
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>End</source>
        <translation>Окончание</translation>
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
        <translation>Установить, % MSO</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="221" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>каждый %n день</numerusform>
            <numerusform>каждые %n дня</numerusform>
            <numerusform>каждые %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="222" />
        <source>after %1 changed</source>
        <translation>после изменения: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="228" />
        <source>%1 ⚠ after closing time</source>
        <translation>%1 ⚠ после закрытия</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="229" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation>Заканчивается после закрытия клиники (%1)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="235" />
        <source>acute</source>
        <translation>острая фаза</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="256" />
        <source>Above the device's maximum (%1% MSO): cannot be delivered</source>
        <translation>Выше максимума аппарата (%1% MSO): провести невозможно</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="234" />
        <source>%s min</source>
        <translation>%s мин</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="276" />
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="156" />
        <source>Settings</source>
        <translation>Настройки</translation>
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
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="196" />
        <source>As the interface</source>
        <translation>Как в интерфейсе</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="211" />
        <source>This user's own file</source>
        <translation>Собственный файл этого пользователя</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="268" />
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
</context>
<context>
    <name>SideEffectRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="160" />
        <source>Note (optional)</source>
        <translation>Примечание (необяз.)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="162" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="174" />
        <source>Side effect %1</source>
        <translation>Побочный эффект %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="175" />
        <source>Side effect %1: severity</source>
        <translation>Побочный эффект %1: степень</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="176" />
        <source>Side effect %1: note</source>
        <translation>Побочный эффект %1: примечание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="177" />
        <source>Remove side effect %1</source>
        <translation>Удалить побочный эффект %1</translation>
    </message>
</context>
<context>
    <name>StoreNote</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="166" />
        <source>Try again</source>
        <translation>Повторить попытку</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="175" />
        <source>The course record cannot be opened: %1</source>
        <translation>Не удаётся открыть журнал курса: %1</translation>
    </message>
</context>
<context>
    <name>ThresholdDeviceForm</name>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="45" />
        <source>Motor threshold</source>
        <translation>Моторный порог</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="69" />
        <source>Visual thresholds averaged %1% above EMG thresholds (Westin et al. 2014); prefer EMG. Depth correction (%2% MSO per mm, Stokes et al. 2007) applies when both scalp-to-cortex distances are given.</source>
        <translation>Визуальные пороги в среднем на %1% выше ЭМГ-порогов (Westin et al. 2014); предпочтительна ЭМГ. Поправка на глубину (%2% MSO на мм, Stokes et al. 2007) применяется, если указаны оба расстояния от скальпа до коры.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="78" />
        <source>Device</source>
        <translation>Аппарат</translation>
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="208" />
        <source>Record today's session. The values the plan sets are filled in: confirm them, or correct what was delivered differently.</source>
        <translation>Запишите сегодняшний сеанс. Значения из плана уже подставлены: подтвердите их или исправьте то, что было проведено иначе.</translation>
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
        <translation>Номер сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="220" />
        <source>The session of the plan being recorded; the first not yet recorded is offered.</source>
        <translation>Записываемый сеанс плана; предлагается первый ещё не записанный.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="235" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="254" />
        <source>Date delivered</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="238" />
        <source>Start time</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="241" />
        <source>End time</source>
        <translation>Время окончания</translation>
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
        <translation>Инициалы того, кто провёл сеанс</translation>
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
        <translation>Начало и окончание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="269" />
        <source>Before the session</source>
        <translation>Перед сеансом</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="271" />
        <source>Coil position confirmed</source>
        <translation>Положение катушки подтверждено</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="280" />
        <source>Tick each that holds; a question left unticked is recorded as "no".</source>
        <translation>Отметьте каждый пункт, который верен; неотмеченный пункт записывается как «нет».</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="286" />
        <source>Side effects</source>
        <translation>Побочные эффекты</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="288" />
        <source>None noted.</source>
        <translation>Не отмечены.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="290" />
        <source>Add side effect</source>
        <translation>Добавить побочный эффект</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="299" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="304" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="315" />
        <source>Required: why it is corrected</source>
        <translation>Обязательно: почему вносится исправление</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="317" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="319" />
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="318" />
        <source>Why the recorded session is corrected (required)</source>
        <translation>Почему исправляется записанный сеанс (обязательно)</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="328" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record session</source>
        <translation>Записать сеанс</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="338" />
        <source>Also record</source>
        <translation>Также записать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="340" />
        <source>MT re-test…</source>
        <translation>Повтор МП…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="342" />
        <source>Record a motor threshold re-determined during the course</source>
        <translation>Записать моторный порог, повторно определённый во время курса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="344" />
        <source>Score…</source>
        <translation>Балл…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="346" />
        <source>Record an outcome score on a rating scale</source>
        <translation>Записать балл по оценочной шкале</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="348" />
        <source>Deviation…</source>
        <translation>Отклонение…</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="350" />
        <source>Record a planned session missed, shortened or stopped</source>
        <translation>Записать пропуск, сокращение или прекращение запланированного сеанса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="353" />
        <source>Record %1</source>
        <translation>Записать: %1</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="370" />
        <source>Slept as usual</source>
        <translation>Сон как обычно</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="371" />
        <source>No new medication or dose change</source>
        <translation>Нет новых препаратов или изменений дозы</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="372" />
        <source>No alcohol or recreational drugs</source>
        <translation>Без алкоголя и психоактивных веществ</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="373" />
        <source>No seizure since the last session</source>
        <translation>Судорог после прошлого сеанса не было</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="374" />
        <source>No new metal or implant near the head</source>
        <translation>Нет нового металла или импланта у головы</translation>
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
        <translation>По плану: %1, %2–%3</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="517" />
        <source>an MT re-test is due at this session</source>
        <translation>на этом сеансе запланировано повторное определение МП</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="519" />
        <source>Session %1 is not in the plan, which has %2 sessions.</source>
        <translation>Сеанса %1 нет в плане (сеансов в плане: %2).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="524" />
        <source>Already recorded: %1 by %2. Recording it again records a correction; the entry recorded stays in the history.</source>
        <translation>Уже записан: %1, провёл(а): %2. Повторная запись вносится как исправление; прежняя запись сохраняется в истории.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="528" />
        <source>Recorded as %1 on %2.</source>
        <translation>Записан со статусом «%1» (%2).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="531" />
        <source>Every planned session is recorded.</source>
        <translation>Все запланированные сеансы записаны.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record correction</source>
        <translation>Записать исправление</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="616" />
        <source>Reason for the correction: %1</source>
        <translation>Причина исправления: %1</translation>
    </message>
</context>
<context>
    <name>TreatmentView</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="118" />
        <source>Save the plan first</source>
        <translation>Сначала сохраните план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="119" />
        <source>The course record is kept against the saved plan. Save the plan now, then record?</source>
        <translation>Журнал курса ведётся для сохранённого плана. Сохранить план сейчас, а затем сделать запись?</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="122" />
        <source>&amp;Save and record</source>
        <translation>&amp;Сохранить и записать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="173" />
        <source>Course record</source>
        <translation>Журнал курса</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="137" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="174" />
        <source>The course record cannot be opened. Planning works as before; sessions can be recorded once the record opens (Treatment tab: Try again).</source>
        <translation>Не удаётся открыть журнал курса. Планирование работает как прежде; записывать сеансы можно будет, когда журнал откроется (вкладка «Лечение»: «Повторить попытку»).</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="241" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="243" />
        <source>Nothing was recorded: the plan is not saved.</source>
        <translation>Ничего не записано: план не сохранён.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="245" />
        <source>Nothing was recorded: the course record cannot be opened.</source>
        <translation>Ничего не записано: не удаётся открыть журнал курса.</translation>
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
        <translation>Файлу плана не удалось присвоить идентификатор для журнала, поэтому ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="256" />
        <source>Nothing was recorded: the plan file could not be updated.</source>
        <translation>Ничего не записано: не удалось обновить файл плана.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="260" />
        <source>The plan was given its record id and saved</source>
        <translation>Плану присвоен идентификатор для журнала, план сохранён</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="281" />
        <source>The course record could not be written; nothing was recorded.</source>
        <translation>Не удалось выполнить запись в журнал курса; ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="282" />
        <source>Nothing was recorded: the course record could not be written.</source>
        <translation>Ничего не записано: не удалось выполнить запись в журнал курса.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Correction of session %1 recorded</source>
        <translation>Исправление сеанса %1 записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Session %1 recorded</source>
        <translation>Сеанс %1 записан</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="303" />
        <source>Score recorded</source>
        <translation>Балл записан</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="306" />
        <source>MT re-test recorded</source>
        <translation>Повторное определение МП записано</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="312" />
        <source>Deviation recorded</source>
        <translation>Отклонение записано</translation>
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="83" />
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="102" />
        <source>Initials</source>
        <translation>Инициалы</translation>
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
        <translation>Прежде чем продолжить, сохраните план на экране под новым именем.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="86" />
        <source>The plan on screen has no unsaved changes.</source>
        <translation>В плане на экране нет несохранённых изменений.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="87" />
        <source>a new plan</source>
        <translation>новый план</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="88" />
        <source>The plan on screen (%s) has unsaved changes that were not saved; save them before you go on.</source>
        <translation>В плане на экране (%s) есть несохранённые изменения; сохраните их, прежде чем продолжить.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="114" />
        <source>The details were written to %s.</source>
        <translation>Подробности записаны в %s.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="115" />
        <source>The details could not be written to a log file; they are shown below.</source>
        <translation>Подробности не удалось записать в журнал; они показаны ниже.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="121" />
        <source>Something went wrong: %s. The action that failed was not completed and nothing from it was saved.</source>
        <translation>Произошла ошибка: %s. Действие не было выполнено, и ничего из него не сохранено.</translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="123" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context><name>vocab</name><message><source>5 cm rule</source><translation>Правило 5 см</translation>
        </message><message><source>5.5 cm rule</source><translation>Правило 5,5 см</translation>
        </message><message><source>Active MT</source><translation>Активный МП</translation>
        </message><message><source>Adaptive (PEST)</source><translation>Адаптивный (PEST)</translation>
        </message><message><source>Alcohol or drug use</source><translation>Употребление алкоголя или ПАВ</translation>
        </message><message><source>Auditory hallucinations</source><translation>Слуховые галлюцинации</translation>
        </message><message><source>Beam F3</source><translation>Beam F3</translation>
        </message><message><source>Bilateral DLPFC</source><translation>Билатеральная ДЛПФК</translation>
        </message><message><source>Blocking</source><translation>Блокирующее</translation>
        </message><message><source>Brain lesion</source><translation>Очаговое поражение головного мозга</translation>
        </message><message><source>Cardiac pacemaker or intracardiac lines</source><translation>Кардиостимулятор или внутрисердечные катетеры</translation>
        </message><message><source>Cochlear implant</source><translation>Кохлеарный имплант</translation>
        </message><message><source>Continuous theta burst</source><translation>Непрерывная тета-бёрст стимуляция (cTBS)</translation>
        </message><message><source>Custom target</source><translation>Другая мишень</translation>
        </message><message><source>Dorsomedial PFC</source><translation>Дорсомедиальная ПФК</translation>
        </message><message><source>Double cone</source><translation>Двойная конусная</translation>
        </message><message><source>EEG 10-20 system</source><translation>Система ЭЭГ 10-20</translation>
        </message><message><source>EMG (relative frequency)</source><translation>ЭМГ (метод относительной частоты)</translation>
        </message><message><source>Earlier problem with TMS</source><translation>Нежелательные реакции на ТМС в анамнезе</translation>
        </message><message><source>Epilepsy or seizure</source><translation>Эпилепсия или судорожный приступ</translation>
        </message><message><source>Female</source><translation>Женский</translation>
        </message><message><source>Figure-8</source><translation>Восьмёрочная</translation>
        </message><message><source>H-coil cap</source><translation>Шлем с H-катушкой</translation>
        </message><message><source>H1 (deep TMS)</source><translation>H1 (глубокая ТМС)</translation>
        </message><message><source>H4 (deep TMS)</source><translation>H4 (глубокая ТМС)</translation>
        </message><message><source>H7 (deep TMS)</source><translation>H7 (глубокая ТМС)</translation>
        </message><message><source>Hand (APB)</source><translation>Кисть (APB)</translation></message><message><source>Hand (FDI)</source><translation>Кисть (FDI)</translation></message><message><source>Headache</source><translation>Головная боль</translation></message><message><source>Hearing problem</source><translation>Нарушение слуха</translation></message><message><source>High-frequency rTMS</source><translation>Высокочастотная рТМС</translation>
        </message><message><source>Implanted stimulator or pump</source><translation>Имплантированный стимулятор или помпа</translation>
        </message><message><source>Information</source><translation>Информация</translation>
        </message><message><source>Insula and lateral PFC</source><translation>Островковая доля и латеральная ПФК</translation>
        </message><message><source>Intermittent theta burst</source><translation>Интермиттирующая тета-бёрст стимуляция (iTBS)</translation>
        </message><message><source>Left DLPFC</source><translation>Левая ДЛПФК</translation>
        </message><message><source>Left M1</source><translation>Левая M1</translation>
        </message><message><source>Left temporoparietal cortex</source><translation>Левая височно-теменная кора</translation>
        </message><message><source>Leg</source><translation>Нога</translation></message><message><source>Low-frequency rTMS</source><translation>Низкочастотная рТМС</translation>
        </message><message><source>MRI neuronavigation</source><translation>Нейронавигация по МРТ</translation>
        </message><message><source>Major depressive disorder</source><translation>Большое депрессивное расстройство</translation>
        </message><message><source>Male</source><translation>Мужской</translation>
        </message><message><source>Metal in the head</source><translation>Металл в области головы</translation>
        </message><message><source>Mild</source><translation>Лёгкая</translation></message><message><source>Mills-Nithi two-threshold</source><translation>Двухпороговый метод Миллса–Нити</translation>
        </message><message><source>Missed</source><translation>Пропущен</translation></message><message><source>Moderate</source><translation>Умеренная</translation></message><message><source>Mood change</source><translation>Изменение настроения</translation></message><message><source>Motor hotspot</source><translation>Моторная «горячая точка»</translation>
        </message><message><source>Motor recovery after stroke</source><translation>Восстановление двигательных функций после инсульта</translation>
        </message><message><source>Neuropathic pain</source><translation>Нейропатическая боль</translation>
        </message><message><source>Not recorded</source><translation>Не указан</translation>
        </message><message><source>Obsessive-compulsive disorder</source><translation>Обсессивно-компульсивное расстройство</translation>
        </message><message><source>Occipital cortex</source><translation>Затылочная кора</translation>
        </message><message><source>Other side effect</source><translation>Другой побочный эффект</translation></message><message><source>Parkinson's disease</source><translation>Болезнь Паркинсона</translation>
        </message><message><source>Pregnancy</source><translation>Беременность</translation>
        </message><message><source>Resting MT</source><translation>МП покоя</translation>
        </message><message><source>Right DLPFC</source><translation>Правая ДЛПФК</translation>
        </message><message><source>Right M1</source><translation>Правая M1</translation>
        </message><message><source>Scalp pain or discomfort</source><translation>Боль или дискомфорт в области кожи головы</translation></message><message><source>Seizure</source><translation>Судорожный приступ</translation></message><message><source>Sequential bilateral</source><translation>Последовательная билатеральная стимуляция</translation>
        </message><message><source>Severe</source><translation>Тяжёлая</translation></message><message><source>Severe head injury</source><translation>Тяжёлая черепно-мозговая травма</translation>
        </message><message><source>Shortened</source><translation>Сокращён</translation></message><message><source>Sleep deprivation</source><translation>Депривация сна</translation>
        </message><message><source>Smoking cessation</source><translation>Отказ от курения</translation>
        </message><message><source>Stopped</source><translation>Прекращён</translation></message><message><source>Syncope (fainting)</source><translation>Обморок (синкопе)</translation></message><message><source>Theta burst</source><translation>Тета-бёрст стимуляция</translation>
        </message><message><source>Tinnitus</source><translation>Шум в ушах (тиннитус)</translation>
        </message><message><source>Visual observation</source><translation>Визуальное наблюдение</translation>
        </message><message><source>Warning</source><translation>Предупреждение</translation>
        </message><message><source>fMRI connectivity targeting</source><translation>Наведение по фМРТ-коннективности</translation>
        </message><message><source>rTMS between 1 and 5 Hz</source><translation>рТМС от 1 до 5 Гц</translation>
        </message></context><context><name>fields</name><message><source>1 = every week, 2 = every other week, ...</source><translation>1 — каждую неделю, 2 — через неделю, …</translation>
        </message><message><source>1 for the first session of that day; empty for the whole day</source><translation>1 — первый сеанс дня; пусто — весь день</translation>
        </message><message><source>10-20 or 10-10 position of the target, e.g. F3; for localisation by the 10-20 system</source><translation>Позиция мишени по системе 10-20 или 10-10, напр. F3; для локализации по системе 10-20</translation></message><message><source>5 = Monday to Friday; ignored when weekdays are given</source><translation>5 = с понедельника по пятницу; не учитывается, если заданы дни недели</translation>
        </message><message><source>A clinician confirms that the unanswered items were reviewed; without it a plan with unanswered items prints as a draft</source><translation>Врач подтверждает, что пункты без ответа рассмотрены; без этого план с такими пунктами печатается как черновик</translation></message><message><source>A motor threshold older than this is flagged; a clinic policy, not a published limit</source><translation>Более давний моторный порог отмечается предупреждением; это правило клиники, а не опубликованный предел</translation>
        </message><message><source>Allowed: %s</source><translation>Допустимо: %s</translation>
        </message><message><source>Answers keyed by item id: true, false or null (unanswered)</source><translation>Ответы по идентификаторам пунктов: true, false или null (нет ответа)</translation>
        </message><message><source>Autosave interval</source><translation>Интервал автосохранения</translation>
        </message><message><source>Back (-) to front (+)</source><translation>Сзади (-) вперёд (+)</translation></message><message><source>Birth year</source><translation>Год рождения</translation>
        </message><message><source>Blocked (%1): %2</source><translation>Блокировано (%1): %2</translation></message><message><source>Bottom (-) to top (+)</source><translation>Снизу (-) вверх (+)</translation></message><message><source>Bundled safety table checked</source><translation>Встроенная таблица безопасности проверена</translation></message><message><source>Burst frequency</source><translation>Частота пачек</translation>
        </message><message><source>Bursts per train</source><translation>Пачек в серии</translation>
        </message><message><source>Calendar event titles name the patient identifier (never the name), for a calendar shared by the clinic</source><translation>Названия событий календаря содержат идентификатор пациента (никогда не ФИО) — для общего календаря клиники</translation></message><message><source>Checked by</source><translation>Проверил(а)</translation></message><message><source>Checked on</source><translation>Дата проверки</translation></message><message><source>Clinic closing time</source><translation>Время закрытия клиники</translation>
        </message><message><source>Clinic closures</source><translation>Дни закрытия клиники</translation>
        </message><message><source>Clinic name</source><translation>Название клиники</translation>
        </message><message><source>Clinic safety table</source><translation>Таблица безопасности клиники</translation>
        </message><message><source>Clinic time zone</source><translation>Часовой пояс клиники</translation></message><message><source>Coil</source><translation>Катушка</translation>
        </message><message><source>Coil model</source><translation>Модель катушки</translation></message><message><source>Coil orientation</source><translation>Ориентация катушки</translation></message><message><source>Confirmation note</source><translation>Примечание к подтверждению</translation></message><message><source>Confirmed by</source><translation>Подтвердил(а)</translation></message><message><source>Confirmed on</source><translation>Дата подтверждения</translation></message><message><source>Course record database</source><translation>База данных журналов курсов</translation></message><message><source>Custom target</source><translation>Другая мишень</translation>
        </message><message><source>Date</source><translation>Дата</translation>
        </message><message><source>Days per week</source><translation>Дней в неделю</translation>
        </message><message><source>Device</source><translation>Модель аппарата</translation>
        </message><message><source>Dose</source><translation>Доза</translation>
        </message><message><source>EMG (relative frequency), visual observation, adaptive (PEST) ...; visual thresholds run higher than EMG thresholds</source><translation>ЭМГ (метод относительной частоты), визуальное наблюдение, адаптивный (PEST) ...; визуальные пороги выше ЭМГ-порогов</translation>
        </message><message><source>Electrode position</source><translation>Позиция электрода</translation></message><message><source>Every n weeks</source><translation>Раз в n недель</translation>
        </message><message><source>Evidence-base protocol this plan started from</source><translation>Доказательный протокол, на основе которого создан план</translation>
        </message><message><source>Explicit treatment weekdays, 0 = Monday ... 6 = Sunday</source><translation>Конкретные дни недели для лечения, 0 = понедельник ... 6 = воскресенье</translation>
        </message><message><source>Export folder</source><translation>Папка экспорта</translation>
        </message><message><source>Exported plans end with the literature appendix (mechanisms, full trial summaries, NIBS-BIDS timing)</source><translation>Экспортированные планы заканчиваются литературным приложением (механизмы, полные описания исследований, параметры NIBS-BIDS)</translation></message><message><source>First session time</source><translation>Время первого сеанса</translation>
        </message><message><source>Folder the PDF export dialog opens in; empty for the plan's own folder</source><translation>Папка, которая открывается при экспорте в PDF; пусто — папка самого плана</translation>
        </message><message><source>Frequency</source><translation>Частота</translation>
        </message><message><source>Frequency within a burst</source><translation>Частота внутри пачки</translation>
        </message><message><source>From MRI; a block may give its own</source><translation>По данным МРТ; для блока можно указать своё значение</translation>
        </message><message><source>From MRI; with the target distance it enables depth correction</source><translation>По данным МРТ; вместе с расстоянием для мишени позволяет ввести поправку на глубину</translation>
        </message><message><source>From the end of one session to the start of the next on the same day</source><translation>От окончания одного сеанса до начала следующего в тот же день</translation>
        </message><message><source>From the end of one train to the start of the next</source><translation>От окончания одной серии до начала следующей</translation>
        </message><message><source>Head circumference</source><translation>Окружность головы</translation>
        </message><message><source>Head measurements (Beam F3)</source><translation>Измерения головы (Beam F3)</translation>
        </message><message><source>Highest output this device can deliver with this coil, % MSO</source><translation>Максимальная мощность аппарата с этой катушкой, % MSO</translation>
        </message><message><source>How many edits Undo can take back; older ones are forgotten, which bounds the memory used (applies to the next plan opened or started)</source><translation>Сколько правок можно отменить; более ранние забываются, что ограничивает используемую память (действует для следующего открытого или нового плана)</translation>
        </message><message><source>How often an unsaved plan is copied to the autosave folder</source><translation>Как часто несохранённый план копируется в папку автосохранения</translation>
        </message><message><source>ISO 3166 country code, optionally with a region (e.g. 'DE' or 'DE-BY'); treatment days skip its public holidays</source><translation>Код страны по ISO 3166, при необходимости с регионом (например, «DE» или «DE-BY»); праздничные дни этой страны пропускаются при планировании лечения</translation>
        </message><message><source>In % of maximum stimulator output</source><translation>В % от максимальной мощности стимулятора</translation>
        </message><message><source>In % of the motor threshold</source><translation>В % от моторного порога</translation>
        </message><message><source>Indication</source><translation>Показание</translation>
        </message><message><source>Intensity</source><translation>Интенсивность</translation>
        </message><message><source>Intensity on the first treatment day, % MT</source><translation>Интенсивность в первый день лечения, % МП</translation>
        </message><message><source>Intensity titration</source><translation>Титрация интенсивности</translation>
        </message><message><source>Interval between sessions</source><translation>Интервал между сеансами</translation>
        </message><message><source>Language</source><translation>Язык</translation>
        </message><message><source>Language of exported and printed plans and calendars (English, Russian or Ukrainian); empty for the interface language</source><translation>Язык экспортируемых и печатаемых планов и календарей (английский, русский или украинский); пусто — язык интерфейса</translation></message><message><source>Language of printed plans</source><translation>Язык печатаемых планов</translation></message><message><source>Language of the interface: English, Russian or Ukrainian (takes effect at the next start)</source><translation>Язык интерфейса: английский, русский или украинский (действует со следующего запуска)</translation>
        </message><message><source>Left (-) to right (+)</source><translation>Слева (-) направо (+)</translation></message><message><source>Localisation</source><translation>Локализация</translation>
        </message><message><source>MNI coordinates</source><translation>Координаты MNI</translation>
        </message><message><source>MT kind</source><translation>Тип МП</translation>
        </message><message><source>MT measured on</source><translation>Дата определения МП</translation>
        </message><message><source>MT method</source><translation>Метод определения МП</translation>
        </message><message><source>MT muscle</source><translation>Мышца для МП</translation></message><message><source>Make and model as printed on the coil</source><translation>Производитель и модель, как указано на катушке</translation></message><message><source>Maximum motor threshold age</source><translation>Максимальная давность МП</translation>
        </message><message><source>Maximum output</source><translation>Максимальная мощность</translation>
        </message><message><source>Medication</source><translation>Препарат</translation>
        </message><message><source>Missed sessions</source><translation>Пропущенные сеансы</translation>
        </message><message><source>Motor threshold</source><translation>Моторный порог</translation>
        </message><message><source>Name</source><translation>ФИО</translation>
        </message><message><source>Nasion to inion</source><translation>Назион — инион</translation>
        </message><message><source>Notes</source><translation>Примечания</translation>
        </message><message><source>Open screening items confirmed</source><translation>Пункты скрининга без ответа подтверждены</translation></message><message><source>Outcome measures</source><translation>Оценка эффективности</translation>
        </message><message><source>Over the vertex</source><translation>Через вертекс</translation>
        </message><message><source>Page size of exported PDFs (A4 or US Letter)</source><translation>Формат страниц экспортируемых PDF (A4 или US Letter)</translation>
        </message><message><source>Paper size</source><translation>Формат бумаги</translation>
        </message><message><source>Patient identifier</source><translation>Идентификатор пациента</translation>
        </message><message><source>Patient identifier in event titles</source><translation>Идентификатор пациента в названиях событий</translation></message><message><source>Pause between trains</source><translation>Пауза между сериями</translation>
        </message><message><source>Phase</source><translation>Фаза</translation>
        </message><message><source>Placeholder value</source><translation>Временное значение</translation>
        </message><message><source>Plan a motor-threshold re-determination every so many days</source><translation>Планировать повторное определение моторного порога через заданное число дней</translation>
        </message><message><source>Plan id</source><translation>Идентификатор плана</translation>
        </message><message><source>Plans a motor-threshold re-test after it</source><translation>После этой даты планируется повторное определение моторного порога</translation>
        </message><message><source>Plans opened or saved lately, newest first (at most 10)</source><translation>Недавно открытые или сохранённые планы, сначала новые (не более 10)</translation>
        </message><message><source>Preset</source><translation>Шаблон</translation>
        </message><message><source>Print the appendix</source><translation>Печатать приложение</translation></message><message><source>Printed in the header of every PDF page; leave empty for none</source><translation>Печатается в верхнем колонтитуле каждой страницы PDF; оставьте пустым, если не нужно</translation>
        </message><message><source>Public holidays</source><translation>Праздничные дни</translation>
        </message><message><source>Pulses per burst</source><translation>Импульсов в пачке</translation>
        </message><message><source>Pulses per train</source><translation>Импульсов в серии</translation>
        </message><message><source>Ramp days</source><translation>Дней наращивания</translation>
        </message><message><source>Rating-scale ids to schedule; empty means the defaults for the indication</source><translation>Идентификаторы шкал для планирования оценок; пусто — шкалы по умолчанию для данного показания</translation>
        </message><message><source>Re-test MT every</source><translation>Повторять определение МП каждые</translation>
        </message><message><source>Recent files</source><translation>Недавние файлы</translation>
        </message><message><source>Record number or code</source><translation>Номер медицинской карты или код</translation>
        </message><message><source>Required when the target is 'custom'</source><translation>Обязательно, если выбрана «Другая мишень»</translation>
        </message><message><source>Resting (RMT) or active (AMT) motor threshold</source><translation>Моторный порог покоя (RMT) или активный (AMT)</translation>
        </message><message><source>Safety screening</source><translation>Скрининг безопасности</translation>
        </message><message><source>Scalp-to-cortex distance at M1</source><translation>Расстояние скальп–кора в M1</translation>
        </message><message><source>Scalp-to-cortex distance at the target</source><translation>Расстояние скальп–кора в области мишени</translation>
        </message><message><source>Scalp-to-cortex distance at this target</source><translation>Расстояние скальп–кора в области этой мишени</translation>
        </message><message><source>Scanner coordinates</source><translation>Координаты в пространстве сканера</translation></message><message><source>Screening recorded by</source><translation>Кто провёл скрининг</translation></message><message><source>Screening recorded on</source><translation>Дата скрининга</translation></message><message><source>Session of the day</source><translation>Сеанс дня</translation>
        </message><message><source>Sessions per day</source><translation>Сеансов в день</translation>
        </message><message><source>Sessions per week</source><translation>Сеансов в неделю</translation>
        </message><message><source>Sessions should end before it</source><translation>Сеансы должны заканчиваться до этого времени</translation>
        </message><message><source>Sex</source><translation>Пол</translation>
        </message><message><source>Source</source><translation>Источник</translation></message><message><source>Start date</source><translation>Дата начала</translation>
        </message><message><source>Started or changed on</source><translation>Назначен или изменён</translation>
        </message><message><source>Starting intensity</source><translation>Начальная интенсивность</translation>
        </message><message><source>Taper and maintenance phases</source><translation>Фазы снижения частоты и поддерживающей терапии</translation>
        </message><message><source>Target</source><translation>Мишень</translation>
        </message><message><source>The clinic's country, or country and region (e.g. RU, UA, DE-BY): new plans and presets skip its public holidays</source><translation>Страна клиники или страна и регион (напр. RU, UA, DE-BY): новые планы и пресеты пропускают её праздничные дни</translation></message><message><source>The clinic's own verified train-duration table (TOML) used instead of the bundled, unverified one; empty for the bundled table</source><translation>Собственная проверенная таблица длительности серий клиники (TOML) вместо встроенной непроверенной; пусто — встроенная таблица</translation>
        </message><message><source>The clinic's time zone (e.g. Europe/Kyiv): calendar events carry it, so a calendar shared across time zones shows the right hour; empty: the clinic's local time, without a zone</source><translation>Часовой пояс клиники (например, Europe/Kyiv): он указывается в событиях календаря, чтобы общий календарь в других часовых поясах показывал верное время; пусто — местное время клиники без пояса</translation></message><message><source>The clinician who reviewed the unanswered items</source><translation>Врач, рассмотревший пункты без ответа</translation></message><message><source>The muscle whose response defines the threshold; some protocols scale to another one (the H7 OCD protocol to the leg motor threshold)</source><translation>Мышца, по ответу которой определяется порог; некоторые протоколы используют другую мышцу (протокол H7 при ОКР — моторный порог ноги)</translation></message><message><source>The physician who compared the table</source><translation>Врач, сверивший таблицу</translation></message><message><source>The published table compared with (paper, table, edition)</source><translation>Опубликованная таблица, с которой сверяли (статья, таблица, издание)</translation></message><message><source>The target in the patient's own MRI (scanner space), as the neuronavigation system shows it</source><translation>Мишень на собственной МРТ пациента (пространство сканера), как её показывает система нейронавигации</translation></message><message><source>Tragus to tragus</source><translation>Трагус — трагус</translation>
        </message><message><source>Trains</source><translation>Число серий</translation>
        </message><message><source>Treatment days</source><translation>Дней лечения</translation>
        </message><message><source>Treatment days over which the intensity rises in equal steps to the block's intensity</source><translation>Дни лечения, за которые интенсивность равными шагами повышается до интенсивности блока</translation>
        </message><message><source>True while the value is a placeholder still to be measured; such a plan is blocked</source><translation>Отмечено, пока значение временное и ещё не измерено; такой план блокируется</translation>
        </message><message><source>Undo steps</source><translation>Шагов отмены</translation>
        </message><message><source>Unit: %s</source><translation>Единица: %s</translation></message><message><source>Weekdays</source><translation>Дни недели</translation>
        </message><message><source>Weeks</source><translation>Недель</translation>
        </message><message><source>Where sessions are recorded: empty for this user's own file; a clinic's shared server as postgresql://USER@HOST/DATABASE (the server authenticates: no password is kept here)</source><translation>Куда записываются сеансы: пусто — собственный файл этого пользователя; общий сервер клиники — в виде postgresql://USER@HOST/DATABASE (аутентификацию выполняет сервер: пароль здесь не хранится)</translation></message><message><source>Who asked the screening questions</source><translation>Кто задавал вопросы скрининга</translation></message><message><source>Who checked the bundled, unverified train-duration table against the published one, when, and against which source; plans then name this check</source><translation>Кто, когда и по какому источнику сверил встроенную непроверенную таблицу длительности серий с опубликованной; планы затем указывают эту проверку</translation></message><message><source>e.g. 'Taper' or 'Maintenance'</source><translation>например, «Снижение частоты» или «Поддерживающая»</translation>
        </message><message><source>e.g. handle 45° to the midline, pointing back</source><translation>напр. ручка под 45° к средней линии, направлена назад</translation></message><message><source>e.g. why items are open</source><translation>напр. почему пункты остались без ответа</translation></message><message><source>x</source><translation>x</translation></message><message><source>y</source><translation>y</translation></message><message><source>z</source><translation>z</translation></message></context><context><name>units</name><message><source>%MSO</source><translation>% MSO</translation>
        </message><message><source>%MT</source><translation>% МП</translation>
        </message><message><source>Hz</source><translation>Гц</translation>
        </message><message><source>cm</source><translation>см</translation>
        </message><message><source>days</source><translation>дн.</translation>
        </message><message><source>min</source><translation>мин</translation>
        </message><message><source>mm</source><translation>мм</translation>
        </message><message><source>s</source><translation>с</translation>
        </message></context></TS>