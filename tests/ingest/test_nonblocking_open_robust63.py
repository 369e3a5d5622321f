"""Trial robust63, item 1: a path that is a regular file when the walk stats it but a FIFO when a reader opens it
blocked ``storylens ingest`` for ever (the reader's open waited for a writer). Every input file is now opened
through :func:`storylens.ingest.files.open_regular`: a FIFO it stats is not opened; one swapped in after that stat
is opened with O_NONBLOCK, found by fstat on the descriptor and closed unread. Either way: one skipped line, and
the other articles of the run are read.

The race is made deterministic by swapping the file for a FIFO inside the step before the open (the walk's stat
check, or ``os.open`` itself); what blocked before the fix runs in a child process bounded by _BOUND s."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import storylens

_BOUND = 30  # seconds: the child reads two small files (~2 s); the bug it guards against never ends

_CHILD = r"""
import json, os, sys
from pathlib import Path
from storylens.ingest import files, walk
from storylens.ingest.walk import Skipped, iter_records
from storylens.models import RawDocument

where, victim, *inputs = sys.argv[1:]

def swap():
    os.unlink(victim)
    os.mkfifo(victim)  # no process writes to it: a blocking open or read waits for ever

if where == "walk":  # after the walk's own stat check said "a regular file"
    check = walk._not_a_regular_file
    def checked(path):
        found = check(path)
        if str(path) == victim:
            swap()
        return found
    walk._not_a_regular_file = checked
elif where == "open":  # after open_regular's stat, at the open itself: only O_NONBLOCK and fstat catch it
    real_open = os.open
    swapped = []
    def opening(path, flags, *args, **kwargs):
        if str(path) == victim and not swapped:
            swapped.append(flags)
            swap()
        return real_open(path, flags, *args, **kwargs)
    files.os.open = opening
out = []
for r in iter_records(inputs):
    kind = "read" if isinstance(r, RawDocument) else "skipped" if isinstance(r, Skipped) else "failed"
    out.append([kind, r.source, getattr(r, "reason", ""), getattr(r, "kind", "")])
print(json.dumps(out))
"""

_WARC = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
         b"WARC-Target-URI: https://example.org/a\r\nWARC-Date: 2025-01-07T10:00:00Z\r\n"
         b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n")


def _warc() -> bytes:
    page = (b"<html><head><title>Council meets</title></head><body><article><p>Ankara, Tuesday. The city council "
            b"met in the capital and approved the new budget after a long debate.</p></article></body></html>")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
    return _WARC % (len(http), http)


_FILES = {  # one input of each reader; "a.dat": no known extension, so the walk sniffs its first bytes
    "a.txt": b"Ankara, Tuesday. The council met in the capital.",
    "a.dat": b"Ankara, Tuesday. The council met in the capital.",
    "a.jsonl": json.dumps({"id": "1", "text": "Ankara, Tuesday. The council met in the capital."}).encode(),
    "a.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>1</guid>'
              b"<title>Council meets</title><description>Ankara, Tuesday. The council met in the capital."
              b"</description></item></channel></rss>"),
    "a.warc": _warc(),
}


def _records(where: str, victim: Path, *inputs: Path) -> list[list[str]]:
    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).resolve().parents[1])}
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, where, str(victim), *map(str, inputs)],
                              capture_output=True, text=True, timeout=_BOUND, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingest of {inputs} with {victim} swapped for a FIFO ({where}) did not end within {_BOUND} s")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _tree(tmp_path: Path, name: str) -> tuple[Path, Path]:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / name).write_bytes(_FILES[name])
    (tree / "z.txt").write_text("Bonn, Dienstag. Der Rat tagte im Rathaus.", encoding="utf-8")
    return tree, tree / name


@pytest.mark.parametrize("name", sorted(_FILES))
@pytest.mark.parametrize("where", ["walk", "open"])
def test_a_file_swapped_for_a_fifo_before_it_is_opened_is_one_skipped_line(tmp_path, name, where):
    tree, victim = _tree(tmp_path, name)
    # at the open itself the FIFO was opened (without blocking) to be found out: "not read"
    verb = "read" if where == "open" else "opened"
    assert _records(where, victim, tree) == [
        ["skipped", str(victim), (f"not a regular file (a named pipe (FIFO)), not {verb}; save what it gives to a "
                                  "file and ingest that"), "not regular files"],
        ["read", str(tree / "z.txt"), "", ""]]  # the other article of the run is read


@pytest.mark.parametrize("name", sorted(_FILES))
def test_unswapped_the_same_files_are_read(tmp_path, name):
    """The control: the child's swap is what the test above measures (the readers read each file)."""
    tree, victim = _tree(tmp_path, name)
    kinds = [r[0] for r in _records("none", victim, tree)]
    assert kinds == ["read", "read"]


def test_open_regular_refuses_a_fifo_unopened(tmp_path):
    from storylens.errors import NotRegularFileError
    from storylens.ingest import files

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError) as caught:
        files.open_regular(fifo)  # the stat finds it: os.stat never blocks
    assert (caught.value.what, caught.value.opened) == ("a named pipe (FIFO)", False)
    assert caught.value.reason == ("not a regular file (a named pipe (FIFO)), not opened; save what it gives to a "
                                   "file and pass that")


@pytest.mark.skipif(not hasattr(os, "O_NONBLOCK"), reason="no O_NONBLOCK on this platform")
def test_open_regular_opens_without_blocking_then_reads_blocking(tmp_path, monkeypatch):
    """The flags of the open itself (a FIFO met there: the child-process tests above); a regular file's descriptor
    is set blocking again before it is read. No FIFO is opened in this process: a blocking open would hang it."""
    from storylens.ingest import files

    article = tmp_path / "a.txt"
    article.write_bytes(b"Ankara, Tuesday.")
    real_open, flags = os.open, []

    def opening(path, how, *args, **kwargs):
        flags.append(how)
        return real_open(path, how, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", opening)
    with files.open_regular(article) as fh:
        assert os.get_blocking(fh.fileno())
        assert fh.read() == b"Ankara, Tuesday."
    assert len(flags) == 1 and flags[0] & os.O_NONBLOCK
    with pytest.raises(IsADirectoryError):
        files.open_regular(tmp_path)


_READ_PATH = r"""
import sys
from storylens.errors import InputError
from storylens.ingest.files import read_path
try:
    read_path(sys.argv[1])
except InputError as exc:
    print(exc)
"""


def test_compare_s_reader_names_a_fifo_and_the_fix(tmp_path):
    """read_path (compare, similarity): a FIFO was sniffed, then read again from its start (a shell's <(...) gave
    "input is empty"), or waited for a writer for ever."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).resolve().parents[1])}
    try:
        done = subprocess.run([sys.executable, "-c", _READ_PATH, str(fifo)], capture_output=True, text=True,
                              timeout=_BOUND, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"read_path of a FIFO did not end within {_BOUND} s")
    assert done.stdout.strip() == (f"{fifo}: not a regular file (a named pipe (FIFO)), not opened; save what it "
                                   "gives to a file and pass that, or pass it on standard input as '-'")


_LEASE_HOLDER = r"""
import fcntl, os, signal, sys, time
fd = os.open(sys.argv[1], os.O_RDONLY)
def give_up(*_):
    time.sleep(0.2)  # a server finishing its writes before it lets the lease go
    fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_UNLCK)
signal.signal(signal.SIGIO, give_up)
try:
    fcntl.fcntl(fd, fcntl.F_SETLEASE, fcntl.F_WRLCK)
except OSError as exc:
    print("no lease:", exc, flush=True)
    sys.exit(0)
print("leased", flush=True)
time.sleep(60)
"""


def test_a_leased_regular_file_is_read_once_its_holder_lets_go(tmp_path):
    """Trial break63r M1: a regular file under a write lease another process is giving up (as Samba or an NFS
    server holds one) answers a non-blocking open with EAGAIN; main's blocking open waited for the release and
    read it, the first version of open_regular refused it ("Resource temporarily unavailable"). The non-blocking
    open is retried until the lease is given up. A real lease (Linux F_SETLEASE), held by a child process that lets
    it go on the lease-break signal."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_SETLEASE"):
        pytest.skip("no file leases on this platform")
    article = tmp_path / "leased.txt"
    article.write_text("Leased title\n\nThe council met on Monday and approved the budget for the new school.\n")
    holder = subprocess.Popen([sys.executable, "-c", _LEASE_HOLDER, str(article)], stdout=subprocess.PIPE, text=True)
    try:
        said = holder.stdout.readline().strip() if holder.stdout else ""
        if said != "leased":
            pytest.skip(f"the lease could not be taken here ({said})")
        from storylens.ingest.files import read_path

        assert "approved the budget" in read_path(article).text
    finally:
        holder.kill()
        holder.wait()


def test_a_named_pipe_as_the_pairs_csv_is_one_line_not_a_hang(tmp_path):
    """Trial break63r M2: `similarity --pairs` opened its CSV with open(): a named pipe no process writes to
    blocked for ever (main), and a shell's <(...) said "underlying stream is not seekable". It now goes through
    open_regular as every input file: one line naming it, with the fix; a regular pairs file still reads."""
    from storylens.errors import NotRegularFileError
    from storylens.similarity._inputs import read_pairs_csv

    pipe = tmp_path / "pairs.csv"
    os.mkfifo(pipe)
    code = ("import sys\nfrom storylens.similarity._inputs import read_pairs_csv\n"
            "try:\n    read_pairs_csv(sys.argv[1])\nexcept Exception as exc:\n    print(type(exc).__name__, exc)\n")
    done = subprocess.run([sys.executable, "-c", code, str(pipe)], check=False, capture_output=True, text=True,
                          timeout=_BOUND,
                          env={**os.environ, "PYTHONPATH": str(Path(storylens.__file__).parents[1])})
    assert done.stdout.strip() == (f"NotRegularFileError {pipe}: not a regular file (a named pipe (FIFO)), not "
                                   "opened; save the pairs to a CSV file and pass that"), done.stderr
    good = tmp_path / "good.csv"
    good.write_text("text1,text2\nOne text.,Another text.\n", encoding="utf-8")
    assert read_pairs_csv(good) == (["text1", "text2"], [{"text1": "One text.", "text2": "Another text."}])
    with pytest.raises(NotRegularFileError):
        read_pairs_csv(pipe)  # stat names it unopened: no child needed once the first check holds


_SWAP_AT_EAGAIN = r"""
import errno, os, sys
from storylens.ingest import files
victim = sys.argv[1]
real_open = os.open
calls = []
def opening(path, flags, *args, **kwargs):
    calls.append(flags)
    if len(calls) == 1:  # the lease breaks: its holder renames a FIFO over the file, then lets go
        os.unlink(victim)
        os.mkfifo(victim)
        raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable", victim)
    return real_open(path, flags, *args, **kwargs)
files.os.open = opening
try:
    files.open_regular(victim)
except Exception as exc:
    print(type(exc).__name__, all(f & os.O_NONBLOCK for f in calls))
"""


def test_a_fifo_swapped_in_while_a_lease_breaks_never_blocks(tmp_path):
    """Trial break63r2 M1: the first retry after EAGAIN was a blocking open, and a lease holder that renamed a FIFO
    over the file before letting go left it waiting for a writer for ever (2 of 4 attempts). Every retry is
    non-blocking: the FIFO is opened, found by fstat and refused. Run in a child bounded by _BOUND s."""
    victim = tmp_path / "leased.txt"
    victim.write_text("Title\n\nText of the article.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _SWAP_AT_EAGAIN, str(victim)], check=False, capture_output=True,
                          text=True, timeout=_BOUND,
                          env={**os.environ, "PYTHONPATH": str(Path(storylens.__file__).parents[1])})
    assert done.stdout.strip() == "NotRegularFileError True", done.stderr
