"""Page furniture inside the text: what a site says to its reader, wherever it stands.

:func:`storylens.prepare.clean.clean_text` removes boilerplate that fills a line of its own. Texts
cut from a page often hold it inline, between two sentences of the article or glued to its
headline ("Schweiz schränkt Export von Schutzausrüstung ein Um die Funktion unserer Website zu
verbessern …", "Foto: Frank Rumpenhorst/dpa Jetzt teilen: Jetzt teilen: FRANKFURT - …"), and it
fills the opening that the similarity model's encoders read. Kinds, each read from the language
data (``text/data/<xx>.json`` "site_notices", every language's joined: a text's language is not
known here):

- ``site_notice``: a sentence that addresses the reader (you / we forms) and names page furniture
  (cookies, browser, newsletter, registration, comment profile, password …), or that holds a
  notice's opening words; from those opening words when it has them (the headline before them
  stays), else whole -- except the text's first sentence, which holds the headline;
- ``site_marker``: furniture phrases wherever they stand ("Jetzt teilen:", "Article content");
- ``consent``: a sentence or line made only of a consent banner's buttons and links ("Manage preferences.",
  "Accept all | Reject all", "Alle akzeptieren | Ablehnen", "Aceptar | Configurar cookies"), after the first;
- ``advert``: an advertisement's label between two sentences ("… Vorsichtsmaßnahme. Anzeige An der …");
- ``caption``: a picture credit after its label ("Foto: dpa/Patrick Pleul", "(Foto: AP)", "© picture
  alliance/dpa/ESA");
- ``echo``: a link-stripped copy of the sentence before it, as some sites print it ("Das Coronavirus*
  hat sich weltweit ausgebreitet. * hat sich weltweit ausgebreitet."), and the headline printed
  twice at the top ("X Video X …": the second copy);
- ``markup``: sequence tokens of a machine paraphrase ("<s>").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import LANGUAGES, alternation, given_name_gender, outlets, profile, site_notices

# Sentence ends inside a paragraph; also a stop glued to the next capitalised word ("registrieren!Sie").
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s|[A-ZÄÖÜ])|\n+")
_UPPER = "A-ZÀ-ÞА-ЯЁ"
_WORD = re.compile(r"[^\W_][\w'’-]*")
_MARKUP = re.compile(r"\s*</?s>")
_NOTICE_MAX_CHARS = 400  # a sentence longer than this is the article's, whatever it names
# A quotation (opening the sentence, or closed before a comma or a dash and a reporting verb: "…," the baker
# said; "…” – powiedział Sasin, '…"- said Jacek Sasin' as Polish and Russian attribute, and their machine
# translations) is someone speaking to someone, not the site to its reader ("the only scenario we take into
# account ..." was cut as a notice: 'we' + 'account'). The verbs: every language's "reporting_verbs".
_QUOTE_VERBS = ("said", "says", "told", "sagte", "sagt", "sagten", "erklärte", "betonte", "dijo", "afirmó",
                "ha detto", "a déclaré", "a dit", "powiedział", "заявил", "сказал")


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern[str]:
    verbs = set(_QUOTE_VERBS) | {v for lang in LANGUAGES for v in profile(lang).reporting_verbs}
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=lambda w: (-len(w), w)))
    return re.compile(rf"^[\"“„«‘']|[\"”»“’]\s*(?:,|[-–—])\s*(?:\w+\s+){{0,2}}(?:{alt})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = site_notices()

    def cased(words: tuple[str, ...]) -> str:
        # a capitalised form ("Sie", "Ihre") matches only so; a lower-case one also opening a sentence
        # ("You"), never in capitals ("US" is no "us")
        parts = [re.escape(w) if w[:1].isupper() else f"{re.escape(w)}|{re.escape(w[:1].upper() + w[1:])}"
                 for w in words]
        return "|".join(sorted(parts, key=len, reverse=True))

    def stems(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w).replace(r"\*", r"[\w-]*").replace(r"\ ", r"\s+")
                        for w in sorted(words, key=len, reverse=True))

    return {
        "reader": re.compile(rf"(?<![\w-])(?:{cased(data.reader)})(?![\w-])"),
        "site": re.compile(rf"(?<![\w-])(?:{stems(data.words)})(?![\w])", re.IGNORECASE),
        "opener": re.compile(rf"(?<![\w-])(?:{alternation(data.openers)})(?![\w-])"),
        "marker": re.compile(rf"(?<![\w-])(?:{alternation(data.markers)})(?=\s|$)"),
        # a whole sentence or line of consent buttons, joined by separators or spaces ("Accept all | Reject all")
        "consent": re.compile(rf"[\W_]*(?:{stems(data.consent)})(?:[\s|/·•,;:–—-]+(?:{stems(data.consent)}))*[\s.!|·•]*",
                              re.IGNORECASE) if data.consent else re.compile(r"(?!)"),
        "advert": re.compile(rf"(?:(?<=[.!?…»”“\"])|^)\s*(?:{alternation(data.ad_labels)})(?=\s+[{_UPPER}])",
                             re.MULTILINE),
        # "Foto: dpa/…", "© picture alliance", and in brackets "(Photo by Stefan Sauer/dpa via Getty Images)"
        "credit": re.compile(rf"\(?(?:©\s*)?(?:(?:{alternation(data.credit_labels)})\s*:|©)\s*"
                             + (rf"|\((?:{alternation(data.credit_labels)})\s+(?:{alternation(data.credit_by)})\s+(?=[^\W\d_])"
                                if data.credit_by else "")),
    }


def strip_notices(body: str) -> tuple[str, list[tuple[str, str]]]:
    """``body`` without inline page furniture, and what was removed as (kind, text).

    Idempotent: a cut can bring two pieces of furniture together ("Anzeige" after a removed credit,
    a headline printed three times), so it cuts until nothing is left to cut (at most 4 passes).
    """
    removed: list[tuple[str, str]] = []
    for _ in range(4):
        before = len(removed)
        body = _strip_once(body, removed)
        if len(removed) == before:
            break
    return body, removed


def _strip_once(body: str, removed: list[tuple[str, str]]) -> str:
    text = _MARKUP.sub("", body)
    if text != body:
        removed.append(("markup", "<s>"))
    p = _patterns()
    cuts: list[tuple[int, int, str]] = []
    cuts += [(m.start(), m.end(), "site_marker") for m in p["marker"].finditer(text)]
    cuts += [(m.start(), m.end(), "advert") for m in p["advert"].finditer(text)]
    cuts += _credits(text, p["credit"])
    text = _cut(text, cuts, removed)
    cuts = _title_echo(text) + _notices_and_echoes(text, p)
    return _cut(text, cuts, removed)


def _cut(text: str, cuts: list[tuple[int, int, str]], removed: list[tuple[str, str]]) -> str:
    """``text`` without the spans ``cuts`` (overlaps joined), each recorded in ``removed``."""
    if not cuts:
        return text
    out, at = [], 0
    for start, end, kind in sorted(cuts):
        if end <= at:
            continue
        start = max(start, at)
        out.append(text[at:start])
        removed.append((kind, text[start:end].strip()))
        at = end
        if start == 0 or text[start - 1] == "\n":  # a cut opening a line leaves no space opening it
            while at < len(text) and text[at] in " \t":
                at += 1
    out.append(text[at:])
    joined = "".join(out)
    # a cut leaves two spaces, or a space before a line's end, where one or none stood
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", re.sub(r"[ \t]+(?=\n|$)", "", joined)).lstrip(" ")


def _credits(text: str, label: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Picture credits: the label, then the credit -- up to the closing bracket when it opened one;
    else, on its line and before a full stop, through the last slash-joined token of the next five
    ("dpa/Thomas Kraus": a name after the slash keeps its surname), or, with no slash, one token (an
    agency, a site) or a first name and surname; a label before a lower-case word is left alone."""
    out = []
    for m in label.finditer(text):
        if m.group(0).startswith("("):
            close = text.find(")", m.end())
            if 0 <= close - m.end() <= 80:
                out.append((m.start(), close + 1, "caption"))
            continue
        line_end = text.find("\n", m.end())
        window = text[m.end() : min(m.end() + 120, line_end if line_end >= 0 else len(text))]
        tokens = list(re.finditer(r"\S+", window))[:5]
        stop = next((k for k, t in enumerate(tokens) if t.group(0).endswith(".")), None)
        tokens = tokens[: stop + 1] if stop is not None else tokens  # a credit never runs past a full stop
        if not tokens or not (tokens[0].group(0)[:1].isupper() or tokens[0].group(0)[:1].isdigit()
                              or "/" in tokens[0].group(0)):
            continue  # no credit after the label: a lower-case word is the sentence's
        slashed = [k for k, t in enumerate(tokens) if "/" in t.group(0)]
        if slashed:
            k = slashed[-1]
            if tokens[k].group(0).endswith("/") and k + 1 < len(tokens):
                k += 1  # "Aaron Favila / AP / Dpa": the slash joins the next token
            after = tokens[k].group(0).rstrip(".,;").rsplit("/", 1)[-1]
            if (after[:1].isupper() and after[1:].islower() and k + 1 < len(tokens)
                    and _is_name_word(tokens[k + 1].group(0))):
                k += 1
            elif (k + 1 < len(tokens) and given_name_gender(after.title()) and after.isalpha()
                  and tokens[k + 1].group(0).rstrip(".,;").isupper() and tokens[k + 1].group(0).rstrip(".,;").isalpha()):
                # a given name keeps its surname in capitals ("REUTERS/TYRONE SIU", "AFP / Johannes EISEL")
                k += 1
            # an agency's name runs on to its acronym ("Ngcobo/African News Agency(ANA)", "Muster/Deutsche Presse
            # Agentur (dpa)", "Pérez/Agencia EFE"; stop 37, xl25: "Agency(ANA)" was left in the text), never past a
            # name that ends no acronym ("dpa/Patrick Pleul Stuttgart - Der …" keeps Stuttgart)
            j = k + 1
            while j < len(tokens) and _is_name_word(tokens[j].group(0)):
                j += 1
            if j < len(tokens) and _agency_acronym(
                    tokens[j].group(0).rstrip(".,;"), [after] + [t.group(0) for t in tokens[k + 1 : j]]):
                k = j
        else:
            first = tokens[0].group(0)
            k = 1 if (_is_name_word(first) and len(tokens) > 1 and _is_name_word(tokens[1].group(0))) else 0
            if not tokens[k].group(0).endswith((".", ",", ";", ":")) and _sentence_after(
                    [t.group(0) for t in tokens[k + 1 :]]):
                # a sentence after the label's word, not a credit ("Quelle: Die Zahl der Toten stieg …",
                # "Nazi-Fotos: Angehende Gefängniswärter zeigt …"; review37a L1); "Pompiers de Bruxelles" is one
                continue
        out.append((m.start(), m.end() + tokens[k].end(), "caption"))
    return out


def credit_at_start(line: str) -> int | None:
    """Where the article's sentence begins after a picture credit that opens ``line`` and runs into it with no
    stop ("Foto: Polizei Stralsund Mehrere Rettungsboote …" -> the offset of "Mehrere"; "Photo: Reuters/John
    Smith The ferry …"): a credit :func:`_credits` reads as a slash-joined name or two words at least,
    followed by a capitalised word; None when the line is no such credit (a label before one sentence,
    "Image: Mr McLaren's fiancee says …", is a caption whole)."""
    for start, end, _kind in _credits(line, _patterns()["credit"]):
        if start != 0:
            continue
        credit = line[:end]
        label = _patterns()["credit"].match(credit)
        names = credit[label.end() if label else 0 :].split()
        rest = line[end:].lstrip()
        if rest[:1].isupper() and ("/" in credit or len(names) >= 2) and not credit.startswith("("):
            return len(line) - len(rest)
    return None


# An agency's acronym closing its name in brackets: "(ANA)", "(dpa)", or glued to the name's last word ("Agency(ANA)")
_BRACKETED_ACRONYM = re.compile(r"\([A-Za-z]{2,6}\)|[A-Z][a-z]+\([A-Za-z]{2,6}\)")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _agency_acronym(token: str, before: list[str]) -> bool:
    """Whether ``token`` closes an agency's credit: an acronym in brackets or glued to the name; a bare one
    ("Pérez/Agencia EFE") only when it is a listed agency (data/outlets.json) and the words ``before`` it
    hold an agency's word (outlet_words: "Agencia", "Presse"). Else a capitalised word after the credit is
    the next sentence's subject ("Foto: dpa/Max Muster USA verhängen …", "… John Smith NATO verlegt …";
    review37a H4: the credit took "USA" and "NATO" with it)."""
    if _BRACKETED_ACRONYM.fullmatch(token):
        return True
    if not _BARE_ACRONYM.fullmatch(token):
        return False
    listed = _listed_outlets()
    return token.casefold() in listed[0] and any(w.strip(".,;").casefold() in listed[1] for w in before)


@lru_cache(maxsize=1)
def _listed_outlets() -> tuple[frozenset[str], frozenset[str]]:
    """Casefolded listed outlet names and outlet words (data/outlets.json)."""
    data = outlets()
    return frozenset(n.casefold() for n in data.names), frozenset(w.casefold() for w in data.words)


def _sentence_after(rest: list[str]) -> bool:
    """Whether the words after a credit's name go on as its sentence: a lower-case word next, or after a
    name's link word and the capitalised word it joins ("Die Zahl der Toten stieg" is a sentence, "Pompiers
    de Bruxelles" and "Aéroport de Luton L'aéroport …" a name)."""
    links = _name_links()
    at = 0
    while at < len(rest) and rest[at] in links:
        at += 2  # the link and the capitalised word after it
    return at < len(rest) and rest[at][:1].islower()


@lru_cache(maxsize=1)
def _name_links() -> frozenset[str]:
    """The lower-case words a place's or body's name may hold in any language ("de", "du", "am"; text data
    dateline "place_links")."""
    return frozenset(w for lang in LANGUAGES for link in profile(lang).dateline_place_links for w in link.split())


def _is_name_word(token: str) -> bool:
    word = token.rstrip(".,;:")
    return bool(word) and word[:1].isupper() and word[1:].islower() and word.isalpha()


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _notices_and_echoes(text: str, p: dict[str, re.Pattern[str]]) -> list[tuple[int, int, str]]:
    cuts = []
    spans = _sentences(text)
    for k, (a, b) in enumerate(spans):
        sentence = text[a:b]
        opener = p["opener"].search(sentence)
        if opener and (k > 0 or opener.start() > 0):
            cuts.append((a + opener.start(), b, "site_notice"))
        elif k > 0 and p["consent"].fullmatch(sentence.strip()):
            cuts.append((a, b, "consent"))
        elif (k > 0 and len(sentence.strip()) <= _NOTICE_MAX_CHARS and not _quoted().search(sentence.strip())
              and p["reader"].search(sentence) and p["site"].search(sentence)):
            cuts.append((a, b, "site_notice"))
        elif k > 0 and _echoes(sentence, text[spans[k - 1][0] : spans[k - 1][1]]):
            cuts.append((a, b, "echo"))
    return cuts


# Most words after a notice's opening words on a line of its own that is the notice whole ("Subscribe",
# "Subscribe now", "Iscriviti"); a headline says more (review35a H3)
_BARE_OPENER_WORDS = 1
_FIGURE = re.compile(r"\d")


def is_notice_line(line: str) -> bool:
    """Whether a line of its own is a site's notice to its reader: it opens with a notice's opening words
    (text data "site_notices" "openers") and reads as a notice as a whole: it addresses the reader (a
    "reader" word anywhere: "Melden Sie sich an und diskutieren Sie mit", "Abonnez-vous pour lire la
    suite", "Подпишитесь на наш канал"), names page furniture after its opening words ("site" words:
    "Sign up for our newsletter"), offers a figure ("Subscribe now for unlimited access – only $1 for 6
    months", "Jetzt abonnieren und 30 Tage gratis lesen") or says nothing more ("Subscribe now",
    "Iscriviti"). A page's promotion line over its headline read as the headline (the text's first
    sentence is exempt from :func:`strip_notices`, where it holds the headline). An opener is an ordinary
    word too, so a headline that opens with one stays ("Abbonati Sky in calo, Netflix cresce",
    "Zapisz się na szczepienie - apeluje minister", "Sign up for booster jabs opens to all adults"; review35a
    H3), as does one that speaks to its reader about page furniture without an opener ("Netflix tells you
    to stop sharing your password")."""
    line = line.strip().lstrip("*•–—-» ")
    p = _patterns()
    opener = p["opener"].match(line)
    if opener is None:
        return False
    rest = line[opener.end():]
    # the reader may be a hyphenated opener's own word ("Abonnez-vous", "Inscrivez-vous")
    return (len(_WORD.findall(rest)) <= _BARE_OPENER_WORDS or p["reader"].search(line.replace("-", " ")) is not None
            or p["site"].search(rest) is not None or _FIGURE.search(rest) is not None)


def given_title(title: object) -> str | None:
    """A page's given title (``<title>``, a feed's or a JSONL record's), stripped, or None when it is empty
    or a site's notice (:func:`is_notice_line`: a page titled by its promotion has no headline, and it
    must not open the body as one). One rule for :mod:`storylens.report.compare` and
    :mod:`storylens.similarity` (review35a L3)."""
    if title is None:
        return None
    text = str(title).strip()
    return text if text and not is_notice_line(text) else None


def _echoes(sentence: str, before: str) -> bool:
    """A link-stripped copy of the sentence before: opens lower-case (or with the stripped link's
    asterisk), two words or more, every word in the sentence before, in its order."""
    s = sentence.strip()
    if not s or not (s[0].islower() or s[0] == "*"):
        return False
    words = [w.casefold() for w in _WORD.findall(s)]
    if len(words) < 2:
        return False
    pool = iter(w.casefold() for w in _WORD.findall(before))
    return all(any(w == x for x in pool) for w in words)


def _title_echo(text: str) -> list[tuple[int, int, str]]:
    """The headline printed twice at the top of a line-less text: the longest opening of 4+ words (20+
    characters) that recurs on its line within a short label ("Video", ":") after itself; the second copy
    and the label go. (A headline line above the same first line is a page's title and heading: left to
    the line-based cleaning.)"""
    head = text[:400]
    ends = [m.end() for m in re.finditer(r"\S+", head)]
    for end in reversed(ends[3:40]):
        title = head[:end]
        if len(title) < 20:
            break
        again = text.find(title, end, end + 12 + len(title))
        if again >= 0 and again - end <= 12 and not re.search(r"[.!?\n]", text[end:again]):
            return [(end, again + len(title), "echo")]
    return []
