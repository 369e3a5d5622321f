"""final36 F2 (a.db): an outlet's copy cut short, then in a later run its own full text (paragraphs added, no
word changed), was labelled "Updated: … new sentence with figures" while the other order and docs/cli.md say
"Cut copies". The full text is now marked as the cut copy's fuller text whatever the outlet; a same-outlet
version that changes a word stays an update. Inputs written for this test."""

from __future__ import annotations

from storylens import stream
from storylens.store import open_store
from storylens.stream.queries import get_story, ledger_scope, list_stories

from .test_copies_one_run_final36 import DE_BODY, EN_BODY


def _cut_then_full(tmp_path, head: str, body: list[str], full_body: list[str], embedder):
    paths = []
    for name, text in (("cut", head + "\n\n" + "\n\n".join(body[:5]) + "\n"),
                       ("full", head + "\n\n" + "\n\n".join(full_body) + "\n")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with open_store(tmp_path / "s.db") as store:
        for path in paths:
            stream.ingest_paths([path], store, embedder=embedder)
        ids = {a.source: a.id for a in store.articles()}
        full = store.article(ids[paths[1]])
        assert full is not None and full.duplicate_of == ids[paths[0]]
        view = get_story(store, list_stories(store).stories[0].id)
        return view, ledger_scope(view), ids[paths[1]]


def _check_read_as_cut(tmp_path, head: str, body: list[str], embedder) -> None:
    view, scope, full_id = _cut_then_full(tmp_path, head, body, body, embedder)
    assert not view.updates  # no "Updated: … new sentence with figures"
    assert scope["read"] == [full_id] and "Cut copies" in scope["note"] and "Updated" not in scope["note"]


def test_own_full_text_after_its_cut_copy_is_a_fuller_text_en(tmp_path, hashing_embedder):
    _check_read_as_cut(tmp_path, "Ferry runs aground off Kessary island, 41 passengers evacuated", EN_BODY,
                       hashing_embedder)


def test_own_full_text_after_its_cut_copy_is_a_fuller_text_de(tmp_path, hashing_embedder):
    _check_read_as_cut(tmp_path, "Fähre läuft vor Kessary auf Grund, 41 Fahrgäste gerettet", DE_BODY,
                       hashing_embedder)


def test_a_version_that_changes_a_figure_stays_an_update_en(tmp_path, hashing_embedder):
    changed = [EN_BODY[0].replace("all 41 passengers", "all 43 passengers"), *EN_BODY[1:]]
    view, scope, _ = _cut_then_full(tmp_path, "Ferry runs aground off Kessary island", EN_BODY, changed,
                                          hashing_embedder)
    assert view.updates and "Cut copies" not in scope["note"]
