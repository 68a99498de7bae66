// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files, validation, the registry of kinds, results and batch solving.
