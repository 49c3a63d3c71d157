"""The look file's name and size limits, apart from its format: the store's file layout needs
them when a project opens, which must not load the format's parser (hashing, the adjustment model)."""

from __future__ import annotations

LOOK_FILE_SUFFIX = ".look.json"
#: The largest .cube file Cutie reads, alone or embedded (the LUT parser's own ceiling).
MAX_LUT_FILE_BYTES = 32 * 1024 * 1024
#: A look file embeds the LUTs it uses (base64), so it may be a few LUTs large.
MAX_LOOK_FILE_BYTES = 128 * 1024 * 1024
