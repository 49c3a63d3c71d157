"""One readable message per outcome, from plain values (no SDK, no network)."""

from __future__ import annotations

import pytest

from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.errors import (
    ErrorKind,
    NetworkError,
    ServiceError,
    api_error_message,
    finish_message,
    is_seed_rejection,
    missing_key_message,
    network_message,
)

CATALOG = ModelCatalog.load()


@pytest.mark.parametrize(
    ("code", "status", "text", "kind"),
    [
        (400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", ErrorKind.INVALID_KEY),
        (403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers", ErrorKind.PERMISSION),
        (429, "RESOURCE_EXHAUSTED", "You exceeded your current quota", ErrorKind.QUOTA),
        (503, "UNAVAILABLE", "The model is overloaded. Please try again later.", ErrorKind.OVERLOADED),
        (500, "INTERNAL", "An internal error has occurred.", ErrorKind.SERVER),
        (504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.", ErrorKind.TIMEOUT),
        (400, "INVALID_ARGUMENT", "Invalid value at 'generation_config.seed' (TYPE_INT32), 230718326286594",
         ErrorKind.SEED_REJECTED),
        (400, "INVALID_ARGUMENT", 'Invalid JSON payload received. Unknown name "seed" at \'generation_config\': '
         "Cannot find field.", ErrorKind.SEED_REJECTED),
        (400, "INVALID_ARGUMENT", "Image part is missing a thought_signature in content position 2, part position 1.",
         ErrorKind.SIGNATURE_MISSING),
        (400, "FAILED_PRECONDITION", "Image generation is not available in your country.", ErrorKind.REGION_BLOCKED),
        (404, "NOT_FOUND", "models/gemini-x is not found for API version v1beta", ErrorKind.MODEL_NOT_FOUND),
        (400, "INVALID_ARGUMENT", "Multiple candidates is not enabled for this model", ErrorKind.INVALID_REQUEST),
    ],
)  # fmt: skip
def test_service_errors(code, status, text, kind):
    message = api_error_message(CATALOG, "gemini-x", ServiceError(code, status, text))
    assert message.kind is kind
    assert message.title and message.detail
    assert text in message.technical or kind is ErrorKind.SEED_REJECTED
    assert "Traceback" not in str(message)


def test_seed_message_explains_the_alternatives():
    message = api_error_message(
        CATALOG, "gemini-3-pro-image", ServiceError(400, "INVALID_ARGUMENT", 'Unknown name "seed" at x')
    )
    assert "no seed" in message.action and "reference images" in message.action and "anchor" in message.action
    assert is_seed_rejection(400, "Invalid value at 'generation_config.seed' (TYPE_INT32), 1")
    assert not is_seed_rejection(400, "aspect_ratio must be one of ...")
    assert not is_seed_rejection(503, "generation_config.seed")


def test_shut_down_404_names_the_replacement():
    message = api_error_message(CATALOG, "gemini-3-pro-image-preview", ServiceError(404, "NOT_FOUND", "x"))
    assert message.kind is ErrorKind.MODEL_SHUT_DOWN
    assert "gemini-3-pro-image)" in message.action and "2026-06-25" in message.detail


def test_network_messages():
    assert network_message(NetworkError(True, "ReadTimeout"), 600).kind is ErrorKind.TIMEOUT
    offline = network_message(NetworkError(False, "ConnectError: refused"))
    assert offline.kind is ErrorKind.OFFLINE and "works offline" in offline.detail
    assert "cutie --demo" in missing_key_message().action


@pytest.mark.parametrize(
    ("finish", "block", "text", "kind"),
    [
        ("IMAGE_SAFETY", None, "", ErrorKind.SAFETY_BLOCKED),
        ("IMAGE_PROHIBITED_CONTENT", None, "", ErrorKind.SAFETY_BLOCKED),
        ("IMAGE_OTHER", None, "", ErrorKind.SAFETY_BLOCKED),
        ("NO_IMAGE", None, "", ErrorKind.NO_IMAGE),
        ("SAFETY", None, "", ErrorKind.SAFETY_BLOCKED),
        (None, "PROHIBITED_CONTENT", "", ErrorKind.PROMPT_BLOCKED),
        ("STOP", None, "I can describe her instead.", ErrorKind.TEXT_ONLY),
        ("STOP", None, "", ErrorKind.NO_IMAGE),
    ],
)
def test_http_200_without_image(finish, block, text, kind):
    message = finish_message(finish, "server says no", block, False, text)
    assert message is not None and message.kind is kind
    if finish and finish != "STOP":
        assert finish in message.technical


def test_an_image_means_no_problem():
    assert finish_message("STOP", None, None, True, "here you go") is None
