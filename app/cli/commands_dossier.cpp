// Commands that move whole dossiers: import, export, demo.
#include "cli.h"
