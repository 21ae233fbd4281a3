// Validation: rules, findings, reports.
