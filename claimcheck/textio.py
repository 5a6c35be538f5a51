"""Read inputs: files, folders (their .txt files, sorted) and '-' for stdin.

Text is decoded from UTF-8 (a leading BOM removed, no newline translation) or
from a legacy Arabic encoding (windows-1256, ISO-8859-6) when asked or detected.
Offsets in reports always refer to the decoded text.
"""
from __future__ import annotations

import errno
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Optional

from .errors import InputError

ENCODINGS = {"auto", "utf-8", "utf-8-sig", "windows-1256", "cp1256", "iso-8859-6"}
_ALIASES = {"utf8": "utf-8", "cp1256": "windows-1256", "arabic": "iso-8859-6", "iso8859-6": "iso-8859-6",
            "latin-arabic": "iso-8859-6", "windows1256": "windows-1256"}


@dataclass
class Input:
    id: str          # the path as given ('-' for stdin)
    text: str
    encoding: str
    note: str = ""   # what the reader had to do (bytes replaced), for a warning


def display_name(p: str) -> str:
    """An input as messages and reports name it ('-' is standard input)."""
    return "standard input" if p == "-" else p


def norm_encoding(name: str) -> str:
    n = name.strip().lower().replace("_", "-")
    n = _ALIASES.get(n, n)
    if n not in ENCODINGS:
        raise InputError(f"unknown encoding '{name}': use auto, utf-8, windows-1256 or iso-8859-6")
    return "windows-1256" if n == "cp1256" else n


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 text is binary to us too: say so rather than guess
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and ctrl / len(head) > 0.05


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff") / len(letters)


# at most this many invalid sequences (or one per thousand characters) make a
# damaged UTF-8 file; a legacy encoding gives one for almost every Arabic letter
DAMAGED_UTF8_MAX = 8


def decode(data: bytes, name: str, encoding: str = "auto", strict: bool = False) -> tuple[str, str]:
    """(text, encoding used).  Raises InputError naming the file and byte
    offset.  `strict`: a UTF-8 text with damaged bytes is refused rather than
    read with the damage replaced."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") and norm_encoding(encoding) == "auto":
        # UTF-16 with its byte-order mark (Notepad's "Unicode")
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid UTF-16 at byte {e.start + 2}") from None
    if _looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text")
    enc = norm_encoding(encoding)
    if enc in ("utf-8", "utf-8-sig"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid UTF-8 at byte {e.start} "
                             f"(try --encoding windows-1256 or --encoding auto)") from None
        return text[1:] if text.startswith("\ufeff") else text, "utf-8"
    if enc == "auto":
        try:
            text = data.decode("utf-8")
            return (text[1:] if text.startswith("\ufeff") else text), "utf-8"
        except UnicodeDecodeError as e:
            first_bad = e.start
        damaged = data.decode("utf-8", errors="replace")
        bad = damaged.count("\ufffd")
        if bad <= max(DAMAGED_UTF8_MAX, len(damaged) // 1000):
            if strict:
                raise InputError(f"{name}: not valid UTF-8 at byte {first_bad} ({bad} damaged byte "
                                 "sequence(s); without --strict-encoding they are replaced)")
            # a UTF-8 file with a few damaged bytes, not a legacy encoding: read
            # the rest as it is (the caller warns) rather than misread it all
            text = damaged[1:] if damaged.startswith("\ufeff") else damaged
            return text, f"utf-8 ({bad} invalid byte sequence(s) replaced, the first at byte {first_bad})"
        best = None
        for cand in ("windows-1256", "iso-8859-6"):
            try:
                t = data.decode(cand)
            except UnicodeDecodeError:
                continue
            share = _arabic_share(t)
            if best is None or share > best[0]:
                best = (share, t, cand)
        if best is None or best[0] < 0.5:
            raise InputError(f"{name}: not valid UTF-8 at byte {first_bad} and not Arabic in "
                             "windows-1256 or ISO-8859-6 either (give --encoding)")
        return best[1], best[2]
    try:
        return data.decode(enc), enc
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: cannot be decoded as {enc} at byte {e.start}") from None


FOLDER_SUFFIXES = (".txt", ".html", ".htm")


def expand(paths: Iterable[str]) -> list[str]:
    """Inputs as given, folders replaced by their .txt and .html files (sorted;
    hidden files and folders such as macOS's "._a.txt" left out)."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(str(f) for f in path.rglob("*") if f.suffix.lower() in FOLDER_SUFFIXES
                           and f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts))
            if not files:
                raise InputError(f"{p}: folder has no .txt or .html files")
            out.extend(files)
        elif not path.exists():
            raise InputError(f"{p}: {why_missing(p)}")
        else:
            out.append(p)
    return out


def why_missing(p: str) -> str:
    """Why a path names nothing, in the words of a file manager."""
    try:
        os.stat(p)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "a symbolic link that loops back on itself"
        if e.errno == errno.ENOTDIR:
            return "a part of the path is a file, not a folder"
        if e.errno == errno.ENAMETOOLONG:
            return "the name is too long"
        if e.errno == errno.EACCES:
            return "permission denied"
        if os.path.islink(p):
            return "a symbolic link to something that does not exist"
        return "no such file or folder"
    return "no such file or folder"


def _read_bounded(stream: BinaryIO, name: str, max_chars: Optional[int]) -> bytes:
    """All of a stream, or an error as soon as it holds more than --max-chars
    could decode to (4 bytes a character at most), so an endless stream ends."""
    if max_chars is None:
        return stream.read()
    limit = 4 * max_chars
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(f"{name}: more than --max-chars {max_chars:,} characters")


def read(p: str, encoding: str = "auto", max_chars: Optional[int] = None,
         stdin: Optional[BinaryIO] = None, strict: bool = False) -> Input:
    if p == "-":
        if stdin is None and sys.stdin is None:
            raise InputError("standard input is closed: give a file instead of -")
        data = _read_bounded(stdin or sys.stdin.buffer, "standard input", max_chars)
        name = "standard input"
    else:
        path = Path(p)
        if path.exists() and not path.is_file() and not path.is_dir():
            # a FIFO would block and /dev/zero never ends: only - reads a stream
            raise InputError(f"{p}: not a regular file (to read a pipe or a device, give - and redirect it)")
        try:
            with path.open("rb") as f:
                data = _read_bounded(f, p, max_chars)
        except IsADirectoryError:
            raise InputError(f"{p}: is a folder") from None
        except (FileNotFoundError, NotADirectoryError):
            raise InputError(f"{p}: {why_missing(p)}") from None
        except PermissionError:
            raise InputError(f"{p}: permission denied") from None
        except OSError as e:
            if e.errno in (errno.ELOOP, errno.ENAMETOOLONG):
                raise InputError(f"{p}: {why_missing(p)}") from None
            raise InputError(f"{p}: cannot be read ({e.strerror})") from None
        name = p
    text, enc = decode(data, name, encoding, strict)
    notes = [f"{name}: read as {enc}"] if enc.startswith("utf-8 (") else []
    if is_html(p, text):
        text = html_text(text, name)
        notes.append(f"{name}: read as HTML, its main text as trafilatura extracts it ({len(text):,} characters); "
                     "offsets refer to that text")
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"{name}: {len(text):,} characters is more than --max-chars {max_chars:,}")
    return Input(p, text, "utf-8" if enc.startswith("utf-8 (") else enc, "; ".join(notes))


HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def is_html(p: str, text: str) -> bool:
    """An .html/.htm file, or any input (standard input too) that begins as a web page does."""
    return Path(p).suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:4096]))


def html_text(html: str, name: str) -> str:
    """The article's main text of a web page (trafilatura: no menus, links,
    comments or footers), paragraphs on lines of their own."""
    import logging

    import trafilatura
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, include_links=False,
                                   include_images=False, deduplicate=False)
    except Exception as e:  # noqa: BLE001 - a parser deep inside lxml; the file is what is wrong
        raise InputError(f"{name}: not a web page trafilatura can read ({type(e).__name__})") from None
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in this web page")
    return text
