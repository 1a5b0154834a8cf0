"""Facts of six whole invented reports against their hand-written gold (round 1:
tests/blind_whole_reports.py, tests/gold/blind_whole_*.jsonl; rounds 2 and 3 below), scored with gold_eval's rules.

First run, on main before any fix (recall / precision / kind / value of matched facts):
  MTTQ     101 facts: 100% / 99.0% (1 false: "Đồn Biên phòng 627 tổ chức") / 100% / 100%
  commune  111 facts: 100% / 98.2% (2 false) / 100% / 100%
The MTTQ report was then used to find fixes (unit names such as "Trung đoàn 95", "Đồn Biên phòng
627"); the commune report was held out until they were in: 99.1%, its last false fact the hotline
"1900.9095", then fixed. Both now 100% on all four.

Round 2 (tests/blind_whole_reports2.py, tests/gold/blind_whole2_*.jsonl), first run on main
(76abba8) before any fix:
  police      129 facts: 97.7% / 99.2% / 99.2% / 100%  (missed "thường trú 176, tạm trú 942, tạm
              vắng 166" after "1.284 hồ sơ cư trú (", took the plate "72H1-527.09" for a count,
              read "kéo giảm ... từ 5% trở lên" as a percent)
  health_edu  119 facts: 99.2% / 100% / 96.6% / 99.2%  (held out until the police fixes were in;
              they changed nothing on it. Missed "chỉ tiêu Nghị quyết 95%"; "cao hơn bình quân
              của tỉnh 0,7%" a percent; "tỷ lệ giáo viên/lớp ... đạt 1,38" counts; "111 bé
              trai/100 bé gái" a rate where the gold said fraction: the gold was wrong by the
              project's own convention and was corrected, its line says so)
After the fixes both are 100% on all four.

Round 3 (tests/blind_whole_reports3.py, tests/gold/blind_whole3_*.jsonl), first run on main
(43a9be9) before any fix:
  inspection   81 facts: 96.3% / 100% / 100% / 100%  (missed "khiển trách 8, cảnh cáo 3, cách
               chức 1" before "khai trừ 2 đảng viên": a "trong đó" list whose total is not next
               to it, "14 đảng viên, tăng 3 đảng viên so với cùng kỳ năm 2024; trong đó ...")
  agriculture  71 facts: 100% / 100% / 100% / 100%  (held out until that fix was in; the same
               on main and after it)
After the fix both are 100% on all four.
"""
import pytest

import gold_eval
import blind_whole_reports
import blind_whole_reports2
import blind_whole_reports3

# floors just under what the extractors reach (recall, precision, kind, value)
FLOORS = {
    "blind_whole_mttq.jsonl": (0.99, 0.99, 0.99, 0.99),
    "blind_whole_commune.jsonl": (0.99, 0.99, 0.99, 0.99),
    "blind_whole2_police.jsonl": (0.99, 0.99, 0.99, 0.99),
    "blind_whole2_health_edu.jsonl": (0.99, 0.99, 0.99, 0.99),
    "blind_whole3_inspection.jsonl": (0.99, 0.99, 0.99, 0.99),
    "blind_whole3_agriculture.jsonl": (0.99, 0.99, 0.99, 0.99),
}
# round 3 reports are shorter (about 70-80 facts each)
MIN_GOLD = {"blind_whole3_inspection.jsonl": 70, "blind_whole3_agriculture.jsonl": 65}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = tmp_path_factory.mktemp("whole")
    docs = {**blind_whole_reports.write_all(out / "r1"), **blind_whole_reports2.write_all(out / "r2"),
            **blind_whole_reports3.write_all(out / "r3")}
    return {name: gold_eval.score(name, path) for name, path in docs.items()}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_gold_fact_is_located(scores, name):
    assert scores[name].unlocated == []


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_whole_report_facts(scores, name):
    s = scores[name]
    recall, precision, kind, value = FLOORS[name]
    assert s.gold > MIN_GOLD.get(name, 100)
    assert s.recall >= recall, s.misses
    assert s.precision >= precision, s.fps
    assert s.kind_ok / s.matched >= kind, s.wrong
    assert s.value_ok / s.matched >= value
