import CLibXML2

/// The XML namespaces feed elements are matched by (their URI, never their prefix or local name
/// alone), and the name of an element in them.
enum FeedNamespace: Equatable {
  /// No namespace: RSS 0.9x/2.0 elements.
  case none
  /// RSS 1.0 (`http://purl.org/rss/1.0/`), RSS 0.90 (Netscape's RDF Site Summary), or the
  /// namespace UserLand once gave RSS 2.0.
  case rss1
  /// RDF syntax (the root of RSS 1.0 and its `rdf:about`).
  case rdf
  /// Atom 1.0 (`http://www.w3.org/2005/Atom`).
  case atom
  /// Atom 0.3 (`http://purl.org/atom/ns#`).
  case atom03
  /// RSS content module (`content:encoded`).
  case content
  /// Dublin Core elements (`dc:creator`, `dc:date`, `dc:title`).
  case dublinCore
  /// Media RSS (`media:description`, `media:group`, `media:content`).
  case media
  /// Apple podcasts (`itunes:summary`, `itunes:author`).
  case itunes
  /// XHTML (`xhtml:body`).
  case xhtml
  /// Any other namespace.
  case other

  /// Whether this is plain RSS: no namespace, RSS 1.0 or RSS 0.90.
  var isRSS: Bool { self == .none || self == .rss1 }

  /// Whether this is Atom 1.0, Atom 0.3, or no namespace (an Atom feed that forgot it).
  var isAtom: Bool { self == .atom || self == .atom03 || self == .none }

  /// Namespace URIs (trimmed, lower-cased, without a trailing `/`) and what they are.
  private static let byURI: [String: FeedNamespace] = [
    "http://purl.org/rss/1.0": .rss1,
    "http://my.netscape.com/rdf/simple/0.9": .rss1,
    "http://backend.userland.com/rss2": .rss1,
    "http://backend.userland.com/rss": .rss1,
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": .rdf,
    "http://www.w3.org/2005/atom": .atom,
    "http://purl.org/atom/ns#": .atom03,
    "http://purl.org/rss/1.0/modules/content": .content,
    "http://purl.org/dc/elements/1.1": .dublinCore,
    "http://purl.org/dc/terms": .dublinCore,
    "http://search.yahoo.com/mrss": .media,
    "http://www.rssboard.org/media-rss": .media,
    "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
    "http://www.w3.org/1999/xhtml": .xhtml,
  ]

  /// The conventional prefixes, for elements whose prefix was never declared (libxml2 then keeps
  /// `prefix:name` as the element's name, with no namespace).
  private static let byPrefix: [String: FeedNamespace] = [
    "content": .content, "dc": .dublinCore, "media": .media, "itunes": .itunes,
    "atom": .atom, "xhtml": .xhtml, "rdf": .rdf,
  ]

  /// The namespace for the URI `uri` (compared trimmed and case-insensitively).
  static func forURI(_ uri: String) -> FeedNamespace {
    var key = uri.trimmingSpace().lowercased()
    if key.hasSuffix("/") { key.removeLast() }
    return byURI[key] ?? .other
  }

  /// The namespace and lower-cased local name of `element`.
  static func name(of element: XMLNodePointer) -> (namespace: FeedNamespace, local: String) {
    let local = element.localName
    if let uri = element.namespaceURI { return (forURI(uri), local) }
    if let colon = local.firstIndex(of: ":") {
      let prefix = String(local[..<colon])
      return (byPrefix[prefix] ?? .other, String(local[local.index(after: colon)...]))
    }
    return (.none, local)
  }
}
