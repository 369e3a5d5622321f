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


def test_the_server_figures_add_the_servers_cpu_to_the_clients():
    run = {"server_cpu": [1.0, 2.0]}
    firsts = [{"cpu": 10.0, "server_cpu": 1.0}, {"cpu": 12.0, "server_cpu": 1.0}, {"cpu": 11.0, "server_cpu": 1.0}]
    lasts = [{"cpu": 13.0, "server_cpu": 2.0}, {"cpu": 14.0, "server_cpu": 2.0}, {"cpu": 12.0, "server_cpu": 3.0}]
    got = scale._server_figures(run, [10.0, 13.0], firsts, lasts)
    assert got["client_plus_server_cpu_s_per_block"] == [11.0, 15.0]
    assert got["last_over_first_block_cpu_client_plus_server"] == round(15.0 / 11.0, 3)
    assert got["replays_last_over_first_cpu_client_plus_server"] == round(15.0 / 12.0, 3)  # medians of the sums
    # SQLite: no server, no figures
    assert scale._server_figures({"server_cpu": [0.0, 0.0]}, [10.0, 13.0], [{"cpu": 1.0}], [{"cpu": 2.0}]) == {}


def test_a_postgresql_store_is_copied_by_its_database_name(pg_server, tmp_path: Path):
    # The admin URL is a socket URI whose query names the socket's folder ("...?host=/tmp/.../pg"): the copy's
    # template is the path's database, not the folder's last part (stop 41: "template database "pg" does not exist")
    url = scale._url("postgresql", tmp_path, "scale_base41", pg_server)
    assert "?" in url and "/" in url.split("?", 1)[1]
    copy = scale._pg_copy(pg_server, url, "scale_copy41")
    import psycopg

    with psycopg.connect(copy) as c:
        assert c.execute("SELECT current_database()").fetchone() == ("scale_copy41",)
    with psycopg.connect(pg_server, autocommit=True) as c:
        for name in ("scale_copy41", "scale_base41"):
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_servers_cpu_counts_its_processes(pg_server):
    import psutil
    import psycopg

    with psycopg.connect(pg_server) as c:  # this connection's backend is a child of the postmaster
        row = c.execute("SELECT pg_backend_pid()").fetchone()
        assert row is not None
        postmaster = psutil.Process(row[0]).ppid()
        before = scale._server_cpu(postmaster)
        c.execute("SELECT count(*) FROM generate_series(1, 3000000)").fetchone()
        assert scale._server_cpu(postmaster) > before  # the live backend's work is in it
    assert scale._server_cpu() == 0.0  # no server of the run's own: the SQLite runs


def test_a_failing_measuring_child_prints_its_stderr(capsys):
    # The replays (and benchmarks/small_ingest.py's) ran their child with check=True and its output captured:
    # a failing child said only its exit code; its traceback is printed now.
    assert scale.child_output("print('{}')", "ok") == "{}\n"
    with pytest.raises(SystemExit, match="exited with 1"):
        scale.child_output("import sys; sys.stderr.write('the store refused: no such database\\n'); sys.exit(1)",
                           "postgresql://x")
    assert "the store refused: no such database" in capsys.readouterr().err
