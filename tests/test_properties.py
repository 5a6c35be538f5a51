"""Property-based tests (hypothesis): never an exception, offsets inside the
text and round-tripping, deterministic output."""
import json
import os
import random
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.arabic import fold, numbers, root, strip_proclitics
from claimcheck.extract import Extractor, tokens
from claimcheck.lexicon import default_lexicon
from claimcheck.parse import paragraphs
from claimcheck.types import ParsedDoc, Sentence, Word

LEX = default_lexicon()
CUES = ["قال", "وقالت", "نفى", "نفت", "أكد", "أكدت", "مؤكدا", "موضحة", "بحسب", "ووفق", "نقلت", "كشفت",
        "أعلن", "زعم", "نقلا عن", "قوله", "يذكر", "تحدثت", "وأضاف", "نافيا"]
WORDS = ["الوزير", "وزارة", "الصحة", "أن", "إن", "أنه", "لم", "لا", "غير", "صحيحة", "الأنباء", "التي", "عن",
         "كانت", "قد", "مصادر", "رويترز", "حلب", "الاتفاق", "300", "٣٠٠", "آلاف", "في", "على", "إلى", "شخص",
         "ـــ", "،", ".", ":", '"', "«", "»", "(", ")", "\n", "\r\n", "ﻻ", "ﷲ", "Samer", "2019", "؟", "َ", "ّ"]
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ًٌٍَُِّْـ"
arabic_like = st.lists(st.sampled_from(CUES + WORDS) | st.text(alphabet=LETTERS, max_size=8),
                       max_size=30).map(lambda ws: " ".join(ws))
any_text = st.text(max_size=200)

FAST = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text)
def test_normaliser_never_fails(s):
    f = fold(s)
    assert isinstance(f, str)
    assert fold(f) == f, "folding is idempotent"
    numbers(s)
    for w in s.split():
        strip_proclitics(fold(w))
        root(fold(w))


@FAST
@given(arabic_like | any_text)
def test_paragraphs_round_trip(s):
    for off, p in paragraphs(s):
        assert s[off:off + len(p)] == p and p.strip()


def _fake_parse(text: str) -> ParsedDoc:
    """A parse without Stanza (whitespace words, every word a NOUN): the cue
    matcher and extractor must hold up on any parse, good or bad."""
    import re
    sents, cur = [], []
    for m in re.finditer(r"\S+", text):
        cur.append(Word(id=len(cur) + 1, text=m.group(0), lemma=m.group(0), upos="NOUN", feats="",
                        head=0 if not cur else 1, deprel="root" if not cur else "dep", start=m.start(), end=m.end()))
        if m.group(0).endswith((".", "؟", "\n")):
            sents.append(Sentence(cur, cur[0].start, cur[-1].end))
            cur = []
    if cur:
        sents.append(Sentence(cur, cur[0].start, cur[-1].end))
    return ParsedDoc(text, sents)


@FAST
@given(arabic_like)
def test_cue_matcher_and_extractor_on_any_parse(s):
    doc = _fake_parse(s)
    ex = Extractor(LEX)
    toks = tokens(doc)
    for t in toks:
        assert s[t.start:t.end] == t.text
    for k in range(len(toks)):
        ex.find_cue(toks, k)
    claims = ex.extract(doc, "x", "d0:")
    for c in claims:
        for span in (c.cue.span, c.source, c.content):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(s)
                assert s[span.start:span.end] == span.text
        assert c.stance in ("assert", "deny")
    again = ex.extract(_fake_parse(s), "x", "d0:")
    assert [c.to_dict() for c in again] == [c.to_dict() for c in claims]


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_like)
def test_whole_analysis_with_stanza(s):
    from claimcheck import analyze
    from claimcheck.report import to_json
    rep = analyze(s)
    for c in rep.claims:
        for span in (c.cue.span, c.source, c.content):
            if span is not None:
                assert s[span.start:span.end] == span.text
    ids = {c.id for c in rep.claims}
    assert all(set(x.claims) <= ids for x in rep.contradictions)
    assert to_json(analyze(s)) == to_json(rep), "deterministic"


OPTIONS = [["--format", "json"], ["--format", "jsonl"], ["--format", "csv"], ["--format", "markdown"],
           ["--format", "table"], ["--per-document"], ["--encoding", "utf-8"], ["--encoding", "windows-1256"],
           ["--encoding", "iso-8859-6"], ["--encoding", "klingon"], ["--bidi", "visual"], ["--bidi", "logical"],
           ["--fail-on", "any"], ["--max-chars", "50"], ["--max-chars", "0"],
           ["--jobs", "0"], ["--quiet"], ["--no-cache"], ["-o", "OUT/report.json"], ["-o", "OUT"],
           ["--config", "OUT/none.yaml"], ["--device", "cpu"]]
ANALYZE_ONLY = [["--min-score", "0.5"], ["--min-score", "nan"], ["--min-score", "-1"], ["--acknowledged", "INPUT"],
                ["--fail-on", "contradiction"]]


def _snapshot(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".venv", "__pycache__", ".pytest_cache",
                                                        ".hypothesis", ".mypy_cache", ".ruff_cache", "build")]
        for f in filenames:
            p = os.path.join(dirpath, f)
            st_ = os.lstat(p)
            out[p] = (st_.st_size, st_.st_mtime_ns)
    return out


@pytest.mark.slow
def test_cli_fuzz_on_random_bytes_encodings_and_options(tmp_path):
    """Random bytes in random encodings through the real CLI with random
    options, a fixed seed and a time bound: every run ends with 0, 1 or 2 and
    never a traceback or exit 3, an error is one line, and no file outside the
    run's own folder changes (the cache and home are inside it too)."""
    rng = random.Random(1234)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    before = _snapshot(repo)
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    deadline = time.monotonic() + 240
    runs = 0
    while runs < 16 and time.monotonic() < deadline:
        size = rng.choice([0, 1, 10, 200, 2000])
        words = "".join(rng.choice(CUES + WORDS + [" "]) for _ in range(size // 4))
        kind = runs % 4
        if kind == 0:
            data = bytes(rng.randrange(256) for _ in range(size))
        elif kind == 1:
            data = words.encode("utf-8")
            data = data[: max(0, len(data) - rng.randrange(3))]    # maybe a cut UTF-8 sequence
        elif kind == 2:
            data = words.encode(rng.choice(["cp1256", "iso-8859-6"]), "ignore")
        else:
            data = words.encode(rng.choice(["utf-16", "utf-8-sig", "utf-16-le"]))
        out = tmp_path / f"out{runs}"
        p = tmp_path / f"f{runs}.txt"
        p.write_bytes(data)
        command = rng.choice(["analyze", "analyze", "claims"])
        choices = OPTIONS + (ANALYZE_ONLY if command == "analyze" else []) + ([["--nope"]] if runs % 7 == 6 else [])
        opts = [x.replace("OUT", str(out)).replace("INPUT", str(p))
                for o in rng.sample(choices, rng.randrange(4)) for x in o]
        r = subprocess.run([sys.executable, "-m", "claimcheck", command, *opts, str(p)], cwd=tmp_path, env=env,
                           capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120)
        runs += 1
        assert r.returncode in (0, 1, 2), (opts, r.stderr)
        assert "Traceback" not in r.stderr, (opts, r.stderr)
        errors = [line for line in r.stderr.splitlines() if line.startswith("claimcheck: error:")]
        if r.returncode == 2:
            assert len(errors) == 1 and len(r.stderr.strip().splitlines()) == 1 + r.stderr.count("warning:"), \
                (opts, r.stderr)
        if r.returncode == 0 and "json" in opts and "-o" not in opts and "--quiet" not in opts:
            json.loads(r.stdout)
    assert runs >= 8
    assert _snapshot(repo) == before, "a file outside the run's folder changed"


@pytest.mark.slow
def test_same_output_whatever_the_hash_seed(tmp_path):
    """Sets iterate in a different order in every Python process; no result may
    depend on it (root choice once did)."""
    art = tmp_path / "a.txt"
    art.write_text("نفت الوزارة أن يكون المعبر قد أغلق أمام الشاحنات.\n"
                   "وكانت صحيفة المساء قد نقلت عن مصادر أن المعبر أغلق أمام الشاحنات وأن الاستعداد في أهبة قصوى.\n",
                   encoding="utf-8")
    outs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        a = subprocess.run([sys.executable, "-m", "claimcheck", "analyze", "--format", "json", str(art)],
                           capture_output=True, text=True, env=env, timeout=300)
        b = subprocess.run([sys.executable, "-m", "claimcheck", "compare", "العبادي يضع قوات الجيش في حالة تأهب قصوى",
                            "الجيش على أهبة الاستعداد"], capture_output=True, text=True, env=env, timeout=60)
        outs.append((a.stdout, b.stdout))
    assert outs[0] == outs[1] == outs[2]
