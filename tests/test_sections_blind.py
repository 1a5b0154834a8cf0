"""Section tree and paragraph sections on report layouts the reader was not built on.

Each skeleton in sections_blind_cases.py was labelled by reading it before the reader
was run on it: the tree (level, label, heading) with parents implied by the levels, and
for each paragraph holding figures the section it belongs to (label, heading prefix;
None = the root, before any heading)."""
import pytest

from docx_factory import make_docx
from pipeline.reader import read_report
from sections_blind_cases import CASES


def _parents(tree):
    out, stack = [], []
    for i, (level, _, _) in enumerate(tree):
        while stack and tree[stack[-1]][0] >= level:
            stack.pop()
        out.append(stack[-1] + 1 if stack else 0)     # section ids: root 0, then 1, 2, ...
        stack.append(i)
    return out


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_blind_skeleton(tmp_path, case):
    rep = read_report(make_docx(tmp_path / f"{case['name']}.docx", "".join(case["paras"]), case["parts"]))
    got = [(s.level, s.label, s.heading) for s in rep.sections[1:]]
    want = case["tree"]
    assert [g[:2] for g in got] == [w[:2] for w in want], got
    assert all(g[2].startswith(w[2]) for g, w in zip(got, want)), got
    assert [s.parent_id for s in rep.sections[1:]] == _parents(want)
    for prefix, where in case["figs"].items():
        para = next(q for q in rep.paragraphs if q.text.startswith(prefix))
        sec = rep.section(para.section_id)
        if where is None:
            assert sec.section_id == 0, (prefix, sec)
        else:
            assert (sec.label, sec.heading[:len(where[1])]) == where, (prefix, sec)
            assert para.role in ("narrative", "heading")


def _case(name):
    return next(c for c in CASES if c["name"] == name)


def test_list_items_stay_narrative_in_their_section(tmp_path):
    c = _case("numbered_person_list")
    rep = read_report(make_docx(tmp_path / "l.docx", "".join(c["paras"]), c["parts"]))
    items = [q for q in rep.paragraphs if q.text[:2] in ("1.", "2.", "3.")]
    assert len(items) == 3 and all(q.role == "narrative" for q in items)


def test_part_title_line_and_signature_lines_roles(tmp_path):
    c = _case("parts_with_title_line")
    rep = read_report(make_docx(tmp_path / "p.docx", "".join(c["paras"]), c["parts"]))
    title = next(q for q in rep.paragraphs if q.text.startswith("KẾT QUẢ THỰC HIỆN NHIỆM VỤ"))
    assert title.role == "heading" and rep.section(title.section_id).label == "PHẦN THỨ NHẤT"
    c = _case("plain_signature_no_recipients")
    rep = read_report(make_docx(tmp_path / "s.docx", "".join(c["paras"]), c["parts"]))
    assert [q.role for q in rep.paragraphs[-3:]] == ["signature"] * 3


def test_short_closing_sentences_with_figures_are_not_a_signature(tmp_path):
    from docx_factory import p
    from sections_blind_cases import head, letterhead
    body = "".join([letterhead(), *head(), p("I. KẾT QUẢ", bold=True), p("Tiếp nhận 12 đơn thư."),
                    p("Chủ tịch UBND xã tiếp 25 lượt công dân."), p("Trên đây là báo cáo của UBND xã.")])
    rep = read_report(make_docx(tmp_path / "c.docx", body))
    assert all(q.role == "narrative" for q in rep.paragraphs[-3:])


def test_title_stops_at_a_flush_left_bold_heading(tmp_path):
    c = _case("caps_right_after_title")
    rep = read_report(make_docx(tmp_path / "t.docx", "".join(c["paras"]), c["parts"]))
    assert rep.metadata.title == "Tình hình an ninh trật tự quý I năm 2025"
