"""WARC and ARC archives (plain, gzipped per record, or gzipped as one stream) -> RawDocuments.

warcio reads the records (``arc2warc``: ARC files look like WARC). A gzipped
archive is decompressed as one sequential stream, so an archive compressed as a
single gzip member (not per record) is read to its end like any other.

Only HTML pages become articles: ``response`` records with an HTTP 2xx status
and an HTML ``Content-Type``, and ``resource`` records whose own
``Content-Type`` is HTML. Every other response, resource or revisit record is a
:class:`Skipped` with a short ``kind`` the run summary counts by
(``not-found/redirect``, ``HTTP error``, ``not HTML``, ``revisit``);
``warcinfo``, ``request`` and ``metadata`` records are bookkeeping and are not
counted. A record cut short (a truncated download) is reported once, as
truncation, and nothing of it is stored; so is a record whose Content-Length
does not match it (text after its declared end), and the records after it are read. A record whose Content-Length
took whole records after it (exactly their length, or more) is one Failure, and the records it took are read from
its block and stored under their own numbers (``_spilled``, ``_swallowed``).
A page whose HTTP Content-Length declares more than the record holds is stored
with a "capture cut short" note in ``metadata["warnings"]``.
A record whose WARC-Block-Digest does not match its block, and whose WARC-Payload-Digest does not prove its payload
either, is one Failure, never stored. One with only a WARC-Payload-Digest (or a block digest that cannot be
checked) that its payload does not give (as stored or dechunked) is stored with a warning (``PAYLOAD_MISMATCH``).
A gzip member that holds many records (a whole-file gzip) is checked to its CRC in a first pass before a record of it
is stored; when it fails, the records whose digest matches are stored with a note, those without a digest with a
warning that nothing proves them intact, counted in the damage's one Failure (robust65b, robust65d).

The WARC-Record-ID becomes ``external_id``, WARC-Target-URI the ``url``. The
publication date comes from the page's metadata; failing that, the capture
date (WARC-Date) with ``published_source = "warc-date"``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import io
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from .._paths import shown_path
from ..errors import InputError, NotRegularFileError
from ..models import Failure, RawDocument
from ._records import Skipped, not_regular
from .dates import DateError, parse_date
from .files import open_regular, read_bytes

__all__ = ["MAY_HOLD_RECORDS", "PAYLOAD_MISMATCH", "looks_like_arc", "looks_like_warc", "read_warc"]

_ARTICLE_TYPES = ("response", "resource")
_BOOKKEEPING = ("warcinfo", "request", "metadata", "conversion", "continuation")
# A record's first line: a WARC version line, or an ARC header (URL, IP, 14-digit date, ..., length)
_ARC_AFTER_URL = rb" \S+ \d{14} (\S+ )+\d+\r?\n\Z"
_RECORD_START = re.compile(rb"WARC/\d|\S+" + _ARC_AFTER_URL)
# Right after a record, with no blank line between, the same only when whole: an ARC header whose first bytes a
# record a few bytes too long took ("ttps://a.example/3 1.2.3.4 2014... 99") still has the header's shape (trial
# break64z M1: the damaged record was stored with the next one's bytes, exit 0); a whole one starts with a scheme.
_WHOLE_RECORD_START = re.compile(rb"WARC/\d|(?:https?|ftp|dns|filedesc|urn|mailto):\S*" + _ARC_AFTER_URL)


def looks_like_warc(head: bytes) -> bool:
    """True for a WARC or ARC file, plain or gzipped."""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return False
    return head.startswith(b"WARC/") or looks_like_arc(head)


def looks_like_arc(head: bytes) -> bool:
    """True for the first bytes of an ARC file (``filedesc://`` version block)."""
    return head.startswith(b"filedesc://")


class _Archive(io.RawIOBase):
    """The archive's bytes as one stream; a gzipped file is inflated member after member
    (per-record and whole-file gzip alike).

    Unlike :mod:`gzip`, a cut-off last member gives the bytes it holds and sets
    ``truncated`` instead of raising before the complete records are read.
    ``produced`` counts the bytes handed out, to check that the records cover them all.
    A damaged member (or bytes that are no member between two) ends the stream, noted for ``damage``,
    ``damaged_before`` and ``resume_at``. ``start``: the byte of the file the stream starts at (a member's first).
    """

    def __init__(self, fh: IO[bytes], gzipped: bool, start: int = 0,
                 chains: dict[int, tuple[bool, int]] | None = None):
        self.fh = fh
        self.gzipped = gzipped
        self.truncated = False
        self.produced = 0
        self._inflate = zlib.decompressobj(31)
        self._in_member = False
        self._buffer = b""
        self._eof = False
        self._damage: zlib.error | None = None  # a damaged member's error, raised by damage()
        self._read = start  # the file's bytes read so far (the stream's bytes before ``start`` included)
        self._inflated = 0  # the stream's bytes inflated so far
        self._member_at = start  # the file byte where the member being inflated starts
        self._member_from = 0  # the stream byte its inflated bytes start at
        self.damaged_member = False  # the damage is inside a member (a record lost), not bytes between two
        self._checked: dict[int, bool] = {}  # a member's first file byte -> it passed its check in a first pass
        self._resume: tuple[tuple[int, int] | None] | None = None  # resume_at's answer, once found
        self._error_at = 0  # the file byte right after the one zlib's error was raised at
        self._cut: tuple[int | None] | None = None  # past_cut's answer, once found
        self._next: tuple[int | None] | None = None  # resync_at's answer, once found
        self.chains = {} if chains is None else chains  # _chain_end's answers, shared by the passes over a file

    def readable(self) -> bool:
        return True

    def readinto(self, out: Any) -> int:
        while not self._buffer and not self._eof:
            self._fill()
        n = min(len(out), len(self._buffer))
        out[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        self.produced += n
        return n

    def _fill(self) -> None:
        data = self.fh.read(1 << 16)
        self._read += len(data)
        if not data:
            self._eof = True
            self.truncated = self._in_member
            return
        if not self.gzipped:
            self._buffer = data
            return
        while data:
            if not self._in_member:
                if not data.strip(b"\x00"):
                    return  # zero padding after the last member (or before the next: read on)
                data = data.lstrip(b"\x00")  # zero padding between two members holds no record (gzip71fix W5)
                self._member_at, self._member_from = self._read - len(data), self._inflated
            before = self._inflate.copy()  # zlib's state, to give what inflates before an error (below)
            try:
                out = self._inflate.decompress(data)
            except zlib.error as exc:
                # a damaged member ends the stream there, and the reader raises ``damage`` after the records
                # before it: raised here, it lost the members inflated before it in this 64 KiB chunk and what
                # BufferedReader had gathered (break64r2 M4: every intact record of a per-record gzip)
                self._damage = exc
                self.damaged_member = self._in_member or data.startswith(_MEMBER_MAGIC[:2])
                self._eof = True
                # and the bytes this chunk inflates to before the error: zlib's error drops them (a whole-file
                # gzip under 64 KiB whose CRC fails gave no record, not even those its digests prove: robust65b)
                out, bad = _inflated_before_error(before, data)
                self._error_at = self._read - len(data) + bad
                self._buffer += out
                self._inflated += len(out)
                return
            self._buffer += out
            self._inflated += len(out)
            self._in_member = not self._inflate.eof
            if self._inflate.eof:
                data = self._inflate.unused_data
                self._inflate = zlib.decompressobj(31)
            else:
                data = b""

    def damage(self) -> None:
        """Raise the zlib.error of the damaged member that ended the stream, if one did."""
        if self._damage is not None:
            raise self._damage

    def damaged_before(self, end: int, start: int) -> bool:
        """True when the record of stream bytes ``start`` to ``end`` is lost with the damaged member that ended the
        stream: the member's only record (a per-record gzip), or its first record when the read goes on right after
        the member (``resume_at``: its records are lost and counted, break65r HIGH-1).

        A record read to its end (and the next record's first line, or the stream's end: past its member's CRC)
        is whole unless the damage was found in its own member: a large member's bytes are handed out before
        its check at the member's end (a flipped CRC lets the record read whole, its bytes unproven). A damaged
        member of more records that the read ends at (a whole-file gzip) is ``unproven``'s: its records are
        stored when their digests match (robust65b).
        """
        if not (self._damage is not None and self.damaged_member and self._member_from < end
                and start <= self._member_from):
            return False
        return self._inflated <= end or self.resume_at(start) is not None

    def past_cut(self, end: int) -> bool:
        """True when stream bytes before ``end`` were inflated from past the cut of the damaged member that ended
        the stream: a member cut short, right after which the next member starts. zlib reads the next member's bytes
        as the cut one's deflate data, and the bytes they give (copies of the text before: WARC headers among them)
        were read as a record and counted (robust70, test_gzip_resync_robust65's rare cut: member 2 cut 9 bytes before
        its end, #3 was a record of those bytes and the failure said '#4 ... after 3 complete records')."""
        if not self._ended_in_member() or end <= self._member_from:
            return False
        if self._cut is None:  # asked for each record after the damage: the member is searched once
            self._cut = (self._find_cut(),)
        return self._cut[0] is not None and end > self._cut[0]

    def _ended_in_member(self) -> bool:
        """True when the stream ended inside a gzip member: a damaged one, or one the file's end cut (zlib read the
        members after a cut one as its deflate data to the file's end without an error)."""
        return self.gzipped and ((self._damage is not None and self.damaged_member) or self.truncated)

    def _find_cut(self) -> int | None:
        """The stream byte where the damaged member's own bytes end, when it was cut: the next whole member
        (``resync_at``) starts inside its compressed bytes (before the error) while its deflate data still runs (no
        end, no error before it); what it inflated to before that byte. None when there is no such byte."""
        at = self.resync_at()
        error_at = self._error_at if self._damage is not None else self._read
        if at is None or at >= error_at or at - self._member_at > _COUNT_LIMIT:
            return None
        pos = self.fh.tell()
        try:
            self.fh.seek(self._member_at)
            span = self.fh.read(at - self._member_at)
        finally:
            self.fh.seek(pos)
        inflate = zlib.decompressobj(31)
        try:
            inflated = len(inflate.decompress(span))
        except zlib.error:
            return None  # the member's damage is before that byte: not cut there
        return None if inflate.eof else self._member_from + inflated  # eof: the member ended before it

    def resync_at(self) -> int | None:
        """The file byte of the first whole gzip member of a WARC or ARC record after the start of the damaged member
        (or of the bytes that are no member) that ended the stream (:func:`_whole_member`: it passes its CRC and is
        followed by a member or the file's end), where the read can go on; None when there is none or no gzip damage
        ended the stream. The records the damage took are not counted (how many is unknown): the read names the
        records after it from this byte (gzip71: a member cut short, or damaged deflate data, lost every intact
        record after it)."""
        if not self.gzipped or (self._damage is None and not self.truncated):
            return None
        if self._next is None:  # asked by past_cut, then by the read: the file is searched once
            self._next = (_next_whole_member(self.fh, self._member_at + 1, self.chains),)
        return self._next[0]

    def unproven(self, end: int) -> bool:
        """True when stream bytes before ``end`` come from a gzip member that fails its CRC or length check.

        Bytes of a member that ended are proven (a failed check ended the stream: ``damaged_before``). Bytes of the
        member still being inflated (a whole-file gzip: every record before the file's end) are not yet: that member
        is checked once, in a first pass over its compressed bytes (zlib only, nothing parsed) before a record of it
        is stored (robust65b: a flipped byte, found only by the CRC at the file's end, had 70+ records stored).
        A member cut off by the file's end passes: deflate's output before the cut is exact (the truncation is
        the read's own failure). Plain archives and per-record gzip members (ended before their record is
        handed out) never need the pass.
        """
        if not self.gzipped or self._member_from >= end:
            return False
        if self._damage is not None and self.damaged_member:
            return True  # the stream ended inside this member (its bytes before the error were handed out)
        if not self._in_member:
            return False
        good = self._checked.get(self._member_at)
        if good is None:
            good = self._checked[self._member_at] = _member_end(self.fh, self._member_at) is not None
        return not good

    @property
    def damaged_at(self) -> int:
        """The file byte where the damaged member (or the bytes that are no member) starts."""
        return self._member_at

    def resume_at(self, boundary: int) -> tuple[int, int] | None:
        """Where the read can go on after the damage: ``(file byte of the next member, records the damaged member
        held)``, else None (the read ends there: the records after it and their numbers are unknown).

        Only a member whose end is known exactly is passed over (break65r HIGH-1): its deflate data inflates to
        its end, only its CRC / length trailer failed, it starts where a record starts (``boundary``, the stream
        byte after the last whole record), holds whole records (counted, so the numbers after it stay those of
        the intact archive) and the next member starts right after its trailer. A deflate error, a cut member or
        bytes that are no member give no such end: a search for the next header there took a member inside a
        payload, or one past several lost records, for the next record (numbers after it wrong).
        """
        if self._damage is None or not self.gzipped or self._member_from != boundary:
            return None
        if self._resume is None:  # asked by damaged_before, then by the read: the member is inflated once
            self._resume = (self._find_resume(),)
        return self._resume[0]

    def _trailer_failed(self) -> str:
        """"crc" or "length" when zlib's error is the member trailer's check (its deflate data inflated to its end),
        else "" (a deflate error, a cut member, no damage)."""
        message = str(self._damage or "")
        return "crc" if message.endswith("incorrect data check") else (
            "length" if message.endswith("incorrect length check") else "")

    def _find_resume(self) -> tuple[int, int] | None:
        assert self._damage is not None
        if not self._trailer_failed():
            return None
        self.fh.seek(self._member_at)
        inflated = _inflate_member(self.fh)
        if inflated is None:
            return None
        data, end, isize = inflated
        if self._trailer_failed() == "crc" and isize != len(data) & 0xFFFFFFFF:
            # its CRC failed and its length field disagrees: damaged deflate data that still decoded to an end, whose
            # end is not the member's (zeros over several small members decoded through them and ended where a later
            # member's data did; the records after it were read under numbers one of ours: CI of int65, 1 run in 30)
            return None
        self.fh.seek(self._member_at + end)
        if self.fh.read(len(_MEMBER_MAGIC)) != _MEMBER_MAGIC:
            return None  # the last member, or no member right after it
        count = _whole_records(data)
        return (self._member_at + end, count) if count else None

    def ended_at_check(self, boundary: int) -> bool:
        """True when the damage is only the last gzip member's CRC / length trailer and the archive's end: its data
        inflated whole, every inflated byte was in whole records (``boundary``: the stream byte after the last one)
        and nothing but the trailer's rest (and zero padding) follows the error (break65r2 LOW: no record is left
        unread, the failure line is the file's)."""
        if (self._damage is None or not self.damaged_member or self._inflated != boundary
                or not self._trailer_failed()):
            return False
        pos = self.fh.tell()
        try:
            self.fh.seek(self._error_at)
            rest = self.fh.read(1 << 16)
            more = self.fh.read(1)
        finally:
            self.fh.seek(pos)
        trailer = 4 if self._trailer_failed() == "crc" else 0  # ISIZE after the CRC
        return not more and not rest[trailer:].strip(b"\x00")

    def close(self) -> None:
        self.fh.close()
        super().close()


_MEMBER_MAGIC = b"\x1f\x8b\x08"  # a gzip member's first bytes (magic, deflate)


# The most inflated bytes of a damaged member held in memory to count its records (a per-record member is far
# smaller; a whole-file gzip is never read again: it does not start where a record starts)
_COUNT_LIMIT = 64 << 20


def _inflated_before_error(inflate: Any, data: bytes) -> tuple[bytes, int]:
    """What ``inflate`` (a zlib decompressobj) gives for ``data``, which makes it raise, before the error: the longest
    prefix of ``data`` that inflates without one (a binary search, each try on a copy: only met on damage), and the
    length of the shortest prefix that raises (the error's byte + 1)."""
    good, bad = 0, len(data)  # data[:good] inflates without an error, data[:bad] raises
    while bad - good > 1:
        mid = (good + bad) // 2
        try:
            inflate.copy().decompress(data[:mid])
            good = mid
        except zlib.error:
            bad = mid
    return inflate.decompress(data[:good]), bad


def _member_end(fh: IO[bytes], at: int) -> int | None:
    """The file byte right after the gzip member at file byte ``at`` when it inflates without error and passes its CRC
    and length check (the file's end when that cuts it); None when zlib finds it damaged. ``fh``'s position is kept.

    The output is dropped 1 MiB at a time, so a member that inflates to gigabytes needs no more memory.
    """
    pos = fh.tell()
    inflate = zlib.decompressobj(31)
    read = at  # the file byte after the bytes given to zlib
    try:
        fh.seek(at)
        while not inflate.eof:
            data = inflate.unconsumed_tail
            if not data:
                data = fh.read(1 << 16)
                read += len(data)
                if not data:
                    return read
            inflate.decompress(data, 1 << 20)
        return read - len(inflate.unused_data)
    except zlib.error:
        return None
    finally:
        fh.seek(pos)


def _record_member(head: bytes) -> bool:
    """True when ``head`` (a file's bytes) starts a gzip member whose first inflated bytes start a WARC record
    ("WARC/" or "warc/", as main's resync took) or an ARC file."""
    if not head.startswith(_MEMBER_MAGIC):
        return False
    try:
        first = zlib.decompressobj(31).decompress(head, 64)
    except zlib.error:
        return False
    return first.startswith((b"WARC/", b"warc/")) or looks_like_arc(first)


def _chain_end(fh: IO[bytes], at: int, chains: dict[int, tuple[bool, int]]) -> tuple[bool, int]:
    """Follows the chain of whole gzip members of records from file byte ``at`` (zero padding between two passed
    over, and a damaged member: the chain goes on at the next whole record member after it): ``(True, _)`` when it
    reaches the file's end or zero padding to it, ``(False, byte)`` when it runs into bytes that are no member, or a
    whole member of no record (a .warc.gz stored inside a payload is followed by the payload's rest and the outer
    record's trailer: gzip71fix, W1/W2), ``byte`` where the chain ended. An inner archive stored at level 0 over 64 KiB
    is cut by deflate's stored-block headers: its members there fail, so a damaged member does not end the chain.
    ``chains``: the answer for each member a chain walked, kept over the read of one file (a later damage's resync
    walks no member again: linear however many damaged points). ``fh``'s position is kept."""
    pos = fh.tell()
    walked: list[int] = []
    try:
        verdict = _walk_chain(fh, at, chains, walked)
    finally:
        fh.seek(pos)
    for start in walked:
        chains[start] = verdict
    return verdict


def _walk_chain(fh: IO[bytes], at: int, chains: dict[int, tuple[bool, int]], walked: list[int]) -> tuple[bool, int]:
    cur = at
    while True:
        found = _past_zeros(fh, cur)
        if found is None:
            return True, at  # the file's end, or zero padding to it
        cur = found
        if cur in chains:
            return chains[cur]
        walked.append(cur)
        fh.seek(cur)
        head = fh.read(1 << 12)
        if not head.startswith(_MEMBER_MAGIC):
            return False, cur
        end = _member_end(fh, cur)
        if end is None:  # another damaged point: the chain goes on at the next whole record member after it
            found = _next_record_member(fh, cur + 1)
            if found is None:
                return True, at
            cur = found
            continue
        if not _record_member(head):
            return False, end
        cur = end


def _next_record_member(fh: IO[bytes], start: int) -> int | None:
    """The first file byte from ``start`` on where a whole gzip member of a record starts (no chain followed)."""
    def whole(at: int) -> tuple[bool, int]:
        fh.seek(at)
        return _record_member(fh.read(1 << 12)) and _member_end(fh, at) is not None, at + 1

    return _search_members(fh, start, whole)


def _search_members(fh: IO[bytes], start: int, accept: Callable[[int], tuple[bool, int]]) -> int | None:
    """The first gzip magic's file byte from ``start`` on that ``accept`` takes (``accept(byte)`` -> (taken, the byte
    to search on from)), or None: one pass in :data:`_SEARCH_CHUNK` reads, a magic across two chunks found in the
    second, a rejected run past a chunk's end searched on from its end."""
    at = start
    while True:
        fh.seek(at)
        chunk = fh.read(_SEARCH_CHUNK)
        if len(chunk) < len(_MEMBER_MAGIC):
            return None
        found = chunk.find(_MEMBER_MAGIC)
        while found >= 0:
            good, stop = accept(at + found)
            if good:
                return at + found
            if stop - at >= len(chunk):
                break
            found = chunk.find(_MEMBER_MAGIC, stop - at)
        else:
            at += len(chunk) - (len(_MEMBER_MAGIC) - 1)
            continue
        at = stop


def _past_zeros(fh: IO[bytes], at: int) -> int | None:
    """The first file byte from ``at`` on that is not zero (padding between members), None at the file's end."""
    fh.seek(at)
    while True:
        chunk = fh.read(1 << 12)
        if not chunk:
            return None
        rest = chunk.lstrip(b"\x00")
        if rest:
            return at + len(chunk) - len(rest)
        at += len(chunk)


def _whole_member(fh: IO[bytes], at: int, chains: dict[int, tuple[bool, int]]) -> tuple[bool, int]:
    """``(True, _)`` when a gzip member of a WARC or ARC record (:func:`_record_member`) starts at file byte ``at``,
    passes its checks (or the file's end cuts it) and the chain of whole record members it starts (:func:`_chain_end`)
    reaches the file's end, zero padding to it or another damaged point: a member stored inside a record's payload (an
    archived .warc.gz, its later members too) runs into the payload's rest and is not taken for one of the archive's
    (break65r MEDIUM-1, gzip71fix). ``(False, byte)``: no such member; the search goes on from ``byte`` (past the chain
    it rejected, so no byte is walked twice). ``fh``'s position is kept."""
    pos = fh.tell()
    try:
        fh.seek(at)
        if not _record_member(fh.read(1 << 12)) or _member_end(fh, at) is None:
            return False, at + 1
        good, stop = _chain_end(fh, at, chains)
        return good, max(stop, at + 1)
    finally:
        fh.seek(pos)


# The bytes searched at a time for the next gzip member after damage (the search is linear: one pass over the rest)
_SEARCH_CHUNK = 1 << 20


def _next_whole_member(fh: IO[bytes], start: int, chains: dict[int, tuple[bool, int]]) -> int | None:
    """The first file byte from ``start`` on where a :func:`_whole_member` starts, or None. ``fh``'s position is
    kept. One pass over the rest of the file, each gzip magic found tried once (a few in 50 MB of deflate data)."""
    pos = fh.tell()
    try:
        return _search_members(fh, start, lambda at: _whole_member(fh, at, chains))
    finally:
        fh.seek(pos)


def _inflate_member(fh: IO[bytes]) -> tuple[bytes, int, int | None] | None:
    """The inflated bytes of the gzip member at ``fh``'s position, its length in the file (header, deflate
    data, 8-byte trailer) and its trailer's ISIZE (None when the file ends first), its CRC not checked; None when its
    header or deflate data is damaged or cut, or it inflates to more than ``_COUNT_LIMIT`` bytes."""
    head = fh.read(10)
    if len(head) < 10 or not head.startswith(_MEMBER_MAGIC):
        return None
    flags, size = head[3], 10
    if flags & 4:  # FEXTRA: a 2-byte length, then that many bytes
        extra = fh.read(2)
        if len(extra) < 2:
            return None
        fh.seek(int.from_bytes(extra, "little"), io.SEEK_CUR)
        size += 2 + int.from_bytes(extra, "little")
    for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            while fh.read(1) not in (b"\x00", b""):
                size += 1
            size += 1
    if flags & 2:  # FHCRC
        fh.seek(2, io.SEEK_CUR)
        size += 2
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    out = []
    kept = 0
    try:
        while not inflate.eof:
            chunk = fh.read(1 << 16)
            if not chunk:
                return None  # cut inside its deflate data
            out.append(inflate.decompress(chunk))
            size += len(chunk)
            kept += len(out[-1])
            if kept > _COUNT_LIMIT:
                return None  # its records are not counted in memory: the read ends there
    except zlib.error:
        return None
    size -= len(inflate.unused_data)
    trailer = inflate.unused_data[:8]
    trailer += fh.read(8 - len(trailer))
    isize = int.from_bytes(trailer[4:8], "little") if len(trailer) == 8 else None
    return b"".join(out), size + 8, isize


def _whole_records(data: bytes) -> int:
    """How many records ``data`` holds, when it is whole records and nothing else; else 0."""
    try:
        records = _iterator(io.BytesIO(data))
        count = 0
        for record in records:
            records.read_to_end(record)
            if _truncated(record) or records.stray:
                return 0
            count += 1
    except Exception:  # noqa: BLE001 - warcio's errors on bytes that are no whole record: not counted
        return 0
    return count if records.offset == len(data) else 0


def _open(path: str | Path, start: int = 0, chains: dict[int, tuple[bool, int]] | None = None) -> _Archive:
    fh = open_regular(path)  # the _Archive owns and closes it; NotRegularFileError for a FIFO
    fh.seek(start)
    gzipped = fh.read(2) == b"\x1f\x8b"
    fh.seek(start)
    return _Archive(fh, gzipped, start, chains)


def _check_complete(archive: _Archive, records: Any) -> None:
    """Raise EOFError when bytes are left after the last complete record (a cut-off header)."""
    while archive.read(1 << 16):
        pass
    archive.damage()
    if archive.truncated:
        raise EOFError("the last gzip member is cut off")
    end = records.offset if records.member_info is None else sum(records.member_info)
    if archive.produced - end - records.stray > 4:  # records end with CRLF CRLF; more is a record cut short
        raise EOFError(f"{archive.produced - end} bytes after the last complete record")


# The bytes of a record's block (and of the text after its declared end) kept to find in them a next record that a
# Content-Length too long took (break64w); in a longer block it is not looked for (the old failure line).
_KEEP_LIMIT = 4 << 20
# A WARC record's start after the two blank lines that end the record before it: in a block, the next record's
_SPILLED_START = re.compile(rb"\r\n\r\n(?=WARC/\d+\.\d+\r\n)")


def _spilled(record: Any, spill: bytes) -> tuple[list[tuple[Any, bytes]] | None, int]:
    """The records a record whose Content-Length was too long took: read from its block's tail and the text after
    its declared end (``spill``), and how many record starts that tail holds.

    Returns ``(records, starts)``: ``records`` a list of (record, body) read whole from there (each ends where its
    own length says, the last right before the next record), None when they cannot be read so (none is then
    stored: the tail was no whole record, or was not kept, or where it starts is not known) and ``starts`` how
    many were lost; ``([], 0)`` when the block holds no record start (a length too short, or text after the record).

    A record start inside the block may be the payload's own (an archived WARC at its end, break65r MEDIUM-2): the
    block's true end is the start whose block bytes match the record's digest; without a digest that says so, the
    tail is read only when the block holds ONE start and the record there straddles the declared end (one wholly
    inside is the payload's).
    """
    kept = getattr(record.raw_stream, "kept", None)
    if not kept:
        return [], 0
    # the start's first letter inside the block: a length too long by a few bytes took "\r\n\r\nWA" only
    joined = bytes(kept) + spill
    candidates = [m for m in _SPILLED_START.finditer(joined) if m.end() < len(kept)]
    if not candidates:
        return [], 0
    found = _digest_end(record, kept, candidates)
    if found is None and len(candidates) > 1:
        # which start is the payload's is not known: the next record is named as lost; the starts wholly inside
        # the block are taken for the payload's, so the numbers after it stay those of the intact archive
        return None, 1
    one = found is None
    found = found or candidates[0]
    starts = len(_SPILLED_START.findall(joined, found.start()))
    if len(kept) >= _KEEP_LIMIT or len(spill) >= _KEEP_LIMIT:
        return None, starts
    # the one start's record ending inside the block is the payload's: no record taken
    taken = _read_from(joined[found.end():], inside=len(kept) - found.end() if one else None)
    if taken == []:
        return [], 0
    return (taken, len(taken)) if taken is not None else (None, starts)


def _swallowed(record: Any) -> tuple[list[tuple[Any, bytes]] | None, int] | int | None:
    """``_spilled``'s answer for a record followed by its two blank lines as it should be, whose block still holds
    whole records: a Content-Length too long by exactly the next records' length took them (robust66 HIGH: the next
    record was stored nowhere and named nowhere, the numbers after it one short). None when the block holds none.

    The block's true end is a record start (``\r\n\r\nWARC/1.x``) right after a plausible end of its own: where
    its payload or block digest matches; without a digest, where its HTTP Content-Length ends the payload. A block
    its payload or block digest proves whole (break66r HIGH: a payload digest alone, or with a block digest of an
    unknown algorithm, was not asked), or whose HTTP Content-Length is its payload's length, holds none (a WARC
    archived in the page is the payload's). With neither, an HTML page whose block holds a record start after which
    the rest reads as whole records ending exactly at its declared end may be a page that ends with an archived WARC
    record as well as one whose length took the next records: it is not split (break66r MEDIUM: a legitimate page
    was split, every later record renumbered); the answer is then that start's byte in the block (an int), for a
    warning (``_MAY_HOLD``).
    """
    stream = record.raw_stream
    kept = getattr(stream, "kept", None)
    if not kept or len(kept) >= _KEEP_LIMIT or getattr(stream, "digest_ok", None) is True:
        return None
    candidates = [m for m in _SPILLED_START.finditer(kept) if m.end() < len(kept)]
    if not candidates or _proven_whole(record, kept):
        return None
    found = _digest_end(record, kept, candidates)
    if found is None:
        if getattr(stream, "digest_ok", None) is False:
            return None  # a digest that no start matches: the block digest mismatch line names the record
        declared = _http_length(record) if not _without_uri(record) else _block_http_end(kept)
        if declared is not None:
            found = next((m for m in candidates if m.start() == declared), None)
        # an HTTP length that ends the page at no record start (off by a byte or more, robust69b H1: the record
        # taken was lost silently and the next stored under its number) tells nothing: said as without one
        if found is None and record.rec_type in _ARTICLE_TYPES and (_skip_reason(record) is None
                                                                    or _without_uri(record)):
            # no digest, no HTTP length, an HTML page: a start the rest reads whole from cannot be told from an
            # archived record the page ends with; stored whole, as read, with a warning naming where (a .warc file
            # downloaded is no page: its own). A page record without its URI (its HTTP headers unread, so "not
            # HTTP") is not stored: its failure line says where (break68r: the records it took were said nowhere)
            maybe = next((m for m in candidates if _read_from(kept[m.end():]) is not None), None)
            if maybe is not None:
                head = record.length - record.payload_length if record.payload_length >= 0 else 0
                return head + maybe.end()
        if found is None:
            return None
    starts = len(_SPILLED_START.findall(kept, found.start()))
    taken = _read_from(kept[found.end():])
    return (taken, len(taken)) if taken is not None else (None, starts)


def _http_length(record: Any) -> int | None:
    """The payload's length its HTTP Content-Length declares, None when there is none (or it is chunked or no
    number)."""
    headers = getattr(record, "http_headers", None)
    if headers is None or "chunked" in (headers.get_header("Transfer-Encoding") or "").lower():
        return None
    value = (headers.get_header("Content-Length") or "").strip()
    return int(value) if value.isdigit() else None


# An HTTP message's head at a block's start: its status or request line, its header lines, the blank line after them
_HTTP_HEAD = re.compile(rb"(?:HTTP/\d(?:\.\d)? \d{3}[^\r\n]*|[A-Z]+ \S+ HTTP/\d(?:\.\d)?)\r\n(?:[^\r\n]+\r\n)*?\r\n")
_HTTP_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*(\d{1,15})[ \t]*\r$", re.IGNORECASE | re.MULTILINE)


def _block_http_end(block: bytes) -> int | None:
    """Where the payload ends in ``block`` (the block of a record read without its HTTP headers: one without a
    WARC-Target-URI) by its HTTP Content-Length, as :func:`_http_length` says for a record read with them; None when
    the block opens with no HTTP head, or the head states no single length or a chunked transfer coding (robust69:
    such a record's length too long by the next record was never split, though its HTTP length said where it ends)."""
    head = _HTTP_HEAD.match(block)
    if head is None or re.search(rb"^transfer-encoding:.*chunked", head.group(), re.IGNORECASE | re.MULTILINE):
        return None
    lengths = set(_HTTP_CONTENT_LENGTH.findall(head.group()))
    return head.end() + int(lengths.pop()) if len(lengths) == 1 else None


def _read_from(blob: bytes, inside: int | None = None) -> list[tuple[Any, bytes]] | None:
    """The records ``blob`` holds (record, body of a page wanted), each whole and the last ending at ``blob``'s end
    (its two blank lines at most after it); None when it is no such run of records. With ``inside`` (how many of
    ``blob``'s first bytes are still a block's: :func:`_spilled`), ``[]`` when the first record ends within them."""
    read: list[tuple[Any, bytes]] = []
    try:
        records = _iterator(io.BytesIO(blob))
        for inner in records:
            wanted = inner.rec_type in _ARTICLE_TYPES and _skip_reason(inner) is None
            body = inner.content_stream().read() if wanted else b""
            records.read_to_end(inner)
            if _truncated(inner) or records.stray:
                return None
            if inside is not None and not read and records.offset <= inside:
                return []
            read.append((inner, body))
    except Exception:  # noqa: BLE001 - warcio's errors on text that is no record: not read
        return None
    end = records.offset if records.member_info is None else sum(records.member_info)
    return read if read and len(blob) - end <= 4 else None


def _digest_tests(record: Any) -> list[tuple[Any, bytes]]:
    """``(new hash, expected digest)`` pairs that prove the bytes kept of ``record``'s block (``kept``: its payload
    when warcio read HTTP headers, else the whole block) up to some end: its WARC-Payload-Digest over them (the
    payload of a record with no HTTP headers is its block), its WARC-Block-Digest over its HTTP headers (hashed
    while read) and them. A digest of an algorithm not known is none."""
    tests: list[tuple[Any, bytes]] = []
    payload = _expected_digest(record.rec_headers.get_header("WARC-Payload-Digest"))
    if payload is not None:
        tests.append((payload[0], payload[1]))
    block = _expected_digest(record.rec_headers.get_header("WARC-Block-Digest"))
    head = getattr(record.raw_stream, "head_hash", None)  # the block's hash up to its payload
    if block is not None and head is not None and head.name == block[0]().name:
        # a record with only a WARC-Block-Digest (its HTTP headers are hashed with it) whose length ran into two
        # records: without it the end was not found and the records after it were numbered one short (robust66)
        tests.append((head.copy, block[1]))
    return tests


def _proven_whole(record: Any, kept: bytearray) -> bool:
    """True when a digest of ``record`` matches its whole block (``kept``, read to its declared end): it holds no
    record a length took. Its payload digest is also tried over the payload without the chunked coding."""
    tests = _digest_tests(record)
    for new, want in tests:
        digest = new()
        digest.update(bytes(kept))
        if digest.digest() == want:
            return True
    payload = _expected_digest(record.rec_headers.get_header("WARC-Payload-Digest"))
    if payload is None:
        return False
    dechunked = _Dechunker(payload[0])
    dechunked.update(bytes(kept))
    return dechunked.digest() == payload[1]


def _digest_end(record: Any, kept: bytearray, candidates: list[re.Match[bytes]]) -> re.Match[bytes] | None:
    """The candidate where the record's block truly ends: the one whose bytes before it match the record's payload
    digest (``kept`` is the payload when warcio read HTTP headers, else the whole block) or its block digest (the
    HTTP headers' bytes, hashed while read, then ``kept`` up to the candidate), else None. The digests are read as
    the block check reads them (``_expected_digest``: sha1/sha256/..., base32, hex or base64)."""
    if len(kept) >= _KEEP_LIMIT:
        return None
    tests = _digest_tests(record)
    for found in candidates:
        for new, want in tests:
            digest = new()
            digest.update(bytes(kept[:found.start()]))
            if digest.digest() == want:
                return found
    return None


def _iterator(stream: IO[bytes]) -> Any:
    """warcio's ArchiveIterator over ``stream``, except that a record whose Content-Length does not match it
    (text follows its declared end, where the two blank lines belong) is noted, not printed.

    warcio writes a raw three-line "WARNING: Record not followed by newline" to stderr there and reads on,
    so the record came out cut mid-sentence, stored as if whole (newuser64). After ``read_to_end``,
    ``stray`` is the number of bytes of such text after the last record read (0 when it ended as it should),
    ``spill`` that text itself (its first ``_KEEP_LIMIT`` bytes), and each record's ``raw_stream`` keeps the bytes
    it gives (``kept``): a record whose length was too long holds the next record's start (see ``_spilled``).
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.limitreader import LimitReader

    class _Block(LimitReader):
        """A record's block reader (in place of warcio's LimitReader) that hashes the whole block, for its
        WARC-Block-Digest, and its payload (the bytes after the HTTP headers, as stored) for its WARC-Payload-Digest,
        and keeps the payload's first ``_KEEP_LIMIT`` bytes."""

        def __init__(self, inner: LimitReader, expected: tuple[Any, bytes] | None,
                     payload: tuple[Any, bytes] | None = None):
            super().__init__(inner.stream, inner.limit)
            self.kept: bytearray | None = None  # from begin_payload on (the HTTP headers parsed)
            self._hash: Any = expected[0]() if expected else None
            self._expected = expected[1] if expected else b""
            self._payload = payload
            self._payload_hash: Any = None
            self._dechunked: _Dechunker | None = None  # the payload without the chunked coding, hashed as read
            self._payload_proven: bool | None = None  # _payload_ok's answer, once the block is read
            self.head_hash: Any = None  # the block's hash at begin_payload

        def begin_payload(self) -> None:
            self.kept = bytearray()
            # the block's hash up to here (its HTTP headers): where a block too long truly ends is found by its
            # WARC-Block-Digest over these and the payload's first bytes (_digest_end)
            self.head_hash = self._hash.copy() if self._hash is not None else None
            if self._payload is not None:
                self._payload_hash = self._payload[0]()
                self._dechunked = _Dechunker(self._payload[0])

        def _update(self, buff: bytes) -> bytes:
            super()._update(buff)
            if self._hash is not None:
                self._hash.update(buff)
            if self._payload_hash is not None:
                self._payload_hash.update(buff)
            if self._dechunked is not None:
                self._dechunked.update(buff)
            if self.kept is not None and len(self.kept) < _KEEP_LIMIT:
                self.kept += buff
            return buff

        @property
        def digest_ok(self) -> bool | None:
            """True or False: the block read whole matches its WARC-Block-Digest or not; None: no digest to check
            (none given, an algorithm not known or a value not readable, a revisit record) or the block not read to
            its end. A block that does not match is still True when the payload matches its WARC-Payload-Digest
            (the HTTP body as stored, or dechunked): a copy by warcio's writer (``warcio recompress``) re-writes
            the HTTP headers (a space after the colon, trailing spaces cut, LF -> CRLF) and keeps the old block
            digest, while the page is intact (break65r2 HIGH-1)."""
            if self._hash is None or self.limit:
                return None
            return self._hash.digest() == self._expected or self.payload_only

        @property
        def payload_only(self) -> bool:
            """True when only the WARC-Payload-Digest proves the record (its block digest fails): its HTTP headers
            are not proven."""
            return self._hash is not None and not self.limit and self._hash.digest() != self._expected \
                and self._payload_ok()

        @property
        def payload_failed(self) -> bool:
            """True when the record has no block digest to check (none given, or one of an algorithm not known or a
            value not readable) and its payload, read whole, matches its WARC-Payload-Digest neither as stored (as
            warcio and wget write it: the bytes after the HTTP headers, the transfer coding kept; a record without
            HTTP headers: its block) nor without the chunked coding (of any length: break67r, a chunked payload of
            ``_KEEP_LIMIT`` bytes or more was only checked as stored, and one whose digest wget computed dechunked
            was warned of)."""
            return self._hash is None and self._payload is not None and not self.limit and not self._payload_ok()

        def _payload_ok(self) -> bool:
            # asked by digest_ok and then payload_only of one record: the answer is kept
            if self._payload_proven is None:
                self._payload_proven = self._payload_matches()
            return self._payload_proven

        def _payload_matches(self) -> bool:
            if self._payload_hash is None or self._payload is None:
                return False
            want = self._payload[1]
            if self._payload_hash.digest() == want:
                return True
            # tools compute it with or without the chunked transfer coding: the dechunked body's, hashed while read
            # (no copy of the body: break67r, one of 4 MiB or more was not checked so and was warned of)
            return self._dechunked is not None and self._dechunked.digest() == want

    def _wrap(stream: Any, rec_type: str, rec_headers: Any, digest_checker: Any, length: Any = None) -> Any:
        # warcio's hook for its own digest check (check_digests), taken for every record with a length: the
        # block is read through _Block from its first byte. Not warcio's check: it fails a record whose payload
        # digest was computed without the chunked transfer coding (false alarms), and a payload digest only
        # proves a record whose block digest fails (see digest_ok); a revisit's digests name the page it revisits
        if rec_type == "revisit":
            return _Block(stream, None), True
        # the payload digest is hashed also without a block digest to check: alone it is the record's only proof
        # (robust67 HIGH: a page changed after a payload digest alone was written was stored without a word)
        digest = _expected_digest(rec_headers.get_header("WARC-Block-Digest"))
        payload = _expected_digest(rec_headers.get_header("WARC-Payload-Digest"))
        return _Block(stream, digest, payload), True

    class _Iterator(ArchiveIterator):
        stray = 0
        spill = b""

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            # warcio's own loop (the blank lines after a record, then the next record's first line), with its
            # stderr warning replaced by ``stray``; and a remainder's further lines are passed over up to the next
            # record's first line: warcio took a page's second remaining line for the next record's header and
            # failed there, losing every record after it
            # A record's first line always ends the loop: one right after a record whose Content-Length also took
            # the two blank lines is the next record, read (trial break64w H2: it was passed over, lost without a
            # line). Text before fewer than two blank lines is a record cut short, also when the cut fell just
            # before a line break (break64w H1: "\n</body></html>" took the blank line for the record's end).
            empty_size = blanks = 0
            self.stray = 0
            read: list[bytes] = []
            while True:
                line = self.reader.readline()
                if not line:
                    break
                if line.rstrip():
                    if (_WHOLE_RECORD_START if empty_size == 0 else _RECORD_START).match(line):
                        break
                    if not self.stray:
                        if blanks >= 2:  # after the blank lines that end a record: warcio's damaged record
                            break
                        self.err_count += 1  # the record goes on past its Content-Length
                        self.stray = 1
                else:
                    blanks += 1
                empty_size += len(line)
                if empty_size <= _KEEP_LIMIT:
                    read.append(line)
            if self.stray:
                self.stray = empty_size  # all of it: none of it is the two blank lines that end a record
            self.spill = b"".join(read) if self.stray else b""
            return line or None, empty_size

    iterator = _Iterator(stream, arc2warc=True, check_digests=True)
    iterator.loader.wrap_digest_verifying_stream = _wrap
    load_http_headers = iterator.loader.load_http_headers

    def _http_headers(rec_type: str, uri: Any, stream: Any, length: Any) -> Any:
        # warcio reads a response/request/revisit record's HTTP headers only for an http(s) WARC-Target-URI, and
        # raised a bare AttributeError on one without it (newuser67: a hand-cut header); said as the header's fault.
        # One with a Content-Length is read past as a record without HTTP headers (read_warc fails it alone and
        # reads the records after it: robust68, they were lost with it)
        if uri is None and length != 0 and rec_type in iterator.loader.HTTP_RECORDS:
            if length is None:
                raise _HeaderError(f"no WARC-Target-URI, which a {rec_type} record needs")
            return None
        return load_http_headers(rec_type, uri, stream, length)

    iterator.loader.load_http_headers = _http_headers
    return iterator


class _HeaderError(ValueError):
    """A WARC record header that cannot be read; its text says why, in words for the failure line."""


class _CutRecord(EOFError):
    """The file ends inside a record whose header is also faulty: truncation, its text in words for the failure line
    (break68r: a cut URI-less record was said as a header fault only, never as truncation)."""


# The digests a WARC-Block-Digest may name (WARC 1.1: "algorithm:value", sha1 in base32 the usual one)
_DIGESTS = {name: getattr(hashlib, name) for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")}


def _expected_digest(value: str | None) -> tuple[Any, bytes] | None:
    """``(hash constructor, expected digest bytes)`` for a WARC-Block-Digest value such as ``sha1:BASE32`` (also
    ``sha-256:``, and the value in base32, hex or base64 / base64url, padded or not), None when there is none, its
    algorithm is not known or its value is none of those forms: nothing to check, the record is read as one
    without a digest (break65r2 MEDIUM-1: an unpadded base64 value was taken for a mismatch, the record lost).
    """
    if not value:
        return None
    algorithm, _, text = value.strip().partition(":")
    new = _DIGESTS.get(algorithm.strip().lower().replace("-", ""))
    if new is None:
        return None
    size, text = new().digest_size, text.strip()
    decoders = (
        lambda: bytes.fromhex(text) if len(text) == 2 * size else b"",
        lambda: base64.b32decode(text + "=" * (-len(text) % 8), casefold=True),
        lambda: base64.b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4),
                                 altchars=b"-_" if "-" in text or "_" in text else None, validate=True),
    )
    for decode in decoders:
        try:
            expected = decode()
        except (ValueError, binascii.Error):
            continue
        if len(expected) == size:
            return new, expected
    return None


class _Dechunker:
    """An HTTP body in the chunked transfer coding, fed in pieces (:meth:`update`), hashed without the coding as it
    comes, without a copy of the body (a page of any length): a size line (hex, ";" extensions cut), its data, then a
    CRLF, a LF or nothing, until the chunk of size 0.

    :meth:`digest` is that digest (bytes), or None when what was fed is not that coding whole: a size line that is
    no hex number (or longer than :data:`_LINE_MAX` bytes: no body's size), a chunk cut short, no last chunk.
    """

    # A chunk's size line is a few hex digits and perhaps an extension; a longer one is a body in no chunked coding,
    # not buffered (an HTML page without a line break)
    _LINE_MAX = 4096

    def __init__(self, new: Any):
        self._hash = new()
        self._line = bytearray()  # the size line read so far
        self._left = 0  # bytes of the chunk's data still to come
        # "size": in a size line; "data": in a chunk's data; "end": after it, where a CRLF or LF may close it;
        # "done": the last chunk read; "bad": no chunked coding
        self._state = "size"
        self._cr = False  # in "end": a CR read, its LF not yet

    def update(self, buff: bytes) -> None:
        view, at, size = memoryview(buff), 0, len(buff)
        while at < size and self._state not in ("done", "bad"):
            if self._state == "size":
                at = self._size_line(buff, at)
            elif self._state == "data":
                take = min(self._left, size - at)
                self._hash.update(view[at:at + take])
                at, self._left = at + take, self._left - take
                if not self._left:
                    self._state = "end"
            else:  # a CRLF, LF or nothing after a chunk's data, the byte before a CRLF's LF kept
                if self._cr:
                    self._cr, self._state = False, "size"
                    if buff[at] == 0x0A:
                        at += 1
                    else:  # a CR without its LF: the next size line's first byte
                        self._line += b"\r"
                elif buff[at] == 0x0D:
                    self._cr, at = True, at + 1
                else:
                    self._state = "size"
                    at += buff[at] == 0x0A

    def _size_line(self, buff: bytes, at: int) -> int:
        """Reads a size line from ``buff[at:]``; returns where its reading stopped."""
        eol = buff.find(b"\n", at)
        self._line += buff[at:] if eol < 0 else buff[at:eol]
        if eol < 0:
            if len(self._line) > self._LINE_MAX:
                self._state = "bad"
            return len(buff)
        try:
            chunk = int(bytes(self._line).split(b";", 1)[0].strip(), 16)
        except ValueError:
            chunk = -1
        self._line.clear()
        self._left = chunk
        self._state = "bad" if chunk < 0 else "done" if chunk == 0 else "data"
        return eol + 1

    def digest(self) -> bytes | None:
        return self._hash.digest() if self._state == "done" else None


def _content_type(record: Any) -> str:
    headers = record.http_headers if record.rec_type == "response" else None
    value = headers.get_header("Content-Type") if headers else record.rec_headers.get_header("Content-Type")
    return (value or "").lower()


def _status(record: Any) -> int | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    code = (record.http_headers.get_statuscode() or "").strip()
    return int(code) if code.isdigit() else None


def _skip_reason(record: Any) -> tuple[str, str] | None:
    """(kind, reason) when this page record is not an article, else None."""
    if record.rec_type == "revisit":
        return "revisit", "revisit record (a capture of an unchanged page, no new content)"
    status = _status(record)
    if record.rec_type == "response" and status is None:
        return "not HTTP", "response record without an HTTP status line"
    if status is not None and not 200 <= status < 300:
        kind = "not-found/redirect" if 300 <= status < 500 else "HTTP error"
        return kind, f"HTTP {status} response, not an article"
    ctype = _content_type(record)
    if "html" not in ctype:
        return "not HTML", f"{ctype.split(';')[0] or 'untyped'} record, not an HTML page"
    return None


def _metadata(record: Any, page_meta: dict[str, Any]) -> dict[str, Any]:
    rec = record.rec_headers
    crawled = rec.get_header("WARC-Date")
    meta: dict[str, Any] = {
        "external_id": rec.get_header("WARC-Record-ID"),
        "url": rec.get_header("WARC-Target-URI"),
        "crawled": crawled,
        "format": "warc",
    }
    if not page_meta.get("published"):
        try:
            day = parse_date(crawled)
        except DateError:
            day = None
        if day:
            meta.update(published=day, published_source="warc-date")
    return meta


def _truncated(record: Any) -> bool:
    # warcio limits each record to its Content-Length; a limit left over after
    # reading to the end means the file ended inside the record.
    return getattr(record.raw_stream, "limit", 0) > 0


def _capture_note(record: Any) -> str | None:
    """The warning for a response whose HTTP Content-Length declares more bytes than the record holds (the
    crawler stored a cut download whole as a record; the page's text ends early), else None."""
    headers = record.http_headers if record.rec_type == "response" else None
    if headers is None or headers.get_header("Transfer-Encoding") or not isinstance(record.length, int):
        return None
    declared = (headers.get_header("Content-Length") or "").strip()
    held = record.length - headers.total_len  # the payload as captured (still content-encoded, as declared)
    if not declared.isdigit() or int(declared) <= held:
        return None
    return (f"capture cut short: the page's HTTP header declares {int(declared):,} bytes, the archive holds "
            f"{held:,}; its text may end early")


def _record_document(record: Any, item: str, body: bytes, note: str | None = None) -> RawDocument | Failure | Skipped:
    """The record's RawDocument (Skipped when it is no article, a Failure when its page cannot be read); ``note``:
    a warning kept with it in ``metadata["warnings"]``."""
    skip = _skip_reason(record)
    if skip is not None:
        return Skipped(item, skip[1], skip[0])
    try:
        raw = read_bytes(body, item, is_html=True, content_type=_content_type(record))
    except InputError as exc:
        return Failure(item, "read", exc.reason)
    meta = {**raw.metadata, **{k: v for k, v in _metadata(record, dict(raw.metadata)).items() if v}}
    for kept in (_capture_note(record), note):  # stored (what there is may be the story), with the note kept
        if kept:
            meta["warnings"] = [*meta.get("warnings", []), kept]
    return RawDocument(source=item, text=raw.text, html=raw.html, encoding=raw.encoding, metadata=meta)


def read_warc(path: str | Path) -> Iterator[RawDocument | Failure | Skipped]:
    """Yield a RawDocument per HTML page record, a Skipped per other page record, a Failure for damage.

    Sources are ``path#<n>``, n = record number from 1 (bookkeeping records count).
    A truncated or damaged archive ends with one Failure after the records that
    could be read completely; the records after it are not read (their count unknown). Except in a gzipped
    archive a member whose data inflates whole but fails its CRC / length check, followed right there by the next
    member: it is one Failure for the records it held (counted, so the numbers after it are the intact archive's)
    and the read goes on (``_Archive.resume_at``).
    A record whose WARC-Block-Digest does not match its block (and whose WARC-Payload-Digest does not prove its
    payload) is one Failure, not stored. A record of a gzip member that fails its CRC or length check and is not
    passed over so (a whole-file gzip with a flipped byte: found in a first pass over the member) is stored with a
    note: that its digest matches, or, without one, that nothing proves it intact (counted in the damage's Failure,
    which is the file's when only the trailer at the archive's end failed).
    """
    from warcio.exceptions import ArchiveLoadFailed

    source = shown_path(str(path))  # the one form of its name (storylens._paths)
    where = source  # what the records' numbers count from: the file, or the gzip member the read went on at
    n = done = 0
    start: int | None = 0
    damaged = False  # a Failure for damage was yielded (then the file is not said to hold no records)
    unproven_stored = 0  # records of a damaged member stored with a warning: no digest proves them intact
    chains: dict[int, tuple[bool, int]] = {}  # the resync's chain answers, kept over this file's passes
    try:
        while start is not None:
            first = start  # the file byte this pass starts at
            with _open(path, start, chains) as archive:
                records = _iterator(io.BufferedReader(archive))
                boundary = 0  # the stream byte after the last whole record: where the next one starts
                try:
                    for record in records:
                        n += 1
                        if (record.format == "warc" and record.length is None
                                and _ends_in_header(path, archive, first, boundary)):
                            # a header cut before its Content-Length line (the file's first ~28 bytes of it): warcio
                            # gave an "untyped record" of it, skipped as no HTML page (robust68)
                            raise EOFError("the file ends inside this record's header")
                        no_uri = _without_uri(record)
                        wanted = (record.rec_type in _ARTICLE_TYPES and not no_uri
                                  and _skip_reason(record) is None)
                        body = record.content_stream().read() if wanted else b""
                        records.read_to_end(record)
                        if (_truncated(record) or archive.damaged_before(records.offset, records.member_info[0])
                                or archive.past_cut(records.offset)):
                            archive.damage()  # the stream ended at a damaged member, inside this record
                            # a cut file as any other (break68r: said as a header fault, not as truncation); the
                            # missing URI is said too, a length past the file's end may be the header's lie
                            if no_uri:
                                raise _CutRecord(f"the file ends inside this record, whose header has {no_uri}")
                            raise EOFError("the file ends inside this record")
                        done, boundary = n, records.offset
                        taker = n
                        unproven = archive.unproven(records.offset)  # of a member that fails its check
                        pages = [(record, body, n)]
                        # text past its Content-Length (or a length too long), or whole records in its block (a
                        # length too long by exactly their length): not stored whole
                        spilled = _spilled(record, records.spill) if records.stray else _swallowed(record)
                        may_hold = spilled if isinstance(spilled, int) else None
                        if no_uri:
                            # read past by its Content-Length, never stored; a length too long took the next records,
                            # read from there as for a page record (break68r HIGH: the next record was lost silently
                            # and the ones after it stored one number short)
                            yield Failure(f"{where}#{n}", "read", _no_uri_reason(no_uri, n, spilled))
                            pages = []
                        if isinstance(spilled, tuple):
                            taken, starts = spilled
                            if not no_uri:
                                yield Failure(f"{where}#{n}", "read", _length_reason(n, taken, starts))
                            # a record the length took is read from there when whole (break64w), else counted, so
                            # the numbers after it stay those of the intact archive
                            pages = [(inner, inner_body, n + i) for i, (inner, inner_body) in enumerate(taken or (), 1)]
                            n = done = n + (len(pages) if taken is not None else starts)
                        for page, page_body, number in pages:
                            if page.rec_type in _BOOKKEEPING:
                                continue
                            if page is not record and _without_uri(page):
                                # a record taken and read from there has no URI either: said, not stored (robust69b
                                # M6: #2's line said it was stored, and it was said nowhere)
                                yield Failure(f"{where}#{number}", "read",
                                              f"{_without_uri(page)}: not read (#{taker}'s Content-Length took it, it was read "
                                              f"from there); fix the record's header or re-download the archive")
                                continue
                            got = _checked_document(page, f"{where}#{number}", page_body, unproven)
                            if may_hold is not None and isinstance(got, RawDocument) and page is record:
                                got = _noted(got, f"{MAY_HOLD_RECORDS}: a WARC record starts inside it at byte "
                                                  f"{may_hold} and no digest or HTTP length tells where the page "
                                                  f"ends; check the archive with `warcio check`")
                            if isinstance(got, RawDocument) and _UNPROVEN_NOTE in got.metadata.get("warnings", ()):
                                unproven_stored += 1
                            yield got
                    _check_complete(archive, records)
                    start = None
                    if unproven_stored:  # not met: the member's damage ends this pass as it ended the first one
                        yield Failure(source, "read", _unproven_reason(unproven_stored,
                                                                       "gzip data that fails its check"))
                except (ArchiveLoadFailed, EOFError, ValueError, OSError, zlib.error, AttributeError,
                        TypeError) as exc:
                    # warcio and zlib raise these on a cut-off or damaged record (warcio's own AttributeError or
                    # TypeError on a header it cannot read: said without its internal text); what was read before
                    # stays.
                    resume, damaged = archive.resume_at(boundary), True
                    at_end = resume is None and archive.ended_at_check(boundary)
                    resync = archive.resync_at() if resume is None and not at_end else None
                    if (resume is None and resync is None and not at_end and not unproven_stored
                            and _header_fault(exc) and not _ends_in_header(path, archive, first, boundary)):
                        yield _header_failure(where, done, exc, archive, first + boundary)
                        start = None
                        continue
                    yield _damage_failure(where, done, exc, archive, resume, unproven_stored, at_end, resync, source)
                    unproven_stored = 0
                    if resync is not None:
                        # the records the damage took are not counted (how many is unknown): the ones after it are
                        # numbered from the member the read goes on at, never under a number that may be wrong
                        # (break65r HIGH-1: a search for the next member renumbered them)
                        start, where, n, done = resync, f"{source}@{resync}", 0, 0
                        continue
                    # the records the damaged member held are counted, so that the numbers after it stay those of
                    # the intact archive (newuser64 M1); with no exact end the read ends (break65r HIGH-1)
                    start, lost = resume if resume is not None else (None, 0)
                    n = done = done + lost
        if n == 0 and not damaged:
            yield Failure(source, "read", "no WARC or ARC records found; check that the file is a web archive")
    except NotRegularFileError as exc:  # a FIFO swapped in after the walk's check: not read
        yield not_regular(exc)
    except FileNotFoundError:
        yield Failure(source, "read", "file not found; check the path")
    except PermissionError:
        yield Failure(source, "read", "permission denied; make the file readable")


# How the warning on a page whose block may hold the next records starts (stream.ingest prints such warnings)
MAY_HOLD_RECORDS = "its block may hold the next record(s)"
# How the warning on a page whose payload does not give its WARC-Payload-Digest starts (said as MAY_HOLD_RECORDS)
PAYLOAD_MISMATCH = "its page does not give its WARC-Payload-Digest"


def _noted(doc: RawDocument, note: str) -> RawDocument:
    """``doc`` with ``note`` added to its ``metadata["warnings"]``."""
    return dataclasses.replace(doc, metadata={**doc.metadata, "warnings": [*doc.metadata.get("warnings", []), note]})


def _checked_document(record: Any, item: str, body: bytes, unproven: bool) -> RawDocument | Failure | Skipped:
    """``_record_document``'s result for a record read whole, a Failure when its digests do not prove it (see
    ``digest_ok``). A record that is ``unproven`` (its gzip member fails its check) is stored with a note: the
    digest's that proves it, or, with no digest to check, that nothing proves it intact (break65r2 MEDIUM-2: such
    records were not stored, one flipped bit in the CRC trailer lost every record of the file)."""
    digest_ok = getattr(record.raw_stream, "digest_ok", None)
    if digest_ok is False:
        digest = record.rec_headers.get_header("WARC-Block-Digest")
        return Failure(item, "read", f"block digest mismatch: the record's bytes do not give its WARC-Block-Digest "
                                     f"({digest}): changed after it was written, not stored; re-download the archive")
    if getattr(record.raw_stream, "payload_failed", False):
        # its only digest (robust67 HIGH: never asked, a changed page stored silently). Stored with a warning, not
        # refused as a wrong block digest is: tools compute a payload digest differently (with or without the
        # transfer or content coding), and hand-made archives carry placeholders (the field case's revisit)
        digest = record.rec_headers.get_header("WARC-Payload-Digest")
        if unproven:  # and read from a gzip member that fails its check: changed bytes, as a wrong block digest
            return Failure(item, "read", f"{PAYLOAD_MISMATCH} ({digest}) and was read from a damaged gzip member: "
                                         "changed, not stored; re-download the archive")
        return _record_document(record, item, body, f"{PAYLOAD_MISMATCH} ({digest}): it may have changed after it "
                                                    "was written; check the text or re-download the archive")
    # WARC headers carry no digest: in a damaged member a one-byte change there (the URL, the date) goes unseen
    if not unproven:
        # the page proven by its payload digest alone: its HTTP headers, whose charset decoded it, are not (a copy by
        # warcio's writer re-writes them; so does a flipped bit, and the text was stored decoded wrongly without a
        # word: break65r3 H1)
        note = _PAYLOAD_ONLY_NOTE if getattr(record.raw_stream, "payload_only", False) else None
    elif not digest_ok:
        note = _UNPROVEN_NOTE
    else:  # the HTTP headers (its charset) are not proven when only the payload digest matched
        note = _PAYLOAD_MEMBER_NOTE if getattr(record.raw_stream, "payload_only", False) else _DAMAGED_MEMBER_NOTE
    return _record_document(record, item, body, note)


_DAMAGED_MEMBER_NOTE = ("read from a damaged gzip member: its content matches its WARC-Block-Digest, its WARC headers "
                        "(URL, capture date, record id) have no digest and could not be checked")
_PAYLOAD_MEMBER_NOTE = ("read from a damaged gzip member: its page matches its WARC-Payload-Digest (its "
                        "WARC-Block-Digest does not), its HTTP and WARC headers (charset, URL, capture date) could not "
                        "be checked")
_PAYLOAD_ONLY_NOTE = ("its page matches its WARC-Payload-Digest but the record does not match its WARC-Block-Digest: its "
                      "HTTP headers (the charset the page was read with) are not proven, as after a copy by warcio's "
                      "writer or a changed byte there; check the text or re-download the archive")
_UNPROVEN_NOTE = ("read from a damaged gzip member: no digest proves it intact, it may hold changed bytes; "
                  "re-download the archive")


def _unproven_reason(count: int, where: str) -> str:
    """The words for ``count`` records of a damaged gzip member stored with ``_UNPROVEN_NOTE``, ending with the
    fix."""
    one = count == 1
    return (f"{count} record{'' if one else 's'} read from {where} {'was' if one else 'were'} stored with a warning: "
            f"no digest proves {'it' if one else 'them'} intact; re-download the archive")


def _no_uri_reason(no_uri: str, n: int, spilled: tuple[list[Any] | None, int] | int | None) -> str:
    """The reason for page record ``n``, which has no WARC-Target-URI (``no_uri``: ``_without_uri``'s words) and is
    read past by its Content-Length; ``spilled``: ``_spilled``'s or ``_swallowed``'s answer for it. Names the
    records its length took, never says the records after it were read (there may be none, or they may fail)."""
    fix = "fix the record's header or re-download the archive"
    if isinstance(spilled, int):
        # not split (a page may end with an archived record), so both records are named: the one its length may
        # have taken is not read, and is not counted (robust69: it was said nowhere, the next stored under its number)
        # the records named before the detail (in parentheses, which the terminal line shortens first): an
        # elided middle took '#3 is not read either' (robust70)
        return (f"{no_uri}: not read; {MAY_HOLD_RECORDS}: if that is the next record (#{n + 1}), #{n + 1} is not "
                f"read either and the records after it are numbered from #{n + 1} (a WARC record starts inside it at "
                f"byte {spilled} and no digest or HTTP length tells where it ends); check the archive with `warcio "
                f"check`, {fix}")
    if isinstance(spilled, tuple) and spilled[1]:
        taken, starts = spilled
        after = f"#{n + 1}" if starts == 1 else f"#{n + 1} to #{n + starts}"
        took = (_taken_words(n, taken) if taken is not None
                else "which could not be read from there and is lost with it")
        return f"{no_uri}, and its Content-Length is too long: it runs into the next record ({after}, {took}); {fix}"
    return f"{no_uri}: not read; {fix}"


def _taken_words(n: int, taken: list[Any]) -> str:
    """What became of the records read from the block of record ``n`` (``taken``: (record, body) pairs, the first
    numbered ``n + 1``): "read from there and stored", or which of them have no WARC-Target-URI and are not stored
    (robust69b M6: a taken record without a URI was said to be stored)."""
    without = [f"#{n + i}" for i, (inner, _) in enumerate(taken, 1) if _without_uri(inner)]
    if not without:
        return "read from there and stored"
    which = without[0] if len(without) == 1 else ", ".join(without[:-1]) + " and " + without[-1]
    verb = "has" if len(without) == 1 else "have"
    return f"read from there; {which} {verb} no WARC-Target-URI either: not stored"


def _length_reason(n: int, taken: list[Any] | None, starts: int) -> str:
    """The reason for record ``n``, whose Content-Length does not match it; ``taken``, ``starts``: ``_spilled``'s."""
    if not starts:
        return ("its Content-Length does not match the record (the record does not end where that length says: "
                "stored, it would be cut short or run into the next record); re-download the archive or fix the "
                "record")
    after = f"#{n + 1}" if starts == 1 else f"#{n + 1} to #{n + starts}"
    if taken is not None:
        return (f"its Content-Length is too long: it runs into the next record ({after}, {_taken_words(n, taken)}); "
                f"not stored, it would end with that record's bytes; re-download the archive or fix the "
                f"record")
    return (f"its Content-Length is too long: it runs into the next record ({after}), which could not be read from "
            f"there and is lost with it; re-download the archive or fix the record")


def _damage_failure(where: str, done: int, exc: Exception, archive: _Archive, resume: tuple[int, int] | None,
                    unproven_stored: int = 0, at_end: bool = False, resync: int | None = None,
                    source: str | None = None) -> Failure:
    """The one Failure for the damage that ended a pass over the archive (``where``: what the pass's record numbers
    count from, ``source``: the file); ``resume``: ``_Archive.resume_at``'s (the read goes on after the damaged
    member, whose records are lost and counted), ``resync``: ``_Archive.resync_at``'s (the read goes on at that
    member, the records lost not counted); both None when it ends here; ``unproven_stored``: records of the damaged
    member stored with a warning (no digest to prove them intact), named in the same line; ``at_end``: only the last
    member's trailer failed, at the archive's end (``_Archive.ended_at_check``): no record is left unread, the line
    is the file's."""
    source = source or where
    if at_end:
        failure = Failure(source, "read", f"damaged gzip member at byte {archive.damaged_at:,} "
                                          f"({type(exc).__name__}: {exc}): its CRC / length check failed at the "
                                          f"archive's end, reached after {done} complete "
                                          f"record{'' if done == 1 else 's'}; re-download the archive")
    else:
        failure = _damage_line(where, done, exc, archive, resume, resync, source)
    if not unproven_stored:
        return failure
    cause = failure.reason.removesuffix("; re-download the archive")
    return Failure(failure.source, "read",
                   f"{cause}; {_unproven_reason(unproven_stored, 'the damaged gzip member')}")


def _without_uri(record: Any) -> str:
    """Why a page record (response, request, revisit) with a block but no WARC-Target-URI is not read, else ""."""
    if (record.rec_type in ("response", "request", "revisit") and record.length != 0
            and record.rec_headers.get_header("WARC-Target-URI") is None):
        return f"no WARC-Target-URI, which a {record.rec_type} record needs"
    return ""


_HEADER_LIMIT = 1 << 20  # a record header longer than this is not taken for one cut by the file's end


def _ends_in_header(path: str | Path, archive: _Archive, first: int, at: int) -> bool:
    """Whether the archive's stream (from file byte ``first``) ends inside the record header starting at stream byte
    ``at`` (no blank line closes it before the end): a cut-off file, said as truncated, not as a header missing its
    WARC-Target-URI or as an "untyped record" (the cut took those lines; tests/ingest/test_ingest_bad_input.py).
    A gzipped archive is inflated again from ``first`` (only on such a failure): a cut member and a whole member
    holding a cut header alike (robust68: a gzipped one was said to lack its WARC-Target-URI); damaged gzip data
    is not a cut header (False)."""
    try:
        with open_regular(path) as fh:
            fh.seek(first if archive.gzipped else first + at)
            rest = _inflated_from(fh, at) if archive.gzipped else fh.read(_HEADER_LIMIT)
    except (OSError, zlib.error):
        return False
    return len(rest) < _HEADER_LIMIT and b"\r\n\r\n" not in rest and b"\n\n" not in rest


def _inflated_from(fh: IO[bytes], at: int) -> bytes:
    """At most ``_HEADER_LIMIT`` bytes of the gzip members read from ``fh``, inflated, from inflated byte ``at`` on
    (a cut member gives what it holds). Raises zlib.error on damaged data."""
    inflate, skip, out = zlib.decompressobj(31), at, bytearray()
    while len(out) < _HEADER_LIMIT:
        data = fh.read(1 << 16)
        if not data:
            break
        while data and len(out) < _HEADER_LIMIT:
            if not data.strip(b"\x00"):
                data = b""  # zero padding after the last member
                break
            chunk = inflate.decompress(data)
            if skip:
                cut = min(skip, len(chunk))
                chunk, skip = chunk[cut:], skip - cut
            out += chunk
            if inflate.eof:
                data, inflate = inflate.unused_data, zlib.decompressobj(31)
            else:
                data = b""
    return bytes(out)


def _header_fault(exc: Exception) -> bool:
    """True when ``exc`` says a record header could not be read (not that the file or a gzip member ends early)."""
    return isinstance(exc, (_HeaderError, AttributeError, TypeError))


def _header_failure(source: str, done: int, exc: Exception, archive: _Archive, at: int) -> Failure:
    """The one Failure for record ``done + 1``, whose header (at file byte ``at`` of a plain archive) could not be
    read: the read ends there, as after other damage. Never warcio's internal exception text (newuser67: "(
    AttributeError: 'NoneType' object has no attribute 'startswith')")."""
    why = str(exc) if isinstance(exc, _HeaderError) else "warcio cannot read it"
    # in a gzipped archive the offset is one of the inflated data, not of the file: the record number says where
    where = "" if archive.gzipped else f" at byte {at:,}"
    return Failure(f"{source}#{done + 1}", "read",
                   f"not a readable WARC record header{where} ({why}), after {done} complete "
                   f"record{'' if done == 1 else 's'}: the records after it were not read (how many is unknown); "
                   f"re-download the archive or fix the record's header")


def _damage_line(where: str, done: int, exc: Exception, archive: _Archive,
                 resume: tuple[int, int] | None, resync: int | None = None, source: str | None = None) -> Failure:
    # warcio's AttributeError / TypeError texts name its internals, not the archive's fault
    error = ("a record header that cannot be read" if _header_fault(exc)
             else str(exc) if isinstance(exc, _CutRecord) else f"{type(exc).__name__}: {exc}")
    complete = f"{done} complete record{'' if done == 1 else 's'}"
    if resync is not None:
        return Failure(f"{where}#{done + 1}", "read",
                       f"damaged gzip data from byte {archive.damaged_at:,} ({error}), after {complete}: any record "
                       f"it held after them is lost (how many is unknown); the read went on at the next whole gzip "
                       f"member, byte {resync:,}, naming its records from there: {Path(source or where).name}@{resync}#1 on; "
                       f"re-download the archive")
    if resume is None:
        return Failure(f"{where}#{done + 1}", "read",
                       f"truncated or damaged archive after {complete} ({error}): the records after it were not read "
                       f"(how many is unknown); re-download the archive")
    lost = resume[1]
    what = "this record is lost" if lost == 1 else f"its {lost} records (#{done + 1} to #{done + lost}) are lost"
    return Failure(f"{where}#{done + 1}", "read",
                   f"damaged gzip member at byte {archive.damaged_at:,} ({error}): {what}, the records after it "
                   f"were read; re-download the archive")
