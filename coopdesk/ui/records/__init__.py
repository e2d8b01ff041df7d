"""The generic record machinery: lists, forms, the record dialog and its child tables."""
