// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// Two batches on one `--out`: the second is refused (exit status 2) naming the first's pid,
/// rather than both solving everything and the summary listing only the last.
@Suite("one batch per output folder")
struct OutputLockTests {
    @Test func aSecondBatchOnTheSameFolderIsRefused() throws {
        let workspace = try BatchWorkspace()
        defer { workspace.remove() }
        // The first batch hangs on v05 (a test trigger) and so holds the folder.
        let first = try workspace.start(
            ["batch", "valid", "--out", "out", "--jobs", "1"], environment: ["CORRIDOR_TEST_HANG_ON": "v05"])
        defer {
            kill(first.processIdentifier, SIGKILL)
            first.waitUntilExit()
        }
        #expect(eventually(within: 60) { FileManager.default.fileExists(atPath: workspace.path("out/v04.json")) })
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/v04.json")))

        let second = try workspace.corridor(["batch", "valid", "--out", "out", "--jobs", "1"], timeout: 30)
        #expect(second.status == 2, "\(second.stdout)\n\(second.stderr)")
        #expect(
            second.stderr.contains("another batch is writing to out (pid \(first.processIdentifier)"),
            "\(second.stderr)")
        // It touched nothing: no result rewritten, no summary.
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.path("out/v04.json"))) == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out/summary.json")))

        // Once the first is gone, the folder is free again (the kernel dropped its lock).
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        let resumed = try workspace.corridor(["batch", "valid", "--out", "out", "--jobs", "2", "--resume"], timeout: 120)
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }
}
