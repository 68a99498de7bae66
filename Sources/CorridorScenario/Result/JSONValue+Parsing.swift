// SPDX-License-Identifier: GPL-3.0-or-later

public import Foundation

extension JSONValue {
    /// A JSON text that does not parse.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// The byte offset where the problem lies.
        public let offset: Int
        public let problem: String

        public var description: String { "byte \(offset): \(problem)" }
    }

    /// The most levels of nested arrays and objects ``init(orderedParsing:)`` reads; deeper text
    /// is an error rather than a stack overflow.
    public static let nestingLimit = 512

    /// Parses JSON text (RFC 8259) keeping object members in the order of the text, so that a
    /// result read and written again keeps its member order (unlike ``init(parsing:)``).
    ///
    /// A number without fraction or exponent that fits `Int` is ``integer(_:)``, any other number
    /// ``number(_:)-enum.case``; a number beyond `Double`'s range (`1e999`) is a ``ParseError``. Written
    /// back by ``text(pretty:)``, a result that ``text(pretty:)`` wrote
    /// reads back to the same text.
    public init(orderedParsing data: Data) throws(ParseError) {
        var parser = Parser(bytes: [UInt8](data))
        parser.skipWhitespace()
        self = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else {
            throw parser.error("unexpected text after the JSON value")
        }
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        func error(_ problem: String) -> ParseError { ParseError(offset: index, problem: problem) }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            }
        }

        mutating func expect(_ byte: UInt8) throws(ParseError) {
            guard current == byte else {
                throw error("expected '\(Character(Unicode.Scalar(byte)))'")
            }
            index += 1
        }

        mutating func literal(_ word: String, _ value: JSONValue) throws(ParseError) -> JSONValue {
            for byte in word.utf8 { try expect(byte) }
            return value
        }

        mutating func value(depth: Int) throws(ParseError) -> JSONValue {
            guard let byte = current else { throw error("unexpected end of the text") }
            switch byte {
            case UInt8(ascii: "{"):
                guard depth < JSONValue.nestingLimit else { throw error("nested too deeply") }
                return try object(depth: depth + 1)
            case UInt8(ascii: "["):
                guard depth < JSONValue.nestingLimit else { throw error("nested too deeply") }
                return try array(depth: depth + 1)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw error("unexpected character")
            }
        }

        mutating func object(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var members: [(String, JSONValue)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a member name") }
                let key = try string()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                members.append((key, try value(depth: depth)))
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "}"))
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(ParseError) -> JSONValue {
            index += 1
            var values: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(values)
            }
            while true {
                skipWhitespace()
                values.append(try value(depth: depth))
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(UInt8(ascii: "]"))
                return .array(values)
            }
        }

        mutating func number() throws(ParseError) -> JSONValue {
            let start = index
            var isInteger = true
            if current == UInt8(ascii: "-") { index += 1 }
            func digits(_ parser: inout Parser) -> Int {
                let from = parser.index
                while let byte = parser.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    parser.index += 1
                }
                return parser.index - from
            }
            let whole = digits(&self)
            guard whole > 0 else { throw error("expected a digit") }
            if whole > 1, bytes[index - whole] == UInt8(ascii: "0") {
                throw error("a number does not start with 0")
            }
            if current == UInt8(ascii: ".") {
                isInteger = false
                index += 1
                guard digits(&self) > 0 else { throw error("expected a digit after '.'") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                isInteger = false
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw error("expected a digit in the exponent") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isInteger, let integer = Int(text) { return .integer(integer) }
            guard let number = Double(text) else { throw error("not a number: \(text)") }
            // `Double` reads 1e999 as infinity, which JSON has no number for and no writer can
            // write back: a located problem, like any other bad number.
            guard number.isFinite else {
                index = start
                throw error("the number \(text) is out of range (beyond ±1.8e308)")
            }
            return .number(number)
        }

        mutating func string() throws(ParseError) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var runStart = index
            func flush(_ parser: Parser) {
                scalars.append(
                    contentsOf: String(decoding: parser.bytes[runStart..<parser.index], as: UTF8.self)
                        .unicodeScalars)
            }
            while true {
                guard let byte = current else { throw error("unterminated string") }
                switch byte {
                case UInt8(ascii: "\""):
                    flush(self)
                    index += 1
                    return String(scalars)
                case UInt8(ascii: "\\"):
                    flush(self)
                    index += 1
                    scalars.append(try escape())
                    runStart = index
                case 0..<0x20:
                    throw error("a control character in a string")
                default:
                    index += 1
                }
            }
        }

        /// The character of an escape sequence, after its backslash.
        mutating func escape() throws(ParseError) -> Unicode.Scalar {
            guard let byte = current else { throw error("unterminated string") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                let unit = try hex4()
                if (0xD800..<0xDC00).contains(unit), current == UInt8(ascii: "\\"),
                    index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
                {
                    let saved = index
                    index += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
                    }
                    index = saved
                }
                // A lone surrogate is no character: the replacement character stands for it.
                return Unicode.Scalar(unit) ?? "\u{FFFD}"
            default:
                index -= 1
                throw error("unknown escape sequence")
            }
        }

        mutating func hex4() throws(ParseError) -> UInt32 {
            guard index + 4 <= bytes.count,
                let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
            else { throw error("expected four hexadecimal digits after \\u") }
            index += 4
            return value
        }
    }
}
