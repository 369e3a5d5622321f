"""break69r M3 (robust69b): compare left a 1,500-character tracking URL out of what it analyses (robust69,
prepare.clean.drop_long_runs), similarity and --pairs did not, so one text had two readings (issue #11: one
preparation path). The shared preparation (similarity.prepare_text, read_prepared) leaves the runs out too."""

from __future__ import annotations

from storylens import similarity as sim
from storylens.similarity._inputs import read_prepared

from ..conftest import CNN_SEED

URL = "https://example.org/track?" + "".join(f"utm{i}=abcdef&" for i in range(140))
OTHER = ("Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed. Rescue "
         "teams searched the flooded streets through the night, the mayor said.")


def _with_url(text: str) -> str:
    head, rest = text.split("\n\n", 1)
    return f"{head}\n\nRead more: {URL}\n\n{rest}"


def test_a_long_url_is_left_out_of_the_prepared_text():
    text = CNN_SEED.read_text(encoding="utf-8")
    assert len(URL) > 1_000
    with_url = sim.prepare_text(_with_url(text))
    assert URL[:40] not in with_url.text
    assert with_url.text == sim.prepare_text(_with_url(text).replace(URL, "")).text


def test_similarity_of_a_text_with_a_long_url_is_that_of_the_text_without_it(tmp_path, hashing_embedder):
    text = CNN_SEED.read_text(encoding="utf-8")
    plain, url = tmp_path / "plain.txt", tmp_path / "url.txt"
    plain.write_text(_with_url(text).replace(URL, ""), encoding="utf-8")
    url.write_text(_with_url(text), encoding="utf-8")
    assert read_prepared(url).text == read_prepared(plain).text
    model = sim.SimilarityModel.load("fast")
    a, b = sim.score_pairs([(_with_url(text), OTHER), (_with_url(text).replace(URL, ""), OTHER)],
                           embedder=hashing_embedder, model=model)
    assert a == b
