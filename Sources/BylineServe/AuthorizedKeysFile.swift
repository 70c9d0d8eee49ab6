import Foundation
import NIOSSH

/// An OpenSSH `authorized_keys` file as `byline serve` reads it: Ed25519 and ECDSA keys, each
/// named by a `name="…"` option or the line's comment. Lines it cannot use (RSA and DSA keys,
/// which swift-nio-ssh does not support, unknown types, bad base64) are kept as problems with
/// their line numbers, to be told at start; the rest of the file still counts.
struct AuthorizedKeysFile {
  /// The usable keys.
  var keys: [AuthorizedKey] = []
  /// One message per unusable line, `FILE:LINE: …`.
  var problems: [String] = []

  /// The key types a reader may use.
  static let supportedTypes: Set<String> = [
    "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
  ]
  /// Key types OpenSSH knows that the server refuses, with why.
  static let refusedTypes: [String: String] = [
    "ssh-rsa": "RSA keys are not supported (swift-nio-ssh has no RSA); use an Ed25519 key",
    "ssh-dss": "DSA keys are not supported; use an Ed25519 key",
    "sk-ssh-ed25519@openssh.com": "security-key (FIDO) keys are not supported",
    "sk-ecdsa-sha2-nistp256@openssh.com": "security-key (FIDO) keys are not supported",
  ]

  /// Reads the file at `url`.
  static func load(_ url: URL) throws(ServeError) -> AuthorizedKeysFile {
    do {
      return parse(try String(contentsOf: url, encoding: .utf8), path: url.path)
    } catch {
      throw .authorizedKeys(path: url.path, reason: error.localizedDescription)
    }
  }

  /// Reads `text`; `path` names the file in problems.
  static func parse(_ text: String, path: String) -> AuthorizedKeysFile {
    var file = AuthorizedKeysFile()
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      switch entry(line) {
      case .failure(let message): file.problems.append("\(path):\(index + 1): \(message)")
      case .success(let (type, body, options, comment)):
        if let refusal = refusedTypes[type] {
          file.problems.append("\(path):\(index + 1): \(refusal); line skipped")
          continue
        }
        guard supportedTypes.contains(type) else {
          file.problems.append("\(path):\(index + 1): unknown key type \(type); line skipped")
          continue
        }
        guard let key = try? NIOSSHPublicKey(openSSHPublicKey: "\(type) \(body)") else {
          file.problems.append("\(path):\(index + 1): the \(type) key cannot be read; line skipped")
          continue
        }
        let name =
          optionValue("name", in: options) ?? (comment.isEmpty ? nil : comment)
          ?? KeyFingerprint(key).description
        file.keys.append(AuthorizedKey(publicKey: key, name: name, line: index + 1))
      }
    }
    return file
  }

  /// Splits a line into key type, base64 body, options and comment.
  private static func entry(
    _ line: String
  ) -> Result<(String, String, String, String), EntryProblem> {
    var rest = Substring(line)
    var options = ""
    let first = rest.prefix { !$0.isWhitespace }
    if !looksLikeType(String(first)) {
      // The options field: up to the first blank outside double quotes.
      var quoted = false
      var end = rest.endIndex
      for index in rest.indices {
        let character = rest[index]
        if character == "\"" { quoted.toggle() }
        if character.isWhitespace, !quoted {
          end = index
          break
        }
      }
      options = String(rest[..<end])
      rest = rest[end...].drop { $0.isWhitespace }
    }
    let fields = rest.split(maxSplits: 2, whereSeparator: \.isWhitespace).map(String.init)
    guard fields.count >= 2 else { return .failure(EntryProblem("no key on this line")) }
    let comment = fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
    return .success((fields[0], fields[1], options, comment))
  }

  private static func looksLikeType(_ token: String) -> Bool {
    supportedTypes.contains(token) || refusedTypes[token] != nil
      || token.hasPrefix("ssh-") || token.hasPrefix("ecdsa-") || token.hasPrefix("sk-")
  }

  /// The value of `key="value"` (or `key=value`) among comma-separated options.
  private static func optionValue(_ key: String, in options: String) -> String? {
    var current = ""
    var quoted = false
    var items: [String] = []
    for character in options {
      if character == "\"" { quoted.toggle() }
      if character == ",", !quoted {
        items.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    items.append(current)
    for item in items where item.lowercased().hasPrefix(key + "=") {
      var value = item.dropFirst(key.count + 1)
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = value.dropFirst().dropLast()
      }
      return value.isEmpty ? nil : String(value)
    }
    return nil
  }

  /// Why a line could not be split.
  private struct EntryProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}
