import * as core from '@actions/core';

// Placeholder entry until the Action issue lands: fails loudly rather than pretending.
core.setFailed('lepton action: not implemented yet');
