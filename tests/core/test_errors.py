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
    model_list_message,
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
        (400, "INVALID_ARGUMENT", "Request payload size exceeds the limit: 104857600 bytes.", ErrorKind.TOO_LARGE),
        (413, "", "Request Entity Too Large", ErrorKind.TOO_LARGE),
        (400, "INVALID_ARGUMENT", "Unable to process input image. Please retry or report in https://x",
         ErrorKind.BAD_INPUT_IMAGE),
        (400, "INVALID_ARGUMENT", "Unsupported MIME type: image/gif", ErrorKind.BAD_INPUT_IMAGE),
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


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ('Invalid JSON payload received. Unknown name "seed" at \'generation_config\': Cannot find field.', True),
        ("Invalid value at 'generation_config.seed' (TYPE_INT32), 230718326286594", True),
        ("Seed is not supported for this model.", True),
        ("The parameter `seed` is not supported by models/gemini-3-pro-image.", True),
        ("generationConfig.seed: this model does not accept a sampling seed", True),
        ("Request contains an invalid argument.", False),
        ("Unknown name \"seedream\" at 'generation_config': Cannot find field.", False),
        ("The prompt was reseeded", False),
    ],
)  # fmt: skip
def test_any_400_naming_the_seed_field_is_a_refusal(text, refusal):
    assert is_seed_rejection(400, text) is refusal
    message = api_error_message(
        CATALOG, "gemini-3.1-flash-lite-image", ServiceError(400, "INVALID_ARGUMENT", text)
    )
    assert (message.kind is ErrorKind.SEED_REJECTED) is refusal


def test_shut_down_404_names_the_replacement():
    message = api_error_message(CATALOG, "gemini-3-pro-image-preview", ServiceError(404, "NOT_FOUND", "x"))
    assert message.kind is ErrorKind.MODEL_SHUT_DOWN
    assert "gemini-3-pro-image)" in message.action and "2026-06-25" in message.detail


def test_network_messages():
    assert network_message(NetworkError(True, "ReadTimeout"), 600).kind is ErrorKind.TIMEOUT
    offline = network_message(NetworkError(False, "ConnectError: refused"))
    assert offline.kind is ErrorKind.OFFLINE and "works offline" in offline.detail
    assert "billed" not in str(offline)  # nothing left this machine
    assert "cutie --demo" in missing_key_message().action


def test_an_answer_cut_off_says_so_not_check_your_connection():
    error = NetworkError(False, "ClientPayloadError: Response payload is not completed", cut_off=True)
    assert error.reached  # an answer began to arrive, so the request got there
    message = network_message(error)
    assert message.kind is ErrorKind.CUT_OFF and message.retryable
    assert message.title == "The answer was cut off"
    assert "may still have made and billed it (outcome unknown)" in message.detail
    assert "internet connection" not in str(message) and "Cannot reach" not in str(message)
    assert message.technical.startswith("ClientPayloadError")


def test_a_connection_closed_or_timed_out_after_sending_may_be_billed():
    closed = network_message(NetworkError(False, "ServerDisconnectedError", reached=True))
    assert closed.kind is ErrorKind.CUT_OFF and "before any answer came back" in closed.detail
    assert "outcome unknown" in closed.detail and "internet connection" not in str(closed)
    late = network_message(NetworkError(True, "TimeoutError", reached=True), 600)
    assert late.kind is ErrorKind.TIMEOUT and "within 600 seconds" in late.detail and "billed" in late.detail


def test_a_model_list_404_means_the_endpoint_is_not_the_gemini_api():
    message = model_list_message(CATALOG, ServiceError(404, "NOT_FOUND", "Method not found."))
    assert (
        message.title == "The endpoint did not answer like the Gemini API" and "Preferences" in message.action
    )
    key = model_list_message(
        CATALOG, ServiceError(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.")
    )
    assert key.kind is ErrorKind.INVALID_KEY


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
