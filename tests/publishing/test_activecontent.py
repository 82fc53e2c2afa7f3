"""An SVG image is published only when nothing in it can run: read with an XML parser, by local name and
namespace, so prefixes, encodings, entities and `>` inside attribute values change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.publishing.activecontent import refusal

NS = 'xmlns="http://www.w3.org/2000/svg"'
MATPLOTLIB = f"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns:xlink="http://www.w3.org/1999/xlink" {NS} version="1.1">
 <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title>Turnout</dc:title></rdf:RDF></metadata>
 <defs><style type="text/css">*{{stroke-linejoin: round}}</style></defs>
 <g><path d="M 0 345 L 460 345" style="fill: #ffffff"/><use xlink:href="#m1"/><text>JavaScript: 40%</text></g>
</svg>"""

ACTIVE = {
    "handler": f'<svg {NS} onload="alert(1)"/>',
    "handler after a > in a value": f'<svg {NS} aria-label=">" onload="alert(1)"/>',
    "prefixed script": '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>',
    "xhtml script": f'<svg {NS}><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>',
    "cdata script": f"<svg {NS}><script><![CDATA[alert(1)]]></script></svg>",
    "foreign object": f"<svg {NS}><foreignObject><p>x</p></foreignObject></svg>",
    "entity-encoded link": f'<svg {NS}><a href="jav&#x61;script:alert(1)"><text>x</text></a></svg>',
    "xlink with a tab": f'<svg {NS} xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href=" java\tscript:x()"/></svg>',
    "animation to a script": f'<svg {NS}><a><set attributeName="href" to="javascript:alert(1)"/></a></svg>',
    "data document": f'<svg {NS}><image href="data:text/html,x"/></svg>',
    "stylesheet instruction": f'<?xml-stylesheet href="x.xsl" type="text/xsl"?><svg {NS}/>',
    "entities": f'<!DOCTYPE svg [<!ENTITY x "javascript:alert(1)">]><svg {NS}><a href="&x;"/></svg>',
    "not well-formed": f"<svg {NS}><text>",
    "a values list": f'<svg {NS}><a><animate attributeName="href" values="https://x/;javascript:alert(1)"/></a></svg>',
    "default attributes": f'<!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]><svg {NS}/>',
    "utf-7": '<?xml version="1.0" encoding="UTF-7"?>'
             f'<svg {NS}><text>+ADwAIQAtAC0-</text><script>alert(1)</script><text>+AC0ALQA+-</text></svg>',
    "many attributes": f"<svg {NS} " + " ".join(f'a{i}="1"' for i in range(1001)) + "/>",
    "declarations after a long comment": '<?xml version="1.0"?><!--' + "x" * 70_000 +
                                         f'--><!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]><svg {NS}/>',
}


@pytest.mark.parametrize("case", sorted(ACTIVE))
def test_an_svg_that_could_run_anything_is_refused(tmp_path: Path, case: str) -> None:
    path = tmp_path / "chart.svg"
    path.write_text(ACTIVE[case], "utf-8")
    assert refusal("A/chart.svg", path).startswith("this SVG image holds "), case


def test_a_utf16_svg_with_a_handler_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "chart.svg"
    path.write_bytes(f'<svg onload="alert(1)" {NS}/>'.encode("utf-16"))
    assert "onload" in refusal("A/chart.svg", path)
    path.write_bytes(('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ATTLIST svg onload CDATA "x()">]>'
                      f'<svg {NS}/>').encode("utf-16-le"))  # no byte order mark
    assert "neither UTF-8 nor UTF-16" in refusal("A/chart.svg", path)


def test_a_latin1_chart_is_read_as_browsers_read_it(tmp_path: Path) -> None:
    path = tmp_path / "chart.svg"
    path.write_bytes(f'<?xml version="1.0" encoding="ISO-8859-1"?><svg {NS}><text>Caf\xe9</text></svg>'.encode("latin-1"))
    assert refusal("A/chart.svg", path) == ""


@pytest.mark.parametrize("text", [MATPLOTLIB, f'<svg {NS}><image href="data:image/png;base64,AAAA"/></svg>',
                                  f'<svg {NS} data-name="Data: 2023" aria-label="JavaScript: 40%"><a href="https://'
                                  f'example.org/">x</a></svg>',
                                  "<svg><text>no namespace at all</text></svg>"])
def test_an_exported_chart_is_published(tmp_path: Path, text: str) -> None:
    path = tmp_path / "chart.svg"
    path.write_text(text, "utf-8")
    assert refusal("A/chart.svg", path) == ""


@pytest.mark.parametrize("name", ["notes.html", "tool.js", "feed.atom", "page.xhtm", "f.MML", "x.svgz", "s.xsd",
                                  "t.mathml", "route.kml", "notes.html."])
def test_only_passive_file_types_are_published_beside_the_briefings(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("x", "utf-8")
    assert "could be served as a document or script" in refusal(f"A/{name}", path)
    assert "put it in a .zip archive" in refusal(f"A/{name}", path)
    for passive in ("data.csv", "report.PDF", "chart.png", "LICENSE", "style.css", "survey.dta", "map.kmz"):
        assert refusal(f"A/{passive}", path) == "", passive
