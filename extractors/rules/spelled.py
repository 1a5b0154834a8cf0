"""spelled-out numbers before a count noun: "hai cuộc", "mười hai xã", "ba trăm hộ"; and
spelled-out sums of money: "ba mươi lăm tỷ đồng", "hai tỷ ba trăm triệu đồng", "năm trăm nghìn đồng".

Only before a known count noun (extractors/data/units.txt), never "năm" as a year ("năm 2024"),
"không" (not), "một" (too often the article "a"), or number words inside ordinary words
("ba" in "ban", "tư" in "đầu tư"). Examples: extractors/examples/spelled.tsv."""
from __future__ import annotations

from decimal import Decimal

import re

import regex

from .. import context, vocab
from ..fact import Fact
from .money import _NOT_SCALE_NEXT, read_money_unit
from ..scan import Scan

_NEVER_FIRST = {"một", "tư", "lăm", "mốt", "linh", "lẻ", "mươi", "trăm", "nghìn", "ngàn"}
_MULT = {"trăm", "nghìn", "ngàn"}
_NOT_AFTER = {"thứ", "lần", "trong", "mỗi", "hằng", "hàng", "các", "những", "cả", "của", "tuổi", "ngày"}
_TIME_UNITS = {"ngày", "tháng", "tuần", "giờ"}


def _words_re():
    words = sorted(vocab.spelled(), key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in words)
    return (regex.compile(rf"(?<![\p{{L}}\p{{M}}])((?:{alt})(?:\s+(?:{alt}))*)(?![\p{{L}}\p{{M}}])", regex.I),
            re.compile(alt))


_RE = _WORD = None
# an amount written out again in words: "1.234.567.000 đồng (Một tỷ, hai trăm ba mươi tư triệu, …
# đồng)", "Bằng chữ: Ba mươi lăm triệu đồng" (the figure is already a fact)
_IN_WORDS = regex.compile(
    r"(?:\d\s*(?:đồng|VNĐ|VND|USD|đ)?\s*\(|bằng\s+chữ\s*:?)[\p{L}\p{M}\s,]*$", regex.I)


def value_of(words: list[str]) -> int | None:
    table = vocab.spelled()
    total, current, last = 0, 0, 0
    for w in words:
        v, role = table[w.lower()]
        if role == "unit":
            current += v
            last = v
        elif role == "ten":
            if w.lower() == "mười":
                current += 10
            else:
                current = current - last + last * 10
            last = 0
        else:   # mult
            if v >= 1000:
                total += (current or 1) * v
                current = 0
            else:
                current = (current or 1) * v
            last = 0
    n = total + current
    return n or None


def find(scan: Scan) -> None:
    global _RE, _WORD
    if _RE is None:
        _RE, _WORD = _words_re()
    text = scan.text
    taken = 0          # end of the last sum of money read: its later groups are part of it
    for m in context.word_led_matches(_RE, _WORD, text):
        if m.start(1) < taken:
            continue
        words = m.group(1).split()
        # drop leading words that cannot start a number ("một", ...)
        while words and words[0].lower() in _NEVER_FIRST and not (
                words[0].lower() == "một" and (len(words) > 1 and words[1].lower() in _MULT
                                               or len(words) == 1 and _scale_at(text, m.end(1)))):
            words = words[1:]      # "một trăm hai mươi hộ" is 120, "một tỷ đồng" 1e9, "một hai mươi" no number
        if not words:
            continue
        start = m.end(1) - len(" ".join(words)) if len(words) < len(m.group(1).split()) else m.start(1)
        start = text.rfind(words[0], m.start(1), m.end(1))
        if scan.is_masked(start, m.end(1)):
            continue
        if _IN_WORDS.search(text, max(0, start - 160), start):
            continue
        prev = context.word_before(text, start)
        if prev and (prev[0].lower() in _NOT_AFTER or prev[0][-1:].isdigit()):
            continue      # "lần thứ tám", "20 năm Bản tin"
        money = _money(text, m.end(1), words)
        if money:
            value, unit, end = money
            taken = end
            scan.facts.append(Fact(kind="money", start=start, end=end, raw=text[start:end], value=value,
                                   value_text=" ".join(words), unit=unit, spelled=True))
            continue
        p = context.skip_spaces(text, m.end(1))
        unit = context.phrase_at(text, p, vocab.units())
        if not unit or unit[0].lower() in _TIME_UNITS or not unit[0][:1].islower():
            continue      # a count noun after a number word is in lower case ("hai ấp")
        if words[0].lower() == "năm" and len(words) == 1 and text[p:p + 1].isdigit():
            continue
        n = value_of(words)
        if not n:
            continue
        f = Fact(kind="count", start=start, end=unit[1], raw=text[start:unit[1]], value=Decimal(n),
                 value_text=" ".join(words), unit=unit[0], spelled=True)
        scan.facts.append(f)


def _scale_at(text: str, pos: int):
    """The money scale word ("tỷ", "triệu") right after pos, as (word, end), or None ("triệu
    tập", "tỷ lệ" are other words)."""
    sc = context.phrase_at(text, context.skip_spaces(text, pos), vocab.scale_words())
    if sc:
        nxt = context.word_at(text, context.skip_spaces(text, sc[1]))
        if nxt and nxt[0].lower() in _NOT_SCALE_NEXT:
            return None
    return sc


def _money(text: str, pos: int, words: list[str]):
    """A sum of money spelled out from the number words ending at pos: (value in đồng or the
    currency's unit, unit, end) or None. Each group of number words takes the scale word after
    it, a later group a smaller scale ("hai tỷ ba trăm triệu đồng"); a currency word may close
    it, and without one the sum is money only when no count noun follows ("ba mươi triệu" is
    money, "ba triệu người" is not)."""
    n = value_of(words)
    sc = _scale_at(text, pos)
    if not n or not sc:
        if n and (cur := read_money_unit(text, pos)) and cur[0] is None:
            return Decimal(n), "đồng" if cur[1] == "VND" else cur[1], cur[2]     # "năm trăm nghìn đồng"
        return None
    scales = vocab.scale_of()
    total, end, last = Decimal(0), pos, None
    while sc and (last is None or scales[sc[0].lower()] < last):
        last = scales[sc[0].lower()]
        total += n * last
        end = sc[1]
        g = _RE.match(text, context.skip_spaces(text, end))
        if not g:
            break
        nxt = _scale_at(text, g.end(1))
        n = value_of(g.group(1).split())
        if not n or not nxt:
            break
        sc = nxt
    mu = read_money_unit(text, end)
    if mu and mu[0] is None:
        return total, "đồng" if mu[1] == "VND" else mu[1], mu[2]
    if mu is None and context.read_unit(text, end)[0]:
        return None
    return total, "đồng", end
