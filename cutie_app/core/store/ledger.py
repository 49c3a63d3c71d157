"""The ledger: one row per call that reached the service, and so may have been billed."""

from __future__ import annotations

from cutie_app.core.model.records import LedgerEntry
from cutie_app.core.store.db import Database
from cutie_app.core.store.rows import LEDGER_COLUMNS, ledger_entry


class Ledger:
    """The `ledger` table (rows are written with their images by `Images.add_variant`)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def entries(self) -> list[LedgerEntry]:
        sql = f"SELECT id, {', '.join(LEDGER_COLUMNS)} FROM ledger ORDER BY id"
        return self._db.call(lambda conn: [ledger_entry(r) for r in conn.execute(sql)])

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
