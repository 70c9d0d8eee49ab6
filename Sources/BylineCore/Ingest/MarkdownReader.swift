import Foundation

/// Reads one article from Markdown (CommonMark's common subset).
///
/// Title from the front matter's `title:` (with `date:`, `author:` and `url:`), else the first
/// heading. ATX and setext headings become `.heading`, `-`/`*`/`+`/numbered items `.listItem`,
/// `>` lines `.quote`, fenced code a paragraph that keeps its lines; emphasis and code marks are
/// removed; `[text](url)`, reference links and `<https://…>` autolinks become links over their
/// text; images give their alt text.
enum MarkdownReader {
  /// The article in `text`, read from `source`.
  static func read(_ text: String, source: String) -> FileIngest {
    let draft = self.draft(text)
    return FileIngest(
      format: .markdown, articles: [draft.article(source: source)],
      diagnostics: draft.warnings(path: source))
  }

  /// The article in `text`, before its metadata is sanitised.
  static func draft(_ text: String) -> ArticleDraft {
    let (frontMatter, body) = FrontMatter.split(text)
    var draft = ArticleDraft()
    if let frontMatter {
      draft.title = frontMatter.value("title")
      draft.author = frontMatter.value("author", "byline")
      draft.url = frontMatter.value("url", "link", "canonical_url", "permalink")
      for key in ["date", "published", "pubdate"] {
        if let text = frontMatter.values[key] {
          draft.setDate(text, line: frontMatter.lines[key])
          break
        }
      }
    }
    var parser = MarkdownBlockParser(text: body)
    draft.paragraphs = parser.parse()
    if draft.title == nil {
      draft.title = draft.paragraphs.first { $0.kind == .heading }?.text
    }
    return draft
  }
}
