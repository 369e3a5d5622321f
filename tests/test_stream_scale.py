"""benchmarks/stream_scale.py's figures: the prepare stage as the load's ruler and the replays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._bench import load_benchmark

scale = load_benchmark("stream_scale.py")
PREPARE = "prepare (clean, language, lead)"


def test_the_prepare_ruler_takes_the_loads_drift_out():
    # The same blocks' work, the last run 1.5x dearer by the load: its prepare stage too.
    run = {"stages": [{PREPARE: 4.0, "cluster": 3.0}, {PREPARE: 6.0, "cluster": 6.0}],
           "thread_cpu": [9.5, 15.0], "loads": [3.1, 9.0]}
    got = scale._ruler_figures(run, [10.0, 15.0])
    assert got["last_over_first_block_cpu_prepare_ruler (the figure)"] == 1.0
    assert got["store_side_last_over_first_prepare_ruler"] == 1.0  # (15 - 6) / (10 - 4) x 4 / 6
    assert got["other_threads_cpu_s_per_block"] == [0.5, 0.0]
    assert scale._ruler_figures({"stages": [{PREPARE: 4.0}]}, [10.0]) == {}  # one block: no ratio


def test_the_replays_give_medians_of_each_side():
    firsts = [{"cpu": c, "thread_cpu": c, "stages": {PREPARE: 4.0, "cluster": c / 4}} for c in (10.0, 12.0, 11.0)]
    lasts = [{"cpu": c, "thread_cpu": c - 0.5, "stages": {PREPARE: 4.0, "cluster": c / 4}} for c in (16.5, 14.0, 15.0)]
    got = scale._replay_figures(firsts, lasts)
    assert got["replays_last_over_first_cpu (median of each; fresh processes, alternating)"] == round(15.0 / 11.0, 3)
    assert got["replays_stage_cpu_s_median_first_last"]["cluster"] == [2.75, 3.75]
    assert got["replays_other_threads_cpu_s_median_first_last"] == [0.0, 0.5]
    assert scale._replay_figures(firsts, []) == {}


@pytest.mark.parametrize("n", [40])
def test_a_replay_ingests_in_a_fresh_process(tmp_path: Path, n: int):
    records = scale.synthetic_stream(n + 8)
    records, warm = records[:n], records[n:]
    got = scale._replay(str(tmp_path / "new.db"), records, tmp_path, warm, str(tmp_path / "warm.db"))
    assert got["stories"] > 0  # the warm-up's went to its own store
    assert (tmp_path / "warm.db").exists()
    assert got["cpu"] > 0 and got["stages"][PREPARE] > 0
    again = scale._replay(scale._copy(str(tmp_path / "new.db"), tmp_path, 1), records, tmp_path)
    assert again["stories"] == got["stories"]  # the same texts again: all stored already, nothing new


def test_the_long_runs_blocks_carry_stages_and_the_threads_cpu(tmp_path: Path):
    run = scale._ingest(str(tmp_path / "s.db"), scale.synthetic_stream(64), scale.HashingEmbedder(), every=32)
    assert [m[0] for m in run["marks"]] == [32, 64]
    assert len(run["stages"]) == len(run["thread_cpu"]) == 2
    assert all(PREPARE in st for st in run["stages"])
