"""The reader on the seed report. Expected values were written by reading
../shared/seed/phung-hiep-q2-2024.txt, not by running the reader."""
import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from pipeline.reader import read_report

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "phung-hiep-q2-2024.docx"

if not SEED.exists():
    pytest.skip(f"shared material missing: {SEED}", allow_module_level=True)

STAR_II2 = ["Công tác Tuyên giáo", "Công tác Tổ chức, cán bộ",
            "Công tác Kiểm tra, giám sát, thi hành kỷ luật Đảng", "Công tác Dân vận",
            "Công tác Đào tạo, bồi dưỡng cán bộ", "Công tác Văn phòng",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Liên đoàn Lao động huyện",
            "Hội Cựu Chiến binh huyện", "Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện", "Hội Chữ thập đỏ huyện"]

# (label, heading, children) read off the seed text; "2." twice and "IV." twice as written.
TREE = [
    ("I.", "NHỮNG KẾT QUẢ THỰC HIỆN THÔNG BÁO KẾT LUẬN TẠI BUỔI LÀM VIỆC ĐỊNH KỲ I/2024", []),
    ("II.", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024", [
        ("1.", "Kết quả thực hiện các chỉ tiêu về xây dựng Đảng, Đoàn thể", []),
        ("2.", "Các mặt công tác trọng tâm", []),
        ("2.", "Kết quả cụ thể trên từng lĩnh vực", [("*", h, []) for h in STAR_II2]),
    ]),
    ("III.", "NHẬN XÉT, ĐÁNH GIÁ", [
        ("1.", "Kết quả đạt được", []),
        ("2.", "Khó khăn, hạn chế và nguyên nhân", [
            ("*", "Khó khăn, hạn chế", []),
            ("*", "Nguyên nhân hạn chế", []),
        ]),
    ]),
    ("IV.", "MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI", [
        ("1.", "Các mặt công tác trọng tâm", []),
        ("2.", "Nhiệm vụ cụ thể từng lĩnh vực", []),
    ]),
    ("IV.", "ĐỀ XUẤT, KIẾN NGHỊ", []),
]

# note number -> (words right before the mark in the body, start of the note text)
NOTES = {
    1: ("tổng kết các chỉ thị, nghị quyết của Đảng theo quy định", "Báo cáo tổng kết 15 năm"),
    2: ("theo Kế hoạch số 10-KH/BCĐ ngày 29/02/2024 của Ban Chỉ đạo 35 tỉnh",
        "Đến thời điểm hiện tại là 696 bài/4.900 đảng viên"),
    3: ("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện", "Khối Đảng: 34 biên chế"),
    4: ("xếp loại chất lượng tổ chức cơ sở đảng", "Có 56 đảng bộ, chi bộ cơ sở"),
    5: ("tổ chức cơ sở đảng và đảng viên", "Có 4.154 đảng viên hoàn thành tốt nhiệm vụ"),
    6: ("ban hành 15 văn bản về công tác cán bộ", "05 trường hợp theo Kết luận"),
    7: ("tổ chức chu đáo Lễ trao Huy hiệu Đảng cho 40 đồng chí", "Huy hiệu 30 năm tuổi Đảng 11"),
    8: ("Mặt trận và đoàn thể theo quy định", "Cử 02 cán bộ học lớp Cao cấp"),
    9: ("Ban Thường vụ Huyện ủy và Ủy ban Kiểm tra Huyện ủy đúng theo quy định",
        "Ban Thường vụ Huyện ủy đã triển khai thực hiện giám sát 04 tổ chức đảng"),
    10: ("Thi hành kỷ luật 08 đồng chí", "Ban Thường vụ Huyện ủy thi hành kỷ 02 đồng chí"),
    11: ("Nhận 09 đơn tố cáo đảng viên", "Kết quả đã giải quyết: xếp lưu 04 đơn"),
    12: ("Xây dựng và nhân rộng các mô hình tiêu biểu", "mô hình đột phá “3 xanh, 4 có, 5 không”"),
}


@pytest.fixture(scope="module")
def report():
    return read_report(SEED)


def _tree(report, parent_id=0):
    kids = [s for s in report.sections if s.parent_id == parent_id]
    return [(s.label, s.heading, _tree(report, s.section_id)) for s in kids]


def test_metadata(report):
    md = report.metadata
    assert md.org == "Huyện ủy Phụng Hiệp / Văn phòng"   # running-text spelling of the letterhead
    assert md.doc_type == "BÁO CÁO"
    assert md.doc_number == ""                     # "Số       -BC/VPHU": number left blank
    assert md.doc_symbol == "BC/VPHU"              # ... but the symbol is kept
    assert md.place == "Phụng Hiệp"
    assert md.issued_date == dt.date(2024, 6, 1) and md.issued_precision == "month"
    assert md.title.startswith("Làm việc định kỳ quý II/2024 giữa Thường trực Huyện ủy với")
    assert md.title.endswith("đoàn thể chính trị - xã hội huyện")
    assert "quý II/2024" not in md.subject and md.subject.startswith("Làm việc định kỳ")
    p = md.period
    assert "quý II/2024" in p.label
    # titled by its quarter, but section II reports "6 THÁNG ĐẦU NĂM 2024": running totals
    assert (p.kind, p.start, p.end, p.cumulative) == \
        ("quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30), True)


def test_whole_section_tree(report):
    assert _tree(report) == TREE
    levels = {s.label: s.level for s in report.sections if s.section_id}
    assert levels["I."] == 1 and levels["1."] == 2 and levels["*"] == 3


def test_heading_paragraphs_and_section_paths(report):
    paras = report.paragraphs
    for s in report.sections[1:]:
        p = paras[s.para_id]
        assert p.section_id == s.section_id
        assert s.heading in p.text
    # The run-on star line keeps its body text and stays narrative.
    runon = next(s for s in report.sections if s.heading == "Nguyên nhân hạn chế")
    assert paras[runon.para_id].role == "narrative"
    assert paras[runon.para_id].text.startswith("* Nguyên nhân hạn chế: Một ít cấp ủy")
    # "70,87%" (Word split the runs) sits in II > 1.
    p = next(p for p in paras if "70,87%" in p.text)
    assert [s.label for s in report.section_path(p.section_id)] == ["", "II.", "1."]
    # A paragraph under "* Hội Nông dân huyện".
    p = next(p for p in paras if "kết nạp mới 1.523 hội viên" in p.text)
    path = report.section_path(p.section_id)
    assert [s.heading for s in path[1:]] == ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
                                             "Kết quả cụ thể trên từng lĩnh vực",
                                             "Hội Nông dân huyện"]


def test_roles(report):
    paras = report.paragraphs
    lh = [p.text for p in paras if p.role == "letterhead"]
    assert "HUYỆN ỦY PHỤNG HIỆP" in lh and "Phụng Hiệp, ngày tháng 6 năm 2024" in lh
    assert [p.text for p in paras if p.role == "title"][:2] == \
        ["BÁO CÁO", "Làm việc định kỳ quý II/2024 giữa Thường trực Huyện ủy"]
    rec = [p.text for p in paras if p.role == "recipients"]
    assert rec[0] == "Nơi nhận:" and "- Lưu Văn phòng Huyện ủy." in rec
    assert [p.text for p in paras if p.role == "signature"] == ["CHÁNH VĂN PHÒNG", "Võ Văn Kết"]
    narrative = " ".join(p.text for p in paras if p.role == "narrative")
    assert "Nơi nhận" not in narrative and "CỘNG SẢN VIỆT NAM" not in narrative


def test_twelve_footnotes_attached_to_their_anchors(report):
    paras = report.paragraphs
    notes = [p for p in paras if p.source == "footnote"]
    assert sorted({p.note_id for p in notes}) == list(range(1, 13))
    body_end = min(p.para_id for p in notes)
    assert all(p.source not in ("footnote", "endnote") for p in paras[:body_end])
    refs = {r.note_id: (p, r) for p in paras[:body_end] for r in p.refs}
    assert sorted(refs) == list(range(1, 13))
    for n, (before, note_start) in NOTES.items():
        anchor, ref = refs[n]
        assert ref.kind == "footnote"
        assert anchor.text[:ref.offset].endswith(before), n
        first = next(p for p in notes if p.note_id == n)
        assert first.text.startswith(note_start), n
        assert (first.anchor_para_id, first.anchor_offset) == (anchor.para_id, ref.offset)
        assert first.section_id == anchor.section_id
    # Note 10 holds the breakdown of "Thi hành kỷ luật 08 đồng chí".
    anchor, ref = refs[10]
    assert anchor.text[ref.offset:].startswith(". Nhận 09 đơn")
    n10 = [p.text for p in notes if p.note_id == 10]
    assert len(n10) == 1 and "Khai trừ ra khởi Đảng" in n10[0]
    # Note 9 has eight paragraphs (two lead lines and six "+" items).
    n9 = [p.text for p in notes if p.note_id == 9]
    assert len(n9) == 8 and sum(t.startswith("+ ") for t in n9) == 6


def test_text_is_joined_and_nfc(report):
    texts = [p.text for p in report.paragraphs]
    assert any("đạt 70,87% chỉ tiêu" in t for t in texts)
    assert any("43.140/50.652 hộ" in t for t in texts)
    for t in texts:
        assert t == unicodedata.normalize("NFC", t)
        assert not any(unicodedata.combining(ch) for ch in t), t[:60]
        assert "  " not in t and t == t.strip() and "\u00a0" not in t and "\t" not in t
    assert all(p.para_id == i for i, p in enumerate(report.paragraphs))
