// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorSupport

/// A plain SVG 1.1 document built element by element: the one place that writes SVG markup, so
/// every chart escapes names the same way (a vessel named `<script>` stays text) and needs no
/// script, external style or font, and any browser or viewer shows it.
///
/// ```swift
/// var svg = SVGDocument(width: 400, height: 120, title: "Berth CT1")
/// svg.rect(x: 10, y: 10, width: 80, height: 16, fill: "#4f81bd", tooltip: "BARYS-049 06:00–18:00")
/// svg.text("CT1", x: 4, y: 22, anchor: .end)
/// let text = svg.rendered()
/// ```
public struct SVGDocument: Sendable {
    public enum Anchor: String, Sendable {
        case start, middle, end
    }

    public let width: Double
    public let height: Double
    private var body: [String] = []

    /// An empty document; `title` becomes its `<title>` (shown as a tooltip, read by screen readers).
    public init(width: Double, height: Double, title: String) {
        self.width = width
        self.height = height
        body.append("<title>\(SVGDocument.escape(title))</title>")
    }

    /// A rectangle; `tooltip` becomes its `<title>`.
    public mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        opacity: Double? = nil, tooltip: String? = nil
    ) {
        var attributes =
            "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" "
            + "height=\"\(Self.number(max(height, 0)))\" fill=\"\(Self.escape(fill))\""
        if let stroke { attributes += " stroke=\"\(Self.escape(stroke))\"" }
        if let opacity { attributes += " fill-opacity=\"\(Self.number(opacity))\"" }
        if let tooltip {
            body.append("<rect \(attributes)><title>\(Self.escape(tooltip))</title></rect>")
        } else {
            body.append("<rect \(attributes)/>")
        }
    }

    /// A straight line.
    public mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String = "#333", width: Double = 1,
        dashed: Bool = false
    ) {
        body.append(
            "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" "
                + "y2=\"\(Self.number(y2))\" stroke=\"\(Self.escape(stroke))\" stroke-width=\"\(Self.number(width))\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>")
    }

    /// A polyline through `points` (a line chart's series).
    public mutating func polyline(_ points: [(x: Double, y: Double)], stroke: String, width: Double = 1.5) {
        let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
        body.append(
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(Self.escape(stroke))\" "
                + "stroke-width=\"\(Self.number(width))\"/>")
    }

    /// Text at `x`, `y` (its baseline).
    public mutating func text(
        _ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double? = nil,
        bold: Bool = false, fill: String? = nil
    ) {
        var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        if let size { attributes += " font-size=\"\(Self.number(size))\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        if let fill { attributes += " fill=\"\(Self.escape(fill))\"" }
        body.append("<text \(attributes)>\(Self.escape(content))</text>")
    }

    /// `content` shortened with "…" to fit `width` points at font `size`, or nil when not even two
    /// characters fit: a label inside a bar that must not spill over its neighbours (the bar's
    /// tooltip still names it). Sans-serif glyphs average about 0.6 × the font size.
    public static func fitted(_ content: String, width: Double, size: Double) -> String? {
        let capacity = Int((width / (0.6 * size)).rounded(.down))
        if content.count <= capacity { return content }
        guard capacity >= 3 else { return nil }
        return String(content.prefix(capacity - 1)) + "…"
    }

    /// The document's text, ending in a line break.
    public func rendered() -> String {
        let open =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" "
            + "height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" "
            + "font-family=\"sans-serif\" font-size=\"12\">"
        return ([open] + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// Text made safe for SVG content and attribute values.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // Control characters are not allowed in XML 1.0.
            case _ where character.value < 0x20 && character != "\n" && character != "\t": escaped += " "
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A coordinate to one decimal, without a needless `.0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : "\(rounded)"
    }
}
