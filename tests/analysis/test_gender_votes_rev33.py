"""rev33: a speaker's gender scanned the text twice per name (once with the name lists, once without): the
text's votes are now read once per name, the list's vote added after."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import _resolver
from storylens.models import Document, Sentence
from storylens.text.segment import Segmenter


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Министр Ольга Лисова заявила журналистам. Лисова покинула зал.", "Ольга Лисова"),
    ("pl", "Minister Anna Kowalska powiedziała dziennikarzom, że Kowalska zostaje.", "Anna Kowalska"),
    ("de", "Die Ministerin Karen Whitfield sagte am Montag, Whitfield bleibe.", "Karen Whitfield"),
])
def test_a_names_text_votes_are_read_once_whether_listed_or_not(monkeypatch, lang, text, name):
    sentences = tuple(Sentence(id=f"d:s{i}", text=s.text, start=s.start, end=s.end, paragraph=s.paragraph, language=lang)
                      for i, s in enumerate(Segmenter().split(text, lang)))
    doc = Document(id="d", source="d", text=text, sentences=sentences, language=lang)
    resolver = _resolver._SpeakerResolver(doc)
    calls: list[int] = []
    role = resolver._role_gender
    monkeypatch.setattr(resolver, "_role_gender", lambda at, lg: calls.append(at) or role(at, lg))
    listed = resolver._gender(name, listed=True)
    once = len(calls)
    unlisted = resolver._gender(name, listed=False)
    assert once >= 1 and len(calls) == once  # the second reading scanned nothing
    assert (listed, unlisted) == (resolver._read_gender(name, True), resolver._read_gender(name, False))
