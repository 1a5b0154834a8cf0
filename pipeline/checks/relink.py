"""Links the extractors draw that a check must read otherwise, repaired before the checks run.

- The base of a share in the bracket after it: "1.085 người, chiếm 4,12% lực lượng lao động
  (26.350 người)". The extractors take the bracket for a part ("subset_of") of 1.085; it is the
  whole the 4,12% is taken of, so the pair becomes a ratio (1.085/26.350 = 4,1176% -> 4,12%),
  checked by percent_of_percents, like a target in the bracket after "đạt 90% chỉ tiêu".
- A total after its parts ("…, xã C 88 hộ, tổng cộng 245 hộ"), left unlinked: see closing_totals.
- Shares alone in a bracket after their counts ("214 hộ hài lòng (59,44%), …"): bracket_shares.
- A percent of plan whose plan is stated in an earlier sentence, left unlinked: plan_bases.
- A colon list one item a paragraph with no bullets: colon_lists. Done and left ("đã …, còn …") of a total: remainders. This period and the total
  to an earlier date of a running total ("lũy kế"): running_totals; a running total in the
  bracket after this period's figure is no part of it: running_brackets.
"""
from __future__ import annotations

import re

from extractors.fact import Fact, Link

from .base import facts_by_para, paren_depth, sentence_index

_WORDS = re.compile(r"[^\d()%;:.]*")      # words only: no figure, no clause or bracket break


def share_bases(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    shares = {}                 # count -> its share percent
    for ln in links:
        if ln.relation == "share_of":
            p, c = (ln.src, ln.dst) if facts[ln.src].kind == "percent" else (ln.dst, ln.src)
            if facts[p].kind == "percent" and not facts[p].qualifier:
                shares.setdefault(c, p)
    has_ratio = {ln.src for ln in links if ln.relation in ("ratio_num", "ratio_den")}
    subsets: dict[int, list[int]] = {}
    for ln in links:
        if ln.relation == "subset_of":
            subsets.setdefault(ln.dst, []).append(ln.src)
    drop, add = set(), []
    for total, parts in subsets.items():
        p = shares.get(total)
        if p is None or len(parts) != 1 or p in has_ratio:
            continue
        b, T, P, B = parts[0], facts[total], facts[p], facts[parts[0]]
        t = texts.get(T.para_id, "")
        if not t or not (P.para_id == B.para_id == T.para_id) or B.kind != T.kind or B.qualifier \
                or not (T.end <= P.start and P.end <= B.start):
            continue
        opener = t.rfind("(", P.end, B.start)
        closer = t.find(")", B.end)
        # "chiếm 4,12% lực lượng lao động (26.350 người)": only words between the share and the
        # bracket, and nothing but the base in it
        if opener < 0 or closer < 0 or not _WORDS.fullmatch(t[P.end:opener]) \
                or t[opener + 1:B.start].strip() or t[B.end:closer].strip() \
                or sentence_index(t, P.start) != sentence_index(t, B.start):
            continue
        drop.add((b, total))
        add += [Link(p, total, "ratio_num"), Link(p, b, "ratio_den")]
    if not drop:
        return links
    return [ln for ln in links if not (ln.relation == "subset_of" and (ln.src, ln.dst) in drop)] + add


# the item holding the total opens with the total word: "…; tổng cộng 48 cơ quan", "tổng kinh
# phí 2,23 tỷ đồng", "Tổng cộng: 57 đơn." ("trên tổng số 15.600 hồ sơ" is a denominator, "nâng
# tổng số lên …" a running total: neither opens its item; tổng kết, tổng hợp, Tổng cục … are
# other words)
_CLOSING = re.compile(r"(?:.*\svà)?\s*[-–+]?\s*(?:tổng cộng|tổng số|tổng(?!\s+(?:kết|hợp|điều|cục|biên|"
                      r"đài|thể|quát|giám|công ty|bí|vệ|duyệt|động|tuyển|liên)\b))\b[^\d,;:()]{0,30}?:?\s*",
                      re.I)


def _closing_item(t: str, pos: int) -> int | None:
    """Where the item before pos starts, when it opens with the total word; else None."""
    lo = max(0, pos - 80)                   # an item opening with the total word is short
    seg = t[lo:pos]
    if "ổng" not in seg and "ỔNG" not in seg:
        return None
    end = len(seg.rstrip().rstrip(":"))     # the colon of "Tổng cộng: 57 đơn" is its own
    item = max(seg.rfind(c, 0, end) for c in ",;:.") + 1
    if item == 0 and lo > 0:
        return None
    return lo + item if _CLOSING.fullmatch(seg, item) else None


_NOT_PART = re.compile(r"tăng|giảm|so với|lũy kế|còn|trên tổng|/", re.I)
_OPENS_WITH_TOTAL = re.compile(r"\s*[-–+]?\s*tổng", re.I)
_BULLET = re.compile(r"^\s*[-–+•]")


def _family(f: Fact):
    if f.kind == "count":
        return ("count", (f.unit or "").strip().lower())
    return ("money",) if f.kind == "money" else None


def closing_totals(facts: list[Fact], links: list[Link], texts: dict[int, str], paras) -> list[Link]:
    """A total written after its parts ("Xã A 85 hộ, xã B 72 hộ, xã C 88 hộ, tổng cộng 245 hộ";
    bullets "- Khiếu nại: 18 đơn;" … then a paragraph "Tổng cộng: 57 đơn."), which the
    extractors do not link: the run of figures of its kind right before it, in its sentence or
    (for a paragraph opening with the total word) in the bullet paragraphs just before, are
    its parts (part_of: they must add up)."""
    # only a paragraph holding the total word can hold such a total
    if not any("ổng" in t or "ỔNG" in t for t in texts.values()):
        return links
    linked = {i for ln in links for i in (ln.src, ln.dst)
              if ln.relation in ("part_of", "subset_of", "breakdown", "ratio_num", "ratio_den",
                                 "restates", "share_of")}
    by_para = facts_by_para(facts)
    order = [p.para_id for p in paras]
    add = []
    has_total = {pid for pid, t in texts.items() if "ổng" in t or "ỔNG" in t}
    for i, T in enumerate(facts):
        if T.para_id not in has_total:
            continue
        fam = _family(T)
        t = texts.get(T.para_id, "")
        item = None if fam is None or i in linked or T.qualifier or not t else _closing_item(t, T.start)
        if item is None:
            continue
        lo = max(t.rfind(". ", 0, T.start), -1) + 1
        here = [j for j in by_para[T.para_id] if j < i and facts[j].start >= lo]
        if here:
            run = _run(facts, here, fam, t, linked)
        elif _OPENS_WITH_TOTAL.match(t) and not t[:item].strip() and T.para_id in order:
            # "Tổng cộng: 57 đơn." after bullets holding one figure each
            run = []
            k = order.index(T.para_id) - 1
            while k >= 0 and _BULLET.match(texts.get(order[k], "")) and len(by_para.get(order[k], [])) == 1:
                j = by_para[order[k]][0]
                if _family(facts[j]) != fam or j in linked or facts[j].qualifier:
                    break
                run.insert(0, j)
                k -= 1
        else:
            continue
        if len(run) >= 2:
            add += [Link(j, i, "part_of") for j in run]
    return links + add if add else links


def _run(facts, here: list[int], fam, t: str, linked: set[int]) -> list[int]:
    """The figures of the total's kind right before it, back to the first other figure."""
    run: list[int] = []
    for j in reversed(here):
        f = facts[j]
        if _family(f) != fam or j in linked or f.qualifier:
            break
        item_lo = max(t.rfind(c, 0, f.start) for c in ",;:") + 1
        if _NOT_PART.search(t, item_lo, f.start) or "(" in t[item_lo:f.start]:
            break
        run.insert(0, j)
    return run


_GAP_WORDS = re.compile(r"[^,;:()%/]*")      # no figure between: the count is the last fact before


def bracket_shares(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    """Shares written alone in a bracket after their counts ("214 hộ hài lòng (59,44%), 118 hộ
    tương đối hài lòng (32,78%), …"), which the extractors leave unlinked: each percent is a share
    of the count before its bracket (only words between them). Linked when two or more in a
    sentence read so (one alone has no whole to be checked against), counting one noun and
    adding up to no more than 110%."""
    linked = {i for ln in links for i in (ln.src, ln.dst)
              if ln.relation in ("share_of", "restates", "ratio_num", "ratio_den")}
    prev: dict[int, int] = {}
    found: dict[tuple[int, int], list[Link]] = {}
    for i, f in enumerate(facts):
        if f.kind != "percent":
            if f.kind in ("count", "money", "fraction"):
                prev[f.para_id] = i
            continue
        c = prev.get(f.para_id)
        t = texts.get(f.para_id, "")
        if c is None or i in linked or c in linked or f.qualifier or f.percent_of not in ("", "share") \
                or facts[c].kind != "count" or facts[c].qualifier or not t:
            continue
        opener, closer = t.rfind("(", 0, f.start), t.find(")", f.end)
        if opener < facts[c].end or closer < 0 or t[opener + 1:f.start].strip() \
                or t[f.end:closer].strip() or not _GAP_WORDS.fullmatch(t[facts[c].end:opener]):
            continue
        item_lo = max(t.rfind(x, 0, facts[c].start) for x in ",;:") + 1
        if _NOT_PART.search(t, item_lo, facts[c].start):
            continue
        found.setdefault((f.para_id, sentence_index(t, f.start)), []).append(Link(i, c, "share_of"))
    add = []
    for grp in found.values():
        # shares of one whole count one noun and stay near 100% ("45 đảng viên (90%), 120 hội
        # viên (105%)" are rates against targets, not shares)
        units = {(facts[ln.dst].unit or "").strip().lower() for ln in grp}
        total = sum(facts[ln.src].value for ln in grp)
        if len(grp) >= 2 and len(units) == 1 and total <= 110:
            add += grp
    return links + add if add else links


# "đạt 83% kế hoạch" with the plan stated in an earlier sentence of the paragraph: "Kế hoạch năm
# 2025 giao tuyển mới 1.500 lao động … Đến hết tháng 9, đã tuyển được 1.245 lao động, đạt 83%
# kế hoạch."
_OF_PLAN = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)", re.I)
_REACHED = re.compile(r"(?:đạt|bằng)\s*(?:tỷ lệ\s*)?$", re.I)
_PLAN_WORD = re.compile(r"kế hoạch|chỉ tiêu|dự toán|\bgiao\b", re.I)
# "đạt 100% kế hoạch 6 tháng", "… kế hoạch quý": a share of the plan, not the plan stated before
_PART_PLAN = re.compile(r"\s*(?:năm\s+)?(?:\d+\s+)?(?:tháng|quý|kỳ|đợt|giai đoạn)\b", re.I)


def plan_bases(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    """Link such a percent to the figure before it (ratio_num) and to the plan (ratio_den), for
    percent_of_percents. The plan is the one figure of the same kind (and unit; scale, for money)
    in the last earlier sentence naming a plan; figures already linked are left alone."""
    linked = {i for ln in links for i in (ln.src, ln.dst)}
    by_para = facts_by_para(facts)
    add = []
    for p, P in enumerate(facts):
        t = texts.get(P.para_id, "")
        m = _OF_PLAN.match(t, P.end) if P.kind == "percent" else None
        if m is None or P.qualifier or p in linked or not t \
                or not _REACHED.search(t[max(0, P.start - 20):P.start]) or _PART_PLAN.match(t, m.end()):
            continue
        here = by_para[P.para_id]
        sent = sentence_index(t, P.start)
        sidx = {j: sentence_index(t, facts[j].start) for j in here}
        before = [j for j in here if facts[j].end <= P.start and sidx[j] == sent]
        if not before:
            continue
        a = before[-1]
        A = facts[a]
        if A.kind not in ("count", "money") or A.qualifier or a in linked:
            continue

        def same(f: Fact) -> bool:
            if f.kind != A.kind or f.qualifier:
                return False
            return (f.unit or "") == (A.unit or "") if f.kind == "count" else f.scale == A.scale

        for s in sorted({sidx[j] for j in here if sidx[j] < sent}, reverse=True):
            in_s = [j for j in here if sidx[j] == s]
            cands = [j for j in in_s if same(facts[j])]
            first = min(facts[j].start for j in in_s)
            if len(cands) == 1 and cands[0] not in linked and _PLAN_WORD.search(t[max(0, first - 120):first]):
                add += [Link(p, a, "ratio_num"), Link(p, cands[0], "ratio_den")]
                break
    return links + add if add else links


# a total then a colon list one item a paragraph, after "…, cụ thể như sau:" (bullets, and ';'
# items in the total's sentence, "gồm: khai thác … 18 vụ; vận chuyển … 21 vụ", are the extractors')
_LEAD_TAIL = re.compile(r"[^\d]{0,80}:\s*")
_ENUM = re.compile(r"\s*(?:[a-zđ]\)|\d{1,2}[.)])\s", re.I)
_ITEM_END = re.compile(r"[\s.;]*$")
_LISTED = ("part_of", "subset_of", "breakdown")


def _item_value(facts, idx: list[int], fam, t: str, lo: int, hi: int) -> int | None:
    """The one figure of the list's kind in t[lo:hi] when the item is 'label figure': no other
    figure, nothing after it but its unit and the item's end; else None."""
    inside = [j for j in idx if lo <= facts[j].start and facts[j].end <= hi and _family(facts[j]) is not None]
    mine = [j for j in inside if _family(facts[j]) == fam]
    if len(mine) != 1 or facts[mine[0]].qualifier or len(inside) != 1:
        return None
    return mine[0] if _ITEM_END.fullmatch(t, facts[mine[0]].end, hi) else None


def colon_lists(facts: list[Fact], links: list[Link], texts: dict[int, str], paras) -> list[Link]:
    """Link the parts of a colon list the extractors leave unlinked: short paragraphs after a
    paragraph ending with the total and a colon, each 'label figure' with one figure of the
    total's kind (and noun, for counts). ';' items in the total's own sentence ("gồm: trộm cắp
    25 vụ; gây rối 14 vụ") are linked by extractors/links.py."""
    # a list the extractors linked in part is taken whole: those links give way when they all
    # join items of the list to its total
    into: dict[int, set[int]] = {}
    for ln in links:
        if ln.relation in _LISTED:
            into.setdefault(ln.dst, set()).add(ln.src)
    listed = set(into) | {s for ss in into.values() for s in ss}
    by_para = facts_by_para(facts)
    order = [p.para_id for p in paras if p.source == "body"]
    add, drop = [], set()
    for i, T in enumerate(facts):
        if i in listed and i not in into:
            continue
        fam = _family(T)
        t = texts.get(T.para_id, "")
        if fam is None or T.qualifier or not t or t.find(":", T.end) < 0:
            continue
        idx = by_para[T.para_id]
        parts: list[int] = []
        if idx[-1] == i and _LEAD_TAIL.fullmatch(t, T.end) and T.para_id in order:
            # one item a paragraph: "Giải quyết trước hạn: 152 hồ sơ;" or "a) …: 58 hồ sơ;"; the
            # list goes on while items end with ';' or keep the first item's 'label:' shape
            n = order.index(T.para_id) + 1
            shape = None
            while n < len(order):
                q = texts.get(order[n], "")
                k = _item_value(facts, by_para.get(order[n], []), fam, q, 0, len(q)) \
                    if q and len(q) <= 120 and not _BULLET.match(q) else None
                if k is None:
                    break
                lead = q[:facts[k].start]
                here = (bool(_ENUM.match(q)), lead.rstrip().endswith(":"))
                if shape is not None and here != shape:
                    break
                parts.append(k)
                shape = here
                n += 1
                if not q.rstrip().endswith(";") and not any(here):
                    break
        had = into.get(i, set())
        if len(parts) < 2 or not had <= set(parts) or any(k in listed and k not in had for k in parts):
            continue
        rel = "subset_of" if "trong đó" in t[T.end:].lower() else "part_of"
        add += [Link(k, i, rel) for k in parts]
        drop |= {(k, i) for k in had}
        listed.update(parts)
        listed.add(i)
    if not add:
        return links
    return [ln for ln in links if not (ln.relation in _LISTED and (ln.src, ln.dst) in drop)] + add


_REST_ITEM = re.compile(r"\bcòn\b", re.I)
_DONE_ITEM = re.compile(r"\bđã\b", re.I)


def _item_lead(t: str, f: Fact) -> str:
    return t[max(t.rfind(c, 0, f.start) for c in ",;:(") + 1:f.start]


def remainders(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    """'Tiếp nhận 245 đơn, đã giải quyết 212 đơn, còn 35 đơn …': what is done and what is left
    make the total. In one sentence, three figures of one kind (and noun) in a row: the total,
    one whose item says it is done ('đã') and one whose item says it is left ('còn', 'còn
    lại'); linked as parts (part_of: they must add up) when the extractors linked neither."""
    # only a paragraph with both words can hold such a triple
    paras = {pid for pid, t in texts.items() if ("còn" in t or "Còn" in t) and ("đã" in t or "Đã" in t)}
    if not paras:
        return links
    listed = {ln.src for ln in links if ln.relation in _LISTED}
    by_para = facts_by_para(facts, paras)
    add = []
    for r in (i for idx in by_para.values() for i in idx):
        R = facts[r]
        fam = _family(R)
        t = texts.get(R.para_id, "")
        lead_r = _item_lead(t, R) if t else ""
        # "…, trong đó còn 5 đơn …" names some of the done ones, not the rest
        if fam is None or r in listed or R.qualifier or not _REST_ITEM.search(lead_r) \
                or "trong đó" in lead_r.lower():
            continue
        sent = sentence_index(t, R.start)
        same = [j for j in by_para[R.para_id] if j < r and _family(facts[j]) == fam
                and sentence_index(t, facts[j].start) == sent]
        if len(same) < 2:
            continue
        tot, done = same[-2], same[-1]
        T, D = facts[tot], facts[done]
        if T.qualifier or D.qualifier or tot in listed or done in listed or T.value < D.value \
                or not _DONE_ITEM.search(_item_lead(t, D)) or _DONE_ITEM.search(_item_lead(t, T)) \
                or _REST_ITEM.search(_item_lead(t, T)) \
                or len({paren_depth(t, f.start) for f in (T, D, R)}) > 1:
            continue
        add += [Link(done, tot, "part_of"), Link(r, tot, "part_of")]
    return links + add if add else links


# a running total and its two terms in one sentence: "Trong quý III, giải ngân 48,6 tỷ đồng, lũy kế
# đến hết quý III giải ngân 152,3 tỷ đồng (6 tháng đầu năm giải ngân 104,2 tỷ đồng)"
_RUNNING = re.compile(r"lũy kế|luỹ kế|nâng tổng", re.I)
_RUNNING_WORDS = re.compile("[lL](?:ũy|uỹ) kế|L(?:ŨY|UỸ) KẾ|[nN]âng tổng|NÂNG TỔNG")   # _RUNNING, no re.I
_EARLIER = re.compile(r"tháng trước|kỳ trước|quý trước|đến hết (?:tháng|quý)|(?:lũy|luỹ) kế \d+ tháng|"
                      r"\d+ tháng đầu năm", re.I)
_PERIOD = re.compile(r"trong (?:tháng|quý|kỳ|tuần)\b|\btháng \d+\b|\bquý [IV]+\b", re.I)
_TO_DATE = re.compile(r"lũy kế|luỹ kế|nâng tổng|đầu năm|đến hết|đến nay|tính đến|tháng trước|kỳ trước", re.I)


def running_totals(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    """This period plus the total to the end of the last one make the running total ('lũy kế',
    'nâng tổng số … lên'): P + E = T, linked as parts (part_of). Only when the sentence holds
    exactly these three figures of one kind (and noun): T named running, E named as the total
    to an earlier date ('lũy kế 8 tháng', 'đến hết quý III', '6 tháng đầu năm', 'tháng
    trước'), P as this period's ('trong tháng', 'quý III') and neither running nor to date."""
    # a case-blind regex over every paragraph costs more than the rule itself
    paras = {pid for pid, t in texts.items() if _RUNNING_WORDS.search(t)}
    if not paras:
        return links
    by_sent: dict[tuple, list[int]] = {}
    for i, f in enumerate(facts):
        t = texts.get(f.para_id, "") if f.para_id in paras else ""
        if t and _family(f) is not None and not f.qualifier:
            by_sent.setdefault((f.para_id, sentence_index(t, f.start), _family(f)), []).append(i)
    by_para = facts_by_para(facts, paras)
    drop, add = set(), []
    for (pid, _, _), idx in by_sent.items():
        if len(idx) != 3:
            continue
        t = texts[pid]
        lead = {}
        for j in idx:
            k = max((facts[x].end for x in by_para[pid] if facts[x].end <= facts[j].start), default=0)
            lead[j] = t[max(k, t.rfind(". ", 0, facts[j].start) + 1):facts[j].start]
        period = [j for j in idx if _PERIOD.search(lead[j]) and not _TO_DATE.search(lead[j])]
        if len(period) != 1:
            continue
        p = period[0]
        a, b = (j for j in idx if j != p)
        tot, earlier = (a, b) if facts[a].value > facts[b].value else (b, a)
        if not _RUNNING.search(lead[tot]) or not _EARLIER.search(lead[earlier]):
            continue
        three = set(idx)
        drop |= {(ln.src, ln.dst) for ln in links if ln.src in three and ln.dst in three}
        add += [Link(p, tot, "part_of"), Link(earlier, tot, "part_of")]
    if not add:
        return links
    return [ln for ln in links if not (ln.relation in _LISTED and (ln.src, ln.dst) in drop)] + add


_TO_DATE_BRACKET = re.compile(r"(?:lũy|luỹ) kế|cộng dồn|từ đầu năm|tính từ đầu", re.I)


def running_brackets(facts: list[Fact], links: list[Link], texts: dict[int, str]) -> list[Link]:
    """'Trong tháng 9, cấp 215 giấy chứng nhận (lũy kế 1.847 giấy chứng nhận)': the bracket holds
    the running total the month adds to, not a part of the month's figure; links that make it
    one are dropped."""
    drop = set()
    for ln in links:
        if ln.relation not in ("part_of", "subset_of"):
            continue
        P, T = facts[ln.src], facts[ln.dst]
        t = texts.get(P.para_id, "")
        if not t or P.para_id != T.para_id or P.start < T.end:
            continue
        opener = t.rfind("(", T.end, P.start)
        if opener >= 0 and ")" not in t[opener:P.start] and _TO_DATE_BRACKET.search(t, opener, P.start):
            drop.add((ln.src, ln.dst))
    if not drop:
        return links
    return [ln for ln in links if not (ln.relation in ("part_of", "subset_of") and (ln.src, ln.dst) in drop)]
