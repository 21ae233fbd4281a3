// BrainSTEM records.
