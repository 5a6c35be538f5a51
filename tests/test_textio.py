"""Fast tests of the read stage (textio) on bytes and files written here."""
from __future__ import annotations

import io

import pytest

from claimcheck.errors import InputError
from claimcheck.textio import decode, expand, read

TEXT = "نفى الوزير أن الحكومة رفعت أسعار الخبز."


def test_utf8_with_and_without_bom():
    assert decode(TEXT.encode("utf-8"), "a") == (TEXT, "utf-8")
    assert decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "a") == (TEXT, "utf-8")


def test_legacy_arabic_encoding_is_detected():
    text, enc = decode(TEXT.encode("cp1256"), "a")
    assert text == TEXT and enc == "windows-1256"


def test_binary_and_undecodable_input_name_the_file():
    with pytest.raises(InputError, match="a.bin: looks like a binary file"):
        decode(b"\x00\x01\x02" * 20, "a.bin")
    with pytest.raises(InputError, match="b.txt: not valid UTF-8 at byte 0"):
        decode(b"\xff" + TEXT.encode("utf-8"), "b.txt", "utf-8")


def test_folders_expand_to_sorted_txt_files_and_limits_hold(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert expand([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    with pytest.raises(InputError, match="no such file or folder"):
        expand([str(tmp_path / "missing.txt")])
    with pytest.raises(InputError, match="more than --max-chars 10"):
        read(str(tmp_path / "a.txt"), max_chars=10)
    assert read("-", stdin=io.BytesIO(TEXT.encode("utf-8"))).text == TEXT


def test_a_damaged_utf8_file_is_read_as_utf8_with_a_note(tmp_path):
    data = TEXT.encode("utf-8")
    at = len("نفى الوزير".encode())
    damaged = data[:at] + b"\xff" + data[at:]
    text, enc = decode(damaged, "d.txt")
    assert "نفى الوزير" in text and "\ufffd" in text
    assert enc == f"utf-8 (1 invalid byte sequence(s) replaced, the first at byte {at})"
    (tmp_path / "d.txt").write_bytes(damaged)
    doc = read(str(tmp_path / "d.txt"))
    assert doc.encoding == "utf-8" and f"byte {at}" in doc.note


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    (tmp_path / "u.txt").write_bytes(TEXT.encode("utf-16"))        # BOM + UTF-16 (Notepad's "Unicode")
    doc = read(str(tmp_path / "u.txt"))
    assert doc.text == TEXT and doc.encoding == "utf-16"
