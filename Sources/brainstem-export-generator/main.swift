// Writes synthetic BrainSTEM exports.
