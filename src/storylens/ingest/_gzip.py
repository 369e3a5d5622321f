"""gzip-compressed inputs read as what they hold: ``x.txt.gz``, ``x.html.gz``, ``x.jsonl.gz``, a feed's ``x.xml.gz``
(newuser71 LOW-7 / newuser72 LOW-12: compare and the web upload said "looks like a binary file", ingest skipped them).

A file is gzip when its bytes open with gzip's magic and deflate's method byte, whatever its name. What it inflates to
is bounded: one article at its limit (10 MB), a stream of records (JSONL) or a feed at ``settings.gzip_max_ratio``
times its compressed size (at least that limit), so a small bomb never fills the memory or the disk; past the bound
the input fails in one line. A damaged or cut-off archive fails in one line too; in a JSONL file the records read
before the damage are kept. Several gzip members one after the other (``cat a.gz b.gz``) are one input, as gzip reads
them; zero bytes after the last member (tape padding) are ignored.
"""

from __future__ import annotations

import io
import os
import zlib
from typing import IO, Any

from ..errors import InputError, TooLargeError

__all__ = ["GZIP_SUFFIX", "gunzip", "gunzipped_head", "gzip_limit", "inner_name", "is_gzip", "open_gunzipped"]

GZIP_SUFFIX = ".gz"
_MAGIC = b"\x1f\x8b\x08"  # gzip's two magic bytes and deflate, its only method
_CHUNK = 1 << 13  # compressed bytes read at once: at most ~8 MB inflated from them (deflate's ~1,000x)
_FIX = "check the file (gzip -t), or decompress it and pass what it holds"


def is_gzip(head: bytes) -> bool:
    """Whether bytes open a gzip archive."""
    return head[:3] == _MAGIC


def inner_name(name: str) -> str:
    """``name`` without its ``.gz`` ("a.txt.gz" -> "a.txt"), for the format its suffix names; others as they are."""
    return name[: -len(GZIP_SUFFIX)] if name.lower().endswith(GZIP_SUFFIX) else name


def gzip_limit(compressed: int, floor: int) -> int:
    """The most bytes a stream of ``compressed`` gzip bytes may inflate to: ``settings.gzip_max_ratio`` times it, at
    least ``floor`` (one article's limit)."""
    from ..settings import DEFAULT

    return max(floor, compressed * DEFAULT.gzip_max_ratio)


def _damaged(reason: str, source: str) -> InputError:
    return InputError(f"a damaged gzip archive ({reason}); {_FIX}", source)


def _too_large(source: str, what: str) -> TooLargeError:
    return TooLargeError(f"the gzip archive inflates to over {what}, so it may be a gzip bomb; decompress it yourself "
                         "and pass what it holds", source)


def _ratio_limit(limit: int) -> str:
    """How a stream's bound is said: its size and the setting it comes from."""
    from ..settings import DEFAULT

    return f"{limit / 1e6:,.0f} MB, {DEFAULT.gzip_max_ratio} times its compressed size (settings.gzip_max_ratio)"


class _Inflater:
    """Inflates gzip members one after the other, at most ``limit`` bytes in all."""

    def __init__(self, source: str, limit: int, what: str) -> None:
        self.source, self.limit, self.what = source, limit, what
        self.out = 0
        self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""  # input not yet inflated (a member's start read but not yet fed)
        self.done = False  # after the last member: only zero padding may follow

    def feed(self, data: bytes) -> bytes:
        """Inflate ``data`` (the next compressed bytes); raises InputError on damage, TooLargeError past the limit."""
        out: list[bytes] = []
        data = self._pending + data
        self._pending = b""
        while data:
            if self.done:
                if data.strip(b"\x00"):
                    raise _damaged("bytes after the end of the archive that are no gzip member", self.source)
                return b"".join(out)
            if self._z is None:
                if data[:1] == b"\0" or (len(data) >= len(_MAGIC) and not is_gzip(data)):
                    self.done = True  # zero padding (or bytes that are no member: said above)
                    continue
                if len(data) < len(_MAGIC):
                    self._pending = data  # a member's first bytes: wait for the rest (or the end)
                    break
                self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            try:
                chunk = self._z.decompress(data, self.limit - self.out + 1)
            except zlib.error as exc:
                raise _damaged(str(exc).removeprefix("Error -3 while decompressing data: "), self.source) from None
            self.out += len(chunk)
            if self.out > self.limit:
                raise _too_large(self.source, self.what)
            out.append(chunk)
            if self._z.eof:
                data = self._z.unused_data
                self._z = None
            else:
                data = self._z.unconsumed_tail
        return b"".join(out)

    def finish(self) -> None:
        """At the input's end: raises InputError when it ended inside a member."""
        if self._pending and not self.done:
            raise _damaged("it ends inside a member's header", self.source)
        if self._z is not None:
            raise _damaged("it is cut off before its end", self.source)


def gunzip(data: bytes, source: str, limit: int, what: str | None = None) -> bytes:
    """What ``data`` (a whole gzip archive) holds, at most ``limit`` bytes. Raises InputError (damaged or cut off) or
    TooLargeError (over ``limit``; ``what`` says which limit it is, by default as a stream's), each naming ``source``."""
    inflater = _Inflater(source, limit, what or _ratio_limit(limit))
    out = inflater.feed(data)
    inflater.finish()
    return out


class _GunzipStream(io.RawIOBase):
    """A gzip file read as the bytes it holds, inflated as they are read (a JSONL file of records is not held whole)."""

    def __init__(self, raw: IO[bytes], source: str, limit: int) -> None:
        self._raw = raw
        self._inflater = _Inflater(source, limit, _ratio_limit(limit))
        self._buffer = b""
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:  # io's buffer protocol (a memoryview)
        while not self._buffer and not self._ended:
            data = self._raw.read(_CHUNK)
            if not data:
                self._ended = True
                self._inflater.finish()
                break
            self._buffer = self._inflater.feed(data)
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def open_gunzipped(raw: IO[bytes], source: str, compressed: int, floor: int) -> io.BufferedReader:
    """``raw`` (an open gzip file of ``compressed`` bytes) as a buffered reader of what it holds, bounded by
    :func:`gzip_limit`; closing it closes ``raw``. Reads raise InputError / TooLargeError naming ``source``."""
    return io.BufferedReader(_GunzipStream(raw, source, gzip_limit(compressed, floor)), 1 << 16)



def gunzipped_head(path: str | os.PathLike[str], size: int) -> bytes:
    """Up to ``size`` first bytes a gzip file holds (its first member's), for sniffing its format; what was inflated
    before an error (its reader then says what is wrong)."""
    from .files import open_regular

    out = b""
    try:
        with open_regular(path) as fh:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            while len(out) < size and not inflater.eof and (data := fh.read(_CHUNK)):
                out += inflater.decompress(data, size - len(out))  # size reached: the rest is never inflated
    except (OSError, zlib.error):
        pass
    return out
