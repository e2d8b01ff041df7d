"""CoopDesk benchmarks: figures as ratios against baselines of the same run."""
