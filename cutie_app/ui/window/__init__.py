"""The main window's parts: its layout, menus, status bar and the controllers behind them."""
