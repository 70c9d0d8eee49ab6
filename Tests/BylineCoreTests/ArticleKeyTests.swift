import Testing

@testable import BylineCore

@Suite struct ArticleKeyTests {
  @Test func sameIdentityGivesSameKey() {
    let a = ArticleKey(identifier: nil, title: "T", published: "2020-09-27", firstText: "Body")
    let b = ArticleKey(identifier: nil, title: "T", published: "2020-09-27", firstText: "Body")
    #expect(a == b)
    #expect(a.rawValue.count == 16)
  }

  @Test func identifierWinsOverText() {
    let a = ArticleKey(identifier: "https://x/1", title: "T", published: nil, firstText: "A")
    let b = ArticleKey(identifier: "https://x/1", title: "Other", published: nil, firstText: "B")
    let c = ArticleKey(identifier: nil, title: "T", published: nil, firstText: "A")
    #expect(a == b)
    #expect(a != c)
  }
}
