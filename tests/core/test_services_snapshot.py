"""What a window is handed the moment a project opens."""

from __future__ import annotations

from pathlib import Path

from helpers.builders import variant
from helpers.images import png

from cutie_app.core.services.projects import ProjectService


def test_the_snapshot_names_each_model_of_the_saved_images_once(tmp_path: Path) -> None:
    folder = tmp_path / "Little Orange"
    with ProjectService.open(folder, create=True, name="Little Orange") as service:
        assert service.snapshot().models == ()
        for index, model in enumerate(("gemini-3-pro-image", "gemini-nano-banana-2.1", "gemini-3-pro-image")):
            service.save_variant(variant(png(index), index=index, model=model), scene="waving")
    with ProjectService.open(folder) as service:
        snapshot = service.snapshot()
        assert snapshot.models == ("gemini-3-pro-image", "gemini-nano-banana-2.1")
        assert snapshot.models == tuple(sorted({r.model for r in service.images()}))
        assert snapshot.name == "Little Orange" and not snapshot.created
