"""Quotes in every language: marks, dash dialogue, speakers, pronouns, descriptions; the field cases."""

from pathlib import Path

import numpy as np
import pytest

from storylens.analysis.quotes import _match, _scripts, _vocab, extract_quote_spans, match_quotes

from ._docs import segmented_doc

FIELD = Path(__file__).resolve().parents[3] / "shared" / "data" / "field-cases"


def _doc(text, lang, doc_id="d1"):
    return segmented_doc(text, lang, doc_id)


def _quotes(text, lang):
    return [(q.text, q.speaker) for q in extract_quote_spans([_doc(text, lang)])]


def _field(case, name):
    path = FIELD / case / name
    if not path.exists():
        pytest.skip(f"field cases not found at {FIELD}")
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- languages


def test_german_marks_pronoun_and_colon():
    text = _field("de-quotes", "de.txt")
    got = _quotes(text, "de")
    assert got == [
        ("Wir werden die Pflege zu Hause neu ordnen.", "Petra Vogel"),
        ("Das betrifft zum Beispiel die häusliche Versorgung und das Modell der persönlichen Assistenz.", "Petra Vogel"),
        ("Das ist ein guter Tag für die Familien", "Petra Vogel"),
    ]


def test_german_fronted_date_is_never_the_speaker_and_age_description_is_resolved():
    text = ("Am Montagnachmittag sagte der Sprecher der Polizei, Thomas Berger: „Die Lage ist ruhig.“\n"
            "Der Verdächtige Karl Huber (48) war am Sonntag festgenommen worden. „Ich habe nichts getan\", sagte der 48-Jährige.")
    (q1, s1), (q2, s2) = _quotes(text, "de")
    assert (q1, s1) == ("Die Lage ist ruhig.", "Thomas Berger")
    assert q2 == "Ich habe nichts getan" and s2.endswith("Karl Huber")


def test_french_guillemets_role_description_and_inversion():
    text = ("Le ministre de l'Intérieur Gérald Martin s'est rendu jeudi à Nice.\n"
            "« Nous ne lâcherons rien », a déclaré le ministre.\n"
            "« C'est une journée difficile pour tous », a-t-il ajouté.")
    assert _quotes(text, "fr") == [
        ("Nous ne lâcherons rien", "Gérald Martin"),
        ("C'est une journée difficile pour tous", "Gérald Martin"),
    ]


def test_spanish_straight_guillemets_and_glued_dash():
    text = ("La ministra de Sanidad, Carmen López, visitó el hospital el jueves.\n"
            "\"Estamos preparados para lo peor\", dijo López.\n"
            "—No vamos a cerrar las escuelas —aseguró la ministra.\n"
            "«La situación está bajo control», afirmó ella.")
    assert _quotes(text, "es") == [
        ("Estamos preparados para lo peor", "Carmen López"),
        ("No vamos a cerrar las escuelas", "Carmen López"),
        ("La situación está bajo control", "Carmen López"),
    ]


def test_italian_role_and_place_before_the_name():
    text = ("Il sindaco di Milano Marco Rossi ha parlato martedì in conferenza stampa.\n"
            "«Abbiamo fatto tutto il possibile», ha detto Rossi.\n"
            "«Domani le scuole resteranno chiuse», ha aggiunto il sindaco.")
    assert _quotes(text, "it") == [
        ("Abbiamo fatto tutto il possibile", "Marco Rossi"),
        ("Domani le scuole resteranno chiuse", "Marco Rossi"),
    ]


def test_polish_dash_quotes():
    text = ("Wojewoda Jan Kowalski odwiedził w poniedziałek zalane miejscowości.\n"
            "– To jest dobry dzień dla całego regionu – powiedział wojewoda Jan Kowalski. – Będziemy kontynuować prace.\n"
            "„Nikt nie zostanie bez pomocy” – zapewnił.")
    assert _quotes(text, "pl") == [
        ("To jest dobry dzień dla całego regionu", "Jan Kowalski"),
        ("Będziemy kontynuować prace.", "Jan Kowalski"),
        ("Nikt nie zostanie bez pomocy", "Jan Kowalski"),
    ]


def test_russian_dash_and_guillemets():
    text = ("Министр Сергей Иванов прибыл в Казань во вторник.\n"
            "– Мы не допустим повторения трагедии, – заявил министр Сергей Иванов.\n"
            "«Все пострадавшие получат помощь», – сказал он.")
    assert _quotes(text, "ru") == [
        ("Мы не допустим повторения трагедии", "Сергей Иванов"),
        ("Все пострадавшие получат помощь", "Сергей Иванов"),
    ]


def test_arabic_verb_first_and_dropped_subject():
    text = ("وصل وزير الصحة أحمد علي إلى المدينة يوم الثلاثاء.\n"
            "وقال وزير الصحة أحمد علي: «الوضع تحت السيطرة».\n"
            "وأضاف أن «الحكومة ستواصل جهودها».")
    assert _quotes(text, "ar") == [("الوضع تحت السيطرة", "أحمد علي"), ("الحكومة ستواصل جهودها", "أحمد علي")]


def test_turkish_verb_final_and_titles():
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan salı günü Ankara'da konuştu.\n"
            "Erdoğan, \"Bu kararı asla kabul etmeyeceğiz\" dedi.\n"
            "Sağlık Bakanı Fahrettin Koca ise \"Vaka sayısı düşüyor\" ifadesini kullandı.")
    assert _quotes(text, "tr") == [
        ("Bu kararı asla kabul etmeyeceğiz", "Recep Tayyip Erdoğan"),
        ("Vaka sayısı düşüyor", "Fahrettin Koca"),
    ]


def test_chinese_quotes_and_pronoun():
    got = _quotes(_field("zh-quote-segment", "zh.txt"), "zh")
    assert got == [("这次降雨范围很广。", "王丽"), ("请市民尽量减少外出，注意安全。", "王丽")]


def test_chinese_speaker_before_the_quote():
    assert _quotes("发言人李明表示：“我们欢迎这一决定。”", "zh") == [("我们欢迎这一决定。", "李明")]


def test_speaker_after_adverbials_at_the_end_of_the_attribution_clause():
    # Verb-subject order after a quote with words between the verb and the speaker.
    pl = ("– Rząd musi natychmiast wycofać te przepisy – mówił w poniedziałek na konferencji prasowej "
          "w Sejmie poseł opozycji Adam Nowak.")
    assert _quotes(pl, "pl") == [("Rząd musi natychmiast wycofać te przepisy", "Adam Nowak")]
    es = ("«Vamos a reconstruir cada casa», dijo el martes en una rueda de prensa en Valencia "
          "la alcaldesa María Gómez.")
    assert _quotes(es, "es") == [("Vamos a reconstruir cada casa", "María Gómez")]
    # ... but a name that starts the reported clause is no speaker: "said Mr. Scotto was …".
    en = '"It is over," said on Monday that Mr. Scotto was ill.'
    assert all(sp != "Mr. Scotto" for _, sp in _quotes(en, "en"))


def test_spaced_hyphen_stands_for_the_dash_before_the_verb():
    pl = '"Ta decyzja jest skandaliczna" - napisał na Twitterze senator Piotr Wiśniewski.'
    assert _quotes(pl, "pl") == [("Ta decyzja jest skandaliczna", "Piotr Wiśniewski")]


def test_colon_quote_takes_the_clause_subject():
    pl = "Anna Kowalska ostro krytykuje rząd: – To jest kompromitacja państwa. Opozycja milczy."
    assert _quotes(pl, "pl") == [("To jest kompromitacja państwa.", "Anna Kowalska")]
    es = "Pedro Sánchez responde a la oposición: «No vamos a dar ni un paso atrás»."
    assert _quotes(es, "es") == [("No vamos a dar ni un paso atrás", "Pedro Sánchez")]
    ar = ("أعلنت الفنانة منى زكي عن عمل جديد.\n\n"
          'منى زكي تنشر صورة من كواليس الفيلم: "يوم طويل لكنه جميل"')
    assert _quotes(ar, "ar")[-1] == ("يوم طويل لكنه جميل", "منى زكي")
    # A place or a Title Case headline before the colon is no speaker.
    assert _quotes('In Berlin: "Wir zahlen nicht."', "de")[0][1] is None
    assert _quotes("Klobuchar Jabs Trump Over Golf: 'I Spent 0 Days on the Course'", "en")[0][1] != "Klobuchar Jabs Trump"


def test_a_narrative_sentence_ends_the_speakers_turn():
    pl = ("– Media publiczne zostały upolitycznione – mówił poseł Adam Nowak. Głosów krytyki jest więcej. "
          "– Zawsze to radio kojarzyło się z wolnością.")
    got = _quotes(pl, "pl")
    assert got[0][1] == "Adam Nowak" and got[-1][1] is None
    # Reported speech in between carries the speaker on.
    en = ('"We will rebuild," Mayor Ann Lee said. She added that the city had asked for help. '
          'She said more. "Every house will stand again."')
    assert _quotes(en, "en")[-1][1] == "Ann Lee"


def test_english_bullets_are_not_dash_quotes():
    assert _quotes("The plan:\n- Schools close on Monday.\n- Roads stay open.", "en") == []
    assert _quotes("The plan:\n– Schools close on Monday.\n– Roads stay open.", None) == []


@pytest.mark.parametrize("speaker", ["Am Montagnachmittag", "Thursday", "Niemcy", "Donnerstagabend", "In Berlin", "13 stycznia"])
def test_dates_and_places_are_not_speakers(speaker):
    assert not _vocab._plausible_speaker(speaker)


@pytest.mark.parametrize("speaker", ["Jan Kowalski", "Petra Vogel", "June Carter", "Paris Hilton"])
def test_people_are_speakers(speaker):
    assert _vocab._plausible_speaker(speaker)


# ---------------------------------------------------------------- layout field case


def test_quote_speaker_layout():
    got = {t[:20]: s for t, s in _quotes(_field("quote-speaker-layout", "a.txt"), "en")}
    assert got == {
        "As I said when she w": "Daniel Starke",
        "Anna brings a wealth": "Rita Moreno",
        "The network upgrade ": "the minister",
    }


def test_credit_line_and_from_line_other_inputs():
    text = ("The council approved the plan.\n\n"
            "“This is a historic day for the city.” — Mayor Linda Park\n\n"
            "Also from Councillor James Reid:\n\n"
            "“We listened to residents.”")
    assert _quotes(text, "en") == [
        ("This is a historic day for the city.", "Linda Park"),
        ("We listened to residents.", "James Reid"),
    ]


def test_repaired_mojibake_quotes_keep_speaker():
    # the byte repair is ingest's job; once repaired, both quotes are Müller's
    text = ("The Elm Street bridge in Brookfield will reopen next week, city officials said on Wednesday.\n\n"
            "“We will reopen the bridge to cars next Monday,” Mayor Jürgen Müller said. “It’s been a long winter for everyone.”")
    assert _quotes(text, "en") == [
        ("We will reopen the bridge to cars next Monday", "Jürgen Müller"),
        ("It’s been a long winter for everyone.", "Jürgen Müller"),
    ]


# ---------------------------------------------------------------- matching across languages


@pytest.mark.parametrize(
    "case, a, la, b, lb, pairs",
    [
        ("de-quotes", "de.txt", "de", "en.txt", "en",
         {("Wir werden die Pflege", "We will reorganise care"), ("Das ist ein guter Tag", "This is a good day")}),
        ("zh-quote-segment", "zh.txt", "zh", "en.txt", "en",
         {("这次降雨范围很广", "The rain will cover"), ("请市民尽量减少外出", "Residents should stay")}),
    ],
)
def test_quotes_matched_across_languages(embedder, case, a, la, b, lb, pairs):
    docs = [_doc(_field(case, a), la, "d1"), _doc(_field(case, b), lb, "d2")]
    quotes = match_quotes(extract_quote_spans(docs), docs, embedder)
    by_id = {q.id: q for q in quotes}
    found = {(q.text, by_id[m.quote].text) for q in quotes if q.doc == "d1" for m in q.matches}
    for left, right in pairs:
        assert any(x.startswith(left) and y.startswith(right) for x, y in found), (left, right, found)
    # no word diff between two languages' renderings: it marks every word (newuser70)
    assert [m.diff for q in quotes for m in q.matches] == [None] * sum(len(q.matches) for q in quotes)


@pytest.mark.parametrize("close", ["！", "？", "……", "!"])
def test_chinese_quote_closing_in_another_mark_is_matched_like_one_in_a_full_stop(embedder, close):
    # fieldcases78 z5: "“…注意安全！”她说" was matched to no English quote (with "。" it was, at 0.445): the
    # quotation's closing mark reached the encoder; none reads there now, whichever mark closes it.
    zh = _field("zh-quote-segment", "zh.txt").replace("注意安全。”", f"注意安全{close}”")
    docs = [_doc(zh, "zh", "d1"), _doc(_field("zh-quote-segment", "en.txt"), "en", "d2")]
    quotes = match_quotes(extract_quote_spans(docs), docs, embedder)
    by_id = {q.id: q for q in quotes}
    found = {(q.text, by_id[m.quote].text) for q in quotes if q.doc == "d1" for m in q.matches}
    assert any(x == f"请市民尽量减少外出，注意安全{close}" and y.startswith("Residents should stay") for x, y in found), found


def test_a_traditional_chinese_quote_scores_as_its_simplified_form(embedder):
    # fieldcases78 z6: USE read "這次降雨範圍很廣" 0.45 against the English quote, "这次降雨范围很广" 0.77; the encoder
    # reads a Chinese quotation and its sentence in Simplified characters (text._hanzi.han_lookup_form), the
    # quotation's text stays as written
    hans = _field("zh-quote-segment", "zh.txt")
    hant = "".join({"这": "這", "围": "圍", "广": "廣", "请": "請", "尽": "儘", "减": "減", "丽": "麗", "说": "說",
                    "预": "預", "报": "報", "员": "員", "气": "氣", "门": "門", "发": "發", "级": "級"}.get(c, c) for c in hans)
    en = _doc(_field("zh-quote-segment", "en.txt"), "en", "d2")
    scores = []
    for text in (hans, hant):
        docs = [_doc(text, "zh", "d1"), en]
        quotes = match_quotes(extract_quote_spans(docs), docs, embedder)
        first = next(q for q in quotes if q.doc == "d1")
        assert first.text == text[text.index("“") + 1 : text.index("”")]
        scores.append(max((m.score for m in first.matches), default=0.0))
    assert scores[1] == pytest.approx(scores[0], abs=0.01), scores


# ---------------------------------------------------------------- vectorised scoring = the pair formula


def test_vectorised_scores_equal_the_pair_formula():
    rng = np.random.default_rng(0)
    n = 12
    q, c, lex, cont = (rng.random((n, n)) for _ in range(4))
    q, c, lex, cont = ((x + x.T) / 2 for x in (q, c, lex, cont))
    shortest = np.minimum.outer(rng.integers(1, 6, n), rng.integers(1, 6, n))
    shortest = np.minimum(shortest, shortest.T)
    keys = [None, ("tokayev",), ("kassym", "jomart", "tokayev"), ("mary", "cheney"), ("dick", "cheney"), ("mary", "cheney"),
            None, ("putin",), ("vladimir", "putin"), ("li",), ("wang", "li"), ("zhang", "li")]
    cross = rng.random((n, n)) > 0.5
    cross = cross | cross.T
    same = _match._same_speaker_matrix(keys)
    scores = _match._pair_score_matrix(q, c, lex, cont, shortest, same, cross)
    for i in range(n):
        for j in range(n):
            assert same[i, j] == _match._same_speaker(keys[i], keys[j])
            expected = _match._pair_score(q[i, j], c[i, j], lex[i, j], cont[i, j], shortest[i, j], keys[i], keys[j], cross[i, j])
            assert scores[i, j] == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("dense_cells", [0, 10**6], ids=["sparse", "dense"])
def test_vectorised_containment_equals_the_set_formula(dense_cells):
    stems = [frozenset({"ideol", "sabot"}), frozenset({"ideol", "diver", "attac"}), frozenset(), frozenset({"sabot"})]
    weight = {"ideol": 0.3, "sabot": 0.9}
    for w in ({}, weight):
        m = _match._containment_matrix(stems, w, dense_cells)
        for i in range(4):
            for j in range(4):
                assert m[i, j] == pytest.approx(_match._containment(stems[i], stems[j], w or None), abs=1e-9)


def _select_pairs_loop(scores, doc_of, threshold, contained):
    """The pair loop match_quotes used before it was vectorised (reference for the test below)."""
    n = len(doc_of)
    best = {}
    for i in range(n):
        for j in range(n):
            key = (i, doc_of[j])
            if scores[i, j] > best.get(key, 0.0):
                best[key] = float(scores[i, j])
    pairs = set()
    for i in range(n):
        for j in range(i + 1, n):
            s = float(scores[i, j])
            if s < threshold:
                continue
            near = s >= best[(i, doc_of[j])] - _match._BEST_MARGIN and s >= best[(j, doc_of[i])] - _match._BEST_MARGIN
            if near or contained[i, j]:
                pairs.add((i, j))
    return pairs


@pytest.mark.parametrize("seed", range(5))
def test_vectorised_pair_selection_equals_the_pair_loop(seed):
    rng = np.random.default_rng(seed)
    n = 14
    doc_of = [f"d{k}" for k in rng.integers(0, 3, n)]
    scores = rng.random((n, n)).astype(np.float32)
    scores = np.triu(scores, 1) + np.triu(scores, 1).T
    same = np.array([[a == b for b in doc_of] for a in doc_of])
    scores[same] = 0.0
    contained = rng.random((n, n)) > 0.9
    contained = contained | contained.T
    for threshold in (0.2, 0.4, 0.7):
        assert _match._select_pairs(scores, doc_of, threshold, contained) == _select_pairs_loop(scores, doc_of, threshold, contained)


# ---------------------------------------------------------------- issue 12: quotes across languages


def test_the_reporting_channel_before_a_colon_is_not_the_speaker_named_after_the_quote():
    es = "NBC News informó: “Me encantaría juzgar el caso”, dijo Giuliani a los periodistas en Florida."
    assert _quotes(es, "es") == [("Me encantaría juzgar el caso", "Giuliani")]
    en = 'CNN reported: "I would love to try the case," Giuliani told reporters in Florida.'
    assert _quotes(en, "en")[0][1] == "Giuliani"


def test_spanish_a_before_an_article_is_a_preposition_not_a_clause_verb():
    text = "“Vamos a ganar”, dijo Giuliani a los periodistas. “Vamos a ganar”, dijo Giuliani a Trump."
    assert [s for _, s in _quotes(text, "es")] == ["Giuliani", "Giuliani"]


def test_a_quotation_the_excerpt_cuts_off_runs_to_the_end_however_long():
    words = " ".join(["palabra"] * 70)
    cut = f"Giuliani, un exfiscal federal, sugirió que lideraría la defensa. “No sé si alguien {words} y Faceb"
    got = _quotes(cut, "es")
    assert len(got) == 1 and got[0][0].endswith("Faceb") and got[0][1] == "Giuliani"
    stray = f"Giuliani habló. “No sé si alguien {words} al final."  # ends its sentence: a stray mark
    assert _quotes(stray, "es") == []


def test_a_fragment_and_a_repeat_match_a_longer_quote_in_another_language(embedder):
    """Piece similarity ("Mi piacerebbe processare il caso" against the last sentence of
    the Spanish quotation) and repeats (the Italian headline repeats the body's words):
    both Italian renderings match the one Spanish quotation."""
    es = _doc("Giuliani quiere defender a Trump. “Yo testificaría, daría conferencias, o haría lo que mejor hago, "
              "juzgaría el caso. Me encantaría juzgar el caso”, dijo Giuliani a los periodistas.", "es", "d1")
    it = _doc("Giuliani aggiunge: \"Mi piacerebbe processare il caso\". \"Testerei, farei conferenze, o farei quello "
              "che so fare meglio, proverei il caso. Mi piacerebbe provare il caso\", Giuliani ha detto ai giornalisti.",
              "it", "d2")
    quotes = match_quotes(extract_quote_spans([es, it]), [es, it], embedder)
    spanish = next(q for q in quotes if q.doc == "d1")
    matched = {next(q.text for q in quotes if q.id == m.quote) for m in spanish.matches}
    assert any(t.startswith("Mi piacerebbe processare") for t in matched)
    assert any(t.startswith("Testerei") for t in matched)


def test_two_renderings_that_open_with_the_same_clause_match_across_languages(embedder):
    """A garbled machine translation keeps the opening of the utterance: the Spanish and
    Italian quotes share only their first clause (USE 0.13 whole), and match on it."""
    es = _doc("Giuliani sugirió que lideraría la defensa. “No sé si alguien tendría el coraje de darme el caso, "
              "pero si me dan el caso, lo procesaré yo mismo”, dijo Giuliani.", "es", "d1")
    it = _doc("Giuliani ha suggerito che avrebbe guidato la difesa. \"Non so se qualcuno lo farebbe, il suo resort "
              "a Palm Beach, ma ha suonato fuori dal suo impeachment\", ha detto Giuliani.", "it", "d2")
    assert _match._opening("Non so se qualcuno lo farebbe, il suo resort") == "Non so se qualcuno lo farebbe"
    assert _match._opening("Non so se qualcuno lo farebbe") == ""  # one clause: compared whole
    quotes = match_quotes(extract_quote_spans([es, it]), [es, it], embedder)
    assert all(len(q.matches) == 1 for q in quotes), [(q.text, q.matches) for q in quotes]


def test_chinese_transliterated_name_after_a_title_is_the_speaker():
    text = "“当我们开始排放检查计划时，空气污染是一个严重问题，”华盛顿空气质量计划经理凯西泰勒说。"
    assert _quotes(text, "zh")[0][1] == "凯西泰勒"
    assert _scripts._cjk_titled_name("首席预报员王丽") == "王丽"
    assert _scripts._cjk_titled_name("市气象台") is None  # no title: no name


def test_german_fronted_place_is_not_the_subject_and_kuendigte_reports():
    text = ('Vor jubelnden Anhängern in Tel Aviv sprach der 70-jährige Benjamin Netanjahu von einem Sieg. '
            'Er werde nun "eine starke Regierung einrichten", kündigte er an. '
            'Netanjahu kündigte zudem Verträge mit "weiteren arabischen Staaten" an.')
    assert [s for _, s in _quotes(text, "de")] == ["Benjamin Netanjahu", "Benjamin Netanjahu"]


# French tune-half kinds (quote gold semeval_fr_tune): the agent of a passive after the quotation,
# a name that only owns the subject, an article elided onto a capitalised noun.
@pytest.mark.parametrize(
    "lang, text, speaker",
    [
        ("fr", "Réélection jugée « lamentable » par le Mexique", "le Mexique"),
        ("fr", "Une requête « rejetée » par la Cour constitutionnelle", "la Cour constitutionnelle"),
        ("fr", ("Cette réélection a été qualifiée de « regrettable » par le Mexique par l’intermédiaire de sa "
                "représentante."), "le Mexique"),
        ("en", "The re-election was called “regrettable” by Mexico.", "Mexico"),
        ("es", "La reelección fue calificada de «lamentable» por el Gobierno de México.", "el Gobierno de México"),
        ("fr", "L'entourage d'Emmanuel Macron explique que « toutes les options sont ouvertes ».",
         "L'entourage d'Emmanuel Macron"),
        ("en", "The lawyer of Harvey Weinstein said: “He is innocent.”", "The lawyer of Harvey Weinstein"),
        ("fr", "Dans son arrêt, l’Institution juge la requête « mal fondée ».", "l’Institution"),
        ("fr", "L’Élysée a déclaré : « Rien n’est décidé ».", "L’Élysée"),
    ],
)
def test_passive_agent_owner_and_elided_article_speakers(lang, text, speaker):
    assert [who for _, who in _quotes(text, lang)] == [speaker]


def test_an_agent_needs_a_name_or_an_article():
    assert [who for _, who in _quotes("It was a “disaster” by any measure.", "en")] == [None]


class _PlantedEmbedder:
    """Unit vectors from a hash of the text (near-orthogonal in 256 dimensions), except two planted
    quotations whose cosine is ``cosine``: the quote-alone signal without any context to help."""

    model_id, dim = "planted", 256

    def __init__(self, a: str, b: str, cosine: float):
        self.a, self.b, self.cosine = a, b, cosine

    def _random(self, text: str) -> np.ndarray:
        import hashlib

        seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
        v = np.random.default_rng(seed).standard_normal(self.dim)
        return v / np.linalg.norm(v)

    def embed(self, texts):
        base = self._random("planted-base")
        other = self._random("planted-other")
        other = other - (other @ base) * base
        other /= np.linalg.norm(other)
        out = []
        for t in texts:
            if t == self.a:
                out.append(base)
            elif t == self.b:
                out.append(self.cosine * base + np.sqrt(1 - self.cosine**2) * other)
            else:
                out.append(self._random(t))
        return np.array(out, dtype=np.float32)


class _RecordingEmbedder(_PlantedEmbedder):
    """A :class:`_PlantedEmbedder` that keeps every text it was given."""

    def __init__(self):
        super().__init__("", "", 0.0)
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen += list(texts)
        return super().embed(texts)


@pytest.mark.parametrize(("text", "lang", "quotation"), [
    ("「新型ウイルスの拡大は深刻な状況。」と厚生労働相の佐藤一郎氏は木曜日に述べた。", "ja", "新型ウイルスの拡大は深刻な状況。"),
    ("「病床の確保が最優先課題！」と東京都知事は強調した。", "ja", "病床の確保が最優先課題！"),
    ("衛生部長劉曉東說：「我們已經做好了準備！」", "zh", "我们已经做好了准备"),
])
def test_only_a_chinese_quotation_reaches_the_encoder_without_its_closing_mark(text, lang, quotation):
    # stop 79's tester: the closing-mark stripping (fieldcases78 z5) moved Japanese scores (0.565 -> 0.6); Japanese
    # quotations reach the encoder as written, Chinese ones without the mark and in Simplified characters
    docs = [_doc(text, lang, "d1"), _doc("\u201cWe are ready,\u201d the minister said.", "en", "d2")]
    recorder = _RecordingEmbedder()
    match_quotes(extract_quote_spans(docs), docs, recorder)
    assert quotation in recorder.seen, recorder.seen


_ZH_FATHER = "市医院迎来新年第一个婴儿。男孩的父亲对记者说：“我很高兴有这个了不起的男婴。”护士们也很开心。"
_EN_FATHER = ("A baby boy arrived at 12:01 a.m. at the county hospital. “I'm very happy to have this miracle boy,” "
              "said Deeq Mohameed Farah. The staff brought balloons.")


@pytest.mark.parametrize(("cosine", "matched"), [(0.52, True), (0.45, False)])
def test_a_translation_whose_speakers_are_not_both_named_matches_on_its_own_cosine(cosine, matched):
    """"男孩的父亲" (the boy's father) cannot confirm "Deeq Mohameed Farah", and the contexts of a free
    translation share little: quotations that are each other's best across the two languages, with a
    confident cosine of their own (0.5 or more), match; a weaker one does not."""
    docs = [_doc(_ZH_FATHER, "zh", "d1"), _doc(_EN_FATHER, "en", "d2")]
    quotes = extract_quote_spans(docs)
    zh, en = (next(q for q in quotes if q.doc == d) for d in ("d1", "d2"))
    assert zh.speaker == "男孩的父亲" and en.speaker == "Deeq Mohameed Farah"
    # (the encoder reads the Chinese quotation without its closing "。": _match._encoder_text)
    out = match_quotes(quotes, docs, _PlantedEmbedder(_match._encoder_text(zh, "zh"), en.text, cosine))
    assert bool(next(q for q in out if q.id == zh.id).matches) is matched


def test_one_language_quoted_in_another_language_article_keeps_its_diff(embedder):
    """final70 M1: Biden's English words in a German report against an English report: "will [-not-] {+never+} back
    down" is a misquote signal, and was dropped with the cross-language rule."""
    docs = [_doc('Der Präsident äußerte sich am Abend im Weißen Haus. "We will not back down from this fight, and we '
                 'will win it", sagte Biden vor Journalisten.', "de", "d1"),
            _doc('The president spoke at the White House on Tuesday evening. "We will never back down from this '
                 'fight, and we will win it," Biden told reporters.', "en", "d2")]
    quotes = match_quotes(extract_quote_spans(docs), docs, embedder)
    diffs = [m.diff for q in quotes if q.doc == "d1" for m in q.matches]
    assert diffs and all(d and "[-not-]" in d and "{+never+}" in d for d in diffs), diffs
