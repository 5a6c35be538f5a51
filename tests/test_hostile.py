"""Hostile input, output and signals: one test for each case of the red-team
report (nothing lost, nothing bypassed).  Cases with a test elsewhere are
listed in CASES and checked to exist; the others are tested here.  Fast
unless marked slow: Stanza is replaced by a whitespace parse where a parse is
needed."""
from __future__ import annotations

import importlib
import json
import math
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fakes import ARTICLE, fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck import analyze
from claimcheck.cli import app

runner = CliRunner()
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_2682ec0bd473ef9d.txt"

# case -> the tests that hold it ("module::name"; "here" for this module)
CASES = {
    1: ["test_output_safety::test_a_device_is_written_into_not_replaced",
        "here::test_a_report_written_to_dev_stdout_reaches_the_pipe",
        "test_output_safety::test_a_full_or_closed_standard_output_or_input_is_an_environment_error"],
    2: ["test_output_safety::test_a_link_at_the_old_temporary_name_is_left_alone"],
    3: ["test_output_safety::test_cache_clear_removes_only_its_own_files",
        "test_output_safety::test_cache_clear_that_cannot_remove_says_so"],
    4: ["test_output_safety::test_output_naming_an_input_is_refused",
        "here::test_a_txt_report_is_not_written_into_an_input_folder"],
    5: ["test_textio::test_a_damaged_utf8_file_is_read_as_utf8_with_a_note",
        "here::test_strict_encoding_refuses_damaged_utf8"],
    6: ["test_stages::test_a_denial_is_compared_with_every_copy_of_a_report",
        "here::test_pairs_left_out_by_blocking_are_counted_in_a_warning"],
    7: ["test_stages::test_an_invisible_character_inside_a_cue_hides_nothing"],
    8: ["test_output_safety::test_one_file_by_two_paths_or_two_copies_is_analysed_once"],
    9: ["test_config::test_an_alias_bomb_is_refused_at_once"],
    10: ["test_output_safety::test_a_fifo_or_device_is_refused_and_an_endless_stdin_stops",
         "here::test_a_large_file_is_refused_while_it_is_read"],
    11: ["here::test_signals_stop_the_workers_and_set_the_status"],
    12: ["here::test_a_long_line_reaches_stanza_in_sentence_sized_pieces"],
    13: ["test_output_safety::test_jobs_beyond_the_cores_are_capped_with_a_note",
         "here::test_jobs_are_capped_by_free_memory_too"],
    14: ["here::test_compare_costs_about_the_length_of_its_texts"],
    15: ["test_output_safety::test_a_fifo_or_device_is_refused_and_an_endless_stdin_stops",
          "here::test_a_cache_entry_that_inflates_too_far_is_refused"],
    16: ["test_cli::test_closed_pipe_in_table_format_keeps_status_zero"],
    17: ["test_output_safety::test_a_cue_field_of_the_wrong_shape_is_a_config_error",
         "here::test_a_malformed_resources_file_is_a_model_error",
         "here::test_a_long_csv_field_is_read_and_bad_csv_is_a_usage_error",
         "here::test_output_is_utf8_whatever_the_locale"],
    18: ["here::test_usage_errors_are_one_sentence",
         "here::test_missing_paths_say_why",
         "here::test_an_unreadable_model_file_is_named_in_one_sentence"],
    19: ["test_output_safety::test_quiet_still_writes_the_file_asked_for",
          "test_output_safety::test_the_report_keeps_the_mode_of_the_file_it_replaces",
          "here::test_a_long_output_name_and_a_failed_write_leave_nothing_behind",
          "here::test_two_runs_writing_one_report_both_succeed"],
    20: ["test_output_safety::test_bad_option_values_are_usage_errors",
         "here::test_api_arguments_are_checked",
         "here::test_a_lone_surrogate_is_replaced_not_a_crash",
         "here::test_a_user_model_folder_is_never_written_to"],
    21: ["test_output_safety::test_hidden_files_in_a_folder_are_left_out"],
}


def test_every_case_has_a_test():
    assert sorted(CASES) == list(range(1, 22))
    here = sys.modules[__name__]
    for case, tests in CASES.items():
        for ref in tests:
            module, name = ref.split("::")
            mod = here if module == "here" else importlib.import_module(module)
            assert callable(getattr(mod, name, None)), f"case {case}: {ref} is missing"


def _cli(*args, env=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})}, **kw)


def _one_sentence(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("claimcheck: error: "), stderr
    assert "Traceback" not in stderr


# ---- 4: a report where the next run would read it -------------------------

def test_a_txt_report_is_not_written_into_an_input_folder(article):
    folder = article.parent
    r = runner.invoke(app, ["analyze", "--no-cache", str(folder), "-o", str(folder / "report.txt")])
    assert r.exit_code == 2 and "would read the report as an article" in r.stderr
    assert not (folder / "report.txt").exists()
    r = runner.invoke(app, ["analyze", "--no-cache", str(folder), "-o", str(folder / "report.md")])
    assert r.exit_code == 0 and (folder / "report.md").exists()


# ---- 5, 13: encodings and jobs ----------------------------------------------

def test_strict_encoding_refuses_damaged_utf8(article):
    data = article.read_bytes()
    article.write_bytes(data[:20] + b"\xff" + data[20:])
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", str(article)])
    assert r.exit_code == 0 and "invalid byte sequence(s) replaced, the first at byte 20" in r.stderr
    r = runner.invoke(app, ["analyze", "--no-cache", "--strict-encoding", str(article)])
    assert r.exit_code == 2 and "not valid UTF-8 at byte 20" in r.stderr and "--strict-encoding" in r.stderr


def test_jobs_are_capped_by_free_memory_too(article, monkeypatch):
    import claimcheck.cli as cli
    monkeypatch.setattr(cli, "_free_gib", lambda: 1.2)        # room for two parsing processes
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 16)
    o = cli._capped_jobs(cli.RunOptions(jobs=8, quiet=True))
    assert o.jobs == 2
    assert cli._capped_jobs(cli.RunOptions(jobs=2, quiet=True)).jobs == 2
    monkeypatch.setattr(cli, "_free_gib", lambda: None)       # unknown: the cores decide
    assert cli._capped_jobs(cli.RunOptions(jobs=8, quiet=True)).jobs == 8


# ---- 6: blocking never drops pairs silently --------------------------------

def test_pairs_left_out_by_blocking_are_counted_in_a_warning(monkeypatch):
    from claimcheck import pairs
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    monkeypatch.setattr(pairs, "WITHIN_DOC", 4)           # a large run in miniature
    texts = [ARTICLE, "قال المتحدث إن الأمطار غزيرة في الشمال.\n", "أعلنت الشركة أن أرباحها قياسية هذا العام.\n",
             "أكد المدرب أن الفريق جاهز للمباراة.\n"]
    report = analyze(texts)
    n = len(report.claims)
    assert n > 4
    warning = [w for w in report.warnings if "were not compared" in w]
    assert warning and f"of {n * (n - 1) // 2:,} pairs" in warning[0]
    monkeypatch.setattr(pairs, "WITHIN_DOC", 300)
    assert not [w for w in analyze(texts).warnings if "were not compared" in w]


def test_a_batch_of_many_documents_compares_across_them_only_what_shares_words(monkeypatch):
    from claimcheck import pairs
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    subjects = ["الأمطار", "الأسعار", "المباراة", "الانتخابات", "الطائرة", "المصنع", "الجسر", "المدرسة",
                "الميناء", "المستشفى", "السوق", "القطار"]
    texts = [f"قال المتحدث إن {w} في الشمال.\n" for w in subjects]
    few = analyze(texts[:pairs.FEW_DOCUMENTS])
    assert not [w for w in few.warnings if "were not compared" in w]
    many = analyze(texts)
    assert [w for w in many.warnings if f"{len(many.claims)} claims in {len(texts)} documents" in w
            and "were not compared" in w]


# ---- 10: reading stops at --max-chars --------------------------------------

def test_a_large_file_is_refused_while_it_is_read(tmp_path, monkeypatch):
    from claimcheck import textio
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5_000_000)
    read = []
    real = textio._read_bounded
    monkeypatch.setattr(textio, "_read_bounded", lambda f, name, limit: read.append(limit) or real(f, name, limit))
    with pytest.raises(textio.InputError, match="more than --max-chars 1,000"):
        textio.read(str(big), max_chars=1000)
    assert read == [1000]


# ---- 11: SIGINT and SIGTERM stop the workers at once ------------------------

@pytest.mark.slow
def test_signals_stop_the_workers_and_set_the_status(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for k in range(24):                     # parsing them takes far longer than the wait below
        (folder / f"{k}.txt").write_text(text + f"\nقال المتحدث إن الاجتماع رقم {k} انتهى.\n", encoding="utf-8")
    for sig, status, word in ((signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")):
        p = subprocess.Popen([sys.executable, "-m", "claimcheck", "analyze", "--no-cache", "--jobs", "2", "-q",
                              str(folder)], stderr=subprocess.PIPE, text=True, start_new_session=True,
                             env={**os.environ, "PYTHONFAULTHANDLER": "1"},   # SIGABRT: where it was stuck
                             # a suite started in the background by a shell ignores SIGINT, and so, as it
                             # should, does every program it starts: this one is a foreground run
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.time() + 60
        kids: list[str] = []
        while time.time() < deadline and len(kids) < 3:        # the resource tracker and two workers
            time.sleep(0.5)
            kids = subprocess.run(["pgrep", "-P", str(p.pid)], capture_output=True, text=True).stdout.split()
        time.sleep(3)                                          # the workers are parsing now
        assert p.poll() is None, "the run ended before the signal: give it more documents"
        masks = open(f"/proc/{p.pid}/status").read()
        masks = " ".join(x for x in masks.splitlines() if x.startswith(("SigBlk", "SigIgn", "SigCgt", "Threads")))
        p.send_signal(sig)
        try:
            err = p.communicate(timeout=10)[1]
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGABRT)
            where = p.communicate(timeout=60)[1][:4000]
            pytest.fail(f"the run did not stop within 10 s of {sig!r} ({masks}):\n{where}")
        assert p.returncode == status and err.strip() == f"claimcheck: error: {word}", err
        time.sleep(2)
        assert not [k for k in kids if os.path.exists(f"/proc/{k}")], "a worker outlived the run"


class _DiesOnArrival:
    """Unpickled in a worker, it ends that process at once: a worker killed
    (by the kernel's OOM killer, say) before it sends its documents back."""
    def __reduce__(self):
        return (os._exit, (7,))


def test_a_worker_that_dies_is_one_sentence_not_a_hang():
    from claimcheck.errors import ClaimcheckError
    from claimcheck.models import ModelSet
    from claimcheck.parse import _parallel
    models = ModelSet(name="embedded", dir=Path("nowhere"))
    with pytest.raises(ClaimcheckError, match=r"parsing process stopped .*exit status 7"):
        _parallel(["نص أول.", "نص ثان."], models, 2, None, _DiesOnArrival(), "cpu")


# ---- 12: long lines --------------------------------------------------------

def test_a_long_line_reaches_stanza_in_sentence_sized_pieces():
    from claimcheck.parse import MAX_PARAGRAPH, paragraphs
    line = "قال الوزير إن النمو بلغ 3.5 في المئة هذا العام. " * 2000       # 100,000 characters, no line break
    pieces = paragraphs(line)
    assert all(len(p) <= MAX_PARAGRAPH for _, p in pieces)
    assert "".join(p for _, p in pieces) == line and all(line[o:o + len(p)] == p for o, p in pieces)
    assert all(p.rstrip().endswith(".") and not p.endswith("3.") for _, p in pieces)


# ---- 14: compare on long texts -----------------------------------------------

def test_compare_costs_about_the_length_of_its_texts(monkeypatch):
    from claimcheck import compare
    from claimcheck.lexicon import default_lexicon
    lex = default_lexicon()
    words = [f"كلمة{chr(0x0628 + k % 20)}{chr(0x0628 + k // 20 % 20)}" for k in range(4000)]
    a = " ".join(words)
    b = " ".join(reversed(words))
    start = time.perf_counter()
    compare.compare_texts(a, b, lex)
    assert time.perf_counter() - start < 20        # all pairs: 16 million word pairs, minutes
    # texts of claim size compare every pair, and the index finds the same matches
    x, y = "نفت الوزارة أن يكون الوزير قد استقال من منصبه أمس", "الوزير استقال من منصبه صباح أمس كما قالت مصادر"
    full = compare.compare_texts(x, y, lex)
    monkeypatch.setattr(compare, "ALL_PAIRS", 0)
    indexed = compare.compare_texts(x, y, lex)
    assert (indexed.relation, indexed.similarity) == (full.relation, full.similarity)


# ---- 15: a crafted cache entry ----------------------------------------------

def test_a_cache_entry_that_inflates_too_far_is_refused(tmp_path):
    import zlib

    from claimcheck.cache import ParseCache
    c = ParseCache(tmp_path)
    text = "نفى الوزير ذلك."
    path = c._path(c.key(text, "m"))
    path.parent.mkdir(parents=True)
    path.write_bytes(zlib.compress(b" " * 50_000_000, 9))      # 50 MB from some 50 KB
    assert c.get(text, "m") is None
    assert c.warnings == [f"ignored a corrupt cache entry {path}"]
    assert not path.exists()


# ---- 17: environment errors are exit 2 (or no error) -------------------------

def test_a_malformed_resources_file_is_a_model_error(tmp_path):
    from claimcheck.errors import ModelError
    from claimcheck.models import official
    for content in ("{bad", "[1]", '{"ar": 5}', '{"ar": {"default_processors": []}}'):
        (tmp_path / "resources.json").write_text(content, encoding="utf-8")
        with pytest.raises(ModelError, match="unreadable or corrupt"):
            official(tmp_path)
    r = _cli("models", "list", env={"STANZA_RESOURCES_DIR": str(tmp_path)})
    assert r.returncode == 0 and "unreadable or corrupt" in r.stdout


def test_a_long_csv_field_is_read_and_bad_csv_is_a_usage_error(tmp_path):
    pairs = tmp_path / "pairs.csv"
    pairs.write_text('a,b\n"' + "ن" * 200_000 + '",نفى الوزير ذلك\n', encoding="utf-8")
    r = runner.invoke(app, ["compare", "--pairs", str(pairs)])
    assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["row"] == 0
    pairs.write_text('a,b\n"x"y"z,w\n', encoding="utf-8")
    r = runner.invoke(app, ["compare", "--pairs", str(pairs)])
    assert r.exit_code in (0, 2) and "Traceback" not in r.output


def test_output_is_utf8_whatever_the_locale():
    for env in ({"PYTHONIOENCODING": "latin-1"}, {"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"}):
        r = subprocess.run([sys.executable, "-m", "claimcheck", "compare", "ارتفاع أسعار النفط", "انخفاض أسعار النفط"],
                           capture_output=True, timeout=120, env={**os.environ, **env})
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout.decode("utf-8"))["relation"] == "contradict"


# ---- 18: one sentence ----------------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (["analyze", "--nope"], "no such option: --nope"),
    (["analyze", "--format", "xml", "x.txt"], "'xml' is not one of"),
    (["anlyze"], "no such command 'anlyze'"),
    (["analyze", "--jobs", "many", "x.txt"], "--jobs"),
])
def test_usage_errors_are_one_sentence(args, words):
    r = _cli(*args)
    assert r.returncode == 2
    _one_sentence(r.stderr)
    assert words in r.stderr and "-h')" in r.stderr


def test_missing_paths_say_why(tmp_path):
    from claimcheck.textio import InputError, expand, read
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling").symlink_to(tmp_path / "nothing")
    (tmp_path / "file.txt").write_text("نص", encoding="utf-8")
    for name, why in (("loop", "loops back on itself"), ("dangling", "to something that does not exist"),
                      ("file.txt/x.txt", "a part of the path is a file"), ("none.txt", "no such file or folder")):
        for fn in (expand, lambda p: [read(x) for x in p]):
            with pytest.raises(InputError, match=why):
                fn([str(tmp_path / name)])


@pytest.mark.slow
def test_an_unreadable_model_file_is_named_in_one_sentence(tmp_path):
    from claimcheck.models import EMBEDDED_DIR
    for f in EMBEDDED_DIR.glob("*.pt"):
        (tmp_path / f.name).symlink_to(f)
    (tmp_path / "pos.pt").unlink()
    (tmp_path / "pos.pt").write_bytes(b"not a model")
    r = _cli("analyze", "--no-cache", "--models", str(tmp_path), str(SEED))
    assert r.returncode == 2
    _one_sentence(r.stderr)
    assert "pos.pt is not a model file this Stanza can read" in r.stderr


# ---- 19: writing the report -------------------------------------------------------

def test_a_long_output_name_and_a_failed_write_leave_nothing_behind(article, tmp_path, monkeypatch):
    import claimcheck.cli as cli
    arabic = tmp_path / ("ن" * 123 + ".json")       # 251 bytes, two a letter
    for out in (tmp_path / ("r" * 247 + ".json"), arabic):          # 252 bytes: legal
        r = runner.invoke(app, ["analyze", "--no-cache", str(article), "-f", "json", "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert json.loads(out.read_text(encoding="utf-8"))["claims"]
    arabic.unlink()
    assert sorted(os.listdir(tmp_path)) == sorted(["a.txt", "r" * 247 + ".json"])

    def full(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(cli.os, "fsync", full)
    r = runner.invoke(app, ["analyze", "--no-cache", str(article), "-f", "json", "-o", str(tmp_path / "new.json")])
    assert r.exit_code == 2 and "No space left on device" in r.stderr
    assert sorted(os.listdir(tmp_path)) == sorted(["a.txt", "r" * 247 + ".json"])


def test_two_runs_writing_one_report_both_succeed(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from claimcheck.cli import _replace
    out = tmp_path / "report.json"
    texts = [json.dumps({"run": k, "pad": "x" * 200_000}) for k in range(8)]
    with ThreadPoolExecutor(8) as ex:
        list(ex.map(lambda t: _replace([t], out), texts))
    assert out.read_text(encoding="utf-8") in texts
    assert os.listdir(tmp_path) == ["report.json"]


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="needs /dev/stdout")
def test_a_report_written_to_dev_stdout_reaches_the_pipe():
    r = subprocess.run(f"{sys.executable} -m claimcheck compare --format json -o /dev/stdout "
                       "'ارتفع النفط' 'انخفض النفط' | head -c 1",
                       shell=True, capture_output=True, text=True, timeout=120)
    assert r.stdout == "[" or r.stdout == "{"
    assert "error" not in r.stderr


# ---- 20: the API checks its arguments ------------------------------------------------

def test_api_arguments_are_checked(monkeypatch):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    for texts, kw, error, words in (
            (None, {}, TypeError, "not NoneType"),
            (b"\xd9\x86", {}, TypeError, "not bytes: decode them first"),
            ({"a": ARTICLE}, {}, TypeError, "not dict"),
            ([ARTICLE, 5], {}, TypeError, "text 1 is int"),
            ([ARTICLE], {"min_score": 5}, ValueError, "min_score must be a number between 0 and 1"),
            ([ARTICLE], {"min_score": math.nan}, ValueError, "min_score"),
            ([ARTICLE], {"jobs": 0}, ValueError, "jobs must be a whole number"),
            ([ARTICLE], {"jobs": 1.5}, ValueError, "jobs must be a whole number")):
        with pytest.raises(error, match=words):
            analyze(texts, **kw)
    from claimcheck.errors import ConfigError
    with pytest.raises(ConfigError, match="x.yaml"):        # one file, not x, ., y, a ...
        analyze(ARTICLE, config="x.yaml")
    assert analyze(ARTICLE).claims


def test_a_lone_surrogate_is_replaced_not_a_crash(tmp_path, monkeypatch):
    from claimcheck.cache import ParseCache
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    text = ARTICLE.replace("الحدودي", "الحدودي \udcff", 1)
    for _ in range(2):                                        # written to the cache, then read from it
        report = analyze(text, cache=ParseCache(tmp_path))
        assert report.documents[0].text == text.replace("\udcff", "\ufffd")
        assert [c.stance for c in report.claims] == ["deny", "assert"]


def test_a_user_model_folder_is_never_written_to(tmp_path):
    from claimcheck.models import ModelSet
    from claimcheck.parse import _resources
    folder = tmp_path / "models"
    folder.mkdir()
    paths = {p: folder / f"{p}.pt" for p in ("tokenize", "pos", "lemma", "depparse")}
    for f in paths.values():
        f.write_bytes(b"")
    for existing in (None, "{bad"):
        if existing is not None:
            (folder / "resources.json").write_text(existing, encoding="utf-8")
        before = {f.name: f.read_bytes() for f in folder.iterdir()}
        with _resources(ModelSet(str(folder), folder, paths)) as tmp:
            assert tmp is not None and not Path(tmp).is_relative_to(folder)
            procs = json.loads(Path(tmp, "resources.json").read_text(encoding="utf-8"))["ar"]["default_processors"]
            assert sorted(procs) == sorted(paths)
        assert not Path(tmp).exists()
        assert {f.name: f.read_bytes() for f in folder.iterdir()} == before
    (folder / "resources.json").write_text('{"ar": {}}', encoding="utf-8")     # a readable one is used as it is
    with _resources(ModelSet(str(folder), folder, paths)) as tmp:
        assert tmp is None


# ---- property: no pair depends on what else is in the run -----------------------------

EXTRA = ["قال المتحدث باسم الجمارك إن المعبر الحدودي مفتوح أمام الشاحنات منذ الصباح.",
         "أكدت وزارة الداخلية أن الشاحنات عبرت المعبر الحدودي دون تأخير.",
         "نفى المدرب أن يكون الفريق قد خسر المباراة بسبب الإرهاق.",
         "ذكرت صحيفة المساء أن أسعار الوقود ارتفعت في العاصمة.",
         "أعلنت الشركة أن أرباحها تراجعت هذا العام بنسبة عشرة في المئة.",
         "نقلت وكالة الأنباء عن مصادر أن المعبر أغلق ليلا أمام المسافرين.",
         "قال الوزير إن الحكومة لم ترفع أسعار الخبز.",
         "أفادت مصادر طبية بأن عدد المصابين بلغ ثلاثين شخصا."]


def _conflicts(report, ids):
    by_id = {c.id: c for c in report.claims}
    return sorted((x.fingerprint, x.kind, x.score, x.reason) for x in report.contradictions
                  if all(by_id[i].doc in ids for i in x.claims))


def test_contradictions_between_two_documents_do_not_depend_on_the_others(monkeypatch):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    first, second = ARTICLE.splitlines()
    alone = analyze([first, second], ids=["a", "b"])
    expected = _conflicts(alone, {"a", "b"})
    assert expected, "the two documents contradict each other"

    @settings(max_examples=40, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(st.sampled_from(EXTRA), max_size=8), st.integers(0, 8))
    def check(extra, where):
        texts = extra[:where] + [first] + extra[where:where] + [second] + extra[where:]
        ids = [f"x{k}" for k in range(len(texts))]
        ids[texts.index(first)], ids[texts.index(second)] = "a", "b"
        report = analyze(texts, ids=ids)
        assert _conflicts(report, {"a", "b"}) == expected
    check()
