"""Benchmark: `solieu ingest --workers 2` beside a bare zipfile + lxml text parse.

    /work/venv/bin/python bench/bench.py [--n 400] [--small 100] [--keep DIR]

Makes N distinct variants of the seed and real reports (../shared), then on the same
files and in the same run times:
  bare     zipfile + lxml text of word/document.xml, 2 processes (the floor)
  reader   pipeline.reader.read_report only, 2 processes
  ingest   the whole `solieu ingest --workers 2` command (read, extract, check, store),
           at `--small` files and at N files, with the peak memory of its process tree,
           and at N files again with the paragraph memo off (SOLIEU_MEMO=0)
  query    `solieu query` of a grouped count over all facts
Prints a table; the figures go to bench/README.md. Not a timed test.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def bare_text(path) -> str:
    """The floor: every w:t text of the body, nothing else."""
    try:
        from pipeline.reader.bare import bare_text as bt
        return bt(path)
    except ModuleNotFoundError:
        pass
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "\n".join(t.text or "" for t in root.iter(W_T))


def _bare_len(path):
    t = time.process_time()
    n = len(bare_text(path).encode("utf-8"))
    return n, time.process_time() - t


def _read_only(path):
    from pipeline.reader import read_report
    t = time.process_time()
    n = len(read_report(path).paragraphs)
    return n, time.process_time() - t


def timed_pool(fn, files, procs=2):
    ctx = mp.get_context("forkserver")
    with ctx.Pool(procs) as pool:
        pool.map(_noop, range(procs))  # start the processes before the clock
        t0 = time.perf_counter()
        out = pool.map(fn, [str(f) for f in files], chunksize=8)
        secs = time.perf_counter() - t0
    return secs, out


def _noop(_):
    return None


class PeakRSS:
    """Sample the RSS and CPU time of a process and all its descendants every 20 ms:
    peak of the sum, peak of the parent alone, peak of the largest other process, and
    the CPU seconds of all of them (last sample of each process)."""

    def __init__(self, pid):
        import psutil
        self.proc = psutil.Process(pid)
        self.peak_total = 0
        self.peak_one = 0
        self.peak_parent = 0
        self.peak_worker = 0
        self.cpu = {}
        self.samples = []
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self):
        import psutil
        while not self._stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                rss = []
                for p in procs:
                    try:
                        r = p.memory_info().rss
                        c = p.cpu_times()
                        self.cpu[p.pid] = c.user + c.system
                    except psutil.Error:
                        continue
                    rss.append(r)
                    if p.pid == self.proc.pid:
                        self.peak_parent = max(self.peak_parent, r)
                    else:
                        self.peak_worker = max(self.peak_worker, r)
                total = sum(rss)
                self.samples.append(total)
                self.peak_total = max(self.peak_total, total)
                self.peak_one = max([self.peak_one] + rss)
            except psutil.Error:
                break
            self._stop.wait(0.02)

    def stop(self):
        self._stop.set()
        self._t.join()


def solieu(*args):
    return [sys.executable, "-c", "import sys; from pipeline.cli import main; sys.exit(main())", *args]


def run_ingest(files_dir, db, workers=2, env=None):
    t0 = time.perf_counter()
    p = subprocess.Popen(solieu("ingest", str(files_dir), "--db", str(db), "--workers", str(workers),
                                "--timings"),
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, **(env or {})})
    mon = PeakRSS(p.pid)
    out, err = p.communicate()
    secs = time.perf_counter() - t0
    mon.stop()
    if p.returncode not in (0, 1):
        raise SystemExit(f"ingest failed ({p.returncode}): {err}")
    return {"secs": secs, "peak": mon.peak_total, "parent": mon.peak_parent, "worker": mon.peak_worker,
            "cpu": sum(mon.cpu.values()), "line": out.strip(), "stages": err.strip().splitlines()[-1]}


def sources():
    srcs = [SHARED / "seed" / "phung-hiep-q2-2024.docx"]
    srcs += sorted((SHARED / "corpus-real" / "lam-dong").glob("*.docx"))
    gen = ROOT / "corpus"
    srcs += sorted(p for p in gen.rglob("*.docx") if "variants" not in p.parts)
    return [s for s in srcs if s.is_file()]


def make(n, out_dir, srcs):
    from corpus.generator import make_variants
    return make_variants(n, out_dir, srcs), "corpus.generator.make_variants"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--keep", help="keep the variants and databases in this folder")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="solieu-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    srcs = sources()
    big_dir, small_dir = work / f"v{args.n}", work / f"v{args.small}"
    for d in (big_dir, small_dir):
        shutil.rmtree(d, ignore_errors=True)
    files, how = make(args.n, big_dir, srcs)
    small_dir.mkdir()
    for f in files[: args.small]:
        shutil.copy2(f, small_dir / f.name)
    mb_files = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} variants of {len(srcs)} source reports ({how}), {mb_files:.1f} MB of .docx",
          flush=True)

    load = os.getloadavg()[0]
    t_bare, res = timed_pool(_bare_len, files)
    mb_text = sum(r[0] for r in res) / 1e6
    cpu_bare = sum(r[1] for r in res)
    t_read, res = timed_pool(_read_only, files)
    cpu_read = sum(r[1] for r in res)

    runs = []
    for label, d in ((args.small, small_dir), (args.n, big_dir)):
        db = work / f"bench-{label}.duckdb"
        db.unlink(missing_ok=True)
        r = run_ingest(d, db)
        r["label"], r["db"] = label, db
        runs.append(r)
        print(f"ingest {label}: {r['line']}\n  {r['stages']}", flush=True)

    big = runs[-1]
    # the same N files with the extractors' paragraph memo off: the variants repeat many
    # paragraphs word for word, as a body's reports do from period to period, and the memo
    # skips those; this row shows what the ingest costs without that help
    db = work / f"bench-{args.n}-nomemo.duckdb"
    db.unlink(missing_ok=True)
    nomemo = run_ingest(big_dir, db, env={"SOLIEU_MEMO": "0"})
    print(f"ingest {args.n}, SOLIEU_MEMO=0: {nomemo['line']}\n  {nomemo['stages']}", flush=True)
    sql = "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY n DESC"
    import duckdb
    con = duckdb.connect(str(big["db"]), read_only=True)
    nfacts = con.execute("SELECT count(*) FROM facts").fetchall()[0][0]
    best = min(_timeit(lambda: con.execute(sql).fetchall()) for _ in range(5))
    con.close()
    t_cmd = min(_timeit(lambda: subprocess.run(solieu("query", sql, "--db", str(big["db"])), cwd=ROOT,
                                                  capture_output=True, text=True)) for _ in range(3))
    q = subprocess.run(solieu("query", sql, "--db", str(big["db"])), cwd=ROOT, capture_output=True, text=True)

    n = len(files)
    secs = big["secs"]
    print()
    print(f"load average at start: {load:.2f} on {os.cpu_count()} cores")
    print(f"| {n} distinct reports, {mb_text:.1f} MB of text, 2 processes | wall | docs/s | MB/s | x bare (wall) | CPU s | x bare (CPU) |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    print(f"| bare zipfile + lxml text | {t_bare:.2f} s | {n / t_bare:.0f} | {mb_text / t_bare:.2f} | 1 | {cpu_bare:.1f} | 1 |")
    print(f"| reader only (read_report) | {t_read:.2f} s | {n / t_read:.0f} | {mb_text / t_read:.2f} | "
          f"{t_read / t_bare:.1f} | {cpu_read:.1f} | {cpu_read / cpu_bare:.1f} |")
    print(f"| `solieu ingest --workers 2` (read, extract, check, store) | {secs:.2f} s | {n / secs:.1f} | "
          f"{mb_text / secs:.2f} | {secs / t_bare:.1f} | {big['cpu']:.1f} | {big['cpu'] / cpu_bare:.1f} |")
    s2 = nomemo["secs"]
    print(f"| same, paragraph memo off (`SOLIEU_MEMO=0`) | {s2:.2f} s | {n / s2:.1f} | "
          f"{mb_text / s2:.2f} | {s2 / t_bare:.1f} | {nomemo['cpu']:.1f} | {nomemo['cpu'] / cpu_bare:.1f} |")
    print()
    print("| ingest of | peak RSS, all processes | parent | largest worker |")
    print("| --- | --- | --- | --- |")
    for r in runs:
        print(f"| {r['label']} files | {r['peak'] / 2**20:.0f} MiB | {r['parent'] / 2**20:.0f} MiB | "
              f"{r['worker'] / 2**20:.0f} MiB |")
    print()
    print(f"facts stored: {nfacts}; grouped count over all facts: {best * 1000:.1f} ms in-process, "
          f"{t_cmd * 1000:.0f} ms for the whole `solieu query` command")
    print(q.stdout)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


def _timeit(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
