// Frames.
