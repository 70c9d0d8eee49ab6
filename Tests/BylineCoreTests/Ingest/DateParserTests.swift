import Foundation
import Testing

@testable import BylineCore

@Suite struct DateParserTests {
  private func iso(_ text: String) -> String? {
    DateParser.date(from: text).map(DateParser.isoString)
  }

  @Test(arguments: [
    "September 27, 2020", "2020-09-27", "27 Sep 2020", "Sept. 27, 2020", "Sep 27 2020",
    "27 September 2020", "Sunday, September 27, 2020", "2020/09/27", "  2020-09-27\n",
    "September 27th, 2020",
  ])
  func datesWithoutTimeAreMidnightUTC(text: String) {
    #expect(iso(text) == "2020-09-27")
  }

  @Test func rfc822Dates() {
    #expect(iso("Sun, 27 Sep 2020 10:00:00 +0000") == "2020-09-27T10:00:00Z")
    #expect(iso("Sun, 27 Sep 2020 10:00:00 GMT") == "2020-09-27T10:00:00Z")
    #expect(iso("Sun, 27 Sep 2020 10:00:00 EST") == "2020-09-27T15:00:00Z")
    #expect(iso("Sun, 27 Sep 2020 10:00 +0200") == "2020-09-27T08:00:00Z")
    #expect(iso("27 Sep 20 10:00:00 PDT") == "2020-09-27T17:00:00Z")
  }

  @Test func rfc3339Dates() {
    #expect(iso("2020-09-27T10:00:00Z") == "2020-09-27T10:00:00Z")
    #expect(iso("2020-09-27T10:00:00.250Z") == "2020-09-27T10:00:00Z")
    #expect(iso("2020-09-27T12:30:00+02:30") == "2020-09-27T10:00:00Z")
    #expect(iso("2020-09-27T10:00:00") == "2020-09-27T10:00:00Z")
    #expect(iso("2020-09-27 10:00") == "2020-09-27T10:00:00Z")
    #expect(iso("1969-07-20T20:17:40Z") == "1969-07-20T20:17:40Z")
  }

  @Test(arguments: [
    "", "yesterday", "2020-02-30", "31 February 2020", "2020-13-01", "Sep 2020", "27/09/2020",
    "2020-09-27T25:00:00Z", "September 27, 2020 and more", "12345",
  ])
  func unknownDatesAreNil(text: String) {
    #expect(DateParser.date(from: text) == nil)
  }
}
