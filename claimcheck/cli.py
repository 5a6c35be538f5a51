"""The command line: parse options, call the library, render.

Exit status: 0 ran; 1 ran and the --fail-on condition was met; 2 usage,
input, configuration or model error (one sentence on stderr); 3 an
unexpected error (one line and a hint to rerun with --debug).
"""
from __future__ import annotations

import contextlib
import dataclasses
import enum
import inspect
import itertools
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from . import __version__
from .errors import ClaimcheckError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="Find attributed claims in Arabic news text, group them by topic and flag "
                       "the ones that contradict each other.")
models_app = typer.Typer(no_args_is_help=True, help="List or download the Stanza models.")
cache_app = typer.Typer(no_args_is_help=True, help="Manage the parse cache.")
app.add_typer(models_app, name="models")
archive_app = typer.Typer(no_args_is_help=True, help="Store claims to check drafts against: add, list, remove, stats.")
app.add_typer(cache_app, name="cache")
app.add_typer(archive_app, name="archive")

_DEBUG = {"on": False}


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class FailOn(str, enum.Enum):
    contradiction = "contradiction"
    unsourced = "unsourced"
    any = "any"


class ClaimsFailOn(str, enum.Enum):
    """--fail-on of claims: claims computes no contradictions, so it cannot
    fail on one ("any" is "unsourced" here)."""
    unsourced = "unsourced"
    any = "any"


class Bidi(str, enum.Enum):
    auto = "auto"
    visual = "visual"
    logical = "logical"


class Device(str, enum.Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"


def _version(value: bool):
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Show the version and exit."),
         debug: bool = typer.Option(False, "--debug", help="Show full tracebacks of unexpected errors.")):
    """claimcheck: attributed claims and contradictions in Arabic news."""
    _DEBUG["on"] = debug


def _err(msg: str) -> None:
    sys.stderr.write(f"claimcheck: error: {msg}\n")


def _warn(msg: str, quiet: bool = False) -> None:
    if not quiet:
        sys.stderr.write(f"claimcheck: warning: {msg}\n")


def _write(text, output: Optional[Path]) -> None:
    """Write a string or an iterable of strings to stdout or to FILE.  A regular
    file (or a new one) is replaced atomically, through a fresh temporary file
    beside it (never a fixed name a link could redirect); anything else that
    exists - a device, a pipe, /dev/stdout - is written into, never replaced."""
    chunks = [text] if isinstance(text, str) else text
    if output is None:
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    try:
        if output.exists() and not output.is_file():
            if output.is_dir():
                raise ClaimcheckError(f"cannot write {output}: it is a folder")
            with output.open("w", encoding="utf-8", newline="") as f:
                for chunk in chunks:
                    f.write(chunk)
            return
        _replace(chunks, output)
    except BrokenPipeError:
        raise                   # -o /dev/stdout | head: the reader went away, a quiet end
    except OSError as e:
        raise ClaimcheckError(f"cannot write {output}: {e.strerror or e}") from None


def _mode_for(output: Path) -> int:
    """The permissions the report gets: the replaced file's, else a new file's."""
    try:
        return output.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _replace(chunks, output: Path) -> None:
    import tempfile

    output.parent.mkdir(parents=True, exist_ok=True)
    # the name cut to 100 bytes: a legal 252-byte name must not make an illegal temporary one
    short = os.fsdecode(os.fsencode(output.name)[:100])
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{short}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _mode_for(output))
        os.replace(tmp, output)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _run(fn):
    """Run a command body with the exit-status contract."""
    try:
        return fn()
    except typer.Exit:
        raise
    except ClaimcheckError as e:
        _err(str(e))
        raise typer.Exit(2) from None
    except BrokenPipeError:
        _quiet_pipe()
    except KeyboardInterrupt:
        _err("interrupted")
        raise typer.Exit(130) from None
    except Terminated:
        _err("terminated")
        raise typer.Exit(143) from None
    except Exception as e:  # noqa: BLE001 - the contract: no traceback without --debug
        if _DEBUG["on"]:
            raise
        _err(f"unexpected {type(e).__name__}: {e}. Rerun with --debug for the traceback.")
        raise typer.Exit(3) from None


class Terminated(BaseException):
    """SIGTERM arrived: stop like Ctrl-C (workers stopped, no partial report), exit 143."""


def _on_sigterm(signum, frame) -> None:
    raise Terminated()


def _quiet_pipe():
    # the reader went away (claimcheck ... | head): stop quietly
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    raise typer.Exit(0)


INPUTS_HELP = ("Text or HTML files, folders (their .txt and .html files, sorted) or - for standard input "
               "(read as well when no INPUT is given and the text is piped in).")


def _progress(total: int, enabled: bool):
    """A progress callback on stderr, shown only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty() or total < 20000:
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
    prog = Progress(TextColumn("parsing"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                    TimeRemainingColumn(), console=Console(stderr=True), transient=True)
    task = prog.add_task("parse", total=total)
    return prog, (lambda n: prog.advance(task, n))


@dataclass(frozen=True)
class RunOptions:
    """The options of analyze and claims with their defaults, defined once:
    the commands below take their parameters' defaults from here."""
    fmt: Format = Format.table
    output: Optional[Path] = None
    per_document: bool = False
    models: str = "embedded"
    config: tuple[Path, ...] = ()
    fail_on: Optional[FailOn] = None
    min_score: Optional[float] = None
    quiet: bool = False
    encoding: str = "auto"
    max_chars: Optional[int] = None
    cache_dir: Optional[Path] = None
    no_cache: bool = False
    bidi: Bidi = Bidi.auto
    jobs: int = 1
    device: Device = Device.auto
    full_parse: bool = False
    claims_only: bool = False
    acknowledged: Optional[Path] = None
    against: Optional[str] = None       # check: the claims archive
    strict_encoding: bool = False
    dask: Optional[str] = None          # a Dask scheduler's address, or local:N


_D = RunOptions()

# each option's command-line definition, once
Inputs = Annotated[Optional[list[str]], typer.Argument(
    help=INPUTS_HELP, metavar="INPUT", show_default=False, hidden=True)]     # described in each docstring
FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", metavar="FORMAT", help="Output format: table, json, jsonl, csv, markdown or html.")]
OutputOpt = Annotated[Optional[Path], typer.Option(
    "--output", "-o", metavar="FILE", help="Write to FILE instead of stdout.")]
PerDocumentOpt = Annotated[bool, typer.Option(
    "--per-document", help="Keep each document on its own: no topics or contradictions across documents.")]
ModelsOpt = Annotated[str, typer.Option(
    "--models", envvar="CLAIMCHECK_MODELS", metavar="NAME|DIR",
    help="embedded, official, or a folder of Stanza models (env CLAIMCHECK_MODELS).")]
ConfigOpt = Annotated[Optional[list[Path]], typer.Option(
    "--config", metavar="FILE", help="YAML file extending the lexicons (repeatable).", show_default=False)]
FailOnOpt = Annotated[Optional[FailOn], typer.Option(
    "--fail-on", metavar="WHAT", help="Exit 1 when the report has a contradiction, an unsourced claim, or any.")]
ClaimsFailOnOpt = Annotated[Optional[ClaimsFailOn], typer.Option(
    "--fail-on", metavar="WHAT", help="Exit 1 when a claim has no source (claims computes no contradictions).")]
MinScoreOpt = Annotated[Optional[float], typer.Option(
    "--min-score", metavar="SCORE",
    help="Report contradictions scoring at least this (0-1). Default: the model's thresholds "
         "(within a document and across documents); lower shows more candidates, and more false ones.")]
AcknowledgedOpt = Annotated[Optional[Path], typer.Option(
    "--acknowledged", "--baseline", metavar="FILE",
    help="File of contradiction fingerprints an editor has looked at, one a line ('#' comments): "
         "they stay in the report but fail no --fail-on check.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors (use with --fail-on).")]
EncodingOpt = Annotated[str, typer.Option(
    "--encoding", metavar="NAME", help="auto, utf-8, windows-1256 or iso-8859-6.")]
DaskOpt = Annotated[Optional[str], typer.Option(
    "--dask", metavar="ADDRESS",
    help="Parse on a Dask cluster: a scheduler's address (tcp://host:8786) or local:N for N local processes "
         "(the dask extra).")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict-encoding", help="Refuse a UTF-8 file with damaged bytes (by default they are replaced, with a warning).")]
MaxCharsOpt = Annotated[Optional[int], typer.Option(
    "--max-chars", metavar="N", help="Refuse inputs longer than this.")]
CacheDirOpt = Annotated[Optional[Path], typer.Option(
    "--cache-dir", metavar="DIR", help="Parse cache folder (default: the user cache folder).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the parse cache.")]
BidiOpt = Annotated[Bidi, typer.Option(
    "--bidi", metavar="MODE",
    help="Arabic order in the table (auto, visual or logical): visual for terminals that do not reorder RTL text.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", metavar="N", help="Parse with N processes (large inputs).")]
DeviceOpt = Annotated[Device, typer.Option(
    "--device", metavar="DEVICE",
    help="Where Stanza runs (auto, cpu or cuda): auto takes a CUDA GPU when PyTorch sees one.")]
FullParseOpt = Annotated[bool, typer.Option(
    "--full-parse", help="Parse every sentence, not only those with a cue (same claims, slower).")]


# every shared parameter once: (annotation with its typer definition, default)
OPTIONS: dict[str, tuple[Any, Any]] = {
    "inputs": (Inputs, None), "fmt": (FormatOpt, _D.fmt), "output": (OutputOpt, _D.output),
    "per_document": (PerDocumentOpt, _D.per_document), "models": (ModelsOpt, _D.models),
    "config": (ConfigOpt, None), "fail_on": (FailOnOpt, _D.fail_on), "min_score": (MinScoreOpt, _D.min_score),
    "acknowledged": (AcknowledgedOpt, _D.acknowledged), "quiet": (QuietOpt, _D.quiet),
    "encoding": (EncodingOpt, _D.encoding), "strict_encoding": (StrictOpt, _D.strict_encoding),
    "max_chars": (MaxCharsOpt, _D.max_chars),
    "cache_dir": (CacheDirOpt, _D.cache_dir), "no_cache": (NoCacheOpt, _D.no_cache), "bidi": (BidiOpt, _D.bidi),
    "jobs": (JobsOpt, _D.jobs), "device": (DeviceOpt, _D.device), "full_parse": (FullParseOpt, _D.full_parse),
    "dask": (DaskOpt, _D.dask),
}


def _options(*names: str, **own: tuple[Any, Any]):
    """A command's parameters, in this order: the named shared ones (OPTIONS)
    and its own (name=(annotation, default)).  The command takes them as
    keyword arguments; typer reads them from the signature set here."""
    def deco(fn):
        spec = [(n, *OPTIONS[n]) for n in names] + [(n, a, d) for n, (a, d) in own.items()]
        params = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, annotation=a, default=d) for n, a, d in spec]
        fn.__signature__ = inspect.Signature(params)
        fn.__annotations__ = {p.name: p.annotation for p in params}
        return fn
    return deco


def _run_options(kw: dict, **fixed: Any) -> RunOptions:
    """RunOptions from a command's keyword arguments (and values it fixes);
    `-o -` is standard output, as no -o is."""
    names = {f.name for f in dataclasses.fields(RunOptions)}
    given = {k: v for k, v in kw.items() if k in names}
    given["config"] = tuple(given.get("config") or ())
    if given.get("output") is not None and str(given["output"]) == "-":
        given["output"] = None
    return RunOptions(**{**given, **fixed})


def _stdin_is_terminal() -> bool:
    """Nothing is piped in: standard input is closed or a terminal."""
    return sys.stdin is None or sys.stdin.isatty()


WORKER_GIB = 0.5     # what one parsing process holds (its models and batches)


def _free_gib() -> Optional[float]:
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") / 2**30
    except (ValueError, OSError, AttributeError):   # not on this system
        return None


def _capped_jobs(o: RunOptions) -> RunOptions:
    """--jobs no higher than the cores, nor than the free memory holds: each
    process holds its own models (about 0.4 GiB), and more processes than
    cores only slow the run."""
    cores = os.cpu_count() or 1
    free = _free_gib()
    room = max(1, int(free // WORKER_GIB)) if free is not None else o.jobs
    if o.jobs <= min(cores, room):
        return o
    if room < cores:
        _warn(f"--jobs {o.jobs}: the free memory ({free:.1f} GiB) holds {room} parsing processes "
              f"of some {WORKER_GIB} GiB; using {min(o.jobs, room)}", o.quiet)
        return replace(o, jobs=min(o.jobs, room))
    _warn(f"--jobs {o.jobs} is more than the {cores} cores here; using {cores}", o.quiet)
    return replace(o, jobs=cores)


def _documents(inputs: list[str], o: RunOptions) -> list:
    """The input documents, read and checked."""
    from . import textio

    if o.min_score is not None and not 0 <= o.min_score <= 1:          # also refuses nan
        raise ClaimcheckError("--min-score must be between 0 and 1")
    if o.max_chars is not None and o.max_chars < 1:
        raise ClaimcheckError("--max-chars must be at least 1")
    if o.jobs < 1:
        raise ClaimcheckError("--jobs must be at least 1")
    paths = textio.expand(inputs)
    if paths.count("-") > 1:
        raise ClaimcheckError("standard input ('-') can be given only once")
    seen: dict[str, str] = {}
    unique = []
    for p in paths:
        key = p if p == "-" else os.path.realpath(p)
        if key in seen:
            # one article given twice would be compared with itself
            _warn(f"{p} is " + ("given twice" if seen[key] == p else f"the same file as {seen[key]}")
                  + ": analysed once", o.quiet)
            continue
        seen[key] = p
        unique.append(p)
    if o.output is not None and os.path.realpath(o.output) in seen:
        raise ClaimcheckError(f"--output {o.output} is one of the inputs; the report would replace it")
    if o.output is not None and o.output.suffix.lower() in textio.FOLDER_SUFFIXES:
        out = os.path.realpath(o.output)
        for folder in (p for p in inputs if p != "-" and os.path.isdir(p)):
            if out.startswith(os.path.join(os.path.realpath(folder), "")):
                raise ClaimcheckError(f"--output {o.output} is a {o.output.suffix} file in the input folder {folder}: "
                                      "the next run on that folder would read the report as an article")
    docs = []
    texts: dict[str, str] = {}
    for p in unique:
        d = textio.read(p, o.encoding, o.max_chars, strict=o.strict_encoding)
        first = texts.setdefault(d.text, p)
        if first != p and d.text.strip():
            _warn(f"{_name(p)} has the same text as {_name(first)}: analysed once", o.quiet)
            continue
        docs.append(d)
    for d in docs:
        name = _name(d.id)
        if d.note:
            _warn(d.note, o.quiet)
        if not d.text.strip():
            _warn(f"{name} is empty: no claims", o.quiet)
        elif not any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in d.text):
            _warn(f"{name} has no Arabic text: no claims", o.quiet)
    return docs


def _name(p: str) -> str:
    from .textio import display_name
    return display_name(p)


def _report(texts: list[str], ids: list[str], o: RunOptions, cache, progress):
    """The full report (analyze), or the claims alone (claims: topics and
    contradictions are not computed)."""
    from .lexicon import default_lexicon, load_lexicon
    from .models import resolve
    from .pipeline import ParseOptions, analyze, read_claims
    from .types import Report

    lex = load_lexicon(list(o.config)) if o.config else default_lexicon()
    ms = resolve(o.models)
    if o.against is not None:
        return _check(texts, ids, o, lex, ms, cache)
    if not o.claims_only:
        with _dask(o.dask) as client:
            return analyze(texts, ids=ids, models=ms, lexicon=lex, per_document=o.per_document,
                           min_score=o.min_score, cache=cache if cache else False, progress=progress, jobs=o.jobs,
                           acknowledged=_acknowledged(o.acknowledged), device=o.device.value,
                           full_parse=o.full_parse, client=client)
    opts = ParseOptions(ms, device=o.device.value, full=o.full_parse, jobs=o.jobs)
    docs, claims = read_claims(texts, ids, opts, lex, cache, progress)
    report = Report(documents=docs, claims=claims, topics=[], contradictions=[],
                    model=ms.report_entry())
    if cache is not None:
        report.warnings.extend(cache.warnings)
    return report


@contextlib.contextmanager
def _dask(address: Optional[str]):
    """A Dask client for --dask (None without it), closed afterwards with any
    LocalCluster it started."""
    if address is None:
        yield None
        return
    from .distributed import client_for
    client = client_for(address)
    try:
        yield client
    finally:
        cluster = getattr(client, "cluster", None) if address.startswith("local:") else None
        client.close()
        if cluster is not None:
            cluster.close()


def _check(texts: list[str], ids: list[str], o: RunOptions, lex, ms, cache):
    """check: the drafts against the archive."""
    from . import archive as arc
    from .pipeline import ParseOptions
    opts = ParseOptions(ms, device=o.device.value, full=o.full_parse, jobs=o.jobs)
    with arc.Archive(o.against) as a:
        done = arc.check(a, texts, ids, opts, lex, cache, o.min_score, _acknowledged(o.acknowledged),
                         ms.report_entry())
    report = done.report
    renamed = {}                                # archived documents named by outlet and date
    for d in report.documents:
        stored = done.archived.get(d.id)
        if stored is not None:
            renamed[d.id] = " ".join(x for x in (stored.outlet, stored.date, stored.name) if x) \
                + f" [archive {stored.id}]"
            d.id = renamed[d.id]
    for c in report.claims:
        c.doc = renamed.get(c.doc, c.doc)
    if done.left_out_keys:
        report.warnings.append(f"{done.left_out_keys} of the drafts' keys are held by more than {arc.COMMON_KEY:,} "
                               "archived claims and selected no candidates")
    if cache is not None:
        report.warnings.extend(cache.warnings)
    return report


def _analyze(inputs: Optional[list[str]], o: RunOptions) -> int:
    from .cache import ParseCache

    if not inputs:
        # like grep and jq: no INPUT reads standard input, unless it is a terminal
        if _stdin_is_terminal():
            raise ClaimcheckError("no INPUT given: name a file or folder, or pipe the text in (or give -)")
        inputs = ["-"]
    docs = _documents(inputs, o)
    o = _capped_jobs(o)
    cache = None if o.no_cache else ParseCache(o.cache_dir)
    if o.dask is not None and o.per_document and o.fmt == Format.jsonl and not o.claims_only and o.against is None:
        return _analyze_streamed([d.text for d in docs], [d.id for d in docs], o, cache)
    if o.dask is not None and not o.per_document and o.fmt in (Format.json, Format.jsonl) and not o.claims_only \
            and o.against is None and _keeps_claims_on_workers(len(docs)):
        return _analyze_across([d.text for d in docs], [d.id for d in docs], o, cache)
    prog, cb = _progress(sum(len(d.text) for d in docs), not o.quiet)
    if prog:
        prog.start()
    try:
        report = _report([d.text for d in docs], [d.id for d in docs], o, cache, cb)
    finally:
        if prog:
            prog.stop()
    for w in report.warnings:
        _warn(w, o.quiet)
    if not o.quiet or o.output is not None:       # --quiet silences the terminal, not the file asked for
        _emit(report, o.fmt, o.output, o.bidi, o.claims_only)
    return _status(report, o.fail_on, o.quiet)


def _analyze_streamed(texts: list[str], ids: list[str], o: RunOptions, cache) -> int:
    """analyze --dask --per-document --format jsonl: each chunk's lines are
    written as its task completes, in input order, so the claims of the whole
    run are never held here (the lines are those of the gathered report; the
    warnings come after them).  A chunk lost after its retries stops the run
    with one sentence, after the lines of the chunks before it."""
    from .pipeline import PerDocument
    from .report import iter_jsonl

    lex, ms, opts = _dask_setup(o)
    acknowledged = _acknowledged(o.acknowledged)
    # the documents named as a gathered report names them: those with contradictions first
    kinds = [k for k in (FailOn.contradiction, FailOn.unsourced) if o.fail_on in (k, FailOn.any)]
    failing: dict[FailOn, dict[str, None]] = {k: {} for k in kinds}
    with _dask(o.dask) as client:
        run = PerDocument(texts, ids, opts, lex, cache=cache, min_score=o.min_score,
                          model=ms.report_entry(),
                          acknowledged=acknowledged, client=client)

        def lines():
            for report in run:
                for k in kinds:
                    failing[k].update(_failing(report, k))
                yield from iter_jsonl(report)
        if not o.quiet or o.output is not None:       # --quiet silences the terminal, not the file asked for
            _guarded(lambda: _write(lines(), o.output), o.output)
        else:
            for _ in lines():
                pass
    for w in run.warnings:
        _warn(w, o.quiet)
    return _fail_line({d: None for k in kinds for d in failing[k]}, o.fail_on, o.quiet)


def _dask_setup(o: RunOptions):
    """The lexicon, models and parse options of a run on Dask workers (the
    device checked here, before any worker starts)."""
    from .lexicon import default_lexicon, load_lexicon
    from .models import resolve
    from .parse import check_device
    from .pipeline import ParseOptions

    lex = load_lexicon(list(o.config)) if o.config else default_lexicon()
    ms = resolve(o.models)
    return lex, ms, ParseOptions(ms, device=check_device(o.device.value), full=o.full_parse)


def _keeps_claims_on_workers(documents: int) -> bool:
    from .pipeline import keeps_claims_on_workers
    return keeps_claims_on_workers(documents)


def _analyze_across(texts: list[str], ids: list[str], o: RunOptions, cache) -> int:
    """analyze --dask across documents, --format json or jsonl: the claims
    stay on the workers and are written a chunk at a time (the same bytes
    as one process; pipeline.across_cluster)."""
    from .pipeline import across_cluster

    lex, ms, opts = _dask_setup(o)
    with _dask(o.dask) as client:
        report = across_cluster(client, texts, ids, opts, lex, cache, o.min_score, ms.report_entry(),
                                _acknowledged(o.acknowledged))
        for w in report.warnings:
            _warn(w, o.quiet)
        if not o.quiet or o.output is not None:       # --quiet silences the terminal, not the file asked for
            _emit(report, o.fmt, o.output, o.bidi, o.claims_only)
    return _status(report, o.fail_on, o.quiet)


def _acknowledged(path: Optional[Path]) -> frozenset[str]:
    """The fingerprints listed in an --acknowledged file."""
    if path is None:
        return frozenset()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ClaimcheckError(f"cannot read --acknowledged {path}: {getattr(e, 'strerror', None) or e}") from None
    out = set()
    for n, line in enumerate(lines, 1):
        word = line.split("#", 1)[0].strip()
        if not word:
            continue
        if not (len(word) == 12 and all(ch in "0123456789abcdef" for ch in word)):
            raise ClaimcheckError(f"{path}, line {n}: '{word}' is not a contradiction fingerprint (12 hex digits)")
        out.add(word)
    return frozenset(out)


def _stdout_console():
    """A console on stdout whose closed reader (claimcheck ... | head) ends the
    run quietly with the run's own status, not rich's exit 1."""
    from rich.console import Console

    console = Console()

    def closed() -> None:
        console.quiet = True
        raise BrokenPipeError
    console.on_broken_pipe = closed  # type: ignore[method-assign]
    return console


def _emit(report, fmt: Format, output: Optional[Path], bidi: Bidi, claims_only: bool) -> None:
    """Write the report; a standard output that is closed or full is an
    environment error (exit 2), not a bug."""
    _guarded(lambda: _emit_to(report, fmt, output, bidi, claims_only), output)


def _guarded(write: Callable[[], None], output: Optional[Path]) -> None:
    """Run `write`; a standard output that is closed or full is an
    environment error (exit 2), not a bug."""
    if output is None and sys.stdout is None:
        raise ClaimcheckError("standard output is closed: give --output FILE")
    try:
        write()
    except BrokenPipeError:
        raise
    except OSError as e:
        if output is not None:
            raise
        raise ClaimcheckError(f"cannot write the report to standard output: {e.strerror or e}") from None


def _emit_to(report, fmt: Format, output: Optional[Path], bidi: Bidi, claims_only: bool) -> None:
    if fmt == Format.table:
        from rich.console import Console
        if output is not None:
            import io
            buf = io.StringIO()
            con = Console(file=buf, width=100, no_color=True, force_terminal=False)
            from .render import render
            render(report, con, "logical" if bidi == Bidi.auto else bidi.value, claims_only)
            _write(buf.getvalue(), output)
            return
        from .render import render
        render(report, _stdout_console(), bidi.value, claims_only)
        return
    from .report import STREAMS
    chunks = STREAMS[fmt.value](report, claims_only)
    if fmt == Format.csv and output is not None and output.suffix.lower() == ".csv":
        # a CSV file opened in Excel is read as UTF-8 only after a byte order mark
        chunks = itertools.chain(["\ufeff"], chunks)
    _write(chunks, output)


def _status(report, fail_on: Optional[FailOn], quiet: bool = False) -> int:
    """1 when the --fail-on condition holds, with one line on stderr naming the
    documents that meet it."""
    return _fail_line(_failing(report, fail_on), fail_on, quiet)


def _failing(report, fail_on: Optional[FailOn]) -> dict[str, None]:
    """The documents that meet the --fail-on condition, in report order."""
    if fail_on is None:
        return {}
    failing: dict[str, None] = {}
    if fail_on in (FailOn.contradiction, FailOn.any):
        doc = report.claim_docs()
        open_ones = [x for x in report.contradictions if not x.acknowledged]
        failing.update((doc[x.claims[0]], None) for x in open_ones)
        failing.update((doc[x.claims[1]], None) for x in open_ones)
    if fail_on in (FailOn.unsourced, FailOn.any):
        failing.update((d, None) for d in report.unsourced_documents())
    return failing


def _fail_line(failing: dict[str, None], fail_on: Optional[FailOn], quiet: bool) -> int:
    """1 when some documents meet the --fail-on condition, with one line on
    stderr naming them."""
    if fail_on is None:
        return 0
    if failing and not quiet:
        what = {FailOn.contradiction: "contradictions", FailOn.unsourced: "claims with no source",
                FailOn.any: "contradictions or claims with no source"}[fail_on]
        names = ", ".join(_name(d) for d in failing)
        sys.stderr.write(f"claimcheck: {what} in {names}\n")
    return int(bool(failing))


@app.command(epilog="Examples:\n\n  claimcheck analyze seeds/000_2682ec0bd473ef9d.txt\n\n"
                    "  claimcheck analyze --format json --per-document articles/\n\n"
                    "  cat article.txt | claimcheck analyze - --fail-on contradiction --quiet")
@_options("inputs", "fmt", "output", "per_document", "models", "config", "fail_on", "min_score", "acknowledged",
          "quiet", "encoding", "strict_encoding", "max_chars", "cache_dir", "no_cache", "bidi", "jobs", "device",
          "full_parse", "dask")
def analyze(**kw):
    """Claims, topics and contradictions of one or more texts (compared with each other unless --per-document).

    INPUT: text or HTML files (a web page is read as its article's main text),
    folders (their .txt and .html files, sorted) or - for standard input, which
    is read as well when no INPUT is given and text is piped in.
    """
    raise typer.Exit(_run(lambda: _analyze(kw["inputs"], _run_options(kw))) or 0)


@app.command(epilog="Examples:\n\n  claimcheck claims article.txt\n\n"
                    "  claimcheck claims --format csv -o claims.csv articles/")
@_options("inputs", "fmt", "output", "models", "config", "quiet", "encoding", "strict_encoding", "max_chars",
          "cache_dir", "no_cache", "bidi", "jobs", "device", "full_parse", fail_on=(ClaimsFailOnOpt, None))
def claims(**kw):
    """Only the attributed claims: cue, source, stance and content (no topics, no contradictions).

    INPUT: text or HTML files (a web page is read as its article's main text),
    folders (their .txt and .html files, sorted) or - for standard input, which
    is read as well when no INPUT is given and text is piped in.
    """
    o = _run_options(kw, per_document=True, claims_only=True, fail_on=FailOn.unsourced if kw["fail_on"] else None)
    raise typer.Exit(_run(lambda: _analyze(kw["inputs"], o)) or 0)


def _compare(a: Optional[str], b: Optional[str], pairs: Optional[Path], fmt: Format, output: Optional[Path],
             config: list[Path], fail_on: Optional[FailOn], encoding: str) -> int:
    from .compare import compare_texts
    from .lexicon import default_lexicon, load_lexicon
    from .report import format_relations

    if fmt == Format.html:
        raise ClaimcheckError("compare writes jsonl, json, table, csv or markdown; html is for analyze and claims")
    lex = load_lexicon(config) if config else default_lexicon()
    rows: list[tuple[str, str]] = []
    if pairs is not None:
        if a is not None or b is not None:
            raise ClaimcheckError("give either two texts or --pairs FILE.csv, not both")
        rows = _read_pairs(pairs, encoding)
    else:
        if a is None or b is None:
            raise ClaimcheckError("compare needs two texts (or --pairs FILE.csv)")
        rows = [(a, b)]
    results = [{"row": i, **compare_texts(x, y, lex).to_row()} for i, (x, y) in enumerate(rows)]
    _write(format_relations(results, fmt.value, many=pairs is not None), output)
    if fail_on in (FailOn.contradiction, FailOn.any):
        return int(any(r["relation"] == "contradict" for r in results))
    return 0


def _read_pairs(path: Path, encoding: str) -> list[tuple[str, str]]:
    import csv
    import io

    from . import textio
    inp = textio.read(str(path), encoding)
    # the file is read already: a long text is a long field, not an error
    csv.field_size_limit(max(csv.field_size_limit(), len(inp.text) + 1))
    reader = csv.reader(io.StringIO(inp.text))
    try:
        header = next(reader)
        if len(header) < 2:
            raise ClaimcheckError(f"{path}: the CSV needs at least two columns (the two texts)")
        rows = []
        for row in reader:
            if not row:
                continue
            if len(row) < 2:
                raise ClaimcheckError(f"{path}, line {reader.line_num}: expected two text columns, found {len(row)}")
            rows.append((row[0], row[1]))
    except StopIteration:
        raise ClaimcheckError(f"{path}: empty CSV file (expected a header row and two text columns)") from None
    except csv.Error as e:
        raise ClaimcheckError(f"{path}, line {reader.line_num}: not valid CSV ({e})") from None
    return rows


AgainstOpt = Annotated[Optional[str], typer.Option(
    "--against", metavar="FILE|URL", envvar="CLAIMCHECK_ARCHIVE",
    help="The claims archive to check against (default: the one in the user data folder).")]
OutletOpt = Annotated[Optional[str], typer.Option("--outlet", metavar="NAME", help="Who published them.")]
DateOpt = Annotated[Optional[str], typer.Option(
    "--date", metavar="YYYY-MM-DD", help="Their date (default: from front matter or the file name).")]
ArchiveOpt = Annotated[Optional[str], typer.Option(
    "--archive", metavar="FILE|URL", envvar="CLAIMCHECK_ARCHIVE",
    help="The claims archive: an SQLite file (default: in the user data folder) or postgresql://... "
         "(env CLAIMCHECK_ARCHIVE).")]


@app.command(epilog="Examples:\n\n  claimcheck check draft.txt --against archive.sqlite\n\n"
                    "  claimcheck check draft.txt --fail-on contradiction --quiet")
@_options("inputs", "fmt", "output", "models", "config", "fail_on", "min_score", "acknowledged", "quiet",
          "encoding", "strict_encoding", "max_chars", "cache_dir", "no_cache", "bidi", "device",
          against=(AgainstOpt, None))
def check(**kw):
    """A draft's claims, its own contradictions and its contradictions with what the archive holds.

    INPUT: the drafts, as for analyze.  Each contradiction with an archived
    claim names its outlet, date and file.
    """
    from .archive import default_path
    o = _run_options(kw, against=kw["against"] or str(default_path()))
    raise typer.Exit(_run(lambda: _analyze(kw["inputs"], o)) or 0)


@archive_app.command("add", epilog="Examples:\n\n  claimcheck archive add --outlet reuters articles/\n\n"
                                   "  claimcheck archive add --archive postgresql://desk@db/claims "
                                   "--date 2024-05-01 a.txt")
@_options("inputs", "models", "config", "encoding", "strict_encoding", "max_chars", "cache_dir", "no_cache", "quiet",
          "device", "dask",
          archive=(ArchiveOpt, None), outlet=(OutletOpt, None), date=(DateOpt, None))
def archive_add(**kw):
    """Store documents' claims in the archive (the same text is stored once).

    INPUT: files, folders or -, as for analyze.
    """
    o = _run_options(kw)
    inputs, archive, outlet, date, quiet = kw["inputs"], kw["archive"], kw["outlet"], kw["date"], kw["quiet"]

    def body() -> int:
        from . import archive as arc
        from .cache import ParseCache
        from .lexicon import default_lexicon, load_lexicon
        from .models import resolve
        from .pipeline import ParseOptions
        if date is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
            raise ClaimcheckError(f"--date {date}: give the date as YYYY-MM-DD")
        docs = _documents(inputs or ["-"], o)
        lex = load_lexicon(list(o.config)) if o.config else default_lexicon()
        opts = ParseOptions(resolve(o.models), device=o.device.value)
        cache = None if o.no_cache else ParseCache(o.cache_dir)
        with arc.Archive(archive) as a, _dask(o.dask) as client:
            done = arc.add_texts(a, [d.id for d in docs], [d.text for d in docs], opts, lex, cache, outlet, date,
                                 client=client)
        if not quiet:
            new = sum(1 for _, _, n in done if n)
            for name, doc, n in done:
                typer.echo(f"{'added' if n else 'already stored'}: {_name(name)} [archive {doc}]")
            typer.echo(f"{new} document(s) added, {len(done) - new} already stored")
        return 0
    raise typer.Exit(_run(body) or 0)


@app.command(epilog="Examples:\n\n  claimcheck baseline articles/ -o acknowledged.txt\n\n"
                    "  claimcheck analyze articles/ --fail-on contradiction --baseline acknowledged.txt")
@_options("inputs", "output", "per_document", "models", "config", "min_score", "acknowledged", "quiet", "encoding",
          "strict_encoding", "max_chars", "cache_dir", "no_cache", "jobs", "device")
def baseline(**kw):
    """Write the fingerprints of the contradictions found now, one a line with
    its reason, as a file for --baseline (--acknowledged): the findings an
    editor has looked at, which then fail no --fail-on check.

    INPUT: as for analyze.  With --baseline OLD, the entries of OLD are kept
    (with their comments) and the new findings added after them.
    """
    o = _run_options(kw, fmt=Format.json, quiet=True)

    def body() -> int:
        from .cache import ParseCache
        docs = _documents(kw["inputs"] or ["-"], o)
        cache = None if o.no_cache else ParseCache(o.cache_dir)
        report = _report([d.text for d in docs], [d.id for d in docs], _capped_jobs(o), cache, None)
        old = o.acknowledged.read_text(encoding="utf-8").splitlines() if o.acknowledged is not None else []
        known = _acknowledged(o.acknowledged)
        lines = [line for line in old if line.strip()]
        byid = {c.id: c for c in report.claims}
        for x in report.contradictions:
            if x.fingerprint not in known:
                known = known | {x.fingerprint}
                doc = byid[x.claims[0]].doc
                lines.append(f"{x.fingerprint}  # {x.kind}: {x.reason} ({_name(doc)})")
        _write("".join(line + "\n" for line in lines), o.output)
        if not kw["quiet"]:
            sys.stderr.write(f"claimcheck: {sum(1 for x in lines if not x.startswith('#'))} fingerprint(s) "
                             f"in the baseline{'' if o.output is None else ' ' + str(o.output)}\n")
        return 0
    raise typer.Exit(_run(body) or 0)


ViewFormatOpt = Annotated[Format, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")]


def _archive_view(spec: Optional[str], fmt: Format, read, lines, status=lambda data: 0) -> None:
    """Open the archive, read something from it, show it as lines or JSON."""
    def body() -> int:
        from . import archive as arc
        with arc.Archive(spec) as a:
            data = read(a)
        out = json.dumps(data, ensure_ascii=False, indent=1) if fmt == Format.json else "\n".join(lines(data))
        if out:
            typer.echo(out)
        return status(data)
    raise typer.Exit(_run(body) or 0)


@archive_app.command("list")
def archive_list(archive: ArchiveOpt = None, fmt: ViewFormatOpt = Format.table):
    """The archived documents: id, date, outlet, claims, name."""
    _archive_view(archive, fmt, lambda a: [vars(d) for d in a.documents()],
                  lambda docs: [f"{d['id']:>6}  {d['date'] or '-':10}  {d['outlet'] or '-':12}  "
                                f"{d['claims']:>4} claims  {d['name']}" for d in docs])


@archive_app.command("remove")
def archive_remove(ids: Annotated[list[int], typer.Argument(metavar="ID", hidden=True)],
                   archive: ArchiveOpt = None):
    """Remove documents and their claims from the archive.

    ID: the archive ids of the documents (claimcheck archive list).
    """
    def body() -> int:
        from . import archive as arc
        with arc.Archive(archive) as a:
            unknown = sorted(set(ids) - {d.id for d in a.documents()})
            if unknown:                 # nothing removed: the command is all or nothing
                raise ClaimcheckError(f"the archive holds no document {', '.join(map(str, unknown))}: "
                                      "nothing removed (claimcheck archive list shows the ids)")
            n = a.remove(ids)
        typer.echo(f"removed {n} document(s)")
        return 0
    raise typer.Exit(_run(body) or 0)


@archive_app.command("stats")
def archive_stats(archive: ArchiveOpt = None, fmt: ViewFormatOpt = Format.table):
    """What the archive holds, and whether it is sound (exit 2 when it is not)."""
    _archive_view(archive, fmt, lambda a: {**a.stats(), "problems": a.integrity()},
                  lambda st: [f"{k:15} {v}" for k, v in st.items()],
                  lambda st: 2 if st["problems"] else 0)


@app.command(epilog='Examples:\n\n  claimcheck compare "ارتفاع أسعار النفط" "انخفاض أسعار النفط"\n\n'
                    "  claimcheck compare --pairs pairs.csv --format jsonl")
def compare(
    a: Optional[str] = typer.Argument(None, metavar="A", hidden=True),
    b: Optional[str] = typer.Argument(None, metavar="B", hidden=True),
    pairs: Optional[Path] = typer.Option(
        None, "--pairs", metavar="FILE", help="CSV with a header row; the first two columns are compared row by row."),
    fmt: Format = typer.Option(Format.jsonl, "--format", "-f", metavar="FORMAT",
                               help="jsonl (default), json, table, csv or markdown."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE",
                                          help="Write to FILE instead of stdout."),
    config: list[Path] = typer.Option([], "--config", metavar="FILE", help="YAML file extending the lexicons."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", metavar="WHAT",
                                             help="Exit 1 when a pair contradicts (contradiction or any)."),
    encoding: str = typer.Option("auto", "--encoding", metavar="NAME", help="Encoding of the --pairs file."),
):
    """Relation of two claims: agree, contradict or unrelated, with a score and reasons.

    A and B: the two texts (or give --pairs FILE.csv).
    """
    code = _run(lambda: _compare(a, b, pairs, fmt, output, config, fail_on, encoding))
    raise typer.Exit(code or 0)


@models_app.command("list", epilog="Example:\n\n  claimcheck models list --format json")
def models_list(fmt: Format = typer.Option(Format.table, "--format", "-f", metavar="FORMAT", help="table or json.")):
    """Show the model sets claimcheck can use and where their files are."""
    def body():
        import json

        from .models import list_models
        sets = list_models()
        if fmt == Format.json:
            _write(json.dumps(sets, ensure_ascii=False, indent=1) + "\n", None)
            return 0
        for s in sets:
            state = "installed" if s.get("installed") else "not installed"
            typer.echo(f"{s['name']}: {state} ({s['dir']})")
            for proc, path in s.get("processors", {}).items():
                typer.echo(f"  {proc:<9} {path}")
            if s.get("scores"):
                sc = s["scores"]
                typer.echo("  held-out scores: " + ", ".join(f"{k} {v}" for k, v in sc.items()))
            if s.get("note"):
                typer.echo(f"  {s['note']}")
        return 0
    raise typer.Exit(_run(body) or 0)


@models_app.command("download", epilog="Example:\n\n  claimcheck models download")
def models_download():
    """Download Stanza's official Arabic models (needs network; the embedded models need none)."""
    def body():
        from .models import download_official
        ms = download_official()
        typer.echo(f"official Arabic models installed in {ms.dir}")
        return 0
    raise typer.Exit(_run(body) or 0)


@cache_app.command("clear", epilog="Example:\n\n  claimcheck cache clear --cache-dir /tmp/cc")
def cache_clear(cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", metavar="DIR", help="Cache folder.")):
    """Delete every cached parse."""
    def body():
        from .cache import ParseCache
        c = ParseCache(cache_dir)
        try:
            n = c.clear()
        except OSError as e:
            raise ClaimcheckError(f"cannot remove the cached parses in {c.root}: {e.strerror or e}") from None
        typer.echo(f"removed {n} cached parse(s) from {c.root}")
        return 0
    raise typer.Exit(_run(body) or 0)


def run() -> None:
    """Console-script entry point: the exit-status contract around the app,
    usage errors in one sentence, output always UTF-8."""
    try:
        from typer._click import exceptions as click  # typer 0.2x carries its own click
    except ImportError:  # pragma: no cover - typer on click
        from click import exceptions as click  # type: ignore[no-redef]

    _utf8_streams()
    import signal
    with contextlib.suppress(ValueError):       # not the main thread: leave signals alone
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        rc = app(prog_name="claimcheck", standalone_mode=False)
    except click.NoArgsIsHelpError as e:
        e.show()                              # the help, as with no arguments before
        rc = e.exit_code
    except click.UsageError as e:
        command = e.ctx.command_path if e.ctx is not None else "claimcheck"
        _err(f"{_sentence(e.format_message())} (see '{command} -h')")
        rc = 2
    except click.ClickException as e:         # pragma: no cover - raised by click only for usage
        _err(_sentence(e.format_message()))
        rc = e.exit_code
    except typer.Abort:
        _err("interrupted")
        rc = 130
    except Terminated:
        _err("terminated")
        rc = 143
    except BrokenPipeError:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError:
            pass
        rc = 0
    sys.exit(rc if isinstance(rc, int) else 0)


def _sentence(msg: str) -> str:
    """Click's message as one line: "Invalid value for '--format' / '-f': ..."."""
    msg = " ".join(msg.split()).replace("Value error, ", "")
    return msg[:1].lower() + msg[1:] if msg[:2] != msg[:2].upper() else msg


def _utf8_streams() -> None:
    """Arabic reports are UTF-8 whatever the locale says (LANG=C, a latin-1
    PYTHONIOENCODING): a report that cannot be encoded is no report."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if stream is not None and enc not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(encoding="utf-8", errors=errors)
