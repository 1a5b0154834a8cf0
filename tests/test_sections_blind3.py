"""Third blind test of the section tree: the skeletons of sections_blind_cases3.py, scored with
the helpers of test_sections_blind2.py (a tree is right when levels, labels, heading prefixes
and parents all match; a figure paragraph is right when it sits in the expected section).
The whole set must stay at or above the floors; `python tests/test_sections_blind3.py
[dev|held|NAME...]` prints each miss."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sections_blind_cases3 import CASES, HELD_OUT
from test_sections_blind2 import run

TREE_FLOOR = 0.0
PARA_FLOOR = 0.0


def test_blind_set_3_floors():
    trees, right, total, misses = run(CASES)
    assert trees / len(CASES) >= TREE_FLOOR and right / total >= PARA_FLOOR, misses


if __name__ == "__main__":
    names = sys.argv[1:]
    if names in (["held"], ["dev"]):
        sel = [c for c in CASES if (c["name"] in HELD_OUT) == (names == ["held"])]
    else:
        sel = [c for c in CASES if not names or c["name"] in names]
    trees, right, total, misses = run(sel)
    for name, m in misses.items():
        print(name)
        for x in m:
            print("   ", x)
    print(f"trees {trees}/{len(sel)}  paragraphs {right}/{total}")
