"""`changed_since`: a window notices what another connection or process committed, and only that."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PIL import Image

from cutie_app.core.model.generation import GeneratedImage, Recipe, Usage, Variant, VariantStatus
from cutie_app.core.model.prompt import PromptParts, PromptSection
from cutie_app.core.store import ChangeToken, Project


def png(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), ((seed * 37) % 256, (seed * 91) % 256, (seed * 53) % 256)).save(buf, "PNG")
    return buf.getvalue()


def variant(seed: int) -> Variant:
    recipe = Recipe(
        model="gemini-3-pro-image-preview",
        prompt=PromptParts((PromptSection("scene", "Scene", "Little Orange waves"),)),
        aspect_ratio="1:1",
        image_size="1K",
        seed_requested=None,
        seed_sent=None,
        references=(),
        spec_version=1,
        scene="waves",
        variant_index=0,
        batch_id=f"b{seed}",
        response_id=f"resp-{seed}",
        usage=Usage(prompt_tokens=10, output_tokens=1290),
        cost_usd=0.134,
        prompt_text="Little Orange waves",
    )
    return Variant(0, VariantStatus.DELIVERED, recipe, (GeneratedImage(png(seed), "image/png"),))


def test_a_read_only_window_notices_what_the_writer_commits_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with Project.create(folder) as writer, Project.open(folder, read_only=True) as window:
        token = window.change_token()
        window.images(), window.ledger(), window.check()  # reading is not a change
        writer.images(), writer.scenes()
        assert window.changed_since(token) is None

        writer.add_variant(variant(1))
        new = window.changed_since(token)
        assert isinstance(new, ChangeToken) and new != token
        assert len(window.images()) == 1
        assert window.changed_since(new) is None  # once noticed, quiet again

        writer.set_rating(window.images()[0].id, 4)
        assert window.changed_since(new) is not None


def test_the_project_notices_its_own_commits_too(tmp_path: Path) -> None:
    with Project.create(tmp_path / "Little Orange") as project:
        token = project.change_token()
        project.images()
        assert project.changed_since(token) is None
        scene = project.add_scene("in the rain")
        token = project.changed_since(token) or pytest.fail("an own commit went unnoticed")
        project.update_scene(scene.id, "in the snow")
        assert project.changed_since(token) is not None


WRITER = textwrap.dedent(
    """
    import sys
    from cutie_app.core.store import Project
    sys.path.insert(0, sys.argv[2])
    from test_changes import variant
    with Project.open(sys.argv[1]) as project:
        print("ready", flush=True)
        for line in sys.stdin:
            project.add_variant(variant(int(line)))
            print("added", flush=True)
    """
)


@pytest.mark.skipif(os.name != "posix", reason="polls a child process through pipes")
def test_images_another_process_adds_are_noticed_by_polling(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    Project.create(folder).close()
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(Path(__file__).parent)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline() == "ready\n"
        with Project.open(folder, read_only=True) as window:
            token = window.change_token()
            for seed in (1, 2):
                time.sleep(0.05)
                assert window.changed_since(token) is None  # nothing yet, however often it asks
                child.stdin.write(f"{seed}\n")
                child.stdin.flush()
                assert child.stdout.readline() == "added\n"
                token = window.changed_since(token) or pytest.fail("the other process's image went unnoticed")
                assert len(window.images()) == seed
    finally:
        _, err = child.communicate(timeout=30)  # closes its stdin: the child closes the project
    assert child.returncode == 0, err
