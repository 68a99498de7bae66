// SPDX-License-Identifier: GPL-3.0-or-later

/// Where a time field may lie relative to the horizon.
public struct TimePlacement: Sendable, Hashable {
    public var mayBeBefore: Bool
    public var mayBeAfter: Bool

    public init(mayBeBefore: Bool, mayBeAfter: Bool) {
        self.mayBeBefore = mayBeBefore
        self.mayBeAfter = mayBeAfter
    }

    /// Inside `[start, end]` (the end belongs to the horizon).
    public static let insideHorizon = TimePlacement(mayBeBefore: false, mayBeAfter: false)
    /// Possibly before the start (already on the way), not after the end.
    public static let mayBeBefore = TimePlacement(mayBeBefore: true, mayBeAfter: false)
    /// Possibly after the end (a deadline next week), not before the start.
    public static let mayBeAfter = TimePlacement(mayBeBefore: false, mayBeAfter: true)
    /// Anywhere.
    public static let anywhere = TimePlacement(mayBeBefore: true, mayBeAfter: true)
}

extension NodeReader {
    /// A time as hours after `horizon.start`: an ISO-8601 time with offset, or a plain number of
    /// hours. Needs the horizon for ISO times (when the horizon itself is broken, that is
    /// reported there and ISO times read as `nil` without a second message).
    public func time(required: Bool = false, placement: TimePlacement = .insideHorizon) -> Double? {
        let hint = "write an ISO-8601 time with offset like 2026-12-01T06:00:00+05:00, or hours after horizon.start"
        guard let scalar = scalar(required: required, expected: "a time", hint: hint) else { return nil }
        let hours: Double
        switch scalar.kind {
        case .number:
            guard let value = number() else { return nil }
            hours = value
        case .text:
            switch Instant.parse(scalar.text) {
            case .failure(let reason):
                report("\"\(scalar.text)\" \(reason)", hint: hint)
                return nil
            case .success(let instant):
                guard let horizon = session.horizon else { return nil }
                hours = horizon.hours(of: instant)
            }
        default:
            reportWrongType(expected: "a time", hint: hint)
            return nil
        }
        guard let horizon = session.horizon else { return hours }
        if hours < 0, !placement.mayBeBefore {
            report(
                "\(describe(hours, horizon)) lies before the horizon, which starts \(horizon.iso(hoursAfterStart: 0))",
                hint: "give a time from the horizon's start on")
            return nil
        }
        if hours > horizon.hours, !placement.mayBeAfter {
            report(
                "\(describe(hours, horizon)) lies after the horizon, which ends \(horizon.iso(hoursAfterStart: horizon.hours)) (hour \(NumberRange.format(horizon.hours)))",
                hint: "give a time inside the horizon, or lengthen horizon.hours")
            return nil
        }
        return hours
    }

    private func describe(_ hours: Double, _ horizon: Horizon) -> String {
        "\(horizon.iso(hoursAfterStart: hours)) (hour \(NumberRange.format(hours)))"
    }

    /// Reports when this number is not a whole multiple of `step`, e.g. `horizon.hours` against a
    /// model's time step; `stepName` says where the step comes from ("time_step_minutes = 90").
    @discardableResult
    public func requireWholeMultiple(of step: Double, _ value: Double, stepName: String) -> Bool {
        guard step > 0, step.isFinite else { return true }
        let ratio = value / step
        guard abs(ratio - ratio.rounded()) > 1e-9 else { return true }
        let below = (ratio.rounded(.down) * step)
        let above = (ratio.rounded(.up) * step)
        report(
            "\(NumberRange.format(value)) is not a whole multiple of \(stepName)",
            hint: "use \(NumberRange.format(below)) or \(NumberRange.format(above)), or change the step")
        return false
    }
}
