import NIOSSH

/// One reader admitted by the authorized keys file: a public key and the name it goes by.
struct AuthorizedKey {
  /// The key.
  let publicKey: NIOSSHPublicKey
  /// The reader's name: the `name=` option, else the line's comment, else the fingerprint.
  let name: String
  /// The line of the file it came from.
  let line: Int
}
