// zlib (Debian zlib1g-dev), for gzip-compressed NRRD and NIfTI volumes.
#include <zlib.h>
