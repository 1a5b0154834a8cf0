"""Word auto-numbering: labels computed from numbering.xml, as Word shows them."""
import pytest

from docx_factory import make_docx, numbering, p, styles
from pipeline.reader import read_report
from pipeline.reader.numbering import to_letter, to_roman

ROMAN_DEC_LETTER = [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("lowerLetter", "%3)", 1)]


@pytest.fixture()
def auto_numbered(tmp_path):
    num = numbering(
        {0: ROMAN_DEC_LETTER, 1: [("bullet", "-", 1)]},
        {1: (0, {}),            # the main list
         2: (0, {0: 5}),        # same list definition, restarted at V by startOverride
         3: (1, {})})           # a bullet list
    sty = styles('<w:style w:type="paragraph" w:styleId="Muc2"><w:name w:val="Muc 2"/>'
                 '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 '<w:rPr><w:b/></w:rPr></w:style>')
    body = "".join([
        p("BÁO CÁO", bold=True, jc="center"),
        p("Kết quả công tác quý I năm 2025", bold=True, jc="center"),
        p("KẾT QUẢ THỰC HIỆN", bold=True, num=(1, 0)),
        p("Công tác A", bold=True, num=(1, 1)),
        p("Việc một", num=(1, 2)),
        p("Nội dung việc một có 12 cuộc."),
        p("Việc hai", num=(1, 2)),
        p("Công tác B", bold=True, num=(1, 1)),
        p("Việc ba", num=(1, 2)),                 # letters restart under a new "2."
        p("NHIỆM VỤ", bold=True, num=(1, 0)),
        p("Nhiệm vụ chung", bold=True, num=(1, 1)),   # decimals restart under "II."
        *[p(f"Việc {k}", num=(1, 2)) for k in ("một", "hai", "ba", "bốn", "năm")],
        p("Nhiệm vụ riêng", style="Muc2"),          # numbered through its style
        p("Gạch đầu dòng không phải đề mục", num=(3, 0)),
        p("ĐỀ XUẤT", bold=True, num=(2, 0)),         # startOverride 5 -> "V."
        p("Kiến nghị", bold=True, num=(2, 1)),
    ])
    return make_docx(tmp_path / "auto.docx", body,
                     {"numbering.xml": num, "styles.xml": sty})


def test_auto_labels_and_tree(auto_numbered):
    rep = read_report(auto_numbered)
    got = [(s.level, s.label, s.heading) for s in rep.sections[1:]]
    assert got == [
        (1, "I.", "KẾT QUẢ THỰC HIỆN"),
        (2, "1.", "Công tác A"),
        (3, "a)", "Việc một"),
        (3, "b)", "Việc hai"),
        (2, "2.", "Công tác B"),
        (3, "a)", "Việc ba"),
        (1, "II.", "NHIỆM VỤ"),
        (2, "1.", "Nhiệm vụ chung"),
        (3, "a)", "Việc một"), (3, "b)", "Việc hai"), (3, "c)", "Việc ba"),
        (3, "d)", "Việc bốn"), (3, "e)", "Việc năm"),   # Word's latin letters: e, not đ
        (2, "2.", "Nhiệm vụ riêng"),
        (1, "V.", "ĐỀ XUẤT"),
        (2, "1.", "Kiến nghị"),
    ]
    # The label is not in the paragraph text; the text stays as written.
    heads = [rep.paragraphs[s.para_id] for s in rep.sections[1:]]
    assert heads[0].text == "KẾT QUẢ THỰC HIỆN" and heads[0].role == "heading"
    body = next(q for q in rep.paragraphs if q.text.startswith("Nội dung việc một"))
    assert [s.label for s in rep.section_path(body.section_id)] == ["", "I.", "1.", "a)"]
    bullet = next(q for q in rep.paragraphs if q.text.startswith("Gạch đầu dòng"))
    assert bullet.role == "narrative"
    assert rep.section(bullet.section_id).heading == "Nhiệm vụ riêng"


def test_number_formats():
    assert [to_roman(n) for n in (1, 4, 9, 14, 40, 90, 1999)] == \
        ["I", "IV", "IX", "XIV", "XL", "XC", "MCMXCIX"]
    assert [to_letter(n) for n in (1, 5, 26, 27, 28)] == ["a", "e", "z", "aa", "bb"]


def test_multilevel_text_and_start_values(tmp_path):
    num = numbering({0: [("decimal", "%1.", 3), ("decimal", "%1.%2.", 1), ("lowerRoman", "(%3)", 1)]},
                    {1: (0, {})})
    body = "".join([p("Phần ba", num=(1, 0), bold=True), p("Mục một", num=(1, 1), bold=True),
                    p("Mục hai", num=(1, 1), bold=True), p("Ý thứ nhất", num=(1, 2)),
                    p("Phần bốn", num=(1, 0), bold=True), p("Mục một của phần bốn", num=(1, 1), bold=True)])
    rep = read_report(make_docx(tmp_path / "multi.docx", body, {"numbering.xml": num}))
    labels = [(s.level, s.label) for s in rep.sections[1:]]
    # "(i)" is not a heading label type, so that paragraph stays body text.
    assert labels == [(1, "3."), (2, "3.1."), (2, "3.2."), (1, "4."), (2, "4.1.")]
