"""Pixels (Pillow, numpy): reference import, downloads, the consistency score."""
