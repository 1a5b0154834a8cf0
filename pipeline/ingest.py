"""Batch ingest: files and folders of reports into the DuckDB store.

The parent walks the paths, hashes every new or touched file and skips what the store
already holds; worker processes read + extract + check and return plain column rows; the
parent is the only DuckDB writer and commits small batches, each in one transaction, so a
crashed run can simply be run again.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.store import Store, report_rows

EXTENSIONS = (".docx", ".doc")
BATCH_DOCS = 32          # documents per transaction ...
BATCH_SECONDS = 2.0      # ... or whatever arrived within this many seconds
FILES_PER_CHILD = 100    # recycle a worker after about this many files (bounds memory)
DOC_CONVERT_BATCH = 25   # legacy .doc files per soffice call


@dataclass
class Summary:
    seen: int = 0
    read: int = 0
    skipped: int = 0
    failed: int = 0
    facts: int = 0
    flagged: int = 0
    flagged_across: int = 0       # cross-report checks flagged (whole archive, after the batch)
    seconds: float = 0.0
    errors: list = field(default_factory=list)   # (path, message)
    # CPU/wall seconds per stage, summed over files (workers) and batches (parent's write)
    stages: dict = field(default_factory=lambda: dict.fromkeys(
        ("read", "extract", "check", "rows", "write", "compare"), 0.0))

    def line(self) -> str:
        return (f"{self.seen} files: {self.read} read, {self.skipped} skipped (unchanged), "
                f"{self.failed} failed; {self.facts} facts; {self.flagged} checks flagged"
                + (f" (+{self.flagged_across} across reports)" if self.flagged_across else "")
                + f"; {self.seconds:.1f} s")


# -- discovery ------------------------------------------------------------------------------

def _wanted(p: Path) -> bool:
    n = p.name
    return (p.suffix.lower() in EXTENSIONS and not n.startswith("~$") and not n.startswith("."))


def discover(paths) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (absolute, sorted, unique) and (path, error) for paths that do not exist.

    Folders are walked recursively for .docx/.doc, skipping Word lock files (~$x.docx) and
    hidden files and folders; a file named explicitly is taken whatever its extension."""
    found, missing = {}, []
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in names:
                    q = Path(root) / n
                    if _wanted(q) and q.is_file():
                        found[str(q.resolve())] = None
        elif p.is_file():
            found[str(p.resolve())] = None
        else:
            missing.append((str(p), f"{p}: no such file or folder"))
    return [Path(x) for x in sorted(found)], missing


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# -- the per-file work (runs in worker processes) ---------------------------------------------

def _stages():
    """(read_report, extract_report, run_checks, ReadError); imported lazily so the parent
    never loads spaCy and tests can substitute fakes."""
    from pipeline.reader import ReadError, read_report
    from extractors import extract_report
    from pipeline.checks import run_checks
    return read_report, extract_report, run_checks, ReadError


def process_file(task: tuple) -> tuple:
    """task = (path, sha256, size, mtime, read_path[, (report, read_seconds)]): the last item,
    when there, is the report already read by the parent (see _Prefetch). Returns ("ok", path,
    sha, rows, n_facts, n_flagged, stage_seconds) or ("err", path, sha, message); never raises
    for a bad file."""
    path, sha, size, mtime, read_path = task[:5]
    ready = task[5] if len(task) > 5 else None
    try:
        read_report, extract_report, run_checks, ReadError = _stages()
    except Exception as e:  # a broken install is not the file's fault: stop loudly
        raise RuntimeError(f"solieu pipeline cannot be imported: {e}") from e
    clock = time.perf_counter
    try:
        with _time_limit(FILE_SECONDS):
            return _process(path, sha, size, mtime, read_path, read_report, extract_report,
                            run_checks, clock, ready)
    except ReadError as e:
        msg = str(e)
        return ("err", path, sha, msg if path in msg or Path(path).name in msg else f"{path}: {msg}")
    except FileTimeout:
        return ("err", path, sha, f"{path}: gave up after {FILE_SECONDS} s (the file is too large or "
                                  f"too unusual to read in time)")
    except Exception as e:  # an extractor/check bug on one file must not stop the batch
        where = traceback.extract_tb(e.__traceback__)[-1]
        return ("err", path, sha, f"{path}: internal error {type(e).__name__}: {e} "
                                  f"(at {Path(where.filename).name}:{where.lineno})")


FILE_SECONDS = 300   # one report; a pathological file must not stall the batch


class FileTimeout(BaseException):
    """Not an Exception: the stages' own catch-alls must not swallow it."""


@contextlib.contextmanager
def _time_limit(seconds: int):
    """SIGALRM-based limit, where signals can be used (the main thread of a Unix process:
    each worker, or the parent with --workers 1); elsewhere no limit."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def _raise(signum, frame):
        raise FileTimeout()

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _process(path, sha, size, mtime, read_path, read_report, extract_report, run_checks, clock,
             ready=None):
    t0 = clock()
    if ready is not None:
        report, read_seconds = ready
        t0 -= read_seconds          # the parent's reading time counts as this file's read
    else:
        report = read_report(read_path or path)
    report.path, report.sha256 = path, sha       # a converted .doc keeps its own identity
    t1 = clock()
    facts, links = extract_report(report)
    t2 = clock()
    checks = run_checks(report, facts, links)
    t3 = clock()
    rows = report_rows(report, facts, links, checks, path=path, size=size, mtime=mtime)
    t4 = clock()
    flagged = sum(1 for c in checks if c.status != "ok")
    times = {"read": t1 - t0, "extract": t2 - t1, "check": t3 - t2, "rows": t4 - t3}
    return ("ok", path, sha, rows, len(facts), flagged, times)


# -- legacy .doc conversion in batches ------------------------------------------------------

def _convert_docs(tasks: list[tuple], outdir: str) -> list[tuple]:
    """Point .doc tasks at batch-converted .docx copies when LibreOffice and the reader's
    convert_many exist; otherwise leave them for read_report (which says what is missing)."""
    docs = [t for t in tasks if t[0].lower().endswith(".doc")]
    if not docs or not (shutil.which("soffice") or shutil.which("libreoffice")):
        return tasks
    from pipeline.reader.legacy import convert_many
    converted = {}
    for i in range(0, len(docs), DOC_CONVERT_BATCH):
        chunk = [t[0] for t in docs[i:i + DOC_CONVERT_BATCH]]
        sub = os.path.join(outdir, f"b{i}")
        os.makedirs(sub, exist_ok=True)
        try:
            out = convert_many(chunk, sub)
        except Exception:  # the per-file read below reports the reason for each file
            out = None
        # {input: output .docx or None}; a file left out is read (and explained) by read_report
        converted.update({str(k): str(v) for k, v in (out or {}).items() if v})
    return [t[:4] + (converted.get(t[0]),) if t[0] in converted else t for t in tasks]


# -- the parent -------------------------------------------------------------------------------

def _warm():
    """Import the stages and build the spaCy pipeline once (about 3 s), by extracting a
    one-line report: workers then start ready."""
    from pipeline.model import Metadata, Paragraph, Report
    read_report, extract_report, run_checks, ReadError = _stages()
    extract_report(Report("warm-up", "0" * 64, Metadata(), [], [Paragraph(0, "Có 12 đảng viên.")]))
    # A worker's objects live for one report; cyclic garbage is rare. Python's default (a
    # collection every 700 allocations, each walking the memo and the caches) spent ~4% of
    # the CPU in collections on the benchmark reports, this ~0.7%.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


_WARM_ENV = "SOLIEU_FORKSERVER_WARM"


def _forkserver():
    """The forkserver context, its server started (it warms up in the background, about 2 s
    of importing spaCy, while the parent opens the store and hashes files); None where
    there is no forkserver."""
    if "forkserver" not in mp.get_all_start_methods():
        return None
    from multiprocessing import forkserver
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["pipeline.ingest"])
    os.environ[_WARM_ENV] = "1"   # read by this module's import in the forkserver only
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(_WARM_ENV, None)
    return ctx


def _pool(workers: int, maxtasks: int):
    """A process pool. On POSIX a forkserver: a clean process (never a fork of this one,
    which holds DuckDB's threads) that imports and warms the pipeline once, so each worker,
    including the ones that replace recycled workers, is forked ready to go."""
    ctx = _forkserver()
    if ctx is not None:
        return ctx.Pool(workers, maxtasksperchild=maxtasks)
    return mp.get_context("spawn").Pool(workers, initializer=_warm, maxtasksperchild=maxtasks)


def _plan(store: Store, files: list[Path], summary: Summary):
    """Split files into work (new content), aliases (content already stored or already
    queued) and hash errors. Unchanged (path, size, mtime) files are skipped unhashed."""
    index = store.file_index()
    known = store.doc_ids()
    tasks, aliases, pending, errors = [], [], {}, []
    for p in files:
        sp = str(p)
        try:
            st = p.stat()
            rec = index.get(sp)
            if rec and rec[2] == st.st_size and rec[3] == st.st_mtime:
                summary.skipped += 1
                continue
            sha = sha256_file(p)
        except OSError as e:
            errors.append((sp, None, f"{sp}: cannot read file: {e.strerror or e}"))
            continue
        doc_id = sha[:16]
        alias = (sp, doc_id, sha, st.st_size, st.st_mtime)
        if rec and rec[1] == sha:          # touched but same content: refresh size/mtime
            aliases.append(alias)
            summary.skipped += 1
        elif doc_id in known:              # same report under another name
            aliases.append(alias)
            summary.skipped += 1
        elif sha in pending:               # duplicate within this batch: written with the first
            pending[sha].append(alias)
            summary.skipped += 1
        else:
            pending[sha] = []
            tasks.append((sp, sha, st.st_size, st.st_mtime, None))
    return tasks, aliases, pending, errors


def _post_ingest(store: Store, since: dt.datetime) -> int:
    """Match series for the issuing bodies this batch touched, then store the cross-report
    checks (stated changes, cumulative drops); returns how many of those are flagged."""
    from pipeline import compare
    orgs = [r[0] for r in store.con.execute(
        "SELECT DISTINCT coalesce(org, '') FROM documents WHERE ingested_at >= ?", [since]).fetchall()]
    compare.after_ingest(store.con, orgs)
    kinds = ", ".join(f"'{k}'" for k in compare.CHECK_KINDS)
    return store.con.execute(
        f"SELECT count(*) FROM checks WHERE kind IN ({kinds}) AND status <> 'ok'").fetchall()[0][0]


def ingest(paths, db, workers: int | None = None, progress=None) -> Summary:
    """Ingest files/folders into the DuckDB file `db`. `progress(done, total)` is called as
    files finish. Raises pipeline.store.StoreLocked if another process holds the database."""
    t0 = time.perf_counter()
    started = dt.datetime.now()
    summary = Summary()
    files, missing = discover(paths)
    summary.seen = len(files) + len(missing)
    if (workers or os.cpu_count() or 1) > 1 and len(files) > 1:
        _forkserver()  # warm the workers' server while the files are hashed
    store = Store(db)  # take the write lock before doing any work
    try:
        tasks, aliases, pending, errors = _plan(store, files, summary)
        errors += [(p, None, m) for p, m in missing]
        if aliases or errors:
            store.write_batch([], aliases=aliases, errors=errors)
        for p, _, m in errors:
            summary.failed += 1
            summary.errors.append((p, m))
        wrote = bool(aliases)
        if tasks:
            with tempfile.TemporaryDirectory(prefix="solieu-doc-") as tmp:
                tasks = _convert_docs(tasks, tmp)
                wrote |= _run(store, tasks, pending, workers, progress, summary)
        if wrote:
            t = time.perf_counter()
            summary.flagged_across = _post_ingest(store, started)
            summary.stages["compare"] = time.perf_counter() - t
    finally:
        store.close()
    summary.seconds = time.perf_counter() - t0
    return summary


PREFETCH_MAX_FILES = 200          # reports the parent may read ahead (bounds its memory) ...
PREFETCH_MAX_BYTES = 4 << 20      # ... each a .docx no larger than this


class _Prefetch(threading.Thread):
    """Reads the first reports in the parent while the forkserver is still importing spaCy:
    about 2 s in which one core would otherwise idle. Workers then extract those reports
    without reading them. Only the reader runs here (no spaCy), only on small .docx files,
    with no time limit (signals belong to the main thread), so a file the parent cannot read
    is simply left to a worker, which reads it again and reports the error as usual."""

    def __init__(self, tasks):
        super().__init__(name="solieu-prefetch", daemon=True)
        self.tasks = tasks
        self.ready: dict[int, tuple] = {}     # index in tasks -> (report, read seconds)
        self.halt = threading.Event()

    def run(self):
        from pipeline.reader import read_report
        for i, (path, _sha, size, _mtime, read_path) in enumerate(self.tasks[:PREFETCH_MAX_FILES]):
            if self.halt.is_set():
                return
            if read_path is not None or size > PREFETCH_MAX_BYTES or not path.lower().endswith(".docx"):
                continue
            t = time.perf_counter()
            try:
                report = read_report(path)
            except Exception:
                continue
            self.ready[i] = (report, time.perf_counter() - t)

    def take(self, tasks: list[tuple]) -> list[tuple]:
        """Stop reading (the current file is finished) and hand each read report to its task."""
        self.halt.set()
        self.join()
        return [t + (self.ready[i],) if i in self.ready else t for i, t in enumerate(tasks)]


def _results(tasks, workers):
    if workers == 1:
        for t in tasks:
            yield process_file(t)
        return
    chunk = max(1, min(4, len(tasks) // (workers * 8)))
    prefetch = None
    # A forkserver pool blocks below until its server is warm; read ahead meanwhile, with the
    # reader the workers would use (not when tests substitute fake stages for it).
    if "forkserver" in mp.get_all_start_methods() and _stages.__module__ == __name__:
        prefetch = _Prefetch(tasks)
        prefetch.start()
    pool = _pool(workers, max(1, FILES_PER_CHILD // chunk))
    if prefetch is not None:
        tasks = prefetch.take(tasks)
    try:
        yield from pool.imap_unordered(process_file, tasks, chunksize=chunk)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _run(store, tasks, pending, workers, progress, summary) -> bool:
    workers = workers or os.cpu_count() or 1
    workers = max(1, min(workers, len(tasks)))
    batch, aliases, errors = [], [], []
    last = time.monotonic()
    wrote = False

    def flush():
        nonlocal batch, aliases, errors, last, wrote
        if batch or aliases or errors:
            t0 = time.perf_counter()
            store.write_batch(batch, aliases=aliases, errors=errors)
            summary.stages["write"] += time.perf_counter() - t0
            wrote = wrote or bool(batch or aliases)
        batch, aliases, errors = [], [], []
        last = time.monotonic()

    done = 0
    try:
        for res in _results(tasks, workers):
            done += 1
            status, path, sha = res[0], res[1], res[2]
            dups = pending.get(sha, [])
            if status == "ok":
                batch.append(res[3])
                aliases.extend(dups)
                summary.read += 1
                summary.facts += res[4]
                summary.flagged += res[5]
                for k, v in res[6].items():
                    summary.stages[k] += v
            else:
                for p in [path] + [a[0] for a in dups]:
                    msg = res[3] if p == path else f"{p}: same content as {path}: {res[3]}"
                    errors.append((p, sha, msg))
                    summary.failed += 1
                    summary.errors.append((p, msg))
                summary.skipped -= len(dups)
            if len(batch) >= BATCH_DOCS or time.monotonic() - last >= BATCH_SECONDS:
                flush()
            if progress:
                progress(done, len(tasks))
    finally:
        flush()  # keep what finished, even when interrupted
    return wrote


if os.environ.get(_WARM_ENV) == "1":
    _warm()  # we are the forkserver being started by _pool()
