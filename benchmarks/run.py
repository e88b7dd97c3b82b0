"""Benchmark casualties on one core: extraction, streaming, the peer, reconciliation.

    python benchmarks/run.py                 # 20 MB corpus, 10^4..10^6 claims, quantulum3
    python benchmarks/run.py --quick         # a smoke run for CI (seconds)

Every stage runs in a fresh child process (this script again, with ``--stage``) pinned to
one core, so its peak memory is its own: the child reports ``getrusage(RUSAGE_SELF)``'s
``ru_maxrss`` (peak resident set size, interpreter and libraries included) and the RSS it had
before the timed work began. The corpus comes from ``newsgen.py`` (our own templates, the
same bytes for the same seed) and is written to disk once, so extraction is timed end to
end: reading files, finding and typing every claim.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsgen  # noqa: E402


def _pin() -> str:
    """Pin this process to one core; return which (or why not)."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})
    return f"pinned to cpu {cpus[-1]}"


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak)."""
    try:
        with Path("/proc/self/statm").open() as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


# --------------------------------------------------------------------------- stages


def _corpus_files(folder: Path) -> list[Path]:
    """The articles of a corpus folder (text and HTML files), in path order."""
    from casualties.read import HTML_SUFFIXES, TEXT_SUFFIXES

    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    return sorted(
        (f for f in folder.rglob("*") if f.is_file() and f.suffix.lower() in suffixes),
        key=lambda f: f.relative_to(folder).as_posix(),
    )


def _corpus_bytes(folder: Path) -> int:
    """The bytes of the corpus's articles, summed without holding a list of them."""
    from casualties.read import HTML_SUFFIXES, TEXT_SUFFIXES

    suffixes = TEXT_SUFFIXES | HTML_SUFFIXES
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            if Path(name).suffix.lower() in suffixes:
                total += Path(root, name).stat().st_size
    return total


def _files(folder: Path, fraction: float) -> tuple[list[Path], int]:
    """The first ``fraction`` of the corpus's bytes, as files in corpus order."""
    files = _corpus_files(folder)
    total = sum(f.stat().st_size for f in files)
    chosen: list[Path] = []
    size = 0
    for f in files:
        if size >= fraction * total:
            break
        chosen.append(f)
        size += f.stat().st_size
    return chosen, size


def _manifest(folder: Path) -> Path | None:
    listed = folder / "manifest.csv"
    return listed if listed.is_file() else None


def stage_extract(folder: Path, fraction: float) -> dict[str, Any]:
    from casualties import extract_document
    from casualties.read import iter_corpus

    files, size = _files(folder, fraction)
    for doc in newsgen.generate(50, seed=-1):  # compile patterns and profiles outside the timing
        extract_document(doc)
    base = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    n_claims = n_docs = 0
    for doc in iter_corpus(files, manifest=_manifest(folder)):
        n_claims += len(extract_document(doc))
        n_docs += 1
    seconds = time.perf_counter() - t0
    return {
        "bytes": size,
        "docs": n_docs,
        "claims": n_claims,
        "seconds": seconds,
        "cpu_seconds": time.process_time() - c0,
        "base_mb": base,
        "peak_mb": _peak_mb(),
    }


def stage_stream(folder: Path) -> dict[str, Any]:
    from casualties.stream import extract_to_parquet

    size = _corpus_bytes(folder)  # no list of paths: this stage measures flat memory
    base = _rss_mb()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        n = extract_to_parquet(folder, Path(tmp) / "claims.parquet", progress=False)
    return {
        "bytes": size,
        "claims": n,
        "seconds": time.perf_counter() - t0,
        "base_mb": base,
        "peak_mb": _peak_mb(),
    }


def stage_peer(folder: Path, megabytes: float) -> dict[str, Any]:
    from casualties.read import iter_corpus

    files, _ = _files(folder, 1.0)
    docs = []
    size = 0
    for doc in iter_corpus(files, manifest=_manifest(folder)):  # the same text ours reads
        if size >= megabytes * 1e6:
            break
        docs.append(doc)
        size += len(doc.text.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its optional classifier is not installed
        from quantulum3 import parser  # type: ignore[import-untyped]

        parser.parse("12 soldiers were killed")
        base = _rss_mb()
        t0 = time.perf_counter()
        found = sum(len(parser.parse(d.text)) for d in docs)
        seconds = time.perf_counter() - t0
    return {
        "bytes": sum(len(d.text.encode("utf-8")) for d in docs),
        "docs": len(docs),
        "quantities": found,
        "seconds": seconds,
        "base_mb": base,
        "peak_mb": _peak_mb(),
    }


def stage_reconcile(n: int, seed: int) -> dict[str, Any]:
    from casualties import reconcile

    frame = newsgen.claim_frame(n, seed=seed)
    base = _rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # merges of differing wordings warn, by design
        result = reconcile(frame)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return {
        "claims_in": len(frame),
        "claims": len(result.claims),
        "series_points": len(result.series),
        "findings": len(result.findings),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "base_mb": base,
        "peak_mb": _peak_mb(),
    }


def _child(argv: Sequence[str]) -> None:
    args = argparse.Namespace(**json.loads(argv[0]))
    _pin()
    if args.stage == "extract":
        out = stage_extract(Path(args.folder), args.fraction)
    elif args.stage == "stream":
        out = stage_stream(Path(args.folder))
    elif args.stage == "peer":
        out = stage_peer(Path(args.folder), args.mb)
    else:
        out = stage_reconcile(args.n, args.seed)
    print(json.dumps(out))


def _run(**spec: Any) -> dict[str, Any]:
    """One stage in a fresh interpreter; its JSON result."""
    done = subprocess.run(
        [sys.executable, __file__, "--stage", json.dumps(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"stage {spec['stage']} failed")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- report


def _growth(rows: list[tuple[float, float]]) -> list[float]:
    """time/size of each row relative to the first (≈1.0 at every size means linear)."""
    size0, time0 = rows[0]
    return [(t / s) / (time0 / size0) for s, t in rows]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    p.add_argument("--seed", type=int, default=0, help="corpus and claim seed (default 0)")
    p.add_argument(
        "--toll-share",
        type=float,
        default=newsgen.TOLL_SHARE,
        help=f"share of generated sentences that state a toll (default {newsgen.TOLL_SHARE:.3f},"
        " a war desk's feed; a general archive has far fewer)",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        help="time extraction, streaming and the peer on this folder of articles (.txt/.html,\n"
        "optional manifest.csv) instead of a generated corpus",
    )
    p.add_argument(
        "--sizes",
        default="1e4,1e5,1e6",
        help="claim counts for reconciliation (default 1e4,1e5,1e6)",
    )
    p.add_argument("--peer-mb", type=float, default=0.5, help="MB the peer reads (default 0.5)")
    p.add_argument("--skip-peer", action="store_true", help="do not time quantulum3")
    p.add_argument(
        "--stream-mb",
        default=None,
        help="two corpus sizes streamed to Parquet from disk (default: MB/10,MB)",
    )
    p.add_argument("--skip-stream", action="store_true", help="do not time streaming")
    p.add_argument("--quick", action="store_true", help="a small run for CI")
    p.add_argument("--json", type=Path, help="also write the results to this file")
    p.add_argument("--stage", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.stage:
        _child([args.stage])
        return 0
    if args.quick:
        args.mb, args.sizes, args.peer_mb = 1.0, "1e3,1e4", 0.02
    sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    stream_mb = (
        [float(s) for s in args.stream_mb.split(",")] if args.stream_mb else [args.mb / 10, args.mb]
    )
    import casualties

    pinned = _pin()
    print(
        f"casualties {casualties.__version__} benchmark, {dt.date.today()}, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cpus, "
        f"{pinned} (every stage: a fresh process on one core)"
    )
    print(
        "memory: peak RSS of the stage's process (getrusage ru_maxrss), and in brackets "
        "the RSS before the timed work (interpreter, libraries, input)"
    )
    results: dict[str, Any] = {
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
    }
    with tempfile.TemporaryDirectory(prefix="casualties-bench-") as tmp:
        if args.corpus is not None:
            folder = args.corpus.resolve()
            files = _corpus_files(folder)
            if not files:
                raise SystemExit(f"{folder}: no .txt or .html articles in this folder")
            written = sum(f.stat().st_size for f in files)
            print(f"\ncorpus: {folder}, {written / 1e6:.1f} MB, {len(files)} documents")
        else:
            folder = Path(tmp) / "corpus"
            t0 = time.perf_counter()
            written = newsgen.write_folder(
                folder, args.mb, seed=args.seed, toll_share=args.toll_share
            )
            n_docs = len(_corpus_files(folder))
            print(
                f"\ncorpus: {written / 1e6:.1f} MB, {n_docs} documents (seed {args.seed}, "
                f"toll share {args.toll_share:.3f}, written in {time.perf_counter() - t0:.1f} s)"
            )

        print("\nextraction (read files, find and type every claim), growth in corpus size")
        ext = []
        for fraction in (0.25, 0.5, 1.0):
            r = _run(stage="extract", folder=str(folder), fraction=fraction)
            ext.append(r)
        growth = _growth([(r["bytes"], r["seconds"]) for r in ext])
        for r, g in zip(ext, growth, strict=True):
            print(
                f"  {r['bytes'] / 1e6:7.2f} MB {r['docs']:6d} docs {r['claims']:7d} claims "
                f"{r['seconds']:7.2f} s (cpu {r['cpu_seconds']:.2f} s) "
                f"{r['bytes'] / 1e6 / r['seconds']:6.2f} MB/s "
                f"{r['docs'] / r['seconds']:7.1f} docs/s  peak {r['peak_mb']:6.0f} MB "
                f"[{r['base_mb']:.0f}]  time/size x{g:.2f}"
            )
        ours = ext[-1]["bytes"] / ext[-1]["seconds"]
        results["extract"] = ext

        if not args.skip_stream:
            print("\nstreaming to Parquet (extract_to_parquet on a folder), memory vs size")
            stream = []
            folders = []
            if args.corpus is not None and not args.stream_mb:
                folders.append(folder)
            else:
                for mb in stream_mb:
                    sub = Path(tmp) / f"stream-{mb:g}"
                    newsgen.write_folder(sub, mb, seed=args.seed + 1, toll_share=args.toll_share)
                    folders.append(sub)
            for sub in folders:
                r = _run(stage="stream", folder=str(sub))
                stream.append(r)
                print(
                    f"  {r['bytes'] / 1e6:7.2f} MB {r['claims']:7d} claims {r['seconds']:7.2f} s "
                    f"{r['bytes'] / 1e6 / r['seconds']:6.2f} MB/s  peak {r['peak_mb']:6.0f} MB "
                    f"[{r['base_mb']:.0f}]"
                )
            results["stream"] = stream

        if not args.skip_peer:
            print(f"\npeer: quantulum3 parser.parse on the first {args.peer_mb:g} MB of the corpus")
            r = _run(stage="peer", folder=str(folder), mb=args.peer_mb)
            peer = r["bytes"] / r["seconds"]
            print(
                f"  {r['bytes'] / 1e6:7.2f} MB {r['docs']:6d} docs {r['quantities']:7d} quantities "
                f"{r['seconds']:7.2f} s  {peer / 1e3:7.1f} KB/s  peak {r['peak_mb']:6.0f} MB "
                f"[{r['base_mb']:.0f}]"
            )
            print(
                f"  casualties {ours / 1e6:.2f} MB/s vs quantulum3 {peer / 1e3:.1f} KB/s: "
                f"{ours / peer:.0f}x the peer's throughput (same run, same text)"
            )
            results["peer"] = r | {"ratio": ours / peer}

    print("\nreconciliation (claim frames built by newsgen.claim_frame), growth in claims")
    rec = [_run(stage="reconcile", n=n, seed=args.seed) for n in sizes]
    growth = _growth([(r["claims_in"], r["seconds"]) for r in rec])
    for r, g in zip(rec, growth, strict=True):
        print(
            f"  {r['claims_in']:9d} claims -> {r['claims']:8d} merged {r['series_points']:8d} "
            f"points {r['findings']:7d} findings {r['seconds']:7.2f} s (cpu "
            f"{r['cpu_seconds']:.2f} s)  peak "
            f"{r['peak_mb']:6.0f} MB [{r['base_mb']:.0f}]  time/size x{g:.2f}"
        )
    results["reconcile"] = rec
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
