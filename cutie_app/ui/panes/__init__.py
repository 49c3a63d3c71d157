"""The window's panes: character, references, generate, gallery, series, spending."""
