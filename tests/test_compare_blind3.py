"""Third blind test of series matching (tests/blind_reports3.py): shapes the first two sets lack.

The labels below were written by reading the reports, before the pipeline saw them: each series
lists, per report, the figure as written with the number in brackets (a table cell as "[985]").
A pair is two labelled facts of one series in two reports; the store must put them in one series
(found) and must never put facts of two different series together (wrong). Series with a single
figure are look-alikes: they make no pair but must not join another series.

Xã Phi Liêng is merged into the new xã Đam Lô in mid-2025: the new letterhead is a new body, and
the store's series are per body, so its two halves are labelled as two bodies (B1_, B2_); the
merged commune's figures are not the old commune's anyway (214 hộ nghèo against 81).

The last two bodies (Huyện đoàn Ninh Hòa, VP đăng ký đất đai Ninh Hòa) were held out of the fixes
until the end; the script prints their score apart.

Run as a script for the figures: python tests/test_compare_blind3.py
"""
from __future__ import annotations

import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_series  # noqa: E402
from blind_reports3 import HELD_OUT, write_all  # noqa: E402

TS = ("thach-son-q1-2024", "thach-son-q2-2024", "thach-son-q3-2024", "thach-son-q4-2024")
PL = ("phi-lieng-q1-2025", "phi-lieng-q2-2025")
DL = ("dam-lo-q3-2025", "dam-lo-q4-2025")
BL = ("binh-lam-6t-2024", "binh-lam-nam-2024", "binh-lam-6t-2025", "binh-lam-nam-2025")
BA = ("hcc-bao-an-t10-2024", "hcc-bao-an-t11-2024", "hcc-bao-an-t12-2024")
YK = ("hnd-yen-khe-q1-2024", "hnd-yen-khe-q2-2024", "hnd-yen-khe-q3-2024")
NH = ("doan-ninh-hoa-q1-2024", "doan-ninh-hoa-q2-2024", "doan-ninh-hoa-q3-2024")
DD = ("vpdk-ninh-hoa-t7-2024", "vpdk-ninh-hoa-t8-2024", "vpdk-ninh-hoa-t9-2024")

# series -> figures in the body's reports, in period order (None: the report lacks it)
SERIES = {
    # Đảng ủy xã Thạch Sơn, quarters: each quarter reworded
    "A_dv": (TS, ["có [1.246] đảng viên", "[1.251] đồng chí", "với [1.263] đảng viên", "có [1.270] đảng viên"]),
    "A_chibo": (TS, ["[32] chi bộ", "ở [32] chi bộ", "có [33] chi bộ", "tại [33] chi bộ"]),
    "A_ketnap": (TS, ["nạp [9] đảng viên", "là [7] đồng chí", "được [14] quần chúng", "nạp [6] đảng viên"]),
    "A_ketnap_nu": (TS, ["nữ [4] đồng chí", "nữ [2] đồng chí", "[6] đồng chí là nữ", "nữ [3] đồng chí"]),
    "A_ketnap_year": (TS, [None, None, None, "nạp [36] đảng viên"]),
    "A_ketnap_pct": (TS, [None, None, None, "[120]%"]),
    "A_chinhthuc": (TS, ["cho [11] đảng viên", "[8] đảng viên dự bị", "thức: [10] đồng chí", "cho [9] đảng viên"]),
    "A_huyhieu": (TS, ["cho [21] đảng viên", "cho [16] đảng viên", None, "cho [25] đảng viên"]),
    "A_kyluat": (TS, [None, "trách [1] đảng viên", "luật [2] đảng viên", None]),
    "A_kt": (TS, ["tra [3] chi bộ", "tra [4] chi bộ", "tra [2] chi bộ", "tra [5] chi bộ"]),
    "A_gs": (TS, ["đề [5] chi bộ", "sát [6] chi bộ", "sát [4] chi bộ", "sát [7] chi bộ"]),
    "A_hoc": (TS, ["là [1.108] người", "[1.132] cán bộ", "[1.150] cán bộ", None]),
    "A_hoc_pct": (TS, ["[88,9]%", "[90,5]%", "[91,0]%", None]),
    # UBND xã Phi Liêng, then the merged xã Đam Lô: two bodies
    "B1_dt": (PL, ["[1.245] ha", None]),
    "B1_dt_pct": (PL, ["[101,2]%", None]),
    "B1_he": (PL, [None, "[980] ha"]),
    "B1_thu": (PL, ["[2.340] triệu", "[2,65] tỷ"]),
    "B1_tiepnhan": (PL, ["[412] hồ sơ", "mới [441] hồ sơ"]),
    "B1_giaiquyet": (PL, ["[405] hồ sơ", "quyết [436] hồ sơ"]),
    "B1_trehan": (PL, ["hạn [3] hồ sơ", "; [2] hồ sơ"]),
    "B1_ngheo": (PL, ["[86] hộ", "[81] hộ"]),
    "B1_ngheo_pct": (PL, ["[2,1]%", "[1,98]%"]),
    "B2_thu": (DL, ["[5,12] tỷ", "[6.080] triệu"]),
    "B2_tiepnhan": (DL, ["[1.036] hồ sơ", "[1.140] hồ sơ"]),
    "B2_dunghan": (DL, ["[1.010] hồ sơ", "[1.122] hồ sơ"]),
    "B2_trehan": (DL, ["hạn [4] hồ sơ", "hạn [1] hồ sơ"]),
    "B2_ngheo": (DL, ["[214] hộ", "[198] hộ"]),
    "B2_ngheo_pct": (DL, ["[2,6]%", "[2,4]%"]),
    # UBND huyện Bình Lâm, 6 months / year of 2024 and 2025: running totals from 1 January
    "C_thu": (BL, ["năm [184,6] tỷ", "ước [372,5] tỷ", "ước [201,3] tỷ", "[398,2] tỷ"]),
    "C_thu_pct": (BL, ["[52,7]%", "[106,4]%", "[54,2]%", "[107,6]%"]),
    "C_chi": (BL, ["[231,2] tỷ", "[468.900] triệu", None, "[502,4]"]),   # 6t-2025: no fact ("6 tháng 248.700")
    "C_chi_pct": (BL, ["[48,1]%", "[97,5]%", "[49,0]%", "[98,3]"]),
    "C_kh_von": (BL, ["giao [96,5] tỷ", "([96,5] tỷ", "giao [104,0] tỷ", None]),
    "C_giaingan": (BL, ["tháng [38,2] tỷ", "năm [91,8] tỷ", "ngân [45,6] tỷ", "[99,7]"]),
    "C_giaingan_pct": (BL, ["[39,6]%", "[95,1]%", "[43,8]%", "[95,9]"]),
    "C_luongthuc": (BL, ["[28.450]", "[56.300]", "[29.120]", "[57.040] tấn"]),
    "C_luongthuc_ck": (BL, ["[27.910]", "[55.120]", "[28.450]", None]),
    "C_caphe": (BL, ["[6.820]", "[6.850]", "[6.870]", "[6.900] ha"]),
    "C_caphe_ck": (BL, ["[6.790]", "[6.800]", "[6.820]", None]),
    "C_bo": (BL, ["[9.310]", "[9.480]", "[9.560]", "[9.620] con"]),
    "C_bo_ck": (BL, ["[9.120]", "[9.150]", "[9.310]", None]),
    "C_heo": (BL, [None, "[41.200]", None, None]),
    "C_heo_ck": (BL, [None, "[39.800]", None, None]),
    # Trung tâm Phục vụ hành chính công Bảo An, months: prose, then a table, then rows reordered
    "D_tn": (BA, ["[1.284] hồ sơ", "[1.350]", "[1.412]"]),
    "D_gq": (BA, ["[1.236] hồ sơ", "[1.302]", "[1.371]"]),
    "D_dh": (BA, ["[1.221] hồ sơ", "[1.290]", "[1.362]"]),
    "D_th": (BA, ["[15] hồ sơ", "[12]", "[9]"]),
    "D_tt": (BA, ["[912] hồ sơ", "[985]", "[1.046]"]),
    "D_tt_pct": (BA, ["[71,0]%", "[73,0]%", None]),
    "D_dang": (BA, [None, None, "[41]"]),
    "D_dk": (BA, ["[58] hộ", "[61] hộ", "[49] hộ"]),
    "D_cap": (BA, ["[52] hộ", "[55] hộ", "[47] hộ"]),
    "D_pa_tn": (BA, ["[14] phản ánh", "[17] phản ánh", "[11] phản ánh"]),
    "D_pa_gq": (BA, ["[12] phản ánh", "[15] phản ánh", "[10] phản ánh"]),
    # Hội Nông dân huyện Yên Khê, quarters
    "E_hv": (YK, ["[18.420] hội viên", "[18.560] người", "[18.610] hội viên"]),
    "E_hv_nu": (YK, ["[6.310] hội viên", "[6.402] người", None]),   # q3: no fact ("(nữ 6.455)")
    "E_sxkd_dk": (YK, ["[2.140] hộ", "[2.185] gia đình", "[2.230] hộ"]),
    "E_sxkd_dat": (YK, [None, None, "[1.870] hộ"]),
    "E_lop": (YK, ["[22] lớp", "[25] lớp", "[18] lớp"]),
    "E_taphuan_luot": (YK, ["[1.540] lượt", None, "[1.310] lượt"]),
    "E_taphuan_nguoi": (YK, [None, "[1.720] người", None]),
    "E_quy_huyen": (YK, ["[4,2] tỷ", "[4.350] triệu", "[4,5] tỷ"]),
    "E_quy_xa": (YK, ["[1,8] tỷ", "[1.950] triệu", "[2,1] tỷ"]),
    "E_nha": (YK, ["[5] nhà", None, "[3] nhà"]),
    # Huyện đoàn Ninh Hòa, quarters (held out)
    "F_dv": (NH, ["[3.820] đoàn viên", "[3.905] người", "[3.960] đoàn viên"]),
    "F_chidoan": (NH, ["[64] chi đoàn", "[64] chi đoàn", "[65] chi đoàn"]),
    "F_ketnap": (NH, ["[145] đoàn viên", "quý [168]", "nạp [97]"]),
    "F_ketnap_nu": (NH, ["nữ [82]", "nữ [90]", None]),
    "F_ketnap_ytd": (NH, [None, None, None]),   # no fact: "từ đầu năm 313 đoàn viên", "... năm 410 ..."
    "F_ct": (NH, ["[12] công trình", "[8] công trình", "[10] công trình"]),
    "F_ct_gt": (NH, ["[640] triệu", "[0,52] tỷ", "[715] triệu"]),
    "F_mau": (NH, ["[210] đơn vị", "[245] đơn vị", "[198] đơn vị"]),
    "F_tnth": (NH, [None, "[1.260] lượt", None]),
    # VP đăng ký đất đai, chi nhánh Ninh Hòa, months (held out)
    "G_tn": (DD, ["[520] hồ sơ", "[533] hồ sơ", "[547]"]),
    "G_gq": (DD, ["[486] hồ sơ", "[498] hồ sơ", "[512]"]),
    "G_dh": (DD, ["[470] hồ sơ", None, "[505]"]),   # t8: no fact ("(đúng hạn 489, trễ hạn 9)")
    "G_th": (DD, ["[16] hồ sơ", "hạn [9]", "[7]"]),
    "G_gcn": (DD, ["[312] giấy", None, "[296]"]),
    "G_gcn_thua": (DD, [None, "[287] thửa", None]),
    "G_biendong": (DD, ["[174] hồ sơ", "[190] hồ sơ", "[201]"]),
    "G_tien": (DD, ["[12,4] tỷ", "[9.850] triệu", "[10,9] tỷ"]),
}
# Pairs a reader may count either way: attendances (lượt) against people; certificates against
# parcels; the first quarter's admissions are also the year's so far.
EITHER = {frozenset({"E_taphuan_luot", "E_taphuan_nguoi"}), frozenset({"G_gcn", "G_gcn_thua"}),
          frozenset({"F_ketnap", "F_ketnap_ytd"})}


# ---------------------------------------------------------------- the rules this set asked for

def test_a_baseline_column_stays_apart():
    from pipeline.indicators import Item, fact_context, match_series, names_baseline

    def cell(fid, header):
        _, context, sentence, phrase = fact_context("28.450", 0, header)
        return Item(fid, "count:tấn|sản lượng lương thực", frozenset(context.split()),
                    frozenset(sentence.split()), frozenset(phrase.split()))
    now, before = cell(1, "Thực hiện 6 tháng"), cell(2, "Cùng kỳ")
    assert names_baseline(before.context) and not names_baseline(now.context)
    # names_baseline's quick test (no header word at all) says what the full one says
    from pipeline.indicator_vocab import BASELINE_HEADERS
    for words in ["", "cùng kỳ", "kỳ", "năm trước", "trước hạn", "tháng trước hồ sơ", "quý", "cùng"]:
        ctx = frozenset(words.split())
        assert names_baseline(ctx) == any(set(p.split()) <= ctx for p in BASELINE_HEADERS), words
    # the second report puts "Cùng kỳ" first: each cell still meets its own column
    got = match_series([("a", [now, before]), ("b", [cell(3, "Cùng kỳ"), cell(4, "Thực hiện 6 tháng")])])
    assert got[("a", 1)][0] == got[("b", 4)][0] != got[("a", 2)][0] == got[("b", 3)][0]


def test_contrasts_of_this_set():
    from pipeline.indicators import contrast_marks, contrasting, figure_marks, key_tokens
    assert contrast_marks(frozenset()) == {}

    def marks(key):
        return figure_marks(key_tokens(key))
    for a, b in [("count:người|hội viên nữ người", "count:người|hội viên người"),
                 ("money:đồng|quỹ hỗ trợ nông dân cấp huyện", "money:đồng|quỹ hỗ trợ nông dân cấp xã"),
                 ("count:hồ sơ|giải quyết hồ sơ", "count:hồ sơ|giải quyết trễ hạn hồ sơ"),
                 ("count:hộ|đăng ký hộ kinh doanh", "count:hộ|hộ cấp giấy chứng nhận đăng ký kinh doanh"),
                 ("count:con|tổng đàn bò", "count:con|tổng đàn heo")]:
        assert contrasting(marks(a), marks(b)), (a, b)
    # "phụ nữ" is all the Women's Union's members, not the women among them
    assert not contrasting(marks("count:hội viên|hội viên phụ nữ"), marks("count:hội viên|hội viên"))


def test_plan_and_scale_read_as_one_word():
    from pipeline.indicators import as_key, as_sentence, fact_scope
    assert as_key(frozenset("so dự toán chi ngân sách".split())) == frozenset("so kế hoạch chi ngân sách".split())
    assert as_key(frozenset("thu tỷ đồng".split())) == frozenset(("thu", "đồng"))
    assert as_sentence(frozenset("giá trị triệu đồng".split())) == as_sentence(frozenset("giá trị tỷ đồng".split()))
    text = "Quý IV kết nạp 6 đảng viên mới; cả năm kết nạp 36 đảng viên."
    assert fact_scope(text, text.index("36")) == "cumulative"
    text = "Thu ngân sách 50 tỷ đồng, đạt 45% kế hoạch cả năm."   # the year's plan: no cue
    assert fact_scope(text, text.index("45")) == "document"


# First run (3fb96f9, labels as written): 211 of 216 figures located (the extractor gives no fact
# for "6 tháng 248.700 triệu", "(nữ 6.455)", "từ đầu năm 313", "(đúng hạn 489, ..."), pairs
# found 160/209, wrong 20 (the "Cùng kỳ" column of a table with its columns swapped; the Farmers'
# Union's fund "cấp huyện" / "cấp xã"; "giải quyết" / "trễ hạn" hồ sơ), wrong with one fact left
# out 833; the held-out bodies alone 30/36, 0 wrong, 0 left-out wrong.
# A header naming an earlier period ("Cùng kỳ") keeps its cells apart; contrasts cấp tỉnh /
# huyện / xã and giải quyết (all) / đúng hạn / trễ hạn: 181/209, 0, 26.
# Contrasts bò / heo / trâu..., đăng ký / cấp giấy / danh hiệu, nữ / all, and "cả năm" a running
# total's cue (a Q4 report's "cả năm kết nạp 36 đảng viên" is not the quarter's): 181/209, 0, 5.
# A table cell's row and column read as a key is read (one word for a plan, a sum without its
# scale: "So dự toán (%)" of "Chi ngân sách địa phương" / "đạt 48,1% dự toán"): 184/209, 0, 5;
# verb synonym giải quyết / xử lý (phản ánh): 186/209, 0, 5.
# Held out until here: Huyện đoàn and VP đăng ký đất đai 30/36, 0, 0 (as at the first run).
# Sentences compared with one word for a plan and for a sum's scale ("tổng giá trị 640 triệu
# đồng" / "trị giá 0,52 tỷ đồng"): 190/209, 0, 5; held out 34/36, 0, 0 (second round 146/171).
# Left: the extractor's units "quần" (of "14 quần chúng ưu tú vào Đảng") and "gia" (of "2.185 gia
# đình"), a stock named by the body's words only ("Đảng bộ có 33 chi bộ với 1.263 đảng viên"),
# long extracted phrases spanning two figures ("Tổ chức 22 lớp tập huấn ... cho 1.540 lượt hội
# viên"), "tiếp nhận mới", "hiến máu" / "vận động ... đơn vị máu". Left-out wrong: "Hồ sơ đang
# giải quyết" (đang is a stop word) for "đã giải quyết"; a table's "Giải ngân vốn đầu tư công"
# for the plan "vốn đầu tư công giao" when the year's giải ngân is left out.
MAX_LOO_WRONG = 5
MIN_FOUND = 189


class TestRound(blind_series.BlindRound):
    SERIES, EITHER, MIN_FOUND, MAX_LOO_WRONG = SERIES, EITHER, MIN_FOUND, MAX_LOO_WRONG
    CELLS = True
    write_all = staticmethod(write_all)


if __name__ == "__main__":
    blind_series.main(write_all, SERIES, EITHER, cells=True, held=HELD_OUT)
