"""Numbers that are not quantities: dates, months, years, document numbers, ordinals, names,
list markers and period labels. They are masked before any fact rule runs.

Examples: extractors/examples/not_facts.tsv.
"""
from __future__ import annotations

import regex

from . import context, vocab
from .rules.money import read_money_unit
from .scan import Scan

_DATE = regex.compile(r"(?<![\d.,/])(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d])")
# the start of every _DATE match ("12/5/2" of "12/5/2024"): one plain scan that most paragraphs fail
_DATE_HINT = regex.compile(r"\d\s?[/.\-]\s?\d{1,2}\s?[/.\-]")
_MONTH_YEAR = regex.compile(r"(?<![\d.,/])(\d{1,2})\s?[/\-]\s?((?:19|20)\d{2})(?![\d])")
_ROMAN_YEAR = regex.compile(r"\b[IVX]{1,4}\s?[/\-]\s?((?:19|20)\d{2})(?!\d)")
# a span of years: "niên vụ 2024-2025", "nhiệm kỳ 2020 - 2025" (the second year is no count either)
_YEAR_SPAN = regex.compile(r"(?<![\d.,/])((?:19|20)\d{2})\s?[-–]\s?((?:19|20)\d{2})(?![\d.,]\d|\s*%)")
_YEAR = regex.compile(r"(?<![\d.,/\-])((?:19|20)\d{2})(?![\d.,]\d|\s*%)")
# Document numbers and symbols: 175-KH/HU, 06/QĐ-TTg, 12/2023/NĐ-CP, 515/KH-BCA-BNN&MT, 02-KH/BCĐTW
_CODE = regex.compile(r"(?<![\p{L}\d.,])\d+(?:\s?[/\-]\s?\d+)*\s?[/\-]\s?\p{Lu}[\p{L}\p{M}\d&.\-/]*")
_LIST_MARKER_START = regex.compile(r"^\s*[\-+*•]?\s*\(?(\d{1,2}(?:\.\d{1,2})*)[.)](?=\s|$)")
_LIST_MARKER_PAREN = regex.compile(r"\((\d{1,2})\)")
# Period words after a number: "6 tháng đầu năm", "9 tháng", "35 năm", "90 ngày đêm"
_PERIOD_AFTER = regex.compile(
    r"\s*(?:tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm|quý|ngày\s+đêm|ngày\s+làm\s+việc\s+thứ)(?![\p{L}])", regex.I)
# "chính quyền địa phương 02 cấp" names a model of government, not a count
_TIERS = regex.compile(r"(?:chính quyền(?:\s+địa phương)?|mô hình)\s+(\d+|hai|ba)\s+cấp(?![\p{L}])", regex.I)
# numbers inside a short quoted name or slogan: tăng trưởng “02 con số”, “3 xanh, 4 có, 5 không”
_QUOTED = regex.compile(r"[“\"]([^”\"]{1,80})[”\"]")
# a slogan named by its count, spelled out right after: mô hình 3 chung “chung nguồn lực, chung
# đối tượng, chung mục đích” (the number counts the slogan's parts, not things done)
_SLOGAN = regex.compile(r"(?<![\d.,])(\d{1,2})\s+(\p{L}+)\s*[“\"]\s*\2(?![\p{L}\p{M}])", regex.I)
# words after which "số N" numbers a thing rather than counting ("Kế hoạch số 10")
_NUMBERED_THINGS = {"hoạch", "định", "quyết", "văn", "thị", "luận", "tư", "án", "bản", "cáo", "dẫn",
                    "báo", "trình", "luật", "tiêu", "vụ", "mục", "điều", "khoản", "trường", "tuyến",
                    "đường", "lô", "phòng", "nhà", "tổ", "ấp", "khu", "xóm", "hộp", "sổ", "thửa",
                    "bảng", "biểu", "phụ", "lục", "mẫu", "công", "điện", "hiệu", "kỳ", "đợt", "lần",
                    "bài", "câu", "đề", "hồ", "sơ", "học", "non",
                    "bão", "đới",    # "bão số 5", "áp thấp nhiệt đới số 2": a storm's name
                    "tại", "chỉ"}     # "tại số 15 đường Trần Phú", "địa chỉ số 12": an address
NUMBERED_THINGS = _NUMBERED_THINGS
# a legal citation: "điểm 3 khoản 2 Điều 8", "Điểm 2.1 mục II" ("thí điểm 05 mô hình" is a count)
_CITATION = regex.compile(
    r"(?<![\p{L}])điểm\s+(\d+(?:\.\d+)*)(?=\s*,?\s*(?:khoản|mục|phần|tiết)(?![\p{L}]))", regex.I)
# between two numerals of one list: "12, 13", "18 - 27", "5 và 6"
_LIST_JOIN = regex.compile(r"\s*(?:,|-|–|và)\s*")
# a road chainage: "Km 45+300", "km12+500" (kilometre post plus metres)
_CHAINAGE = regex.compile(r"(?<![\p{L}])km\s?\d+\s?\+\s?\d+", regex.I)
# time of day: "7 giờ 30", "14h00", and a whole hour after "lúc", or after từ/đến beside a
# time of day ("từ 7 giờ 30 đến 11 giờ", "đến 17 giờ chiều"); "trong 8 giờ", "tăng từ 5 giờ
# lên 8 giờ" are durations and stay counts
# a digit before "giờ"/"h": part of every _CLOCK, _AT_HOUR and _RANGE_HOUR match, and found by one
# scan of the text (most paragraphs have none) instead of three
_HOUR_HINT = regex.compile(r"\d\s?(?:giờ|h)", regex.I)
_CLOCK = regex.compile(r"(?<![\d.,])\d{1,2}\s?(?:giờ|h)\s?\d{2}(?:\s?phút)?(?![\d])", regex.I)
_HOUR = r"((?:[01]?\d|2[0-4])\s?(?:giờ|h))(?![\p{L}\d])"
_AT_HOUR = regex.compile(r"(?<![\p{L}])lúc\s+" + _HOUR, regex.I)
_RANGE_HOUR = regex.compile(r"(?<![\p{L}])(?:từ|đến)\s+" + _HOUR, regex.I)
# "từ 14 giờ đến 17 giờ ngày 20/9": the day part after the second hour dates both
_FROM_TO_HOUR = regex.compile(r"(?<![\p{L}])từ\s+" + _HOUR + r"\s+đến\s+" + _HOUR, regex.I)
_DAYPART = regex.compile(r"\s+(?:sáng|trưa|chiều|tối|đêm|ngày\s+\d)", regex.I)
# a rating, not a count: "sản phẩm OCOP đạt 4 sao", "khách sạn 5 sao"
# a multiple of a base amount of pay: "bằng 0,3 mức lương cơ sở", "10 lần mức lương tối thiểu"
# (a coefficient of a rule, not a figure of the period; the amount it gives is not stated)
_OF_BASE_PAY = regex.compile(
    r"(?<![\d.,])(\d+(?:,\d+)?)\s+(?:lần\s+)?(?:mức\s+)?lương\s+(?:cơ\s+sở|tối\s+thiểu)", regex.I)
# a voltage class names a line or a substation ("đường dây 500 kV", "trạm biến áp 110kV"); it is
# no amount of anything the report counts
_VOLTAGE = regex.compile(r"(?<![\d.,])(\d+(?:,\d+)?)\s?(?:kV|KV)(?![\p{L}\p{M}\d])")
_STARS = regex.compile(r"(?<![\d.,])([1-5])\s?sao(?![\p{L}\p{M}])", regex.I)
# the base of a rate written in words: "số giường bệnh trên 1 vạn dân", "bình quân 1 nghìn dân"
_PER_BASE = regex.compile(r"(?<![\p{L}])(?:trên|mỗi|bình quân|/)\s*(1)\s+(?:vạn|nghìn|ngàn|triệu)\s+dân(?![\p{L}])", regex.I)
# the base of a yield or value per area: "giá trị sản xuất trên 1 ha đất canh tác đạt 165 triệu
# đồng", "bình quân 1 ha"; not "có trên 1 ha cà phê bị hạn" (more than a hectare)
_PER_AREA = regex.compile(
    r"(?:(?:giá trị|thu nhập|doanh thu|lợi nhuận|sản lượng|năng suất)(?:\s+[\p{L}\p{M}]+){0,3}\s+(?:trên|mỗi)"
    r"|(?<![\p{L}])(?:mỗi|bình quân))\s+(1)\s+(?:ha|héc\s?-?\s?ta|hecta|km2|km²|m2|m²|sào)(?![\p{L}\d])", regex.I)
# a street address: "36 Trần Phú, Phường 4", "12 Lê Hồng Phong, xã Hiệp Thạnh": a house number
# before a street named by capitalised words, then the ward or commune
_ADDRESS = regex.compile(
    r"(?<![\p{L}\d.,])(\d{1,4})\s+(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,3}\p{Lu}[\p{Ll}\p{M}]*\s*,\s*"
    r"(?:[Pp]hường|[Qq]uận|[Xx]ã|[Tt]hị\s+trấn|[Tt]hành\s+phố|TP|P\.)(?![\p{L}])")
_CALENDAR_MAX = {"ngày": 31, "tháng": 12, "quý": 4}
# nothing but a sentence start (and a bullet) before a position; reverse (?r), matched back from it
_SENTENCE_START = regex.compile(r"(?r)(?:^|[.;:!?]\s+|\n)\s*[\-+*•]?\s*")


def _valid_day_month(d: str, m: str) -> bool:
    return 1 <= int(d) <= 31 and 1 <= int(m) <= 12


def apply(scan: Scan) -> None:
    text = scan.text
    # Each pattern needs a character or word that many paragraphs lack: test that first
    # rather than run finditer over the whole text.
    slash = "/" in text or "-" in text
    years = "19" in text or "20" in text      # month/year, quarter/year and year patterns need one
    if _DATE_HINT.search(text):
        for m in _DATE.finditer(text):
            if _valid_day_month(m.group(1), m.group(3)):
                scan.mask(m.start(), m.end(), "date")
    if slash and years:
        for m in _MONTH_YEAR.finditer(text):
            if 1 <= int(m.group(1)) <= 12:
                scan.mask(m.start(), m.end(), "month")
        for m in _ROMAN_YEAR.finditer(text):
            scan.mask(m.start(), m.end(), "quarter")
    if slash:
        for m in _CODE.finditer(text):
            scan.mask(m.start(), m.end(), "document number")
    m = _LIST_MARKER_START.match(text)
    if m:
        scan.mask(m.start(1), m.end(1), "list marker")
    if "(" in text:
        for m in _LIST_MARKER_PAREN.finditer(text):
            scan.mask(m.start(1), m.end(1), "list marker")
    if "cấp" in text.lower():
        for m in _TIERS.finditer(text):
            scan.mask(m.start(1), m.end(1), "name")
    if "điểm" in text or "Điểm" in text or "ĐIỂM" in text:
        for m in _CITATION.finditer(text):
            scan.mask(m.start(1), m.end(1), "citation")
    if "+" in text:
        for m in _CHAINAGE.finditer(text):
            scan.mask(m.start(), m.end(), "chainage")
    if "sao" in text:
        for m in _STARS.finditer(text):
            scan.mask(m.start(1), m.end(1), "rating")
    if "," in text and any(w in text for w in ("hường", "uận", "ã", "TP", "P.", "hành phố", "hị trấn")):
        for m in _ADDRESS.finditer(text):
            scan.mask(m.start(1), m.end(1), "address")
    if "kV" in text or "KV" in text:
        for m in _VOLTAGE.finditer(text):
            scan.mask(m.start(1), m.end(1), "voltage class")
    if "dân" in text:
        for m in _PER_BASE.finditer(text):
            scan.mask(m.start(1), m.end(1), "per")
    if "lương" in text:
        for m in _OF_BASE_PAY.finditer(text):
            scan.mask(m.start(1), m.end(1), "coefficient")
    if " 1 " in text:
        for m in _PER_AREA.finditer(text):
            scan.mask(m.start(1), m.end(1), "per")
    hours = _HOUR_HINT.search(text) is not None
    if hours:
        for m in _CLOCK.finditer(text):
            scan.mask(m.start(), m.end(), "time of day")
        for m in _AT_HOUR.finditer(text):
            scan.mask(m.start(1), m.end(1), "time of day")
        clock = _CLOCK.search(text) is not None
        for m in _RANGE_HOUR.finditer(text):
            if clock or _DAYPART.match(text, m.end()):
                scan.mask(m.start(1), m.end(1), "time of day")
        for m in _FROM_TO_HOUR.finditer(text):
            if _DAYPART.match(text, m.end()):
                scan.mask(m.start(1), m.end(1), "time of day")
    if "“" in text or '"' in text:
        for m in _QUOTED.finditer(text):
            scan.mask(m.start(1), m.end(1), "quoted name")
        for m in _SLOGAN.finditer(text):
            scan.mask(m.start(1), m.end(1), "name")
    if years and slash:
        for m in _YEAR_SPAN.finditer(text):
            unit, _ = context.read_unit(text, m.end(2))
            if not (unit and context.unit_is_known(unit) and unit.lower() not in {"ngày", "tháng"}) \
                    and int(m.group(1)) < int(m.group(2)):
                scan.mask(m.start(1), m.end(2), "years")
    if years:
        for m in _YEAR.finditer(text):
            unit, _ = context.read_unit(text, m.end(1))
            if not (unit and context.unit_is_known(unit) and unit.lower() not in {"ngày", "tháng"}):
                scan.mask(m.start(1), m.end(1), "year")
    label = None       # end of the last numeral masked as a label or a name
    for i, t in enumerate(scan.nums):
        if i in scan._masked_nums:
            label = None
            continue
        reason = _context_reason(text, t.start, t.end)
        if not reason and label is not None and _LIST_JOIN.fullmatch(text, label, t.start):
            # the next of a list of labels: "Điều 12, 13 Luật ...", "độ tuổi 18 - 27 đăng ký"
            # (not one a count noun follows: "ấp 3, 45 hộ")
            unit, _ = context.read_unit(text, t.end)
            if text[t.end:t.end + 1] != "%" and not (unit and context.unit_is_known(unit)):
                reason = "label list"
        if reason:
            scan.mask(t.start, t.end, reason)
        label = t.end if reason and reason.startswith(("label", "name")) else None


def _context_reason(text: str, start: int, end: int) -> str | None:
    """Why the words around one numeral make it a non-quantity, or None."""
    if context.char_before(text, start) == "=" and not _quantity_after(text, end):
        return "code"        # "Có = 1"; "120 hộ x 40 triệu đồng/hộ = 4,8 tỷ đồng" is a total
    after = text[end:end + 1]
    if after in "/-" and after and text[end + 1:end + 2].isalpha():
        return "document number"
    if start >= 2 and text[start - 1] == "-" and _CODE_HEAD.match(text, 0, start - 1):
        return "code"        # "biển số 49A-123.45", "72H1-527.09", "COVID-19"
    if end - start >= 8 and text[start:end].isdigit() and not context.read_unit(text, end)[0]:
        return "code"        # "Mã số thuế: 5800123456": quantities this large are written grouped
    hit = context.phrase_before(text, start, vocab.not_fact_words("word"))
    if hit:
        phrase, pstart = hit
        if phrase.lower() == "số":
            prev = context.word_before(text, pstart)
            # "Kế hoạch số 10", "chỉ tiêu số 02", "Số 45" are labels; "tổng số 13.633 hồ sơ",
            # "dân số 125.000 người" are quantities
            # ("Trường THPT số 2", "Trường Tiểu học số 1": a school, as "trường số 2")
            if prev and prev[0].lower() not in _NUMBERED_THINGS and not prev[0][-1:].isdigit() \
                    and not _ACRONYM.fullmatch(prev[0]):
                return None
        elif phrase.lower() == "năm" and (text[end:end + 1] == "%" or "," in text[start:end]
                                           or "." in text[start:end]
                                           or not _YEAR.fullmatch(text, start, end) and _quantity_after(text, end)):
            # "năm 35%", and "cây lâu năm 312,4 nghìn ha": a year has no decimals or groups;
            # "lũy kế từ đầu năm 62 hợp tác xã": no year is written with two digits before a count
            return None
        elif phrase == "điều" and _quantity_after(text, end):
            # "hạt điều 245 triệu USD", "cây điều 12.000 ha": cashew, not an article ("Điều 8",
            # "Điều 174 Bộ luật Hình sự": capitalised, an article whatever noun follows)
            return None
        elif phrase.lower() == "hồi":
            prev = context.word_before(text, pstart)
            if prev and prev[0].lower() == "thu":
                # "thu hồi 3,2 tỷ đồng", "thu hồi 12,5 ha đất": the verb recover, not "at (time)"
                hit = None
    if hit:
        # "tháng 78 cuộc" cannot be a month: a calendar word only takes values it can have,
        # and whole ones ("trong tháng 14,2 triệu đồng", "7 tháng 171,3 tỷ đồng")
        limit = _CALENDAR_MAX.get(phrase.lower())
        if limit:
            num = text[start:end]
            if "," in num or int(num.replace(".", "")) > limit:
                return None     # "trong tháng 1.250 triệu đồng": grouped thousands are no month
        return "label after " + phrase
    hit = context.phrase_before(text, start, vocab.not_fact_words("name"),
                                case_sensitive=True)
    if hit and read_money_unit(text, end) is None and not _PERCENT_NEXT.match(text, end):
        # "Hội nghị Trung ương 8" is a name; "ngân sách Trung ương 345 tỷ đồng" an amount, and so
        # is "chỉ tiêu Nghị quyết 95%" (no document is numbered with a percent sign)
        return "name"
    if _PERIOD_AFTER.match(text, end) and not text[end:end + 1] == "%":
        return "period"
    # A number right after a Title-case word that is not the first of its sentence is part of a
    # name ("Hòa Mỹ 1", "Hội nghị Trung ương 8") unless a known count noun or % follows.
    wb = context.word_before(text, start)
    if wb and wb[0][:1].isupper() and not wb[0].isupper() and not _SENTENCE_START.match(text, 0, wb[1]):
        if not _quantity_after(text, end):
            return "name"
    # plain digits between capitals and a word are a code ("giống OM 5451 chiếm 38%") unless a
    # quantity follows ("THCS 12 trường"); at the end of a list item they count ("(MN 18, TH 22)")
    if wb and _ACRONYM.fullmatch(wb[0]) and text[start:end].isdigit() \
            and not _ITEM_END.match(text, end) and not _quantity_after(text, end):
        return "name"
    return None


_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_PERCENT_NEXT = regex.compile(r"\s?%")
# the letters-and-digits head of a code, matched back from its hyphen: "49A", "72H1", "COVID"
_CODE_HEAD = regex.compile(r"(?r)(?<![\p{L}\p{M}\d])\d*\p{L}[\p{L}\d]*")
_ITEM_END = regex.compile(r"\s*(?:[,;.)]|và(?![\p{L}])|$)")


_OVER = regex.compile(r"/\d[\d.,]*")


def _quantity_after(text: str, end: int) -> bool:
    """What follows a numeral makes it a quantity even after a name: "%", a known count noun,
    money ("Xã Phước Cát 350 triệu đồng") or a denominator and its noun ("xã Hòa Bắc 11/14 thôn")."""
    if text[end:end + 1] == "%":
        return True
    over = _OVER.match(text, end)
    unit, _ = context.read_unit(text, over.end() if over else end)
    if unit and context.unit_is_known(unit):
        return True
    return not over and read_money_unit(text, end) is not None
