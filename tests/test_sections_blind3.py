"""Third blind test of the section tree: the skeletons of sections_blind_cases3.py, scored with
the helpers of test_sections_blind2.py (a tree is right when levels, labels, heading prefixes
and parents all match; a figure paragraph is right when it sits in the expected section).
The whole set must stay at or above the floors; `python tests/test_sections_blind3.py
[dev|held|NAME...]` prints each miss."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sections_blind_cases3 import CASES, HELD_OUT
from test_sections_blind2 import run

TREE_FLOOR = 0.95
PARA_FLOOR = 0.98


def test_blind_set_3_floors():
    trees, right, total, misses = run(CASES)
    assert trees / len(CASES) >= TREE_FLOOR and right / total >= PARA_FLOOR, misses



def test_label_edges_of_the_new_rules():
    from pipeline.reader.headings import classify
    assert classify("Phần A. KẾT QUẢ")[:2] == ("part", "Phần A")
    assert classify("PHẦN B - NHIỆM VỤ")[:2] == ("part", "PHẦN B")
    assert classify("Phần A của biểu mẫu") is None
    assert classify("Mục II. LĨNH VỰC XÃ HỘI")[:2] == ("division", "Mục II")
    assert classify("MỤC I")[:2] == ("division", "MỤC I")
    assert classify("Mục 5 Chương II Luật Đất đai") is None
    assert classify("Mục II của Thông tư số 10") is None


def test_toc_entries_and_split_labels(tmp_path):
    """Dot-leader lines are contents entries wherever they stand; a lone label joins only a
    short heading-like line, never a sentence."""
    from docx_factory import make_docx, p
    from pipeline.reader import read_report
    from sections_blind_cases import head, letterhead
    body = "".join([letterhead(), *head(), p("II. KẾT QUẢ ........ 4"), p("1.", bold=True),
                    p("Kết nạp 12 đảng viên.", bold=True), p("2.", bold=True), p("Kinh tế", bold=True),
                    p("Thu 4 tỷ đồng.")])
    rep = read_report(make_docx(tmp_path / "t.docx", body))
    assert [(s.label, s.heading) for s in rep.sections[1:]] == [("2.", "Kinh tế")]
    assert rep.paragraphs[-2].role == "heading" and rep.section(rep.paragraphs[-1].section_id).label == "2."


def test_contents_lines_are_no_facts(tmp_path):
    """A table of contents opens no section, and its page numbers are not figures of the report."""
    from docx_factory import make_docx, p
    from extractors import extract_report
    from pipeline.reader import read_report
    xml = "".join([p("BÁO CÁO", bold=True, jc="center"), p("Kết quả năm 2025", bold=True, jc="center"),
                   p("MỤC LỤC", bold=True), p("I. Kết quả ........ 3"), p("II. Phương hướng ........ 12"),
                   p("I. KẾT QUẢ", bold=True), p("Kết nạp 45 đảng viên."),
                   p("II. PHƯƠNG HƯỚNG", bold=True), p("Phấn đấu kết nạp 50 đảng viên.")])
    report = read_report(make_docx(tmp_path / "toc.docx", xml))
    assert [q.role for q in report.paragraphs if q.text.startswith(("MỤC", "I. Kết", "II. Ph"))] == ["contents"] * 3
    assert [s.label for s in report.sections[1:]] == ["I.", "II."]
    assert [f.raw for f in extract_report(report)[0]] == ["45 đảng viên", "50 đảng viên"]


if __name__ == "__main__":
    from test_sections_blind2 import main
    main(CASES, HELD_OUT, sys.argv[1:])
