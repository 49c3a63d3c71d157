"""Settings: typed defaults, per-key repair on load, migrations, atomic save, no secrets."""

from __future__ import annotations

import json
import logging
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.system import paths
from cutie_app.core.system import settings as settings_mod
from cutie_app.core.system.settings import (
    MAX_RECENT,
    SETTINGS_SPECS,
    Settings,
    load_settings,
    save_settings,
    validate_value,
)

LOGGER = "cutie.settings"


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def warnings_about(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


# -- schema -------------------------------------------------------------------------------------


def test_defaults() -> None:
    s = Settings()
    assert s.default_model == ModelCatalog.load().default_model == "gemini-3-pro-image"
    assert (s.endpoint, s.concurrency, s.timeout_s, s.theme, s.language) == ("", 4, 600, "system", "")
    assert s.budget_cap_usd == 0.0
    assert s.remove_reference_metadata is True  # privacy on unless the user turns it off
    assert s.recent_projects == ()


def test_no_field_can_hold_a_secret() -> None:
    for f in fields(Settings):
        assert "key" not in f.name.lower() and "secret" not in f.name.lower()
        assert "token" not in f.name.lower() and "password" not in f.name.lower()


def test_specs_cover_every_field_with_matching_defaults() -> None:
    assert [s.name for s in SETTINGS_SPECS] == [f.name for f in fields(Settings)]
    defaults = Settings()
    for spec in SETTINGS_SPECS:
        assert spec.description.strip(), spec.name
        assert spec.default == getattr(defaults, spec.name)
        assert validate_value(spec.name, spec.default) == spec.default
        if spec.minimum is not None or spec.maximum is not None:
            assert spec.type in (int, float)
    by_name = {s.name: s for s in SETTINGS_SPECS}
    assert by_name["theme"].choices == ("system", "light", "dark")
    assert (by_name["concurrency"].minimum, by_name["concurrency"].maximum) == (1, 16)
    assert (by_name["timeout_s"].minimum, by_name["timeout_s"].maximum) == (30, 3600)
    assert by_name["budget_cap_usd"].type is float
    assert by_name["endpoint"].advanced
    assert not by_name["recent_projects"].editable


def test_constructor_refuses_bad_values() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        Settings(concurrency=0)
    with pytest.raises(ValueError, match="theme"):
        replace(Settings(), theme="neon")


# -- round trip and file handling ---------------------------------------------------------------


def test_round_trip(tmp_path: Path) -> None:
    original = Settings(
        default_model="gemini-nano-banana-2.1",
        endpoint="https://proxy.example.com/gemini",
        concurrency=8,
        timeout_s=120,
        theme="dark",
        language="pt_BR",
        budget_cap_usd=12.5,
        remove_reference_metadata=False,
        recent_projects=("/home/ana/Little Orange", "/home/ana/Café ☕"),
    )
    path = tmp_path / "settings.json"
    save_settings(original, path)
    assert load_settings(path) == original
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == Settings.SCHEMA_VERSION
    assert data["recent_projects"] == ["/home/ana/Little Orange", "/home/ana/Café ☕"]


def test_default_path_is_the_config_folder() -> None:
    save_settings(Settings(concurrency=2))
    assert paths.settings_file().is_file()
    assert load_settings().concurrency == 2


def test_missing_file_gives_defaults_silently(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert load_settings(tmp_path / "nope.json") == Settings()
    assert warnings_about(caplog) == []


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    path = folder / "settings.json"
    save_settings(Settings(), path)
    save_settings(Settings(theme="light"), path)
    assert sorted(p.name for p in folder.iterdir()) == ["settings.json"]
    assert load_settings(path).theme == "light"


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(theme="dark"), path)

    def broken_replace(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(theme="light"), path)
    monkeypatch.undo()
    assert load_settings(path).theme == "dark"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


# -- repair on load -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "bad"),
    [
        ("concurrency", "4"),  # type
        ("concurrency", True),  # bools are not numbers
        ("concurrency", 0),  # range
        ("concurrency", 17),
        ("concurrency", 2.5),
        ("timeout_s", 29),
        ("timeout_s", 3601),
        ("timeout_s", None),
        ("theme", "neon"),  # choice
        ("theme", 1),
        ("budget_cap_usd", -1),
        ("budget_cap_usd", "ten"),
        ("budget_cap_usd", 1e300 * 10),  # inf
        ("default_model", ""),
        ("default_model", "gemini 3 pro; rm -rf"),
        ("default_model", 3),
        ("endpoint", "ftp://example.com"),
        ("endpoint", "example.com"),
        ("endpoint", "https://user:pw@example.com"),
        ("endpoint", "https://example.com/?key=abc"),
        ("language", "français"),
        ("recent_projects", "/just/a/string"),
        ("remove_reference_metadata", "no"),  # only true or false
        ("remove_reference_metadata", 0),
        ("remove_reference_metadata", None),
        ("recent_projects", ["/ok", 5]),
    ],
)
def test_bad_value_falls_back_to_its_default_only(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, key: str, bad: Any
) -> None:
    path = tmp_path / "settings.json"
    data = Settings(theme="dark", concurrency=8, language="de").to_dict()
    data[key] = bad
    path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
    loaded = load_settings(path)
    assert getattr(loaded, key) == getattr(Settings(), key)
    others = {f.name for f in fields(Settings)} - {key}
    for name in others & {"theme", "concurrency", "language"}:
        assert getattr(loaded, name) == data[name]
    messages = warnings_about(caplog)
    assert len(messages) == 1 and repr(key) in messages[0]


def test_values_are_normalised(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "s.json",
        {"concurrency": 8.0, "budget_cap_usd": 5, "endpoint": " https://p.example/ ", "language": "fr"},
    )
    loaded = load_settings(path)
    assert loaded.concurrency == 8 and isinstance(loaded.concurrency, int)
    assert loaded.budget_cap_usd == 5.0 and isinstance(loaded.budget_cap_usd, float)
    assert loaded.endpoint == "https://p.example/"


@pytest.mark.parametrize("content", ["{not json", "", "[1, 2, 3]", '"text"', "null"])
def test_corrupt_file_gives_defaults_and_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert load_settings(path) == Settings()
    assert len(warnings_about(caplog)) == 1
    assert (tmp_path / "settings.json.damaged").read_text(encoding="utf-8") == content


def test_undecodable_file_gives_defaults(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"theme": "\xff\xfe"}')
    assert load_settings(path) == Settings()
    assert len(warnings_about(caplog)) == 1


def test_unknown_keys_are_dropped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_json(tmp_path / "s.json", {"schema_version": 1, "theme": "light", "api_key": "AIza-nope"})
    loaded = load_settings(path)
    assert loaded == Settings(theme="light")
    assert not hasattr(loaded, "api_key")
    save_settings(loaded, path)
    assert "api_key" not in path.read_text(encoding="utf-8")
    assert warnings_about(caplog) == []


def test_newer_schema_keeps_known_values(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_json(tmp_path / "s.json", {"schema_version": 99, "theme": "dark", "hologram_mode": True})
    assert load_settings(path) == Settings(theme="dark")
    assert any("newer" in m for m in warnings_about(caplog))


def test_invalid_schema_version_is_read_as_current(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_json(tmp_path / "s.json", {"schema_version": "one", "theme": "dark"})
    assert load_settings(path) == Settings(theme="dark")
    assert any("schema_version" in m for m in warnings_about(caplog))


def test_migrations_run_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
        data["theme"] = {"night": "dark"}.get(data.pop("colour_scheme", ""), "system")
        return data

    def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
        data["timeout_s"] = data.pop("timeout_minutes") * 60
        return data

    monkeypatch.setattr(Settings, "SCHEMA_VERSION", 3)
    monkeypatch.setattr(settings_mod, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    path = write_json(
        tmp_path / "s.json", {"schema_version": 1, "colour_scheme": "night", "timeout_minutes": 2}
    )
    loaded = load_settings(path)
    assert (loaded.theme, loaded.timeout_s) == ("dark", 120)
    save_settings(loaded, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 3


def test_missing_migration_keeps_what_fits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(Settings, "SCHEMA_VERSION", 2)
    path = write_json(tmp_path / "s.json", {"schema_version": 1, "theme": "light"})
    assert load_settings(path).theme == "light"
    assert any("no migration" in m for m in warnings_about(caplog))


# -- recent projects ----------------------------------------------------------------------------


def test_with_recent_puts_newest_first_without_duplicates() -> None:
    s = Settings().with_recent("/a").with_recent("/b").with_recent("/a")
    assert s.recent_projects == ("/a", "/b")
    assert s.with_recent("/b/../a").recent_projects == ("/b/../a", "/b")  # same folder, newest spelling


def test_with_recent_keeps_at_most_ten() -> None:
    s = Settings()
    for i in range(15):
        s = s.with_recent(f"/p{i}")
    assert len(s.recent_projects) == MAX_RECENT
    assert s.recent_projects[0] == "/p14" and s.recent_projects[-1] == "/p5"


def test_with_recent_returns_a_new_value() -> None:
    s = Settings()
    assert s.with_recent("/a") is not s
    assert s.recent_projects == ()


def test_without_recent() -> None:
    s = Settings().with_recent("/a").with_recent("/b")
    assert s.without_recent("/a").recent_projects == ("/b",)
    assert s.without_recent("/zzz") == s


def test_recent_list_from_file_is_deduplicated_and_capped(tmp_path: Path) -> None:
    recent = ["/x", "/x", *[f"/p{i}" for i in range(12)]]
    loaded = load_settings(write_json(tmp_path / "s.json", {"recent_projects": recent}))
    assert loaded.recent_projects == ("/x", *[f"/p{i}" for i in range(9)])


def test_empty_recent_path_is_refused() -> None:
    with pytest.raises(ValueError, match="recent_projects"):
        Settings().with_recent("")
