"""Ingest: encodings, mojibake, HTML, and every bad-input case as a clear InputError."""

import pytest

from storylens.errors import BinaryInputError, EmptyInputError, EncodingError, InputError, TooLargeError
from storylens.ingest import read_bytes, read_path, read_text

from ..conftest import CNN_SEED

GERMAN = "Der Präsident dankte Putin für die „schnelle“ Hilfe – so berichtet die Zeitung."


def test_reads_the_seed_as_utf8():
    raw = read_path(CNN_SEED)
    assert raw.encoding == "utf-8"
    assert "Kassym-Jomart Tokayev" in raw.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_decodes_common_encodings(encoding):
    raw = read_bytes(GERMAN.encode(encoding), "x.txt")
    assert "Präsident" in raw.text and "dankte" in raw.text


def test_latin1_fallback():
    raw = read_bytes("Le président a déclaré à l'AFP que la crise était terminée.".encode("latin-1"), "fr.txt")
    assert "président" in raw.text and "déclaré" in raw.text


def test_repairs_mojibake():
    broken = GERMAN.encode("utf-8").decode("cp1252", errors="replace")
    raw = read_bytes(broken.encode("utf-8"), "m.txt")
    assert "Präsident" in raw.text


def test_html_goes_through_trafilatura():
    page = (
        "<html><head><title>Unrest in Almaty</title><meta name='author' content='Jane Roe'>"
        "<meta property='og:site_name' content='Daily Planet'>"
        "<meta property='article:published_time' content='2022-01-07'></head><body><nav>Home | World</nav>"
        "<article><h1>Unrest in Almaty</h1><p>Security forces were ordered to open fire without warning, the "
        "president said in a televised address on Friday.</p><p>Protesters stormed public buildings in Almaty "
        "earlier in the week, according to local media reports.</p></article><footer>© Daily Planet</footer></body></html>"
    )
    raw = read_bytes(page.encode(), "page.html", is_html=True)
    assert raw.metadata["title"] == "Unrest in Almaty"
    assert raw.metadata["author"] == "Jane Roe"
    assert raw.metadata["sitename"] == "Daily Planet"
    assert raw.metadata["date"] == "2022-01-07"
    assert "open fire without warning" in raw.text
    assert "Home | World" not in raw.text


def test_html_is_sniffed_without_suffix():
    raw = read_bytes(b"<!DOCTYPE html><html><body><article><p>" + b"A long enough paragraph of article text. " * 5 + b"</p></article></body></html>", "noext")
    assert raw.html is not None


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_path(tmp_path / "nope.txt")


def test_directory(tmp_path):
    with pytest.raises(InputError, match="directory"):
        read_path(tmp_path)


@pytest.mark.parametrize("content", [b"", b"   \n\t  \n"])
def test_empty_and_whitespace(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(EmptyInputError):
        read_path(p)


def test_binary(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInputError):
        read_path(p)


def test_bom_that_lies_is_an_encoding_error():
    with pytest.raises(EncodingError):
        read_bytes(b"\xff\xfeA\x00\x00\xd8", "bad.txt")


def test_too_large(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.seek(50 * 1024 * 1024)
        fh.write(b"x")
    with pytest.raises(TooLargeError, match="MB"):
        read_path(p)


_PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>La BCE abaisse ses taux | Le Monde</title>"
         "<meta property=\"og:site_name\" content=\"Le Monde\">"
         "<meta property=\"article:published_time\" content=\"2025-06-05T17:10:00+02:00\"></head><body>"
         "<nav><a href=\"/\">Accueil</a> <a href=\"/eco\">Économie</a></nav><article>"
         "<h1>La BCE abaisse ses taux pour la huitième fois</h1>"
         "<p>La Banque centrale européenne a abaissé jeudi ses taux directeurs de 25 points de base, "
         "ramenant le taux de dépôt à 2 %. Il s'agit de la huitième baisse depuis juin 2024.</p>"
         "<p>Christine Lagarde a estimé que la BCE était bien placée pour affronter l'incertitude.</p>"
         "</article><footer>© Le Monde</footer></body></html>")


@pytest.mark.parametrize("page", [_PAGE, "\ufeff  " + _PAGE.split("\n", 1)[1],
                                  "<article><h1>La BCE</h1>" + _PAGE.split("<article>", 1)[1].split("</body>")[0]])
def test_a_string_that_is_an_html_page_is_read_as_the_page(page):
    # trial 15 #12: Comparer().compare([text, html_string]) compared "<!DOCTYPE html>\n<html lang=…" as text
    from storylens.ingest import read_string

    raw = read_string(page, "<text>")
    assert raw.html is not None and "<" not in raw.text and "Accueil" not in raw.text
    assert "La Banque centrale européenne a abaissé jeudi" in raw.text


def test_a_string_of_prose_stays_text_and_a_page_string_reads_as_its_file(tmp_path):
    from storylens import Comparer
    from storylens.ingest import read_string

    prose = "The price of a loaf rose to <5 euros> in March, the bakers' union said on Tuesday."
    assert read_string(prose).text == prose and read_string(prose).html is None
    path = tmp_path / "page.html"
    path.write_text(_PAGE, encoding="utf-8")
    comparer = Comparer(cache=False)
    as_string, as_file = comparer.read(_PAGE), comparer.read(str(path))
    assert as_string.text == as_file.text
    assert as_string.metadata["sitename"] == as_file.metadata["sitename"] == "Le Monde"
    assert as_string.metadata["published"] == "2025-06-05"


_FRAGMENT = ("<div class='story'><h2>Dunmore fire kills 11</h2><p>A fire at the Keller Chemicals plant in Dunmore "
             "killed 11 workers on Tuesday, the county fire service said.</p><p>Fire chief Maria Okafor said 40 "
             "firefighters fought the flames for three hours.</p></div>")


@pytest.mark.parametrize("fragment", [f"<article>{_FRAGMENT}</article>", "\ufeff" + _FRAGMENT, f"\ufeff\n  <article>{_FRAGMENT}</article>"])
def test_a_short_article_fragment_and_a_fragment_after_a_bom_read_as_html(fragment):
    """final27 N4: a short "<article>…</article>" string raised "no article text found", and a byte-order
    mark before "<div>" made the markup plain text ("</p></div>" a claim)."""
    from storylens.ingest import read_string

    raw = read_string(fragment)
    assert raw.html is not None and "<" not in raw.text
    assert raw.text.startswith("A fire at the Keller Chemicals plant") and "three hours." in raw.text
    assert raw.metadata["title"] == "Dunmore fire kills 11"


@pytest.mark.parametrize(("text", "said"), [("", "input is empty"), ("  \n\t ", "input is only whitespace"),
                                            ("-- 42 !!", "no words")])
def test_a_text_without_words_is_refused_as_text_not_as_a_file(text, said):
    # trial64 F15: the API's {"text": ""} was told "input has only whitespace; pass a file with article text"
    with pytest.raises(EmptyInputError, match=said) as caught:
        read_text(text, "document 1")
    assert "file" not in str(caught.value) and "the article's text" in str(caught.value)
