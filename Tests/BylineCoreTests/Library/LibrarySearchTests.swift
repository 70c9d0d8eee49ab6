import BylineCore
import Foundation
import Testing

@Suite struct LibrarySearchTests {
  private func library(_ files: [String: String]) throws -> (LibraryScratch, Library) {
    let scratch = try LibraryScratch()
    for (name, text) in files { try scratch.write(name, text) }
    let library = try scratch.openLibrary()
    try scratch.indexer(library).run()
    return (scratch, library)
  }

  @Test func translatesUserSyntaxIntoSafeQuotedTerms() {
    #expect(FullTextQuery.expression(for: "nuclear talks") == "\"nuclear\" \"talks\"")
    #expect(FullTextQuery.expression(for: "\"North Korea\" summ*") == "\"North Korea\" \"summ\"*")
    #expect(FullTextQuery.expression(for: "a OR b NOT c") == "\"a\" \"OR\" \"b\" \"NOT\" \"c\"")
    #expect(FullTextQuery.expression(for: "\"unbalanced phrase") == "\"unbalanced phrase\"")
    #expect(FullTextQuery.expression(for: "title:x (y) ^z") == "\"title:x\" \"(y)\" \"^z\"")
    #expect(FullTextQuery.expression(for: " * \"\" -- ") == nil)
  }

  @Test func operatorsAndPunctuationNeverBreakTheQuery() throws {
    let (scratch, library) = try library(["a.txt": "Not or and\n\nNEAR the AND gate, (not) here."])
    defer { withExtendedLifetime(scratch) {} }  // it holds the library file
    for query in ["AND", "NEAR(", "\"", "(a OR", "-x", "title:", "^", "*", "a*b*", "\u{0}"] {
      _ = try library.search(query: query)
    }
    #expect(try library.search(query: "NEAR AND").total == 1)
  }

  @Test func matchesPhrasesPrefixesAndDiacritics() throws {
    let (scratch, library) = try library([
      "a.txt": "Summit news\n\nThe North Korean leader met officials in Pyongyang.",
      "b.txt": "Other news\n\nKorean food in the north of the city.",
      "c.txt": "Café culture\n\nA cafe opened in São Paulo.",
    ])
    defer { withExtendedLifetime(scratch) {} }  // it holds the library file
    #expect(
      try library.search(query: "\"North Korean\"").hits.map(\.summary.title) == ["Summit news"])
    #expect(try library.search(query: "north korean").total == 2)
    #expect(try library.search(query: "Pyong*").total == 1)
    #expect(try library.search(query: "pyong").total == 0)
    #expect(try library.search(query: "sao paulo").total == 1)
    #expect(try library.search(query: "cafe").total == 1)
  }

  @Test func ranksTitleMatchesAboveBodyMatches() throws {
    let (scratch, library) = try library([
      "a.txt": "Weather report\n\nSanctions were discussed at length; sanctions again.",
      "b.txt": "Sanctions lifted\n\nThe ministers met on Tuesday.",
      "c.txt": "Unrelated\n\nNothing to see.",
    ])
    defer { withExtendedLifetime(scratch) {} }  // it holds the library file
    let results = try library.search(query: "sanctions")
    #expect(results.total == 2)
    #expect(results.hits.map(\.summary.title) == ["Sanctions lifted", "Weather report"])
    let top = try #require(results.hits.first)
    #expect(top.summary.titleMatches == [TextRange(start: 0, end: 9)])
    let second = try #require(results.hits.last)
    let snippet = try #require(second.summary.snippet)
    #expect(snippet.contains("Sanctions were discussed"))
    let first = try #require(second.snippetMatches.first)
    #expect(snippet.unicodeScalarSlice(first) == "Sanctions")
  }

  @Test func searchPagesAndCombinesWithFilters() throws {
    var files: [String: String] = [:]
    for index in 0..<12 {
      files["f\(index).txt"] =
        "Story \(index)\ndate: 2020-03-\(10 + index)\n\nPutin and the budget."
    }
    files["other.txt"] = "Budget only\n\nThe budget."
    let (scratch, library) = try library(files)
    defer { withExtendedLifetime(scratch) {} }  // it holds the library file
    let all = try library.search(query: "budget", offset: 0, limit: 5)
    #expect(all.total == 13 && all.hits.count == 5)
    let rest = try library.search(query: "budget", offset: 10, limit: 5)
    #expect(rest.hits.count == 3)
    let filter = ArticleFilter(entityID: "PER:putin", query: "budget")
    #expect(try library.articleCount(matching: filter) == 12)
    let key = try #require(all.hits.first?.summary.key)
    try library.setReadingState(ReadingState(isRead: true), for: key)
    #expect(
      try library.articleCount(matching: ArticleFilter(unreadOnly: true, query: "budget")) == 12)
    let summaries = try library.summaries(
      matching: ArticleFilter(query: "budget"), order: .date, offset: 0, limit: 3)
    #expect(summaries.count == 3 && summaries.allSatisfy { $0.snippet != nil })
  }

  @Test func findsWordsInsideChineseJapaneseAndKoreanText() throws {
    let (scratch, library) = try library([
      "zh.txt": "北京市今天宣布新政策\n\n上海的市民对此表示欢迎。",
      "ja.txt": "東京都の知事が会見\n\n大阪でも同じ発表があった。",
      "ko.txt": "서울에서 회의\n\n정부는 서울시와 협력한다.",
    ])
    defer { withExtendedLifetime(scratch) {} }  // it holds the library file
    let beijing = try library.search(query: "北京")
    #expect(beijing.total == 1)
    #expect(beijing.hits.first?.summary.titleMatches == [TextRange(start: 0, end: 2)])
    #expect(try library.search(query: "上海").total == 1)
    #expect(try library.search(query: "东京").total == 0)
    #expect(try library.search(query: "東京").total == 1)
    #expect(try library.search(query: "発表").total == 1)
    #expect(try library.search(query: "서울").total == 1)
    let snippet = try #require(try library.search(query: "市民").hits.first?.summary.snippet)
    #expect(snippet.contains("上海的市民"))
    #expect(try library.integrityCheck() == ["ok"])
  }

  @Test func veryCommonQueriesListTitleMatchesThenNewestFirst() throws {
    let scratch = try LibraryScratch()
    try scratch.write("t.txt", "Budget day\ndate: 2019-01-01\n\nThe budget.")
    for (index, day) in ["2020-01-05", "2022-03-01", "2021-07-09", "2018-02-02"].enumerated() {
      try scratch.write("b\(index).txt", "Story \(index)\ndate: \(day)\n\nA budget story.")
    }
    try scratch.write("x.txt", "Other\ndate: 2023-01-01\n\nNothing.")
    do { _ = try scratch.openLibrary() }
    let library = try Library.open(at: scratch.database, exactRankingLimit: 2)
    try scratch.indexer(library).run()
    let all = try library.search(query: "budget", offset: 0, limit: 10)
    #expect(all.total == 5)
    #expect(
      all.hits.map(\.summary.title) == ["Budget day", "Story 1", "Story 2", "Story 0", "Story 3"])
    #expect(all.hits.allSatisfy { $0.summary.snippet?.contains("budget") == true })
    let pages = try (0..<5).map {
      try library.search(query: "budget", offset: $0, limit: 1).hits.map(\.summary.title)
    }
    #expect(pages.flatMap { $0 } == all.hits.map(\.summary.title))
    try library.setReadingState(ReadingState(isRead: true), for: all.hits[1].summary.key)
    let unread = try library.summaries(
      matching: ArticleFilter(unreadOnly: true, query: "budget"), order: .date, offset: 1,
      limit: 10)
    #expect(unread.map(\.title) == ["Story 2", "Story 0", "Story 3"])
  }
}
