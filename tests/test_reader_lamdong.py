"""The reader on the real Lâm Đồng reports. Expected values come from reading the
documents (the /tmp/txt dumps and Word), not from running the reader."""
import datetime as dt
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipeline.reader import read_report
from pipeline.reader.legacy import soffice_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LD = SHARED / "corpus-real" / "lam-dong"

if not LD.is_dir():
    pytest.skip(f"shared material missing: {LD}", allow_module_level=True)

FILES = sorted(p for p in LD.iterdir() if p.suffix.lower() in (".docx", ".doc"))
BCD = "Ủy ban nhân dân tỉnh Lâm Đồng / Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, " \
      "chuyển đổi số và Đề án 06"


def _read(name):
    return read_report(LD / name)


def _kids(rep, parent_id):
    return [s for s in rep.sections if s.parent_id == parent_id]


def _child(rep, parent_id, label, nth=0):
    return [s for s in _kids(rep, parent_id) if s.label == label][nth]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_file_reads(path):
    if path.suffix.lower() == ".doc" and soffice_path() is None:
        pytest.skip("LibreOffice (soffice) not installed: apt-get install -y "
                    "--no-install-recommends libreoffice-writer-nogui")
    rep = read_report(path)
    assert len(rep.paragraphs) > 50
    assert all(p.para_id == i for i, p in enumerate(rep.paragraphs))
    ids = {s.section_id for s in rep.sections}
    assert all(p.section_id in ids for p in rep.paragraphs)
    for p in rep.paragraphs:
        assert p.text == unicodedata.normalize("NFC", p.text) and "  " not in p.text
        for ref in p.refs:
            assert 0 <= ref.offset <= len(p.text)
    if path.suffix.lower() == ".docx":
        # Every footnote reference in the XML gives a numbered note with text.
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        n_refs = xml.count("<w:footnoteReference ")
        refs = [r for p in rep.paragraphs for r in p.refs if r.kind == "footnote"]
        assert len(refs) == n_refs
        notes = {p.note_id for p in rep.paragraphs if p.source == "footnote"}
        assert notes == set(range(1, n_refs + 1))


def test_de_an_06_august_metadata_and_tree():
    rep = _read("BAO CAO DE AN 06 THANG 8.docx")
    md = rep.metadata
    assert md.org == BCD
    assert (md.doc_type, md.doc_number, md.place) == ("BÁO CÁO", "", "Lâm Đồng")
    assert (md.issued_date, md.issued_precision) == (dt.date(2025, 8, 1), "month")
    assert md.title == "Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 8/2025"
    assert (md.period.label, md.period.kind, md.period.start, md.period.end, md.period.cumulative) \
        == ("tháng 8/2025", "month", dt.date(2025, 8, 1), dt.date(2025, 8, 31), False)
    top = _kids(rep, 0)
    assert [(s.label, s.heading) for s in top] == [
        ("I.", "CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"), ("II.", "KẾT QUẢ CÁC MẶT CÔNG TÁC"),
        ("III.", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI")]
    i, ii, iii = (s.section_id for s in top)
    assert [(s.label, s.heading) for s in _kids(rep, i)] == [
        ("1.", "Công tác chỉ đạo của Ban chỉ đạo tỉnh"),
        ("2.", "Công tác tham mưu, chỉ đạo của Công an tỉnh - Cơ quan thường trực"),
        ("3.", "Các sở, ban, ngành"), ("4.", "Ủy ban nhân dân các xã, phường, đặc khu")]
    assert [s.label for s in _kids(rep, _child(rep, i, "1.").section_id)] == ["a)", "b)", "c)", "d)"]
    assert [s.label for s in _kids(rep, _child(rep, i, "2.").section_id)] == ["a)", "b)", "c)", "d)", "đ)"]
    assert [s.label for s in _kids(rep, ii)] == [f"{n}." for n in range(1, 10)]
    ii1 = _child(rep, ii, "1.")
    assert [s.heading for s in _kids(rep, ii1.section_id)] == \
        ["Về dịch vụ công trực tuyến", "Về dịch vụ công thiết yếu"]
    assert [s.label for s in _kids(rep, _child(rep, ii, "2.").section_id)] == ["a)", "b)", "c)", "d)", "đ)"]
    assert [s.heading for s in _kids(rep, _child(rep, ii, "7.").section_id)] == \
        ["Công tác số hóa dữ liệu", "Công tác làm sạch dữ liệu của các ngành"]
    assert [s.label for s in _kids(rep, iii)] == [f"{n}." for n in range(1, 13)]
    assert _child(rep, iii, "9.").heading == "Bảo hiểm xã hội tỉnh"
    assert [s.label for s in _kids(rep, _child(rep, iii, "12.").section_id)] == \
        ["a)", "b)", "c)", "d)", "đ)", "e)"]
    # The run-on item keeps its figures in the narrative, under its own section.
    p = next(p for p in rep.paragraphs if "2.028 dịch vụ công" in p.text)
    assert p.role == "narrative"
    assert [s.label for s in rep.section_path(p.section_id)] == ["", "II.", "1.", "a)"]


def test_chi_so_tree_and_tables():
    rep = _read("Bao cao cac chi so cua tinh 06.11s.docx")
    md = rep.metadata
    assert md.org == "Ủy ban nhân dân tỉnh Lâm Đồng / Sở Nội vụ"
    assert md.issued_date == dt.date(2025, 11, 1) and md.issued_precision == "month"
    assert md.title == "Tình hình thực hiện các chỉ số PAR Index, SIPAS, PAPI, PCI, 766 của tỉnh Lâm Đồng"
    top = _kids(rep, 0)
    assert [s.label for s in top] == ["I.", "II.", "III.", "IV.", "V.", "VI."]
    assert top[0].heading == "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)"
    assert top[3].heading == "CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI)"
    for sec in top[:5]:
        assert [s.label for s in _kids(rep, sec.section_id)] == ["1.", "2.", "3."]
    letters = {0: 6, 1: 4, 2: 3, 3: 0, 4: 5}   # a)... under "3." of I..V
    for k, n in letters.items():
        three = _child(rep, top[k].section_id, "3.")
        assert len(_kids(rep, three.section_id)) == n, top[k].label
    vi = _kids(rep, top[5].section_id)
    assert [(s.label, s.heading) for s in vi] == [("1.", "Nhiệm vụ, giải pháp chung"),
                                                  ("2.", "Đề xuất lãnh đạo UBND tỉnh chỉ đạo")]
    assert [s.label for s in _kids(rep, vi[0].section_id)] == ["a)", "b)", "c)", "d)", "đ)", "e)"]
    assert [s.heading for s in _kids(rep, vi[1].section_id)][0] == "Giao Văn phòng UBND tỉnh"
    # Table cells carry their two-level column header and row label.
    cell = next(p for p in rep.paragraphs if p.source == "table" and p.text == "99,9%")
    assert cell.header == "Lâm Đồng / Chỉ số"
    assert cell.row_header == "Công tác chỉ đạo, điều hành"
    assert [s.label for s in rep.section_path(cell.section_id)] == ["", "I.", "1."]
    # Letterhead and signature table are kept out of the narrative.
    assert {p.role for p in rep.paragraphs if p.text == "SỞ NỘI VỤ"} == {"letterhead"}
    assert {p.role for p in rep.paragraphs if p.text == "Trần Hữu Tuấn"} == {"signature"}


def test_cchc_2025_tree_with_appendix():
    rep = _read("BAO CAO CCHC NAM 2025.docx")
    md = rep.metadata
    assert md.org == "Ủy ban nhân dân tỉnh Lâm Đồng"
    assert (md.period.kind, md.period.start, md.period.end) == \
        ("year", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert md.issued_date == dt.date(2025, 12, 1)
    top = _kids(rep, 0)
    assert [(s.label, s.heading) for s in top] == [
        ("I.", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"),
        ("II.", "KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH"),
        ("III.", "ĐÁNH GIÁ CHUNG"),
        ("IV.", "PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026"),
        ("", "PHỤ LỤC")]
    assert [s.label for s in _kids(rep, top[0].section_id)] == [f"{n}." for n in range(1, 7)]
    assert [s.heading for s in _kids(rep, top[1].section_id)] == [
        "Cải cách thể chế", "Cải cách thủ tục hành chính (TTHC)", "Cải cách tổ chức bộ máy",
        "Cải cách chế độ công vụ", "Cải cách tài chính công",
        "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"]
    ii6 = _child(rep, top[1].section_id, "6.")
    assert [s.label for s in _kids(rep, ii6.section_id)] == \
        ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"]
    assert [s.label for s in _kids(rep, top[3].section_id)] == [f"{n}." for n in range(1, 8)]
    # "5. Về tổng hợp ...: Tổng số nhiệm vụ được giao là 123, ..." is a run-on heading.
    i5 = _child(rep, top[0].section_id, "5.")
    assert i5.heading.startswith("Về tổng hợp, cập nhật tiến độ") and ":" not in i5.heading
    assert rep.paragraphs[i5.para_id].role == "narrative"
    assert "123/123" in rep.paragraphs[i5.para_id].text
    # The signature table closes the report; the appendix tables stay narrative.
    assert [p.text for p in rep.paragraphs if p.role == "signature"] == \
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"]
    cell = next(p for p in rep.paragraphs if p.source == "table" and p.text == "82")
    assert cell.role == "narrative" and cell.header == "Kết quả thống kê / Số liệu"
    assert rep.section(cell.section_id).section_id != 0


@pytest.mark.parametrize("name,label,kind,start,end,cumulative", [
    ("BÁO CÁO ĐỀ ÁN 06 thang 9.docx", "tháng 9/2025", "month",
     dt.date(2025, 9, 1), dt.date(2025, 9, 30), False),
    ("BÁO CÁO ĐỀ ÁN 06 tháng 10.docx", "tháng 10/2025", "month",
     dt.date(2025, 10, 1), dt.date(2025, 10, 31), False),
    ("BÁO CÁO ĐỀ ÁN 06 tính đến 20-9-2025 .docx", "tháng 9/2025", "month",
     dt.date(2025, 9, 1), dt.date(2025, 9, 30), False),
    ("Báo cáo CCHC Qúy I 2026 tỉnh Lâm Đồng.docx", "quý I năm 2026", "quarter",
     dt.date(2026, 1, 1), dt.date(2026, 3, 31), False),
    ("Phu luc kem BC CCHC nam 2025.docx", "NĂM 2025", "year",
     dt.date(2025, 1, 1), dt.date(2025, 12, 31), False),
])
def test_periods_from_titles(name, label, kind, start, end, cumulative):
    p = _read(name).metadata.period
    assert (p.label, p.kind, p.start, p.end, p.cumulative) == (label, kind, start, end, cumulative)


def test_blank_day_and_month():
    md = _read("BÁO CÁO ĐỀ ÁN 06 thang 9.docx").metadata   # "ngày   tháng   năm 2025"
    assert (md.issued_date, md.issued_precision) == (dt.date(2025, 1, 1), "year")


@pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) not installed")
def test_legacy_doc_through_libreoffice():
    path = LD / "BÁO CÁO ĐỀ ÁN 06 tính đến 20-10-2025 .doc"
    rep = read_report(path)
    md = rep.metadata
    assert md.org == BCD and md.doc_type == "BÁO CÁO"
    assert md.title == "Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 10/2025"
    assert [s.label for s in _kids(rep, 0)] == ["I.", "II.", "III."]
    # LibreOffice renumbers footnote ids; notes are numbered by reference order.
    refs = [r.note_id for p in rep.paragraphs for r in p.refs]
    assert refs == list(range(1, len(refs) + 1)) and len(refs) >= 5
    assert rep.path == str(path)
