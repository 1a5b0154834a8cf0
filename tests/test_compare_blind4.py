"""Fourth blind test of series matching (tests/blind_reports4.py): shapes the first three sets lack.

The labels below were written by reading the reports, before the pipeline saw them: each series
lists, per report, the figure as written with the number in brackets (a table cell as "[985]", the
second cell with a fact whose whole text is 2 as "[2]@2"). A pair is two labelled facts of one series in two
reports; the store must put them in one series (found) and must never put facts of two different
series together (wrong). Series with a single figure are look-alikes: they make no pair but must
not join another series. Two districts (Lâm Hà, Bảo Thuận) report the same indicators: series are
per body, so they never join.

The last two bodies (Huyện đoàn Krông Nô, UBND huyện Bảo Thuận) were held out of the fixes until
the end; the script prints their score apart.

Run as a script for the figures: python tests/test_compare_blind4.py
"""
from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_series  # noqa: E402
from blind_reports4 import HELD_OUT, write_all  # noqa: E402

DG = ("hnd-dong-giang-t7-2024", "hnd-dong-giang-t8-2024", "hnd-dong-giang-t9-2024", "hnd-dong-giang-t10-2024")
LH = ("lam-ha-q1-2024", "lam-ha-q2-2024", "lam-ha-q3-2024")
BLA = ("ldtbxh-bao-lam-2022", "ldtbxh-bao-lam-2023", "ldtbxh-bao-lam-2024")
TH = ("tan-ha-q1-2024", "tan-ha-q2-2024", "tan-ha-q3-2024", "tan-ha-q4-2024")
DT = ("qlda-duc-trong-t5-2024", "qlda-duc-trong-t6-2024", "qlda-duc-trong-t7-2024", "qlda-duc-trong-t8-2024")
KN = ("doan-krong-no-t4-2025", "doan-krong-no-t5-2025", "doan-krong-no-t6-2025")
BT = ("bao-thuan-q1-2024", "bao-thuan-q2-2024", "bao-thuan-q3-2024")

# series -> figures in the body's reports, in period order (None: the report lacks it)
SERIES = {
    # Hội Nông dân huyện Đông Giang, months: the month's figure beside the year's so far
    "A_kn": (DG, ["mới [42] hội viên", "mới [37] hội viên", "nạp [29] hội viên", "mới [33] hội viên"]),
    "A_kn_ytd": (DG, ["năm [318] hội viên", "được [355] hội viên", "nạp [384] hội viên", "kế [417] hội viên"]),
    "A_kn_pct": (DG, ["[63,6]%", "[71]%", "[76,8]%", None]),
    "A_hv": (DG, ["có [12.480] hội viên", "[12.517] người", "[12.546] hội viên", "[12.579] hội viên"]),
    "A_chihoi": (DG, ["tại [96] chi hội", "ở [96] chi hội", None, "[97] chi hội"]),
    "A_quy": (DG, ["[1.250] triệu", "[980] triệu", "[1,1] tỷ", "[760] triệu"]),
    "A_quy_ytd": (DG, ["[6,8] tỷ", "[7,78] tỷ", "[8,88] tỷ", "[9,64] tỷ"]),
    "A_hovay": (DG, ["[31] hộ", "[24] hộ", "[27] hộ", None]),
    "A_lop": (DG, ["[6] lớp", "[4] lớp", None, "[5] lớp"]),
    "A_hocvien": (DG, ["[185] hội viên", "[126] học viên", None, "[150] hội viên"]),
    "A_hocvien_nu": (DG, ["nữ [72]", "nữ [51]", None, "nữ [64]"]),
    # UBND huyện Lâm Hà, quarters: thu ngân sách / thu NSNN, giải ngân / thanh toán vốn, footnotes
    "C_thu": (LH, ["[48,6] tỷ", "[109,8] tỷ", "[167,2] tỷ"]),   # the first quarter is also the year so far
    "C_thu_q": (LH, [None, "[61,2] tỷ", "[57,4] tỷ"]),
    "C_thu_pct": (LH, ["[23,1]%", "[52,3]%", "[79,6]%"]),
    "C_chi": (LH, ["[71,3] tỷ", "[152,6] tỷ", "[228,9] tỷ"]),
    "C_kh_von": (LH, ["[215] tỷ", "([215] tỷ", "là [215] tỷ"]),
    "C_gn": (LH, ["[32,5] tỷ", "[88,4] tỷ", "[142,7] tỷ"]),
    "C_gn_pct": (LH, ["[15,1]%", "[41,1]%", "[66,4]%"]),
    "C_ngheo": (LH, ["[312] hộ", "([298] hộ", "[285] hộ"]),
    "C_ngheo_pct": (LH, ["[2,1]%", "[2,0]%", "[1,9]%"]),
    "C_canngheo": (LH, ["[428] hộ", "[415] hộ", "[402] hộ"]),
    # Phòng LĐ-TB&XH huyện Bảo Lâm, years: a table, its rows shortened, then prose
    "E_ngheo": (BLA, ["[1.245]", "[1.012]", "[812] hộ"]),
    "E_ngheo_pct": (BLA, ["[4,8]", "[3,9]", "[3,1]%"]),
    "E_canngheo": (BLA, ["[980]", "[870]", "[765] hộ"]),
    "E_canngheo_pct": (BLA, ["[3,8]", "[3,4]", "[2,9]%"]),
    "E_vieclam": (BLA, ["[2.150] lao động", "[2.240] lao động", "[2.310] lao động"]),
    "E_xkld": (BLA, ["[58] lao động", "[71] người", "[64] người"]),
    "E_nghe": (BLA, ["[1.320] người", "[1.410] người", "[1.385] người"]),
    # Đảng ủy xã Tân Hà, quarters: the year's target repeated, "trong đó" under admissions
    "F_plan": (TH, ["là [30] đảng viên", "năm ([30] đảng viên", "nạp [30] đảng viên", "nạp [30] đảng viên"]),
    "F_kn": (TH, ["nạp [6] đảng viên", "nạp [8] đảng viên", "nạp [7] đảng viên", "nạp [10] đảng viên"]),
    "F_kn_nu": (TH, ["nữ [2] đồng chí", "[3] đồng chí nữ", "nữ [3] đồng chí", "nữ [4] đồng chí"]),
    "F_kn_tre": (TH, ["tuổi [4] đồng chí", "[5] đảng viên trẻ", "trẻ [4] đồng chí", None]),
    "F_kn_ytd": (TH, [None, "nạp [14] đảng viên", "nạp [21] đảng viên", "nạp [31] đảng viên"]),
    "F_kn_pct": (TH, [None, "[46,7]%", "[70]%", "[103,3]%"]),
    "F_dv": (TH, ["có [842] đảng viên", "[849] đồng chí", "[856] đảng viên", "[866] đảng viên"]),
    "F_dv_nu": (TH, ["nữ [291] đồng chí", "nữ [294] đồng chí", "([297] đảng viên", "nữ [301] đồng chí"]),
    "F_huyhieu": (TH, ["cho [14] đảng viên", "cho [9] đảng viên", None, "cho [18] đảng viên"]),
    # Ban QLDA huyện Đức Trọng, months: the year's plan repeated, then revised; a table one month
    "G_kh": (DT, ["[86,4] tỷ", "[86,4] tỷ", "[86,4] tỷ", "[92,0] tỷ"]),
    "G_duan": (DT, ["[24] dự án", "[24] dự án", None, None]),
    "G_gn": (DT, ["[5,2] tỷ", "[7,9] tỷ", "[6,4]", "[8,3] tỷ"]),
    "G_gn_ytd": (DT, ["[21,7] tỷ", "[29,6] tỷ", "[36,0]", "[44,3] tỷ"]),
    "G_gn_pct": (DT, ["[25,1]%", "[34,3]%", "[41,7]%", "[48,2]%"]),
    "G_kc": (DT, ["[2] công trình", "[4] công trình", "[1]", "[3] công trình"]),
    "G_ht": (DT, ["[3] công trình", "[2] công trình", "[2]", "[1] công trình"]),
    "G_kc_ytd": (DT, [None, None, "[9]", None]),
    "G_ht_ytd": (DT, [None, None, "[11]", None]),
    # Huyện đoàn Krông Nô, months (held out)
    "B_kn": (KN, ["nạp [56] đoàn viên", "mới [48] đoàn viên", "mới [61] đoàn viên"]),
    "B_kn_ytd": (KN, ["năm [214] đoàn viên", "kế [262] đoàn viên", "lên [323] đoàn viên"]),
    "B_kn_pct": (KN, [None, None, "[64,6]%"]),
    "B_dv": (KN, ["[4.312] đoàn viên", "[4.350] người", "[4.401] đoàn viên"]),
    "B_dv_nu": (KN, ["[2.105] đoàn viên", "[2.131] người", "[2.160] đoàn viên"]),
    "B_mau": (KN, ["[260] đơn vị", "[185] đơn vị", None]),
    "B_dot": (KN, ["[3] đợt", None, None]),
    "B_gioithieu": (KN, ["thiệu [12] đoàn viên", "[9] đoàn viên", "[15] đoàn viên"]),
    "B_vaodang": (KN, [None, "[7] đoàn viên", "[11] đoàn viên"]),
    # UBND huyện Bảo Thuận, quarters: Lâm Hà's indicators in another body (held out)
    "D_thu": (BT, ["[36,9] tỷ", "[81,0] tỷ", "[124,6] tỷ"]),   # the first quarter is also the year so far
    "D_thu_q": (BT, [None, "[44,1] tỷ", "[43,6] tỷ"]),
    "D_thu_pct": (BT, ["[22,4]%", "[49,1]%", "[75,5]%"]),
    "D_chi": (BT, ["[58,2] tỷ", "[121,7] tỷ", "[183,0] tỷ"]),
    "D_kh_von": (BT, ["[164] tỷ", "giao [164] tỷ", "([164] tỷ"]),
    "D_gn": (BT, ["[21,3] tỷ", "[63,5] tỷ", "[109,2] tỷ"]),
    "D_gn_pct": (BT, ["[13]%", "[38,7]%", "[66,6]%"]),
    "D_ngheo": (BT, ["[406] hộ", "[391] hộ", "[377] hộ"]),
    "D_ngheo_pct": (BT, ["[2,7]%", "[2,6]%", "[2,5]%"]),
}
# Pairs a reader may count either way: the first quarter's figure is also the year's so far.
EITHER = {frozenset({"C_thu", "C_thu_q"}), frozenset({"D_thu", "D_thu_q"}), frozenset({"F_kn", "F_kn_ytd"})}


# ---------------------------------------------------------------- the rules this set asked for

def test_words_of_this_set():
    from pipeline.indicators import key_tokens
    same = [("percent|số hộ nghèo", "percent|tỷ lệ hộ nghèo"),   # a percent is a share
            ("count:công trình|bàn giao đưa vào sử dụng công trình", "count:công trình|bàn giao công trình"),
            ("count:lớp|phối hợp tổ chức lớp dạy nghề", "count:lớp|mở lớp dạy nghề"),
            ("money:đồng|chi nsđp tỷ đồng", "money:đồng|chi ngân sách địa phương tỷ đồng"),
            ("money:đồng|kế hoạch vốn sau điều chỉnh tỷ đồng", "money:đồng|kế hoạch vốn tỷ đồng"),
            ("count:đảng viên|phấn đấu kết nạp đảng viên", "count:đảng viên|chỉ tiêu kết nạp đảng viên")]
    for a, b in same:
        assert key_tokens(a) == key_tokens(b), (a, b)
    assert {"giải", "ngân"} <= key_tokens("money:đồng|thanh toán vốn đầu tư công tỷ đồng")
    assert key_tokens("count:người|xuất khẩu lao động người") <= key_tokens(
        "count:lao động|đưa lao động đi làm việc ở nước ngoài")
    # "số" stays where it is content ("số hóa"), and a count keeps "tỷ lệ" out of its rules
    assert "số" in key_tokens("percent|hồ sơ số hóa")


def test_the_plan_in_brackets_is_no_running_total():
    from pipeline.indicators import fact_scope
    text = "Lũy kế 6 tháng kết nạp 14 đảng viên, đạt 46,7% chỉ tiêu năm (30 đảng viên)."
    assert fact_scope(text, text.index("30")) == "document"
    assert fact_scope(text, text.index("14")) == "cumulative"
    text = "Lũy kế 6 tháng giải ngân 88,4 tỷ đồng (bằng 41,1%)."   # no plan word before the bracket
    assert fact_scope(text, text.index("41,1")) == "cumulative"


def test_a_unit_only_total_beside_the_month_is_no_stock():
    from pipeline.indicators import Item, match_series

    def it(fid, key, sentence, scope=None):
        return Item(fid, key, frozenset(), frozenset(sentence.split()), frozenset(), scope)
    stock = it(1, "count:hội viên|hội viên", "hội viên toàn huyện hội viên")
    month = it(2, "count:hội viên|kết nạp mới hội viên", "kết nạp mới hội viên hội viên", "period")
    total = it(3, "count:hội viên|hội viên", "kết nạp mới hội viên hội viên", "cumulative")
    got = match_series([("a", [stock]), ("b", [month, total])])
    assert got[("b", 3)][0] != got[("a", 1)][0]
    # alone in its sentence, a running total named by its unit still continues the stock by its
    # key ("Toàn Hội hiện có 14.602 hội viên" / "Tổng số hội viên đến cuối năm 14.690 hội viên")
    alone = it(4, "count:hội viên|hội viên", "hội viên cuối hội viên", "cumulative")
    got = match_series([("a", [stock]), ("b", [alone])])
    assert got[("b", 4)][0] == got[("a", 1)][0]


def test_a_figure_joins_no_series_by_a_sum_scale():
    from pipeline.indicators import Item, match_series
    # "lũy kế từ đầu năm 21,7 tỷ đồng" (only its unit) and "Kế hoạch vốn năm 2024: 86,4 tỷ đồng
    # với 24 dự án": their own words share only "tỷ đồng"
    total = Item(1, "money:đồng|tỷ đồng", frozenset(), frozenset("giải ngân tỷ đồng lũy kế".split()),
                 frozenset(("tỷ", "đồng")), "cumulative")
    plan = Item(2, "money:đồng|tỷ đồng dự án", frozenset("kế hoạch vốn".split()),
                frozenset("kế hoạch vốn tỷ đồng dự án".split()), frozenset(("tỷ", "đồng")))
    got = match_series([("a", [total]), ("b", [plan])])
    assert got[("b", 2)][0] != got[("a", 1)][0]


# First run (fa9e587, labels as written): two labels did not locate their figure ("[1]@2", "[2]@2"
# count only cells that are facts: "[1]", "[2]"; "[12] đoàn viên" is also in "4.312 đoàn viên":
# "thiệu [12] đoàn viên"); with those read right, 192 of 195 figures located (the extractor gives no
# fact for "từ đầu năm 318", "trong tháng 1.250 triệu", "từ đầu năm 214"), pairs found 152/210,
# wrong 7, wrong with one fact left out 220; the held-out bodies alone 32/40, 4 wrong, 87.
# Wrong: a stock named by its unit only ("Hội viên toàn huyện: 12.546 hội viên") then taking
# "lũy kế 417 hội viên"; the year's capital plan "86,4 tỷ đồng với 24 dự án" joining a running
# total known only as "tỷ đồng"; a table's year-to-date cell ("Lũy kế từ đầu năm") joining a
# month's figure whose own series it missed; the Youth Union's members and admissions so far; a
# district's disbursement and its budget revenue.
# Fixes from the five dev bodies only: verb synonyms (giải ngân / thanh toán vốn, đi làm việc ở
# nước ngoài / xuất khẩu lao động), "phấn đấu" a plan word, a percent's key without "tỷ lệ" and a
# leading "số", "đưa vào sử dụng" left out, the figure's own words compared without a sum's scale,
# a figure in brackets after a plan word is the plan (no running total), a unit-only running total
# beside the month's figure never continues a stock: 182/210, 0, 30.
# Held out until here: Huyện đoàn Krông Nô and UBND huyện Bảo Thuận 32/40, 4, 87 at the first run;
# 38/40, 0, 7 with the dev fixes (left: Bảo Thuận's first quarter, also the year so far).
# NSĐP, mở lớp / tổ chức lớp, "phối hợp" and "sau điều chỉnh" left out: 189/210, 0, 30; a series
# whose own wordings are only its unit compared by those it shares: 193/210, 0, 30.
# Left: stocks named by their unit only ("Hội viên toàn huyện: 12.546 hội viên"), học viên /
# hội viên, the first quarter's figure with the quarters rather than the running totals.
# Left-out wrong: a plan for what was done (kết nạp), a table's "Lũy kế" cell for the month's,
# "trong đó nữ" of the stock for that of the admitted, "kết nạp vào Đảng" for "kết nạp đoàn viên".
MAX_LOO_WRONG = 13
MIN_FOUND = 206


class TestRound(blind_series.BlindRound):
    SERIES, EITHER, MIN_FOUND, MAX_LOO_WRONG = SERIES, EITHER, MIN_FOUND, MAX_LOO_WRONG
    CELLS = True
    write_all = staticmethod(write_all)


if __name__ == "__main__":
    blind_series.main(write_all, SERIES, EITHER, cells=True, held=HELD_OUT)
