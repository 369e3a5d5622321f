"""Expand paths (files, directories, globs) into a stream of ingest records.

:func:`iter_records` is the front door of ``storylens ingest``: it walks
directories in sorted order (so ids and story order are reproducible), picks a
reader per file by extension and, for unknown extensions, by sniffing the first
bytes, and yields for every article a :class:`~storylens.models.RawDocument`,
for every unusable input a :class:`~storylens.models.Failure` and for every
file that is not an article (a README, a licence, a JSON config) a
:class:`Skipped`. Nothing here raises for a bad input.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Failure, RawDocument
from ._records import Skipped, skip_summary
from .feeds import looks_like_feed, read_feed
from .files import read_path, unsupported_scheme
from .http import Fetcher, is_url, read_url
from .jsonl import looks_like_jsonl, read_jsonl
from .warc import looks_like_warc, read_warc

__all__ = ["Record", "Skipped", "detect_format", "expand_paths", "iter_records", "skip_summary"]

Record = RawDocument | Failure | Skipped

_TEXT = {".txt", ".text", ".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson"}
_FEED = {".rss", ".atom", ".xml"}
_NOT_ARTICLE_NAMES = ("readme", "license", "licence", "changelog", "notice", "copying", "authors", "contributing")
_NOT_ARTICLE_EXT = {".md", ".rst", ".json", ".csv", ".tsv", ".py", ".yaml", ".yml", ".toml", ".cfg", ".ini",
                    ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip", ".tar", ".gz", ".db", ".sqlite", ".hnsw",
                    ".usearch", ".lock"}
# SQLite's journal files beside a database ("news.db-wal"): a store kept in the folder being ingested
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")


def _is_glob(pattern: str) -> bool:
    return any(ch in pattern for ch in "*?[")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, bool] | Failure | Skipped]:
    """Yield (file, named_explicitly) for every file under ``paths``; a missing path is a Failure, a link to a
    directory read already (a loop) a Skipped."""
    for entry in paths:
        text = str(entry)
        if _is_glob(text) and not os.path.exists(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                yield Failure(text, "read", "no file matches this pattern; check the glob")
            for match in matches:
                yield from expand_paths([match]) if os.path.isdir(match) else [(Path(match), True)]
            continue
        path = Path(text)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path, True
        else:
            yield Failure(text, "read", unsupported_scheme(text) or "file not found; check the path")


def _walk(top: Path) -> Iterator[tuple[Path, bool] | Failure | Skipped]:
    """The files under the directory ``top``, sorted, hidden directories left out. A link to a directory inside it
    is followed, as the directory itself is when given through a link (trial break61u2 M1: os.walk without
    followlinks left such a directory's articles out with no word, exit 0): the tree's own directories first, then
    each link's, in the order they were met. A link to a directory this walk reads already (an ancestor: a loop; a
    directory of the tree; one reached through another link) is one Skipped naming where it leads, so nothing is
    read twice, a loop ends and the tree's files keep their own paths."""
    walked: set[tuple[int, int]] = set()
    links: list[Path] = []  # links to directories, met in walk order, followed after the tree
    yield from _walk_tree(top, walked, links)
    while links:
        link = links.pop(0)
        if _identity(link) in walked:
            yield _read_already(link)
        else:
            yield from _walk_tree(link, walked, links)


def _walk_tree(top: Path, walked: set[tuple[int, int]], links: list[Path]
               ) -> Iterator[tuple[Path, bool] | Failure | Skipped]:
    """The files of ``top`` and its directories, links to directories not followed but put in ``links``."""
    unread: list[OSError] = []  # a directory os.walk cannot list (trial break61u M4: skipped silently, exit 0)
    if (key := _identity(top)) is not None:
        walked.add(key)
    for root, dirs, files in os.walk(top, onerror=unread.append):
        yield from _unread_dirs(unread)
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            sub = Path(root) / name
            if os.path.islink(sub):
                links.append(sub)
            elif (key := _identity(sub)) is not None and key in walked:  # inside a link: its target's own tree
                yield _read_already(sub)
            else:
                if key is not None:
                    walked.add(key)
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            yield Path(root) / name, False
    yield from _unread_dirs(unread)


def _read_already(path: Path) -> Skipped:
    return Skipped(str(path), f"a link leads to {os.path.realpath(path)}, a directory this ingest reads already",
                   "links to directories read already")


def _identity(path: Path) -> tuple[int, int] | None:
    """The directory ``path`` names, after links (device, inode); None when it cannot be read (os.walk says why)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _unread_dirs(errors: list[OSError]) -> Iterator[Failure]:
    """One Failure per directory that could not be listed (the reason in the words a file gets), emptying
    ``errors``: its files are an input lost, so the run names it and exits 1."""
    while errors:
        exc = errors.pop(0)
        reason = ("permission denied; make the directory readable" if isinstance(exc, PermissionError)
                  else f"cannot list the directory ({exc.strerror or exc}); check the path")
        yield Failure(str(exc.filename), "read", reason)


def _not_article(path: Path) -> str | None:
    name = path.name.lower()
    if name.startswith("."):
        return "hidden file"
    if name.split(".")[0] in _NOT_ARTICLE_NAMES:
        return f"{path.name} is documentation, not an article"
    if name.endswith((".warc.gz", ".arc.gz", ".warc", ".arc")):
        return None
    if path.suffix.lower() == ".pdf":  # as the article reader says it
        return ("a PDF file, not text or HTML; extract its text first (pdftotext FILE FILE.txt) "
                "and ingest the .txt")
    sidecar = next((end for end in _SQLITE_SIDECARS if path.name.endswith(end)), None)
    if sidecar and path.with_name(path.name[: -len(sidecar)]).is_file():  # "irish-journal" alone is a name
        return "a SQLite journal file (a store's), not an article"
    if path.suffix.lower() in _NOT_ARTICLE_EXT:
        return f"'{path.suffix}' files are not articles (ingest reads .txt, .html, .jsonl, RSS/Atom and WARC)"
    return None


def detect_format(path: Path) -> str:
    """``text`` | ``jsonl`` | ``feed`` | ``warc``: by extension, else by the first bytes."""
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in _JSONL:
        return "jsonl"
    if suffix in _FEED:
        return "feed"
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError:
        return "text"  # read_path reports the real error
    if looks_like_warc(head):
        return "warc"
    if looks_like_feed(head) and suffix not in (".html", ".htm", ".xhtml"):
        return "feed"
    if suffix not in _TEXT and looks_like_jsonl(head):
        return "jsonl"
    return "text"


def _read_text_file(path: Path) -> Iterator[Record]:
    try:
        raw = read_path(path, one_article_checked=True)  # detect_format called it text
    except InputError as exc:
        yield Failure(str(path), "read", exc.reason)
        return
    yield RawDocument(source=raw.source, text=raw.text, html=raw.html, encoding=raw.encoding,
                      metadata={**raw.metadata, "format": "html" if raw.html else "text"})


_READERS: dict[str, Callable[[Path], Iterable[Record]]] = {"text": _read_text_file, "jsonl": read_jsonl, "feed": read_feed, "warc": read_warc}


def iter_records(paths: Iterable[str | os.PathLike[str]], *, fetcher: Fetcher | None = None) -> Iterator[Record]:
    """Every article (or failure, or skip) under ``paths``, in a stable order.

    ``http(s)://`` entries are fetched (a feed gives its entries, a page itself)
    with ``fetcher``, or a default :class:`~storylens.ingest.http.Fetcher` for this call;
    pass one Fetcher to successive calls so unchanged feeds answer 304.
    """
    paths = list(paths)
    urls = [p for p in paths if is_url(p)]
    if not urls:
        yield from _iter_files(paths)
        return
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for entry in paths:
            if is_url(entry):
                yield from read_url(str(entry), fetcher)
            else:
                yield from _iter_files([entry])
    finally:
        if own:
            fetcher.close()


def _iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Record]:
    for item in expand_paths(paths):
        if isinstance(item, Failure | Skipped):
            yield item
            continue
        path, explicit = item
        reason = _not_article(path)
        # A file named on the command line is read whatever its name; in a directory, skip non-articles.
        if reason and not (explicit and path.suffix.lower() in _TEXT):
            yield Skipped(str(path), reason, "not articles")
            continue
        yield from _READERS[detect_format(path)](path)
