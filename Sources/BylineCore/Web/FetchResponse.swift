import Foundation

/// A response read in full: status, the headers refreshing needs, and the body.
struct FetchResponse: Sendable {
  /// The HTTP status of the last response (after redirects).
  var status: Int
  /// The address that answered (after redirects).
  var url: String
  /// The address to keep instead of the one asked for, when every redirect on the way was
  /// permanent (301, 308).
  var movedTo: String?
  /// `ETag`, if sent.
  var etag: String?
  /// `Last-Modified`, if sent.
  var lastModified: String?
  /// `Content-Type`, if sent.
  var contentType: String?
  /// `Cache-Control: max-age`, in seconds, if sent.
  var maxAge: Double?
  /// `Retry-After`, in seconds from now, if sent (a number or an HTTP date).
  var retryAfter: Double?
  /// The body (decompressed), at most the settings' limit.
  var body: [UInt8]
}

/// What one fetch gave: a response, or the reason there is none.
enum FetchResult: Sendable {
  /// A response (any status).
  case response(FetchResponse)
  /// No usable response.
  case failure(FeedOutcome)
}
