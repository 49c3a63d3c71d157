"""Cutie's own settings: one typed, versioned schema; never a secret.

Each field carries its description and limits in dataclass metadata, so `SETTINGS_SPECS` (which
the Preferences dialog is generated from) and the validation on load cannot drift apart. A bad
value in the file costs only that value: it falls back to its default with a logged warning,
never the whole file. The API key is not a setting; it lives in the OS keyring (core.secrets).
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cache
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

from cutie_app.core.formats.fileio import atomic_write_text
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.system import paths

log = logging.getLogger("cutie.settings")

MAX_RECENT = 10
_MODEL_ID = re.compile(r"^(models/)?[A-Za-z0-9][A-Za-z0-9._\-]{0,127}$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class SettingSpec:
    """One setting as the Preferences dialog and the validator see it."""

    name: str
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    #: Shown under an "Advanced" heading (for example the endpoint override).
    advanced: bool = False
    #: False for values the app maintains itself (the recent-projects list).
    editable: bool = True

    @property
    def type(self) -> type:
        """The value's Python type, taken from the default (so 0.0 means float)."""
        return type(self.default)


def _meta(
    description: str,
    *,
    choices: tuple[Any, ...] | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    advanced: bool = False,
    editable: bool = True,
) -> dict[str, Any]:
    return {
        "description": description,
        "choices": choices,
        "minimum": minimum,
        "maximum": maximum,
        "advanced": advanced,
        "editable": editable,
    }


@cache
def _catalog_default_model() -> str:
    """The shipped catalogue names the recommended model; settings follow it."""
    return ModelCatalog.load().default_model


@dataclass(frozen=True)
class Settings:
    """Non-secret preferences. Construct with valid values only (ValueError otherwise)."""

    SCHEMA_VERSION: ClassVar[int] = 1

    default_model: str = field(
        default_factory=_catalog_default_model,
        metadata=_meta("Model used for new generations unless a project chooses another."),
    )
    endpoint: str = field(
        default="",
        metadata=_meta(
            "Base URL of the Gemini API, for proxies or gateways. Leave empty to use Google's.",
            advanced=True,
        ),
    )
    concurrency: int = field(
        default=4, metadata=_meta("How many images are generated at the same time.", minimum=1, maximum=16)
    )
    timeout_s: int = field(
        default=600,
        metadata=_meta("Seconds to wait for one image before giving up.", minimum=30, maximum=3600),
    )
    theme: str = field(
        default="system",
        metadata=_meta(
            "Light or dark appearance, or follow the system.", choices=("system", "light", "dark")
        ),
    )
    language: str = field(
        default="", metadata=_meta("Interface language, such as 'fr' or 'pt_BR'. Empty follows the system.")
    )
    budget_cap_usd: float = field(
        default=0.0,
        metadata=_meta(
            "Estimated spending (US dollars) after which Cutie asks before generating more. 0 means no cap.",
            minimum=0.0,
            maximum=1_000_000.0,
        ),
    )
    remove_reference_metadata: bool = field(
        default=True,
        metadata=_meta(
            "Remove where a reference photo was taken and with which camera (EXIF, XMP, IPTC) "
            "before it is sent to Google."
        ),
    )
    recent_projects: tuple[str, ...] = field(
        default=(),
        metadata=_meta("Recently opened projects, most recent first.", editable=False),
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            checked = validate_value(f.name, value)
            if checked is not value:
                object.__setattr__(self, f.name, checked)

    def with_recent(self, path: str) -> Settings:
        """`path` moved (or added) to the front of the recent list, which keeps at most 10."""
        key = _path_key(path)
        rest = tuple(p for p in self.recent_projects if _path_key(p) != key)
        return replace(self, recent_projects=(path, *rest)[:MAX_RECENT])

    def without_recent(self, path: str) -> Settings:
        """`path` removed from the recent list (it was moved or deleted)."""
        key = _path_key(path)
        return replace(self, recent_projects=tuple(p for p in self.recent_projects if _path_key(p) != key))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema_version": self.SCHEMA_VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = list(value) if isinstance(value, tuple) else value
        return data


def _path_key(path: str) -> str:
    """Compare paths as the OS does (case-insensitive on Windows, `a/../b` is `b`)."""
    return os.path.normcase(os.path.normpath(path))


def _spec_of(f: Any) -> SettingSpec:
    default = f.default_factory() if f.default is MISSING else f.default
    return SettingSpec(name=f.name, default=default, **f.metadata)


#: One descriptor per setting, in display order; the Preferences dialog is built from these.
SETTINGS_SPECS: tuple[SettingSpec, ...] = tuple(_spec_of(f) for f in fields(Settings))
_SPECS_BY_NAME: dict[str, SettingSpec] = {s.name: s for s in SETTINGS_SPECS}


# -- validation -------------------------------------------------------------------------------


def validate_value(name: str, value: Any) -> Any:
    """The value, normalised, if it is acceptable for setting `name`; ValueError says why not."""
    spec = _SPECS_BY_NAME.get(name)
    if spec is None:
        raise ValueError(f"unknown setting {name!r}")
    value = _check_type(spec, value)
    if spec.choices is not None and value not in spec.choices:
        raise ValueError(f"{name} must be one of {', '.join(map(str, spec.choices))}, not {value!r}")
    if spec.minimum is not None and value < spec.minimum:
        raise ValueError(f"{name} must be at least {spec.minimum:g}, not {value!r}")
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(f"{name} must be at most {spec.maximum:g}, not {value!r}")
    extra = _EXTRA_CHECKS.get(name)
    return extra(value) if extra else value


_TYPE_WORDS = {str: "text", int: "a whole number", float: "a number", tuple: "a list", bool: "true or false"}


def _check_type(spec: SettingSpec, value: Any) -> Any:
    """The value as the spec's type; whole floats (4.0) pass as ints, ints as floats, bools never."""
    kind = spec.type
    wrong = ValueError(f"{spec.name} must be {_TYPE_WORDS.get(kind, kind.__name__)}, not {value!r}")
    if kind is tuple:
        if not isinstance(value, list | tuple):
            raise wrong
        return value if isinstance(value, tuple) else tuple(value)
    if kind is bool:  # only true and false: 0, 1 or "yes" in the file are mistakes
        if not isinstance(value, bool):
            raise wrong
        return value
    if isinstance(value, bool):  # bool is an int subclass; `true` is never a number here
        raise wrong
    if kind is float and isinstance(value, int | float):
        if not math.isfinite(value):
            raise wrong
        return value if isinstance(value, float) else float(value)
    if kind is int and isinstance(value, float) and value.is_integer():
        return int(value)
    if not isinstance(value, kind):
        raise wrong
    return value


def _check_model(value: str) -> str:
    stripped = value.strip().removeprefix("models/")
    if not _MODEL_ID.match(stripped):
        raise ValueError(f"default_model {value!r} is not a model id such as 'gemini-3-pro-image'")
    return value if stripped == value else stripped


def _check_endpoint(value: str) -> str:
    """An http(s) base URL, or empty. Credentials in a URL would be a secret in a plain file."""
    value = value.strip()
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"endpoint {value!r} must be an http:// or https:// address")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ValueError(
            "endpoint must not contain a user name, password, query or fragment (no secrets here)"
        )
    return value


def _check_language(value: str) -> str:
    value = value.strip()
    if value and not _LANGUAGE.match(value):
        raise ValueError(f"language {value!r} is not a language code such as 'fr' or 'pt_BR'")
    return value


def _check_recent(value: tuple[Any, ...]) -> tuple[str, ...]:
    if not all(isinstance(p, str) and p for p in value):
        raise ValueError("recent_projects must hold non-empty path strings")
    result: list[str] = []
    seen: set[str] = set()
    for path in value:
        key = _path_key(path)
        if key not in seen:
            seen.add(key)
            result.append(path)
    return tuple(result[:MAX_RECENT])


_EXTRA_CHECKS: dict[str, Callable[[Any], Any]] = {
    "default_model": _check_model,
    "endpoint": _check_endpoint,
    "language": _check_language,
    "recent_projects": _check_recent,
}


# -- load / save ------------------------------------------------------------------------------

#: `version -> function` turning a settings dict of that version into the next version's.
#: Version 1 is the first; add `1: _v1_to_v2` here when SCHEMA_VERSION becomes 2.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def load_settings(path: Path | None = None) -> Settings:
    """The settings in `path` (default: the config folder), repaired value by value.

    A missing or unreadable file gives the defaults; a bad value gives that setting's default;
    unknown keys are dropped. Problems are logged as warnings, never raised: settings must not
    stop the app from starting.
    """
    path = path or paths.settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("Settings file %s could not be read (%s); using defaults", path, exc)
        return Settings()
    try:
        data = json.loads(text)
    except ValueError as exc:
        data, problem = None, f"is not valid JSON ({exc})"
    else:
        problem = "does not hold a JSON object"
    if not isinstance(data, dict):
        aside = _keep_aside(path, text)
        log.warning("Settings file %s %s; using defaults (the old file is kept as %s)", path, problem, aside)
        return Settings()
    return settings_from_dict(data, source=str(path))


def _keep_aside(path: Path, text: str) -> Path | None:
    """Keep a damaged file for the user (it may hold hand edits) before it is overwritten."""
    aside = path.with_name(path.name + ".damaged")
    try:
        atomic_write_text(aside, text)
    except OSError:
        return None
    return aside


def settings_from_dict(data: Mapping[str, Any], *, source: str = "settings") -> Settings:
    """Validate and migrate a settings mapping as `load_settings` does."""
    current = Settings.SCHEMA_VERSION
    data = dict(data)
    version = data.pop("schema_version", current)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        log.warning("%s: schema_version %r is invalid; reading it as version %d", source, version, current)
        version = current
    if version > current:
        log.warning(
            "%s was written by a newer Cutie (settings version %d, this one knows %d); "
            "keeping the settings this version understands",
            source,
            version,
            current,
        )
    while version < current:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            log.warning("%s: no migration from settings version %d; keeping what still fits", source, version)
            break
        data = migrate(dict(data))
        version += 1

    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _SPECS_BY_NAME:
            log.info("%s: dropping unknown setting %r", source, key)
            continue
        try:
            values[key] = validate_value(key, value)
        except ValueError as exc:
            log.warning("%s: setting %r has a bad value (%s); using its default", source, key, exc)
    return Settings(**values)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings as JSON atomically: a crash leaves the old file or the new one."""
    path = path or paths.settings_file()
    text = json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n"
    atomic_write_text(path, text)
