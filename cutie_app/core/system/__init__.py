"""The machine: paths (platformdirs), secrets (keyring), settings."""
