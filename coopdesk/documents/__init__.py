"""Printed documents and the donor's report: minutes, attendance sheets, consultation
records (PDF), and the indicator report (PDF, XLSX, CSV).

Each document is built from plain data the services return; the figures of the
report come from one function (`indicators.compute_indicators`) that every
format only presents.
"""
