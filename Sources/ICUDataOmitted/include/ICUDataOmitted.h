// Nothing to call: this target only supplies an empty ICU data table to the release link (see ICUDataOmitted.c).
