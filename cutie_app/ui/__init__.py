"""PySide6 panes over the core services. Nothing here talks to SQLite or the SDK directly."""
