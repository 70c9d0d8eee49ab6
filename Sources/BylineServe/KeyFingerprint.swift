import Crypto
import Foundation
import NIOSSH

/// The SHA-256 fingerprint of a public key as OpenSSH prints it (`SHA256:` and the unpadded
/// base64 of the hash of the key's wire form), and a file-name-safe form of it.
public struct KeyFingerprint: Hashable, Sendable, CustomStringConvertible {
  /// `SHA256:…`, as `ssh-keygen -lf` prints it.
  public let description: String

  /// The fingerprint of `key`.
  public init(_ key: NIOSSHPublicKey) {
    let line = String(openSSHPublicKey: key)
    let parts = line.split(separator: " ")
    let blob = parts.count > 1 ? Data(base64Encoded: String(parts[1])) ?? Data() : Data()
    let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
    description = "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
  }

  /// The fingerprint without `SHA256:`, with `/` and `+` made `_` and `-` (base64url): the name
  /// of the reader's state folder.
  public var folderName: String {
    String(description.dropFirst("SHA256:".count))
      .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "+", with: "-")
  }
}
