"""Does this API key work? Ask the service for its model list, the cheapest call there is.

Listing models costs nothing and needs a valid key, so it tells a typo from a working key without
generating (and paying for) an image. The check runs against a scratch catalogue that knows no
models: every image model the service lists then comes back from `refresh_models`, and nothing is
written to the learned-catalogue file (a key test against a proxy or the demo server must not
teach the app's real catalogue about that server's models). Blocking: call it from a worker.
"""

from __future__ import annotations

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import (
    CutieError,
    ErrorKind,
    NetworkError,
    ServiceError,
    UserMessage,
    model_list_message,
    network_message,
)

#: A key test should answer in seconds; a generation's 10-minute limit would look like a hang.
KEY_TEST_TIMEOUT_S = 30.0
#: One retry covers a transient blip; five (the generation default) would keep the user waiting.
KEY_TEST_ATTEMPTS = 2


def test_api_key(api_key: str, base_url: str | None, catalog: ModelCatalog) -> list[str]:
    """Ids of the image models this key may use at `base_url` (None: Google's, or the env override).

    Known models come first in the catalogue's order, then models the catalogue has not verified;
    shut-down models are left out. Raises CutieError with a readable message when the key is
    refused or the service cannot be reached.
    """
    from cutie_app.core.genai.engine import ImageEngine
    from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend

    key = api_key.strip()
    if not key:
        raise CutieError(
            UserMessage(
                ErrorKind.MISSING_KEY,
                QT_TRANSLATE_NOOP("core.generate", "No key to test"),
                QT_TRANSLATE_NOOP("core.generate", "Type or save an API key first."),
            )
        )
    settings = ClientSettings(
        api_key=key,
        base_url=base_url or None,
        timeout_s=KEY_TEST_TIMEOUT_S,
        retry_attempts=KEY_TEST_ATTEMPTS,
    )
    scratch = ModelCatalog((), catalog.default_model)  # no learned_path: writes nothing
    engine = ImageEngine(lambda: GeminiBackend(settings), scratch)
    try:
        listed = engine.refresh_models().result(KEY_TEST_TIMEOUT_S * (KEY_TEST_ATTEMPTS + 1))
    except ServiceError as exc:
        raise CutieError(model_list_message(catalog, exc)) from exc
    except NetworkError as exc:
        raise CutieError(network_message(exc, KEY_TEST_TIMEOUT_S)) from exc
    finally:
        engine.close()
    return _usable_ids(catalog, [info.id for info in listed])


test_api_key.__test__ = False  # type: ignore[attr-defined]  # its name starts with "test_"


def _usable_ids(catalog: ModelCatalog, listed: list[str]) -> list[str]:
    rank = {info.id: n for n, info in enumerate(catalog.selectable())}
    usable = [i for i in dict.fromkeys(listed) if (info := catalog.find(i)) is None or info.usable]
    return sorted(usable, key=lambda i: (rank.get(i, len(rank)), i))
