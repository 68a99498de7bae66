// SPDX-License-Identifier: GPL-3.0-or-later

import CorridorScenario
import CorridorSupport
import Testing

@Suite("Numbers in plans, CSV tables and summaries")
struct NumberTextTests {
    @Test("whole numbers without .0, others with every digit needed to read back the same value")
    func format() {
        #expect(NumberText.format(50) == "50")
        #expect(NumberText.format(-3) == "-3")
        #expect(NumberText.format(-0.0) == "0")
        #expect(NumberText.format(0.1) == "0.1")
        #expect(NumberText.format(153.675) == "153.675")
        #expect(NumberText.format(1e15) == "1000000000000000")
        #expect(NumberText.format(1e19) == "1e+19")
        for value in [1.0 / 3, 2.0 / 3 * 1e-7, 123_456_789.123_456_78, 0.1 + 0.2, -1e-300, 9.1e18, 1.7976931348623157e308] {
            let text = NumberText.format(value)
            #expect(Double(text) == value, "\(text) does not read back as \(value)")
        }
    }

    @Test("a CSV table writes numbers the same way; non-finite and null as empty cells")
    func csvCells() {
        let table = PlanTable(
            name: "t", columns: ["a", "b", "c", "d"],
            rows: [[.number(2), .number(1.0 / 3), .number(.nan), .null], [.integer(7), .bool(true), .string("x,y"), .number(-0.5)]])
        #expect(table.csvText() == "a,b,c,d\n2,0.3333333333333333,,\n7,true,\"x,y\",-0.5\n")
    }
}
