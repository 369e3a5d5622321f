"""How many of the ledger's "conflicting" claims on real English news are real contradictions (issue #12).

A contradiction the ledger invents is the worst error a fact-checker can be shown, and the figure benchmarks
(``ledger_eval.py``) count only false *figure* conflicts on annotated pairs. Here every conflict StoryLens reports
on BASIL (``/work/shared/data/basil``: 100 US political events, each told by Fox News, HuffPost and the New York
Times) is counted and checked against hand labels:

* each BASIL event's three articles (title, text, date, outlet, sorted fox/hpo/nyt so they are d1/d2/d3) are
  compared as ``storylens.compare`` would (one :class:`storylens.Comparer`, shipped defaults);
* every ``conflicting`` claim's conflict text is cut into its parts, one per document pair ("d1/d2: date: ...;
  d1/d3: ...": two parts; a two-document claim's text has no prefix and takes its evidence's pair);
* each part is looked up in ``benchmarks/data/conflict_labels/basil_<split>*.jsonl`` by (event, pair, conflict
  text): one JSON object per line, ``{"event", "pair": "d1/d3", "conflict", "label": "true"|"false",
  "reason"}``. A label says whether the two documents really disagree on what the part names, read in the
  articles (a quote two outlets give to two people who both said it is "false"; two different sums of one story
  are "false"; "since 2002" / "since 2003" for one fact is "true").

Printed: parts, labelled true / false, unlabelled (a changed rule's new output: label it before quoting a figure),
precision over the labelled ones, and by kind (the conflict text's first word: date, polarity, same words…).
``-v`` prints each unlabelled part with its evidence sentences, to label. The split follows BASIL's own
``split`` column (50 events each), as ``cluster_basil.py`` does. Rules are written from the ``tune`` half only; the
``eval`` half's labels were written after the rules they score were frozen, and its parts are never printed
(``--eval`` prints counts only).

Measured 2026-12-06 (stop 62; warm cache, load ~7): main c8af61f7 tune 94 parts, 1 true, 93 false (precision
0.011; speaker 46 false, date 20 + 1 true, polarity 18, figure 8, measure 1); eval 49 parts, 2 true, 47 false
(0.041; speaker 22, date 12, polarity 10, figure 3 + 2 true). With stop 62's sure-speaker rule
(report/_sure_speakers.py, written from tune): tune 48 parts, 1 true, 47 false (speaker 0); eval 28 parts, 2 true,
26 false (0.071; speaker 22 -> 1). The eval labels were written by a fresh annotator after that rule was frozen.
Stop 63 (dates63): a one-event rule by the words beside the dates (tune 32 parts, date 4 false + 1 true; eval,
counted once before its last fallback, 16 parts, 2 true) was dropped after break63d: it lost same-language true
conflicts told in other words. Kept: a month or year name set aside only when both sides have one, and the same
relative words as one expression for publication days at most a week apart: tune 46 parts, 1 true, 45 false
(0.022; date 20 false + 1 true -> 18 false + 1 true); eval not counted for this rule.
Stop 63 (a day after an abbreviated month is no count: "the 19 Sept. 11 hijackers"): tune 48 -> 47 parts, 1 true,
46 false (figure 8 -> 7; date 20 + 1 true, polarity 18, measure 1).
Both stop 63 rules together (the lead's integration): tune 45 parts, 1 true, 44 false (0.022; date 18 + 1 true,
polarity 18, figure 7, measure 1); eval, counted once with the rules frozen: 25 parts, 2 true, 23 false (0.080;
date 12 -> 9, figure 3 + 2 true, polarity 10, speaker 1).
Stop 64: the bare-weekday rule (reports of one publication day, any two languages) changes neither half: tune 45
parts, 1 true; eval, counted once with the rules frozen, 25 parts, 2 true, 23 false. Tried and rejected by testers
(break64d, break64d2): a conflict settled by the report's own other aligned sentence (tune 44 -> 37 false; lost 8 of 8
true conflicts of one template about another subject) and two statements quoting other words (tune 44 -> 41; lost 17).
Stop 66 (dates66, issue #12's date readings: dated participles beside a future, limits set by a past act, German
plans, Dutch plural presents, indefinite weekdays): tune unchanged, 45 parts, 1 true, 44 false (date 18 + 1 true).
Stop 66 (dates66b, break66d's fix round: "through" after a past, a passive's scope, absolute participles, present
perfect limits, Dutch homographs, sure indefinite weekdays): tune unchanged, 45 parts, 1 true, 44 false (date 18 + 1).
Stop 66 (conflicts66, issue #12's polarity kind, written from the tune half's 18 false polarity parts; reworked
after break66c, whose probes showed a first version, which let a verb of denial contradict only a listed counterpart
("confirmed", "approved"), lose 29 true conflicts: "rejected" / "agreed to", "signed", "ratified", "backed"): a
verb of denial whose object is a thing stays a conflict with any affirmation, except against a sentence stating the
same act in other words, a synonym of the denial bearing on its object (text data "denial_synonyms": turned down,
voted down, rebuffed, refuse, écarté, descartó, verwarf) or a reversal naming the same object ("denial_reversals": "override … veto");
a quoted "no" before a noun ('the lone "no" vote') is no denial of the other side ('said "no"' is); "couldn't
agree more" and "no strings attached" negate nothing (en "not_negation"); "with no" in a measure's clause denies no
reopening. Tune 45 -> 38 parts, 1 true, 44 -> 37 false (precision 0.022 -> 0.026; polarity 18 -> 11 false; date,
figure, measure unchanged; 24-28 CPU-s, load ~8-13). Eval not counted (the lead counts it once). Not kept: a lemma rule
for negation particles (lost 79 regression tests' true conflicts told with synonyms: "did not step down" /
"resigned"); "with no" as a privative judged by the other side's words (lost "no injuries" / "were hurt", "no
arrests" / "detained"); "isn't backing down" as no negation (it denies backing down).
Stop 66, eval counted with the rules frozen (the lead): at c3db84d5 (conflicts66, dates66 and an English "no X until"
read as "not X until") 23 parts, 2 true, 21 false (polarity 10 -> 8); that rule was taken out after a new-user trial
(it made "no vote until" / "no vote before" a conflict), and the final tree 68afa72a gives 25 parts, 2 true, 23
false (date 9, polarity 10, figure 3 + 2 true, speaker 1): as main. Tune on the final tree: 38 parts, 1 true, 37 false.
Stop 67 (dates67, issue #12's date kind, from the tune half's 18 false date parts sorted into kinds: two happenings
with their own dates 7, a statement's day against an act's or another statement's 4, a plan told on two days 2, a
date in a name ("the Sept. 11 attacks", "last year's CPAC keynote") 2, a since-phrase's start 1, a month read to
the wrong year ("the November election" of July read as last November) 1, a weekday of a report whose publication
day is behind its text 1): a plan told on two days (reports of two publication days that each date the
act only ahead of their own: a later state) and a date ending a since-phrase ("since introducing the budget last
month": a start) are no date conflicts. Tune 38 -> 35 parts, 1 true, 37 -> 34 false (precision 0.0263 -> 0.0286;
date 18 -> 15 false + 1 true; polarity, figure, measure unchanged). Eval not counted (the lead counts it once).
dates67b (after tester break67d: the first versions lost true conflicts of other words): the plan rule holds only
when a report says the plan moved (text data "plan_change_words": "earlier than planned" in 01c59743), the
since-phrase rule not when the other sentence names the phrase's act, and a bare "on the 5th" only at a clause
end or before a time of day. Tune unchanged: 35 parts, 1 true, 34 false (0.0286; date 15 false + 1 true, figure 7,
polarity 11, measure 1). break67d's 57 article probes against main: 0 worse, 5 better, 52 same.
Stop 67 (polar67, issue #12's polarity kinds left after conflicts66, written from the tune half's 11 false polarity
parts): a negated wish ("did not want", "wollte … nicht", "ne voulait pas", "no quería"; text data
"volition_negations") denies the wish only, a conflict only against a sentence stating a wish; a hyphenated
participle clause (", re-electing …") is a clause, and where the plain side has clauses enough to state the negated
one, or the clauses are sentences of one quotation, its words decide (it names a common word of the affirmed ones and
none the negation bears on); in clause-by-clause comparison a piece of names only ("President Trump" of "President
Trump and Democratic leaders dug in") joins the next. "dismissed" (de "tat … ab", fr "balayé", es "desestimó")
joins "denial_synonyms". A refusal and an acceptance of one thing ("refused the offer" / "accepted the offer",
"declined to meet" / "agreed to meet"; text data "refusal_verbs", "acceptance_verbs") are now a conflict, with no
new tune part; "refused the offer" / "did not accept the offer" no longer is. A count of lives after a verb that
touches them without taking them (text data "lives_touched": "shattered more than 100 lives …, with 50 people
killed") is a count of lives affected, no toll. Tune 38 -> 30 parts, 1 true, 37 -> 29 false, 0 unlabelled
(precision 0.026 -> 0.033; polarity 11 -> 4: the Pelosi re-election 2, Bloomberg's wish 2, the shutdown's
"President Trump" clause 2, the ad quoted at two lengths 1; figure 7 -> 6: "killed: 50 vs 100"; date 18 + 1 true,
measure 1 unchanged; ~25 CPU-s, load ~7-17). Left: "isn't backing down" / "without merit" (2; a rejected rule's
ground), the bishops' reported "cannot rely on cuts", Ryan's quotation ("not raiding Medicare … continuing the
guarantee" / "offering a plan to save Medicare": a plain side of fewer sentences naming none of the affirmed one's
words is kept a conflict, as "I will not resign. I have work to do" / "She stepped down" must be). Eval not run.
Fix round after break67p (polar67b): the quotation's sentence cut is taken out (a plain side repeating a word of the
affirmed sentence may state the negated one in other words: "We did not cut jobs. The plant stays open" / "laid off
300 workers but the plant stays open"), so the ad quoted at two lengths is a false part again; a refusal and an
acceptance conflict only as one actor's act with an object (text data "refusal_openers", "refusal_no_answer",
"acceptance_clause_verbs": no "ridership declined", "declined to comment", "agree the drug is safe", "Israel refused"
/ "Hamas accepted"); "dismissed" named inside the denial or with a person as object is the event; a German or Dutch
verb bracket's toll is its lower-case participle, never a word after an article ("toll_bracket_articles"); present
"will nicht", "ne veux pas", "no quiere", "doesn't want" are refusals, no wish. Tune 31 parts, 1 true, 30 false, 0
unlabelled (precision 0.0323; polarity 5, figure 6, date 18 + 1 true, measure 1; 25.9 CPU-s, load ~2-4).
Stop 67 merged (dates67 + polar67 on int67): tune 28 parts, 1 true, 27 false, 0 unlabelled (precision 0.0357;
date 15 false + 1 true, polarity 5, figure 6, measure 1; 26 CPU-s, load ~6). Then polar67's refusal/acceptance
conflict and "dismissed" as a denial synonym were taken out after tester break67p2 (other actors' acts and falls read
as one act; dismissals of people off a list lost true conflicts): the tune count is the same, 28 / 1 / 27.
Stop 68 (polar68, readers only): a denied implication ("That does not mean that …", "Das will nicht heißen, dass …",
text data "not_negation"), one refusal list read one way against an acceptance (one subject named alike: a
conflict; subjects with no word in common: none), tolls (a count in digits as an active verb's object, "police
officers and two civilians" one run, a bracket's noun no toll, "der das Leben von 12 Menschen forderte",
"cobrándose la vida de 12 personas"): tune unchanged, 28 parts, 1 true, 27 false (34 CPU-s, load ~15-19); the
number and negation readings of 19,903 BASIL tune and SemEval dev sentences are identical before and after.
Stop 68 (polar68b, after tester break68p): the denied implication is its own text data ("implication_denials",
conflicts._without_implications: a conflict against the implication affirmed, none on the fact either way), the
two-actors "no conflict" only for two countries, the English compound summing reverted: tune unchanged, 28 parts,
1 true, 27 false (31.6 CPU-s, load ~17-19).
Stop 68 (conflicts68, issue #12, a general "same happening" gate instead of one rule per kind; numbers at load
~8-19, CPU ~30 s a run). Measured on the tune half, the ledger gold (``ledger_eval.py --no-timing``), the 2,577
``-k conflict`` tests of tests/analysis and tests/report, and 60 probes written for this stop
(``benchmarks/conflict_probes.py``: 26 true pairs, 34 false, en/de/fr/es; main 24/26 true found, 1/34 false said).
Kept: (a) a conflict only on a pair whose units are each other's closest unit of the other document among every
aligned pair (settings.claim_mutual_conflicts) and (d) the news against a recap: one side dating only days of its
report's week, the other only periods ended more than a season before (settings.conflict_news_days,
conflict_recap_days); a check pairing by an anchor of its own (a measure's stance) is exempt from (a). Tune 28 -> 24
parts, 1 true, 27 -> 23 false (precision 0.0357 -> 0.0417; date 15 -> 12 false + 1 true, polarity 5 -> 4, figure 6,
measure 1); recap alone 26 parts (date 13); (a) without the exemption took the measure part too (23 parts) but lost
test_measure_stance_trial50's true conflict. Ledger gold: identical output (conflict column and false alarms
unchanged). Tests: all pass. Probes: unchanged (24/26, 1/34). Tried and not kept:
(b)+(c) for dates, a date compared only with a date whose next content words (3 a side, no stop words, no names)
share a stem: tune 28 -> 15 parts (date 15 -> 2 false + 1 true), but it lost 57 date tests (break63d's true
conflicts told in other words, U01-U17: "struck on Monday" / "hit on Tuesday") and probe T26 ("a quitté le
ministère le 18 mai" / "a démissionné le 21 mai"): a predicate told in other words has no shared stem, and no
resource of the project links synonymous predicates within a language.
Stop 68 fix round (conflicts68b, after tester break68c: (d) dropped 8 of 8 true conflicts of one once-only act,
"resigned on March 3" / "resigned on March 3, 2025", "opened to traffic on Thursday" / "which opened to traffic in
May 2025", en/de/fr/es): (d) now acts only when the two dates' clauses share no stem (names out, but in German) and
the two units are of one language. Tune: still 24 parts, 1 true, 23 false (0.0417; both parts (d) took stay out;
without the names-out step the "last year" / "today" part came back through "Washington", 25 parts); 28.2 user CPU-s,
load ~12. break68c's 8 probes are conflicts again, R04 / R05 (the recaps) still cleared.
Stop 69 (conflicts69, issue #12): the tune half's 23 false parts by why they are false: date 12 (two happenings
with their own dates 7: a call and a platform vote next week x2, senators Sunday / reactions Friday, a November
election / a December declaration, June escorted / July testified x2, a bill passed / vetoed; a statement's day
against an act's or another statement's 3: Strzok's attorney Monday / firing Friday, a tweet Saturday / a remark
this morning, "two days after" the Friday reversal; a date in a name 2: "the Sept. 11 attacks", "last year's
CPAC keynote"), figure 6 (two sums of one story 5: $716bn / $882bn, $1.4bn / $3.6bn, $8bn / $3.6bn, $200m /
$2.5bn, a demand that changed $5bn / $5.7bn; a claimed rate against the measured one 1), polarity 4 (an idiom,
"isn't backing down" 2; a negation in another sentence of one quotation 1; a reported letter's content 1),
measure 1. None is a date in a comma-set relative clause or a denial of one predicate on another object. Tried
and dropped before landing (tester break69c, 55 probes written first: 17 worse, 7 better; true conflicts found
26 -> 9 of 36, each a fact told in other words on the two sides):
(a) a date only in a relative clause set off by a comma (", who was elected mayor in 2019,") against the other
side's main-clause date, the two clauses sharing no stem (every capitalised word out), is no date conflict
(report.pipeline._Measures._background_against_act); (b) one predicate denied on one object and affirmed on
another ("did not call a strike" / "called a meeting", de/fr/es alike) is no polarity conflict
(analysis.conflicts._other_object). Tune: 24 parts, 1 true, 23 false before and after (60 CPU-s, load ~19).
Probes (``conflict_probes.py --probes benchmarks/data/conflict_probes69.jsonl``, 24 true / 24 false pairs written
before the rules): true found 20/24 -> 20/24, false said 8/24 -> 3/24. Both rules read a paraphrase as another act
("did not cut jobs" / "cut 300 positions"; "who stepped down on Monday" / "resigned on Wednesday").
Stop 69 (idioms69), tried and dropped before landing: negated idioms read as denying no event (text data
"idiom_negation": "isn't backing down", "did not hesitate to", "zögerte nicht", "n'a pas hésité à", "no dudó en"),
except against the idiom's own verb affirmed: tune 24 -> 22 parts (the two "isn't backing down" / "without merit"
parts), but tester break69i (37 probes written first): 12 worse, 6 better: an idiom in its own clause beside a real
denial ("isn't backing down and did not sign the pay deal") left the denial confined to its clause and lost, "did
not back down or resign", "chose not to mention", "nach langem Zögern nicht", "did not fall back down". Its 45 probe
pairs: ``conflict_probes.py --probes benchmarks/data/conflict_probes69_idioms.jsonl``.
Stop 72 (conflicts72, no parser: stop 71's spaCy argument linking cost ~1 CPU-s a compare): the tune half's 23
false parts at main acee348b (24 parts, 1 true; date 12, figure 6, polarity 4, measure 1). Kept: (a) a negated modal
of a kind ("budgets cannot rely on …", en "modal_negations", a bare plural subject, not "Oravia workers" or "40
workers") whose verb the other side never states, nor its subject acting ("Flights left"), denies no fact
(analysis.conflicts._modal_only: the bishops' letters); (b) a date naming a scheduled event on one side only ("the
November election", en "scheduled_event_nouns") is set aside when the other side, of one language, never names
its noun (quantities.name_noun_named: one lemma, a compound ending in it, or five first letters in common; "the
March 2019 collapse" / "caved in", "the January vote" / "went to the polls" stay). A condition / yes/no-question
rule was dropped after tester break_conflicts72 (it lost concessive "if"/"si bien" denials, gained nothing). Tune 24
-> 22 parts, 1 true kept, 23 -> 21 false (precision 0.0417 -> 0.0455; polarity 4 -> 3, date 12 -> 11 false + 1 true:
"November vs in December" gone, and "last month vs June / 2016" lost its "2016", relabelled false; figure 6,
measure 1). Probes 68/69/69_idioms/70/70_break: all 345 probes' conflicts byte-identical to main. Eval not run.
Stop 73 (conflicts73): the tune half's 21 false parts at main 48dde57b by why they are false, and where each comes
from (a claim's own aligned pair, or report.pipeline._split_lead_dates, which sets the first dated sentences of two
reports against each other when the aligner left them in two claims): date 11 (two acts of their own days 4: June
escorted / July testified x2, senators Sunday / reactions Friday, a bill passed / vetoed; a statement's day against
an act's or another statement's 3: a tweet Saturday / a remark this morning, the attorney Monday / the firing
Friday, a tweet Sunday / the reversal Friday, a lead; an act done against one to come 2, both leads: "Romney joined
... Tuesday in calling on Akin" / "as he prepares to accept the nomination ... next week"; a date in a name 2: "the
Sept. 11 attacks", "last year's CPAC keynote"), figure 6 (two sums of one story 4: $716bn / $882bn, $1.4bn / $3.6bn
+ $2.5bn, $8bn / $3.6bn, $200m / $2.5bn; a demand that changed 1: $5bn / "now insisting" $5.7bn; a rate someone
claimed against the return's 1: "what he said was ... 30 percent" / 35.7), polarity 3 (the idiom "isn't backing
down" 2; a negation in a later sentence of one quotation 1), measure 1 ("border security measures" / "border
security deal" read as one border, kept / lifted). Kept: two leads of which one dates an act done and the other one
to come are not set against each other when they sit in two claims (quantities.act_way: a date wholly before or
after its report's publication day points its way, as in _past_against_future; a bare weekday on the publication
day points the way its sentence's tense does, _dates._weekday_tense; "today" or an explicit date there is unsure,
break_conflicts73 G10/G12); two leads of one claim and a claim's own aligned pair are still compared ("began on
Tuesday" / "will begin next week" stays a conflict). Tune 22 -> 20 parts, 1 true kept, 21 -> 19 false (precision 0.0455 -> 0.05; date 11 -> 9
false + 1 true; figure 6, polarity 3, measure 1 unchanged). Probes 68/69/69_idioms/70/70_break byte-identical to
main; conflict_probes73 (16 pairs, en/de/fr/es and en-de, en-fr, es-en: the done/ahead leads and the same act
done and ahead, two past leads in other words): true 4/9 -> 4/9, false 2/7 -> 1/7 (F01 cleared; F07, es-en, was
cleared too while the rule also skipped two leads of one claim, dropped in the fix round as the lead asked:
F07's two leads sit in one claim). Tried and not kept: the same-language leads not set
against each other at all (the three lead parts gone, but break63d A17, "Sejm przyjął we wtorek" / "Posłowie
uchwalili w środę", a true conflict only the leads find, was lost). Eval not run.
Stop 74 (conflicts74): the tune half's 19 false parts at main 6d27499b (20 parts, 1 true; date 9, figure 6, polarity
3, measure 1). Kept, each with neighbours in ``conflict_probes74.jsonl`` (written before the rules): (a) polarity, one
text told at two lengths: the two sides write >= settings.polarity_shared_run_words words alike, the plain side ends
(or opens) with the run and the denial goes on past it in a sentence of its own whose negation shares no word with the
run (analysis.conflicts._negation_past_shared_run: the Medicare ad); (b) date, a report that gives both days itself:
one unit's report holds another sentence with both units' days, the other's in a clause of the other's act words and
role (report.pipeline._Measures._days_told_together: "blasted the bureau on Monday" / "fired late Friday afternoon",
the first report writing "said in a statement Monday that his client … was fired Friday afternoon"). Fix round
(break74: 38 true probes lost, then 0): (a) only a negation in a that-clause sharing no word with the whole plain side,
its sentence not opened by a back-reference; (b) not from a negated, denied or reported sentence, nor when the two
date clauses share a word. Tune 20 -> 18 parts, 1 true kept, 19 -> 17 false (precision 0.05 -> 0.0556; date 9 -> 8
false + 1 true, polarity 3 -> 2, figure 6, measure 1). Tried and dropped: two statements of two days each quoting
words of its own, no content word shared (the Flynn tweet / "I feel badly": one false part fewer) lost the guard
test_conflict_probes_weekdays Q02, one statement quoted in other words ("Wir werden nicht zurückweichen" / "Wir knicken
nicht ein", Montag / Dienstag); a money rule, two pots beside one agreeing amount ("$200 million from the Department of
Homeland Security" / "$2.5 billion from counternarcotics programs", both beside "$600 million from the Treasury"; tune
figure 6 -> 5), removed after its retest: even narrowed to from-words and a second-pot word on both sides it lost 11
true conflicts of one pot under two names (Pentagon / Defense Department, Washington / United States, DoD). Eval not
run.
The gate (benchmarks/gate.py, ``ledger_conflicts``) pins the tune precision with no epsilon (one new false
conflict fails it) and requires every part labelled.

Stop 79 (conflicts79, issue #12, newuser78 M2: "25 people were injured, four of them seriously" / "Four people were
seriously injured" was "injured: 25 vs 4"): a part of the injured told with a part word of its language (text data
"part_before" / "part_after"; a grade part with no noun of its own, "davon vier schwer") is the figure a report
giving that grade alone gives, never a second total (quantities._compare._told_as_part; narrowed by conflicts79fix to
the same grade class, text data "injury_grades", no total mark and no part of the other report's own). Tune unchanged: 17 parts, 1 true, 16 false (date 8 + 1 true, figure 6, polarity 2; no tune part is
of this kind). Eval not counted (the lead counts it once).
Stop 80 (conflicts80): the grade read only attached to the injury word ("seriously injured", not "injured in a
serious accident"), void after a negation. Tune unchanged: 17 parts, 1 true, 16 false. Eval not counted.

Run: ``PYTHONPATH=src python benchmarks/conflict_precision.py [--eval] [-v]`` (about 40 CPU-s per half, warm
cache); writes ``benchmarks/results/conflict_precision_<split>.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

DATA = HERE.parents[1] / "shared" / "data" / "basil" / "articles.jsonl"
LABELS = HERE / "data" / "conflict_labels"
RESULTS = HERE / "results"
_PAIR = re.compile(r"^(d\d+/d\d+):\s*")
_DOC = re.compile(r"\((d\d+)\)")


def events(split: str) -> dict[str, list[dict]]:
    """BASIL rows of one split by event, each event's articles in outlet order (fox, hpo, nyt)."""
    by_event: dict[str, list[dict]] = defaultdict(list)
    if not DATA.exists():  # the data sit beside the clone (../shared/data), as for every benchmark here
        raise SystemExit(f"conflict_precision: {DATA}: BASIL is not there; put the shared data folder beside this "
                         "clone (../shared/data/basil/articles.jsonl)")
    with open(DATA, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["split"] == split:
                by_event[row["event_id"]].append(row)
    return {ev: sorted(rows, key=lambda r: r["source"]) for ev, rows in sorted(by_event.items())}


def conflict_parts(conflict: str, evidence_docs: list[str]) -> list[tuple[str, str]]:
    """``(pair, text)`` for each part of a claim's conflict text (report/pipeline.py joins parts with "; "):
    a "dX/dY: " prefix names the pair; a speaker part names its documents in parentheses ("Tusk (d1) / Sikorski
    (d2)"); any other part is about the claim's evidence documents."""
    parts = []
    for piece in conflict.split("; "):
        m = _PAIR.match(piece)
        if m:
            parts.append((m.group(1), piece[m.end():]))
            continue
        docs = sorted(set(_DOC.findall(piece))) or sorted(set(evidence_docs))
        parts.append(("/".join(docs), piece))
    return parts


def run(split: str) -> list[dict]:
    """Every conflict part of the split's comparisons, with its evidence sentences."""
    import storylens
    from storylens.models import RawDocument

    comparer = storylens.Comparer()
    found = []
    for ev, rows in events(split).items():
        raws = [RawDocument(source=f"{r['source']}:{r['id']}", text=r["text"],
                            metadata={"title": r["title"], "date": r["date"], "sitename": r["source_name"]})
                for r in rows]
        comparison = comparer.compare(raws)
        for claim in comparison.claims_with_status("conflicting"):
            docs = [e.doc for e in claim.evidence]
            for pair, text in conflict_parts(claim.conflict or "", docs):
                found.append({"event": ev, "pair": pair, "conflict": text, "claim": claim.id,
                              "evidence": [(e.doc, e.text) for e in claim.evidence if e.doc in pair.split("/")]})
    return found


def load_labels(split: str) -> dict[tuple[str, str], list[dict]]:
    """Labels by (event, conflict text): a row's ``conflict`` may carry its "dX/dY: " prefix instead of a
    ``pair``; a row with neither matches that text for any pair of the event. ``label``: "true"/"false" or a
    JSON boolean."""
    labels: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(LABELS.glob(f"basil_{split}*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                label = {True: "true", False: "false"}.get(row.get("label"), row.get("label"))
                if label not in ("true", "false"):
                    raise SystemExit(f"{path}:{n}: label must be true or false, not {row.get('label')!r}")
                text, pair = row["conflict"], row.get("pair")
                m = _PAIR.match(text)
                if m:
                    pair, text = m.group(1), text[m.end():]
                labels[(row["event"], text)].append({**row, "pair": pair, "label": label})
    return labels


def lookup(labels: dict, part: dict) -> dict | None:
    rows = labels.get((part["event"], part["conflict"]), [])
    return next((r for r in rows if r["pair"] in (None, part["pair"])), None)


def kind(text: str) -> str:
    if text.startswith("same words, different speakers"):
        return "speaker"
    head = text.split(":", 1)[0]
    if head.startswith("polarity"):  # "polarity (clause 1)"
        return "polarity"
    return head if head in ("date", "measure") else "figure"


def score(found: list[dict], labels: dict) -> dict:
    by_kind: dict[str, Counter] = defaultdict(Counter)
    for part in found:
        row = lookup(labels, part)
        part["label"] = row["label"] if row else None
        by_kind[kind(part["conflict"])][part["label"] or "unlabelled"] += 1
    total = Counter()
    for c in by_kind.values():
        total.update(c)
    labelled = total["true"] + total["false"]
    return {"parts": len(found), "true": total["true"], "false": total["false"], "unlabelled": total["unlabelled"],
            "precision": round(total["true"] / labelled, 4) if labelled else None,
            "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", action="store_true", help="score the eval half (counts only, never its parts)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each unlabelled tune part to label")
    args = ap.parse_args(argv)
    split = "eval" if args.eval else "tune"
    found = run(split)
    result = {"split": split, **score(found, load_labels(split))}
    print(f"BASIL {split}: {result['parts']} conflict parts: {result['true']} true, {result['false']} false, "
          f"{result['unlabelled']} unlabelled; precision over labelled {result['precision']}")
    for k, counts in result["by_kind"].items():
        print(f"  {k:10s} " + ", ".join(f"{n} {lab}" for lab, n in sorted(counts.items())))
    if args.verbose and split == "tune":
        for part in found:
            if part["label"] is None:
                print(json.dumps({"event": part["event"], "pair": part["pair"], "conflict": part["conflict"]},
                                 ensure_ascii=False))
                for doc, text in part["evidence"]:
                    print(f"    {doc}: {text[:400]}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"conflict_precision_{split}.json").write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
