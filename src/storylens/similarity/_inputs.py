"""Reading inputs: articles, pair CSVs and rows."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .._paths import escaped_surrogates, has_surrogates, shown_missing
from ..errors import InputError, ModelError
from ..models import Failure
from ._common import DIMENSIONS, PairScore
from ._prepare import PreparedText, _with_title
from ._scoring import score_pairs


def read_article(path: str | Path) -> str:
    """Text of an article file, read and cleaned as ``storylens compare`` does (encoding detection,
    HTML main text and title, bylines and boilerplate removed): what :func:`score_pairs` scores."""
    return read_prepared(path).text


def read_prepared(path: str | Path) -> PreparedText:
    """:func:`read_article` with the published date its header or metadata gave (``None`` if none).

    An ``http(s)://`` string is fetched, as ``storylens compare URL`` fetches it (it was read as a
    file name: "http://host/a.html: file not found")."""
    from ..errors import EmptyInputError
    from ..ingest import read_path
    from ..ingest.http import fetch_article, is_url
    from ..prepare._notices import given_title
    from ..prepare.clean import clean_capped, drop_long_runs, nothing_left, truncation_note
    from ..settings import DEFAULT

    raw = fetch_article(path) if isinstance(path, str) and is_url(path) else read_path(path)
    # its overlong runs without spaces left out, as compare leaves them out (robust69b M3: one preparation path)
    text, long_runs = drop_long_runs(raw.text)
    limit = DEFAULT.compare_max_chars  # a long text read as compare reads it (newuser78 H2)
    cleaned, body, unread = clean_capped(text, limit)
    if not cleaned.text.strip():
        raise EmptyInputError(nothing_left(long_runs), str(path))
    cut = (truncation_note(len(raw.text), len(body), limit),) if unread else ()
    meta = raw.metadata or {}
    published = meta.get("published") or meta.get("date")
    dateline = " ".join(r.text for r in cleaned.removed if r.kind == "dateline")
    given = given_title(meta.get("title"))  # a page titled by its promotion: no headline (compare does so)
    # the reading's warnings and the runs left out, said as compare says them (robust70: similarity said neither)
    warnings = (*(str(w) for w in meta.get("warnings") or ()), *((long_runs,) if long_runs else ()), *cut)
    return PreparedText(_with_title(given or cleaned.title, body),
                        str(published)[:10] if published else cleaned.published, dateline, warnings=warnings)


def read_pairs_csv(path: str | Path) -> tuple[list[str], list[dict[str, str]]]:
    """(column keys, rows) of a pairs CSV with columns text1, text2 and optional lang1, lang2.

    A column's key is its header name, but for a name given again or one the scores' output takes
    (:data:`OUTPUT_COLUMNS`: "overall", "error"...): the name, a NUL and its position, so no cell is lost;
    :func:`column_name` gives a key's name. A text or language column named twice raises InputError.

    Raises :class:`~storylens.errors.InputError` when the file cannot be read or lacks
    text1/text2. A bad *row* (an empty text, extra fields, a broken quote) is still
    returned: :func:`score_rows` turns it into a failure and scores the others.
    """
    import csv
    import io

    from ..ingest.files import EMPTY_PATH_SOURCE, empty_path_reason, open_regular, os_error_reason

    csv.field_size_limit(10**8)
    if isinstance(path, str) and not path:  # Path("") is "." and read as a directory (robust68)
        raise InputError(empty_path_reason("pass the pairs CSV file"), source=EMPTY_PATH_SOURCE)
    if str(path) == "-":  # standard input to compare, not here (newuser65 LOW: "-: file not found; check the path")
        raise InputError("--pairs reads no standard input; save the CSV to a file and pass its path", source="-")
    rows: list[dict[str, Any]] = []
    try:
        # through open_regular as every input file: a named pipe as the pairs file blocked for ever, a shell's
        # <(...) said "underlying stream is not seekable" (trial break63r M2)
        raw = open_regular(path, fix="save the pairs to a CSV file and pass that")
        # a byte that is not UTF-8 fails its row alone, as a broken quote does (newuser64: one Latin-1 byte refused
        # the whole file): read as a surrogate (surrogateescape), found in the row and named with its line
        with io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            # Comma-separated, or ';' / tab as spreadsheets save "CSV" in many locales.
            first = fh.readline()
            fh.seek(0)
            delimiter = max((",", ";", "\t"), key=first.count) if first.strip() else ","
            reader = csv.DictReader(fh, delimiter=delimiter)
            columns = list(reader.fieldnames or [])
            if any(has_surrogates(str(c)) for c in columns):  # no row can be read by columns it cannot name
                raise InputError(f"the header line is not UTF-8 ({_bad_byte(columns)}); save the CSV as UTF-8",
                                 source=str(path))
            columns = _own_keys(columns, path)
            reader.fieldnames = columns
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:  # this row only; the reader goes on with the next line
                    rows.append({_ROW_ERROR: f"unreadable CSV row near line {reader.line_num} ({exc})"})
                    continue
                cells = [v for value in row.values() for v in (value if isinstance(value, list) else [value])]
                if any(has_surrogates(str(v or "")) for v in cells):
                    # its cells kept with each such byte as \xNN (written to the output CSV as they are)
                    row = {k: [escaped_surrogates(x) for x in v] if isinstance(v, list) else escaped_surrogates(v or "")
                           for k, v in row.items()}
                    line = _bad_line(cells, reader.line_num)
                    row[_ROW_ERROR] = f"line {line} is not UTF-8 ({_bad_byte(cells)}); save the CSV as UTF-8"
                rows.append(row)
    except OSError as exc:  # the words every other input gets (trial 60 L3, break61u M6: typer's "is not readable")
        reason = os_error_reason(exc, "pass the pairs CSV file")
        # a blank name quoted as ingest quotes it (break68r: `--pairs " "` said " : file not found")
        raise InputError(reason or f"cannot read the file ({exc.strerror or exc}); check the path",
                         source=shown_missing(str(path))) from exc
    if not any(str(c or "").strip() for c in columns) and all(_blank_row(r) for r in rows):
        # nothing but whitespace: not a CSV missing two columns (trial 60 L3)
        raise InputError("input is empty; pass a CSV with a text1,text2 header and one pair per row",
                         source=str(path))
    missing = [c for c in ("text1", "text2") if c not in columns]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; the CSV needs a text1,text2 header",
                         source=str(path))
    if not any(_ROW_ERROR in r or str(r.get("text1") or "").strip() or str(r.get("text2") or "").strip()
               for r in rows):
        # a header and no text under it (a spreadsheet export's empty rows): no pair to score, and no text to show
        # as an example in the CLI's "file names" check (trial break61u H2: 'text1,text2\n,\n' -> StopIteration)
        raise InputError("input is empty (a header but no pair of texts); put one pair of texts per row under "
                         "text1 and text2",
                         source=str(path))
    return columns, rows

# The columns the scores are written under (the CLI's output), and the separator of a column's own key when its
# header name is given twice or is one of them: a NUL (a key that a header cell holds already is marked again).
OUTPUT_COLUMNS = (*DIMENSIONS, "same_story", "undecided", "error")
_KEY_MARK = "\x00"


def _own_keys(columns: list[str], path: str | Path) -> list[str]:
    """One key per header cell: its name, or for a name given again (two blank cells a spreadsheet exported, "note"
    twice) or one the output's own columns take ("error"), the name and a mark (:func:`column_name` shows the
    name): csv.DictReader kept the last of two cells of one name, and the output wrote it under both (newuser65 M3:
    'keep-me,and-me' came back 'and-me,and-me'). A text or language column given twice is refused: which of them
    is the pair's is not known."""
    for name in ("text1", "text2", "lang1", "lang2"):
        if columns.count(name) > 1:
            raise InputError(f"the header names column {name} {columns.count(name)} times; keep one {name} column",
                             source=str(path))
    keys: list[str] = []
    seen: set[str] = set()
    for n, name in enumerate(columns):
        key = name
        if name in seen or name in OUTPUT_COLUMNS:
            key = f"{name}{_KEY_MARK}{n}"
            while key in columns or key in keys:
                key += _KEY_MARK
        seen.add(name)
        keys.append(key)
    return keys


def column_name(key: str) -> str:
    """The header name of a column key of :func:`read_pairs_csv` (its own key when the name is given twice)."""
    return key.split(_KEY_MARK, 1)[0]


def output_header(keys: list[str]) -> list[str]:
    """The output CSV's header for the input column ``keys`` of :func:`read_pairs_csv` and then
    :data:`OUTPUT_COLUMNS`: each input column under its name, but one named like an output column ("overall",
    "error") as ``input_<name>`` (``input_`` again while that too is taken), so no name is written twice and a
    reader by name finds the scores under theirs (robust66 LOW: the header read 'overall,...,overall')."""
    names = [column_name(k) for k in keys]
    taken = set(names) | set(OUTPUT_COLUMNS)
    out = []
    for name in names:
        if name in OUTPUT_COLUMNS:
            new = f"input_{name}"
            while new in taken:
                new = f"input_{new}"
            taken.add(new)
            name = new
        out.append(name)
    return [*out, *OUTPUT_COLUMNS]


def _bad_byte(cells: list[Any]) -> str:
    """'byte 0xE9' for the first byte that is not UTF-8 (a surrogate of surrogateescape) in ``cells``."""
    code = next(ord(ch) for c in cells for ch in str(c or "") if 0xDC80 <= ord(ch) <= 0xDCFF)
    return f"byte 0x{code - 0xDC00:02X}"


def _bad_line(cells: list[Any], last: int) -> int:
    """The file line of the first byte that is not UTF-8 in a row's ``cells`` (in file order), the row ending on
    line ``last``: counted back over the line breaks inside its cells (the csv reader skips blank lines before a
    row, so the line before it was read was no guide: break65r p5)."""
    texts = [str(c or "") for c in cells]
    line = last - sum(t.count("\n") for t in texts)
    for text in texts:
        for ch in text:
            if 0xDC80 <= ord(ch) <= 0xDCFF:
                return line
            line += ch == "\n"
    return last


def _blank_row(row: dict[Any, Any]) -> bool:
    """A CSV row of nothing but whitespace (DictReader puts a row longer than its header under the key None)."""
    values = [v for value in row.values() for v in (value if isinstance(value, list) else [value])]
    return not any(str(v or "").strip() for v in values)


_ROW_ERROR = "\0error"  # key of a row the CSV reader could not parse (never a column name)

_FILE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".xml", ".json", ".jsonl", ".csv",
                            ".pdf", ".doc", ".docx", ".rtf", ".warc", ".gz", ".rss", ".atom"})


def looks_like_path(value: Any) -> bool:
    """Is a pairs-CSV text cell a file name or URL rather than an article's text? One token (no
    whitespace) that is an existing file, a URL, or ends in a file suffix (``in/fr_afp.txt``)."""

    text = str(value or "").strip()
    if not text or len(text) > 1024 or any(ch.isspace() for ch in text):
        return False
    from ..ingest.http import is_url

    if is_url(text) or text.lower().startswith("file://"):
        return True
    if os.path.splitext(text)[1].lower() in _FILE_SUFFIXES:
        return True
    try:
        return ("/" in text or "\\" in text) and os.path.isfile(text)
    except (OSError, ValueError):
        return False


def row_problem(row: Mapping[Any, Any]) -> str | None:
    """Why one pairs-CSV row cannot be scored, or None when it can."""
    if _ROW_ERROR in row:
        return str(row[_ROW_ERROR])
    if row.get(None):  # csv.DictReader keeps values beyond the header under the key None
        return (f"{len(row[None])} more field(s) than the header (an unquoted comma?); "
                "quote texts that contain commas")
    empty = [c for c in ("text1", "text2") if not (row.get(c) or "").strip()]
    if empty:
        return f"empty {' and '.join(empty)}: every row needs two texts"
    paths = [c for c in ("text1", "text2") if looks_like_path(row.get(c))]
    if paths:  # trial 8: "in/fr_afp.txt" was scored as a 1-word text ("not enough text… 4 and 4 words")
        return (f"{' and '.join(paths)} {str(row[paths[0]]).strip()[:60]!r} is a file name, not an article's text: "
                "put the texts themselves in the CSV (or score two files with 'storylens similarity A B')")
    from ..text._lang import is_language_code

    for c in ("lang1", "lang2"):  # "xx" was scored silently as if it were a language (trial #19)
        value = (row.get(c) or "").strip()
        if value and not is_language_code(value):
            return (f"{c} {value[:40]!r} is not a language code; give an ISO 639-1 code such as 'en' "
                    "or 'de-AT', or leave it empty to detect the language")
    return None


def score_rows(
    rows: Sequence[Mapping[Any, Any]], *, progress: Callable[[int, int], None] | None = None, **options: Any,
) -> list[PairScore | Failure]:
    """Score pairs-CSV rows (``text1``, ``text2``, optional ``lang1``, ``lang2``); one result per row.

    A row that cannot be scored becomes ``Failure(source="row N", stage=..., reason)``
    (N counts data rows from 1) and every other row is still scored: one bad row
    never loses the batch. ``options`` are those of :func:`score_pairs`. A missing
    model (:class:`~storylens.errors.ModelError`) is not a row's fault and is raised.
    """
    results: list[PairScore | Failure | None] = [None] * len(rows)
    good: list[int] = []
    for i, row in enumerate(rows):
        problem = row_problem(row)
        if problem:
            results[i] = Failure(f"row {i + 1}", "input", problem)
        else:
            good.append(i)
    pairs = [(rows[i]["text1"], rows[i]["text2"], rows[i].get("lang1") or None, rows[i].get("lang2") or None)
             for i in good]
    try:
        scored: list[PairScore | Failure] = list(score_pairs(pairs, progress=progress, **options))
    except ModelError:
        raise
    except Exception:  # noqa: BLE001 - one pair broke the batch: score one by one to keep the others
        scored = []
        for i, pair in zip(good, pairs):
            try:
                scored.append(score_pairs([pair], **options)[0])
            except ModelError:
                raise
            except Exception as exc:  # noqa: BLE001 - the row becomes data, the batch goes on
                scored.append(Failure(f"row {i + 1}", "similarity", str(exc) or type(exc).__name__))
    for i, result in zip(good, scored):
        results[i] = result
    return [r for r in results if r is not None]
