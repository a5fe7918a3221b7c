"""Bytes to text: decompression, size limits, binary detection, and encoding detection.

`load_source(path)` reads one file and returns a `Source` (raw bytes, decoded text, the encoding
used, and warnings) or raises `UnreadableFile` with a human reason. Readers never see undecodable
bytes, NUL-filled binaries, or more than `MAX_FILE_BYTES` of one file.

A gzip, bzip2 or xz file (`feed.jsonl.gz`, recognised by its magic number, whatever its name) is
read through its decompressor; the limit applies to the uncompressed content, so a small file that
expands enormously is cut like any other big file. The name without the compression suffix
(`inner_path`) decides the format.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# One file is read up to this size; the rest is ignored (and reported), so a huge file cannot
# exhaust memory. 64 MB comfortably holds a 50 MB dump.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Encoding detection looks at this much of a file: charset-normalizer is slow on megabytes.
_DETECT_SAMPLE = 256 * 1024
_BINARY_SAMPLE = 8192

# Magic numbers of common non-text files, so the reason names what the file actually is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF media file (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub document)"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# Compressed files that are read through their decompressor: magic number, name, file suffix.
_COMPRESSION: tuple[tuple[bytes, str, str], ...] = (
    (b"\x1f\x8b", "gzip", ".gz"),
    (b"BZh", "bzip2", ".bz2"),
    (b"\xfd7zXZ\x00", "xz", ".xz"),
)
COMPRESSED_SUFFIXES = frozenset(suffix for _, _, suffix in _COMPRESSION) | {".gzip", ".bzip2"}
_NAMED_COMPRESSION = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bzip2", ".bzip2": "bzip2", ".xz": "xz"}
_CHUNK = 64 * 1024  # small reads: a stream cut short loses at most the last one


class UnreadableFile(Exception):
    """Raised by `load_source` with a reason fit to show a user."""


@dataclass(frozen=True)
class Source:
    """One file's content. `data` is the raw bytes (possibly cut at MAX_FILE_BYTES); `text` is
    the decoded text without a BOM; `warnings` are things the user should know but that did not
    stop reading (a non-UTF-8 encoding, a file cut short). `truncated` names the compression
    ("gzip") when the compressed stream ended early: the reader reports that cut (a JSON Lines
    reader in complete lines), `read_file` in bytes when the reader did not."""

    path: Path
    data: bytes
    text: str
    encoding: str
    size: int
    warnings: tuple[str, ...] = ()
    truncated: str | None = None


def human_size(n: int) -> str:
    """1536 -> '1.5 KB'."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{int(size)} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def _utf16_without_bom(sample: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a NUL in every other byte; tell LE from BE by which half."""
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.7 and even < 0.1:
        return "utf-16-le"
    if even > 0.7 and odd < 0.1:
        return "utf-16-be"
    return None


def _mostly_text(text: str) -> bool:
    """Decoded text that is mostly replacement or control characters was never text."""
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
    return bad / len(sample) < 0.05


def decode_bytes(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode file bytes. Returns (text, encoding, warnings); raises UnreadableFile for binaries.

    Order: BOM, then strict UTF-8, then BOM-less UTF-16, then charset-normalizer on a sample,
    then Windows-1252 (which decodes any byte) as the last resort.
    """
    head = data[:64]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, ()
            except UnicodeDecodeError:
                text = data[len(bom):].decode(encoding, errors="replace")
                return text, encoding, (f"file is marked {encoding} but has invalid bytes; they were replaced",)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise UnreadableFile(f"binary file: this looks like {what}, not an article (text, HTML, JSON or feed)")
    sample = data[:_BINARY_SAMPLE]
    utf16 = _utf16_without_bom(sample) if b"\x00" in sample else None
    if utf16:
        text = data.decode(utf16, errors="replace")
        return text, utf16, (f"file is {utf16} without a byte-order mark; decoded as {utf16}",)
    if b"\x00" in sample:
        raise UnreadableFile("binary file: it contains NUL bytes, so it is not a text, HTML, JSON or feed file")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and len(data) >= MAX_FILE_BYTES:
            # A multi-byte character cut in half by the size limit, not a wrong encoding.
            return data[: exc.start].decode("utf-8"), "utf-8", ()
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    declared = _declared_encoding(data[:2048])
    if declared:
        try:
            return data.decode(declared), declared, (f"file is not UTF-8; decoded as {declared} (declared in the file)",)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass  # the declaration is wrong; guess instead
    encoding = _detect(data[:_DETECT_SAMPLE]) or "cp1252"
    try:
        text = data.decode(encoding, errors="replace")
    except (LookupError, UnicodeError, ValueError, TypeError):
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    if not _mostly_text(text):
        raise UnreadableFile("binary file: its bytes do not decode as text in any known encoding")
    return text, encoding, (f"file is not UTF-8; decoded as {encoding} (detected)",)


# Characters Western European text uses outside ASCII; Windows-1252 maps bytes 0x80-0xFF to these.
_WESTERN = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœŒšŠžŽ“”‘’„–—…€£¥©®°±·«»¿¡§¶ªº½¼¾×÷\u00a0")


def _looks_western(sample: bytes) -> bool:
    """Most non-UTF-8 news is Windows-1252/Latin-1. charset-normalizer often guesses a Baltic or
    Central European code page for short Western samples, so check this case first: decoded as
    cp1252, the non-ASCII characters are all Western and few (in Cyrillic or Greek code pages
    nearly every letter is a high byte)."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [ch for ch in text if ord(ch) > 127]
    letters = sum(1 for ch in text if ch.isalpha())
    return bool(high) and all(ch in _WESTERN for ch in high) and len(high) < 0.3 * max(1, letters)


_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset=|<\?xml[^>]{0,100}?encoding=)["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


_ASCII_PROBE = b"<meta charset='x'> a+b\\n -- ~"


def _declared_encoding(head: bytes) -> str | None:
    """The encoding an HTML <meta charset> or an XML declaration names, if Python knows it as a
    text encoding: "rot13", "base64", "zlib" or "undefined" are codecs too, but not for text."""
    match = _DECLARED.search(head)
    if not match:
        return None
    try:
        info = codecs.lookup(match.group(1).decode("ascii"))
        if not getattr(info, "_is_text_encoding", True):
            return None
        # The declaration was found as ASCII bytes, so the file is in an ASCII-compatible
        # encoding: that rules out "undefined" (refuses everything), UTF-16/32 and escape codecs.
        if _ASCII_PROBE.decode(info.name) != _ASCII_PROBE.decode("ascii"):
            return None
    except (LookupError, UnicodeError, ValueError, TypeError):
        return None
    return info.name


def _mostly_utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 text with a few invalid bytes (a bad copy, a cut character) stays UTF-8: decoding the
    whole file as Windows-1252 would mangle every accented character to fix one byte. It counts as
    UTF-8 when its valid multi-byte characters outnumber the invalid bytes; the invalid ones become
    U+FFFD and a warning says how many and where the first is."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))  # C speed, also for 64 MB
    multibyte = non_ascii - invalid - data.count(b"\xef\xbf\xbd")
    if invalid <= 0 or multibyte <= invalid:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc.start
    else:  # pragma: no cover - the caller only asks when strict decoding failed
        return None
    plural = "s" if invalid > 1 else ""
    return text, "utf-8", (
        f"file is UTF-8 but has {invalid} invalid byte{plural} (first at byte {first:,}); replaced with U+FFFD",
    )


def _detect(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes  # only needed for non-UTF-8 files

    if _looks_western(sample):
        return "cp1252"

    best = from_bytes(sample).best()
    if best is None:
        return None
    encoding = best.encoding
    # Latin-1 text is almost always really Windows-1252 (curly quotes in 0x80-0x9F).
    return "cp1252" if encoding in {"latin_1", "iso8859_1", "ascii"} else encoding


def inner_path(path: Path) -> Path:
    """The name that says what a compressed file holds: 'wire.jsonl.gz' -> 'wire.jsonl'."""
    return path.with_suffix("") if path.suffix.lower() in COMPRESSED_SUFFIXES else path


def _compression(head: bytes) -> tuple[str, Callable] | None:
    for magic, name, _ in _COMPRESSION:
        if name == "bzip2" and not (head[3:4].isdigit() and head[4:10] in (b"1AY&SY", b"\x17rE8P\x90")):
            continue  # "BZh" alone also starts text; a bzip2 stream has a level and block magic
        if head.startswith(magic):
            return name, {"gzip": gzip.open, "bzip2": bz2.open, "xz": lzma.open}[name]
    return None


def _decompress_cut(handle, name: str, opener: Callable, max_bytes: int) -> tuple[bytes, tuple[str, ...], bool]:
    """Up to `max_bytes` of uncompressed content (chunked, so an expanding file is cut, never
    held whole), the warnings, and whether the stream ended early (a file cut mid-way).

    `read1` hands over each piece as soon as it is decompressed: `read(n)` raises at the cut and
    loses the up to `n` bytes it had gathered, which were complete lines of a cut `.jsonl.gz`.
    """
    chunks: list[bytes] = []
    got = 0
    warnings: tuple[str, ...] = ()
    cut = False
    try:
        with opener(handle, "rb") as stream:
            while got <= max_bytes:
                chunk = stream.read1(min(_CHUNK, max_bytes + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
    except EOFError as exc:
        if not got:
            raise UnreadableFile(f"file ends early: the {name} stream is truncated before any content ({exc})") from exc
        cut = True
    except (OSError, lzma.LZMAError, zlib.error) as exc:
        if not got:
            raise UnreadableFile(f"not a valid {name} file: {exc}") from exc
        warnings = (f"{name} data is damaged after {human_size(got)}; read what came before",)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        data = data[:max_bytes]
        warnings += (f"uncompressed content is over {human_size(max_bytes)}; only the first {human_size(max_bytes)} were read",)
    return data, warnings, cut


def _decompress(handle, name: str, opener: Callable, max_bytes: int) -> tuple[bytes, tuple[str, ...]]:
    """`_decompress_cut` with a cut stream reported among the warnings."""
    data, warnings, cut = _decompress_cut(handle, name, opener, max_bytes)
    return data, (truncation_warning(name, len(data)),) + warnings if cut else warnings


FILE_ENDS_EARLY = "file ends early"


def _without_cut_character(data: bytes) -> bytes:
    """A stream cut mid-way may end inside a UTF-8 character; its first bytes are dropped, so the
    cut is not also reported as an invalid byte."""
    start = len(data) - 1
    while start > max(-1, len(data) - 4) and 0x80 <= data[start] < 0xC0:  # continuation bytes
        start -= 1
    if start < 0 or data[start] < 0xC0:
        return data
    needed = 2 if data[start] < 0xE0 else 3 if data[start] < 0xF0 else 4
    return data[:start] if len(data) - start < needed else data


def truncation_warning(compression: str, size: int, *, lines: int | None = None) -> str:
    """The warning for a compressed file cut mid-way, in bytes or (JSON Lines) in complete lines."""
    if lines is not None:
        plural = "" if lines == 1 else "s"
        return f"{FILE_ENDS_EARLY}: {compression} stream truncated after {lines:,} complete line{plural}; those were read, the rest is lost"
    return f"{FILE_ENDS_EARLY}: {compression} stream truncated after {human_size(size)} of content; read what came before"


def load_source(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> Source:
    """Read and decode one file (decompressing gzip, bzip2 and xz). Raises UnreadableFile (empty,
    binary, corrupt, unreadable) with a reason."""
    warnings: tuple[str, ...] = ()
    compression, cut = None, False
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            compression = _compression(handle.read(16))
            handle.seek(0)
            if compression:
                data, warnings, cut = _decompress_cut(handle, *compression, max_bytes)
                if cut:
                    data = _without_cut_character(data)
                size = len(data)  # the cut, if any, is already reported
                if not data:
                    raise UnreadableFile(f"empty file (the {compression[0]} file holds nothing)")
            else:
                data = handle.read(max_bytes)
    except OSError as exc:
        raise UnreadableFile(f"cannot open the file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise UnreadableFile("empty file" if not data else "empty file (only whitespace)")
    try:
        text, encoding, decode_warnings = decode_bytes(data)
    except UnreadableFile as exc:
        named = _NAMED_COMPRESSION.get(path.suffix.lower())
        if named and not compression:  # 'x.gz' of random bytes: the name promised a compressed file
            raise UnreadableFile(f"not a valid {named} file: it does not start with the {named} signature, and its bytes are not text either") from exc
        raise
    warnings = decode_warnings + warnings
    if size > max_bytes:
        warnings = warnings + (f"file is {human_size(size)}; only the first {human_size(max_bytes)} were read",)
    if not text.strip():
        raise UnreadableFile("empty file (no text after decoding)")
    return Source(path=path, data=data, text=text, encoding=encoding, size=size, warnings=warnings,
                  truncated=compression[0] if compression and cut else None)
