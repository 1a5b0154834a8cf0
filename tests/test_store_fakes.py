"""Small hand-built reports for the store/ingest/CLI tests (no reader or extractor needed).

A fake report file is a text file (named .docx) whose lines are paragraphs; "BAD" as the
first line makes the fake reader fail. The fake extractor finds "N đảng viên" and "N%".
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from extractors.fact import Fact, Link
from pipeline.model import Metadata, Paragraph, Period, Report, Section


@dataclass
class FakeCheck:
    kind: str
    status: str
    reported: str
    expected: str
    method: str
    message: str
    fact_ids: list = field(default_factory=list)


class FakeReadError(Exception):
    pass


def sample_report(sha="ab" * 32, path="/x/bc-q2.docx") -> tuple:
    """A report with two sections, a body paragraph, a footnote, a table cell; 3 facts."""
    md = Metadata(org="Huyện ủy Phụng Hiệp / Văn phòng", doc_type="BÁO CÁO", doc_number="Số 45-BC/VPHU",
                  place="Phụng Hiệp", issued_date=dt.date(2024, 6, 20), issued_precision="day",
                  title="Kết quả công tác quý II/2024",
                  period=Period("quý II/2024", "quarter", dt.date(2024, 4, 1), dt.date(2024, 6, 30)))
    sections = [Section(0, None, 0, "", "", 0), Section(1, 0, 1, "I.", "Công tác xây dựng Đảng", 0),
                Section(2, 1, 2, "*", "Công tác Tuyên giáo", 1)]
    text = "Kết nạp 112/158 đảng viên, đạt 70,87% chỉ tiêu. Thi hành kỷ luật 08 đồng chí."
    paras = [Paragraph(0, "I. Công tác xây dựng Đảng", role="heading", section_id=1),
             Paragraph(1, "* Công tác Tuyên giáo:", role="heading", section_id=2),
             Paragraph(2, text, section_id=2),
             Paragraph(3, "Tổng số", source="table", section_id=2, table_id=0, row=1, col=0),
             Paragraph(4, "05 khiển trách, 03 cảnh cáo.", source="footnote", section_id=2,
                       note_id=1, anchor_para_id=2, anchor_offset=76)]
    report = Report(path, sha, md, sections, paras)
    i1 = text.index("112/158 đảng viên")
    i2 = text.index("70,87%")
    facts = [
        Fact("fraction", i1, i1 + 17, "112/158 đảng viên", value=Decimal(112) / Decimal(158),
             numerator=Decimal(112), denominator=Decimal(158), numerator_text="112",
             denominator_text="158", unit="đảng viên", indicator="kết nạp đảng viên", para_id=2),
        Fact("percent", i2, i2 + 6, "70,87%", value=Decimal("70.87"), value_text="70,87", unit="%",
             percent_of="target", indicator="kết nạp đảng viên", para_id=2),
        Fact("count", 0, 11, "05 khiển trách", value=Decimal(5), value_text="05", unit="khiển trách",
             para_id=4),
    ]
    links = [Link(1, 0, "restates")]
    checks = [FakeCheck("fraction_percent", "mismatch", "70,87%", "70,89%", "",
                        "112/158 = 70,886%, not 70,87%", [1, 0]),
              FakeCheck("parts_total", "ok", "8", "8", "exact", "5 + 3 = 8", [2])]
    return report, facts, links, checks


# -- fake pipeline stages for ingest tests ------------------------------------------------------

def fake_read(path):
    data = Path(path).read_bytes()
    text = data.decode("utf-8")
    if text.startswith("BAD"):
        raise FakeReadError(f"{path}: not a Word document (fake)")
    lines = [l for l in text.splitlines() if l.strip()]
    paras = [Paragraph(i, l, section_id=0) for i, l in enumerate(lines)]
    md = Metadata(org="Org", period=Period(label=lines[0] if lines else ""))
    return Report(str(path), hashlib.sha256(data).hexdigest(), md,
                  [Section(0, None, 0, "", "", 0)], paras)


def fake_extract(report):
    facts = []
    for p in report.paragraphs:
        for m in re.finditer(r"(\d+) đảng viên|(\d+(?:,\d+)?)%", p.text):
            if m.group(1):
                facts.append(Fact("count", m.start(), m.end(), m.group(0), value=Decimal(m.group(1)),
                                  unit="đảng viên", para_id=p.para_id))
            else:
                facts.append(Fact("percent", m.start(), m.end(), m.group(0), unit="%",
                                  value=Decimal(m.group(2).replace(",", ".")), para_id=p.para_id))
    return facts, []


def fake_checks(report, facts, links):
    return [FakeCheck("malformed", "warning", f.raw, "", "", "odd", [i])
            for i, f in enumerate(facts) if f.raw.startswith("99")]


def fake_stages():
    return fake_read, fake_extract, fake_checks, FakeReadError
