"""Protection: unlocking, the idle lock, passphrases, backups and damage."""
