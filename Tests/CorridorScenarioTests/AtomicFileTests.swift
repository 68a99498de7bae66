// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import CorridorTestSupport
import Foundation
import Testing

/// Every kind of output path `--json`, `--svg`, `lp convert`, batch results and sweeps write
/// through `AtomicFile`: replaced atomically when a file, followed when a link, written into
/// when a device or FIFO, never turned into a regular file.
@Suite("Atomic writes to every kind of target")
struct AtomicFileTests {
    @Test("a regular file is replaced whole; a new path is created")
    func regularAndNew() throws {
        let folder = try TemporaryFolder()
        try folder.write("old.json", "old text that is longer")
        try AtomicFile.write("new", to: folder.path("old.json"))
        #expect(try String(contentsOfFile: folder.path("old.json"), encoding: .utf8) == "new")
        try AtomicFile.write("fresh", to: folder.path("fresh.json"))
        #expect(try String(contentsOfFile: folder.path("fresh.json"), encoding: .utf8) == "fresh")
        // Nothing left behind: no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["fresh.json", "old.json"])
    }

    @Test("a symbolic link stays a link and its final target gets the bytes, in its own folder")
    func symbolicLinks() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path("real"), withIntermediateDirectories: true)
        try folder.write("real/target.json", "old")
        // Relative, as `ln -s real/target.json out.json` makes it, and a link to that link.
        try FileManager.default.createSymbolicLink(atPath: folder.path("out.json"), withDestinationPath: "real/target.json")
        try FileManager.default.createSymbolicLink(atPath: folder.path("twice.json"), withDestinationPath: "out.json")
        try AtomicFile.write("through the link", to: folder.path("out.json"))
        #expect(try String(contentsOfFile: folder.path("real/target.json"), encoding: .utf8) == "through the link")
        #expect(isLink(folder.path("out.json")))
        try AtomicFile.write("twice", to: folder.path("twice.json"))
        #expect(try String(contentsOfFile: folder.path("real/target.json"), encoding: .utf8) == "twice")
        #expect(isLink(folder.path("twice.json")) && isLink(folder.path("out.json")))

        // A dangling link: its target is created, as `>` in a shell would.
        try FileManager.default.createSymbolicLink(atPath: folder.path("dangling.json"), withDestinationPath: "real/new.json")
        try AtomicFile.write("created", to: folder.path("dangling.json"))
        #expect(try String(contentsOfFile: folder.path("real/new.json"), encoding: .utf8) == "created")
        #expect(isLink(folder.path("dangling.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("real")).sorted() == ["new.json", "target.json"])

        // A loop is an error that says so, not a hang.
        try FileManager.default.createSymbolicLink(atPath: folder.path("loop.json"), withDestinationPath: "loop.json")
        #expect(message { try AtomicFile.write("x", to: folder.path("loop.json")) }.contains("too many symbolic links"))
    }

    @Test("a FIFO is written into, not replaced; without a reader the write fails at once, saying so")
    func fifo() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe.json")
        try #require(mkfifo(fifo, 0o644) == 0)
        let start = ContinuousClock.now
        #expect(message { try AtomicFile.write("x", to: fifo) }.contains("no process reading"))
        #expect(start.duration(to: .now) < .seconds(2))

        // A reader on another thread: it gets the bytes, and the FIFO stays a FIFO.
        let received = ReceivedText()
        let reader = Thread {
            // Plain calls: opening for reading blocks until the writer comes, as a reader's would.
            let descriptor = open(fifo, O_RDONLY)
            var bytes = [UInt8](repeating: 0, count: 256)
            let count = read(descriptor, &bytes, bytes.count)
            close(descriptor)
            received.set(String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self))
        }
        reader.start()
        var written = false
        for _ in 0..<100 where !written {
            // The reader may not have opened its end yet: ENXIO until it has.
            written = (try? AtomicFile.write("through the fifo", to: fifo)) != nil
            if !written { usleep(20_000) }
        }
        #expect(written)
        #expect(eventuallyTrue { received.get() == "through the fifo" })
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test("a character device is written into and stays a device (skipped when mknod is not allowed)")
    func characterDevice() throws {
        let folder = try TemporaryFolder()
        // Linux's dev_t for small numbers: major << 8 | minor. 1,3 is /dev/null, 1,7 /dev/full.
        let null = folder.path("null"), full = folder.path("full")
        guard mknod(null, S_IFCHR | 0o666, 0x103) == 0, mknod(full, S_IFCHR | 0o666, 0x107) == 0 else {
            print("skipped: mknod failed (\(String(cString: strerror(errno)))) — run the tests as root to cover devices")
            return
        }
        try AtomicFile.write("into the void", to: null)
        #expect(fileType(null) == S_IFCHR)
        // A device's own error comes through.
        #expect(message { try AtomicFile.write("x", to: full) }.contains("no space left on device"))
        #expect(fileType(full) == S_IFCHR)
        // Through `commit`, as `lp convert` writes: a device is copied into, the temporary removed.
        let temporary = AtomicFile.temporaryPath(for: null)
        try "model".write(toFile: temporary, atomically: false, encoding: .utf8)
        try AtomicFile.commit(temporary, to: null)
        #expect(fileType(null) == S_IFCHR)
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["full", "null"])
    }

    @Test("a 255-byte name can be written; longer names, folders and missing folders say what is wrong")
    func namesAndFolders() throws {
        let folder = try TemporaryFolder()
        let longest = String(repeating: "a", count: 250) + ".json"
        try AtomicFile.write("ok", to: folder.path(longest))
        #expect(try String(contentsOfFile: folder.path(longest), encoding: .utf8) == "ok")
        #expect((AtomicFile.temporaryPath(for: folder.path(longest)) as NSString).lastPathComponent.utf8.count < 32)

        let tooLong = String(repeating: "b", count: 251) + ".json"
        #expect(message { try AtomicFile.write("x", to: folder.path(tooLong)) }.contains("too long (256 bytes; at most 255)"))
        try FileManager.default.createDirectory(atPath: folder.path("dir"), withIntermediateDirectories: true)
        #expect(message { try AtomicFile.write("x", to: folder.path("dir")) }.contains("is a folder"))
        #expect(message { try AtomicFile.write("x", to: folder.path("dir/")) }.contains("names a folder"))
        #expect(message { try AtomicFile.write("x", to: folder.path("missing/out.json")) }.contains("does not exist"))
        // Through a link, the message names where it led.
        try FileManager.default.createSymbolicLink(atPath: folder.path("to-dir"), withDestinationPath: "dir")
        #expect(message { try AtomicFile.write("x", to: folder.path("to-dir")) }.contains("leads (a symbolic link) to"))
    }

    // MARK: - Helpers

    /// The text of the error `body` throws ("" when it throws none): what a CLI prints.
    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return ""
        } catch {
            #expect("\(error)" == error.localizedDescription, "one text, not a Cocoa dump")
            return "\(error)"
        }
    }

    private func isLink(_ path: String) -> Bool { fileType(path) == S_IFLNK }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func eventuallyTrue(_ condition: () -> Bool) -> Bool {
        for _ in 0..<100 {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}

/// What the FIFO's reader thread read.
private final class ReceivedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ value: String?) { lock.withLock { text = value } }
    func get() -> String? { lock.withLock { text } }
}
