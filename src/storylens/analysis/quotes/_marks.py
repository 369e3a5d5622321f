"""Quote marks: the record :class:`QuoteSpan`, which marks open and close a quotation, apostrophes, and
quoted names that are not quotations (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...models import Quote
from ._vocab import _HAN, _SAY_RE


@dataclass(frozen=True)
class QuoteSpan(Quote):
    """A :class:`Quote` with where it sits and how its speaker was found.

    ``start``/``end`` index ``Document.text`` (the words between the marks);
    ``sentences`` lists every sentence the quote touches (the first is
    ``sentence``); ``attribution`` names the rule that gave the speaker.
    """

    start: int = 0
    end: int = 0
    sentences: tuple[str, ...] = ()
    attribution: str | None = None
    context: str = ""  # text of the sentence(s) holding the quote

    def to_quote(self) -> Quote:
        return Quote(self.id, self.doc, self.sentence, self.text, self.speaker, self.matches)



# opener -> the marks that may close it
_CLOSERS = {
    "“": "”“\"",  # “…" happens in hand-edited copy
    "„": "“”\"",  # „…" with an ASCII closer, as typed on many German keyboards
    "「": "」",
    "『": "』",
    "«": "»",
    "»": "«",  # German reversed guillemets »…«
    '"': '"”“',
    "‘": "’",
    "‚": "‘’",
    "'": "'",
    "”": "”",  # Swedish/Finnish style ”…”
}
_MARKS = set("“”„«»\"‘’‚'「」『』")
_DOUBLE = set("“”„«»\"「」『』")
_OPEN_BEFORE = set(" \t\n([{—–-/:;,。，、：；！？（") | _MARKS
_CLAUSE_MARKS = set(",.;!?，。、；！？")
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # kana and Han: no space ends a word before a mark


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' between two letters (Kazakhstan’s, don't) or in a year ('90s)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    return before.isspace() and after.isdigit() and text[i + 1 : i + 3].isdigit()


def _can_open(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in "\"“" and before in ".!?" and after.isupper():
        return True  # `Mascagni."Ich glaube`: a missing space after a sentence
    if ch in "«„‚「『":
        return True
    if ch in "“\"" and _CJK_LETTER.match(before):
        # Chinese and Japanese put no space before a quotation: 出生“祝贺家人…”; web copy types the ASCII mark
        # (呼吁民众"把保护生命的行动放在首位", trial64 F10). A name quoted inside its clause (台风"海葵"登陆) is
        # told apart after the pair is found (:func:`_quoted_name`), whichever mark it has.
        return True
    if ch == '"' and _HEBREW_LETTER.match(before) and _hebrew_prefixed_opener().match(text, _word_start(text, i)):
        return True  # 'הוסיף ש"אין ברירה"': a Hebrew proclitic glued to the quotation's first word
    if ch == "”" and before in _CLAUSE_MARKS:
        return False  # `…一家人，”赫尔顿说。`: a closer whose opener was lost, never an opener
    if ch == "»":  # only as a German opener: »Wort
        return not after.isspace() and (before in _OPEN_BEFORE)
    if after.isspace() or after == "":
        # `" The network upgrade … first , " the minister said.`: spaces typed inside the marks; the same with
        # curly marks (`“ Water prices will not rise this year . ” the mayor said.`, fieldquotes78)
        closer = {'"': '"', "“": "”"}.get(ch)
        return closer is not None and before in " \t\n" and text[i + 2 : i + 3].isupper() and after == " " \
            and closer in text[i + 3 : text.find("\n", i) if "\n" in text[i:] else len(text)]
    return before in _OPEN_BEFORE


def _can_close(text: str, i: int, opener: str) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "»”“" and opener in "«„“»”":
        return True
    if text[i] in "」』":
        return True
    if opener in "‘'‚":  # single quotes: not before a letter (that is an apostrophe)
        return not before.isspace() and not after.isalnum()
    return not before.isspace() or not after.isalnum()


_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
# A quotation opened right after a Hebrew proclitic ('הוסיף ש"אין ברירה"', text data "proclitics": ש that, ו and,
# ב in …): the mark stands after the proclitic alone and before a word of two letters or more, where gershayim
# stand before an abbreviation's last letter (צה"ל, ש"ח, יו"ר) or after a longer head (מנכ"לית)
@lru_cache(maxsize=1)
def _hebrew_prefixed_opener() -> re.Pattern[str]:
    from ...text import profile

    clitics = sorted(profile("he").proclitics, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, clitics))})\"[\u05d0-\u05ea]{{2,}}(?![\u05d0-\u05ea]*\"[\u05d0-\u05ea])")


def _word_start(text: str, i: int) -> int:
    """Where the word holding ``text[i]`` starts (after a space or a mark)."""
    k = i
    while k > 0 and _HEBREW_LETTER.match(text[k - 1]):
        k -= 1
    return k


def _find_marks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Top-level quotes in text[start:end] as (open index, close index, closed)."""
    stack: list[tuple[str, int]] = []
    found: list[tuple[int, int, bool]] = []
    for i in range(start, end):
        ch = text[i]
        if ch not in _MARKS or (ch in "’'" and _is_apostrophe(text, i)):
            continue
        if ch == '"' and 0 < i < len(text) - 1 and _HEBREW_LETTER.match(text[i - 1]) and _HEBREW_LETTER.match(text[i + 1]) \
                and not _hebrew_prefixed_opener().match(text, _word_start(text, i)):
            continue  # Hebrew gershayim typed as ASCII: an abbreviation (צה"ל, תא"ל, מנכ"ל), no quotation mark (break51 N5)
        if ch == "'" and text.startswith("''", i) and len(stack) == 1 and stack[0][0] == '"' and not text[i - 1].isspace():
            # `"Ha lavorato un po' lì'' ha detto …`: two apostrophes typed for the closing double mark
            found.append((stack[0][1], i + 1, True))  # the closer is the pair (_strip_content drops the first)
            stack.clear()
            continue
        closed = False
        for depth in range(len(stack) - 1, -1, -1):
            opener, pos = stack[depth]
            if ch in _CLOSERS[opener] and _can_close(text, i, opener):
                del stack[depth:]
                if not stack:
                    found.append((pos, i, True))
                closed = True
                break
        if not closed and ch in _CLOSERS and _can_open(text, i):
            if ch == "»" and any(o == "«" for o, _ in stack):
                continue
            stack.append((ch, i))
    if stack and stack[0][0] in _DOUBLE:
        # News style: a quotation running into the next paragraph leaves its mark open.
        found.append((stack[0][1], end, False))
    return found


def quotations(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the content of each top-level quotation of ``text`` (marks left out)."""
    return [(a + 1, b) for a, b, _ in _find_marks(text, 0, len(text))]


# Titles of works, nicknames and movements ("Music for Hope", «The Rock»): not quotations.
_TITLE_SMALL = {
    "of", "for", "the", "and", "a", "an", "in", "on", "to", "de", "der", "die", "das", "la", "le", "du",
    "für", "von", "und", "mit", "pour", "et", "y", "para", "del", "el", "les", "des",
}


def _looks_like_title(content: str, text: str, close: int) -> bool:
    if _CJK_LETTER.search(content):
        return False  # "AIに投資する": a Japanese or Chinese quotation opening with a Latin word has no title case
    words = [w for w in content.split() if any(c.isalnum() for c in w)]
    if close + 1 < len(text) and text[close + 1] == "-" and len(words) <= 4:
        return True  # «Black Lives Matter»-Bewegung
    if len(words) > 5 or not words:
        return False
    caps = [w for w in words if w.lower() not in _TITLE_SMALL]
    # a title has no sentence punctuation of its own: “Yes,” he said / “Mexico!” are quotations
    last = text[close - 1 : close]  # before the closing mark, where _strip_content cut the comma
    if content.rstrip()[-1:] in "?!" or (len(words) == 1 and last in ".,!?"):
        return False
    return bool(caps) and all(w[:1].isupper() or w[:1] == "#" for w in caps)


def _caseless_name(content: str, text: str) -> bool:
    """Arabic and Chinese have no capitals to tell a title from a quotation: a single quoted
    word ("إنستجرام") or a short phrase quoted more than once («الأخ الكبير») is a name."""
    if any(c.isupper() or c.islower() for c in content if c.isalpha()):
        return False
    words = content.split()
    if len(words) == 1 and not _HAN.search(content):
        return True
    return len(words) <= 3 and not re.search(r"[.!?،,。！？]", content) and len(re.findall(
        rf"[«“\"„]\s*{re.escape(content)}\s*[»”\"“]", text)) >= 2


@lru_cache(maxsize=8)
def _link_and_verb(language: str) -> re.Pattern[str] | None:
    """A quote link and a verb of saying after it in a verb-final language (text data "quote_links",
    "reporting_verbs": "고 말했다", "と述べた"), or None."""
    from ...text import alternation, profile

    data = profile(language)
    if not data.verb_final or not data.quote_links or not data.reporting_verbs:
        return None
    return re.compile(rf"(?:{alternation(data.quote_links)})[^§。.!?\"“”「」\n]{{0,30}}?(?:{alternation(data.reporting_verbs)})")


def _said_before(text: str, open_: int, language: str | None) -> bool:
    """Whether a verb of saying of ``language``, with its complementizer or colon, stands right before the
    opening mark (text data "reporting_verbs", "complementizers": 'הרצוג הוסיף כי "נתאחד"', 'הוסיף ש"נתאחד"'):
    a quotation of one word, not a name (:func:`_caseless_name`)."""
    from ...text import profile

    data = profile(language) if language else None
    if data is None or not data.reporting_verbs:
        return False
    words = text[max(0, open_ - 60) : open_].rstrip().rstrip(":").split()
    if len(words) >= 2 and words[-1].lower() in data.complementizers:
        words = words[:-1]
    return bool(words) and words[-1] in data.reporting_verbs


def _said_after(text: str, close: int, language: str | None) -> bool:
    """Whether a verb-final language's quote link and verb of saying follow the closing mark right away ("대응하겠다"고
    말했다, 「ノー」と答えた): a quotation of one word, not a name (:func:`_caseless_name`)."""
    rx = _link_and_verb(language) if language else None
    return rx is not None and rx.match(text, close + 1) is not None


# A name in quotation marks inside its clause: after a word of the clause ("партия «…»", "Коалиция «…»"),
# before a bracketed acronym, a dash before a figure, a lower-case word or a person's two-word name on the same
# line ("«Гражданская коалиция» (ГК)", "«Левые» — 8,61%", "«Третий путь» набрала", "партии «Новые люди» Алексей
# Нечаев заявил"); in Chinese right before the kind of body
# it names ("“第三条道路”联盟").
_NAME_BEFORE = re.compile(r"[^\W\d_][ \t]?$")
_NAME_AFTER = re.compile(r"[ \t]?\(|[ \t][—–][ \t]?\d|[ \t](?=[^\W\d_])(?!\w*[A-ZА-ЯЁІЇЄҐ])(?!(?:şeklinde|diye)\b)"
                         # a person's two-word name right after it: "Лидер партии «Право и справедливость»
                         # Ярослав Качиньский заявил" (final31 #6: the party's name was his quotation)
                         r"|[ \t](?=[A-ZА-ЯЁІЇЄҐ][^\W\d_]+[ \t][A-ZА-ЯЁІЇЄҐ][^\W\d_]+)")
_HAN_BODY = re.compile(r"(?:联盟|党|组织|运动|集团|阵线|联合会|委员会|协会|公司)")
_NAME_PUNCTUATION = re.compile(r"[.,!?;:…。，！？；：、]")


def _quoted_name(text: str, open_: int, close: int) -> bool:
    """A short quoted name, no quotation: two to four words in sentence case (Russian and Polish
    capitalise a name's first word only: «Гражданская коалиция»; title case is :func:`_looks_like_title`'s)
    or at most eight Chinese characters, with no punctuation, standing inside its clause (:data:`_NAME_BEFORE`,
    :data:`_NAME_AFTER`, :data:`_HAN_BODY`) and no verb of saying after it. Trial 17 #7: party names were
    quotations with invented speakers ("ГИК" said «Гражданская коалиция»)."""
    raw = text[open_ + 1:close]
    words = raw.split()
    if not words or len(words) > 4 or _NAME_PUNCTUATION.search(raw):
        return False
    if _HAN.search(raw):
        return len(raw) <= 8 and all(_HAN.match(c) for c in raw) and (
            _HAN_BODY.match(text, close + 1) is not None or _han_clause_name(text, open_, close)
            # "该市宣布进入"紧急状态"", "政府は「緊急事態」を宣言した": a state's or measure's name in scare quotes
            or (_han_term(raw) and not text[:open_].rstrip().endswith((":", "："))))
    if _ARABIC_WORD.fullmatch(raw.replace(" ", "")):
        return _arabic_clause_name(text, open_, close, len(words))
    if _term_in_clause(text, open_, close, raw):
        return True
    if len(words) < 2 or not words[0][:1].isupper() or all(w[:1].isupper() for w in words[1:]):
        return False
    return _inside_clause(text, open_, close, _NAME_AFTER)


# After a term in scare quotes: a word of its clause or the clause's end, no verb of saying (:func:`_term_in_clause`).
# What may stand before the term inside the marks: an article, elided or short ("l'état d'urgence", "the curfew").
_ARTICLE_ONLY = re.compile(r"(?:[^\W\d_]{1,3}['’]|[^\W\d_]{1,4}\s+)?")
_TERM_AFTER = re.compile(r"[ \t]*(?:[.,;)]|$)|[ \t]+(?=[^\W\d_])")


def _term_in_clause(text: str, open_: int, close: int, raw: str) -> bool:
    """Whether the quoted ``raw`` is a measure's or state's term (text data "measure_nouns" of any language: "state of
    emergency", "Notstand", "l'état d'urgence", "режим ЧС") in scare quotes inside its clause: a word right before the
    marks, no colon, and no verb of saying after them. "The city declared a "state of emergency"" quotes nobody
    (break52: the city was its speaker; the same kind as zh '该市宣布进入"紧急状态"', :func:`_han_term`)."""
    term = raw.strip()
    if not any((m := rx.search(term)) is not None and m.end() == len(term) and _ARTICLE_ONLY.fullmatch(term[:m.start()])
               for rx in _spaced_terms()):
        return False
    return _inside_clause(text, open_, close, _TERM_AFTER)


def _inside_clause(text: str, open_: int, close: int, after: re.Pattern[str]) -> bool:
    """Whether the marks at ``open_``..``close`` stand inside a clause: a word within 40 characters before them, what
    follows them matching ``after``, and no verb of saying right after (which would make them a quotation)."""
    if not _NAME_BEFORE.search(text, max(0, open_ - 40), open_) or not after.match(text, close + 1):
        return False
    pos = close + 1
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return not _SAY_RE.match(text, pos)


@lru_cache(maxsize=1)
def _spaced_terms() -> tuple[re.Pattern[str], ...]:
    """Every language's "measure_nouns" not written in Han characters, as patterns (case ignored)."""
    from ...text import LANGUAGES, profile

    return tuple(re.compile(p, re.IGNORECASE) for lang in LANGUAGES for _key, p in profile(lang).measure_nouns
                 if not _HAN.search(p))


def _han_clause_name(text: str, open_: int, close: int) -> bool:
    """A Chinese or Japanese name or term in quotation marks inside its clause, no quotation: Han characters (or a
    number's classifier) right before and right after the marks, with no verb of saying before it ("希腊派出2架“加拿大人”灭火
    飞机", the Canadair aircraft's Chinese name; trial57 F3: a quote, with a speaker from the sentence before). A
    quotation follows a verb of saying or a colon ("他表示“将全力救治伤员”", "称：“…”") and is closed by punctuation.
    The same inside a clause that goes on with a date or figure ("台风"摩羯"9月6日在海南登陆", break50 N2), a Japanese
    particle other than the quote link ("台風"摩羯"は9月6日に上陸した": the typhoon's name is the subject; "「…」と"
    quotes), or that the term closes, when no verb of saying nor other cue of a quotation (text data zh "quote_cues":
    "要求各地"立即撤离"" demands, "回答是"不知道"" answers) stands before it in the sentence ("当地启动"一级应急响应"。":
    the response level is what was launched; break50 N2, break50b #8)."""
    if open_ < 1 or close + 1 >= len(text) or not (_HAN.match(text, open_ - 1) or _KATAKANA.match(text, open_ - 1)):
        return False
    after = text[close + 1]
    before = text[max(0, open_ - 6):open_]
    if any(before.endswith(verb) for verb in _han_reporting_verbs()):
        return False
    if _HAN.match(after) or after.isdigit():
        return True
    if _HIRAGANA.match(after):
        return not text.startswith(_ja_quote_links(), close + 1)
    if after not in _HAN_CLAUSE_ENDS or _HIRAGANA.search(text, max(0, open_ - 40), min(len(text), close + 40)):
        return False
    sentence = re.split(r"[。！？!?\n]", text[max(0, open_ - 80):open_])[-1]
    return not any(cue in sentence for cue in (*_han_reporting_verbs(), *_han_quote_cues()))


def _han_term(raw: str) -> bool:
    """Whether the quoted ``raw`` is a measure's or state's term (text data zh/ja "measure_nouns": "紧急状态", "宵禁",
    "海啸预警") written alone, or with words before it that end in such a term of three characters or more ("一级紧急状态"):
    a term in scare quotes, no quotation (break52: '该市宣布进入"紧急状态"。' was the city's quotation). "立即撤离" (evacuate
    at once) stays a demand: its term "撤离" is of two characters."""
    return any(rx.fullmatch(raw) or (len(rx.pattern) >= 3 and (m := rx.search(raw)) is not None and m.end() == len(raw))
               for rx in _han_terms())


@lru_cache(maxsize=1)
def _han_terms() -> tuple[re.Pattern[str], ...]:
    """The zh and ja "measure_nouns" written in Han characters, as patterns."""
    from ...text import profile

    return tuple(re.compile(p) for lang in ("zh", "ja") for _key, p in profile(lang).measure_nouns if _HAN.fullmatch(p[:1]) and p.isalnum())


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_HAN_CLAUSE_ENDS = frozenset("。，；、,;")


@lru_cache(maxsize=1)
def _ja_quote_links() -> tuple[str, ...]:
    """What links a Japanese quotation to its verb ("「…」と述べた"; text data ja "quote_links")."""
    from ...text import profile

    return profile("ja").quote_links


@lru_cache(maxsize=1)
def _han_quote_cues() -> tuple[str, ...]:
    """Chinese words other than verbs of saying that introduce a quotation (text data zh "quote_cues")."""
    from ...text import profile

    return profile("zh").quote_cues


@lru_cache(maxsize=1)
def _han_reporting_verbs() -> tuple[str, ...]:
    """The CJK reporting verbs the attribution reader uses (:data:`._scripts._CJK_VERBS`), and Chinese verbs of a
    source ("报道")."""
    from ...text import profile
    from ._scripts import _CJK_VERBS

    return (*_CJK_VERBS, *profile("zh").source_verbs)


_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3]+")
_ARABIC_BEFORE = re.compile(r"([\u0621-\u064a\u0671-\u06d3]+)[ \t]?$")
_ARABIC_AFTER = re.compile(r"[ \t]?([\u0621-\u064a\u0671-\u06d3]+)")
_ARABIC_PREFIXES = "وفب"
_ARABIC_RELATIVES = frozenset({"التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان"})  # which (of a thing named)  # a conjunction or preposition written onto the word ("وأن", "فإن", "بأن")


@lru_cache(maxsize=1)
def _complementizers() -> frozenset[str]:
    from ...text import LANGUAGES, profile

    return frozenset(w for lang in LANGUAGES for w in profile(lang).complementizers)


def _arabic_clause_name(text: str, open_: int, close: int, n_words: int) -> bool:
    """An Arabic name of two or three words in quotation marks inside its clause, no quotation: a ship's, a
    project's or an operation's name right after the defined noun it names and followed by a relative pronoun
    ("سفينة الحاويات "إيفر غلوري" التي جنحت", trial55 F7: two ship names were listed as quotes). Not after
    "that" ("قال إن "الوضع خطير""), a verb of saying or a colon, nor before a verb of saying: a quotation,
    which may well have no verb of its own."""
    if not 2 <= n_words <= 3:
        return False
    before, after = _ARABIC_BEFORE.search(text, max(0, open_ - 40), open_), _ARABIC_AFTER.match(text, close + 1)
    if not before or not after:
        return False
    prev = before.group(1)
    stems = {prev, prev[1:] if prev[:1] in _ARABIC_PREFIXES else prev}
    if stems & _complementizers() or _SAY_RE.match(prev) or _SAY_RE.match(after.group(1)):
        return False
    # the defined noun it names before it ("السفينة", "الحاويات"), a relative pronoun after it ("التي جنحت")
    return any(w.startswith("ال") for w in stems) and after.group(1) in _ARABIC_RELATIVES


def _strip_content(text: str, a: int, b: int) -> tuple[int, int]:
    if b < len(text) and text[b - 1 : b + 1] == "''":
        b -= 1  # `lì''`: two apostrophes typed for a closing double mark
    while a < b and (text[a].isspace() or text[a] in "\u00a0\u202f"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:\u00a0\u202f"):
        b -= 1
    return a, b
