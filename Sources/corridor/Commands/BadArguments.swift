// SPDX-License-Identifier: GPL-3.0-or-later

/// Bad arguments found after parsing (`--jobs 0`, a `--time-limit` the method cannot honour):
/// `Corridor.main` prints the description on standard error and exits with status 2, as it does
/// for ArgumentParser's own validation errors and for a `BatchError` (the batch library's word
/// for bad arguments). That is the one route to exit status 2.
struct BadArguments: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
