<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>BeamF3Dialog</name>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="48" />
        <source>Beam F3 calculator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="51" />
        <source>Measure the head with a tape, over the vertex for the first two. The calculator gives two distances that locate F3 (left dorsolateral prefrontal cortex) on the scalp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="98" />
        <source>Method: %1. Formula of the Beam calculator webpage, as implemented in %2 (Finding-F3 code); the formula printed in the 2009 paper is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="109" />
        <source>Apply to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="111" />
        <source>Store these measurements in the plan (can be undone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="140" />
        <source>%1 of %2 is outside the allowed range %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="178" />
        <source>X = &lt;b&gt;%1&lt;/b&gt; from the midline front point (Fpz) along the circumference to the left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="180" />
        <source>Y = &lt;b&gt;%1&lt;/b&gt; from the vertex (Cz) towards that point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="185" />
        <source>These measurements are stored in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="187" />
        <source>Measure the head and enter all three values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="189" />
        <source>The plan holds other measurements; apply to replace them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="191" />
        <source>Not stored in the plan yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/beam_f3_dialog.py" line="198" />
        <source>Head measurements</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlockRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="101" />
        <source>Block %1: intensity delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="108" />
        <source>Block %1: pulses delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="110" />
        <source>A train was interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="113" />
        <source>Intensity delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="115" />
        <source>Pulses delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="124" />
        <source>Not in the plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="126" />
        <source>Plan: %1% MSO, %2 pulses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="129" />
        <source>The re-tested motor threshold implies %1% MSO.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlocksEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="60" />
        <source>Blocks, in order within each session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="70" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="71" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="72" />
        <source>Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="73" />
        <source>Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="74" />
        <source>Add a block (a copy of the selected one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="88" />
        <source>Selected block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="109" />
        <source>Ramp up from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="120" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="122" />
        <source>Treatment days over which the intensity rises in equal steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="130" />
        <source>Titration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="131" />
        <source>Ramp over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <source>Conventional rTMS or theta burst; the pattern's fields below follow it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="136" />
        <source>Conventional rTMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="137" />
        <source>Theta burst (iTBS / cTBS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="134" />
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="139" />
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="197" />
        <source>Intensity titration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="212" />
        <source>Change pattern type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="218" />
        <source>Add block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="226" />
        <source>Remove block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/blocks_editor.py" line="235" />
        <source>Move block</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarSettingsForm</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="34" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="40" />
        <source>ISO 3166 country code, optionally with a region (DE, DE-BY, RU, US-NY); empty: no public holidays skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="58" />
        <source>Clinic closes at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="85" />
        <source>Holiday calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="91" />
        <source>Clinic closing time</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicSync</name>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="158" />
        <source>The clinic's settings are still being read; this workstation's own are used for this print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="202" />
        <source>The clinic's settings could not be read (%s); this workstation's own are used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/clinic_sync.py" line="210" />
        <source>The clinic's settings (revision %s) are in use</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClosuresEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="111" />
        <source>Clinic closures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>Closure date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="117" />
        <source>The date to add to the clinic's closures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="118" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="135" />
        <source>Add closure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="120" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="143" />
        <source>Remove closure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseTimelineWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="162" />
        <source>No sessions to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="171" />
        <source>Sessions per day (shaded: weekends)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayTimetableView</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="345" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="481" />
        <source>Start–end of stimulation of each session and the pause before it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="349" />
        <source>Day timetable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="405" />
        <source>Day %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="412" />
        <source>%n missed</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="418" />
        <source>pause %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="420" />
        <source>Session %1 of the day: stimulation %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="425" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="439" />
        <source>%1 missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="479" />
        <source>%1 ends after the clinic's closing time (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="496" />
        <source>Session %1 of the day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DerivedPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="567" />
        <source>Mark session missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="568" />
        <source>Mark day missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="597" />
        <source>Skipped: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="603" />
        <source>public holiday: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="605" />
        <source>clinic closure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="294" />
        <source>Record deviation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="299" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="300" />
        <source>Deviation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="302" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="304" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="306" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="67" />
        <source>Set on the device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="68" />
        <source>Per session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="69" />
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="70" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="86" />
        <location filename="../../tmsplanner/gui/derived_panel.py" line="123" />
        <source>above the device's maximum (%1% MSO)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="88" />
        <source>not to be set as planned (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="89" />
        <source>%1% MSO — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="102" />
        <source>, depth-corrected; %1% MSO without depth correction (Stokes 2007)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="108" />
        <source>%1: %2 (%3% MSO exact%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="112" />
        <source>%1: &lt;b&gt;%2% MSO&lt;/b&gt; (%3% MSO exact%4)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="119" />
        <source>titration over the first %n day(s): %1% MSO</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="129" />
        <source>%1 pulses, %2 of stimulation (final pause not counted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="133" />
        <source>%1 sessions (%2 a day), %3 pulses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="163" />
        <source>&amp;New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="164" />
        <source>New from &amp;preset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="166" />
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="64" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="168" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="66" />
        <source>&amp;Don't save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="169" />
        <source>Save &amp;as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="170" />
        <source>&amp;Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="171" />
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="172" />
        <source>Print pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="175" />
        <source>Pr&amp;int…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="177" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="178" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="247" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="181" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="251" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="187" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="188" />
        <source>&amp;Beam F3 calculator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="190" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="193" />
        <source>Open &amp;recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="201" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="204" />
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="207" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="210" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="211" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="216" />
        <source>Undo %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="217" />
        <source>Redo %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="678" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="243" />
        <source>Settings could not be saved: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="255" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="267" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="268" />
        <source>The plan has unsaved changes. Save them first?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="295" />
        <source>Open plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="296" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="341" />
        <source>tmsplanner plans (*.tmsplan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="312" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="317" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>Cannot open plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="340" />
        <source>Save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="366" />
        <source>Plan changed in the clinic's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="367" />
        <source>Nothing was saved: %1. Reload the plan as it was saved there? Your changes on screen are then discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="373" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="410" />
        <source>Cannot save plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="374" />
        <source>The clinic's record cannot be reached, so nothing was saved. Your changes stay on screen and in the autosave; save again when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="388" />
        <source>The plan on screen was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="397" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="408" />
        <source>The plan was not saved to its file; the clinic's record already holds this revision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="409" />
        <source>The plan was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="414" />
        <source>Saved %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="461" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="488" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="596" />
        <source>Blocking findings</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="462" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="467" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="468" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>Cannot export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="476" />
        <source>The PDF was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="479" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="523" />
        <source>Exported %s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="489" />
        <source>This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT events?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="501" />
        <source>Export calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="502" />
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="510" />
        <source>Include the patient's name?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="511" />
        <source>Calendar events are often shared or synced to phones and other people's calendars. Include the patient's name in the events? Without it, only the patient identifier is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="520" />
        <source>The calendar was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="533" />
        <source>The preview cannot be shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>Cannot print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="562" />
        <source>The plan was not printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="588" />
        <source>Safety screening incomplete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="589" />
        <source>%n safety screening item(s) are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="597" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="618" />
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="619" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="630" />
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="637" />
        <source>Printing cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="639" />
        <source>Printed %n page(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="659" />
        <source>The interface language changes when tmsplanner is started again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="697" />
        <source>The clinic's settings were not shared: %s. This workstation keeps its changes; open Settings again after reading the clinic's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="702" />
        <source>The clinic's settings were not shared (%s); they apply on this workstation only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="706" />
        <source>The clinic's settings were shared (revision %s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="739" />
        <source>Autosave failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="767" />
        <source>Recover unsaved plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="776" />
        <location filename="../../tmsplanner/gui/file_actions.py" line="785" />
        <source>Cannot recover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="167" />
        <source>Recover &amp;unsaved plans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="313" />
        <source>The plan could not be opened. The plan on screen was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="318" />
        <source>The plan could not be opened (%s). The plan on screen was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="777" />
        <source>The autosaved plan is damaged; it was kept as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="786" />
        <source>The autosaved plan could not be opened; it was kept. The plan on screen was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="404" />
        <source>Not saved: %s changed on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="420" />
        <source>%s was deleted or moved since it was opened. Save the plan on screen there anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="423" />
        <source>%1 was changed on disk (at %2) since it was opened here, perhaps by another tmsplanner window. Saving replaces those changes with the plan on screen. Overwrite it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="427" />
        <source>File changed on disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="495" />
        <source>Assign a plan id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="730" />
        <source>Autosave works again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="734" />
        <source>Autosave failed: unsaved changes are not protected; save the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="740" />
        <source>Unsaved changes could not be autosaved, so a crash would lose them. Save the plan to keep them.

%s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="760" />
        <source>(unreadable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="761" />
        <source>a new plan never saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/file_actions.py" line="762" />
        <source>tmsplanner did not close normally. Unsaved changes were found:

Patient: %1
Plan: %2
Autosaved: %3

Recover them? (Discard deletes them; No keeps them for later.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="264" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="266" />
        <source>Arrow keys move between findings; Enter opens a group or goes to the finding's field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="286" />
        <source>Finding in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="291" />
        <source>Select a finding to read it in full.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="309" />
        <source>BLOCKED: %n blocking finding(s) — must not be delivered as planned</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="312" />
        <source>No blocking findings · %n warning(s) to review</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="313" />
        <source>No blocking findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>BLOCK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>WARN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="317" />
        <source>INFO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="431" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="453" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="487" />
        <source>Rests on UNVERIFIED data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="464" />
        <location filename="../../tmsplanner/gui/findings_panel.py" line="501" />
        <source>Field: %s — click to go to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="485" />
        <source>Sources: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/findings_panel.py" line="518" />
        <source>The train-duration findings marked † rest on this table. A physician should check it, or the clinic load its own table in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="225" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="272" />
        <source>&amp;Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="274" />
        <source>Sc&amp;hedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="273" />
        <source>&amp;Stimulation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="275" />
        <source>Threshold and &amp;device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="276" />
        <source>&amp;Medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="277" />
        <source>Sc&amp;reening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="278" />
        <source>Tre&amp;atment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="355" />
        <source>Figures and sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="357" />
        <source>Day timetable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="358" />
        <source>Pulse pattern and timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="360" />
        <source>Outcome measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="361" />
        <source>Treatment record</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/main_window.py" line="386" />
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="417" />
        <source>Not applied: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="422" />
        <source>Untitled plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/main_window.py" line="568" />
        <source>Apply preset %s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MedicationsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="189" />
        <source>Medication (name or brand)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="191" />
        <source>Name or brand; Enter goes on to the dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="199" />
        <source>Dose (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="201" />
        <source>Optional; Enter adds the medication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="202" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="205" />
        <source>started or changed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="204" />
        <source>Plans a motor-threshold re-test at the next session after this date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="211" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="240" />
        <source>Medication messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="247" />
        <source>Current medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="248" />
        <source>F2 or Enter edits a cell; Delete removes the selected rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="259" />
        <source>Remove selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="403" />
        <source>Removed “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="213" />
        <location filename="../../tmsplanner/gui/lists_editors.py" line="335" />
        <source>Add medication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="261" />
        <source>Remove selected medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="336" />
        <source>Added “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="341" />
        <source>Update medication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="342" />
        <source>“%1” is already listed (row %2): updated it instead of adding it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="344" />
        <source>“%1” is already listed (row %2) with this dose and date: nothing to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="379" />
        <source>“%1” is already listed (row %2); edit that entry instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="383" />
        <source>Edit medication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="394" />
        <source>Select the medication to remove first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="399" />
        <source>Remove medication</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MissedSessionsEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="230" />
        <source>Missed sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="237" />
        <source>Restore selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="245" />
        <source>Mark session missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="253" />
        <source>Restore session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="259" />
        <source>whole day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="260" />
        <source>session %s of the day</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="78" />
        <source>No scores recorded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/chart.py" line="138" />
        <source>%1 remission</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomesTable</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Time point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="615" />
        <source>Rated by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="410" />
        <source>Print preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="421" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="436" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="439" />
        <source>&amp;Export PDF…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhasesEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="158" />
        <source>Taper and maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="164" />
        <source>Sessions per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="165" />
        <source>Every n weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="172" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="187" />
        <source>Add taper week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="193" />
        <source>Add maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="173" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="186" />
        <source>Taper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="192" />
        <source>Maintenance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="201" />
        <source>Remove phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/schedule_editors.py" line="214" />
        <source>Edit phase</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../tmsplanner/gui/document.py" line="240" />
        <source>Recovered changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="59" />
        <source>New plan from a preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="64" />
        <source>Search presets (name, indication, target, pattern)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Indication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="68" />
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="69" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="73" />
        <source>cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="75" />
        <source>some values unverified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PulsePatternWidget</name>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="76" />
        <source>No stimulation blocks to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="91" />
        <source>Block {number}: {target}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="117" />
        <source>pause {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="103" />
        <source>, %n trains</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="105" />
        <source>%n pulses at {hz} Hz = {seconds} s train</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="118" />
        <source>, pause {seconds} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="119" />
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="109" />
        <source>Trains of %n bursts = {seconds} s</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="125" />
        <source>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/pictures.py" line="133" />
        <source>ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="57" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="113" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="115" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="120" />
        <source>Findings on the delivered course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="121" />
        <source>No findings on what was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="126" />
        <source>Sessions planned and delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="127" />
        <source>Sessions: planned → delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="128" />
        <source>Each block shows the planned value → the value delivered; %1 marks a corrected entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="137" />
        <source>Outcome scores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="145" />
        <source>Side effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="146" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="147" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="148" />
        <source>Side effects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="149" />
        <source>None recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="156" />
        <source>Motor threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="153" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Muscle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="154" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="155" />
        <source>Motor threshold history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>shortened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="170" />
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="171" />
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>BLOCK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="174" />
        <source>WARN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="175" />
        <source>INFO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="198" />
        <source>%1 of %2 sessions delivered · %3 of %4 pulses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="202" />
        <source>last recorded %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="204" />
        <source>%n correction(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="206" />
        <source>Nothing is recorded for this plan yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="269" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="271" />
        <source>Block %1 % MSO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="272" />
        <source>Block %1 pulses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="273" />
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="273" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="279" />
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="280" />
        <source>Corrected entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="292" />
        <source>%1 min after the previous session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="301" />
        <source>Side effects: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="305" />
        <source>Corrected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="307" />
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="317" />
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="319" />
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="376" />
        <source>No scores recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="384" />
        <source>%1: baseline %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="387" />
        <source>latest %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="391" />
        <source>%1% lower than baseline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="395" />
        <source>The evidence base gives no response or remission threshold for this scale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="398" />
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="400" />
        <source>Remission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="405" />
        <source>%1: not yet known (no score after baseline).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: yes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="406" />
        <source>%1: no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="424" />
        <source>plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetestDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="175" />
        <source>Record MT re-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="177" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="181" />
        <source>Motor threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="182" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="183" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="184" />
        <source>Muscle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="186" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="188" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="190" />
        <source>The plan keeps its motor threshold; the record compares each session's intensity with the threshold in force on its date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="215" />
        <source>Record score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="224" />
        <source>Scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="225" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="228" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="230" />
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="232" />
        <source>Rater</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="233" />
        <source>Reason for the correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="236" />
        <source>A score of this scale is recorded on this date (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="264" />
        <source>Recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="265" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="284" />
        <source>Reason for the correction: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreeningEditor</name>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="442" />
        <source>Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="450" />
        <source>absolute contraindication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="451" />
        <source>relative contraindication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/lists_editors.py" line="528" />
        <source>Screening answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Weekday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="170" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>Pause before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>MT re-test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="171" />
        <source>% MSO to set</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="221" />
        <source>every %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="222" />
        <source>after %1 changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="228" />
        <source>%1 ⚠ after closing time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="229" />
        <source>Ends after the clinic's closing time (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="235" />
        <source>acute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="256" />
        <source>Above the device's maximum (%1% MSO): cannot be delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="234" />
        <source>%s min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../tmsplanner/gui/derived_panel.py" line="276" />
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="156" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="173" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="184" />
        <location filename="../../tmsplanner/gui/dialogs.py" line="190" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="196" />
        <source>As the interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="211" />
        <source>This user's own file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/dialogs.py" line="268" />
        <source>Export folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SideEffectRow</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="160" />
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="162" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="174" />
        <source>Side effect %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="175" />
        <source>Side effect %1: severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="176" />
        <source>Side effect %1: note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="177" />
        <source>Remove side effect %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreNote</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="166" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="175" />
        <source>The course record cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ThresholdDeviceForm</name>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="45" />
        <source>Motor threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="69" />
        <source>Visual thresholds averaged %1% above EMG thresholds (Westin et al. 2014); prefer EMG. Depth correction (%2% MSO per mm, Stokes et al. 2007) applies when both scalp-to-cortex distances are given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/forms.py" line="78" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TreatmentForm</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="208" />
        <source>Record today's session. The values the plan sets are filled in: confirm them, or correct what was delivered differently.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="214" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="219" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="254" />
        <source>Session number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="220" />
        <source>The session of the plan being recorded; the first not yet recorded is offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="235" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="254" />
        <source>Date delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="238" />
        <source>Start time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="241" />
        <source>End time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="245" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="251" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="253" />
        <source>Initials of who delivered the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="253" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="255" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="255" />
        <source>Start and end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="269" />
        <source>Before the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="271" />
        <source>Coil position confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="280" />
        <source>Tick each that holds; a question left unticked is recorded as "no".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="286" />
        <source>Side effects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="288" />
        <source>None noted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="290" />
        <source>Add side effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="299" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="304" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="315" />
        <source>Required: why it is corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="317" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="319" />
        <source>Reason for the correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="318" />
        <source>Why the recorded session is corrected (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="328" />
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="338" />
        <source>Also record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="340" />
        <source>MT re-test…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="342" />
        <source>Record a motor threshold re-determined during the course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="344" />
        <source>Score…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="346" />
        <source>Record an outcome score on a rating scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="348" />
        <source>Deviation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="350" />
        <source>Record a planned session missed, shortened or stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="353" />
        <source>Record %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="370" />
        <source>Slept as usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="371" />
        <source>No new medication or dose change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="372" />
        <source>No alcohol or recreational drugs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="373" />
        <source>No seizure since the last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="374" />
        <source>No new metal or implant near the head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="438" />
        <source>Block %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="439" />
        <source>Block %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="514" />
        <source>Planned %1, %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="517" />
        <source>an MT re-test is due at this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="519" />
        <source>Session %1 is not in the plan, which has %2 sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="524" />
        <source>Already recorded: %1 by %2. Recording it again records a correction; the entry recorded stays in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="528" />
        <source>Recorded as %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="531" />
        <source>Every planned session is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="536" />
        <source>Record correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/form.py" line="616" />
        <source>Reason for the correction: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TreatmentView</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="118" />
        <source>Save the plan first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="119" />
        <source>The course record is kept against the saved plan. Save the plan now, then record?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/common.py" line="122" />
        <source>&amp;Save and record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="136" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="173" />
        <source>Course record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="137" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="174" />
        <source>The course record cannot be opened. Planning works as before; sessions can be recorded once the record opens (Treatment tab: Try again).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="241" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="243" />
        <source>Nothing was recorded: the plan is not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="245" />
        <source>Nothing was recorded: the course record cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="253" />
        <location filename="../../tmsplanner/gui/treatment/view.py" line="280" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="254" />
        <source>The plan file could not be given its record id, so nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="256" />
        <source>Nothing was recorded: the plan file could not be updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="260" />
        <source>The plan was given its record id and saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="281" />
        <source>The course record could not be written; nothing was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="282" />
        <source>Nothing was recorded: the course record could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Correction of session %1 recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="295" />
        <source>Session %1 recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="303" />
        <source>Score recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="306" />
        <source>MT re-test recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/view.py" line="312" />
        <source>Deviation recorded</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>_RecordDialog</name>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="83" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="102" />
        <source>Initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/treatment/dialogs.py" line="104" />
        <source>Operator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="84" />
        <source>Save the plan on screen under a new name before you go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="86" />
        <source>The plan on screen has no unsaved changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="87" />
        <source>a new plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="88" />
        <source>The plan on screen (%s) has unsaved changes that were not saved; save them before you go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="114" />
        <source>The details were written to %s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="115" />
        <source>The details could not be written to a log file; they are shown below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="121" />
        <source>Something went wrong: %s. The action that failed was not completed and nothing from it was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tmsplanner/gui/app.py" line="123" />
        <source>Unexpected error</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>vocab</name><message><source>5 cm rule</source><translation type="unfinished" /></message><message><source>5.5 cm rule</source><translation type="unfinished" /></message><message><source>Active MT</source><translation type="unfinished" /></message><message><source>Adaptive (PEST)</source><translation type="unfinished" /></message><message><source>Alcohol or drug use</source><translation type="unfinished" /></message><message><source>Auditory hallucinations</source><translation type="unfinished" /></message><message><source>Beam F3</source><translation type="unfinished" /></message><message><source>Bilateral DLPFC</source><translation type="unfinished" /></message><message><source>Blocking</source><translation type="unfinished" /></message><message><source>Brain lesion</source><translation type="unfinished" /></message><message><source>Cardiac pacemaker or intracardiac lines</source><translation type="unfinished" /></message><message><source>Cochlear implant</source><translation type="unfinished" /></message><message><source>Continuous theta burst</source><translation type="unfinished" /></message><message><source>Custom target</source><translation type="unfinished" /></message><message><source>Dorsomedial PFC</source><translation type="unfinished" /></message><message><source>Double cone</source><translation type="unfinished" /></message><message><source>EEG 10-20 system</source><translation type="unfinished" /></message><message><source>EMG (relative frequency)</source><translation type="unfinished" /></message><message><source>Earlier problem with TMS</source><translation type="unfinished" /></message><message><source>Epilepsy or seizure</source><translation type="unfinished" /></message><message><source>Female</source><translation type="unfinished" /></message><message><source>Figure-8</source><translation type="unfinished" /></message><message><source>H-coil cap</source><translation type="unfinished" /></message><message><source>H1 (deep TMS)</source><translation type="unfinished" /></message><message><source>H4 (deep TMS)</source><translation type="unfinished" /></message><message><source>H7 (deep TMS)</source><translation type="unfinished" /></message><message><source>Hand (APB)</source><translation type="unfinished" /></message><message><source>Hand (FDI)</source><translation type="unfinished" /></message><message><source>Headache</source><translation type="unfinished" /></message><message><source>Hearing problem</source><translation type="unfinished" /></message><message><source>High-frequency rTMS</source><translation type="unfinished" /></message><message><source>Implanted stimulator or pump</source><translation type="unfinished" /></message><message><source>Information</source><translation type="unfinished" /></message><message><source>Insula and lateral PFC</source><translation type="unfinished" /></message><message><source>Intermittent theta burst</source><translation type="unfinished" /></message><message><source>Left DLPFC</source><translation type="unfinished" /></message><message><source>Left M1</source><translation type="unfinished" /></message><message><source>Left temporoparietal cortex</source><translation type="unfinished" /></message><message><source>Leg</source><translation type="unfinished" /></message><message><source>Low-frequency rTMS</source><translation type="unfinished" /></message><message><source>MRI neuronavigation</source><translation type="unfinished" /></message><message><source>Major depressive disorder</source><translation type="unfinished" /></message><message><source>Male</source><translation type="unfinished" /></message><message><source>Metal in the head</source><translation type="unfinished" /></message><message><source>Mild</source><translation type="unfinished" /></message><message><source>Mills-Nithi two-threshold</source><translation type="unfinished" /></message><message><source>Missed</source><translation type="unfinished" /></message><message><source>Moderate</source><translation type="unfinished" /></message><message><source>Mood change</source><translation type="unfinished" /></message><message><source>Motor hotspot</source><translation type="unfinished" /></message><message><source>Motor recovery after stroke</source><translation type="unfinished" /></message><message><source>Neuropathic pain</source><translation type="unfinished" /></message><message><source>Not recorded</source><translation type="unfinished" /></message><message><source>Obsessive-compulsive disorder</source><translation type="unfinished" /></message><message><source>Occipital cortex</source><translation type="unfinished" /></message><message><source>Other side effect</source><translation type="unfinished" /></message><message><source>Parkinson's disease</source><translation type="unfinished" /></message><message><source>Pregnancy</source><translation type="unfinished" /></message><message><source>Resting MT</source><translation type="unfinished" /></message><message><source>Right DLPFC</source><translation type="unfinished" /></message><message><source>Right M1</source><translation type="unfinished" /></message><message><source>Scalp pain or discomfort</source><translation type="unfinished" /></message><message><source>Seizure</source><translation type="unfinished" /></message><message><source>Sequential bilateral</source><translation type="unfinished" /></message><message><source>Severe</source><translation type="unfinished" /></message><message><source>Severe head injury</source><translation type="unfinished" /></message><message><source>Shortened</source><translation type="unfinished" /></message><message><source>Sleep deprivation</source><translation type="unfinished" /></message><message><source>Smoking cessation</source><translation type="unfinished" /></message><message><source>Stopped</source><translation type="unfinished" /></message><message><source>Syncope (fainting)</source><translation type="unfinished" /></message><message><source>Theta burst</source><translation type="unfinished" /></message><message><source>Tinnitus</source><translation type="unfinished" /></message><message><source>Visual observation</source><translation type="unfinished" /></message><message><source>Warning</source><translation type="unfinished" /></message><message><source>fMRI connectivity targeting</source><translation type="unfinished" /></message><message><source>rTMS between 1 and 5 Hz</source><translation type="unfinished" /></message></context><context><name>fields</name><message><source>1 = every week, 2 = every other week, ...</source><translation type="unfinished" /></message><message><source>1 for the first session of that day; empty for the whole day</source><translation type="unfinished" /></message><message><source>10-20 or 10-10 position of the target, e.g. F3; for localisation by the 10-20 system</source><translation type="unfinished" /></message><message><source>5 = Monday to Friday; ignored when weekdays are given</source><translation type="unfinished" /></message><message><source>A clinician confirms that the unanswered items were reviewed; without it a plan with unanswered items prints as a draft</source><translation type="unfinished" /></message><message><source>A motor threshold older than this is flagged; a clinic policy, not a published limit</source><translation type="unfinished" /></message><message><source>Allowed: %s</source><translation type="unfinished" /></message><message><source>Answers keyed by item id: true, false or null (unanswered)</source><translation type="unfinished" /></message><message><source>Autosave interval</source><translation type="unfinished" /></message><message><source>Back (-) to front (+)</source><translation type="unfinished" /></message><message><source>Birth year</source><translation type="unfinished" /></message><message><source>Blocked (%1): %2</source><translation type="unfinished" /></message><message><source>Bottom (-) to top (+)</source><translation type="unfinished" /></message><message><source>Bundled safety table checked</source><translation type="unfinished" /></message><message><source>Burst frequency</source><translation type="unfinished" /></message><message><source>Bursts per train</source><translation type="unfinished" /></message><message><source>Calendar event titles name the patient identifier (never the name), for a calendar shared by the clinic</source><translation type="unfinished" /></message><message><source>Checked by</source><translation type="unfinished" /></message><message><source>Checked on</source><translation type="unfinished" /></message><message><source>Clinic closing time</source><translation type="unfinished" /></message><message><source>Clinic closures</source><translation type="unfinished" /></message><message><source>Clinic name</source><translation type="unfinished" /></message><message><source>Clinic safety table</source><translation type="unfinished" /></message><message><source>Clinic time zone</source><translation type="unfinished" /></message><message><source>Coil</source><translation type="unfinished" /></message><message><source>Coil model</source><translation type="unfinished" /></message><message><source>Coil orientation</source><translation type="unfinished" /></message><message><source>Confirmation note</source><translation type="unfinished" /></message><message><source>Confirmed by</source><translation type="unfinished" /></message><message><source>Confirmed on</source><translation type="unfinished" /></message><message><source>Course record database</source><translation type="unfinished" /></message><message><source>Custom target</source><translation type="unfinished" /></message><message><source>Date</source><translation type="unfinished" /></message><message><source>Days per week</source><translation type="unfinished" /></message><message><source>Device</source><translation type="unfinished" /></message><message><source>Dose</source><translation type="unfinished" /></message><message><source>EMG (relative frequency), visual observation, adaptive (PEST) ...; visual thresholds run higher than EMG thresholds</source><translation type="unfinished" /></message><message><source>Electrode position</source><translation type="unfinished" /></message><message><source>Every n weeks</source><translation type="unfinished" /></message><message><source>Evidence-base protocol this plan started from</source><translation type="unfinished" /></message><message><source>Explicit treatment weekdays, 0 = Monday ... 6 = Sunday</source><translation type="unfinished" /></message><message><source>Export folder</source><translation type="unfinished" /></message><message><source>Exported plans end with the literature appendix (mechanisms, full trial summaries, NIBS-BIDS timing)</source><translation type="unfinished" /></message><message><source>First session time</source><translation type="unfinished" /></message><message><source>Folder the PDF export dialog opens in; empty for the plan's own folder</source><translation type="unfinished" /></message><message><source>Frequency</source><translation type="unfinished" /></message><message><source>Frequency within a burst</source><translation type="unfinished" /></message><message><source>From MRI; a block may give its own</source><translation type="unfinished" /></message><message><source>From MRI; with the target distance it enables depth correction</source><translation type="unfinished" /></message><message><source>From the end of one session to the start of the next on the same day</source><translation type="unfinished" /></message><message><source>From the end of one train to the start of the next</source><translation type="unfinished" /></message><message><source>Head circumference</source><translation type="unfinished" /></message><message><source>Head measurements (Beam F3)</source><translation type="unfinished" /></message><message><source>Highest output this device can deliver with this coil, % MSO</source><translation type="unfinished" /></message><message><source>How many edits Undo can take back; older ones are forgotten, which bounds the memory used (applies to the next plan opened or started)</source><translation type="unfinished" /></message><message><source>How often an unsaved plan is copied to the autosave folder</source><translation type="unfinished" /></message><message><source>ISO 3166 country code, optionally with a region (e.g. 'DE' or 'DE-BY'); treatment days skip its public holidays</source><translation type="unfinished" /></message><message><source>In % of maximum stimulator output</source><translation type="unfinished" /></message><message><source>In % of the motor threshold</source><translation type="unfinished" /></message><message><source>Indication</source><translation type="unfinished" /></message><message><source>Intensity</source><translation type="unfinished" /></message><message><source>Intensity on the first treatment day, % MT</source><translation type="unfinished" /></message><message><source>Intensity titration</source><translation type="unfinished" /></message><message><source>Interval between sessions</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>Language of exported and printed plans and calendars (English, Russian or Ukrainian); empty for the interface language</source><translation type="unfinished" /></message><message><source>Language of printed plans</source><translation type="unfinished" /></message><message><source>Language of the interface: English, Russian or Ukrainian (takes effect at the next start)</source><translation type="unfinished" /></message><message><source>Left (-) to right (+)</source><translation type="unfinished" /></message><message><source>Localisation</source><translation type="unfinished" /></message><message><source>MNI coordinates</source><translation type="unfinished" /></message><message><source>MT kind</source><translation type="unfinished" /></message><message><source>MT measured on</source><translation type="unfinished" /></message><message><source>MT method</source><translation type="unfinished" /></message><message><source>MT muscle</source><translation type="unfinished" /></message><message><source>Make and model as printed on the coil</source><translation type="unfinished" /></message><message><source>Maximum motor threshold age</source><translation type="unfinished" /></message><message><source>Maximum output</source><translation type="unfinished" /></message><message><source>Medication</source><translation type="unfinished" /></message><message><source>Missed sessions</source><translation type="unfinished" /></message><message><source>Motor threshold</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>Nasion to inion</source><translation type="unfinished" /></message><message><source>Notes</source><translation type="unfinished" /></message><message><source>Open screening items confirmed</source><translation type="unfinished" /></message><message><source>Outcome measures</source><translation type="unfinished" /></message><message><source>Over the vertex</source><translation type="unfinished" /></message><message><source>Page size of exported PDFs (A4 or US Letter)</source><translation type="unfinished" /></message><message><source>Paper size</source><translation type="unfinished" /></message><message><source>Patient identifier</source><translation type="unfinished" /></message><message><source>Patient identifier in event titles</source><translation type="unfinished" /></message><message><source>Pause between trains</source><translation type="unfinished" /></message><message><source>Phase</source><translation type="unfinished" /></message><message><source>Placeholder value</source><translation type="unfinished" /></message><message><source>Plan a motor-threshold re-determination every so many days</source><translation type="unfinished" /></message><message><source>Plan id</source><translation type="unfinished" /></message><message><source>Plans a motor-threshold re-test after it</source><translation type="unfinished" /></message><message><source>Plans opened or saved lately, newest first (at most 10)</source><translation type="unfinished" /></message><message><source>Preset</source><translation type="unfinished" /></message><message><source>Print the appendix</source><translation type="unfinished" /></message><message><source>Printed in the header of every PDF page; leave empty for none</source><translation type="unfinished" /></message><message><source>Public holidays</source><translation type="unfinished" /></message><message><source>Pulses per burst</source><translation type="unfinished" /></message><message><source>Pulses per train</source><translation type="unfinished" /></message><message><source>Ramp days</source><translation type="unfinished" /></message><message><source>Rating-scale ids to schedule; empty means the defaults for the indication</source><translation type="unfinished" /></message><message><source>Re-test MT every</source><translation type="unfinished" /></message><message><source>Recent files</source><translation type="unfinished" /></message><message><source>Record number or code</source><translation type="unfinished" /></message><message><source>Required when the target is 'custom'</source><translation type="unfinished" /></message><message><source>Resting (RMT) or active (AMT) motor threshold</source><translation type="unfinished" /></message><message><source>Safety screening</source><translation type="unfinished" /></message><message><source>Scalp-to-cortex distance at M1</source><translation type="unfinished" /></message><message><source>Scalp-to-cortex distance at the target</source><translation type="unfinished" /></message><message><source>Scalp-to-cortex distance at this target</source><translation type="unfinished" /></message><message><source>Scanner coordinates</source><translation type="unfinished" /></message><message><source>Screening recorded by</source><translation type="unfinished" /></message><message><source>Screening recorded on</source><translation type="unfinished" /></message><message><source>Session of the day</source><translation type="unfinished" /></message><message><source>Sessions per day</source><translation type="unfinished" /></message><message><source>Sessions per week</source><translation type="unfinished" /></message><message><source>Sessions should end before it</source><translation type="unfinished" /></message><message><source>Sex</source><translation type="unfinished" /></message><message><source>Source</source><translation type="unfinished" /></message><message><source>Start date</source><translation type="unfinished" /></message><message><source>Started or changed on</source><translation type="unfinished" /></message><message><source>Starting intensity</source><translation type="unfinished" /></message><message><source>Taper and maintenance phases</source><translation type="unfinished" /></message><message><source>Target</source><translation type="unfinished" /></message><message><source>The clinic's country, or country and region (e.g. RU, UA, DE-BY): new plans and presets skip its public holidays</source><translation type="unfinished" /></message><message><source>The clinic's own verified train-duration table (TOML) used instead of the bundled, unverified one; empty for the bundled table</source><translation type="unfinished" /></message><message><source>The clinic's time zone (e.g. Europe/Kyiv): calendar events carry it, so a calendar shared across time zones shows the right hour; empty: the clinic's local time, without a zone</source><translation type="unfinished" /></message><message><source>The clinician who reviewed the unanswered items</source><translation type="unfinished" /></message><message><source>The muscle whose response defines the threshold; some protocols scale to another one (the H7 OCD protocol to the leg motor threshold)</source><translation type="unfinished" /></message><message><source>The physician who compared the table</source><translation type="unfinished" /></message><message><source>The published table compared with (paper, table, edition)</source><translation type="unfinished" /></message><message><source>The target in the patient's own MRI (scanner space), as the neuronavigation system shows it</source><translation type="unfinished" /></message><message><source>Tragus to tragus</source><translation type="unfinished" /></message><message><source>Trains</source><translation type="unfinished" /></message><message><source>Treatment days</source><translation type="unfinished" /></message><message><source>Treatment days over which the intensity rises in equal steps to the block's intensity</source><translation type="unfinished" /></message><message><source>True while the value is a placeholder still to be measured; such a plan is blocked</source><translation type="unfinished" /></message><message><source>Undo steps</source><translation type="unfinished" /></message><message><source>Unit: %s</source><translation type="unfinished" /></message><message><source>Weekdays</source><translation type="unfinished" /></message><message><source>Weeks</source><translation type="unfinished" /></message><message><source>Where sessions are recorded: empty for this user's own file; a clinic's shared server as postgresql://USER@HOST/DATABASE (the server authenticates: no password is kept here)</source><translation type="unfinished" /></message><message><source>Who asked the screening questions</source><translation type="unfinished" /></message><message><source>Who checked the bundled, unverified train-duration table against the published one, when, and against which source; plans then name this check</source><translation type="unfinished" /></message><message><source>e.g. 'Taper' or 'Maintenance'</source><translation type="unfinished" /></message><message><source>e.g. handle 45° to the midline, pointing back</source><translation type="unfinished" /></message><message><source>e.g. why items are open</source><translation type="unfinished" /></message><message><source>x</source><translation type="unfinished" /></message><message><source>y</source><translation type="unfinished" /></message><message><source>z</source><translation type="unfinished" /></message></context><context><name>units</name><message><source>%MSO</source><translation type="unfinished" /></message><message><source>%MT</source><translation type="unfinished" /></message><message><source>Hz</source><translation type="unfinished" /></message><message><source>cm</source><translation type="unfinished" /></message><message><source>days</source><translation type="unfinished" /></message><message><source>min</source><translation type="unfinished" /></message><message><source>mm</source><translation type="unfinished" /></message><message><source>s</source><translation type="unfinished" /></message></context></TS>