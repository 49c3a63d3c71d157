"""The demo Gemini server, exercised through the REAL google-genai SDK (raw HTTP where the SDK can't go)."""

from __future__ import annotations

import base64
import http.client
import io
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx2
import pytest
from google.genai import errors, types
from PIL import Image

from cutie_app.demo import schema
from cutie_app.demo import server as server_mod
from cutie_app.demo.models import MODELS, SHUT_DOWN_MODELS
from cutie_app.demo.placeholder import draw_placeholder
from cutie_app.demo.server import DemoServer, Fault, quota_details

PRO = "gemini-3-pro-image"
FLASH = "gemini-3.1-flash-image"
REPO = Path(__file__).resolve().parents[2]


def image_cfg(ratio: str | None = "16:9", size: str | None = "2K", **kwargs) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        response_modalities=["TEXT", "IMAGE"],
        image_config=types.ImageConfig(aspect_ratio=ratio, image_size=size),
        **kwargs,
    )


def parts_of(resp: types.GenerateContentResponse) -> list[types.Part]:
    return list(resp.candidates[0].content.parts or [])


def final_image(resp: types.GenerateContentResponse) -> bytes:
    images = [p.inline_data.data for p in parts_of(resp) if p.inline_data is not None and not p.thought]
    assert len(images) == 1
    return images[0]


def png_bytes(size: tuple[int, int] = (32, 32), color: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return out.getvalue()


def expect_api_error(
    call, exc_type: type[errors.APIError], code: int, status: str, message: str
) -> errors.APIError:
    with pytest.raises(exc_type) as info:
        call()
    assert (info.value.code, info.value.status, info.value.message) == (code, status, message)
    return info.value


# --- success path ----------------------------------------------------------------------------------


def test_generate_returns_scaled_demo_png(client, server):
    prompt = "a red-haired girl in a green scarf"
    resp = client.models.generate_content(model=PRO, contents=[prompt], config=image_cfg("16:9", "2K"))

    data = final_image(resp)
    img = Image.open(io.BytesIO(data))
    assert img.format == "PNG"
    assert img.size == (2752 // 4, 1536 // 4)  # nominal 2752x1536 x image_scale 0.25
    # Exactly the placeholder the module draws for this prompt and caption (so: DEMO mark, prompt, caption).
    caption = f"16:9 · 2K (2752×1536 nominal) · take {resp.response_id[:6]}"  # each take differs
    assert data == draw_placeholder(prompt, 688, 384, [], caption)
    assert len(img.convert("RGB").getcolors(maxcolors=1 << 16) or []) > 10  # drawn, not a flat fill
    assert resp.candidates[0].finish_reason == types.FinishReason.STOP
    assert resp.model_version == PRO
    assert server.generate_count == 1


def test_recorded_request_carries_image_config(client, server):
    client.models.generate_content(model=PRO, contents="x", config=image_cfg("16:9", "2K"))
    (req,) = server.requests
    assert req.method == "POST"
    assert req.path == f"/v1beta/models/{PRO}:generateContent"
    assert req.headers["x-goog-api-key"] == "demo-test-key"
    assert req.body["generationConfig"]["imageConfig"] == {"aspectRatio": "16:9", "imageSize": "2K"}
    assert req.body["generationConfig"]["responseModalities"] == ["TEXT", "IMAGE"]


def test_thinking_model_marks_thought_parts_and_signs_the_rest(client, server):
    resp = client.models.generate_content(model=PRO, contents="a cat", config=image_cfg("1:1", "1K"))
    parts = parts_of(resp)
    assert [bool(p.thought) for p in parts] == [True, True, False, False]
    assert parts[0].text.startswith("**Planning**")
    thought_img = Image.open(io.BytesIO(parts[1].inline_data.data))
    final = Image.open(io.BytesIO(parts[3].inline_data.data))
    assert thought_img.width < final.width
    assert parts[1].inline_data.data != parts[3].inline_data.data
    assert parts[2].text.startswith("Here is") and parts[2].text.endswith("(demo)")
    assert parts[0].thought_signature is None and parts[1].thought_signature is None
    assert parts[2].thought_signature == server.text_signature(parts[2].text)
    assert parts[3].thought_signature == server.image_signature(parts[3].inline_data.data)
    assert parts[3].thought_signature.startswith(b"\xfb\xff\xfe")


def test_non_thinking_model_has_no_thought_parts(client):
    resp = client.models.generate_content(
        model="gemini-3.1-flash-lite-image", contents="a cat", config=image_cfg("1:8", "1K")
    )
    assert not any(p.thought for p in parts_of(resp))
    assert resp.usage_metadata.thoughts_token_count is None
    assert Image.open(io.BytesIO(final_image(resp))).size == (96, 768)  # 384x3072 nominal


def test_image_only_modality_omits_text_part(client):
    cfg = types.GenerateContentConfig(response_modalities=["IMAGE"])
    resp = client.models.generate_content(model=FLASH, contents="a cat", config=cfg)
    assert [p.text is not None for p in parts_of(resp) if not p.thought] == [False]


@pytest.mark.parametrize(
    ("model", "size", "tokens"),
    [
        (PRO, "2K", 1120),
        (PRO, "4K", 2000),
        (FLASH, "512", 747),
        (FLASH, "2K", 1680),
        ("gemini-2.5-flash-image", None, 1290),
    ],
)
def test_usage_metadata(client, model, size, tokens):
    resp = client.models.generate_content(
        model=model, contents=[png_bytes_part(), "twelve chars"], config=image_cfg("1:1", size)
    )
    usage = resp.usage_metadata
    assert usage.candidates_token_count == tokens
    assert usage.prompt_token_count == 12 // 4 + 258
    assert [(d.modality, d.token_count) for d in usage.prompt_tokens_details] == [
        (types.MediaModality.TEXT, 3),
        (types.MediaModality.IMAGE, 258),
    ]
    assert usage.candidates_tokens_details[0].modality == types.MediaModality.IMAGE
    thoughts = usage.thoughts_token_count or 0
    assert (thoughts > 0) == MODELS[model].thinking
    assert usage.total_token_count == usage.prompt_token_count + tokens + thoughts


def png_bytes_part() -> types.Part:
    return types.Part.from_bytes(data=png_bytes(), mime_type="image/png")


def test_response_ids_are_unique(client):
    ids = {client.models.generate_content(model=FLASH, contents="x").response_id for _ in range(3)}
    assert len(ids) == 3
    assert all(len(i) == 22 for i in ids)


def test_input_image_ratio_is_used_when_no_ratio_is_given(client):
    source = Image.new("RGB", (300, 200), (255, 0, 0))
    resp = client.models.generate_content(model=FLASH, contents=[source, "make it night"])
    img = Image.open(io.BytesIO(final_image(resp))).convert("RGB")
    assert img.size == (1248 // 4, 832 // 4)  # 3:2 at area ~1024^2, sides rounded to 16
    # The input appears as a thumbnail along the bottom edge.
    bottom = img.crop((0, img.height * 3 // 4, img.width // 2, img.height))
    assert any(r > 200 and g < 50 and b < 50 for r, g, b in bottom.get_flattened_data())


def test_extreme_ratio_is_drawn_at_least_64_px(client):
    resp = client.models.generate_content(model=FLASH, contents="banner", config=image_cfg("8:1", "512"))
    assert Image.open(io.BytesIO(final_image(resp))).size == (384, 64)


def test_accepted_variants(client):
    # extreme ratio and 512 on 3.1 Flash and 1:8 at 4K on 2.1; lite takes a seed (ignored) at 1K; 2.5 without size.
    client.models.generate_content(model=FLASH, contents="x", config=image_cfg("4:1", "512"))
    client.models.generate_content(
        model="gemini-nano-banana-2.1", contents="x", config=image_cfg("1:8", "4K")
    )
    client.models.generate_content(
        model="gemini-3.1-flash-lite-image", contents="x", config=image_cfg("9:16", "1K", seed=42)
    )
    client.models.generate_content(
        model="gemini-2.5-flash-image", contents="x", config=image_cfg("21:9", None)
    )
    client.models.generate_content(
        model="gemini-4-flash-image-exp", contents="x", config=image_cfg("1:4", "512")
    )


def test_text_model_answers_text(client):
    resp = client.models.generate_content(model="gemini-3-flash", contents="hello")
    assert "(demo)" in resp.text
    assert all(p.inline_data is None for p in parts_of(resp))
    cfg = types.GenerateContentConfig(response_mime_type="application/json")
    resp = client.models.generate_content(model="gemini-3-flash", contents="hello", config=cfg)
    assert json.loads(resp.text) == {"ok": True}


def test_text_model_answers_a_checklist_schema_with_every_listed_trait(client):
    schema = types.Schema(
        type="OBJECT",
        properties={
            "items": types.Schema(
                type="ARRAY",
                items=types.Schema(
                    type="OBJECT",
                    properties={"trait": types.Schema(type="STRING"), "verdict": types.Schema(type="STRING")},
                ),
            ),
            "summary": types.Schema(type="STRING"),
        },
    )
    cfg = types.GenerateContentConfig(response_mime_type="application/json", response_schema=schema)
    prompt = "Check it.\nTRAITS\n- hair: Hair = orange\n- never_1: Never 1 = does not show: hats\nnot a trait"

    def ask(image: bytes) -> dict:
        part = types.Part.from_bytes(data=image, mime_type="image/png")
        resp = client.models.generate_content(model="gemini-3-flash", contents=[part, prompt], config=cfg)
        return json.loads(resp.text)

    first = ask(png_bytes(color="red"))
    assert [i["trait"] for i in first["items"]] == ["hair", "never_1"]
    assert {i["verdict"] for i in first["items"]} <= {"match", "mismatch", "unclear"}
    assert "Demo answer" in first["summary"]
    assert ask(png_bytes(color="red")) == first  # deterministic per image

    bad = client.models.generate_content(
        model="gemini-3-flash", contents=f"{prompt} [demo:bad-json]", config=cfg
    )
    with pytest.raises(ValueError):
        json.loads(bad.text)


def test_image_payload_replaces_the_drawn_placeholder(make_client):
    payload = png_bytes((300, 200), "blue")
    with DemoServer(image_payload=payload) as srv:
        client = make_client(srv)
        resp = client.models.generate_content(model=PRO, contents="x", config=image_cfg("1:1", "4K"))
        image_part = next(p for p in parts_of(resp) if p.inline_data is not None and not p.thought)
        assert image_part.inline_data.data == payload
        assert image_part.thought_signature == srv.image_signature(payload)


def test_jpeg_payload_is_sent_as_jpeg_beside_the_thought_image(make_client):
    buf = io.BytesIO()
    Image.new("RGB", (320, 240), "orange").save(buf, "JPEG", quality=90)
    payload = buf.getvalue()
    with DemoServer(image_payload=payload) as srv:
        client = make_client(srv)
        for _ in range(2):  # the second answer reuses the drawn thought image and the encoded payload
            resp = client.models.generate_content(model=PRO, contents="x", config=image_cfg("1:1", "4K"))
            thoughts = [p for p in parts_of(resp) if p.inline_data is not None and p.thought]
            (final,) = [p for p in parts_of(resp) if p.inline_data is not None and not p.thought]
            assert final.inline_data.mime_type == "image/jpeg"
            assert final.inline_data.data == payload
            assert len(thoughts) == 1 and Image.open(io.BytesIO(thoughts[0].inline_data.data)).format == "PNG"


def test_count_tokens(client, server):
    resp = client.models.count_tokens(model=FLASH, contents=[png_bytes_part(), "twelve chars"])
    assert resp.total_tokens == 3 + 258
    assert server.requests[-1].path == f"/v1beta/models/{FLASH}:countTokens"
    assert server.generate_count == 0


def test_v1_prefix_is_served(server, make_client):
    client = make_client(server, version="v1")
    client.models.generate_content(model=FLASH, contents="x")
    assert server.requests[-1].path == f"/v1/models/{FLASH}:generateContent"
    expect_api_error(
        lambda: client.models.generate_content(model="gemini-3-pro-image-preview", contents="x"),
        errors.ClientError,
        404,
        "NOT_FOUND",
        server_mod.MSG_NOT_FOUND.format(model="gemini-3-pro-image-preview", version="v1"),
    )


# --- validation errors -----------------------------------------------------------------------------

R10_TEXT = "'1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9' or '21:9'"
SIZE_PREFIX = "* GenerateContentRequest.generation_config.image_config.image_size: "


@pytest.mark.parametrize(
    ("model", "config", "message"),
    [
        (FLASH, image_cfg(candidate_count=2), "Multiple candidates is not enabled for this model"),
        (
            PRO,
            image_cfg(seed=7),
            "Invalid JSON payload received. Unknown name \"seed\" at 'generation_config': Cannot find field.",
        ),
        (
            "gemini-2.5-flash-image",
            image_cfg(size=None, seed=7),
            "Invalid JSON payload received. Unknown name \"seed\" at 'generation_config': Cannot find field.",
        ),
        (
            FLASH,
            image_cfg(seed=7),
            "Invalid JSON payload received. Unknown name \"seed\" at 'generation_config': Cannot find field.",
        ),
        (
            "gemini-nano-banana-2.1",
            image_cfg(size="1K", seed=7),
            "Invalid JSON payload received. Unknown name \"seed\" at 'generation_config': Cannot find field.",
        ),
        (
            "gemini-3.1-flash-lite-image",
            image_cfg(size="1K", seed=2**40),
            "Invalid value at 'generation_config.seed' (TYPE_INT32), 1099511627776",
        ),
        (
            PRO,
            image_cfg("1:4", "1K"),
            "* GenerateContentRequest.generation_config.image_config.aspect_ratio: "
            f"aspect_ratio must be one of {R10_TEXT}.",
        ),
        (FLASH, image_cfg("1:1", "1k"), f"{SIZE_PREFIX}image_size must be one of '512', '1K', '2K' or '4K'."),
        (
            "gemini-nano-banana-2.1",
            image_cfg("1:1", "512"),
            f"{SIZE_PREFIX}image_size must be one of '1K', '2K' or '4K'.",
        ),
        (
            "gemini-3.1-flash-lite-image",
            image_cfg("1:1", "2K"),
            f"{SIZE_PREFIX}image_size must be one of '1K'.",
        ),
        (
            "gemini-2.5-flash-image",
            image_cfg("1:1", "1K"),
            f"{SIZE_PREFIX}image_size is not supported for this model.",
        ),
    ],
    ids=[
        "candidates",
        "seed-pro",
        "seed-2.5",
        "seed-nano-banana-2",
        "seed-nano-banana-2.1",
        "seed-int32",
        "ratio",
        "size-case",
        "size-512",
        "size-lite",
        "size-2.5",
    ],
)
def test_config_errors(client, server, model, config, message):
    expect_api_error(
        lambda: client.models.generate_content(model=model, contents="x", config=config),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        message,
    )
    assert server.generate_count == 0


def test_too_many_images(client):
    client.models.generate_content(model=FLASH, contents=[*[png_bytes_part()] * 14, "ok"])
    expect_api_error(
        lambda: client.models.generate_content(model=FLASH, contents=[*[png_bytes_part()] * 15, "x"]),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        "Too many images in the request: 15. This model accepts at most 14 input images.",
    )


@pytest.mark.parametrize("model", [*sorted(SHUT_DOWN_MODELS), "no-such-model"])
def test_shut_down_and_unknown_models_are_404(client, model):
    expect_api_error(
        lambda: client.models.generate_content(model=model, contents="x"),
        errors.ClientError,
        404,
        "NOT_FOUND",
        f"models/{model} is not found for API version v1beta, or is not supported for generateContent. "
        "Call ListModels to see the list of available models and their supported methods.",
    )


def test_invalid_api_key(make_client):
    with DemoServer(api_keys={"good-key"}) as srv:
        make_client(srv, api_key="good-key").models.generate_content(model=FLASH, contents="x")
        err = expect_api_error(
            lambda: make_client(srv, api_key="bad-key").models.generate_content(model=FLASH, contents="x"),
            errors.ClientError,
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
        )
    (detail,) = err.details["error"]["details"]
    assert detail["reason"] == "API_KEY_INVALID"
    assert detail["@type"] == "type.googleapis.com/google.rpc.ErrorInfo"


def test_missing_key_bad_json_and_unknown_paths_are_google_shaped(raw):
    status, headers, body = raw(
        "POST", f"/v1beta/models/{FLASH}:generateContent", {"contents": []}, {"x-goog-api-key": None}
    )
    assert status == 403
    assert body["error"]["status"] == "PERMISSION_DENIED"
    assert body["error"]["message"].startswith("Method doesn't allow unregistered callers")
    assert headers["content-type"].startswith("application/json")

    status, _, body = raw("POST", f"/v1beta/models/{FLASH}:generateContent", b"{not json")
    assert (status, body["error"]) == (
        400,
        {
            "code": 400,
            "message": "Invalid JSON payload received. Unexpected token.",
            "status": "INVALID_ARGUMENT",
        },
    )
    for path in ("/v1beta/files", "/v2/models", f"/v1beta/models/{FLASH}:streamGenerateContent", "/"):
        status, _, body = raw("GET", path)
        assert status == 404
        assert body["error"]["code"] == 404 and body["error"]["status"] == "NOT_FOUND"


def test_aspect_ratio_at_top_level_is_unknown_field(raw):
    body = {
        "contents": [{"role": "user", "parts": [{"text": "x"}]}],
        "generationConfig": {"aspectRatio": "16:9"},
    }
    status, _, payload = raw("POST", f"/v1beta/models/{FLASH}:generateContent", body)
    assert status == 400
    assert payload["error"]["message"] == (
        "Invalid JSON payload received. Unknown name \"aspectRatio\" at 'generation_config': "
        "Cannot find field."
    )


@pytest.mark.parametrize(
    ("trigger", "exc_type", "code", "status", "message"),
    [
        ("[demo:region]", errors.ClientError, 400, "FAILED_PRECONDITION", server_mod.MSG_REGION),
        ("[demo:quota]", errors.ClientError, 429, "RESOURCE_EXHAUSTED", server_mod.MSG_QUOTA),
        (
            "[demo:overloaded]",
            errors.ServerError,
            503,
            "UNAVAILABLE",
            "The model is overloaded. Please try again later.",
        ),
    ],
)
def test_error_triggers(client, server, trigger, exc_type, code, status, message):
    err = expect_api_error(
        lambda: client.models.generate_content(model=PRO, contents=f"a cat {trigger}"),
        exc_type,
        code,
        status,
        message,
    )
    if code == 429:
        types_ = [d["@type"].rsplit(".", 1)[-1] for d in err.details["error"]["details"]]
        assert types_ == ["QuotaFailure", "Help", "RetryInfo"]
        assert err.details["error"]["details"][2]["retryDelay"] == "26s"
    assert server.generate_count == 0


# --- strict like the service: fields, modalities, image parts, size ------------------------------------

GEN = f"/v1beta/models/{FLASH}:generateContent"


def user_body(*parts: dict, **extra: object) -> dict:
    return {"contents": [{"role": "user", "parts": list(parts)}], **extra}


def unknown(name: str, at: str = "") -> str:
    where = f" at '{at}'" if at else ""
    return f'Invalid JSON payload received. Unknown name "{name}"{where}: Cannot find field.'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (user_body({"text": "x"}, temperatureX=1), unknown("temperatureX")),
        (user_body({"text": "x"}, generationConfig={"imageConfig": {"personGeneration": "ALLOW_ALL"}}),
         unknown("personGeneration", "generation_config.image_config")),
        (user_body({"text": "x"}, generation_config={"image_config": {"output_mime_type": "image/png"}}),
         unknown("output_mime_type", "generation_config.image_config")),
        (user_body({"text": "x", "caption": "y"}), unknown("caption", "contents[0].parts[0]")),
        (user_body({"inlineData": {"mimeType": "image/png", "data": "", "name": "a.png"}}),
         unknown("name", "contents[0].parts[0].inline_data")),
        (user_body({"text": "x"}, generationConfig={"thinkingConfig": {"level": "HIGH"}}),
         unknown("level", "generation_config.thinking_config")),
        (user_body({"text": "x"}, generationConfig={"numberOfImages": 2, "seedValue": 1}),
         unknown("numberOfImages", "generation_config") + "\n" + unknown("seedValue", "generation_config")),
    ],
    ids=["root", "image-config", "snake-case", "part", "blob", "thinking", "two-at-once"],
)  # fmt: skip
def test_unknown_fields_at_any_depth_are_refused_like_the_service(raw, server, body, message):
    status, _, payload = raw("POST", GEN, body)
    assert (status, payload["error"]["status"], payload["error"]["message"]) == (
        400,
        "INVALID_ARGUMENT",
        message,
    )
    assert server.generate_count == 0


def test_known_fields_pass_in_camel_and_snake_case(raw):
    png = base64.b64encode(png_bytes()).decode()
    body = {
        "contents": [{"role": "user", "parts": [{"inline_data": {"mime_type": "image/png", "data": png}},
                                                {"text": "x"}]}],
        "generation_config": {
            "response_modalities": ["TEXT", "IMAGE"],
            "image_config": {"aspect_ratio": "1:1", "image_size": "1K"},
            "thinking_config": {"include_thoughts": True},
            "temperature": 1.0,
        },
        "safetySettings": [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_NONE"}],
    }  # fmt: skip
    status, _, payload = raw("POST", GEN, body)
    assert status == 200, payload


def test_an_unknown_field_from_the_real_sdk_is_refused(server, make_client):
    client = make_client(server)
    config = image_cfg(http_options=types.HttpOptions(extra_body={"generationConfig": {"styleStrength": 3}}))
    expect_api_error(
        lambda: client.models.generate_content(model=FLASH, contents="x", config=config),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        unknown("styleStrength", "generation_config"),
    )


def test_response_modalities_are_checked_per_model(client, server):
    resp = client.models.generate_content(
        model=FLASH, contents="x", config=types.GenerateContentConfig(response_modalities=["Image"])
    )
    assert final_image(resp)  # the cookbook's mixed case is fine
    enum = "type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality"
    for model, modalities, message in (
        (FLASH, ["TEXT", "PICTURE"], f"Invalid value at 'generation_config.response_modalities[1]' ({enum}), \"PICTURE\""),
        (FLASH, ["AUDIO"], "Model does not support the requested response modalities: audio"),
        ("gemini-3-flash", ["TEXT", "IMAGE"], "Model does not support the requested response modalities: image"),
    ):  # fmt: skip
        expect_api_error(
            lambda model=model, modalities=modalities: client.models.generate_content(
                model=model, contents="x", config=types.GenerateContentConfig(response_modalities=modalities)
            ),
            errors.ClientError,
            400,
            "INVALID_ARGUMENT",
            message,
        )
    assert server.generate_count == 1


def gif_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(out, format="GIF")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "mime", "message"),
    [
        (gif_bytes(), "image/gif", "Unsupported MIME type: image/gif"),
        (b"%PDF-1.4 not for an image model", "application/pdf", "Unsupported MIME type: application/pdf"),
        (png_bytes(), "image/jpeg", schema.MSG_BAD_IMAGE),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png", schema.MSG_BAD_IMAGE),
        (png_bytes()[:-20], "image/png", schema.MSG_BAD_IMAGE),
        (b"not an image at all", "image/webp", schema.MSG_BAD_IMAGE),
    ],
    ids=["gif", "pdf", "png-called-jpeg", "garbage-png", "truncated-png", "garbage-webp"],
)
def test_input_images_must_be_a_type_the_model_takes_and_be_that_image(client, server, data, mime, message):
    part = types.Part.from_bytes(data=data, mime_type=mime)
    expect_api_error(
        lambda: client.models.generate_content(model=FLASH, contents=[part, "x"]),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        message,
    )
    assert server.generate_count == 0


def test_a_text_model_reads_a_pdf_but_still_checks_images(client):
    pdf = types.Part.from_bytes(data=b"%PDF-1.4 demo", mime_type="application/pdf")
    assert client.models.generate_content(model="gemini-3-flash", contents=[pdf, "summarise"]).text
    bad = types.Part.from_bytes(data=png_bytes(), mime_type="image/webp")
    with pytest.raises(errors.ClientError, match="Unable to process input image"):
        client.models.generate_content(model="gemini-3-flash", contents=[bad, "describe"])


def test_a_text_part_sent_back_without_its_signature_is_refused(client):
    history = _history(client)
    stripped = history[1].model_copy(deep=True)
    assert stripped.parts[2].text and stripped.parts[2].thought_signature
    stripped.parts[2].thought_signature = None
    expect_api_error(
        lambda: client.models.generate_content(model=PRO, contents=[history[0], stripped, history[2]]),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        "Text part is missing a thought_signature in content position 2, part position 3. Please refer "
        "to https://ai.google.dev/gemini-api/docs/thought-signatures#model-behavior for more details.",
    )
    # A model turn the server never wrote (no signature was ever issued for it) is left alone.
    made_up = types.Content(role="model", parts=[types.Part.from_text(text="Sure, here you go.")])
    assert final_image(client.models.generate_content(model=PRO, contents=[history[0], made_up, history[2]]))


def test_requests_over_the_size_limit_are_refused(make_client, raw):
    limit = schema.MAX_REQUEST_BYTES
    assert limit == 100_000_000  # the service's 100 MB (API_FACTS §8)
    head, tail = b'{"contents": [{"parts": [{"text": "', b'"}]}]}'
    status, _, payload = raw("POST", GEN, head + b"a" * (limit + 1 - len(head) - len(tail)) + tail)
    assert (status, payload["error"]["message"]) == (
        400,
        "Request payload size exceeds the limit: 100000000 bytes.",
    )
    # Through the real SDK, against a server with a small limit (a real 100 MB body is slow to build).
    with DemoServer(max_request_bytes=400_000) as small:
        client = make_client(small)
        noise = Image.frombytes("RGB", (300, 300), os.urandom(300 * 300 * 3))
        out = io.BytesIO()
        noise.save(out, format="PNG")
        part = types.Part.from_bytes(data=out.getvalue(), mime_type="image/png")  # ~270 KB, ~360 KB as base64
        assert final_image(client.models.generate_content(model=FLASH, contents=[part, "x"]))
        expect_api_error(
            lambda: client.models.generate_content(model=FLASH, contents=[part, part, "x"]),
            errors.ClientError,
            400,
            "INVALID_ARGUMENT",
            "Request payload size exceeds the limit: 400000 bytes.",
        )
        assert small.generate_count == 1 and small.requests[-1].body is None


def test_embedding_models_are_listed_but_do_not_generate(client):
    with pytest.raises(errors.ClientError) as info:
        client.models.generate_content(model="gemini-embedding-001", contents="x")
    assert info.value.code == 404 and "not supported for generateContent" in info.value.message


# --- safety outcomes (HTTP 200) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("trigger", "reason"),
    [
        ("[demo:image-safety]", types.FinishReason.IMAGE_SAFETY),
        ("[demo:prohibited]", types.FinishReason.IMAGE_PROHIBITED_CONTENT),
        ("[demo:no-image]", types.FinishReason.NO_IMAGE),
        ("[demo:image-other]", types.FinishReason.IMAGE_OTHER),
    ],
)
def test_safety_triggers_are_http_200_without_parts(client, server, trigger, reason):
    resp = client.models.generate_content(model=PRO, contents=f"something {trigger}", config=image_cfg())
    (candidate,) = resp.candidates
    assert candidate.finish_reason == reason
    # SDK 3.4.0 does not map `finishMessage` on the Developer API path; the wire carries it (checked below).
    assert candidate.finish_message is None
    assert candidate.content.role == "model" and candidate.content.parts is None
    assert resp.parts is None
    assert resp.usage_metadata.candidates_token_count is None
    assert resp.usage_metadata.total_token_count == resp.usage_metadata.prompt_token_count
    assert server.generate_count == 1


def test_safety_trigger_wire_format(raw):
    body = {"contents": [{"role": "user", "parts": [{"text": "x [demo:image-safety]"}]}]}
    status, _, payload = raw("POST", f"/v1beta/models/{PRO}:generateContent", body)
    assert status == 200
    assert payload["candidates"] == [
        {
            "content": {"role": "model"},
            "finishReason": "IMAGE_SAFETY",
            "finishMessage": "Unable to show the generated image. The image was filtered out because it "
            "violated Google's Generative AI Prohibited Use policy. (demo)",
            "index": 0,
        }
    ]
    assert set(payload) == {"candidates", "usageMetadata", "modelVersion", "responseId"}
    assert set(payload["usageMetadata"]) == {"promptTokenCount", "totalTokenCount", "promptTokensDetails"}


def test_prompt_blocked(client):
    resp = client.models.generate_content(model=PRO, contents="x [demo:prompt-blocked]")
    assert resp.candidates is None
    assert resp.prompt_feedback.block_reason == types.BlockedReason.PROHIBITED_CONTENT


def test_text_only_trigger(client):
    resp = client.models.generate_content(model=PRO, contents="x [demo:text-only]", config=image_cfg())
    assert resp.candidates[0].finish_reason == types.FinishReason.STOP
    assert [p.text for p in parts_of(resp)] == ["I can describe her, but here is no image. (demo)"]


def test_triggers_only_read_the_last_user_turn(client):
    history = [
        types.Content(role="user", parts=[types.Part.from_text(text="[demo:overloaded]")]),
        types.Content(role="model", parts=[types.Part.from_text(text="ok")]),
        types.Content(role="user", parts=[types.Part.from_text(text="fine now")]),
    ]
    assert final_image(client.models.generate_content(model=FLASH, contents=history))


# --- multi-turn and thought signatures ---------------------------------------------------------------


def _history(client, model: str = PRO) -> list[types.Content]:
    first = client.models.generate_content(model=model, contents="draw a cat", config=image_cfg())
    return [
        types.Content(role="user", parts=[types.Part.from_text(text="draw a cat")]),
        first.candidates[0].content,
        types.Content(role="user", parts=[types.Part.from_text(text="now make it blue")]),
    ]


def test_multi_turn_history_passes_and_survives_json_round_trip(client, server):
    history = _history(client)
    client.models.generate_content(model=PRO, contents=history, config=image_cfg())
    sent = server.requests[-1].body["contents"][1]["parts"]
    assert sent[3]["thoughtSignature"].startswith("-__-")  # the SDK sends URL-safe base64
    # Persisted the way the app stores sessions, then restored.
    restored = [
        types.Content.model_validate(json.loads(json.dumps(c.model_dump(mode="json")))) for c in history
    ]
    client.models.generate_content(model=PRO, contents=restored, config=image_cfg())


def test_chat_session_round_trips_signatures(client, server):
    chat = client.chats.create(model=FLASH, config=image_cfg("1:1", "1K"))
    chat.send_message("a cat")
    chat.send_message("make it blue")
    model_turn = server.requests[-1].body["contents"][1]
    assert model_turn["role"] == "model"
    assert [("thought" in p, "thoughtSignature" in p) for p in model_turn["parts"]] == [
        (True, False),
        (True, False),
        (False, True),
        (False, True),
    ]


def test_missing_image_signature_is_rejected(client):
    history = _history(client)
    stripped = history[1].model_copy(deep=True)
    stripped.parts[3].thought_signature = None
    expect_api_error(
        lambda: client.models.generate_content(model=PRO, contents=[history[0], stripped, history[2]]),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        "Image part is missing a thought_signature in content position 2, part position 4. Please refer "
        "to https://ai.google.dev/gemini-api/docs/thought-signatures#model-behavior for more details.",
    )


@pytest.mark.parametrize("part_index", [2, 3], ids=["text", "image"])
def test_flipped_signature_byte_is_rejected(client, part_index):
    history = _history(client)
    tampered = history[1].model_copy(deep=True)
    sig = bytearray(tampered.parts[part_index].thought_signature)
    sig[-1] ^= 0x01
    tampered.parts[part_index].thought_signature = bytes(sig)
    expect_api_error(
        lambda: client.models.generate_content(model=PRO, contents=[history[0], tampered, history[2]]),
        errors.ClientError,
        400,
        "INVALID_ARGUMENT",
        "Thought signature is not valid.",
    )


def test_re_encoded_image_fails_its_signature(client):
    history = _history(client)
    tampered = history[1].model_copy(deep=True)
    img = Image.open(io.BytesIO(tampered.parts[3].inline_data.data))
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=9)
    tampered.parts[3].inline_data.data = out.getvalue()
    with pytest.raises(errors.ClientError, match="Thought signature is not valid"):
        client.models.generate_content(model=PRO, contents=[history[0], tampered, history[2]])


def test_signatures_verify_in_a_new_server_with_the_same_secret(client, make_client):
    history = _history(client)
    with DemoServer() as second:
        make_client(second).models.generate_content(model=PRO, contents=history)
    with DemoServer(signature_secret=b"other") as third, pytest.raises(errors.ClientError, match="not valid"):
        make_client(third).models.generate_content(model=PRO, contents=history)


@pytest.mark.parametrize("padded", [True, False])
def test_standard_base64_signatures_are_accepted(client, raw, padded):
    history = _history(client)
    parts = []
    for part in history[1].parts:
        if part.thought:
            continue

        def b64(data: bytes) -> str:
            text = base64.b64encode(data).decode()
            return text if padded else text.rstrip("=")

        if part.inline_data is not None:
            parts.append(
                {
                    "inlineData": {"mimeType": "image/png", "data": b64(part.inline_data.data)},
                    "thoughtSignature": b64(part.thought_signature),
                }
            )
        else:
            parts.append({"text": part.text, "thoughtSignature": b64(part.thought_signature)})
    body = {
        "contents": [
            {"role": "user", "parts": [{"text": "draw a cat"}]},
            {"role": "model", "parts": parts},
            {"role": "user", "parts": [{"text": "blue"}]},
        ]
    }
    status, _, payload = raw("POST", f"/v1beta/models/{PRO}:generateContent", body)
    assert status == 200, payload
    assert payload["candidates"][0]["finishReason"] == "STOP"


def test_empty_model_turn_is_rejected(client):
    history = [
        types.Content(role="user", parts=[types.Part.from_text(text="x")]),
        types.Content(role="model", parts=[]),
        types.Content(role="user", parts=[types.Part.from_text(text="y")]),
    ]
    with pytest.raises(errors.ClientError, match="must not be empty") as info:
        client.models.generate_content(model=FLASH, contents=history)
    assert info.value.code == 400


# --- models.list / models.get ------------------------------------------------------------------------


def test_models_list_paginates_and_hides_shut_down_models(client, server):
    models = list(client.models.list(config={"page_size": 2}))
    names = [m.name for m in models]
    assert names == [f"models/{mid}" for mid in MODELS]
    assert not {f"models/{mid}" for mid in SHUT_DOWN_MODELS} & set(names)
    pro = models[0]
    assert pro.display_name == "Nano Banana Pro"
    assert pro.supported_actions == ["generateContent", "countTokens"]
    assert pro.input_token_limit and pro.output_token_limit and pro.version and pro.description
    embedding = models[-1]
    assert embedding.supported_actions == ["embedContent", "countTextTokens"]

    lists = [r for r in server.requests if r.method == "GET"]
    assert len(lists) == 4  # 8 models, 2 per page
    assert all(r.query["pageSize"] == "2" for r in lists)
    assert "pageToken" not in lists[0].query and all("pageToken" in r.query for r in lists[1:])


def test_models_list_last_page_has_no_token(raw):
    status, _, body = raw("GET", "/v1beta/models?pageSize=100")
    assert status == 200 and "nextPageToken" not in body and len(body["models"]) == len(MODELS)


def test_models_get(client):
    model = client.models.get(model="gemini-4-flash-image-exp")
    assert model.display_name == "Gemini 4 Flash Image (experimental)"
    with pytest.raises(errors.ClientError) as info:
        client.models.get(model="imagen-4.0-generate-001")
    assert (info.value.code, info.value.status) == (404, "NOT_FOUND")


# --- fault injection -----------------------------------------------------------------------------------


def test_drop_connection_raises_transport_error_and_server_survives(client, server):
    server.inject(Fault(drop_connection=True))
    with pytest.raises(httpx2.TransportError):
        client.models.generate_content(model=FLASH, contents="x")
    assert server.generate_count == 0
    assert final_image(client.models.generate_content(model=FLASH, contents="x"))


def test_an_answer_cut_off_mid_body_was_made_and_counts_as_billed(client, server):
    server.inject(Fault(cut_off=True))
    with pytest.raises(httpx2.TransportError):  # the sync client's transport: the body ended early
        client.models.generate_content(model=FLASH, contents="x")
    assert (server.generate_count, server.cut_off_count) == (1, 1)
    assert final_image(client.models.generate_content(model=FLASH, contents="x"))  # one-shot
    for _ in range(2):  # the prompt trigger cuts off every answer to it
        with pytest.raises(httpx2.TransportError):
            client.models.generate_content(model=FLASH, contents="Little Orange [demo:drop]")
    assert (server.generate_count, server.cut_off_count) == (4, 3)


def test_a_cut_off_answer_sends_its_headers_and_half_its_body(server):
    server.inject(Fault(cut_off=True))
    url = urlsplit(server.base_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    body = json.dumps({"contents": [{"role": "user", "parts": [{"text": "x"}]}]})
    conn.request("POST", GEN, body=body, headers={"x-goog-api-key": "k", "content-type": "application/json"})
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Connection") == "close"
    promised = int(resp.getheader("Content-Length"))
    with pytest.raises(http.client.IncompleteRead) as info:
        resp.read()
    assert 0 < len(info.value.partial) <= promised // 2 + 1
    conn.close()


@pytest.mark.parametrize(
    ("status", "exc_type", "grpc", "message"),
    [
        (400, errors.ClientError, "INVALID_ARGUMENT", "Request contains an invalid argument."),
        (403, errors.ClientError, "PERMISSION_DENIED", server_mod.MSG_UNREGISTERED),
        (
            404,
            errors.ClientError,
            "NOT_FOUND",
            server_mod.MSG_NOT_FOUND.format(model=FLASH, version="v1beta"),
        ),
        (429, errors.ClientError, "RESOURCE_EXHAUSTED", server_mod.MSG_QUOTA),
        (500, errors.ServerError, "INTERNAL", server_mod.MSG_INTERNAL),
        (503, errors.ServerError, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        (504, errors.ServerError, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete."),
    ],
)
def test_fault_default_texts(client, server, status, exc_type, grpc, message):
    server.inject(Fault(status=status))
    expect_api_error(
        lambda: client.models.generate_content(model=FLASH, contents="x"), exc_type, status, grpc, message
    )
    assert final_image(client.models.generate_content(model=FLASH, contents="x"))  # consumed once


def test_fault_custom_fields_and_precedence_over_validation(client, server):
    server.inject(Fault(400, "custom text", "FAILED_PRECONDITION", details=quota_details(FLASH)))
    err = expect_api_error(
        # candidate_count=2 would be a 400 INVALID_ARGUMENT; the queued fault answers first.
        lambda: client.models.generate_content(
            model=FLASH, contents="x", config=image_cfg(candidate_count=2)
        ),
        errors.ClientError,
        400,
        "FAILED_PRECONDITION",
        "custom text",
    )
    assert len(err.details["error"]["details"]) == 3


def test_model_specific_faults_and_fifo(client, server):
    server.inject(Fault(503, model=FLASH), Fault(500), Fault(429, model=f"models/{PRO}"))
    with pytest.raises(errors.ServerError) as info:
        client.models.generate_content(model=PRO, contents="x")
    assert info.value.code == 500  # the FLASH-only fault was skipped, not consumed
    with pytest.raises(errors.ClientError) as info:
        client.models.generate_content(model=PRO, contents="x")
    assert info.value.code == 429
    client.models.generate_content(model=PRO, contents="x")
    with pytest.raises(errors.ServerError) as info:
        client.models.generate_content(model=FLASH, contents="x")
    assert info.value.code == 503
    client.models.generate_content(model=FLASH, contents="x")
    assert server.generate_count == 2


def test_fault_delay_and_latency_are_honoured(client, server):
    server.inject(Fault(503, delay_s=0.3))
    start = time.monotonic()
    with pytest.raises(errors.ServerError):
        client.models.generate_content(model=FLASH, contents="x")
    assert time.monotonic() - start >= 0.3

    server.latency_s = 0.3
    start = time.monotonic()
    client.models.generate_content(model=FLASH, contents="x")
    assert time.monotonic() - start >= 0.3

    server.latency_s = 0.0
    start = time.monotonic()
    client.models.generate_content(model=FLASH, contents="x [demo:slow=0.3]")
    assert time.monotonic() - start >= 0.3


# --- recording, robustness, lifecycle --------------------------------------------------------------------


def test_every_request_is_recorded(client, server):
    client.models.generate_content(model=FLASH, contents="x")
    list(client.models.list(config={"page_size": 50}))
    with pytest.raises(errors.ClientError):
        client.models.generate_content(model=FLASH, contents="x", config=image_cfg(candidate_count=2))
    reqs = server.requests
    assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in reqs] == [
        ("POST", f"{FLASH}:generateContent"),
        ("GET", "models"),
        ("POST", f"{FLASH}:generateContent"),
    ]
    assert reqs[1].query == {"pageSize": "50"} and reqs[1].body is None
    assert all(k == k.lower() for r in reqs for k in r.headers)
    assert reqs[0].received_at <= reqs[1].received_at <= reqs[2].received_at
    assert server.generate_count == 1
    reqs.clear()  # a copy
    assert len(server.requests) == 3
    server.clear_requests()
    assert server.requests == []


def test_handler_exception_is_a_google_500_and_server_survives(client, server, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(server, "_image_answer", boom)
    expect_api_error(
        lambda: client.models.generate_content(model=FLASH, contents="x"),
        errors.ServerError,
        500,
        "INTERNAL",
        server_mod.MSG_INTERNAL,
    )
    monkeypatch.undo()
    assert final_image(client.models.generate_content(model=FLASH, contents="x"))


def test_keep_alive_and_content_length(server):
    url = urlsplit(server.base_url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
    try:
        for _ in range(2):
            conn.request("GET", "/v1beta/models", headers={"x-goog-api-key": "k"})
            resp = conn.getresponse()
            body = resp.read()
            assert resp.status == 200 and resp.version == 11
            assert int(resp.getheader("Content-Length")) == len(body)
            assert resp.getheader("Connection") != "close"
            assert json.loads(body)["models"]
    finally:
        conn.close()


def test_a_burst_of_connections_waits_in_the_listen_queue():
    """A 16-variant batch opens its connections at once, before the server's accept loop can take
    them. With socketserver's default backlog of 5 the kernel drops the extra SYNs, and those
    clients resend only after a second: a one-second stall in the middle of a batch."""
    httpd = server_mod._HttpServer(("127.0.0.1", 0), DemoServer())  # listening, nothing accepted yet
    clients = [socket.socket() for _ in range(16)]
    try:
        with selectors.DefaultSelector() as sel:
            for sock in clients:
                sock.setblocking(False)
                sock.connect_ex(httpd.server_address[:2])
                sel.register(sock, selectors.EVENT_WRITE)
            connected: set[socket.socket] = set()
            deadline = time.monotonic() + 0.5
            while len(connected) < len(clients) and time.monotonic() < deadline:
                for key, _ in sel.select(timeout=0.05):
                    sock = key.fileobj
                    assert isinstance(sock, socket.socket)
                    if sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0:
                        connected.add(sock)
                    sel.unregister(sock)
        assert len(connected) == len(clients)
    finally:
        for sock in clients:
            sock.close()
        httpd.server_close()


def test_stop_closes_port_promptly_and_is_idempotent(make_client):
    srv = DemoServer().start()
    assert srv.base_url.endswith("/") and srv.base_url.startswith("http://127.0.0.1:")
    port = urlsplit(srv.base_url).port
    make_client(srv).models.generate_content(model=FLASH, contents="x")  # leaves a keep-alive connection open
    start = time.monotonic()
    srv.stop()
    assert time.monotonic() - start < 2
    srv.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_stop_interrupts_a_long_latency(make_client):
    srv = DemoServer(latency_s=30).start()
    client = make_client(srv)
    errors_seen: list[BaseException] = []

    def call() -> None:
        try:
            client.models.generate_content(model=FLASH, contents="x")
        except Exception as exc:  # the dropped answer surfaces as a transport error
            errors_seen.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    time.sleep(0.2)
    start = time.monotonic()
    srv.stop()
    worker.join(5)
    assert time.monotonic() - start < 3
    assert not worker.is_alive()
    assert errors_seen and isinstance(errors_seen[0], httpx2.TransportError)


# --- placeholder -----------------------------------------------------------------------------------------


def test_placeholder_is_deterministic_and_prompt_coloured():
    a = draw_placeholder("a cat", 256, 144, [], "16:9 · 1K (1376×768 nominal)")
    assert a == draw_placeholder("a cat", 256, 144, [], "16:9 · 1K (1376×768 nominal)")
    b = draw_placeholder("a dog", 256, 144, [], "16:9 · 1K (1376×768 nominal)")

    def background(png: bytes) -> tuple[int, int, int]:
        return max(Image.open(io.BytesIO(png)).convert("RGB").getcolors(maxcolors=1 << 16))[1]

    assert background(a) != background(b)


def test_placeholder_thumbnails_and_undecodable_inputs():
    plain = draw_placeholder("p", 320, 320, [], "c")
    with_junk = draw_placeholder("p", 320, 320, [b"not an image"], "c")
    assert with_junk == plain
    with_input = Image.open(io.BytesIO(draw_placeholder("p", 320, 320, [png_bytes((40, 40), "blue")], "c")))
    assert with_input.size == (320, 320)
    pixels = with_input.convert("RGB").crop((0, 240, 160, 320)).get_flattened_data()
    assert any(b > 200 and r < 50 and g < 50 for r, g, b in pixels)


def test_placeholder_is_fast_enough():
    inputs = [png_bytes((256, 256))] * 3
    draw_placeholder("warm up", 64, 64, [], "c")
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        draw_placeholder("x " * 150, 1376 // 4, 768 // 4, inputs, "16:9 · 1K (1376×768 nominal)")
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.05


# --- standalone entry point ------------------------------------------------------------------------------


@pytest.mark.slow
def test_module_runs_standalone_and_stops_on_ctrl_c():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "cutie_app.demo", "--port", "0", "--latency", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    try:
        first = proc.stdout.readline()
        base_url = first.rsplit(" ", 1)[-1].strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/")
        url = urlsplit(base_url)
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
        conn.request("GET", "/v1beta/models", headers={"x-goog-api-key": "k"})
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
