"""View-models and workers between the core services and the panes."""
