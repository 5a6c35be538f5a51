"""Large inputs are processed segment by segment in bounded memory.

Stanza parses a few thousand words a second on two cores, so a 50 MB archive
takes hours; this test replaces the Stanza call with a fast whitespace parse
(everything else is the real pipeline: reading, segmenting, extraction,
topics, contradictions, JSON) and checks claimcheck's own memory.  The
default run uses 8 MB to keep the suite short; CLAIMCHECK_LARGE_MB=50 runs
the full 50 MB case (about ten minutes on two cores)."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from claimcheck.pipeline import segments

PARA = ("قال المتحدث باسم البلدية رقم {n} إن الطريق الساحلي سيغلق يومين للصيانة، "
        "ونفت الشركة المشغلة أن يكون الجسر رقم {n} قد تضرر من الأمطار الأخيرة.\n")


def test_segments_cover_the_text_at_paragraph_breaks():
    text = "".join(PARA.format(n=i) for i in range(3000))
    segs = segments(text, size=20_000)
    assert len(segs) > 10
    assert segs[0][0] == 0 and segs[-1][1] == len(text)
    for (a, b), (c, _) in zip(segs, segs[1:]):
        assert b == c and "\n" in text[b - 1:b + 1]
        assert b - a <= 20_000


@pytest.mark.slow
def test_large_input_in_bounded_memory(tmp_path):
    megabytes = int(os.environ.get("CLAIMCHECK_LARGE_MB", "8"))
    big = tmp_path / "archive.txt"
    with big.open("w", encoding="utf-8") as f:
        n, size = 0, 0
        while size < megabytes * 2**20:
            p = PARA.format(n=n)
            f.write(p)
            size += len(p.encode("utf-8"))
            n += 1
    code = textwrap.dedent(f"""
        import json, re, resource, sys
        import claimcheck.pipeline as P
        from claimcheck.types import ParsedDoc, Sentence, Word

        def fake_parse_many(texts, models, progress=None, jobs=1, **kw):
            out = []
            for t in texts:
                sents = []
                for m in re.finditer(r"[^\\n]+", t):
                    ws = [Word(i + 1, w.group(0), w.group(0), "NOUN", "", 0, "dep",
                               m.start() + w.start(), m.start() + w.end())
                          for i, w in enumerate(re.finditer(r"\\S+", m.group(0)))]
                    if ws:
                        sents.append(Sentence(ws, ws[0].start, ws[-1].end))
                out.append(ParsedDoc(t, sents))
                if progress:
                    progress(len(t))
            return out

        P.parse_many = fake_parse_many
        from claimcheck.cli import run
        sys.argv = ["claimcheck", "analyze", "--format", "jsonl", "--no-cache",
                    "--output", {str(tmp_path / 'out.jsonl')!r}, {str(big)!r}]
        try:
            run()
        except SystemExit as e:
            assert not e.code, e.code
        # VmHWM: this process's own high-water mark (ru_maxrss would carry the
        # forking parent's peak across exec on Linux)
        peak = next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:"))
        print(json.dumps({{"peak": peak}}))
        sys.stderr.write(f"peak {{peak / 2**20:.0f}} MiB\\n")
        """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1500)
    assert r.returncode == 0, r.stderr[-2000:]
    peak = json.loads(r.stdout.strip().splitlines()[-1])["peak"]
    print(f"\n{megabytes} MB: peak memory {peak / 2**30:.2f} GiB")
    assert peak < 2 * 2**30, f"peak memory {peak / 2**30:.2f} GiB"
    text = big.read_text(encoding="utf-8")
    with (tmp_path / "out.jsonl").open(encoding="utf-8") as f:
        first = json.loads(f.readline())
        last = None
        for line in f:
            last = line
    last = json.loads(last)
    for c in (first, last):
        assert text[c["cue"]["start"]:c["cue"]["end"]] == c["cue"]["text"]
        assert text[c["content"]["start"]:c["content"]["end"]] == c["content"]["text"]
    assert last["cue"]["start"] > len(text) - 1000
