import argparse
from pathlib import Path

from .main import generate


def main():
    ap = argparse.ArgumentParser(prog="python -m corpus.generator",
                                 description="Write the bundled synthetic corpus and its truth.")
    ap.add_argument("--out", default="corpus", type=Path,
                    help="corpus folder (reports/ and truth/ are written inside)")
    ap.add_argument("--seed-docx", type=Path, default=None,
                    help="the seed report to bundle (default: ../shared/seed/...)")
    args = ap.parse_args()
    written = generate(args.out, args.seed_docx)
    print(f"wrote {len(written)} reports under {args.out}")


main()
