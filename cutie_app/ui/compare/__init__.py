"""The comparator: synced canvases, wipe, difference, recipe panel."""
