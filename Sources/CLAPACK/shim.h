// LAPACKE (Debian liblapacke-dev) and CBLAS (Debian libopenblas-dev).
#include <lapacke.h>
#include <cblas.h>
