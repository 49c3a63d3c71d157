"""Dialogs: preferences, spec versions, check against spec."""
