"""The privacy setting decides whether references keep where and with what they were taken."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from cutie_app.core.services.character import load_reference
from cutie_app.core.system.settings import Settings, save_settings


def photo_with_location(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 29.6), 3: "E", 4: (2.0, 17.0, 40.2)}  # GPS
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120, 40)).save(buf, "JPEG", exif=exif.tobytes(), quality=90)
    path.write_bytes(buf.getvalue())
    return path


def test_location_and_camera_data_go_by_default(tmp_path: Path, isolated_user_dirs: Path) -> None:
    loaded = load_reference(photo_with_location(tmp_path / "phone.jpg"))
    assert b"PhoneMaker" not in loaded.reference.data
    assert any("location" in change for change in loaded.changes)


def test_turning_the_setting_off_keeps_them(tmp_path: Path, isolated_user_dirs: Path) -> None:
    save_settings(Settings(remove_reference_metadata=False))
    loaded = load_reference(photo_with_location(tmp_path / "phone.jpg"))
    assert b"PhoneMaker" in loaded.reference.data
    assert not any("location" in change for change in loaded.changes)
