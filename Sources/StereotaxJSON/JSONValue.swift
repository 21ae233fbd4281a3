/// JSON values for tolerant reading and exact writing of records.
