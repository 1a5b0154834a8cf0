"""Issuing-body names as Vietnamese writes them in running text.

Letterheads print the body in capitals ("HUYỆN ỦY PHỤNG HIỆP", "UBND TỈNH LÂM ĐỒNG"); analysts
group and filter by it, so the same body must come out the same whatever the typing:
"Huyện ủy Phụng Hiệp", "UBND tỉnh Lâm Đồng", "Sở Nội vụ". A line already in mixed case is
kept as written. The rules are the usual ones of administrative style: the kind of body is in
lower case after its first word, a place name after its unit word (tỉnh, huyện, xã...) and the
name after a head word (Sở, Ban, Hội...) are capitalised, acronyms stay in capitals.
"""
from __future__ import annotations

import re

from extractors.vocab import modern_tones

from .normalize import fold

# not "TƯ": it is the word of "ĐẦU TƯ", "TƯ PHÁP" far more often than Trung ương
ACRONYMS = {"UBND", "HĐND", "MTTQ", "UBMTTQ", "MTTQVN", "BCĐ", "BCH", "CCHC", "TW", "CSVN",
            "HTX", "LĐLĐ", "CCB", "BHXH", "KBNN", "THPT", "THCS", "UB", "ĐU", "VP", "TP", "CA",
            "TNCS", "HCM", "LHPN", "HLHPN", "HND", "HCCB", "ĐTN"}
# unit words after which the rest of the line (to a comma) is a place name: "tỉnh Lâm Đồng"
PLACE_UNITS = ("huyện đoàn", "tỉnh đoàn", "thành đoàn", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy xã", "đảng ủy phường",
               "thành phố", "thị trấn", "thị xã", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường",
               "khu phố", "khu vực", "ấp", "khóm", "thôn")
# head words whose next word starts the body's own name: "Sở Nội vụ", "Ban Tuyên giáo"
NAME_HEADS = ("sở", "phòng", "ban", "hội", "cục", "chi cục", "trung tâm", "liên đoàn", "trường", "viện", "chi bộ",
              "đội")
# fixed spellings inside body names
PROPER = (("ủy ban nhân dân", "Ủy ban nhân dân"), ("hội đồng nhân dân", "Hội đồng nhân dân"),
          ("ủy ban mặt trận tổ quốc việt nam", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
          ("ủy ban mặt trận tổ quốc", "Ủy ban Mặt trận Tổ quốc"), ("ủy ban kiểm tra", "Ủy ban Kiểm tra"),
          ("ban thường trực", "Ban Thường trực"), ("bộ chỉ huy", "Bộ Chỉ huy"), ("ban chỉ huy", "Ban Chỉ huy"),
          ("quân sự", "Quân sự"), ("công an", "Công an"), ("đảng ủy khối", "Đảng ủy Khối"),
          ("trung học phổ thông", "Trung học phổ thông"), ("trung học cơ sở", "Trung học cơ sở"),
          ("tiểu học", "Tiểu học"), ("mầm non", "Mầm non"), ("mẫu giáo", "Mẫu giáo"),
          ("mặt trận tổ quốc việt nam", "Mặt trận Tổ quốc Việt Nam"), ("mặt trận tổ quốc", "Mặt trận Tổ quốc"),
          ("liên hiệp phụ nữ", "Liên hiệp Phụ nữ"), ("cựu chiến binh", "Cựu chiến binh"),
          ("chữ thập đỏ", "Chữ thập đỏ"), ("công thương", "Công Thương"),
          ("kho bạc nhà nước", "Kho bạc Nhà nước"), ("quản lý thị trường", "Quản lý thị trường"),
          ("phòng thủ", "Phòng thủ"), ("tết", "Tết"), ("thanh niên cộng sản", "Thanh niên Cộng sản"),
          ("việt nam", "Việt Nam"), ("hồ chí minh", "Hồ Chí Minh"), ("cộng sản", "Cộng sản"),
          ("ban chấp hành", "Ban Chấp hành"), ("ban thường vụ", "Ban Thường vụ"),
          ("đại biểu quốc hội", "đại biểu Quốc hội"), ("đề án", "Đề án"), ("đảng bộ", "Đảng bộ"), ("đảng ủy", "Đảng ủy"), ("đảng", "Đảng"))


# the same body is typed "UBND TỈNH X" in one report and "ỦY BAN NHÂN DÂN TỈNH X" in the next: the
# acronym of a body's kind is written out (upper-case form for a capitalised line, running-text
# form otherwise) so both give one org string. Only acronyms that name one thing; "VP", "TP", "ĐU"
# and the like are left as typed.
EXPAND = {
    "UBND": ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"), "HĐND": ("HỘI ĐỒNG NHÂN DÂN", "Hội đồng nhân dân"),
    "UBMTTQVN": ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    "UBMTTQ": ("ỦY BAN MẶT TRẬN TỔ QUỐC", "Ủy ban Mặt trận Tổ quốc"),
    "MTTQVN": ("MẶT TRẬN TỔ QUỐC VIỆT NAM", "Mặt trận Tổ quốc Việt Nam"),
    "MTTQ": ("MẶT TRẬN TỔ QUỐC", "Mặt trận Tổ quốc"),
    "LĐLĐ": ("LIÊN ĐOÀN LAO ĐỘNG", "Liên đoàn Lao động"),
    "HLHPN": ("HỘI LIÊN HIỆP PHỤ NỮ", "Hội Liên hiệp Phụ nữ"), "LHPN": ("LIÊN HIỆP PHỤ NỮ", "Liên hiệp Phụ nữ"),
    "HCCB": ("HỘI CỰU CHIẾN BINH", "Hội Cựu chiến binh"), "CCB": ("CỰU CHIẾN BINH", "Cựu chiến binh"),
    "HND": ("HỘI NÔNG DÂN", "Hội Nông dân"), "BCH": ("BAN CHẤP HÀNH", "Ban Chấp hành"),
    "BTV": ("BAN THƯỜNG VỤ", "Ban Thường vụ"), "BCĐ": ("BAN CHỈ ĐẠO", "Ban Chỉ đạo"),
    "UBKT": ("ỦY BAN KIỂM TRA", "Ủy ban Kiểm tra"), "CHQS": ("CHỈ HUY QUÂN SỰ", "Chỉ huy Quân sự"),
    "BCHQS": ("BAN CHỈ HUY QUÂN SỰ", "Ban Chỉ huy Quân sự"), "ĐBQH": ("ĐẠI BIỂU QUỐC HỘI", "đại biểu Quốc hội"),
    "TNCS": ("THANH NIÊN CỘNG SẢN", "Thanh niên Cộng sản"),
    "BHXH": ("BẢO HIỂM XÃ HỘI", "Bảo hiểm xã hội"), "KBNN": ("KHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước"),
    "QLTT": ("QUẢN LÝ THỊ TRƯỜNG", "Quản lý thị trường"),
    # the fields of a Sở/Phòng, typed short with "&" ("PHÒNG GD&ĐT"): written out as other reports print them
    "GD&ĐT": ("GIÁO DỤC VÀ ĐÀO TẠO", "Giáo dục và Đào tạo"), "KH&ĐT": ("KẾ HOẠCH VÀ ĐẦU TƯ", "Kế hoạch và Đầu tư"),
    "TN&MT": ("TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Tài nguyên và Môi trường"),
    "NN&PTNT": ("NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Nông nghiệp và Phát triển nông thôn"),
    "LĐ-TB&XH": ("LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Lao động - Thương binh và Xã hội"),
    "VH&TT": ("VĂN HÓA VÀ THÔNG TIN", "Văn hóa và Thông tin"),
}
_ACRO = re.compile(r"(?<![\w/-])(" + "|".join(sorted(EXPAND, key=len, reverse=True)) + r")(?![\w/-])")


# "TP. CẦN THƠ", "UBND TP CẦN THƠ", "TX. NGÃ NĂM": the unit word of a place
_UNIT_ABBR = re.compile(r"(?<![\w.])(TP|TX)\.\s*|(?:(?<=\bUBND )|(?<=\bHĐND )|(?<=\bDÂN ))(TP|TX)\s+(?=[^\W\d_])")
_UNIT_WORDS = {"TP": ("THÀNH PHỐ", "thành phố"), "TX": ("THỊ XÃ", "thị xã")}


def expand_acronyms(line: str) -> str:
    """"UBND TỈNH LÂM ĐỒNG" -> "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"; "UBND huyện X" -> "Ủy ban nhân dân huyện X"."""
    line = modern_tones(line)
    upper = _is_upper_line(line)
    line = _UNIT_ABBR.sub(lambda m: _UNIT_WORDS[m.group(1) or m.group(2)][0 if upper else 1] + " ", line)
    return _ACRO.sub(lambda m: EXPAND[m.group(1)][0 if upper else 1], line)


def _is_upper_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _acronym(tok: str) -> bool:
    """"UBND", "THPT", and any word with no vowel ("PCCC", "CNCH"): every Vietnamese syllable has one."""
    return tok in ACRONYMS or len(tok) > 1 and tok.isupper() and tok.replace("&", "").isalpha() \
        and not any(c in "aeiouy" for c in fold(tok))


def _cap(w: str) -> str:
    return w[:1].upper() + w[1:]


def _cap_place(w: str) -> str:
    """A place word; in names of the highlands' peoples a letter and an apostrophe open the word and
    the next letter is a capital too: "B'Lao", "K'Long"; a Roman numeral stays in capitals ("khu vực XIV")."""
    if _ROMAN_NUM.fullmatch(w.rstrip(",.;:")):
        return w.upper()
    w = _cap(w)
    return w[:2] + w[2:3].upper() + w[3:] if len(w) > 3 and w[1] in "'’" else w


# I to XXXIX (Roman numbers of areas, "khu vực XV"); plain ASCII, so no Vietnamese syllable with a tone
_ROMAN_NUM = re.compile(r"(?i)(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")


def _starts(bare: list[str], i: int, phrase: str) -> bool:
    """bare[i:] (words without trailing/leading punctuation) starts with `phrase`."""
    ph = _WORDS[phrase]
    return bare[i] == ph[0] and bare[i:i + len(ph)] == ph


# a school type between "Trường" and its name: the name is still capitalised
SCHOOL = {"THPT", "THCS", "TH", "MN", "PTDTNT", "PTDTBT"}
# names that are lists of fields, each capitalised: "Sở Nông nghiệp và Môi trường",
# "Phòng Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch"
FIELD_HEADS = ("sở", "phòng")
# a Ban's name is one field, or two joined by a dash or "và": "Ban Kinh tế - Xã hội", "Ban Tuyên giáo
# và Dân vận"; a Ban named by its task goes on in lower case after "và" and ",": "Ban Chỉ đạo phòng,
# chống tội phạm và tệ nạn xã hội"
DASH_FIELD_HEADS = ("ban",)
BAN_TASKS = ("chỉ", "quản", "vận", "đại", "điều", "tiếp", "tổ")
# fixed spellings after which the body's own name follows: "Đảng ủy Khối Doanh nghiệp"
PROPER_HEADS = {"Đảng ủy Khối"}
# kinds of school: after "Trường" and one of these comes the school's name, capitalised like a place
SCHOOL_KINDS = {"Trung học phổ thông", "Trung học cơ sở", "Tiểu học", "Mầm non", "Mẫu giáo"}
# words a name does not open with: "Đảng ủy Khối các cơ quan"
_NOT_CAPPED = {"các", "và"}
# bodies named by a unit word, capitalised wherever they stand: "Ban Chấp hành Huyện đoàn Phụng Hiệp"
UNIT_BODIES = {"huyện đoàn", "tỉnh đoàn", "thành đoàn", "huyện ủy", "tỉnh ủy", "thành ủy", "quận ủy", "thị ủy"}
# phrase -> its words, split once rather than for every word of every line
_WORDS = {ph: ph.split() for ph in (*(k for k, _ in PROPER), *PLACE_UNITS, *NAME_HEADS)}


# a Sở/Phòng's whole list of fields ("SỞ GD&ĐT LÂM ĐỒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO LÂM ĐỒNG", "SỞ Y TẾ LÂM
# ĐỒNG"): the words after it name the place, even without a unit word. SO_FIELDS: the departments' fields,
# taken as a whole name only right after "SỞ"/"PHÒNG" and before a word other than "VÀ"
SO_FIELDS = ("NỘI VỤ", "TƯ PHÁP", "TÀI CHÍNH", "CÔNG THƯƠNG", "XÂY DỰNG", "Y TẾ", "NGOẠI VỤ", "GIAO THÔNG VẬN TẢI",
             "NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KHOA HỌC VÀ CÔNG NGHỆ", "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
             "DÂN TỘC VÀ TÔN GIÁO", "THÔNG TIN VÀ TRUYỀN THÔNG")
# bodies named whole, after which a place follows without a unit word: "KHO BẠC NHÀ NƯỚC LÂM ĐỒNG"
WHOLE_BODIES = ("KHO BẠC NHÀ NƯỚC", "BẢO HIỂM XÃ HỘI")
_FIELDS = re.compile(r"\b(?:" + "|".join(re.escape(up) for k, (up, _) in EXPAND.items() if "&" in k) + r")\b"
                     r"|^(?:" + "|".join(WHOLE_BODIES) + r")(?=\s+(?!VÀ\b)[^\W\d_])"
                     r"|(?<=\bSỞ )(?:" + "|".join(SO_FIELDS) + r")(?=\s+(?!VÀ\b)[^\W\d_])"
                     r"|(?<=\bPHÒNG )(?:" + "|".join(SO_FIELDS) + r")(?=\s+(?!VÀ\b)[^\W\d_])")
_UNIT_FIRST = {u.split()[0] for u in PLACE_UNITS}


def normalise_line(line: str) -> str:
    line = " ".join(line.split())
    up = expand_acronyms(line)
    m = _FIELDS.search(up) if _is_upper_line(up) else None
    tail = up[m.end():].split() if m else []
    n_place = len(tail) if tail and tail[0].lower() not in _UNIT_FIRST and "," not in up[m.end():] else 0
    out = _normalise_line(line)
    if n_place:
        words = out.split()
        out = " ".join(words[:-n_place] + [_cap(w) for w in words[-n_place:]])
    return out


def _normalise_line(line: str) -> str:
    line = expand_acronyms(line)
    if not _is_upper_line(line):
        return line
    orig = line.split()
    words = [w.lower() for w in orig]
    bare = [w.strip(",.;:") for w in words]
    out: list[str] = []
    place = False            # inside a place name: capitalise every word up to a comma
    cap_next = False
    fields = ""              # in a Sở/Phòng's name ("all"): each field after "và", ",", "-" capitalised;
    #                          in a Ban's ("ban"): after "-" and "và"; a Ban named by its task ("dash"): "-" only
    after_ban = False        # right after "Ban Chấp hành"/"Ban Thường vụ": "Hội", "Đoàn" are names
    i = 0
    while i < len(words):
        if _acronym(orig[i].strip(",.;:()")):
            out.append(orig[i])       # an acronym is the name a head word announced
            i += 1
            if cap_next and orig[i - 1].strip(",.;:()") in SCHOOL:
                place = True          # "Trường THPT Tân Phú": the school's name follows
            cap_next = False
            after_ban = False
            continue
        fixed = next((v for k, v in PROPER if _starts(bare, i, k)), None)
        if fixed and not place:
            n = len(fixed.split())
            toks = fixed.split()
            toks[-1] += words[i + n - 1][len(words[i + n - 1].rstrip(",.;:")):]
            out.extend(toks if out else [_cap(toks[0])] + toks[1:])
            i += n
            cap_next = fixed in PROPER_HEADS
            after_ban = fixed.startswith("Ban ")
            if fixed in SCHOOL_KINDS and i - n > 0 and bare[i - n - 1] == "trường":
                place = True          # "Trường Tiểu học Lương Tâm 1"
            continue
        unit = next((u for u in PLACE_UNITS if _starts(bare, i, u)), None)
        if unit == "xã" and bare[i + 1:i + 2] == ["hội"]:
            unit = None               # "Lao động - Thương binh và Xã hội"
        if unit == "khu vực" and _name_len(words, i + 2) > 3:
            unit = None               # "Ban Quản lý khu vực phát triển đô thị": a kind of area, not its name
        head = next((h for h in NAME_HEADS if _starts(bare, i, h)), None)
        if unit and not place:
            n = len(unit.split())
            toks = words[i:i + n]
            # after a head word a unit stays a unit ("Chi bộ ấp Long An"); only "Huyện đoàn" and
            # the like are the body's name
            out.extend([_cap(toks[0])] + toks[1:] if not out or unit in UNIT_BODIES else toks)
            i += n
            place, cap_next, fields, after_ban = True, False, "", False
            continue
        w = words[i]
        prev = words[i - 1] if i else ""
        field_start = fields and (prev in ("-", "–") or fields == "all" and (prev == "và" or prev.endswith(","))
                                  or fields == "ban" and prev == "và")
        out.append(_cap_place(w) if place else _cap(w) if (cap_next and bare[i] not in _NOT_CAPPED or not out or field_start
                               or (after_ban and bare[i] in ("hội", "đoàn", "công"))) else w)
        if place and w.endswith(","):
            place = False
        if fields:
            head = None               # inside a Sở/Ban's name: "Ban Chỉ đạo phòng, chống ..." ("phòng" is no head)
        cap_next = bool(head) and not place
        if head in FIELD_HEADS:
            fields = "all"
        elif head in DASH_FIELD_HEADS and not fields:
            fields = "dash" if bare[i + 1:i + 2] and bare[i + 1] in BAN_TASKS else "ban"
        after_ban = False
        if head and len(head.split()) > 1:
            out.append(words[i + 1])
            i += 1
        i += 1
    return " ".join(out)

def _name_len(words: list[str], i: int) -> int:
    """Words from i to the first comma or the end of the line, dashes aside: "khu vực Đức Trọng", "khu vực
    XV", "khu vực 3 - Lâm Đồng" name a place in a word or three."""
    n = 0
    for w in words[i:]:
        n += w not in ("-", "–")
        if w.endswith(","):
            break
    return n


def normalise_org(lines: list[str]) -> str:
    """Letterhead lines of the issuing body -> "Huyện ủy Phụng Hiệp / Văn phòng"."""
    parts = [normalise_line(ln) for ln in lines if ln.strip()]
    return " / ".join(p for p in parts if p)
