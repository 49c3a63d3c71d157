"""The use cases the window and the CLI share; blocking and thread-safe."""
