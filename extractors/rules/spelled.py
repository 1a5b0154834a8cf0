"""spelled-out numbers before a count noun: "hai cuộc", "mười hai xã", "ba trăm hộ".

Only before a known count noun (extractors/data/units.txt), never "năm" as a year ("năm 2024"),
"không" (not), "một" (too often the article "a"), or number words inside ordinary words
("ba" in "ban", "tư" in "đầu tư"). Examples: extractors/examples/spelled.tsv."""
from __future__ import annotations

from decimal import Decimal

import re

import regex

from .. import context, vocab
from ..fact import Fact
from ..scan import Scan

_NEVER_FIRST = {"một", "tư", "lăm", "mươi", "trăm", "nghìn", "ngàn"}
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
    for m in context.word_led_matches(_RE, _WORD, text):
        words = m.group(1).split()
        # drop leading words that cannot start a number ("một", ...)
        while words and words[0].lower() in _NEVER_FIRST and not (
                words[0].lower() == "một" and len(words) > 1 and words[1].lower() in _MULT):
            words = words[1:]      # "một trăm hai mươi hộ" is 120, "một hai mươi" is not
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
