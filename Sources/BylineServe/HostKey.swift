import Crypto
import Foundation
import NIOSSH

/// The server's Ed25519 host key, kept in a file of its own (mode 0600): the line
/// `byline-ed25519-host-key` and the base64 of the key's 32-byte seed. Made on first start.
struct HostKey {
  /// The key.
  let privateKey: Curve25519.Signing.PrivateKey
  /// Whether the file was made just now.
  let isNew: Bool

  /// The key for the SSH handler.
  var sshKey: NIOSSHPrivateKey { NIOSSHPrivateKey(ed25519Key: privateKey) }
  /// The public key's fingerprint, as a client's `ssh-keygen -lf` shows it.
  var fingerprint: KeyFingerprint { KeyFingerprint(sshKey.publicKey) }

  private static let header = "byline-ed25519-host-key"

  /// Reads the key at `url`, or makes one there (and the folder) when the file is missing.
  static func loadOrCreate(at url: URL) throws(ServeError) -> HostKey {
    let path = url.path
    if FileManager.default.fileExists(atPath: path) {
      let text: String
      do {
        text = try String(contentsOf: url, encoding: .utf8)
      } catch {
        throw .hostKey(path: path, reason: "cannot be read (\(error.localizedDescription))")
      }
      let lines = text.split(whereSeparator: \.isNewline).map(String.init)
      guard lines.count == 2, lines[0] == header, let seed = Data(base64Encoded: lines[1]),
        let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed)
      else {
        throw .hostKey(path: path, reason: "not an Ed25519 host key written by byline serve")
      }
      return HostKey(privateKey: key, isNew: false)
    }
    let key = Curve25519.Signing.PrivateKey()
    let text = "\(header)\n\(key.rawRepresentation.base64EncodedString())\n"
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw ServeError.hostKey(path: path, reason: String(cString: strerror(errno)))
      }
      let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
      try handle.write(contentsOf: Data(text.utf8))
      try handle.synchronize()
    } catch let error as ServeError {
      throw error
    } catch {
      throw .hostKey(path: path, reason: "cannot be written (\(error.localizedDescription))")
    }
    return HostKey(privateKey: key, isNew: true)
  }
}
