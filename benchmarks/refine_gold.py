"""The refine pass's pair judge on the gold story corpora (no dates, the stream's leads): BASIL and ECB+.

    .venv/bin/python benchmarks/refine_gold.py [--variant fast|full] [--sets basil_tune,basil_eval,ecb_train,ecb_test]

Each set is ONE stream in content-hash order (text only, or title + text for
BASIL; no dates, no labels; ``_lib.links.gold_corpus`` and
``_lib.links.stream_features``, as the gate builds them), clustered online with
the shipped defaults, then refined three ways: without texts (the shipped
cosine + entity average link: what ``benchmarks/cluster_basil.py`` and
``cluster_ecbplus.py`` report), with the texts and the link model, and with the
similarity model as pair judge (:class:`storylens.cluster._judge.SimilarityJudge`,
the shipped model: trained on SemEval dev.csv only, so BASIL and ECB+ are out of
sample for it) at every cut of the grid. B-cubed F1 against the gold stories.
Tune only on basil_tune / ecb_train; basil_eval / ecb_test are reported.
Writes benchmarks/results/refine_gold_<variant>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L
from _lib.scoring import score_all

CUTS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--variant", default="fast", choices=("full", "fast"))
    ap.add_argument("--place-veto", default=None, choices=("on", "off"),
                    help="the judge's place veto (default: settings.refine_place_veto)")
    ap.add_argument("--sets", default="basil_tune,basil_eval,ecb_train,ecb_test")
    ap.add_argument("--k", type=int, default=None)
    ap.add_argument("--candidates", default="use", help="comma-separated: use (USE neighbours), wide (+ names, TF-IDF)")
    ap.add_argument("--grouping", default="average", help="comma-separated refine_grouping values")
    ap.add_argument("--unknown-weight", default="0", help="comma-separated: correlation grouping's weight of unscored pairs")
    ap.add_argument("--cuts", default=",".join(map(str, CUTS)), help="judge cuts (same-language pairs)")
    ap.add_argument("--mutual-slack", default="0", help="comma-separated: the judge's mutual-best slack (0: off)")
    ap.add_argument("--mutual-same-language", action="store_true", help="the slack for same-language pairs too")
    ap.add_argument("--lead-weights", default="0",
                    help="comma-separated: the judge's e5 lead term on same-language links (0: off)")
    ap.add_argument("--lead-centers", default="0.9", help="comma-separated: the lead term's center (grid)")
    ap.add_argument("--context", default="off", choices=("off", "all", "crosslingual"),
                    help="the shipped stream-context model (data/refine-context.json) decides: every pair, or "
                         "cross-lingual pairs only (the cuts then hold same-language ones)")
    ap.add_argument("--context-same-cuts", default=None,
                    help="with --context all: comma-separated probability cuts for same-language pairs (grid)")
    ap.add_argument("--context-path", default=None, help="a context model file other than the shipped one")
    ap.add_argument("--same-floor", type=float, default=None,
                    help="the judge's same_language_floor (same-language pairs below it keep its verdict)")
    ap.add_argument("--lift-floor", action="store_true",
                    help="no lift rule raises a same-language pair under --same-floor to its cut "
                         "(settings.refine_full_lift_floor)")
    ap.add_argument("--join-slacks", default="0",
                    help="comma-separated: groups a judged-yes pair connects merge within this below the cut (0: off)")
    ap.add_argument("--join-same-language", action="store_true",
                    help="--join-slacks bridges of one language too (without: cross-lingual only, none here)")
    ap.add_argument("--mutual-join-slacks", default="0",
                    help="comma-separated: groups a judged pair each other's best match connects merge within this "
                         "below the cut, in any language (0: off)")
    ap.add_argument("--join-votes", default="0",
                    help="comma-separated: groups merge when this many judged pairs between them say yes (0: off)")
    ap.add_argument("--join-vote-share", type=float, default=0.5, help="--join-votes: the least share of yes")
    ap.add_argument("--triangle-legs", type=float, default=None,
                    help="the triangle rule's legs: each >= this x the lifted pair's deficit (default: "
                         "settings.refine_triangle_legs; 0: any yes, the rule before stop 43)")
    args = ap.parse_args(argv)
    if args.triangle_legs is not None:
        L.set_triangle_legs(float(args.triangle_legs))
    from storylens.cluster import StoryClusterer
    from storylens.cluster._context import load_context
    from storylens.cluster._judge import SimilarityJudge

    t0, c0, load0 = time.time(), cpu(), os.getloadavg()
    out: dict = {"variant": args.variant, "candidates": args.candidates, "grouping": args.grouping, "sets": {}}
    for name in args.sets.split(","):
        items, _feats, gold, texts, online = L.online_corpus(name)
        state = online.state()

        def f1(c: StoryClusterer, gold: dict = gold) -> float:
            ids = list(c.article_story_)
            return score_all([c.article_story_[a] for a in ids], [gold[a] for a in ids])["b3_f1"]

        row: dict = {"articles": len(items), "online": f1(online)}
        c = StoryClusterer.from_state(state)
        c.refine()
        row["refine_no_texts"] = f1(c)
        c = StoryClusterer.from_state(state)
        c.refine(texts=texts)
        row["refine_texts_links"] = f1(c)
        judge = SimilarityJudge(variant=args.variant, k=args.k,
                                place_veto=None if args.place_veto is None else args.place_veto == "on",
                                same_language_floor=args.same_floor, lift_floor=args.lift_floor)
        if args.context != "off":
            judge.context = load_context(args.variant, args.context_path)
            if judge.context is None:
                raise SystemExit(f"no context model for {args.variant}: run refine_similarity.py --context ... --write-context")
            judge.context_same_language = args.context == "all"
        t = cpu()
        judge.bind([texts[a] for a in online._ids], list(online._langs))
        if judge.lead_vectors() is None:
            judge.sides_.prepare(range(len(items)))
        row["side_cpu_s"] = cpu() - t
        same_grid = [None] if not args.context_same_cuts else [float(x) for x in args.context_same_cuts.split(",")]
        leads = [(w, c) for w in map(float, args.lead_weights.split(","))
                 for c in (map(float, args.lead_centers.split(",")) if w else [0.0])]
        for cut, slack, same_p, (lead_w, lead_c) in ((c, m, q, ld) for c in map(float, args.cuts.split(","))
                                                     for m in map(float, args.mutual_slack.split(","))
                                                     for q in same_grid for ld in leads):
            for cands in args.candidates.split(","):
                for grouping, lam, join, mjoin, votes in ((g, float(w), float(j), float(mj), jv) for g in args.grouping.split(",")
                                                   for w in (args.unknown_weight.split(",") if g == "correlation"
                                                             else ["0"])
                                                   for j in args.join_slacks.split(",")
                                                   for mj in args.mutual_join_slacks.split(",")
                                                   for jv in map(int, args.join_votes.split(","))):
                    judge.cut = judge.same_language_cut = cut
                    judge.wide = cands == "wide"
                    judge.mutual_slack, judge.mutual_same_language = slack, args.mutual_same_language
                    judge.context_same_language_threshold = same_p
                    judge.lead_weight, judge.lead_center = lead_w, lead_c
                    c = StoryClusterer.from_state(state)
                    c.set_params(refine_grouping=grouping)
                    c._unknown_weight = lam
                    judge.join_slack, judge.join_same_language = join, args.join_same_language
                    judge.mutual_join_slack = mjoin
                    judge.join_votes, judge.join_vote_share = votes, args.join_vote_share
                    t = cpu()
                    c.refine(texts=texts, pair_judge=judge)
                    tag = "" if (cands, grouping) == ("use", "average") else f"_{cands}_{grouping}" + (f"{lam:g}" if lam else "")
                    tag += f"_mutual{slack:g}" + ("all" if args.mutual_same_language else "") if slack else ""
                    tag += f"_ctxsame{same_p:g}" if same_p is not None else ""
                    tag += f"_lead{lead_w:g}@{lead_c:g}" if lead_w else ""
                    tag += f"_join{join:g}" if join else ""
                    tag += f"_mjoin{mjoin:g}" if mjoin else ""
                    tag += f"_votes{votes}s{args.join_vote_share:g}" if votes else ""
                    row[f"judge_{cut}{tag}"] = f1(c)
                    row[f"judge_{cut}{tag}_refine_cpu_s"] = cpu() - t
        out["sets"][name] = row
        print(name, json.dumps(row), flush=True)
    out.update(cpu_s=cpu() - c0, wall_s=time.time() - t0, load_start=load0, load_end=os.getloadavg())
    (L.RESULTS / f"refine_gold_{args.variant}_{args.cuts}_{args.candidates.replace(',', '+')}_{args.grouping.replace(',', '+')}_{args.unknown_weight}"
                                  f"{'_mutual' + args.mutual_slack if args.mutual_slack != '0' else ''}"
                                  f"{'all' if args.mutual_same_language else ''}"
                                  f"{'' if args.context == 'off' else '_context' + args.context}"
                                  f"{'' if args.lead_weights == '0' else '_lead' + args.lead_weights}"
                                  f"{'' if args.same_floor is None else f'_floor{args.same_floor:g}'}"
                                  f"{'_liftfloor' if args.lift_floor else ''}"
                                  f"{'' if args.join_slacks == '0' else '_join' + args.join_slacks}{'all' if args.join_same_language else ''}"
                                  f"{'' if args.mutual_join_slacks == '0' else '_mjoin' + args.mutual_join_slacks}"
                                  f"{'' if args.join_votes == '0' else '_votes' + args.join_votes}.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
