"""The one form in which StoryLens shows and stores a file's name: a name whose bytes are not UTF-8 escaped.

Python turns such a name into a ``str`` holding lone surrogates (``os.fsdecode``: ``caf\\xe9.txt`` in Latin-1
becomes ``'caf\\udce9.txt'``), which opens the file but cannot be written as UTF-8: the store, a JSON or HTML
report and a terminal in a UTF-8 locale raised ``UnicodeEncodeError`` on it (trial newuser63 H1: the whole
batch was lost). :func:`shown_path` writes each such byte as ``\\xNN``, as Python's ``backslashreplace`` and
bash's ``$'...'`` do. Two different names never give one form (``?`` or U+FFFD would make ``caf\\xe9`` and
``caf\\xe8`` the same name; break64r M1: a UTF-8 name spelled with a literal backslash, ``'caf\\\\xe9.txt'``,
gave the form of the Latin-1 ``caf\\xe9.txt``): in a name that is escaped every backslash is written
``\\x5c``, and in a UTF-8 name a backslash that reads as such an escape (``\\x`` and two hex digits) is
written ``\\x5c``. Every ``\\xNN`` of a form is then an escape, every other backslash a backslash, so the
form reads back to one name. A name that ends in ``#`` and digits has that ``#`` written ``\\x23``: sources of
records are ``path#<n>`` (a JSONL line, a feed entry, a WARC record), and the file ``e.jsonl#1`` had the source of
record 1 of ``e.jsonl`` (break64r2). Any other UTF-8 name without such a sequence is returned as it is: what earlier
versions stored keeps its form (re-ingesting a file is still recognised as stored; a file whose name ends in
``#<digits>``, stored before stop 65 under its name, is found stored by its text, counted "already stored").

:func:`shown_path` is applied once, where a path becomes a record's source (it is not idempotent: the form of
``'a\\\\x5c'`` differs from the form of that form). The records themselves apply :func:`escaped_surrogates`,
which changes only a text still holding surrogates, so a record made again from a source keeps it.
:func:`escaped_field` is the same one-to-one form for a JSON record's identifying fields (id, url), whose lone
surrogates are no file's bytes: each is written ``\\udNNN``, as JSON spells it.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["ESCAPE_ERRORS", "TYPE_IN_UTF8", "escaped_field", "escaped_surrogates", "has_surrogates", "shown_missing",
           "shown_path", "shown_text"]

# The fix for words typed in a terminal that is not UTF-8 (a search query, a story id: text, not a file's name)
TYPE_IN_UTF8 = "type the words in UTF-8 (set the terminal's encoding to UTF-8, e.g. LANG=C.UTF-8)"

_PATH_LIKE_ESCAPE = re.compile(r"\\(?=x[0-9a-fA-F]{2})")  # a literal backslash a reader would take for \xNN
_FIELD_LIKE_ESCAPE = re.compile(r"\\(?=u[0-9a-fA-F]{4})")  # one a reader would take for \uNNNN
_RECORD_LIKE_END = re.compile(r"#(?=\d+\Z)")  # a name's '#' a reader would take for a record's (path#3)


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds a lone surrogate (U+D800..U+DFFF), which UTF-8 cannot write."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shown_path(text: str) -> str:
    """``text`` (a path, as ``os.fsdecode`` gives it) in its one stored and shown form: each undecodable byte (a
    lone surrogate U+DC80..U+DCFF) as ``\\xNN``, any other lone surrogate as ``\\udNNN``, and then every
    backslash as ``\\x5c``; a name without surrogates as it is, but a backslash followed by ``x`` and two hex
    digits as ``\\x5c``; in both, a ``#`` followed by nothing but digits to the end as ``\\x23``. One-to-one,
    not idempotent: apply it once, where a path becomes a source."""
    form = _escaped(text)
    # a name ending in '#' and digits is the form of a record: the file e.jsonl#1 and record 1 of e.jsonl had one
    # source, one failure row and one "already stored" (break64r2): its '#' is written \x23
    return _RECORD_LIKE_END.sub(r"\\x23", form) if "#" in form else form


def shown_missing(text: str) -> str:
    """The form a message names a path by that names no file (nothing is stored under it): :func:`shown_path`, but
    a name that is blank or starts or ends with white space quoted as Python writes it (``' '``), so the reader
    sees what was typed (robust68: ``ingest " "`` said " : file not found", an input nobody could see). Quoted
    without escaping again (break68r: ``repr`` wrote shown_path's ``\\xff`` as ``\\\\xff``), the white space a
    terminal shows as blanks or breaks as ``\\t``, ``\\n``, ``\\r``."""
    form = shown_path(text)
    return f"'{form.translate(_BLANKS_SHOWN)}'" if form != form.strip() or not form else form


_BLANKS_SHOWN = str.maketrans({"\t": "\\t", "\n": "\\n", "\r": "\\r", "\v": "\\v", "\f": "\\f"})


def _escaped(text: str) -> str:
    """:func:`shown_path` but for its ``#``: the bytes and backslashes of a name."""
    if has_surrogates(text):
        return text.replace("\\", "\\x5c").encode("utf-8", ESCAPE_ERRORS).decode("utf-8")
    return _PATH_LIKE_ESCAPE.sub(r"\\x5c", text) if "\\" in text else text


def escaped_surrogates(text: str) -> str:
    """:func:`shown_path` of a ``text`` that still holds surrogates (a path no reader escaped yet), else ``text``
    itself: idempotent, as a record's ``__post_init__`` needs (a record made again from a stored source). Its ``#``
    stays: such a text may be a source ``path#<n>`` already (the record's number is no part of a name)."""
    return _escaped(text) if has_surrogates(text) else text


def escaped_field(text: str) -> str:
    """A JSON record's identifying field (``id``, ``url``) with each lone surrogate as ``\\udNNN`` (the escape
    JSON spelled) and then every backslash as ``\\u005c``; a field without surrogates as it is, but a backslash
    followed by ``u`` and four hex digits as ``\\u005c``. One-to-one (break64r L: U+FFFD made ``"x\\ud800"`` and
    ``"x\\udc00"`` one id for two articles); a field that is Unicode keeps its form."""
    if has_surrogates(text):
        text = text.replace("\\", "\\u005c")
        return "".join(f"\\u{ord(c):04x}" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return _FIELD_LIKE_ESCAPE.sub(r"\\u005c", text) if "\\" in text else text


def _escape(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a file name's undecodable byte (surrogate U+DC80..U+DCFF) as ``\\xNN``, any other
    character the codec cannot write as ``backslashreplace`` writes it."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out), exc.end


# The name of the handler for ``str.encode`` and text streams (``sys.stderr.reconfigure(errors=...)``): the CLI
# writes any name it prints with its undecodable bytes as :func:`shown_path` writes them.
ESCAPE_ERRORS = "storylens-path"
codecs.register_error(ESCAPE_ERRORS, _escape)


def shown_text(text: str) -> str:
    """A message or reason naming a path: its surrogates as :func:`shown_path` writes them, its backslashes
    left (a message is read, not looked up: a Windows path or a regex in it stays legible). Idempotent."""
    return text.encode("utf-8", ESCAPE_ERRORS).decode("utf-8") if has_surrogates(text) else text
