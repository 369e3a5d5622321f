"""Reading inputs: files, stdin, HTML pages, and (for the stream) JSONL, feeds and WARC.

``files`` decodes one document (encoding detection, mojibake repair, HTML main
text via trafilatura). Stream formats live in sibling modules and yield the
same :class:`~storylens.models.RawDocument`.
"""

from .files import DEFAULT_MAX_BYTES, decode_text, read_bytes, read_path, read_string, read_text

__all__ = ["DEFAULT_MAX_BYTES", "decode_text", "read_bytes", "read_path", "read_string", "read_text"]
