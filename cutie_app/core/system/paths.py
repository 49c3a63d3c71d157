"""Where Cutie keeps its own files. The only module that imports platformdirs.

`CUTIE_DATA_DIR` and `CUTIE_CONFIG_DIR` override the platform folders (portable installs, tests).
Projects are not here: they live wherever the user puts them.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cutie"


def data_dir() -> Path:
    override = os.environ.get("CUTIE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("CUTIE_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    override = os.environ.get("CUTIE_DATA_DIR")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("CUTIE_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def rescue_dir() -> Path:
    """Where a delivered (and billed) image goes when it could not be saved where it belonged."""
    return data_dir() / "rescued"


def learned_catalog_file() -> Path:
    """What Cutie learned about models at run time (see core.catalog)."""
    return config_dir() / "learned_models.json"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def logs_dir() -> Path:
    """The rotating log files: `logs/` in the data folder, where the README and the crash dialog say."""
    return data_dir() / "logs"
