"""parse_period on the expressions reports use (expected dates written by hand)."""
import datetime as dt

import pytest

from pipeline.reader import parse_period

D = dt.date


@pytest.mark.parametrize("text,label,kind,start,end,cum", [
    ("Làm việc định kỳ quý II/2024 giữa Thường trực Huyện ủy", "quý II/2024", "quarter",
     D(2024, 4, 1), D(2024, 6, 30), False),
    ("Công tác cải cách hành chính quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026",
     "quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False),
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024", "6 THÁNG ĐẦU NĂM 2024", "half",
     D(2024, 1, 1), D(2024, 6, 30), True),
    ("Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 8/2025", "tháng 8/2025",
     "month", D(2025, 8, 1), D(2025, 8, 31), False),
    ("báo cáo tháng 11/2025", "tháng 11/2025", "month", D(2025, 11, 1), D(2025, 11, 30), False),
    ("Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026", "năm 2025",
     "year", D(2025, 1, 1), D(2025, 12, 31), False),
    ("BÁO CÁO ĐỀ ÁN 06 tính đến 20-9-2025 ", "tính đến 20-9-2025", "as_of",
     D(2025, 1, 1), D(2025, 9, 20), True),
    ("Tính đến ngày 15/11/2025, toàn tỉnh", "Tính đến ngày 15/11/2025", "as_of",
     D(2025, 1, 1), D(2025, 11, 15), True),
    ("kết quả 9 tháng năm 2025", "9 tháng năm 2025", "nine_months",
     D(2025, 1, 1), D(2025, 9, 30), True),
    ("Báo cáo CCHC Qúy I 2026 tỉnh Lâm Đồng", "Qúy I 2026", "quarter",
     D(2026, 1, 1), D(2026, 3, 31), False),
    ("BAO CAO CCHC NAM 2025", "NAM 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False),
    ("sơ kết Đề án 06 giai đoạn 2022 - 2025", "giai đoạn 2022 - 2025", "range",
     D(2022, 1, 1), D(2025, 12, 31), False),
])
def test_periods(text, label, kind, start, end, cum):
    p = parse_period(text)
    assert (p.label, p.kind, p.start, p.end, p.cumulative) == (label, kind, start, end, cum)


def test_default_year_and_dates_are_not_periods():
    p = parse_period("Báo cáo 9 tháng", default_year=2025)
    assert (p.kind, p.end) == ("nine_months", D(2025, 9, 30))
    assert parse_period("quý II") is None                     # no year known
    assert parse_period("Ngày 14/3/2024, Thường trực Huyện ủy") is None
    assert parse_period("Lâm Đồng, ngày 15 tháng 11 năm 2025") is None
    assert parse_period("") is None


@pytest.mark.parametrize("text,end", [("Báo cáo 11 tháng năm 2025", dt.date(2025, 11, 30)),
                                      ("kết quả 10 tháng đầu năm 2025", dt.date(2025, 10, 31))])
def test_months_counted_from_january(text, end):
    p = parse_period(text)
    assert (p.kind, p.start, p.end, p.cumulative) == ("as_of", dt.date(2025, 1, 1), end, True)


@pytest.mark.parametrize("text,label,kind,start,end,cum", [
    # the year written once, after the next period's name, belongs to the first one too
    ("Kết quả công tác quý I và phương hướng, nhiệm vụ quý II năm 2024", "quý I", "quarter",
     D(2024, 1, 1), D(2024, 3, 31), False),
    ("Sơ kết 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024", "6 tháng đầu năm",
     "half", D(2024, 1, 1), D(2024, 6, 30), True),
    ("Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2025", "tháng 10", "month",
     D(2025, 10, 1), D(2025, 10, 31), False),
    # "6 tháng năm 2024" is the first half, not the year
    ("Kết quả thực hiện nhiệm vụ 6 tháng năm 2024", "6 tháng năm 2024", "half",
     D(2024, 1, 1), D(2024, 6, 30), True),
    ("từ 15/12/2023 đến 14/6/2024", "từ 15/12/2023 đến 14/6/2024", "range",
     D(2023, 12, 15), D(2024, 6, 14), False),
    ("Báo cáo tổng kết nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "range",
     D(2020, 1, 1), D(2025, 12, 31), False),
    # a span of years is the period only when nothing shorter is written
    ("Thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025, quý II/2024", "quý II/2024", "quarter",
     D(2024, 4, 1), D(2024, 6, 30), False),
])
def test_periods_sharing_a_year_and_less_common_forms(text, label, kind, start, end, cum):
    p = parse_period(text)
    assert (p.label, p.kind, p.start, p.end, p.cumulative) == (label, kind, start, end, cum)


def test_period_without_its_year_does_not_start_after_the_issue_date(tmp_path):
    """Issued on 05/01/2025, "quý IV và phương hướng quý I năm 2025" reports on quý IV/2024."""
    import docx
    from pipeline.reader import read_report
    d = docx.Document()
    for t in ["HUYỆN ỦY LONG MỸ", "Số 88-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Long Mỹ, ngày 05 tháng 01 năm 2025", "BÁO CÁO",
              "Kết quả công tác quý IV và phương hướng, nhiệm vụ quý I năm 2025",
              "I. KẾT QUẢ", "Kết nạp 21 đảng viên."]:
        d.add_paragraph(t)
    d.save(tmp_path / "q4.docx")
    per = read_report(tmp_path / "q4.docx").metadata.period
    assert (per.label, per.start, per.end) == ("quý IV", D(2024, 10, 1), D(2024, 12, 31))


def test_three_months_school_year_week():
    import datetime as dt
    from pipeline.reader.periods import parse_period
    p = parse_period("Kết quả 3 tháng đầu năm 2025")
    assert (p.kind, p.start, p.end, p.cumulative) == ("quarter", dt.date(2025, 1, 1), dt.date(2025, 3, 31), True)
    p = parse_period("phương hướng 3 tháng cuối năm 2024")
    assert (p.kind, p.start, p.end, p.cumulative) == ("quarter", dt.date(2024, 10, 1), dt.date(2024, 12, 31), False)
    p = parse_period("Tổng kết năm học 2024 - 2025")
    assert (p.label, p.kind, p.start, p.end) == ("năm học 2024 - 2025", "range", dt.date(2024, 9, 1), dt.date(2025, 8, 31))
    p = parse_period("Tình hình công tác tuần 10 năm 2025")
    assert (p.label, p.kind, p.start, p.end) == ("tuần 10 năm 2025", "range", dt.date(2025, 3, 3), dt.date(2025, 3, 9))
    assert parse_period("trong 3 tháng, đạt 12 cuộc") is None
