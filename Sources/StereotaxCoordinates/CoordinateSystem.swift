// BrainSTEM coordinate systems.
