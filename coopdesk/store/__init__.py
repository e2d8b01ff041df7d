"""SQLite (SQLCipher) storage: models, engine, migrations, clocks, history, backups."""
