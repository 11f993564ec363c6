<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DayTimetableView</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="412" />
        <source>%n missed</source>
        <translation>
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresWidget</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="119" />
        <source>titration over the first %n day(s): %1% MSO</source>
        <translation>
            <numerusform>titration over the first %n day: %1% MSO</numerusform>
            <numerusform>titration over the first %n days: %1% MSO</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="462" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>This plan has %n blocking finding and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</numerusform>
            <numerusform>This plan has %n blocking findings and must not be delivered as planned. Export a draft watermarked DRAFT — NOT FOR TREATMENT?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="489" />
        <source>This plan has %n blocking finding(s). Export the sessions as DRAFT — NOT FOR TREATMENT events?</source>
        <translation>
            <numerusform>This plan has %n blocking finding. Export the sessions as DRAFT — NOT FOR TREATMENT events?</numerusform>
            <numerusform>This plan has %n blocking findings. Export the sessions as DRAFT — NOT FOR TREATMENT events?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="589" />
        <source>%n safety screening item(s) are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</source>
        <translation>
            <numerusform>%n safety screening item are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</numerusform>
            <numerusform>%n safety screening items are unanswered and no clinician has confirmed them. The plan prints as a draft watermarked DRAFT — NOT FOR TREATMENT until they are answered or confirmed (Screening tab). Make the draft?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="597" />
        <source>This plan has %n blocking finding(s) and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</source>
        <translation>
            <numerusform>This plan has %n blocking finding and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</numerusform>
            <numerusform>This plan has %n blocking findings and must not be delivered as planned. Print a draft watermarked DRAFT — NOT FOR TREATMENT?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/file_actions.py" line="639" />
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="309" />
        <source>BLOCKED: %n blocking finding(s) — must not be delivered as planned</source>
        <translation>
            <numerusform>BLOCKED: %n blocking finding — must not be delivered as planned</numerusform>
            <numerusform>BLOCKED: %n blocking findings — must not be delivered as planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/findings_panel.py" line="312" />
        <source>No blocking findings · %n warning(s) to review</source>
        <translation>
            <numerusform>No blocking findings · %n warning to review</numerusform>
            <numerusform>No blocking findings · %n warnings to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/main_window.py" line="386" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PulsePatternWidget</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="103" />
        <source>, %n trains</source>
        <translation>
            <numerusform>, %n trains</numerusform>
            <numerusform>, %n trains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="105" />
        <source>%n pulses at {hz} Hz = {seconds} s train</source>
        <translation>
            <numerusform>%n pulses at {hz} Hz = {seconds} s train</numerusform>
            <numerusform>%n pulses at {hz} Hz = {seconds} s train</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="109" />
        <source>Trains of %n bursts = {seconds} s</source>
        <translation>
            <numerusform>Trains of %n bursts = {seconds} s</numerusform>
            <numerusform>Trains of %n bursts = {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/pictures.py" line="125" />
        <source>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</source>
        <translation>
            <numerusform>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</numerusform>
            <numerusform>Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/treatment/record_panel.py" line="204" />
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message numerus="yes">
        <location filename="../../tmsplanner/gui/derived_panel.py" line="221" />
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
</TS>