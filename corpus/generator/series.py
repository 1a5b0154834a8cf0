"""Quarter-by-quarter figures for every district, computed before any text is written.

Everything is anchored on the seed (Phụng Hiệp, 6 tháng đầu năm 2024): other quarters and
districts are scaled from those figures with seeded noise, so the series look like one
office's numbers over time. Running totals (`CUMULATIVE`) grow within a year and restart in
January; stock levels (`LEVELS`) drift slowly across quarters.
"""
from __future__ import annotations

import random
from decimal import Decimal

# seed value at Q2/2024 (6-month running total) for each running-total indicator
CUMULATIVE = {
    "ket_nap_dang_vien": 112, "kiem_tra_chi_bo": 498, "tuyen_truyen_cuoc": 968,
    "tuyen_truyen_luot": 16511, "bai_du_thi": 696, "huy_hieu": 40, "ky_luat": 8,
    "don_to_cao": 9, "lop_boi_duong": 34, "hoc_vien": 3039, "hn_bcv_cuoc": 90,
    "hn_bcv_dong_chi": 4630, "tt_doan_vien_cuoc": 515, "tt_doan_vien_luot": 18540,
    "van_ban_ban_hanh": 402, "van_ban_vp": 85, "van_ban_den": 350, "mttq_giam_sat": 20,
    "mttq_phan_bien": 24, "quy_vi_nguoi_ngheo": 23_200_000_000, "ldld_doan_vien_moi": 72,
    "nd_ket_nap": 1523, "nd_ho_sxkd": 29539, "nd_quy_ho_tro": 535_000_000,
    "pn_do_dau_tre": 71, "pn_phan_qua": 1259, "doan_cong_trinh": 95, "doan_phan_viec": 183,
    "ctd_don_vi_mau": 965, "ctd_kham_benh": 755,
}
# yearly targets in 2024 for the seed's district (what "đạt X% chỉ tiêu" is measured against)
TARGETS = {
    "ket_nap_dang_vien": 158, "kiem_tra_chi_bo": 537, "hoc_vien": 4648,
    "quy_vi_nguoi_ngheo": 30_000_000_000, "nd_ket_nap": 1230, "nd_ho_sxkd": 29016,
    "nd_quy_ho_tro": 449_400_000, "ctd_don_vi_mau": 3113, "mttq_phan_bien": 16,
    "bai_du_thi": 4900,
}
# stock levels at Q2/2024
LEVELS = {
    "ho_doan_the": 43140, "so_ho": 50652, "hoi_vien_nong_dan": 33856,
    "ccb_cuu_quan_nhan": 1562, "ccb_tong_quan_nhan": 1976, "pn_von_tiet_kiem": 4_620_000_000,
    "ccb_quy_von": 6_890_000_000, "nd_tong_von": 5_499_000_000,
}
MONEY = {"quy_vi_nguoi_ngheo", "nd_quy_ho_tro", "pn_von_tiet_kiem", "ccb_quy_von", "nd_tong_von"}

QUARTERS = [(2024, 1), (2024, 2), (2024, 3), (2024, 4), (2025, 1), (2025, 2), (2025, 3), (2025, 4)]
# running total at quarter q as a multiple of the Q2 running total
_Q_SHAPE = {1: (0.36, 0.46), 2: (1.0, 1.0), 3: (1.24, 1.36), 4: (1.46, 1.6)}


def _round_money(v: float) -> int:
    """Offices write money to 3 significant decimals of the scale word."""
    if v >= 1e9:
        return int(round(v / 1e7)) * 10_000_000
    return int(round(v / 1e6)) * 1_000_000


def build(district: str, scale: float, exact_seed: bool) -> dict:
    """{(year, q): {indicator: value}} plus targets under key ('target', year)."""
    rng = random.Random(f"series:{district}")
    out: dict = {}
    for year in (2024, 2025):
        growth = 1.0 if year == 2024 else rng.uniform(1.03, 1.09)
        yscale = scale * growth
        tg = {}
        for k, v in TARGETS.items():
            t = v * yscale * (1.0 if exact_seed and year == 2024 else rng.uniform(0.97, 1.03))
            tg[k] = _round_money(t) if k in MONEY else max(1, round(t))
        if exact_seed and year == 2024:
            tg = dict(TARGETS)
        tg["bai_plan_pct"] = 10
        out[("target", year)] = tg
        for q in (1, 2, 3, 4):
            out[(year, q)] = {}
        for k, anchor in CUMULATIVE.items():
            seed_q2 = exact_seed and year == 2024
            q2 = anchor if seed_q2 else anchor * yscale * rng.uniform(0.94, 1.06)
            q1 = q2 * rng.uniform(*_Q_SHAPE[1])
            if k in tg:      # the year ends a little over target (or over Q2 if already past it)
                q4 = max(tg[k] * rng.uniform(1.0, 1.08), q2 * rng.uniform(1.08, 1.2))
            else:
                q4 = q2 * rng.uniform(*_Q_SHAPE[4])
            q3 = q2 + (q4 - q2) * rng.uniform(0.55, 0.75)
            prev = 0
            for q, val in zip((1, 2, 3, 4), (q1, q2, q3, q4)):
                if not (seed_q2 and q == 2):
                    val = _round_money(val) if k in MONEY else max(1, round(val))
                if q > 1 and val <= prev:      # running totals never fall (planted drops aside)
                    val = prev + (10_000_000 if k in MONEY else 1)
                out[(year, q)][k] = val
                prev = val
    # stock levels: a walk across all eight quarters, the seed's district pinned at Q2/2024
    for k, anchor in LEVELS.items():
        base = anchor * scale
        vals = {}
        start = base * rng.uniform(0.985, 0.995)
        cur = start
        for year, q in QUARTERS:
            if exact_seed and (year, q) == (2024, 2):
                cur = anchor
            elif (year, q) != (2024, 1):
                cur = cur * rng.uniform(1.004, 1.018)
            vals[(year, q)] = _round_money(cur) if k in MONEY else round(cur)
        for yq, v in vals.items():
            out[yq][k] = v
    for yq in QUARTERS:
        d = out[yq]
        d["so_ho"] = max(d["so_ho"], round(d["ho_doan_the"] * 1.12))
        d["ccb_tong_quan_nhan"] = max(d["ccb_tong_quan_nhan"], d["ccb_cuu_quan_nhan"] + 50)
        d["quan_triet_pct"] = Decimal("99.65") if exact_seed and yq == (2024, 2) else \
            Decimal(str(round(rng.uniform(98.2, 99.9), 2)))
        d["ho_target_share"] = Decimal("82.41") if yq[0] == 2024 else Decimal("83.50")
    return out
