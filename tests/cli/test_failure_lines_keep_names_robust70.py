"""robust70 finding 2: the terminal line of a failure (docs/cli.md: 'storylens: error: <input>: <what is wrong>; <how
to fix it>', at most 300 characters of reason) elided the middle of a long WARC reason, and with it the record it
named ('... at byte 428 and no…t read either and the records after it are numbered from #3'). Each failure kind
ingest prints is rendered at 80 columns: the line keeps the input's name, each record the reason names (with the
words after it) and the fix; a detail in parentheses is what a reason too long for its line gives up first."""

from __future__ import annotations

import gzip
import re

from typer.testing import CliRunner

from storylens.cli import app, fitted
from storylens.embed import HashingEmbedder
from storylens.ingest.walk import iter_records
from storylens.models import Failure

from ..ingest._warcs import member
from ..ingest.test_warc_no_uri_took_next_robust69 import _archive as _no_uri_archive


def _bad_crc(data: bytes) -> bytes:
    bad = bytearray(data)
    bad[-5] ^= 0xFF
    return bytes(bad)


def _inputs(folder) -> None:
    """One input of each failure kind, in a folder whose name is long (the name must survive too)."""
    for packing in ("plain", "per-record-gzip"):
        for http_length, http_off in ((False, 0), (True, 0), (True, 1)):
            data, name = _no_uri_archive(packing, http_length, http_off)
            (folder / f"no-uri-{http_length}-{http_off}-{name}").write_bytes(data)
    one, two, three = (member(i) for i in (1, 2, 3))
    (folder / "cut-member.warc.gz").write_bytes(one + two[:-9] + three)
    (folder / "cut-half.warc.gz").write_bytes(one + two[: len(two) // 2] + three)
    (folder / "bad-crc.warc.gz").write_bytes(one + _bad_crc(two) + three)
    (folder / "cut-plain.warc").write_bytes(gzip.decompress(one) + gzip.decompress(two)[:300])
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bom.txt").write_bytes(b"\xff\xfeThe council met on Tuesday to discuss the new budget.")


def _phrases(reason: str) -> list[str]:
    """Each record the reason names ('#3') with up to three words after it, to a detail in parentheses."""
    words = reason.split()
    return [" ".join(words[i : i + 4]).split(" (")[0].rstrip(",;:") for i, w in enumerate(words) if re.search(r"#\d", w)]


def test_every_failure_line_keeps_the_input_the_records_named_and_the_fix(tmp_path, monkeypatch):
    folder = tmp_path / ("crawls-of-the-regional-flood-coverage-" * 2).rstrip("-")
    folder.mkdir()
    _inputs(folder)
    failures = [r for r in iter_records([folder]) if isinstance(r, Failure)]
    assert len(failures) >= 12
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")], env={"COLUMNS": "80"},
                                terminal_width=80)
    lines = result.output.splitlines()
    lost = []
    for failure in failures:
        start = f"storylens: error: {failure.source}: "
        (line,) = [line for line in lines if line.startswith(start)]
        said = line[len(start):]
        fix = failure.reason.rsplit("; ", 1)[-1]
        missing = [p for p in _phrases(failure.reason) if p not in said] + ([] if said.endswith(fix) else [fix])
        if missing or len(said) > 300:
            lost.append((failure.source.rsplit("/", 1)[-1], missing, said))
    assert lost == []


def test_a_message_too_long_gives_up_its_details_then_its_middle():
    message = ("x.warc#2: no WARC-Target-URI: not read; if that is the next record (#3), #3 is not read either "
               f"(a WARC record starts inside it at byte 428 and {'no digest ' * 10}tells where it ends); "
               f"{'more words ' * 20}here; re-download the archive")
    shown = fitted(message, 200)
    assert len(shown) <= 200
    assert shown.startswith("x.warc#2: no WARC-Target-URI: not read; if that is the next record (#3), #3 is not read "
                            "either (…); more words")
    assert shown.endswith("…; re-download the archive")
    assert fitted("short; fix it", 200) == "short; fix it"
