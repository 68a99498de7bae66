// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorTestSupport
import Foundation
import Testing

/// Output paths as a user gives them on the command line: a device, a FIFO, a link, a folder.
@Suite("output paths of every kind, end to end")
struct OutputTargetTests {
    @Test("--json into a device, a link and a FIFO without a reader: never replaced, never a hang")
    func specialTargets() throws {
        let folder = try TemporaryFolder()
        let model = CorridorTool.fixtures.appendingPathComponent("solve/small.lp").path
        guard mknod(folder.path("null"), S_IFCHR | 0o666, 0x103) == 0 else {
            print("skipped the device: mknod failed (\(String(cString: strerror(errno))))")
            return
        }
        let device = try CorridorTool.run(["lp", "solve", model, "--json", folder.path("null")], timeout: 20)
        #expect(device.status == 0, "\(device.stderr)")
        #expect(type(folder.path("null")) == S_IFCHR)

        try FileManager.default.createDirectory(atPath: folder.path("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("out.json"), withDestinationPath: "real/target.json")
        let link = try CorridorTool.run(["solve", "solve/ok.yaml", "--json", folder.path("out.json")], timeout: 20)
        #expect(link.status == 0, "\(link.stderr)")
        #expect(type(folder.path("out.json")) == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder.path("real/target.json"))?.isEmpty == false)

        try #require(mkfifo(folder.path("fifo"), 0o644) == 0)
        let fifo = try CorridorTool.run(["lp", "solve", model, "--json", folder.path("fifo")], timeout: 20)
        #expect(!fifo.timedOut)
        #expect(fifo.status == 1)
        #expect(fifo.stderr.contains("no process reading it"), "\(fifo.stderr)")
        #expect(type(folder.path("fifo")) == S_IFIFO)
    }

    @Test("a folder or a name over 255 bytes as --json: the reason, not a Cocoa error dump")
    func foldersAndLongNames() throws {
        let folder = try TemporaryFolder()
        let run = try CorridorTool.run(["solve", "solve/ok.yaml", "--json", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is a folder, not a file"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        let longest = folder.path(String(repeating: "a", count: 250) + ".json")
        #expect(try CorridorTool.run(["solve", "solve/ok.yaml", "--json", longest]).status == 0)
        let tooLong = folder.path(String(repeating: "a", count: 251) + ".json")
        let long = try CorridorTool.run(["solve", "solve/ok.yaml", "--json", tooLong])
        #expect(long.stderr.contains("the file name is too long (256 bytes; at most 255)"), "\(long.stderr)")
    }

    @Test("a scenario name over 255 bytes is reported as too long, not as missing")
    func longInputName() throws {
        let run = try CorridorTool.run(["validate", String(repeating: "s", count: 300) + ".yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the name is too long"), "\(run.stderr)")
    }

    private func type(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }
}
