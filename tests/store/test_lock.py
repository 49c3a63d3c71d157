"""One writer per project, checked with real processes: held, crashed, stale, raced, read-only."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cutie_app.core.store import (
    Project,
    ProjectError,
    ProjectLockedError,
    ProjectReadOnlyError,
)
from cutie_app.core.store.lock import LOCK_FILE, STALE_AFTER_S, LockHolder

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the subprocess scripts use POSIX signals")

HOLD = textwrap.dedent(
    """
    import sys
    from cutie_app.core.store import Project
    project = Project.open_or_create(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    project.close()
    print("closed", flush=True)
    """
)


def hold(folder: Path) -> subprocess.Popen[str]:
    """A child process that opens (or creates) the project and keeps it open until told."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line == "ready\n", child.stderr.read() if child.stderr else line
    return child


def release(child: subprocess.Popen[str]) -> None:
    out, err = child.communicate("\n", timeout=30)
    assert child.returncode == 0 and out == "closed\n", err


def test_a_second_process_is_told_which_process_holds_the_project(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    child = hold(folder)
    try:
        with pytest.raises(ProjectLockedError) as caught:
            Project.open(folder)
        host = socket.gethostname()
        assert str(caught.value).startswith(f"This project is open in Cutie (process {child.pid} on {host}).")
        assert (caught.value.pid, caught.value.host) == (child.pid, host)
        with pytest.raises(ProjectLockedError):
            Project.open_or_create(folder)
        with pytest.raises(ProjectError, match="There is already a project here"):
            Project.create(folder)
    finally:
        release(child)
    with Project.open(folder) as project:  # closed cleanly: free again
        assert project.name == "Little Orange"


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    child = hold(folder)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    record = json.loads((folder / LOCK_FILE).read_text())
    assert record["pid"] == child.pid  # the dead holder's record is still there
    with Project.open(folder):
        assert json.loads((folder / LOCK_FILE).read_text())["pid"] == os.getpid()
    assert (folder / LOCK_FILE).read_bytes() == b""  # a clean close empties the record


def test_the_same_process_cannot_open_a_project_twice(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p") as project:
        with pytest.raises(ProjectLockedError, match="open in this very Cutie"):
            Project.open(project.folder)
        with Project.open(project.folder, read_only=True) as reader:
            assert reader.read_only and reader.images() == []


def test_two_processes_creating_one_project_at_once(tmp_path: Path) -> None:
    """Both start together; one creates it, the other hears plainly why it may not."""
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from cutie_app.core.store import Project, ProjectError
        go = Path(sys.argv[2])
        while not go.exists():
            time.sleep(0.001)
        try:
            project = Project.create(Path(sys.argv[1]))
        except ProjectError as exc:
            print("refused:", exc, flush=True)
        else:
            time.sleep(0.3)
            project.close()
            print("created", flush=True)
        """
    )
    for round_ in range(6):
        folder = tmp_path / f"race{round_}" / "Little Orange"
        go = tmp_path / f"go{round_}"
        children = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(folder), str(go)], stdout=subprocess.PIPE, text=True
            )
            for _ in range(2)
        ]
        time.sleep(0.5)  # both imported and waiting
        go.touch()
        outputs = sorted(child.communicate(timeout=60)[0].strip() for child in children)
        assert outputs[0] == "created", outputs
        assert outputs[1].startswith(
            ("refused: This project is open in Cutie (process", "refused: There is already a project here")
        ), outputs
        with Project.open(folder) as project:
            assert project.check().ok


def test_a_read_only_open_writes_nothing_and_refuses_changes(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    with Project.create(folder) as project:
        project.add_scene("waving")
    child = hold(folder)
    stray = folder / "images" / ".half-written.png.123.tmp"
    stray.write_bytes(b"the holder's temp file")
    try:
        before = _contents(folder)
        with Project.open(folder, read_only=True) as reader:
            assert [s.text for s in reader.scenes()] == ["waving"]
            assert reader.recovery.clean and stray.exists()  # no recovery: the temp file stays
            for change in (
                lambda: reader.add_scene("x"),
                lambda: reader.set_rating(1, 3),
                lambda: reader.remove_scene(1),
            ):
                with pytest.raises(ProjectReadOnlyError, match="open read-only"):
                    change()
            assert reader.check().ok
        assert _contents(folder) == before
    finally:
        release(child)


def _contents(folder: Path) -> dict[Path, bytes]:
    """Every file's bytes, but for SQLite's shared-memory index, which readers use to take turns."""
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and not p.name.endswith("-shm")}


def test_an_old_project_is_not_opened_read_only(tmp_path: Path) -> None:
    import contextlib
    import sqlite3

    folder = tmp_path / "p"
    Project.create(folder).close()
    with contextlib.closing(sqlite3.connect(folder / "project.cutie")) as conn:
        conn.execute("PRAGMA user_version = 1")
    with pytest.raises(ProjectError, match="must be updated"):
        Project.open(folder, read_only=True)


# -- the record, where OS locks do not reach --------------------------------------------------------


def _write_record(folder: Path, **fields: object) -> None:
    me = LockHolder.me()
    record = {**me.__dict__, **fields}
    (folder / LOCK_FILE).write_text(json.dumps(record))


def test_a_fresh_record_from_another_host_keeps_the_project_locked(tmp_path: Path) -> None:
    """A network share whose locks don't reach this machine: the other host's heartbeat counts."""
    folder = tmp_path / "p"
    Project.create(folder).close()
    _write_record(folder, pid=4242, host="studio-pc", boot_id="", started="", refreshed_at=time.time() - 30)
    with pytest.raises(ProjectLockedError, match=r"open in Cutie \(process 4242 on studio-pc\)"):
        Project.open(folder)
    _write_record(folder, pid=4242, host="studio-pc", refreshed_at=time.time() - STALE_AFTER_S - 1)
    with Project.open(folder):  # its heartbeat stopped: that Cutie is gone
        pass


def test_a_dead_or_reused_process_id_on_this_host_is_stale() -> None:
    me = LockHolder.me()
    now = time.time()
    assert me.is_alive(now)
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead = int(done.stdout)
    assert not LockHolder(dead, me.host, me.boot_id, "", now, now).is_alive(now)
    if me.started:  # Linux: a live process id whose start time differs is another process now
        reused = LockHolder(me.pid, me.host, me.boot_id, str(int(me.started) + 1), now, now)
        assert not reused.is_alive(now)
        rebooted = LockHolder(me.pid, me.host, "another-boot", me.started, now, now)
        assert not rebooted.is_alive(now)


def test_records_that_are_not_json_are_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    Project.create(folder).close()
    (folder / LOCK_FILE).write_bytes(b"\xff\xfe garbage")
    with Project.open(folder):
        pass
