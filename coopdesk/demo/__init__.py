"""Demo data: a realistic project in Blagoevgrad district, to try CoopDesk and to benchmark it."""
