"""Placeholder pictures for the demo server.

The demo answers with real PNG bytes so the app's whole pipeline (decode, thumbnails, save, history)
runs unchanged, but each picture must be unmistakably fake: a big DEMO mark, the prompt, the nominal
size and the input images it was "based on". Output is deterministic for the same inputs.
"""

from __future__ import annotations

import colorsys
import hashlib
import io
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

_PROMPT_CHARS = 200
_MIN_SIDE = 16

FontT = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=64)
def _font(size: int) -> FontT:
    """Pillow's bundled font; cached because loading it per request costs more than drawing."""
    return ImageFont.load_default(size=max(6, size))


def _palette(prompt: str) -> tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]]:
    """Background, mark and text colours from the prompt hash, so each prompt looks distinct."""
    digest = hashlib.sha256(prompt.encode("utf-8")).digest()
    hue = digest[0] / 255
    sat = 0.35 + digest[1] / 255 * 0.3

    def rgb(lightness: float) -> tuple[int, int, int]:
        r, g, b = colorsys.hls_to_rgb(hue, lightness, sat)
        return round(r * 255), round(g * 255), round(b * 255)

    return rgb(0.82), rgb(0.62), rgb(0.18)


def _text_width(font: FontT, text: str) -> float:
    return font.getlength(text)


def _wrap(text: str, font: FontT, max_width: int, max_lines: int) -> list[str]:
    """Greedy word wrap by measured width; long words are cut, overflow ends with an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _text_width(font, candidate) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while _text_width(font, word) > max_width and len(word) > 1:
            cut = len(word)
            while cut > 1 and _text_width(font, word[:cut]) > max_width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(1, len(lines[-1]) - 1)] + "…"
    return lines


def _thumbnails(inputs: list[bytes], box: int) -> list[Image.Image]:
    """Decoded, shrunk input images; undecodable ones are skipped silently (the request was accepted)."""
    thumbs: list[Image.Image] = []
    for data in inputs:
        try:
            with Image.open(io.BytesIO(data)) as src:
                src.draft("RGB", (box, box))
                img = src.convert("RGB")
            img.thumbnail((box, box), Image.Resampling.BILINEAR)
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            continue
        thumbs.append(img)
    return thumbs


def _to_png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _centered(
    draw: ImageDraw.ImageDraw, text: str, font: FontT, width: int, y: int, fill: tuple[int, ...]
) -> int:
    """Draw one centred line at y; returns the y below it."""
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    draw.text(((width - (right - left)) / 2 - left, y - top), text, font=font, fill=fill)
    return int(y + (bottom - top))


def draw_placeholder(prompt: str, width: int, height: int, inputs: list[bytes], caption: str) -> bytes:
    """Draw the demo's stand-in for a generated image and return it as PNG bytes."""
    width = max(_MIN_SIDE, int(width))
    height = max(_MIN_SIDE, int(height))
    bg, mark, ink = _palette(prompt)
    img = Image.new("RGB", (width, height), bg)
    draw = ImageDraw.Draw(img)
    short = min(width, height)
    margin = max(3, short // 24)
    border = max(1, short // 96)
    draw.rectangle((0, 0, width - 1, height - 1), outline=mark, width=border)
    # Diagonal hatching in the corners marks the picture as a mock-up even when cropped.
    step = max(8, short // 10)
    for i in range(0, step * 3, step):
        draw.line((i, 0, 0, i), fill=mark, width=border)
        draw.line((width - 1 - i, height - 1, width - 1, height - 1 - i), fill=mark, width=border)

    thumb_box = max(8, min(short // 5, height // 5))
    thumbs = _thumbnails(inputs, thumb_box)
    bottom = height - margin
    if thumbs:
        gap = max(2, thumb_box // 8)
        fit = max(1, (width - 2 * margin + gap) // (thumb_box + gap))
        x = margin
        for thumb in thumbs[:fit]:
            img.paste(thumb, (x, bottom - thumb.height))
            draw.rectangle((x - 1, bottom - thumb.height - 1, x + thumb.width, bottom), outline=ink)
            x += thumb.width + gap
        bottom -= thumb_box + gap

    caption_font = _font(max(7, min(short // 16, int((width - 2 * margin) / (0.6 * max(1, len(caption)))))))
    cap_top = int(bottom - (caption_font.size if isinstance(caption_font, ImageFont.FreeTypeFont) else 11))
    # The bundled font has no multiplication sign; the caption string itself keeps it.
    _centered(draw, caption.replace("×", "x"), caption_font, width, cap_top, ink)

    demo_font = _font(max(10, min(int(height * 0.22), int(width * 0.2))))
    y = _centered(draw, "DEMO", demo_font, width, margin, mark) + margin

    prompt_font = _font(max(8, short // 16))
    line_h = int((prompt_font.size if isinstance(prompt_font, ImageFont.FreeTypeFont) else 11) * 1.2)
    room = max(0, cap_top - margin // 2 - y)
    text = " ".join(prompt.split())
    if len(text) > _PROMPT_CHARS:
        text = text[: _PROMPT_CHARS - 1] + "…"
    for line in _wrap(text, prompt_font, width - 2 * margin, max(0, room // max(1, line_h))):
        draw.text((margin, y), line, font=prompt_font, fill=ink)
        y += line_h
    return _to_png(img)


def draw_thought(prompt: str, width: int, height: int) -> bytes:
    """A small grey interim 'thought' image, visibly different from the final placeholder."""
    width = max(_MIN_SIDE, int(width))
    height = max(_MIN_SIDE, int(height))
    _, mark, _ = _palette(prompt)
    img = Image.new("RGB", (width, height), (208, 208, 208))
    draw = ImageDraw.Draw(img)
    short = min(width, height)
    draw.rectangle((0, 0, width - 1, height - 1), outline=mark, width=max(1, short // 48))
    font = _font(max(8, min(int(height * 0.2), int(width * 0.15))))
    y = _centered(draw, "THOUGHT", font, width, max(2, height // 3), (90, 90, 90))
    _centered(
        draw,
        "interim sketch (demo)",
        _font(max(6, short // 12)),
        width,
        y + max(2, short // 20),
        (60, 60, 60),
    )
    return _to_png(img)
