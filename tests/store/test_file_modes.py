"""Files and folders Cutie writes get the user's umask, like any other program's (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="mode bits are a POSIX matter")

#: Runs in a child with a chosen umask: a project with an image, a reference, an export and a pack.
CHILD = textwrap.dedent(
    """
    import io, sys
    from pathlib import Path
    from PIL import Image
    from cutie_app.core.model.generation import GeneratedImage, Recipe, Variant, VariantStatus
    from cutie_app.core.model.prompt import PromptParts, PromptSection
    from cutie_app.core.model.references import ReferenceImage, ReferenceRole
    from cutie_app.core.services.export import export_images
    from cutie_app.core.store import Project
    from cutie_app.core.store.pack import export_pack, import_pack

    root = Path(sys.argv[1])
    buf = io.BytesIO()
    Image.new("RGB", (2100, 30), (250, 120, 0)).save(buf, "PNG")  # wide enough for a preview
    data = buf.getvalue()
    recipe = Recipe(
        model="gemini-3-pro-image", prompt=PromptParts((PromptSection("scene", "Scene", "waving"),)),
        aspect_ratio="1:1", image_size="1K", seed_requested=None, seed_sent=None, references=(),
        batch_id="b1", response_id="r1", cost_usd=0.134,
    )
    with Project.create(root / "Little Orange") as project:
        project.add_variant(Variant(0, VariantStatus.DELIVERED, recipe, (GeneratedImage(data, "image/png"),)))
        project.add_reference(ReferenceImage(data, "image/png", ReferenceRole.IDENTITY, "person", "front.png"))
        export_images(project, root / "exported")
    (root / "packs").mkdir()
    pack = export_pack(root / "Little Orange", root / "packs" / "lo")
    (root / "restored").mkdir()
    import_pack(pack, root / "restored", name="copy")
    """
)


def _modes(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): stat.S_IMODE(p.lstat().st_mode) for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_every_file_and_folder_follows_the_umask(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "work"
    root.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.umask(umask),
    )
    assert done.returncode == 0, done.stderr
    modes = _modes(root)
    files = {p: m for p, m in modes.items() if (root / p).is_file()}
    folders = {p: m for p, m in modes.items() if (root / p).is_dir()}
    # the image, its thumbnail and preview, the reference, the export with its XMP sidecar, the pack,
    # the copy
    assert any(p.startswith("Little Orange/images/") for p in files)
    assert any(p.startswith("Little Orange/.cache/thumbs/") for p in files)
    assert any(p.startswith("Little Orange/.cache/previews/") for p in files)
    assert any(p.startswith("Little Orange/references/") for p in files)
    assert any(p.endswith(".xmp") for p in files) and any(p.startswith("exported/") for p in files)
    assert any(p.startswith("packs/") for p in files) and any(
        p.startswith("restored/copy/images/") for p in files
    )
    wrong_files = {p: oct(m) for p, m in files.items() if m != 0o666 & ~umask}
    wrong_folders = {p: oct(m) for p, m in folders.items() if m != 0o777 & ~umask}
    assert wrong_files == {}, f"files not {oct(0o666 & ~umask)}"
    assert wrong_folders == {}, f"folders not {oct(0o777 & ~umask)}"


def test_the_umask_is_read_without_changing_it() -> None:
    code = (
        "import os; os.umask(0o027)\n"
        "from cutie_app.core.formats import fileio\n"
        "print(oct(fileio.user_umask()), oct(fileio.new_file_mode()), oct(os.umask(0o022)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0o27", "0o640", "0o27"]
