"""Compose one report (skeleton, headings, section II.1 indicators, appendix table)."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from . import sections
from .build import Builder, split_int
from .model import Bold, Num, Report, Table
from .numbers import fmt_dec, ratio_percent

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
Q_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}
LETTERS = "a b c d đ e g h i k l m n o".split()
SIGN = "<<SIGN>>"   # blocks after this marker are written after the signature (appendix)


def period_of(d: dict, y: int, q: int) -> tuple[dict, str, list[str]]:
    """(truth period, words for heading II, title lines)."""
    qs = dt.date(y, 3 * q - 2, 1)
    qe = dt.date(y, *Q_END[q])
    jan = dt.date(y, 1, 1)
    t = d["title"]
    if t == "ph":
        label, kind, start = f"quý {ROMAN[q]}/{y}", "quarter", qs
        words = {1: f"QUÝ I/{y}", 2: f"6 THÁNG ĐẦU NĂM {y}", 3: f"9 THÁNG NĂM {y}",
                 4: f"NĂM {y}"}[q]
        title = [f"Làm việc định kỳ {label} giữa Thường trực Huyện ủy",
                 "với các cơ quan tham mưu, giúp việc Huyện ủy; Mặt trận Tổ quốc",
                 "và đoàn thể chính trị - xã hội huyện"]
    else:
        q1 = f"quý I/{y}" if t == "kx" else f"quý I năm {y}"
        nine = f"9 tháng năm {y}" if t == "kx" else f"9 tháng đầu năm {y}"
        label = {1: q1, 2: f"6 tháng đầu năm {y}", 3: nine, 4: f"năm {y}"}[q]
        kind = {1: "quarter", 2: "half", 3: "nine_months", 4: "year"}[q]
        start = qs if q == 1 else jan
        words = label.upper().replace("QUÝ", "QUÝ")
        if t == "kx":
            title = [f"Kết quả thực hiện nhiệm vụ {label}",
                     "của các cơ quan tham mưu, giúp việc Huyện ủy,",
                     "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện"]
        else:
            head = "Tổng kết" if q == 4 else "Sơ kết"
            title = [f"{head} công tác xây dựng Đảng, Mặt trận và đoàn thể", label]
    period = {"label": label, "kind": kind, "start": start.isoformat(), "end": qe.isoformat(),
              "cumulative": q > 1 and kind != "year", "figures_start": jan.isoformat(),
              "figures_end": qe.isoformat()}
    return period, words, title


class Ctx:
    """What the section writers need: figures, neighbours, planted errors, style."""

    def __init__(self, d, y, q, v, tg, prev, same, plants, names):
        self.d, self.style, self.year, self.q = d, d, y, q
        self.v, self.tg, self.prev, self.same, self.plants = v, tg, prev, same, plants
        self.scale = d["scale"]
        self.qf = {1: 0.4, 2: 1.0, 3: 1.3, 4: 1.5}[q]
        self.names = names          # file names of the previous / same-period reports
        self.n_field = 0
        self.r: Report | None = None

    def field(self, b: Builder, name: str, pieces: list):
        kind = self.fstyle
        if kind == "lead_in":
            b.heading("", name, 3, "lead_in")
            b.para(Bold(name + ": "), *pieces)
            return
        label = "*" if kind == "star" else LETTERS[self.n_field] + ")"
        self.n_field += 1
        b.heading(label, name, 3, kind, italic=True)
        b.para(*pieces)

    def stated(self, num: Num, series: str, baseline: str, prev, cur, ok: bool, phrase: str):
        self.r.stated_changes.append({
            "fact": num.fid, "number": num.fact["number"], "phrase": phrase, "series": series,
            "baseline": baseline, "previous_value": str(prev), "current_value": str(cur),
            "previous_file": self.names["prev" if baseline == "previous_period" else "same"],
            "consistent": ok})


def compose(key: str, d: dict, y: int, q: int, allv: dict, plants: set, names: dict) -> Report:
    rng = random.Random(f"report:{key}:{y}:{q}")
    period, words, title = period_of(d, y, q)
    v = dict(allv[(y, q)])
    tg = allv[("target", y)]
    prev_yq = (y, q - 1) if q > 1 else (y - 1, 4)
    prev = allv.get(prev_yq)
    same = allv.get((y - 1, q))
    drops = {}
    for plant, k in (("drop_ket_nap", "ket_nap_dang_vien"), ("drop_hoc_vien", "hoc_vien"),
                     ("drop_mau", "ctd_don_vi_mau")):
        if plant in plants:
            before = allv[prev_yq][k]
            v[k] = before - max(2, round(before * 0.05))
            drops[k] = before
    month, day = Q_END[q][0], rng.randint(10, 22)
    blank = d["title"] == "ph" and q in (2, 4)
    place = d["short"]
    place_date = (f"{place}, ngày      tháng {month} năm {y}" if blank
                  else f"{place}, ngày {day} tháng {month} năm {y}")
    number = f"Số       {d['number']}" if blank else f"Số {rng.randint(40, 260)}{d['number']}"
    r = Report(name=f"{key}-q{q}-{y}", org=d["org"], org_lines=d["org_lines"], number=number,
               place_date=place_date, title_lines=title, period=period, style=d)
    r.issued = {"date": None if blank else dt.date(y, month, day).isoformat(),
                "precision": "month" if blank else "day",
                "doc_number": "" if blank else number}
    r.signer = d["signer"]
    b = Builder(r, rng)
    c = Ctx(d, y, q, v, tg, prev, same, plants, names)
    c.r = r
    c.fstyle = d["fields"] if not (d["title"] == "ph" and q == 4) else "letter"
    auto = d["headings"] == "auto"

    def h(label, text, level):
        b.heading(label, text, level, "auto" if auto else "typed")

    pq = f"{ROMAN[prev_yq[1]]}/{prev_yq[0]}"
    h("I.", f"NHỮNG KẾT QUẢ THỰC HIỆN THÔNG BÁO KẾT LUẬN TẠI BUỔI LÀM VIỆC ĐỊNH KỲ QUÝ {pq}", 1)
    nv = b.count(rng.randint(7, 12), "nhiệm vụ trọng tâm", "ket_luan_nhiem_vu")
    nd = b.count(rng.randint(9, 15), "nội dung", "ket_luan_noi_dung")
    b.para(f"Thường trực Huyện ủy có buổi làm việc định kỳ quý {pq} với các cơ quan tham mưu, "
           "giúp việc Huyện ủy; Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện. Kết "
           "luận tại buổi làm việc Thường trực Huyện ủy chỉ đạo ", nv, ", với ", nd, " cần tập "
           "trung thực hiện, hầu hết các nhiệm vụ đều được các cơ quan, đơn vị phối hợp thực "
           "hiện hoàn thành theo ý kiến chỉ đạo của Thường trực Huyện ủy.")
    h("II.", f"KẾT QUẢ THỰC HIỆN NHIỆM VỤ {words}", 1)
    h("1.", "Kết quả thực hiện các chỉ tiêu về xây dựng Đảng, Đoàn thể", 2)
    indicators_ii1(b, c, v, tg, plants)
    h("2.", "Các mặt công tác trọng tâm", 2)
    trong_tam(b, c, v, plants)
    third = "2." if (d["title"] == "ph" and y == 2024) else "3."   # the seed repeats "2."
    h(third, "Kết quả cụ thể trên từng lĩnh vực", 2)
    for fn in sections.FIELDS:
        fn(b, c)
    h("III.", "NHẬN XÉT, ĐÁNH GIÁ", 1)
    h("1.", "Kết quả đạt được", 2)
    b.para("- Nhìn chung, các cơ quan tham mưu, giúp việc Huyện ủy, Mặt trận Tổ quốc và các "
           "đoàn thể huyện đã bám sát Chương trình công tác năm ", str(y), " của Ban Chấp hành "
           "Đảng bộ huyện, triển khai thực hiện có hiệu quả các nhiệm vụ trọng tâm.")
    h("2.", "Khó khăn, hạn chế và nguyên nhân", 2)
    b.para("Việc xây dựng và nhân rộng mô hình, cách làm hay còn hạn chế; chất lượng hoạt động "
           "của Mặt trận Tổ quốc và các đoàn thể ở cơ sở có nơi chưa cao.")
    nxt = f"PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {y + 1}" if q == 4 else "MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI"
    h("IV.", nxt, 1)
    h("1.", "Các mặt công tác trọng tâm", 2)
    b.para("- Tập trung rà soát các chỉ tiêu, nhiệm vụ năm ", str(y if q < 4 else y + 1),
           " để thực hiện đạt và vượt kế hoạch đề ra.")
    b.para("- Tăng cường công tác xây dựng Đảng bộ trong sạch, vững mạnh, nâng cao năng lực, "
           "hiệu lực, hiệu quả hoạt động của hệ thống chính trị.")
    if d["title"] == "ph":
        h("V.", "ĐỀ XUẤT, KIẾN NGHỊ", 1)
        b.para("Đề nghị Thường trực Huyện ủy quan tâm bổ sung kinh phí hoạt động cho Nhóm Báo "
               "cáo viên Thường trực cấp huyện.")
    r.blocks.append(SIGN)
    if q in (2, 4):
        appendix(b, c, v, tg, plants)
    for k, before in drops.items():
        f = next(x for x in r.facts if x.get("indicator") == k and x["kind"] in
                 ("count", "fraction", "money") and "table" not in x)
        i = r.facts.index(f)
        r.planted.append({"kind": "cumulative_drop", "facts": [i], "numbers": [f["number"]],
                          "previous_value": str(before), "previous_file": names["prev"],
                          "description": f"running total {k} falls from {before} "
                                         f"({names['prev']}) to {v[k]}"})
    return r


def indicators_ii1(b: Builder, c: Ctx, v, tg, plants):
    rng = b.rng
    kn, kt = v["ket_nap_dang_vien"], tg["ket_nap_dang_vien"]
    f, p = b.frac_pct(kn, kt, "đảng viên", "ket_nap_dang_vien", wrong="ket_nap_pct" in plants)
    form = rng.randint(0, 2)
    if form == 0:
        b.para("- Tổ chức kết nạp mới ", f, ", đạt ", p, " chỉ tiêu.")
    elif form == 1:
        b.para("- Kết nạp được ", f, ", đạt ", p, " chỉ tiêu năm.")
    else:
        b.para("- Đạt ", p, " chỉ tiêu kết nạp đảng viên mới (", f, ").")
    f, p = b.frac_pct(v["kiem_tra_chi_bo"], tg["kiem_tra_chi_bo"], "cuộc kiểm tra",
                      "kiem_tra_chi_bo", wrong="kiem_tra_pct" in plants)
    b.para("- Chỉ đạo thực hiện ", f, " tại các chi bộ, đạt ", p, " chỉ tiêu.")
    # percent of percents: households with members, share against the target share
    n, hh = v["ho_doan_the"], v["so_ho"]
    fr = b.frac(n, hh, "hộ", "ho_doan_the", series=True, cumulative=False)
    a_v, a_m, _ = b.pct_value(ratio_percent(n, hh), 2)
    a = b.num(fmt_dec(a_v, 2), fmt_dec(a_v, 2), "percent", value=a_v, unit="%",
              percent_of="share", indicator="ho_doan_the", method=a_m)
    tb = v["ho_target_share"]
    bt = b.pct(tb, 2, of="target", key="ho_doan_the_target")
    wrong = "pop" in plants
    c_v, c_m, _ = b.pct_value(a_v * 100 / tb, 2)
    if wrong:      # well outside what rounding of the two written percents could explain
        c_v += rng.choice([Decimal("0.37"), Decimal("-0.46"), Decimal("0.81")])
        c_m = "wrong"
    cp = b.pct(c_v, 2, of="target", key="ho_doan_the")
    b.relate("restates", [fr.fid, a.fid], method=a_m, consistent=True)
    b.relate("percent_of_percents", [cp.fid, a.fid, bt.fid], method=c_m, consistent=not wrong)
    if wrong:
        b.plant("percent_of_percents", [a, bt, cp], f"{a_v}/{tb} = {a_v * 100 / tb:.4f}%, "
                f"written {cp.fact['number']}%")
    b.para("- Vận động, tập hợp ", fr, " có đoàn viên, hội viên tham gia các đoàn thể chính trị "
           "- xã hội, chiếm ", a, "/", bt, " số hộ, đạt ", cp, " chỉ tiêu.")


def trong_tam(b: Builder, c: Ctx, v, plants):
    qt = b.pct(v["quan_triet_pct"], 2, of="share", key="quan_triet_chuyen_de", series=True)
    b.para("- Tổ chức triển khai, quán triệt Chuyên đề năm ", str(c.year), " của Tỉnh ủy về "
           "“Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” cho cán bộ, đảng "
           "viên trong Đảng bộ huyện, đạt tỷ lệ ", qt, ".")
    rng = b.rng
    den = round(4400 * c.scale * rng.uniform(0.98, 1.02))
    bad = "bound" in plants
    share = rng.uniform(0.955, 0.975) if bad else rng.uniform(0.983, 0.996)
    num = int(den * share)
    f = b.frac(num, den, "cán bộ, đảng viên", "hoc_tap_nghi_quyet")
    bp = b.pct(Decimal(98), 0, of="share", key="hoc_tap_nghi_quyet", qualifier="gt")
    true = ratio_percent(num, den)
    b.relate("bound", [bp.fid, f.fid], consistent=not bad, true=f"{true:.4f}")
    if bad:
        b.plant("bound", [f, bp], f"{num}/{den} = {true:.2f}%, but the text says more than 98%")
    b.para("- Tổ chức học tập, quán triệt các nghị quyết của Trung ương, Tỉnh ủy cho ", f,
           ", đạt tỷ lệ ", bp, ".")
    b.para("- Các cơ quan tham mưu, giúp việc Huyện ủy phối hợp chuẩn bị chặt chẽ nội dung "
           "tiếp và làm việc với các đoàn kiểm tra, đoàn công tác của Tỉnh ủy đạt yêu cầu đề ra.")


def appendix(b: Builder, c: Ctx, v, tg, plants):
    """PHỤ LỤC: kết nạp đảng viên per commune, with a 'Tổng cộng' row and 'Tỷ lệ (%)'."""
    rng = b.rng
    xa = c.d["xa"]
    kn, kt = v["ket_nap_dang_vien"], tg["ket_nap_dang_vien"]
    targets = split_int(kt, len(xa), rng, 3)
    got = split_int(kn, len(xa), rng, 0)
    method = rng.choice(["half_up", "truncate"])
    bad_total = "table_total" in plants
    bad_pct = "table_percent" in plants
    bad_row = rng.randrange(len(xa))
    rows, tcells, gcells = [], [], []
    for i, (name, t, g) in enumerate(zip(xa, targets, got)):
        tn = b.count(t, "", "ket_nap_dang_vien_xa", pad=False)
        gn = b.count(g, "", "ket_nap_dang_vien_xa", pad=False)
        true = ratio_percent(g, t)
        wrong = bad_pct and i == bad_row
        pv = b.pct_value(true, 2, method, wrong=wrong)[0]
        pn = b.num(fmt_dec(pv, 2), fmt_dec(pv, 2), "percent", value=pv, unit="%",
                   percent_of="target", indicator="ket_nap_dang_vien_xa")
        for cell, col in ((tn, 2), (gn, 3), (pn, 4)):
            cell.text = cell.fact["raw"] = cell.fact["number"]
            cell.fact.update(unit="" if col != 4 else "%", table={"row": i + 1, "col": col})
        b.relate("table_percent", [pn.fid, gn.fid, tn.fid], method=method, consistent=not wrong)
        if wrong:
            b.plant("table_percent", [pn, gn, tn], f"{name}: {g}/{t} = {true:.3f}%, "
                    f"column says {pn.fact['number']}")
        rows.append([str(i + 1), name, tn, gn, pn])
        tcells.append(tn)
        gcells.append(gn)
    shown = kn + rng.choice([3, -2, 5]) if bad_total else kn
    tt = b.count(kt, "", "ket_nap_dang_vien_tong", pad=False)
    tg_ = b.count(shown, "", "ket_nap_dang_vien_tong", pad=False)
    tp_v = b.pct_value(ratio_percent(shown, kt), 2, method)[0]
    tp = b.num(fmt_dec(tp_v, 2), fmt_dec(tp_v, 2), "percent", value=tp_v, unit="%",
               percent_of="target", indicator="ket_nap_dang_vien_tong")
    row = len(xa) + 1
    for cell, col in ((tt, 2), (tg_, 3), (tp, 4)):
        cell.text = cell.fact["raw"] = cell.fact["number"]
        cell.fact.update(unit="" if col != 4 else "%", table={"row": row, "col": col})
    b.relate("table_total", [tt.fid] + [x.fid for x in tcells], consistent=True)
    b.relate("table_total", [tg_.fid] + [x.fid for x in gcells], consistent=not bad_total)
    b.relate("table_percent", [tp.fid, tg_.fid, tt.fid], method=method, consistent=True)
    if bad_total:
        b.plant("table_total", [tg_], f"'Tổng cộng' says {shown} but the rows add up to {kn}")
    rows.append(["", "Tổng cộng", tt, tg_, tp])
    b.r.blocks.append(Table(
        title=f"PHỤ LỤC\nKết quả kết nạp đảng viên {c.r.period['label']} theo đảng bộ, "
              "chi bộ cơ sở",
        header=["STT", "Đảng bộ, chi bộ cơ sở", "Chỉ tiêu", "Kết nạp", "Tỷ lệ (%)"],
        rows=rows, caption="(Kèm theo Báo cáo của " + c.d["org"] + ")"))
