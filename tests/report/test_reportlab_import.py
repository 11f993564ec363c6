"""Reportlab's patterns compiled when first used: the same answers as compiled at import, and nothing else touched.

Each check runs in a fresh interpreter, as the deferral happens only when reportlab is first imported.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap

from tmsplanner.report.reportlab_import import WhenUsed


def _run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True,
                          check=True, timeout=120)
    return json.loads(done.stdout.splitlines()[-1])


URIS = ["https://example.org/a/b?c=d#e", "http://10.0.0.1:8080/x", "mailto:someone", "ftp://пример.рф/файл",
        "HTTPS://EXAMPLE.ORG", "not a uri", "https://[::1]/", "x://localhost", ""]
CJK = "Курс 治疗 курса 經顱磁刺激 end"

LAYOUT = """
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    style = getSampleStyleSheet()["Normal"].clone("u", uriWasteReduce=0.3, hyphenationLang="",
                                                  embeddedHyphenation=1)
    para = Paragraph("see https://example.org/a/very/long/path/that/will/not/fit/in/one/line/of/a/narrow/column"
                     "?query=value&amp;other=1 and www-hyphen-ated-words-that-run-on", style)
    para.wrap(90, 1000)
    lines = [repr(line) for line in para.blPara.lines]
"""


def test_unused_patterns_are_not_compiled_and_answer_as_compiled_ones() -> None:
    got = _run(f"""
        import json, re
        compile_before = re.compile
        import tmsplanner.report
        from reportlab.lib import textsplit
        from reportlab.platypus import paragraph
        from tmsplanner.report.reportlab_import import WhenUsed
        uri = paragraph.uri_pat
        untouched = isinstance(uri, WhenUsed) and "not yet compiled" in repr(uri)
        uris = {URIS!r}
        deferred = [bool(uri.match(u)) for u in uris]
        print(json.dumps({{"restored": re.compile is compile_before, "untouched": untouched,
                           "deferred": deferred, "now_compiled": "not yet" not in repr(uri),
                           "cjk": textsplit.rx.sub(r"\\1\\0 ", {CJK!r}),
                           "split": paragraph._wsc_re_split("a \\u00a0b\\u2003c")}}))
    """)
    plain = _run(f"""
        import json
        from reportlab.lib import textsplit
        from reportlab.platypus import paragraph
        print(json.dumps({{"deferred": [bool(paragraph.uri_pat.match(u)) for u in {URIS!r}],
                           "cjk": textsplit.rx.sub(r"\\1\\0 ", {CJK!r}),
                           "split": paragraph._wsc_re_split("a \\u00a0b\\u2003c")}}))
    """)
    assert got["restored"] and got["untouched"] and got["now_compiled"]
    assert got["deferred"] == plain["deferred"] and any(plain["deferred"]) and not all(plain["deferred"])
    assert got["cjk"] == plain["cjk"] != CJK
    assert got["split"] == plain["split"] == ["a", "\xa0b", "c"]  # a no-break space does not split


def test_a_paragraph_that_uses_the_uri_pattern_lays_out_as_with_reportlab_alone() -> None:
    ours = _run("import json\nimport tmsplanner.report\n" + textwrap.dedent(LAYOUT)
                + "from reportlab.platypus import paragraph\n"
                + "assert 'not yet compiled' not in repr(paragraph.uri_pat)  # the layout used the URI pattern\n"
                + "print(json.dumps(lines))")
    theirs = _run("import json\n" + textwrap.dedent(LAYOUT) + "print(json.dumps(lines))")
    assert ours == theirs and len(ours) > 3


def test_when_used_compiles_once_with_the_flags_given() -> None:
    pattern = WhenUsed("straße", re.IGNORECASE)
    assert "not yet compiled" in repr(pattern)
    assert pattern.match("STRASSE") is None and pattern.match("STRAßE") is not None
    first = pattern.compiled
    assert pattern.compiled is first and first.flags & re.IGNORECASE
    assert pattern.sub("x", "a straße b") == "a x b"


def test_pillow_is_imported_only_when_an_image_is_drawn_and_then_serves_reportlab_as_its_own() -> None:
    got = _run("""
        import io, json, sys
        import tmsplanner.report
        from reportlab.lib import utils
        from tmsplanner.report.reportlab_import import ImagingWhenUsed
        stood_in = isinstance(sys.modules["PIL.Image"], ImagingWhenUsed) and isinstance(utils.Image, ImagingWhenUsed)
        untouched = "PIL._imaging" not in sys.modules  # Pillow's own image module not loaded yet
        from reportlab.pdfgen import canvas
        import PIL.Image
        png = io.BytesIO()
        PIL.Image.new("RGB", (7, 5), (200, 30, 30)).save(png, format="PNG")
        png.seek(0)
        reader = utils.ImageReader(png)
        out = io.BytesIO()
        page = canvas.Canvas(out)
        page.drawImage(reader, 10, 10, width=70, height=50)
        page.save()
        import PIL
        real = sys.modules["PIL.Image"]
        print(json.dumps({"stood_in": stood_in, "untouched": untouched, "have": utils.haveImages,
                          "size": list(reader.getSize()), "pdf": out.getvalue().startswith(b"%PDF"),
                          "image_in_pdf": b"/Subtype /Image" in out.getvalue(),
                          "replaced": not isinstance(real, ImagingWhenUsed) and PIL.Image is real,
                          "same_class": utils.Image.Image is real.Image}))
    """)
    assert got == {"stood_in": True, "untouched": True, "have": True, "size": [7, 5], "pdf": True,
                   "image_in_pdf": True, "replaced": True, "same_class": True}


def test_pillow_imported_before_the_report_is_left_as_it_is() -> None:
    got = _run("""
        import json, sys
        import PIL.Image
        first = sys.modules["PIL.Image"]
        import tmsplanner.report
        from reportlab.lib import utils
        print(json.dumps({"kept": sys.modules["PIL.Image"] is first and utils.Image is first}))
    """)
    assert got == {"kept": True}
