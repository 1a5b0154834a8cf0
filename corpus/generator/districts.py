"""The three districts of the bundled corpus and where each planted error goes.

Only Phụng Hiệp is a real place name (the seed's district); its generated reports are
still synthetic. "Kênh Xáng" and "Vị Bình" are invented district names.
"""
from __future__ import annotations

DISTRICTS = {
    "phung-hiep": {
        "org": "Huyện ủy Phụng Hiệp", "short": "Phụng Hiệp", "scale": 1.0, "exact_seed": True,
        "org_lines": ["HUYỆN ỦY PHỤNG HIỆP", "VĂN PHÒNG", "*"], "number": "-BC/VPHU",
        "title": "ph", "headings": "typed", "fields": "star", "zero_pad": True,
        "signer": ("CHÁNH VĂN PHÒNG", "Nguyễn Văn Hậu"), "xa": [
            "Xã Tân Bình", "Xã Hòa An", "Xã Phụng Hiệp", "Xã Hòa Mỹ", "Xã Phương Bình",
            "Xã Phương Phú", "Xã Tân Phước Hưng", "Xã Bình Thành", "Xã Thạnh Hòa",
            "Xã Long Thạnh", "Xã Hiệp Hưng", "Xã Tân Long", "Thị trấn Cây Dương",
            "Thị trấn Kinh Cùng", "Thị trấn Búng Tàu"],
    },
    "kenh-xang": {
        "org": "Huyện ủy Kênh Xáng", "short": "Kênh Xáng", "scale": 0.72, "exact_seed": False,
        "org_lines": ["HUYỆN ỦY KÊNH XÁNG", "*"], "number": "-BC/HU",
        "title": "kx", "headings": "auto", "fields": "star", "zero_pad": False,
        "blood_fraction": True,
        "signer": ("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "Lê Thanh Tùng"), "xa": [
            "Xã Tân Hòa", "Xã Hòa Lợi", "Xã Thạnh Xuân", "Xã Phú Hữu", "Xã Nhơn Nghĩa A",
            "Xã Đông Thạnh", "Xã Mỹ Phước", "Xã Trường Long", "Thị trấn Kênh Xáng"],
    },
    "vi-binh": {
        "org": "Huyện ủy Vị Bình", "short": "Vị Bình", "scale": 0.86, "exact_seed": False,
        "org_lines": ["HUYỆN ỦY VỊ BÌNH", "BAN TỔ CHỨC", "*"], "number": "-BC/BTCHU",
        "title": "vb", "headings": "typed", "fields": "lead_in", "zero_pad": True, "nfd": True,
        "signer": ("TRƯỞNG BAN", "Phạm Hoàng Nam"), "xa": [
            "Xã Vị Tân", "Xã Vị Đông", "Xã Bình Hòa", "Xã Vĩnh Trung", "Xã Lương Nghĩa",
            "Xã Xà Phiên", "Xã Thuận Hưng", "Xã Vị Thanh A", "Xã Long Bình",
            "Thị trấn Vị Bình"],
    },
}

# (district, year, quarter) -> names of the errors planted in that report (see sections.py)
PLANTS = {
    ("phung-hiep", 2024, 1): {"kiem_tra_pct"},
    ("phung-hiep", 2024, 3): {"ky_luat_parts"},
    ("phung-hiep", 2024, 4): {"prev_change", "table_total"},
    ("phung-hiep", 2025, 1): {"shares", "malformed"},
    ("phung-hiep", 2025, 2): {"bound"},
    ("phung-hiep", 2025, 3): {"drop_ket_nap"},
    ("phung-hiep", 2025, 4): {"pop"},
    ("kenh-xang", 2024, 2): {"mttq_parts"},
    ("kenh-xang", 2024, 3): {"ket_nap_pct"},
    ("kenh-xang", 2024, 4): {"table_percent"},
    ("kenh-xang", 2025, 1): {"shares"},
    ("kenh-xang", 2025, 2): {"same_period"},
    ("kenh-xang", 2025, 3): {"malformed", "blood_pct"},
    ("kenh-xang", 2025, 4): {"drop_hoc_vien"},
    ("vi-binh", 2024, 1): {"quy_parts"},
    ("vi-binh", 2024, 2): {"bai_pct"},
    ("vi-binh", 2024, 4): {"pop", "table_total"},
    ("vi-binh", 2025, 1): {"chi_tieu_ctd"},
    ("vi-binh", 2025, 3): {"prev_change", "bound"},
    ("vi-binh", 2025, 4): {"drop_mau", "chi_tieu_ccb"},
}
