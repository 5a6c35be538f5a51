"""Whatever a newsroom has: encodings, odd text, binary files, sizes."""
import json

import pytest
from typer.testing import CliRunner

from claimcheck.arabic import fold, numbers
from claimcheck.cli import app

runner = CliRunner()
TEXT = "نفت الوزارة أن يكون المعبر قد أغلق أمام الشاحنات.\nوقال المتحدث إن المعبر يعمل.\n"


def analyze(path, *extra):
    r = runner.invoke(app, ["analyze", "--format", "json", *extra, str(path)])
    return r, (json.loads(r.stdout) if r.exit_code in (0, 1) and r.stdout.strip() else None)


def assert_offsets(rep, text):
    for c in rep["claims"]:
        for k in ("cue", "source", "content"):
            if c[k]:
                assert text[c[k]["start"]:c[k]["end"]] == c[k]["text"]


@pytest.mark.slow
@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "windows-1256", "iso-8859-6"])
def test_encodings_auto_detected(tmp_path, enc):
    text = TEXT if enc != "iso-8859-6" else TEXT.replace("گ", "")
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(enc))
    r, rep = analyze(p)
    assert r.exit_code == 0, r.stderr
    assert [c["cue"]["text"] for c in rep["claims"]] == ["نفت", "وقال"]
    assert_offsets(rep, text)   # offsets refer to the decoded text, BOM removed


@pytest.mark.slow
def test_explicit_encoding_and_undecodable_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("windows-1256"))
    r, rep = analyze(p, "--encoding", "windows-1256")
    assert r.exit_code == 0 and rep["claims"]
    r, _ = analyze(p, "--encoding", "utf-8")
    assert r.exit_code == 2
    assert "a.txt: not valid UTF-8 at byte 0" in r.stderr


def test_binary_file_refused_by_name(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r, _ = analyze(p)
    assert r.exit_code == 2 and "photo.txt: looks like a binary file" in r.stderr


def test_empty_and_whitespace_input(tmp_path):
    for content in ("", "   \n\n \t\n"):
        p = tmp_path / "empty.txt"
        p.write_text(content, encoding="utf-8")
        r, rep = analyze(p)
        assert r.exit_code == 0
        assert rep["claims"] == [] and rep["documents"][0]["sentences"] == 0
        assert "empty" in r.stderr


@pytest.mark.slow
def test_text_without_arabic_warns(tmp_path):
    p = tmp_path / "en.txt"
    p.write_text("The minister said the road is closed.\n", encoding="utf-8")
    r, rep = analyze(p)
    assert r.exit_code == 0 and rep["claims"] == []
    assert "no Arabic" in r.stderr


@pytest.mark.slow
def test_diacritics_tatweel_mixed_and_crlf(tmp_path):
    text = ("نَفَى الوزيرُ سامر خليل (Samer Khalil) أنْ تكونَ الحكومةُ قد رفعت أسعار الوقود.\r\n"
            "وقـــال المتحدث إن الأسعار ثابتة منذ 2019.\r\n")
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("utf-8"))
    r, rep = analyze(p)
    assert r.exit_code == 0
    cues = [c["cue"]["text"] for c in rep["claims"]]
    assert cues == ["نَفَى", "وقـــال"], "matching is normalised, spans keep the original characters"
    assert rep["claims"][0]["stance"] == "deny"
    assert_offsets(rep, text)


@pytest.mark.slow
def test_presentation_forms(tmp_path):
    import unicodedata
    # "قال" written with Arabic presentation forms (U+FB50-U+FEFF)
    qal = "\ufed7\ufe8e\ufedd"
    assert unicodedata.normalize("NFKC", qal) == "قال"
    text = f"{qal} الوزير إن الطريق مغلق.\n"
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    r, rep = analyze(p)
    assert r.exit_code == 0
    assert rep["claims"] and rep["claims"][0]["cue"]["text"] == qal
    assert_offsets(rep, text)


def test_eastern_arabic_digits_are_numbers():
    assert numbers("قتل ٣٠٠ شخص") == [300.0]
    assert numbers("5 آلاف مسلح") == [5000.0]
    assert fold("٣٠٠") == "300"


def test_max_chars_guard(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT * 10, encoding="utf-8")
    r, _ = analyze(p, "--max-chars", "100")
    assert r.exit_code == 2 and "--max-chars" in r.stderr


@pytest.mark.slow
def test_very_long_line(tmp_path):
    line = " ".join(["قال الوزير إن الطريق مغلق منذ الصباح بسبب الأمطار الغزيرة."] * 200)
    p = tmp_path / "long.txt"
    p.write_text(line, encoding="utf-8")
    r, rep = analyze(p)
    assert r.exit_code == 0
    assert len(rep["claims"]) >= 150
    assert_offsets(rep, line)


@pytest.mark.slow
def test_eastern_digits_conflict_through_the_cli(tmp_path):
    text = ("قالت وزارة الصحة إن عدد القتلى في الحادث بلغ ٣٠٠ شخص.\n"
            "وقالت منظمة الإغاثة إن عدد القتلى في الحادث بلغ 120 شخصا.\n")
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    r, rep = analyze(p)
    kinds = [x["kind"] for x in rep["contradictions"]]
    assert kinds == ["numeric"], rep["contradictions"]


@pytest.mark.slow
def test_progress_is_reported_for_all_text():
    from claimcheck import analyze as lib
    seen = []
    text = "قال الوزير إن الطريق مغلق.\n" * 50
    lib(text, progress=seen.append)
    assert sum(seen) == len(text)
