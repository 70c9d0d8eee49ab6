import Testing

@testable import BylineCore

/// The stored form of a paragraph's entity spans.
@Suite struct EntitySpanCodingTests {
  @Test func encodesOffsetsKindsAndRowIDs() {
    var linked = EntitySpan(range: TextRange(start: 0, end: 14), kind: .person)
    linked.entityID = "PER:vladimir putin"
    let unlinked = EntitySpan(range: TextRange(start: 120, end: 1_234_567), kind: .date)
    var unknown = EntitySpan(range: TextRange(start: -3, end: 9), kind: .organization)
    unknown.entityID = "ORG:nobody"
    let rows = ["PER:vladimir putin": Int64(9_876_543_210)]
    let text = EntitySpanCoding.encode([linked, unlinked, unknown]) { rows[$0] }
    #expect(text == "0,14,PER,9876543210;120,1234567,DATE,;-3,9,ORG,")
    #expect(EntitySpanCoding.encode([]) { rows[$0] } == nil)
    let decoded = EntitySpanCoding.decode(text)
    #expect(decoded.map(\.range) == [linked.range, unlinked.range, unknown.range])
    #expect(decoded.map(\.entityRowID) == [9_876_543_210, nil, nil])
  }
}
