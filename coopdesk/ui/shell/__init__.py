"""The window's shell: the application, the main window, workers, settings, messages and labels."""
