"""The API key: kept only in the OS keyring. The only module that imports keyring.

Environment variables (GOOGLE_API_KEY, then GEMINI_API_KEY, the SDK's own order) are read as a
fallback and never written anywhere. Where no keyring exists (headless Linux without a Secret
Service), saving fails with a plain explanation instead of falling back to a file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import StrEnum

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from cutie_app.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("cutie.secrets")

SERVICE = "cutie"
USERNAME = "gemini-api-key"
ENV_VARS = ("GOOGLE_API_KEY", "GEMINI_API_KEY")


class KeySource(StrEnum):
    KEYRING = "keyring"
    ENVIRONMENT = "environment"
    NONE = "none"


class KeyringUnavailableError(Exception):
    """No usable system keyring; the message says what to do instead."""


@dataclass(frozen=True)
class ApiKey:
    value: str
    source: KeySource
    env_var: str = ""

    def __repr__(self) -> str:  # the key must never reach a log or a traceback
        return f"ApiKey(source={self.source.value!r}, value=***)"

    __str__ = __repr__


_NO_KEYRING = QT_TRANSLATE_NOOP(
    "core.system",
    "No system keyring is available (on Linux, install and unlock GNOME Keyring or KWallet). "
    "Cutie never stores the key in a file; set the GEMINI_API_KEY environment variable instead.",
)


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def load_api_key() -> ApiKey | None:
    """The key from the keyring, else from the environment; None when neither has one."""
    try:
        stored = keyring.get_password(SERVICE, USERNAME)
    except KeyringError as exc:
        log.info("keyring unavailable (%s); trying the environment", type(exc).__name__)
        stored = None
    if stored:
        return ApiKey(stored, KeySource.KEYRING)
    for var in ENV_VARS:
        value = os.environ.get(var, "").strip()
        if value:
            return ApiKey(value, KeySource.ENVIRONMENT, var)
    return None


def save_api_key(value: str) -> None:
    """Store the key in the keyring; raises KeyringUnavailableError when there is none."""
    value = value.strip()
    if not value:
        raise ValueError(QT_TRANSLATE_NOOP("core.system", "The API key is empty."))
    try:
        keyring.set_password(SERVICE, USERNAME, value)
    except KeyringError as exc:
        raise KeyringUnavailableError(_NO_KEYRING) from exc


def delete_api_key() -> None:
    try:
        keyring.delete_password(SERVICE, USERNAME)
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise KeyringUnavailableError(_NO_KEYRING) from exc
