import Foundation

/// Reads articles from files and folders in every format Byline knows (see ``ArticleFormat``).
///
/// Every string an article carries has been through ``TextSanitizer``. A file that cannot be read
/// gives a diagnostic and the others are still read; nothing is ever written.
public enum ArticleReader {
  /// Reads every article under `paths` (files, and folders walked recursively in sorted order,
  /// hidden entries skipped, symlink loops reported).
  public static func read(paths: [String], options: IngestOptions = .init()) -> IngestResult {
    let walk = ArticleFileWalker.files(underPaths: paths)
    return read(files: walk.files, diagnostics: walk.diagnostics, options: options)
  }

  /// Reads the articles in `files` (as found by ``ArticleFileWalker``), after `diagnostics`.
  static func read(
    files: [ArticleFile], diagnostics: [IngestDiagnostic], options: IngestOptions
  ) -> IngestResult {
    var result = IngestResult(diagnostics: diagnostics)
    for file in files {
      do throws(IngestError) {
        let ingest = try readFile(at: file.path, size: file.size, options: options)
        result.articles.append(contentsOf: ingest.articles)
        result.diagnostics.append(contentsOf: ingest.diagnostics)
      } catch {
        result.diagnostics.append(error.diagnostic)
      }
    }
    return result
  }

  /// Reads the articles in one file, with the warnings met (such as an encoding fallback).
  public static func readFile(
    at url: URL, options: IngestOptions = .init()
  ) throws(IngestError) -> FileIngest {
    try readFile(
      at: url.isFileURL ? url.relativePath : url.absoluteString, size: nil, options: options)
  }

  /// Reads the articles in text already in memory, as if read from a file at `path` (used for
  /// bundled resources and by tests and benchmarks).
  public static func read(text: String, path: String) -> FileIngest {
    let format = FormatDetector.format(of: text, path: path)
    return parse(text: text, format: format, path: path)
  }

  static func readFile(
    at path: String, size knownSize: Int?, options: IngestOptions
  ) throws(IngestError) -> FileIngest {
    let size: Int
    if let knownSize {
      size = knownSize
    } else {
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
        throw FileManager.default.fileExists(atPath: path)
          ? .unreadable(path: path, reason: "cannot get file attributes") : .notFound(path: path)
      }
      if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
        throw .unreadable(
          path: path,
          reason: type == .typeDirectory ? "it is a folder" : "not a regular file")
      }
      size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    }
    if size > options.maxFileSize {
      throw .tooLarge(path: path, size: size, limit: options.maxFileSize)
    }
    return try read(
      bytes: readBytes(path: path, limit: options.maxFileSize), path: path,
      extractMainContent: options.extractMainContent)
  }

  /// Reads the articles in a file's bytes as if read from a file at `path`: decoded (empty and
  /// binary files refused), then parsed as `format`, or as the format the content and `path`
  /// suggest when `format` is `nil`. The fuzz targets use it to reach each reader directly.
  /// `extractMainContent` off reads a web page's whole text.
  public static func read(
    bytes: [UInt8], path: String, format: ArticleFormat? = nil, extractMainContent: Bool = true
  ) throws(IngestError) -> FileIngest {
    let decoded = try TextDecoding.decode(bytes, path: path)
    if !decoded.text.unicodeScalars.contains(where: { !TextSanitizer.isSpace($0) }) {
      throw .emptyFile(path: path)
    }
    let format = format ?? FormatDetector.format(of: decoded.text, path: path)
    var ingest = parse(
      text: decoded.text, format: format, path: path, extractMainContent: extractMainContent)
    ingest.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
    return ingest
  }

  /// Reads the file's bytes, refusing to read past `limit` (the file may grow after `stat`).
  private static func readBytes(path: String, limit: Int) throws(IngestError) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw FileManager.default.fileExists(atPath: path)
        ? .unreadable(path: path, reason: "permission denied or not a file")
        : .notFound(path: path)
    }
    defer { try? handle.close() }
    let data: Data?
    do {
      data = try handle.read(upToCount: limit + 1)
    } catch {
      throw .unreadable(path: path, reason: "read failed")
    }
    let bytes = [UInt8](data ?? Data())
    if bytes.count > limit { throw .tooLarge(path: path, size: bytes.count, limit: limit) }
    return bytes
  }

  static func parse(
    text: String, format: ArticleFormat, path: String, extractMainContent: Bool = true
  ) -> FileIngest {
    switch format {
    case .plainText:
      FileIngest(format: format, articles: [PlainTextReader.read(text, source: path)])
    case .markdown:
      MarkdownReader.read(text, source: path)
    case .html:
      HTMLReader.read(text, source: path, extract: extractMainContent)
    case .feed:
      FeedReader.read(text, source: path)
    case .json:
      JSONArticleReader.readDocument(text, source: path)
    case .jsonLines:
      JSONArticleReader.readLines(text, source: path)
    }
  }
}
