"""Cutie: keep one character consistent across AI-generated images."""

__version__ = "0.1.0"
