"""The ledger: one row per call that reached the service, and so may have been billed."""

from __future__ import annotations

import sqlite3
from typing import Any

from cutie_app.core.i18n import QT_TRANSLATE_NOOP
from cutie_app.core.model.generation import Variant, VariantStatus, utc_now
from cutie_app.core.model.records import LedgerEntry, LedgerOutcome
from cutie_app.core.store.db import Database
from cutie_app.core.store.rows import LEDGER_COLUMNS, insert, ledger_entry

#: The ledger outcome of a variant's call; a variant of any other status never reached the service.
OUTCOMES: dict[VariantStatus, LedgerOutcome] = {
    VariantStatus.DELIVERED: LedgerOutcome.IMAGE,
    VariantStatus.BLOCKED: LedgerOutcome.BLOCKED,
    VariantStatus.TEXT_ONLY: LedgerOutcome.TEXT_ONLY,
    VariantStatus.FAILED: LedgerOutcome.ERROR,
}


def ledger_row(
    variant: Variant,
    outcome: LedgerOutcome,
    *,
    scene_id: int | None = None,
    conversation_id: str | None = None,
    detail: str = "",
) -> dict[str, Any]:
    """The ledger row of a variant's call (the estimate is the cost; `actual_usd` stays unknown)."""
    recipe = variant.recipe
    return {
        "created_at": recipe.finished_at or utc_now(),
        "model": recipe.model,
        "image_size": recipe.image_size,
        "prompt_tokens": recipe.usage.prompt_tokens,
        "output_tokens": recipe.usage.output_tokens,
        "thoughts_tokens": recipe.usage.thoughts_tokens,
        "images": len(variant.images),
        "estimated_usd": float(recipe.cost_usd or 0.0),
        "actual_usd": None,
        "outcome": outcome.value,
        "batch_id": recipe.batch_id,
        "scene_id": scene_id,
        "conversation_id": conversation_id,
        "response_id": recipe.response_id,
        "detail": detail,
    }


UNKNOWN_DETAIL = QT_TRANSLATE_NOOP(
    "core.store",
    "The call reached Google but its answer never arrived (cut off, closed or timed out): "
    "it may have been billed.",
)


def unknown_rows(
    variant: Variant, *, scene_id: int | None = None, conversation_id: str | None = None
) -> list[dict[str, Any]]:
    """One UNKNOWN row per call of `variant` whose answer never arrived: each may be billed.

    The cost is the engine's worst case (one image each), so the spending view errs high.
    """
    calls = variant.unknown_outcomes
    if calls <= 0:
        return []
    each = float(variant.unknown_cost_usd or 0.0) / calls
    row = ledger_row(variant, LedgerOutcome.UNKNOWN, scene_id=scene_id, conversation_id=conversation_id)
    row.update(
        prompt_tokens=0,
        output_tokens=0,
        thoughts_tokens=0,
        images=0,
        estimated_usd=each,
        response_id="",
        detail=UNKNOWN_DETAIL,
    )
    return [dict(row) for _ in range(calls)]


def enter_unknown(conn: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    for row in rows:
        insert(conn, "ledger", LEDGER_COLUMNS, row)


def enter(conn: sqlite3.Connection, row: dict[str, Any]) -> None:
    """Insert a call's ledger row; a retried save replaces the UNSAVED row of the same call."""
    response = row["response_id"]
    if response and row["outcome"] != LedgerOutcome.UNSAVED.value:
        cursor = conn.execute(
            "UPDATE ledger SET outcome = ?, images = ?, detail = ?, scene_id = ?, conversation_id = ?"
            " WHERE id = (SELECT MIN(id) FROM ledger WHERE response_id = ? AND outcome = ?)",
            (
                row["outcome"],
                row["images"],
                row["detail"],
                row["scene_id"],
                row["conversation_id"],
                response,
                LedgerOutcome.UNSAVED.value,
            ),
        )
        if cursor.rowcount:
            return
    insert(conn, "ledger", LEDGER_COLUMNS, row)


class Ledger:
    """The `ledger` table (rows are written with their images by `Images.add_variant`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(self) -> list[LedgerEntry]:
        sql = f"SELECT id, {', '.join(LEDGER_COLUMNS)} FROM ledger ORDER BY id"
        return self._db.call(lambda conn: [ledger_entry(r) for r in conn.execute(sql)])

    def record_unsaved(self, variant: Variant, reason: str) -> None:
        """A row for a billed call whose images could not be saved; see `Project`.

        A variant with images gets the outcome UNSAVED; one without (blocked, text only, failed)
        its own outcome, as `Images.add_variant` would have written. Once per response: a call
        already in the ledger (saved after all, or recorded before) is left as it is.
        """
        outcome = OUTCOMES.get(variant.status)
        unknown = unknown_rows(variant)
        if outcome is None or (not variant.images and not variant.recipe.response_id):
            if unknown:  # only calls whose answers never arrived: each may be billed
                self._db.transaction(lambda conn: enter_unknown(conn, unknown))
            return  # otherwise it never reached the service, so nothing was billed
        if variant.images:
            outcome = LedgerOutcome.UNSAVED
        row = ledger_row(variant, outcome, detail=reason)

        def write(conn: sqlite3.Connection) -> None:
            response = row["response_id"]
            if (
                response
                and conn.execute("SELECT 1 FROM ledger WHERE response_id = ?", (response,)).fetchone()
            ):
                return
            insert(conn, "ledger", LEDGER_COLUMNS, row)
            enter_unknown(conn, unknown)

        self._db.transaction(write)

    def spend_usd(self) -> float:
        """Total spend: the actual cost where known, else the estimate."""
        return float(
            self._db.call(
                lambda conn: conn.execute(
                    "SELECT TOTAL(COALESCE(actual_usd, estimated_usd)) FROM ledger"
                ).fetchone()[0]
            )
        )

    def spend_by_scene(self) -> dict[int | None, float]:
        """Spend per scene id (None: calls outside any scene, or of a removed scene)."""
        return self._db.call(
            lambda conn: {
                (None if s is None else int(s)): float(total)
                for s, total in conn.execute(
                    "SELECT scene_id, TOTAL(COALESCE(actual_usd, estimated_usd)) FROM ledger"
                    " GROUP BY scene_id"
                )
            }
        )
