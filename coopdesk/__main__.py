from coopdesk.cli import main

raise SystemExit(main())
