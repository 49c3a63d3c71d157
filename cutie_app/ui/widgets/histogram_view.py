"""A small RGB + luma histogram, drawn from the counts a preview worker computed."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cutie_app.core.imaging.adjust import Histogram

_CHANNELS = (
    ("red", QColor(235, 80, 70, 120)),
    ("green", QColor(90, 200, 90, 120)),
    ("blue", QColor(80, 130, 245, 120)),
)


class HistogramView(QWidget):
    """Counts per level, square-root scaled so shadows and highlights stay visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.histogram: Histogram | None = None
        self.setMinimumHeight(64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Histogram"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, 72)

    def set_histogram(self, histogram: Histogram | None) -> None:
        self.histogram = histogram
        self.setToolTip(self.tr("%d visible pixels") % histogram.pixels if histogram is not None else "")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor(34, 34, 37))
        if self.histogram is None or not self.histogram.pixels:
            return
        channels = [(getattr(self.histogram, name), colour) for name, colour in _CHANNELS]
        peak = max(max(counts) for counts, _ in [*channels, (self.histogram.luma, None)])
        scale = math.sqrt(peak) or 1.0
        width, height = self.width() - 2, self.height() - 2
        for counts, colour in [(self.histogram.luma, QColor(220, 220, 220, 70)), *channels]:
            path = QPainterPath(QPointF(1, height + 1))
            for level, count in enumerate(counts):
                path.lineTo(1 + width * level / 255, height + 1 - height * math.sqrt(count) / scale)
            path.lineTo(width + 1, height + 1)
            path.closeSubpath()
            painter.fillPath(path, colour)
        painter.setPen(QColor(80, 80, 84))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
