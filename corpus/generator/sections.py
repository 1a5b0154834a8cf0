"""Body text of the field sections ("* Công tác Tuyên giáo:" ... "* Hội Chữ thập đỏ huyện:").

Each function writes one section for one quarter from the figures in `c.v` (this quarter),
`c.tg` (yearly targets) and `c.prev` / `c.same` (previous quarter / same quarter last year,
for stated changes). `c.plants` names the errors this report must carry.
"""
from __future__ import annotations

from decimal import Decimal

from .build import Builder, parts_total, split_int
from .numbers import fmt_dec, fmt_int, quantize, ratio_percent


def tuyen_giao(b: Builder, c):
    v = c.v
    bai = v["bai_du_thi"]
    den = c.tg["bai_du_thi"]
    wrong = "bai_pct" in c.plants
    f = b.frac(bai, den, "bài", "bai_du_thi", b_unit="đảng viên", series=True)
    pv, method, places = b.pct_value(ratio_percent(bai, den), 1, wrong=wrong)
    p = b.pct(pv, places, of="target", key="bai_du_thi")
    b.relate("restates", [f.fid, p.fid], method=method, consistent=not wrong)
    if wrong:
        b.plant("fraction_percent", [f, p], f"{bai}/{den} = {ratio_percent(bai, den):.3f}%, "
                f"written {p.fact['number']}%")
    plan = b.pct(Decimal(c.tg["bai_plan_pct"]), 0, of="target")
    note = b.note(["Đến thời điểm hiện tại là ", f, ", đạt ", p, " (kế hoạch ", plan,
                   "). Đồng thời, chọn các bài có chất lượng để gửi về Ban Tuyên giáo Tỉnh ủy "
                   "đúng thời gian quy định."])
    lead = b.rng.choice(["Ban Tuyên giáo Huyện ủy chủ động phối hợp tham mưu Ban Thường vụ "
                         "Huyện ủy tổ chức triển khai, học tập các chỉ thị, nghị quyết của Đảng "
                         "đảm bảo theo thời gian quy định",
                         "Ban Tuyên giáo Huyện ủy tham mưu tổ chức học tập, quán triệt và triển "
                         "khai thực hiện các chỉ thị, nghị quyết của Đảng kịp thời, đúng quy định"])
    c.field(b, "Công tác Tuyên giáo", [
        lead, ". Phát động Cuộc thi chính luận bảo vệ nền tảng tư tưởng của Đảng trong cán bộ, "
        "đảng viên", note, ". Duy trì tổ chức họp Ban Chỉ đạo 35 huyện và Tổ nghiên cứu Dư luận "
        "xã hội huyện để nắm tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân."])
    cuoc = b.count(v["tuyen_truyen_cuoc"], "cuộc", "tuyen_truyen_cuoc", series=True)
    luot = b.count(v["tuyen_truyen_luot"], "lượt người", "tuyen_truyen_luot", series=True)
    if b.rng.random() < 0.5:
        b.para("Tham mưu định hướng và tổ chức tuyên truyền ngày lễ, kỷ niệm, các sự kiện chính "
               "trị quan trọng của đất nước và địa phương được ", cuoc, ", có ", luot, " dự.")
    else:
        b.para("Tổ chức tuyên truyền các ngày lễ, kỷ niệm và sự kiện chính trị quan trọng, "
               "với ", luot, " tham dự qua ", cuoc, ".")


def to_chuc(b: Builder, c):
    v = c.v
    hh = v["huy_hieu"]
    parts = split_int(hh, 6, b.rng, 1)
    years = [30, 40, 45, 50, 55, 60]
    pn = [b.count(x, "đồng chí", "huy_hieu_part") for x in parts]
    bits = []
    for y, n in zip(years, pn):
        bits += [f"{y} năm tuổi Đảng ", n, "; "]
    bits[-1] = "."
    note = b.note(["Huy hiệu "] + bits)
    total = b.count(hh, "đồng chí", "huy_hieu", series=True)
    parts_total(b, total, pn, hh, parts, what="Huy hiệu Đảng")
    body = ["Tham mưu Ban Thường vụ Huyện ủy thực hiện quy trình công tác cán bộ theo thẩm "
            "quyền, đảm bảo đúng quy định. Tổ chức chu đáo Lễ trao Huy hiệu Đảng cho ", total,
            note, "."]
    if c.q in (1, 2):
        body += [" Hoàn thành đánh giá, xếp loại chất lượng đảng viên năm ",
                 str(c.year - 1), " đảm bảo đúng theo quy định", xep_loai(b, c), "."]
    c.field(b, "Công tác Tổ chức, cán bộ", body)


def xep_loai(b: Builder, c):
    """Footnote with the shares of party members by rating (shares of one whole)."""
    rng = b.rng
    whole = round(4432 * c.scale * rng.uniform(0.98, 1.02))
    kem = rng.randint(5, 16)
    ht = rng.randint(int(whole * 0.05), int(whole * 0.07))
    tot = whole - ht - kem
    counts = [tot, ht, kem]
    names = ["đảng viên hoàn thành tốt nhiệm vụ", "đảng viên hoàn thành nhiệm vụ",
             "đảng viên không hoàn thành nhiệm vụ"]
    nums, pcts, seps = [], [], ["; ", " và ", "."]
    planted = "shares" in c.plants
    method = rng.choice(["half_up", "truncate"])
    pieces = []
    for i, (n, name) in enumerate(zip(counts, names)):
        true = ratio_percent(n, whole)
        val = quantize(true, 2, method)
        if planted and i == 1:
            val = val + Decimal("1.40")        # the middle share is off: the three sum to ~101,4
        cn = b.count(n, name, "xep_loai_dang_vien")
        pn = b.pct(val, 2, of="share", key="xep_loai_dang_vien")
        nums.append(cn)
        pcts.append(pn)
        pieces += [cn, ", chiếm ", pn, seps[i]]
        b.relate("share", [pn.fid, cn.fid], whole=whole, method=method,
                 consistent=not (planted and i == 1))
    total = sum(Decimal(p.fact["value"]) for p in pcts)
    b.relate("shares_sum", [p.fid for p in pcts], consistent=not planted, sum=str(total))
    if planted:
        b.plant("shares_sum", pcts, f"shares of one whole sum to {total}%, not 100% "
                f"(the middle share should be {quantize(ratio_percent(counts[1], whole), 2, method)}%)")
    return b.note(["Có "] + pieces)


def kiem_tra(b: Builder, c):
    v = c.v
    kl = v["ky_luat"]
    clauses = [("Ban Thường vụ Huyện ủy thi hành kỷ luật ", " vi phạm pháp luật, với hình thức: "
                "Khai trừ ra khỏi Đảng. "),
               ("Chi bộ trực thuộc Huyện ủy thi hành kỷ luật ", ", với hình thức: Khiển trách. "),
               ("Chi bộ trực thuộc Đảng ủy cơ sở thi hành kỷ luật ", ". "),
               ("Ủy ban Kiểm tra Đảng ủy cơ sở thi hành kỷ luật ", ", với hình thức: Khiển "
                "trách. ")]
    k = max(1, min(4, kl))
    parts = split_int(kl, k, b.rng, 1)
    planted = "ky_luat_parts" in c.plants
    shown = list(parts)
    if planted:
        shown[-1] += 1 if b.rng.random() < 0.5 or shown[-1] == 1 else -1
    pn = [b.count(x, "đồng chí", "ky_luat_part") for x in shown]
    body = []
    for (pre, post), n in zip(clauses[-k:], pn):
        body += [pre, n, post]
    body[-1] = body[-1].rstrip()
    note_kl = b.note(body)
    total = b.count(kl, "đồng chí", "ky_luat", series=True)
    parts_total(b, total, pn, kl, shown, planted=planted, what="Thi hành kỷ luật (footnote)")
    don = v["don_to_cao"]
    dp = split_int(don, 3, b.rng, 1)
    dn = [b.count(x, "đơn", "don_to_cao_part") for x in dp]
    note_don = b.note(["Kết quả đã giải quyết: xếp lưu ", dn[0], ", đã trả lời đến người tố "
                       "cáo ", dn[1], ", đang thực hiện quy trình giải quyết ", dn[2], "."])
    dt = b.count(don, "đơn tố cáo đảng viên", "don_to_cao", series=True)
    parts_total(b, dt, dn, don, dp, what="Đơn tố cáo (footnote)")
    verb = b.rng.choice(["Thi hành kỷ luật ", "Đã thi hành kỷ luật "])
    c.field(b, "Công tác Kiểm tra, giám sát, thi hành kỷ luật Đảng", [
        "Tham mưu tổ chức thực hiện Chương trình kiểm tra, giám sát năm ", str(c.year),
        " của Ban Thường vụ Huyện ủy và Ủy ban Kiểm tra Huyện ủy đúng theo quy định. ",
        verb, total, note_kl, ". Nhận ", dt, note_don, "."])


def dan_van(b: Builder, c):
    phieu = round(181 * c.scale * b.rng.uniform(0.95, 1.05))
    pf = b.count(phieu, "phiếu", "phieu_lay_y_kien")
    p = b.pct(Decimal(100), 0, of="share", key="phieu_lay_y_kien")
    b.relate("restates", [pf.fid, p.fid], method="exact", consistent=True,
             note="phát ra = thu về")
    c.field(b, "Công tác Dân vận", [
        "Ban Dân vận Huyện ủy phối hợp tổ chức phát phiếu lấy ý kiến của Bí thư chi bộ, Trưởng "
        "ấp trên địa bàn huyện, tổng số phiếu phát ra, thu về ", pf, ", đạt tỷ lệ ", p,
        ". Thường xuyên phối hợp kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở."])


def dao_tao(b: Builder, c):
    v = c.v
    lop = b.count(v["lop_boi_duong"], "lớp", "lop_boi_duong", series=True)
    hv = b.count(v["hoc_vien"], "học viên", "hoc_vien", series=True)
    p = b.target_pct(v["hoc_vien"], c.tg["hoc_vien"], "hoc_vien")
    hn = b.count(v["hn_bcv_cuoc"], "cuộc", "hn_bcv_cuoc", series=True)
    dc = b.count(v["hn_bcv_dong_chi"], "đồng chí", "hn_bcv_dong_chi", series=True)
    if "malformed" in c.plants:
        good = fmt_int(v["tt_doan_vien_cuoc"])
        bad = good if "." in good else good[:-2] + "." + good[-2:]   # '5.15' style slip
        if bad == good:
            bad = good[:-1]
        tt = b.malformed(bad, "cuộc", "tt_doan_vien_cuoc")
        b.plant("malformed", [tt], f"'{bad}' is not a valid Vietnamese number "
                "(a group after '.' must have three digits)")
    else:
        tt = b.count(v["tt_doan_vien_cuoc"], "cuộc", "tt_doan_vien_cuoc", series=True)
    luot = b.count(v["tt_doan_vien_luot"], "lượt người", "tt_doan_vien_luot", series=True)
    c.field(b, "Công tác Đào tạo, bồi dưỡng cán bộ", [
        "Trung tâm Chính trị huyện phối hợp với các cơ quan, ban ngành huyện và xã, thị trấn mở "
        "được ", lop, " (gồm: bồi dưỡng nhận thức về Đảng, bồi dưỡng lý luận chính trị cho đảng "
        "viên mới, các lớp chuyên đề...), có ", hv, " tham dự, đạt ", p, " chỉ tiêu. Phối hợp tổ "
        "chức ", hn, " Hội nghị báo cáo viên, có ", dc, " dự; tổ chức tuyên truyền trong đoàn "
        "viên, hội viên và nhân dân được ", tt, ", có ", luot, " dự."])


def van_phong(b: Builder, c):
    v = c.v
    a = b.count(v["van_ban_ban_hanh"], "văn bản", "van_ban_ban_hanh", series=True)
    vp = b.count(v["van_ban_vp"], "văn bản", "van_ban_vp", series=True)
    d = b.count(v["van_ban_den"], "văn bản đến", "van_ban_den", series=True)
    c.field(b, "Công tác Văn phòng", [
        "Tham mưu Ban Thường vụ Huyện ủy, Ban Chấp hành Đảng bộ huyện soạn thảo, thẩm định ban "
        "hành ", a, ", riêng Văn phòng Huyện ủy ban hành ", vp, " các loại. Tiếp nhận và xử lý "
        "đúng quy trình ", d, " của các ngành huyện, tỉnh. Công tác cơ yếu - công nghệ thông tin "
        "được thông suốt, bảo mật theo quy định."])


def mttq(b: Builder, c):
    v, rng = c.v, b.rng
    gs = v["mttq_giam_sat"]
    huyen = min(gs - 1, max(1, round(gs * 0.06)))
    shown = [huyen, gs - huyen]
    planted = "mttq_parts" in c.plants
    if planted:
        shown[1] += rng.choice([1, 2, -1])
    tot = b.count(gs, "cuộc giám sát", "mttq_giam_sat", series=True)
    p1 = b.count(shown[0], "cuộc cấp huyện", "mttq_giam_sat_part")
    p2 = b.count(shown[1], "cuộc cấp xã, thị trấn", "mttq_giam_sat_part")
    parts_total(b, tot, [p1, p2], gs, shown, planted=planted, what="MTTQ giám sát")
    pb = v["mttq_phan_bien"]
    ph = min(pb - 1, max(1, round(pb * 0.12)))
    ptot = b.count(pb, "cuộc phản biện xã hội", "mttq_phan_bien", series=True)
    q1 = b.count(ph, "cuộc cấp huyện", "mttq_phan_bien_part")
    q2 = b.count(pb - ph, "cuộc cấp xã, thị trấn", "mttq_phan_bien_part")
    parts_total(b, ptot, [q1, q2], pb, [ph, pb - ph], what="MTTQ phản biện")
    kh = b.target_pct(pb, c.tg["mttq_phan_bien"], "mttq_phan_bien", places=0)
    # the fund and its breakdown (money parts must add up to the total)
    quy = v["quy_vi_nguoi_ngheo"]
    items = ["xây dựng cầu giao thông", "nhà Đại đoàn kết", "tuyến lộ giao thông nông thôn",
             "dặm vá lộ nông thôn, sửa chữa cống đập", "phần quà, xe đạp, gạo, tập học sinh..."]
    shares = [0.40, 0.05, 0.47, 0.02]
    amounts = [int(round(quy * s / 1e7)) * 10_000_000 for s in shares]
    amounts.append(quy - sum(amounts))
    planted_q = "quy_parts" in c.plants
    shown_a = list(amounts)
    if planted_q:
        shown_a[2] += 300_000_000
    qn = b.money(quy, "quy_vi_nguoi_ngheo", series=True)
    qp = b.target_pct(quy, c.tg["quy_vi_nguoi_ngheo"], "quy_vi_nguoi_ngheo", places=1)
    an = [b.money(a, "quy_vi_nguoi_ngheo_part") for a in shown_a]
    parts_total(b, qn, an, quy, shown_a, planted=planted_q, what="Quỹ Vì người nghèo")
    brk = []
    for name, m in zip(items, an):
        brk += [name, ", trị giá ", m, "; "]
    brk[-1] = ")"
    same = []
    if c.same is not None:
        same = same_period(b, c, qn, quy)
    c.field(b, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", [
        "Mặt trận Tổ quốc huyện và các xã, thị trấn thực hiện ", tot, " (", p1, ", ", p2,
        "); tổ chức ", ptot, " (", q1, " và ", q2, "), đạt ", kh, " kế hoạch. Vận động Quỹ “Vì "
        "người nghèo” và Chương trình “An sinh phúc lợi xã hội” được ", qn, ", đạt ", qp,
        " kế hoạch giao", *same, " (trong đó: ", *brk, "."])


def same_period(b: Builder, c, qn, quy):
    prev = c.same["quy_vi_nguoi_ngheo"]
    true = ratio_percent(quy, prev)
    planted = "same_period" in c.plants
    v, method, places = b.pct_value(true, 2, wrong=planted)
    p = b.pct(v, places, of="change")
    p.fact.update(kind="change", direction="ratio", baseline="same_period")
    c.stated(p, "quy_vi_nguoi_ngheo", "same_period", prev, quy, not planted,
             f"bằng {fmt_dec(v, places)}% so với cùng kỳ")
    if planted:
        b.plant("stated_change", [p], f"{quy}/{prev} = {true:.3f}% of the same period last "
                f"year, written {p.fact['number']}%")
    return [", bằng ", p, " so với cùng kỳ năm ", str(c.year - 1)]


def ldld(b: Builder, c):
    v = c.v
    qua = b.count(int(round(4000 * c.scale * c.qf, -2)), "phần quà", "ldld_phan_qua",
                  qualifier="nearly")
    tri = b.money(int(round(1.5e9 * c.scale * c.qf, -8)), "ldld_phan_qua_tri_gia",
                  qualifier="gt")
    dv = b.count(v["ldld_doan_vien_moi"], "đoàn viên mới", "ldld_doan_vien_moi", series=True)
    c.field(b, "Liên đoàn Lao động huyện", [
        "Phối hợp tổ chức Họp mặt “Tết Sum vầy” và Tháng Công nhân đã vận động được ", qua,
        " trao tặng cho đoàn viên có hoàn cảnh khó khăn, với trị giá ", tri, ". Kết nạp ", dv,
        ", thành lập mới công đoàn cơ sở ngoài Nhà nước theo kế hoạch."])


def ccb(b: Builder, c):
    v = c.v
    n, whole = v["ccb_cuu_quan_nhan"], v["ccb_tong_quan_nhan"]
    cn = b.count(n, "Cựu quân nhân", "ccb_cuu_quan_nhan", series=True, cumulative=False)
    pv, method, places = b.pct_value(ratio_percent(n, whole), 2)
    p = b.pct(pv, places, of="share", key="ccb_cuu_quan_nhan")
    p.fact.update(hidden_whole=whole, method=method)
    quy = b.money(v["ccb_quy_von"], "ccb_quy_von", series=True, cumulative=False)
    c.field(b, "Hội Cựu Chiến binh huyện", [
        "Vận động ", cn, " có mặt tại địa phương tham gia sinh hoạt câu lạc bộ, chiếm tỷ lệ ",
        p, ". Phát động hội viên góp quỹ hùn vốn nội bộ được ", quy, " để sản xuất kinh doanh "
        "phát triển kinh tế."])
    chi_tieu(b, c, 13, "ccb")


def chi_tieu(b: Builder, c, total: int, who: str):
    """'Thực hiện đạt và vượt A/T chỉ tiêu, B ... và C ... xét vào cuối năm' (A+B+C = T)."""
    rng = b.rng
    done = {1: 0.3, 2: 0.5, 3: 0.7, 4: 0.9}[c.q]
    a = max(1, min(total - 2, round(total * done + rng.randint(-1, 1))))
    bb = rng.randint(1, total - a - 1) if total - a > 1 else 0
    cc = total - a - bb
    planted = f"chi_tieu_{who}" in c.plants
    shown_c = cc + 1 if planted else cc
    fa = b.frac(a, total, "chỉ tiêu", f"{who}_chi_tieu")
    nb = b.count(bb, "chỉ tiêu", f"{who}_chi_tieu_part")
    nc = b.count(shown_c, "chỉ tiêu", f"{who}_chi_tieu_part")
    ok = a + bb + shown_c == total
    b.relate("parts_total", [fa.fid, nb.fid, nc.fid], consistent=ok, total_is="denominator")
    if planted:
        b.plant("parts_total", [fa, nb, nc], f"{a} + {bb} + {shown_c} = {a + bb + shown_c} "
                f"chỉ tiêu, but the whole is {total}")
    b.para("Thực hiện đạt và vượt ", fa, ", ", nb, " đạt trên 50% và ", nc,
           " xét vào cuối năm.")


def nong_dan(b: Builder, c):
    v = c.v
    kn = b.count(v["nd_ket_nap"], "hội viên", "nd_ket_nap", series=True)
    kp = b.target_pct(v["nd_ket_nap"], c.tg["nd_ket_nap"], "nd_ket_nap")
    lvl = v["hoi_vien_nong_dan"]
    hv = b.count(lvl, "hội viên nông dân", "hoi_vien_nong_dan", series=True, cumulative=False)
    change = []
    if c.prev is not None and c.style.get("states_change", True):
        prev = c.prev["hoi_vien_nong_dan"]
        delta = lvl - prev
        planted = "prev_change" in c.plants
        shown = delta + (9 if delta < 500 else -90) if planted else delta
        word = "tăng" if shown >= 0 else "giảm"
        ch = b.count(abs(shown), "hội viên", "hoi_vien_nong_dan")
        ch.fact.update(kind="change", direction="increase" if shown >= 0 else "decrease",
                       baseline="previous_period", value=shown)
        c.stated(ch, "hoi_vien_nong_dan", "previous_period", prev, lvl, not planted,
                 f"{word} {fmt_int(abs(shown))} hội viên so với quý trước")
        if planted:
            b.plant("stated_change", [ch], f"{lvl} - {prev} = {delta}, written {shown}")
        change = [", ", word, " ", ch, " so với quý trước"]
    sx = b.count(v["nd_ho_sxkd"], "hộ", "nd_ho_sxkd", series=True)
    sp = b.target_pct(v["nd_ho_sxkd"], c.tg["nd_ho_sxkd"], "nd_ho_sxkd", places=1)
    qy = b.money(v["nd_quy_ho_tro"], "nd_quy_ho_tro", series=True, qualifier="")
    qp = b.target_pct(v["nd_quy_ho_tro"], c.tg["nd_quy_ho_tro"], "nd_quy_ho_tro")
    tv = b.money(v["nd_tong_von"], "nd_tong_von", series=True, cumulative=False)
    verb = b.rng.choice(["Chỉ đạo, phối hợp kết nạp mới ", "Kết nạp được "])
    c.field(b, "Hội Nông dân huyện", [
        verb, kn, ", đạt ", kp, " kế hoạch, nâng đến nay toàn huyện có ", hv, *change,
        ". Tổ chức phát động và ghi nhận được ", sx, " đăng ký danh hiệu “Nông dân sản xuất, "
        "kinh doanh giỏi” năm ", str(c.year), ", đạt tỷ lệ ", sp, " chỉ tiêu. Vận động Quỹ hỗ trợ "
        "nông dân được ", qy, ", đạt ", qp, " chỉ tiêu, nâng tổng nguồn vốn đến nay được ", tv,
        "."])


def phu_nu(b: Builder, c):
    v = c.v
    tre = b.count(v["pn_do_dau_tre"], "trẻ", "pn_do_dau_tre", series=True)
    qua = b.count(v["pn_phan_qua"], "phần quà", "pn_phan_qua", series=True)
    von = b.money(v["pn_von_tiet_kiem"], "pn_von_tiet_kiem", series=True, cumulative=False)
    c.field(b, "Hội Liên hiệp Phụ nữ huyện", [
        "Hưởng ứng Chương trình “Mẹ đỡ đầu”, các cấp Hội Phụ nữ trong huyện đã nhận đỡ đầu cho ",
        tre, "; duy trì Chương trình “Triệu phần quà san sẻ yêu thương” đã vận động ", qua,
        " trao tặng cho hội viên phụ nữ, trẻ em có hoàn cảnh khó khăn. Duy trì các hình thức "
        "tiết kiệm trong hệ thống Hội, đến nay đã huy động vốn được ", von, "."])


def doan(b: Builder, c):
    v, rng = c.v, b.rng
    ct = b.count(v["doan_cong_trinh"], "công trình", "doan_cong_trinh", series=True)
    pv = b.count(v["doan_phan_viec"], "phần việc thanh niên", "doan_phan_viec", series=True)
    mh = round(39 * c.scale * rng.uniform(0.9, 1.1))
    clb = rng.randint(3, 7)
    tot = b.count(mh, "mô hình", "doan_mo_hinh")
    a = b.count(clb, "câu lạc bộ", "doan_mo_hinh_part")
    bb = b.count(mh - clb, "cá nhân", "doan_mo_hinh_part")
    parts_total(b, tot, [a, bb], mh, [clb, mh - clb], what="mô hình thanh niên")
    c.field(b, "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện", [
        "Các cấp bộ Đoàn trong huyện phối hợp thực hiện ", ct, ", ", pv, ". Các cấp bộ Đoàn "
        "tiếp tục duy trì ", tot, " làm ăn có hiệu quả trong thanh niên (", a, " và ", bb, ")."])


def chu_thap_do(b: Builder, c):
    v = c.v
    kb = b.count(v["ctd_kham_benh"], "lượt người", "ctd_kham_benh", series=True)
    mau = v["ctd_don_vi_mau"]
    if c.style.get("blood_fraction"):
        f, p = b.frac_pct(mau, c.tg["ctd_don_vi_mau"], "đơn vị máu", "ctd_don_vi_mau",
                          wrong="blood_pct" in c.plants)
        blood = [f, ", đạt tỷ lệ ", p, " chỉ tiêu"]
    else:
        m = b.count(mau, "đơn vị máu", "ctd_don_vi_mau", series=True)
        p = b.target_pct(mau, c.tg["ctd_don_vi_mau"], "ctd_don_vi_mau", places=0)
        blood = [m, ", đạt tỷ lệ ", p, " chỉ tiêu"]
    c.field(b, "Hội Chữ thập đỏ huyện", [
        "Phối hợp thực hiện khám bệnh và cấp thuốc miễn phí cho ", kb, ". Tiếp tục tuyên "
        "truyền hưởng ứng cuộc vận động “Mỗi tổ chức, mỗi cá nhân gắn với một địa chỉ nhân "
        "đạo”. Tính đến nay đã phối hợp vận động hiến máu nhân đạo tình nguyện và tiếp nhận "
        "được ", *blood, "."])
    chi_tieu(b, c, 20, "ctd")


FIELDS = [tuyen_giao, to_chuc, kiem_tra, dan_van, dao_tao, van_phong, mttq, ldld, ccb,
          nong_dan, phu_nu, doan, chu_thap_do]
