"""File formats: provenance (PNG iTXt, XMP), sidecars, crash-safe writes."""
