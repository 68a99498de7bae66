// SPDX-License-Identifier: GPL-3.0-or-later

import Foundation
import Synchronization
import CorridorScenario

/// Starts a worker process with `posix_spawn`, its standard input and descriptor 3 on two new
/// pipes (see ``WorkerProtocol``), standard output on `/dev/null` and standard error appending
/// to a file (appending, so that writes follow the worker's emptying it for each scenario).
///
/// Not `Foundation.Process`: the batch must wait for its workers itself (`waitpid` on the slot's
/// thread, to tell a crash from a timeout without races), and every pipe end must be
/// close-on-exec so that no worker holds another's pipe open (a dead worker's pipe must read as
/// ended at once).
enum WorkerSpawn {
    /// The reason a worker could not be started.
    struct Failure: Error {
        let message: String
    }

    struct Started {
        let pid: pid_t
        /// The write end of the worker's standard input.
        let requests: Int32
        /// The read end of the worker's descriptor 3.
        let replies: Int32
    }

    /// Held from creating a worker's pipes until it is started: Glibc's `pipe2` (which makes a
    /// pipe close-on-exec at once) is not visible to Swift, and a worker started by another slot
    /// between `pipe` and `fcntl` would inherit this one's ends for good.
    private static let lock = Mutex(())

    static func start(
        executable: String, arguments: [String], environment: [String: String], stderrPath: String
    ) -> Result<Started, Failure> {
        lock.withLock { _ in
            spawn(executable: executable, arguments: arguments, environment: environment, stderrPath: stderrPath)
        }
    }

    private static func spawn(
        executable: String, arguments: [String], environment: [String: String], stderrPath: String
    ) -> Result<Started, Failure> {
        func noPipe() -> Result<Started, Failure> {
            .failure(Failure(message: "cannot create a pipe: \(String(cString: strerror(errno)))"))
        }
        guard let (requestRead, requestWrite) = makePipe() else { return noPipe() }
        guard let (replyRead, replyWrite) = makePipe() else {
            let failure = noPipe()
            close(requestRead)
            close(requestWrite)
            return failure
        }
        defer {
            // The child's ends live on in the child only.
            close(requestRead)
            close(replyWrite)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, requestRead, STDIN_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, replyWrite, WorkerProtocol.replyDescriptor)
        posix_spawn_file_actions_addopen(
            &actions, STDERR_FILENO, stderrPath, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)

        // The batch ignores SIGINT, SIGTERM, SIGHUP (it handles them itself) and SIGPIPE (a dead
        // worker's pipe is an error to it); ignored signals stay ignored across exec, so give the
        // worker the default actions back of those the batch changed, and only those: a signal
        // the batch inherited ignored (SIGHUP under `nohup`) stays ignored. No blocked signals.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in BatchSignals.toReset { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = CStrings([executable] + arguments)
        let envp = CStrings(environment.map { "\($0.key)=\($0.value)" })
        defer {
            argv.release()
            envp.release()
        }
        var pid: pid_t = 0
        let error = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        guard error == 0 else {
            close(requestWrite)
            close(replyRead)
            return .failure(Failure(message: String(cString: strerror(error))))
        }
        return .success(Started(pid: pid, requests: requestWrite, replies: replyRead))
    }

    /// A close-on-exec pipe (read end, write end), both above descriptor 3 so that the child's
    /// `dup2` onto 0 and 3 never meets one of them (a `dup2` onto itself would keep
    /// close-on-exec, and the worker would start without its pipe).
    private static func makePipe() -> (Int32, Int32)? {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (high(ends[0]), high(ends[1]))
    }

    private static func high(_ descriptor: Int32) -> Int32 {
        guard descriptor <= WorkerProtocol.replyDescriptor else { return descriptor }
        let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, WorkerProtocol.replyDescriptor + 1)
        close(descriptor)
        return moved
    }
}

/// A `NULL`-terminated array of C strings for `posix_spawn`, freed by ``release()``.
private struct CStrings {
    let pointers: [UnsafeMutablePointer<CChar>?]

    init(_ strings: [String]) { pointers = strings.map { strdup($0) } + [nil] }

    func release() { for pointer in pointers { free(pointer) } }
}
