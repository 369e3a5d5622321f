"""The one form in which StoryLens shows and stores a file's name: a name whose bytes are not UTF-8 escaped.

Python turns such a name into a ``str`` holding lone surrogates (``os.fsdecode``: ``caf\\xe9.txt`` in Latin-1
becomes ``'caf\\udce9.txt'``), which opens the file but cannot be written as UTF-8: the store, a JSON or HTML
report and a terminal in a UTF-8 locale raised ``UnicodeEncodeError`` on it (trial newuser63 H1: the whole
batch was lost). :func:`shown_path` writes each such byte as ``\\xNN``, as Python's ``backslashreplace`` and
bash's ``$'...'`` do, so two names never become one (``?`` or U+FFFD would make ``caf\\xe9`` and ``caf\\xe8``
the same name). A name that is UTF-8 already is returned as it is, so what earlier versions stored keeps
its form (re-ingesting a file is still recognised as stored).
"""

from __future__ import annotations

import codecs

__all__ = ["ESCAPE_ERRORS", "shown_path"]


def shown_path(text: str) -> str:
    """``text`` (a path or a line naming one) with each undecodable byte of a file name (a lone surrogate
    U+DC80..U+DCFF, as ``os.fsdecode`` makes it) as ``\\xNN``; any other lone surrogate as ``\\udNNN``.
    Idempotent: the result holds no surrogates. Returns ``text`` itself when it has none (the common case)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", ESCAPE_ERRORS).decode("utf-8")
    return text


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
# writes any name it prints in the form :func:`shown_path` stores.
ESCAPE_ERRORS = "storylens-path"
codecs.register_error(ESCAPE_ERRORS, _escape)
