"""Plain-Python core: enumerations, value rules, record schema and errors."""
