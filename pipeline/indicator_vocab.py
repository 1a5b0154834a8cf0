"""Word lists for indicator identity (pipeline.indicators) and fact scope.

Kept as data so an analyst can extend them without touching the matching logic.
All entries are lowercase NFC; phrases are matched on whole syllables.
"""

# Multi-syllable phrases removed before anything else: place, time and framing words
# that change from one report to the next without changing what is measured.
STOP_PHRASES = (
    "toàn tỉnh", "toàn huyện", "toàn thành phố", "toàn xã", "toàn quốc", "toàn ngành",
    "trên địa bàn tỉnh", "trên địa bàn huyện", "trên địa bàn xã", "trên địa bàn thành phố",
    "địa bàn tỉnh", "địa bàn huyện", "trên địa bàn", "địa bàn", "trên toàn", "cả nước",
    "tính đến ngày", "tính đến nay", "tính đến", "tính từ", "đến nay", "hiện nay", "đến thời điểm",
    "từ đầu năm", "lũy kế", "luỹ kế", "cộng dồn", "tính chung", "nâng tổng số", "nâng tổng", "tổng cộng",
    "tổng số", "số lượng",
    "tháng đầu năm", "đầu năm", "cuối năm", "cùng kỳ", "so với", "kỳ trước", "tháng trước",
    "quý trước", "năm trước", "năm ngoái", "vừa qua", "thời gian qua", "thời gian tới",
    "trong tháng", "trong quý", "trong năm", "trong kỳ", "trong đó", "cụ thể", "bao gồm",
    "tiếp tục", "hình thức", "phương thức", "thực hiện", "triển khai", "kết quả",
    "sau đây", "viết tắt", "đạt tỷ lệ", "chiếm tỷ lệ", "đạt mức",
)

# Single syllables with no content of their own (function words, time words, verbs of
# reporting). Content syllables such as "số" (as in "số hóa") are deliberately absent.
STOP_SYLLABLES = frozenset("""
đã được đang sẽ vẫn là có các những mọi của cho với trong tại trên về theo từ đến
và hoặc cùng thì mà này đó đây ấy khi nào như nữa cũng rất hơn gần khoảng ước xấp xỉ
đạt chiếm bằng gồm so tính nay
ngày tháng năm quý tuần kỳ đợt lần
i ii iii iv v vi vii viii ix x xi xii
a b c d đ e
""".split())

# Cues for fact_scope: the nearest cue before the number (within its clause) decides.
CUMULATIVE_CUES = (
    "tính đến", "tính từ", "đến nay", "đến thời điểm", "lũy kế", "luỹ kế", "lũy tiến",
    "tháng đầu năm", "từ đầu năm", "nâng tổng", "tổng cộng đến", "từ khi", "từ ngày",
    "đến hết", "đến cuối", "cộng dồn", "tính chung", "cả năm",
)
# A cue that is none right after these words: "đạt 45% kế hoạch cả năm" names the year's plan
CUES_NOT_AFTER = {"cả năm": ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "nhiệm vụ")}
PERIOD_CUES = (
    "trong tháng", "trong quý", "trong tuần", "trong kỳ", "tháng này", "quý này", "riêng tháng", "riêng quý",
)

# Units written differently but meaning the same thing (after lowercasing).
UNIT_ALIASES = {
    "%": "", "phần trăm": "",
    "đ": "đồng", "vnđ": "đồng", "vnd": "đồng",
    "ng": "người",
}

# Abbreviations read as the words they stand for when keys and sentences are compared (the keys
# keep the text as written): "tỷ lệ bao phủ BHYT" / "tỷ lệ tham gia bảo hiểm y tế". Whole
# syllables only, lowercase; only abbreviations with one reading in administrative reports.
ABBREVIATIONS = {
    "bhyt": "bảo hiểm y tế", "bhxh": "bảo hiểm xã hội", "bhtn": "bảo hiểm thất nghiệp",
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc", "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam",
    "ubkt": "ủy ban kiểm tra", "btv": "ban thường vụ", "bch": "ban chấp hành",
    "tthc": "thủ tục hành chính", "cchc": "cải cách hành chính", "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến", "csdl": "cơ sở dữ liệu", "cccd": "căn cước công dân",
    "nsnn": "ngân sách nhà nước", "nsđp": "ngân sách địa phương", "ktxh": "kinh tế xã hội", "ntm": "nông thôn mới",
    "pccc": "phòng cháy chữa cháy", "atgt": "an toàn giao thông", "cbcc": "cán bộ công chức",
    "cbccvc": "cán bộ công chức viên chức", "đvtn": "đoàn viên thanh niên", "htx": "hợp tác xã",
    "thcs": "trung học cơ sở", "thpt": "trung học phổ thông", "xkld": "xuất khẩu lao động",
    "xklđ": "xuất khẩu lao động", "lđlđ": "liên đoàn lao động", "hlhpn": "hội liên hiệp phụ nữ",
}

# Units that name people in general, and people of a kind, live in extractors.vocab: the
# footnote breakdowns of extractors/report_links.py read them too
from extractors.vocab import GENERIC_PERSON_UNITS, PERSON_UNITS  # noqa: E402,F401

# Verbs that reports of one body use in turn for one action ("bắt 3 vụ" / "triệt phá 2 vụ",
# "phát triển mới 96 hội viên" / "kết nạp mới 120 hội viên", "trao tặng" / "trao"):
# read as the first word when keys, sentences and phrases are compared (the stored text keeps
# them). Whole syllables, lowercase; only wordings with one meaning in administrative reports.
VERB_SYNONYMS = {
    "bắt": ("bắt giữ", "triệt phá", "bắt quả tang"),
    "kết nạp mới": ("phát triển mới",),
    "trao": ("trao tặng",),
    "giải quyết": ("xử lý",),   # "đã giải quyết 12 phản ánh, kiến nghị" / "đã xử lý 15 phản ánh"
    "giải ngân": ("thanh toán vốn",),   # "giải ngân 32,5 tỷ đồng" / "thanh toán vốn đầu tư công 88,4 tỷ đồng"
    # "đưa 58 lao động đi làm việc ở nước ngoài" / "xuất khẩu lao động 71 người"
    "đi làm việc ở nước ngoài": ("xuất khẩu lao động",),
    "tổ chức lớp": ("mở lớp",),   # "tổ chức 6 lớp dạy nghề" / "Mở 4 lớp dạy nghề"
}

# Verbs that only say a stock is there ("Duy trì 74 tổ tiết kiệm" / "Có 76 tổ tiết kiệm"; "có" is
# already a stop syllable), and words that only say who else took part, what follows an action
# or that a plan was revised ("Phối hợp tổ chức 6 lớp dạy nghề" / "Tổ chức 5 lớp dạy nghề";
# "hoàn thành, bàn giao đưa vào sử dụng 3 công trình" / "Hoàn thành bàn giao 2 công trình"; "Kế
# hoạch vốn năm 2024 sau điều chỉnh tăng lên 92,0 tỷ đồng"): left out when keys are compared
# (the stored keys keep them).
FRAMING_PHRASES = ("duy trì", "hiện có", "phối hợp", "đưa vào sử dụng", "sau điều chỉnh")

# Words for a plan that reports use in turn ("đạt 35,3% chỉ tiêu năm" / "đạt 66,3% kế hoạch năm" /
# "bằng 50,7% dự toán"; "Chỉ tiêu kết nạp đảng viên năm 2024 là 30" / "phấn đấu kết nạp 30 đảng
# viên"): read as the first when keys are compared (the stored keys keep the text).
PLAN_WORDS = ("kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu", "phấn đấu")

# Words that set look-alike indicators apart. Each entry lists the sides of one contrast; a side is
# a few phrases. A fact does not join a series by similarity (only by its exact key) when its key
# names one side and the series' wording names only another: "kết nạp" / "xóa tên" đảng viên,
# "trung cấp" / "cao cấp" lý luận chính trị, "kiểm tra" / "giám sát" tổ chức đảng. A phrase is
# present when all its syllables are in the key (keys keep each syllable once); "!w": w is absent.
CONTRASTS = (
    (("sơ cấp",), ("trung cấp",), ("cao cấp",)),
    (("kết nạp",), ("xóa tên",), ("khai trừ",), ("chính thức",), ("kỷ luật",), ("huy hiệu",)),
    (("kiểm tra",), ("giám sát",)),
    (("kiểm tra",), ("xử phạt",)),          # "kiểm tra 36 cơ sở ..., xử phạt 3 cơ sở"
    (("nghèo !cận !thoát",), ("cận nghèo",), ("thoát nghèo",)),
    (("bảo hiểm y tế",), ("bảo hiểm xã hội",), ("bảo hiểm thất nghiệp",)),
    (("trực tuyến",), ("trực tiếp",)),
    (("thu ngân sách", "tổng thu", "thu nội địa"),
     ("chi ngân sách", "tổng chi", "chi thường xuyên", "chi đầu tư")),
    (("xuất khẩu",), ("nhập khẩu",)),
    (("chết", "tử vong"), ("bị thương",)),
    (("cấp tỉnh",), ("cấp huyện",), ("cấp xã",)),   # "Quỹ ... cấp huyện 4,2 tỷ đồng, cấp xã 1,8 tỷ đồng"
    # women among them, against all ("hội viên nữ 6.402 người" / "Tổng số hội viên 18.560 người";
    # "phụ nữ" is the Women's Union's word for all): a side may be only "!w", the syllable absent
    (("nữ !phụ",), ("!nữ",)),
    # kinds of livestock ("Tổng đàn bò" / "Tổng đàn heo" rows of one table)
    (("bò",), ("heo", "lợn"), ("trâu",), ("dê",), ("gia cầm",)),
    # asked for / granted / earned ("Đăng ký hộ kinh doanh 58 hộ; 52 hộ được cấp giấy chứng nhận
    # đăng ký hộ kinh doanh"; "hộ đăng ký ... sản xuất kinh doanh giỏi" / "hộ đạt danh hiệu")
    (("đăng ký !giấy",), ("cấp giấy",), ("danh hiệu !đăng",)),
    # of the files settled, those on time / late / all ("đã giải quyết 405 hồ sơ, trong đó trễ
    # hạn 3 hồ sơ"): "giải quyết" with no "hạn" is all settled
    (("đúng hạn", "trước hạn"), ("quá hạn", "trễ hạn"), ("giải quyết !hạn",)),
)

# Bodies whose names hold a side of a contrast: "Ủy ban Kiểm tra ... giám sát 19 tổ chức đảng" is a
# giám sát figure. Left out of a figure's own phrase before its sides are read.
CONTRAST_BODIES = ("ủy ban kiểm tra", "ban kiểm tra")

# Column headers that name an earlier period's figure beside the period's own ("Cùng kỳ" beside
# "Thực hiện 6 tháng"): a cell under one stays out of the series of cells under none. Each
# holds a stop syllable (kỳ, năm, tháng, quý), so only a header puts all its words in a context.
BASELINE_HEADERS = ("cùng kỳ", "năm trước", "kỳ trước", "tháng trước", "quý trước")
