"""Fourth blind test of the metadata reader (scored by tests/test_metadata_blind3.py with round 3; its rules tested in tests/test_metadata_blind4.py): 48 invented report heads in
shapes the first three sets lack or have once.

Bodies of mass organisations and agencies of Lâm Đồng after the 2025 merger (Đoàn of a commune, with
"ĐOÀN TNCS HỒ CHÍ MINH XÃ ..." as its own line; Hội LHPN, Hội Nông dân, Hội CCB with their Ban Thường vụ;
Công an xã/phường; Ban CHQS under Bộ CHQS or under a xã; Trung tâm Y tế khu vực; Phòng GD&ĐT; "Sở ...
tỉnh Lâm Đồng" on one line; Chi cục under its Sở or Cục; Ban Chỉ đạo under UBND or a Đảng ủy, "BCĐ 389";
Văn phòng HĐND và UBND; Trung tâm Phục vụ hành chính công; a Mầm non school); doc types beyond BÁO CÁO
("BÁO CÁO NHANH", "BÁO CÁO TÓM TẮT", "THÔNG BÁO" of results, "TỜ TRÌNH", "KẾ HOẠCH", công văn with a
"V/v" over two lines), reports titled "Kết quả ... đợt cao điểm"; numbers "Số: 15-BC/ĐTN", "Số 08/BC-HND",
"Số: 21 /BC-CAX", blank; a "V/v" line under the number of a report that has its own type and title;
"Kính gửi:" lines (one, or a block of "- ..." lines) centred between the letterhead and the type line
or between the title and the body; periods "tháng 01/2026", "tháng 12 năm 2025", "quý I/2026",
"quý 1 năm 2026", "năm 2025 và phương hướng, nhiệm vụ năm 2026", "từ ngày 15/11/2025 đến ngày
14/02/2026", "từ 01/12 đến 31/12/2025", Tết Nguyên đán Bính Ngọ, "04 tháng đầu năm", titles without a
period whose first body sentence gives one ("Trong quý I/2026, ..."); issue dates with no place
("ngày 30 tháng 3 năm 2026"), with the month only ("Đà Lạt, tháng 3 năm 2026"), places of merged
wards and communes ("Cam Ly - Đà Lạt", "Nam Ban Lâm Hà", "Bắc Gia Nghĩa", "B'Lao").

Every expected value was written by reading, before the reader was run on them, with the earlier
sets' conventions: org lines joined with " / ", acronyms of a body's kind written out ("TNCS" ->
"Thanh niên Cộng sản"), names spelled as running text does; the superior line kept; a lone "BAN
THƯỜNG VỤ" / "BAN CHẤP HÀNH" line under a body is " / Ban Thường vụ"; "HỘI ĐỒNG NHÂN DÂN" + place +
"THƯỜNG TRỰC" is "Thường trực Hội đồng nhân dân ..." (blind_heads h08); the period label is the
earliest period expression as written ("tháng 12 năm 2024 và cả năm 2024" -> "tháng 12 năm 2024");
"04 tháng đầu năm" is months counted from January like "10 tháng" (as_of, cumulative); a range
written alone is a range with its words as label; a type line naming a kind of report ("BÁO CÁO
NHANH", "BÁO CÁO TÓM TẮT") is kept whole like "BÁO CÁO CHÍNH TRỊ" (blind_heads h35); a công văn
without a type line has doc_type "" and its "V/v" summary as title (g09, n26).
Conventions chosen here, where the earlier sets had none:
  * "Kính gửi: ..." is an address, never part of the letterhead, the title or the period: a title
    ends at it even when it is centred like the title, and the period is looked for in the first body
    paragraph after it.
  * A holiday named with its year ("dịp Tết Nguyên đán Bính Ngọ năm 2026", "mừng Xuân Bính Ngọ năm
    2026") is no period: the report covers the holiday's days, which the title does not give (they
    follow the lunar calendar and each body's own plan); reading it as the year 2026 would set two weeks'
    figures against the year's. With its days written, the days are the period (a range labelled by
    them). A report that names no period at all (a "BÁO CÁO NHANH" of one incident) has none.
  * A place left out of the date line ("ngày 30 tháng 3 năm 2026") gives place "".

HOLDOUT: the last third (from q33 on) is not looked at while fixing the reader.

First run (before any fix), fields right per field over the 48 heads:
  org 45/48, number 48/48, place 46/48, date 46/48, title 48/48, period 44/48, doc_type 48/48; in all
  325/336 (first two thirds 218/224, holdout 107/112: only these totals were seen, not its misses).
  Misses on the first two thirds: "Kính gửi: ..." centred under the title taken for the first body
  paragraph, so the period of the sentence after it was not read; "Tết Nguyên đán Bính Ngọ năm 2026"
  read as the year 2026; "Đà Lạt, tháng 3 năm 2026" (no "ngày") not a date; "SỞ Y TẾ LÂM ĐỒNG" and
  "TRUNG TÂM Y TẾ KHU VỰC ĐỨC TRỌNG" with the place in lower case; "Sở Công thương".
After fixing on the first two thirds: 224/224 there; holdout then 112/112 when its misses were first
  looked at (its shapes share rules with the first two thirds: "Xuân Bính Ngọ năm 2026", "Kính gửi" before
  a body sentence, "Đức Trọng, tháng 12 năm 2025", "Trung tâm Y tế khu vực Di Linh"), so 336/336.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from blind_heads2 import _table
from docx_factory import make_docx, p

D = dt.date
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
DOAN = ["ĐOÀN TNCS HỒ CHÍ MINH"]
CCB = ["HỘI CỰU CHIẾN BINH VIỆT NAM"]
BODY = ["I. KẾT QUẢ ĐẠT ĐƯỢC", "Trong kỳ, đã tổ chức 12 cuộc kiểm tra, đạt 100% kế hoạch.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ", "Tiếp tục thực hiện các chỉ tiêu đã đề ra."]
C = lambda t: p(t, bold=True, jc="center")                     # noqa: E731
NONE = ("", "unknown", None, None, False)


def H(hid, *, rows=None, plain=None, pre=(), type="BÁO CÁO", title=(), to=(), body=None, **exp):
    """rows: one letterhead table [(left lines, right lines)]; plain: plain paragraphs. pre: centred
    plain lines between the letterhead and the type line ("Kính gửi: ..."); title: centred bold lines;
    to: centred plain lines between the title and the body (a "Kính gửi:" block)."""
    return dict(id=hid, rows=rows, plain=plain, pre=list(pre), type=type, title=list(title), to=list(to),
                body=body or BODY, exp=exp)


def per(label, kind, start, end, cum):
    return (label, kind, start, end, cum)


def build(head: dict, outdir: Path) -> Path:
    xml = _table(head["rows"]) if head["rows"] else "".join(p(t) for t in head["plain"])
    xml += "".join(p(t, jc="center") for t in head["pre"])
    if head["type"]:
        xml += C(head["type"])
    xml += "".join(C(t) for t in head["title"])
    xml += "".join(p(t, jc="center") for t in head["to"])
    xml += "".join(p(t) for t in head["body"])
    return make_docx(outdir / f"{head['id']}.docx", xml)


def expected(head: dict) -> dict:
    e = dict(head["exp"])
    e.setdefault("doc_type", "BÁO CÁO")
    return e


HEADS = [
    H("q01", rows=[(["TỈNH ĐOÀN LÂM ĐỒNG", "BCH ĐOÀN XÃ LẠC DƯƠNG", "***", "Số: 15-BC/ĐTN"],
                    DOAN + ["Lạc Dương, ngày 28 tháng 01 năm 2026"])],
      title=["Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 01/2026"],
      org="Tỉnh đoàn Lâm Đồng / Ban Chấp hành Đoàn xã Lạc Dương", number="15-BC/ĐTN", place="Lạc Dương",
      date=(D(2026, 1, 28), "day"), title_="Kết quả công tác Đoàn và phong trào thanh thiếu nhi tháng 01/2026",
      period=per("tháng 01/2026", "month", D(2026, 1, 1), D(2026, 1, 31), False)),
    H("q02", rows=[(["ĐOÀN TNCS HỒ CHÍ MINH XÃ ĐAM RÔNG 1", "BAN CHẤP HÀNH", "***", "Số: 04-BC/ĐTN"],
                    DOAN + ["Đam Rông 1, ngày 25 tháng 3 năm 2026"])],
      title=["Kết quả công tác Đoàn quý I/2026, phương hướng nhiệm vụ quý II/2026"],
      org="Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Đam Rông 1 / Ban Chấp hành", number="04-BC/ĐTN",
      place="Đam Rông 1", date=(D(2026, 3, 25), "day"),
      title_="Kết quả công tác Đoàn quý I/2026, phương hướng nhiệm vụ quý II/2026",
      period=per("quý I/2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q03", rows=[(["HỘI LHPN TỈNH LÂM ĐỒNG", "HỘI LHPN PHƯỜNG LANG BIANG - ĐÀ LẠT", "Số: 27/BC-HPN"],
                    MOTTO + ["Lang Biang - Đà Lạt, ngày 20 tháng 12 năm 2025"])],
      title=["Tổng kết công tác Hội và phong trào phụ nữ năm 2025,", "phương hướng, nhiệm vụ năm 2026"],
      org="Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng / Hội Liên hiệp Phụ nữ phường Lang Biang - Đà Lạt",
      number="27/BC-HPN", place="Lang Biang - Đà Lạt", date=(D(2025, 12, 20), "day"),
      title_="Tổng kết công tác Hội và phong trào phụ nữ năm 2025, phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q04", plain=["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "BCH HỘI NÔNG DÂN XÃ ĐẠ HUOAI", "Số 08/BC-HND", *MOTTO,
                    "Đạ Huoai, ngày 05 tháng 01 năm 2026"],
      title=["Kết quả công tác Hội và phong trào nông dân tháng 12 năm 2025"],
      org="Hội Nông dân tỉnh Lâm Đồng / Ban Chấp hành Hội Nông dân xã Đạ Huoai", number="08/BC-HND",
      place="Đạ Huoai", date=(D(2026, 1, 5), "day"),
      title_="Kết quả công tác Hội và phong trào nông dân tháng 12 năm 2025",
      period=per("tháng 12 năm 2025", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q05", rows=[(["HỘI CCB TỈNH LÂM ĐỒNG", "HỘI CCB XÃ NAM BAN LÂM HÀ", "Số: 06/BC-CCB"],
                    CCB + ["Nam Ban Lâm Hà, ngày 22 tháng 4 năm 2026"])],
      title=["Kết quả hoạt động 04 tháng đầu năm 2026"],
      org="Hội Cựu chiến binh tỉnh Lâm Đồng / Hội Cựu chiến binh xã Nam Ban Lâm Hà", number="06/BC-CCB",
      place="Nam Ban Lâm Hà", date=(D(2026, 4, 22), "day"), title_="Kết quả hoạt động 04 tháng đầu năm 2026",
      period=per("04 tháng đầu năm 2026", "as_of", D(2026, 1, 1), D(2026, 4, 30), True)),
    H("q06", rows=[(["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ ĐAM RÔNG 2", "Số: 21 /BC-CAX"],
                    MOTTO + ["Đam Rông 2, ngày 26 tháng 01 năm 2026"])],
      title=["Kết quả công tác bảo đảm an ninh, trật tự"], to=["Kính gửi: Công an tỉnh Lâm Đồng."],
      body=["Thực hiện Kế hoạch số 12/KH-CAT ngày 05/01/2026 của Công an tỉnh, Công an xã báo cáo kết quả "
            "công tác tháng 01/2026 như sau:"] + BODY,
      org="Công an tỉnh Lâm Đồng / Công an xã Đam Rông 2", number="21/BC-CAX", place="Đam Rông 2",
      date=(D(2026, 1, 26), "day"), title_="Kết quả công tác bảo đảm an ninh, trật tự",
      period=per("tháng 01/2026", "month", D(2026, 1, 1), D(2026, 1, 31), False)),
    H("q07", rows=[(["BỘ CHQS TỈNH LÂM ĐỒNG", "BAN CHQS XÃ BẢO LÂM 1", "Số: 35/BC-BCHQS"],
                    MOTTO + ["Bảo Lâm 1, ngày 30 tháng 3 năm 2026"])],
      title=["Kết quả công tác quốc phòng, quân sự địa phương quý 1 năm 2026"],
      org="Bộ Chỉ huy Quân sự tỉnh Lâm Đồng / Ban Chỉ huy Quân sự xã Bảo Lâm 1", number="35/BC-BCHQS",
      place="Bảo Lâm 1", date=(D(2026, 3, 30), "day"),
      title_="Kết quả công tác quốc phòng, quân sự địa phương quý 1 năm 2026",
      period=per("quý 1 năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q08", rows=[(["SỞ Y TẾ LÂM ĐỒNG", "TRUNG TÂM Y TẾ KHU VỰC ĐỨC TRỌNG", "Số: 05/BC-TTYT"],
                    MOTTO + ["Đức Trọng, ngày 15 tháng 01 năm 2026"])],
      title=["Tổng kết công tác y tế năm 2025 và phương hướng, nhiệm vụ năm 2026"],
      org="Sở Y tế Lâm Đồng / Trung tâm Y tế khu vực Đức Trọng", number="05/BC-TTYT", place="Đức Trọng",
      date=(D(2026, 1, 15), "day"), title_="Tổng kết công tác y tế năm 2025 và phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q09", rows=[(["UBND HUYỆN ĐƠN DƯƠNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 30/TTr-PGDĐT"],
                    MOTTO + ["Đơn Dương, ngày 12 tháng 5 năm 2025"])],
      type="TỜ TRÌNH", title=["Về việc đề nghị phê duyệt kế hoạch tuyển sinh năm học 2025 - 2026"],
      to=["Kính gửi: Ủy ban nhân dân huyện Đơn Dương."],
      body=["Căn cứ Thông tư số 30/2024/TT-BGDĐT ngày 30/12/2024 của Bộ Giáo dục và Đào tạo;",
            "Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện xem xét, phê duyệt."],
      org="Ủy ban nhân dân huyện Đơn Dương / Phòng Giáo dục và Đào tạo", number="30/TTr-PGDĐT",
      place="Đơn Dương", date=(D(2025, 5, 12), "day"), doc_type="TỜ TRÌNH",
      title_="Về việc đề nghị phê duyệt kế hoạch tuyển sinh năm học 2025 - 2026",
      period=per("năm học 2025 - 2026", "range", D(2025, 9, 1), D(2026, 8, 31), False)),
    H("q10", plain=["SỞ XÂY DỰNG TỈNH LÂM ĐỒNG", "Số: 1234/BC-SXD", *MOTTO, "Lâm Đồng, ngày 08 tháng 4 năm 2026"],
      title=["Tình hình thực hiện công tác quản lý nhà nước về xây dựng quý I/2026"],
      org="Sở Xây dựng tỉnh Lâm Đồng", number="1234/BC-SXD", place="Lâm Đồng", date=(D(2026, 4, 8), "day"),
      title_="Tình hình thực hiện công tác quản lý nhà nước về xây dựng quý I/2026",
      period=per("quý I/2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q11", rows=[(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM", "Số: 88/BC-CCKL"],
                    MOTTO + ["Lâm Đồng, ngày 16 tháng 02 năm 2026"])],
      title=["Kết quả thực hiện các biện pháp phòng cháy, chữa cháy rừng mùa khô",
             "(từ ngày 15/11/2025 đến ngày 14/02/2026)"],
      org="Sở Nông nghiệp và Môi trường / Chi cục Kiểm lâm", number="88/BC-CCKL", place="Lâm Đồng",
      date=(D(2026, 2, 16), "day"),
      title_="Kết quả thực hiện các biện pháp phòng cháy, chữa cháy rừng mùa khô "
             "(từ ngày 15/11/2025 đến ngày 14/02/2026)",
      period=per("từ ngày 15/11/2025 đến ngày 14/02/2026", "range", D(2025, 11, 15), D(2026, 2, 14), False)),
    H("q12", rows=[(["UBND TỈNH LÂM ĐỒNG", "BAN CHỈ ĐẠO THI HÀNH ÁN DÂN SỰ", "Số: 03/BC-BCĐ"],
                    MOTTO + ["Lâm Đồng, ngày 29 tháng 12 năm 2025"])],
      title=["Kết quả công tác thi hành án dân sự tháng 12 năm 2025"],
      org="Ủy ban nhân dân tỉnh Lâm Đồng / Ban Chỉ đạo thi hành án dân sự", number="03/BC-BCĐ",
      place="Lâm Đồng", date=(D(2025, 12, 29), "day"),
      title_="Kết quả công tác thi hành án dân sự tháng 12 năm 2025",
      period=per("tháng 12 năm 2025", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q13", rows=[(["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN PHƯỜNG CAM LY - ĐÀ LẠT", "Số: 09/BC-CAP"],
                    MOTTO + ["Cam Ly - Đà Lạt, ngày 17 tháng 02 năm 2026"])],
      type="BÁO CÁO NHANH", title=["Tình hình an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ năm 2026"],
      org="Công an tỉnh Lâm Đồng / Công an phường Cam Ly - Đà Lạt", number="09/BC-CAP",
      place="Cam Ly - Đà Lạt", date=(D(2026, 2, 17), "day"), doc_type="BÁO CÁO NHANH",
      title_="Tình hình an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ năm 2026", period=NONE),
    H("q14", rows=[(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 45/BC-UBND"], MOTTO + ["Lâm Đồng, ngày 20 tháng 12 năm 2025"])],
      type="BÁO CÁO TÓM TẮT", title=["Tình hình kinh tế - xã hội năm 2025 và phương hướng, nhiệm vụ năm 2026"],
      org="Ủy ban nhân dân tỉnh Lâm Đồng", number="45/BC-UBND", place="Lâm Đồng", date=(D(2025, 12, 20), "day"),
      doc_type="BÁO CÁO TÓM TẮT",
      title_="Tình hình kinh tế - xã hội năm 2025 và phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q15", plain=["UBND XÃ HIỆP THẠNH", "Số: 112/TB-UBND", *MOTTO, "Hiệp Thạnh, ngày 30 tháng 3 năm 2026"],
      type="THÔNG BÁO", title=["Kết quả kiểm tra công tác cải cách hành chính quý I năm 2026"],
      org="Ủy ban nhân dân xã Hiệp Thạnh", number="112/TB-UBND", place="Hiệp Thạnh", date=(D(2026, 3, 30), "day"),
      doc_type="THÔNG BÁO", title_="Kết quả kiểm tra công tác cải cách hành chính quý I năm 2026",
      period=per("quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q16", rows=[(["UBND PHƯỜNG BẮC GIA NGHĨA", "Số:      /KH-UBND"], MOTTO + ["Bắc Gia Nghĩa, ngày    tháng 01 năm 2026"])],
      type="KẾ HOẠCH", title=["Thực hiện nhiệm vụ chuyển đổi số năm 2026"],
      org="Ủy ban nhân dân phường Bắc Gia Nghĩa", number="", place="Bắc Gia Nghĩa", date=(D(2026, 1, 1), "month"),
      doc_type="KẾ HOẠCH", title_="Thực hiện nhiệm vụ chuyển đổi số năm 2026",
      period=per("năm 2026", "year", D(2026, 1, 1), D(2026, 12, 31), False)),
    H("q17", rows=[(["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ HÀM THUẬN BẮC", "Số: 56/BC-CAX"],
                    MOTTO + ["Hàm Thuận Bắc, ngày 05 tháng 01 năm 2026"])],
      title=["Kết quả thực hiện đợt cao điểm tấn công, trấn áp tội phạm", "từ 01/12 đến 31/12/2025"],
      org="Công an tỉnh Lâm Đồng / Công an xã Hàm Thuận Bắc", number="56/BC-CAX", place="Hàm Thuận Bắc",
      date=(D(2026, 1, 5), "day"),
      title_="Kết quả thực hiện đợt cao điểm tấn công, trấn áp tội phạm từ 01/12 đến 31/12/2025",
      period=per("từ 01/12 đến 31/12/2025", "range", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q18", rows=[(["UBND XÃ ĐỨC TRỌNG", "PHÒNG VĂN HÓA - XÃ HỘI", "Số: 17/VHXH",
                     "V/v báo cáo kết quả thực hiện chính sách", "an sinh xã hội tháng 12 năm 2025"],
                    MOTTO + ["Đức Trọng, ngày 31 tháng 12 năm 2025"])],
      type="", to=["Kính gửi:", "- Ủy ban nhân dân xã Đức Trọng;", "- Sở Y tế tỉnh Lâm Đồng."],
      body=["Thực hiện chỉ đạo của Ủy ban nhân dân xã, Phòng Văn hóa - Xã hội báo cáo như sau:"] + BODY,
      org="Ủy ban nhân dân xã Đức Trọng / Phòng Văn hóa - Xã hội", number="17/VHXH", place="Đức Trọng",
      date=(D(2025, 12, 31), "day"), doc_type="",
      title_="V/v báo cáo kết quả thực hiện chính sách an sinh xã hội tháng 12 năm 2025",
      period=per("tháng 12 năm 2025", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q19", rows=[(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ LÂM HÀ", "*", "Số 45-BC/ĐU"],
                    PARTY + ["Lâm Hà, ngày 28 tháng 4 năm 2026"])],
      pre=["Kính gửi: Ban Thường vụ Tỉnh ủy Lâm Đồng"],
      title=["Kết quả lãnh đạo thực hiện nhiệm vụ chính trị tháng 4 năm 2026"],
      org="Đảng bộ tỉnh Lâm Đồng / Đảng ủy xã Lâm Hà", number="45-BC/ĐU", place="Lâm Hà",
      date=(D(2026, 4, 28), "day"), title_="Kết quả lãnh đạo thực hiện nhiệm vụ chính trị tháng 4 năm 2026",
      period=per("tháng 4 năm 2026", "month", D(2026, 4, 1), D(2026, 4, 30), False)),
    H("q20", rows=[(["HỘI NÔNG DÂN XÃ PHÚ SƠN LÂM HÀ", "Số: 11/BC-HND"], MOTTO + ["Phú Sơn Lâm Hà, ngày 02 tháng 4 năm 2026"])],
      title=["Kết quả công tác Hội và phong trào nông dân"],
      body=["Trong quý I/2026, Hội đã tổ chức 15 buổi tuyên truyền, thu hút 620 lượt hội viên tham gia."] + BODY,
      org="Hội Nông dân xã Phú Sơn Lâm Hà", number="11/BC-HND", place="Phú Sơn Lâm Hà", date=(D(2026, 4, 2), "day"),
      title_="Kết quả công tác Hội và phong trào nông dân",
      period=per("quý I/2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q21", rows=[(["ỦY BAN NHÂN DÂN", "XÃ HIỆP THẠNH", "Số: 77/BC-UBND"], MOTTO + ["ngày 30 tháng 3 năm 2026"])],
      title=["Tình hình kinh tế - xã hội quý I năm 2026"],
      org="Ủy ban nhân dân xã Hiệp Thạnh", number="77/BC-UBND", place="", date=(D(2026, 3, 30), "day"),
      title_="Tình hình kinh tế - xã hội quý I năm 2026",
      period=per("quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q22", plain=["UBND TỈNH LÂM ĐỒNG", "SỞ TÀI CHÍNH", "Số:     /BC-STC", *MOTTO, "Đà Lạt, tháng 3 năm 2026"],
      title=["Tình hình thực hiện dự toán ngân sách nhà nước quý I/2026"],
      org="Ủy ban nhân dân tỉnh Lâm Đồng / Sở Tài chính", number="", place="Đà Lạt", date=(D(2026, 3, 1), "month"),
      title_="Tình hình thực hiện dự toán ngân sách nhà nước quý I/2026",
      period=per("quý I/2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q23", rows=[(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY PHƯỜNG PHAN THIẾT", "*", "Số 120-BC/ĐU"],
                    PARTY + ["Phan Thiết, ngày 18 tháng 12 năm 2025"])],
      title=["Kết quả thực hiện nhiệm vụ năm 2025", "và phương hướng, nhiệm vụ năm 2026"],
      org="Đảng bộ tỉnh Lâm Đồng / Đảng ủy phường Phan Thiết", number="120-BC/ĐU", place="Phan Thiết",
      date=(D(2025, 12, 18), "day"), title_="Kết quả thực hiện nhiệm vụ năm 2025 và phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q24", rows=[(["UBND XÃ HIỆP THẠNH", "VĂN PHÒNG HĐND VÀ UBND", "Số: 52/BC-VP"],
                    MOTTO + ["Hiệp Thạnh, ngày 26 tháng 12 năm 2025"])],
      title=["Kết quả công tác văn phòng tháng 12 năm 2025"],
      org="Ủy ban nhân dân xã Hiệp Thạnh / Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", number="52/BC-VP",
      place="Hiệp Thạnh", date=(D(2025, 12, 26), "day"), title_="Kết quả công tác văn phòng tháng 12 năm 2025",
      period=per("tháng 12 năm 2025", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q25", rows=[(["UBND PHƯỜNG XUÂN TRƯỜNG - ĐÀ LẠT", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Số: 08/BC-TTPVHCC"],
                    MOTTO + ["Xuân Trường - Đà Lạt, ngày 03 tháng 02 năm 2026"])],
      title=["Kết quả giải quyết thủ tục hành chính tháng 01 năm 2026"],
      org="Ủy ban nhân dân phường Xuân Trường - Đà Lạt / Trung tâm Phục vụ hành chính công",
      number="08/BC-TTPVHCC", place="Xuân Trường - Đà Lạt", date=(D(2026, 2, 3), "day"),
      title_="Kết quả giải quyết thủ tục hành chính tháng 01 năm 2026",
      period=per("tháng 01 năm 2026", "month", D(2026, 1, 1), D(2026, 1, 31), False)),
    H("q26", plain=["BCĐ 389 TỈNH LÂM ĐỒNG", "Số: 14/BC-BCĐ389", *MOTTO, "Lâm Đồng, ngày 15 tháng 01 năm 2026"],
      title=["Kết quả công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả năm 2025"],
      org="Ban Chỉ đạo 389 tỉnh Lâm Đồng", number="14/BC-BCĐ389", place="Lâm Đồng", date=(D(2026, 1, 15), "day"),
      title_="Kết quả công tác đấu tranh chống buôn lậu, gian lận thương mại và hàng giả năm 2025",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q27", rows=[(["UBND TỈNH LÂM ĐỒNG", "SỞ CÔNG THƯƠNG", "Số: 210/BC-SCT"], MOTTO + ["Lâm Đồng, ngày 25 tháng 02 năm 2026"])],
      title=["Tình hình thị trường, giá cả dịp Tết Nguyên đán Bính Ngọ 2026", "(từ ngày 10/02/2026 đến ngày 22/02/2026)"],
      org="Ủy ban nhân dân tỉnh Lâm Đồng / Sở Công Thương", number="210/BC-SCT", place="Lâm Đồng",
      date=(D(2026, 2, 25), "day"),
      title_="Tình hình thị trường, giá cả dịp Tết Nguyên đán Bính Ngọ 2026 (từ ngày 10/02/2026 đến ngày 22/02/2026)",
      period=per("từ ngày 10/02/2026 đến ngày 22/02/2026", "range", D(2026, 2, 10), D(2026, 2, 22), False)),
    H("q28", plain=["HỘI LIÊN HIỆP PHỤ NỮ", "XÃ ĐẠ TẺH", "BAN THƯỜNG VỤ", "Số 03-BC/HPN", *MOTTO,
                    "Đạ Tẻh, ngày 10 tháng 01 năm 2026"],
      title=["Kết quả công tác Hội tháng 12 và năm 2025"],
      org="Hội Liên hiệp Phụ nữ xã Đạ Tẻh / Ban Thường vụ", number="03-BC/HPN", place="Đạ Tẻh",
      date=(D(2026, 1, 10), "day"), title_="Kết quả công tác Hội tháng 12 và năm 2025",
      period=per("tháng 12", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q29", rows=[(["ĐẢNG ỦY XÃ DI LINH", "ỦY BAN KIỂM TRA", "*", "Số 07-BC/UBKT"], PARTY + ["Di Linh, ngày 28 tháng 3 năm 2026"])],
      title=["Kết quả thực hiện nhiệm vụ kiểm tra, giám sát quý 1 năm 2026,", "phương hướng nhiệm vụ quý 2 năm 2026"],
      org="Đảng ủy xã Di Linh / Ủy ban Kiểm tra", number="07-BC/UBKT", place="Di Linh", date=(D(2026, 3, 28), "day"),
      title_="Kết quả thực hiện nhiệm vụ kiểm tra, giám sát quý 1 năm 2026, phương hướng nhiệm vụ quý 2 năm 2026",
      period=per("quý 1 năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q30", rows=[(["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ ĐỨC TRỌNG", "Số: 15/BC-CAX", "V/v kết quả tuần tra, kiểm soát"],
                    MOTTO + ["Đức Trọng, ngày 20 tháng 01 năm 2026"])],
      title=["Kết quả tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông", "từ ngày 15/12/2025 đến ngày 14/01/2026"],
      org="Công an tỉnh Lâm Đồng / Công an xã Đức Trọng", number="15/BC-CAX", place="Đức Trọng",
      date=(D(2026, 1, 20), "day"),
      title_="Kết quả tuần tra, kiểm soát bảo đảm trật tự an toàn giao thông từ ngày 15/12/2025 đến ngày 14/01/2026",
      period=per("từ ngày 15/12/2025 đến ngày 14/01/2026", "range", D(2025, 12, 15), D(2026, 1, 14), False)),
    H("q31", rows=[(["ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG MŨI NÉ", "BAN THƯỜNG TRỰC", "Số: 40/BC-MTTQ-BTT"],
                    MOTTO + ["Mũi Né, ngày 29 tháng 12 năm 2025"])],
      title=["Kết quả công tác Mặt trận tháng 12 năm 2025"],
      org="Ủy ban Mặt trận Tổ quốc Việt Nam phường Mũi Né / Ban Thường trực", number="40/BC-MTTQ-BTT",
      place="Mũi Né", date=(D(2025, 12, 29), "day"), title_="Kết quả công tác Mặt trận tháng 12 năm 2025",
      period=per("tháng 12 năm 2025", "month", D(2025, 12, 1), D(2025, 12, 31), False)),
    H("q32", rows=[(["UBND XÃ ĐẠ HUOAI", "TRƯỜNG MẦM NON HOA SEN", "Số: 12/BC-MNHS"], MOTTO + ["Đạ Huoai, ngày 20 tháng 01 năm 2026"])],
      title=["Sơ kết học kỳ I năm học 2025 - 2026"],
      org="Ủy ban nhân dân xã Đạ Huoai / Trường Mầm non Hoa Sen", number="12/BC-MNHS", place="Đạ Huoai",
      date=(D(2026, 1, 20), "day"), title_="Sơ kết học kỳ I năm học 2025 - 2026",
      period=per("học kỳ I năm học 2025 - 2026", "range", D(2025, 9, 1), D(2026, 1, 31), False)),
    # ------------------------------------------------------------------ holdout
    H("q33", plain=["BCH ĐOÀN PHƯỜNG 2 BẢO LỘC", "***", "Số: 22-BC/ĐTN", *DOAN, "Bảo Lộc, ngày 30 tháng 6 năm 2026"],
      title=["Kết quả công tác Đoàn 6 tháng đầu năm 2026"],
      org="Ban Chấp hành Đoàn phường 2 Bảo Lộc", number="22-BC/ĐTN", place="Bảo Lộc", date=(D(2026, 6, 30), "day"),
      title_="Kết quả công tác Đoàn 6 tháng đầu năm 2026",
      period=per("6 tháng đầu năm 2026", "half", D(2026, 1, 1), D(2026, 6, 30), True)),
    H("q34", rows=[(["HỘI CCB TỈNH LÂM ĐỒNG", "BAN THƯỜNG VỤ", "*", "Số: 05-BC/CCB"], CCB + ["Lâm Đồng, ngày 15 tháng 12 năm 2025"])],
      title=["Tổng kết công tác Hội năm 2025 và phương hướng, nhiệm vụ năm 2026"],
      org="Hội Cựu chiến binh tỉnh Lâm Đồng / Ban Thường vụ", number="05-BC/CCB", place="Lâm Đồng",
      date=(D(2025, 12, 15), "day"), title_="Tổng kết công tác Hội năm 2025 và phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q35", plain=["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN PHƯỜNG BẮC GIA NGHĨA", "Số: 33/BC-CAP", *MOTTO,
                    "Bắc Gia Nghĩa, ngày 15 tháng 01 năm 2026"],
      pre=["Kính gửi: Ban Giám đốc Công an tỉnh"], type="BÁO CÁO NHANH", title=["Vụ cháy nhà dân tại tổ dân phố 3"],
      body=["Vào lúc 14 giờ 30 phút ngày 14/01/2026, tại tổ dân phố 3 xảy ra vụ cháy nhà dân."] + BODY,
      org="Công an tỉnh Lâm Đồng / Công an phường Bắc Gia Nghĩa", number="33/BC-CAP", place="Bắc Gia Nghĩa",
      date=(D(2026, 1, 15), "day"), doc_type="BÁO CÁO NHANH", title_="Vụ cháy nhà dân tại tổ dân phố 3", period=NONE),
    H("q36", rows=[(["UBND XÃ ĐẠ TẺH", "BAN CHỈ HUY QUÂN SỰ", "Số: 09/BC-BCH"], MOTTO + ["Đạ Tẻh, ngày 28 tháng 12 năm 2025"])],
      title=["Kết quả công tác quân sự, quốc phòng năm 2025"],
      org="Ủy ban nhân dân xã Đạ Tẻh / Ban Chỉ huy Quân sự", number="09/BC-BCH", place="Đạ Tẻh",
      date=(D(2025, 12, 28), "day"), title_="Kết quả công tác quân sự, quốc phòng năm 2025",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q37", rows=[(["UBND HUYỆN BẢO LÂM", "PHÒNG GD&ĐT", "Số: 88/BC-PGDĐT"], MOTTO + ["Bảo Lâm, ngày 05 tháng 5 năm 2025"])],
      title=["Kết quả thực hiện nhiệm vụ 04 tháng đầu năm,", "phương hướng nhiệm vụ tháng 5 năm 2025"],
      org="Ủy ban nhân dân huyện Bảo Lâm / Phòng Giáo dục và Đào tạo", number="88/BC-PGDĐT", place="Bảo Lâm",
      date=(D(2025, 5, 5), "day"),
      title_="Kết quả thực hiện nhiệm vụ 04 tháng đầu năm, phương hướng nhiệm vụ tháng 5 năm 2025",
      period=per("04 tháng đầu năm", "as_of", D(2025, 1, 1), D(2025, 4, 30), True)),
    H("q38", rows=[(["UBND TỈNH LÂM ĐỒNG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 301/BC-SVHTTDL"],
                    MOTTO + ["Lâm Đồng, ngày 24 tháng 02 năm 2026"])],
      title=["Kết quả tổ chức các hoạt động văn hóa, thể thao", "mừng Đảng, mừng Xuân Bính Ngọ năm 2026"],
      org="Ủy ban nhân dân tỉnh Lâm Đồng / Sở Văn hóa, Thể thao và Du lịch", number="301/BC-SVHTTDL",
      place="Lâm Đồng", date=(D(2026, 2, 24), "day"),
      title_="Kết quả tổ chức các hoạt động văn hóa, thể thao mừng Đảng, mừng Xuân Bính Ngọ năm 2026", period=NONE),
    H("q39", rows=[(["CỤC THUẾ", "CHI CỤC THUẾ KHU VỰC XV", "Số: 1502/BC-CCT"], MOTTO + ["Lâm Đồng, ngày 08 tháng 01 năm 2025"])],
      title=["Kết quả thu ngân sách nhà nước tháng 12 năm 2024 và cả năm 2024"],
      org="Cục Thuế / Chi cục Thuế khu vực XV", number="1502/BC-CCT", place="Lâm Đồng", date=(D(2025, 1, 8), "day"),
      title_="Kết quả thu ngân sách nhà nước tháng 12 năm 2024 và cả năm 2024",
      period=per("tháng 12 năm 2024", "month", D(2024, 12, 1), D(2024, 12, 31), False)),
    H("q40", rows=[(["ĐẢNG ỦY PHƯỜNG LÂM VIÊN - ĐÀ LẠT", "BAN CHỈ ĐẠO 35", "*", "Số 02-BC/BCĐ"],
                    PARTY + ["Lâm Viên - Đà Lạt, ngày 10 tháng 01 năm 2026"])],
      title=["Kết quả công tác bảo vệ nền tảng tư tưởng của Đảng năm 2025"],
      org="Đảng ủy phường Lâm Viên - Đà Lạt / Ban Chỉ đạo 35", number="02-BC/BCĐ", place="Lâm Viên - Đà Lạt",
      date=(D(2026, 1, 10), "day"), title_="Kết quả công tác bảo vệ nền tảng tư tưởng của Đảng năm 2025",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q41", plain=["HỘI ĐỒNG NHÂN DÂN", "XÃ ĐAM RÔNG 3", "THƯỜNG TRỰC", "Số: 05/TB-HĐND", *MOTTO,
                    "Đam Rông 3, ngày 15 tháng 4 năm 2026"],
      type="THÔNG BÁO", title=["Kết quả giám sát việc giải quyết kiến nghị cử tri quý I năm 2026"],
      org="Thường trực Hội đồng nhân dân xã Đam Rông 3", number="05/TB-HĐND", place="Đam Rông 3",
      date=(D(2026, 4, 15), "day"), doc_type="THÔNG BÁO",
      title_="Kết quả giám sát việc giải quyết kiến nghị cử tri quý I năm 2026",
      period=per("quý I năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q42", rows=[(["UBND XÃ QUẢNG TÍN", "Số: 10/BC-UBND"], MOTTO + ["Quảng Tín, ngày 28 tháng 01 năm 2026"])],
      title=["Kết quả thực hiện công tác chuyển đổi số"], to=["Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng."],
      body=["Trong tháng 01 năm 2026, Ủy ban nhân dân xã đã triển khai 12 nhiệm vụ chuyển đổi số."] + BODY,
      org="Ủy ban nhân dân xã Quảng Tín", number="10/BC-UBND", place="Quảng Tín", date=(D(2026, 1, 28), "day"),
      title_="Kết quả thực hiện công tác chuyển đổi số",
      period=per("tháng 01 năm 2026", "month", D(2026, 1, 1), D(2026, 1, 31), False)),
    H("q43", rows=[(["ỦY BAN NHÂN DÂN", "PHƯỜNG LANG BIANG - ĐÀ LẠT", "Số: 25/TTr-UBND"],
                    MOTTO + ["Lang Biang - Đà Lạt, ngày 05 tháng 12 năm 2025"])],
      type="TỜ TRÌNH", title=["Về việc phê duyệt dự toán thu, chi ngân sách năm 2026"],
      to=["Kính gửi: Hội đồng nhân dân phường Lang Biang - Đà Lạt"],
      body=["Căn cứ Luật Ngân sách nhà nước năm 2025;", "Ủy ban nhân dân phường kính trình Hội đồng nhân dân phường."],
      org="Ủy ban nhân dân phường Lang Biang - Đà Lạt", number="25/TTr-UBND", place="Lang Biang - Đà Lạt",
      date=(D(2025, 12, 5), "day"), doc_type="TỜ TRÌNH", title_="Về việc phê duyệt dự toán thu, chi ngân sách năm 2026",
      period=per("năm 2026", "year", D(2026, 1, 1), D(2026, 12, 31), False)),
    H("q44", rows=[(["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "ĐẢNG ỦY XÃ ĐỨC TRỌNG", "*", "Số 98-BC/ĐU"], PARTY + ["Đức Trọng, tháng 12 năm 2025"])],
      title=["Kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ xã năm 2025"],
      org="Đảng bộ tỉnh Lâm Đồng / Đảng ủy xã Đức Trọng", number="98-BC/ĐU", place="Đức Trọng",
      date=(D(2025, 12, 1), "month"), title_="Kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ xã năm 2025",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q45", plain=["CÔNG AN TỈNH LÂM ĐỒNG", "CÔNG AN XÃ HÀM THUẬN NAM", "Số: 41/BC-CAX", *MOTTO,
                    "Hàm Thuận Nam, ngày 02 tháng 3 năm 2026"],
      title=["Kết quả đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự",
             "Tết Nguyên đán Bính Ngọ 2026", "(từ ngày 15/01/2026 đến ngày 28/02/2026)"],
      org="Công an tỉnh Lâm Đồng / Công an xã Hàm Thuận Nam", number="41/BC-CAX", place="Hàm Thuận Nam",
      date=(D(2026, 3, 2), "day"),
      title_="Kết quả đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự Tết Nguyên đán Bính Ngọ 2026 "
             "(từ ngày 15/01/2026 đến ngày 28/02/2026)",
      period=per("từ ngày 15/01/2026 đến ngày 28/02/2026", "range", D(2026, 1, 15), D(2026, 2, 28), False)),
    H("q46", plain=["SỞ Y TẾ TỈNH LÂM ĐỒNG", "TRUNG TÂM Y TẾ KHU VỰC DI LINH", "Số: 21 /BC-TTYT", *MOTTO,
                    "Di Linh, ngày 31 tháng 3 năm 2026"],
      title=["Kết quả hoạt động chuyên môn quý 1 năm 2026"],
      org="Sở Y tế tỉnh Lâm Đồng / Trung tâm Y tế khu vực Di Linh", number="21/BC-TTYT", place="Di Linh",
      date=(D(2026, 3, 31), "day"), title_="Kết quả hoạt động chuyên môn quý 1 năm 2026",
      period=per("quý 1 năm 2026", "quarter", D(2026, 1, 1), D(2026, 3, 31), False)),
    H("q47", rows=[(["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "BAN THƯỜNG VỤ", "***", "Số 112-BC/HNDT"],
                    ["HỘI NÔNG DÂN VIỆT NAM", "Lâm Đồng, ngày 12 tháng 12 năm 2025"])],
      title=["Tổng kết công tác Hội và phong trào nông dân năm 2025", "và phương hướng, nhiệm vụ năm 2026"],
      org="Hội Nông dân tỉnh Lâm Đồng / Ban Thường vụ", number="112-BC/HNDT", place="Lâm Đồng",
      date=(D(2025, 12, 12), "day"),
      title_="Tổng kết công tác Hội và phong trào nông dân năm 2025 và phương hướng, nhiệm vụ năm 2026",
      period=per("năm 2025", "year", D(2025, 1, 1), D(2025, 12, 31), False)),
    H("q48", rows=[(["UBND PHƯỜNG B'LAO", "Số: 215/UBND-VP", "V/v báo cáo tình hình thực hiện", "nhiệm vụ tháng 01/2026"],
                    MOTTO + ["B'Lao, ngày 30 tháng 01 năm 2026"])],
      type="", to=["Kính gửi:", "- Ủy ban nhân dân tỉnh Lâm Đồng;", "- Văn phòng Ủy ban nhân dân tỉnh."],
      body=["Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Ủy ban nhân dân phường báo cáo như sau:"] + BODY,
      org="Ủy ban nhân dân phường B'Lao", number="215/UBND-VP", place="B'Lao", date=(D(2026, 1, 30), "day"),
      doc_type="", title_="V/v báo cáo tình hình thực hiện nhiệm vụ tháng 01/2026",
      period=per("tháng 01/2026", "month", D(2026, 1, 1), D(2026, 1, 31), False)),
]

FIT = [h for h in HEADS if h["id"] < "q33"]       # used while fixing
HOLDOUT = [h for h in HEADS if h["id"] >= "q33"]  # scored once before its own fixes

# the same body typed differently: one org string
SAME_BODY = [("q15", "q21")]
