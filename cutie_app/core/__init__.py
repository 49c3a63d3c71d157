"""Qt-free domain core: rules, data and I/O. Never imports PySide6 or cutie_app.ui."""
