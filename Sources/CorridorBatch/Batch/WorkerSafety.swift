// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport
import Foundation
public import CorridorScenario

/// What a worker does before it solves: stop when its batch is gone, and (in debug builds) the
/// test-only triggers.
public enum WorkerSafety {
    /// Exits the worker (status 137, as if killed) as soon as its parent `batch` process is gone.
    ///
    /// A batch that is itself killed with SIGKILL cannot kill its workers. An idle worker sees its
    /// input end and exits, but one busy with a scenario (or hung in it) would run on as an
    /// orphan. A thread polls the parent process id 4 times a second, because
    /// `prctl(PR_SET_PDEATHSIG)` fires when the parent's *thread* that started the worker ends,
    /// which in a thread pool can happen while the batch is still running.
    public static func exitWithParent() {
        // Signal dispositions are left as inherited: the batch's spawn gives back the default
        // actions of the signals the batch changed, and keeps those it inherited ignored (SIGHUP
        // under `nohup`), which resetting here would undo.
        guard let value = ProcessInfo.processInfo.environment[WorkerProtocol.parentVariable],
            let parent = pid_t(value)
        else { return }
        if getppid() != parent { _exit(137) }
        let watchdog = Thread {
            while true {
                if getppid() != parent { _exit(137) }
                usleep(250_000)
            }
        }
        watchdog.stackSize = 64 * 1024
        watchdog.start()
    }

    #if DEBUG
    /// **Test only, debug builds only** (release builds have no such triggers).
    /// `CORRIDOR_TEST_CRASH_ON=<name>[,<name>…]` makes a worker whose scenario has
    /// that name (or file name without extension) write a line to standard error and call
    /// `abort()`; `CORRIDOR_TEST_HANG_ON` makes it sleep forever. The batch tests use them to check that a crashing or hanging scenario is
    /// recorded as failed while the rest are solved; nothing else sets these variables.
    public static func applyTestTriggers(for path: String) {
        let environment = ProcessInfo.processInfo.environment
        let crashOn = names(environment["CORRIDOR_TEST_CRASH_ON"])
        let hangOn = names(environment["CORRIDOR_TEST_HANG_ON"])
        guard !crashOn.isEmpty || !hangOn.isEmpty else { return }
        let file = ScenarioFile(path: path)
        let names: Set<String> = [file.stem, ScenarioHeader.read(file).name]
        if !crashOn.isDisjoint(with: names) {
            // Last words on standard error, which the batch quotes for this scenario only.
            StandardErrorText.write("CORRIDOR_TEST_CRASH_ON: aborting in \(path)\n")
            abort()
        }
        if !hangOn.isDisjoint(with: names) {
            while true { sleep(3600) }
        }
    }

    /// `CORRIDOR_TEST_CRASH_AFTER=<name>[,<name>…]`: the worker aborts right after it answered
    /// for a scenario with that file name without extension, as when freeing a scenario's
    /// objects crashes, so that the tests can check the next scenario is not blamed.
    static func applyAfterReplyTrigger(for path: String) {
        let crashAfter = names(ProcessInfo.processInfo.environment["CORRIDOR_TEST_CRASH_AFTER"])
        guard !crashAfter.isEmpty, crashAfter.contains(ScenarioFile(path: path).stem) else { return }
        // Give the batch time to send the next request, so that it is in the pipe when the
        // worker dies (the case this trigger is for).
        usleep(200_000)
        abort()
    }

    /// `CORRIDOR_TEST_SPAWN_FAIL_ON=<name>[,<name>…]` (read by the batch, not the worker): no
    /// worker can be started for a scenario with that file name without extension, as when the
    /// batch has run out of descriptors.
    static func failsToStart(_ file: ScenarioFile) -> Bool {
        names(ProcessInfo.processInfo.environment["CORRIDOR_TEST_SPAWN_FAIL_ON"]).contains(file.stem)
    }

    private static func names(_ value: String?) -> Set<String> {
        Set((value ?? "").split(separator: ",").map(String.init))
    }
    #endif
}
