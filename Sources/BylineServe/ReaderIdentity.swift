/// Who a connection authenticated as: the key's name and fingerprint. The fingerprint, not the
/// name, picks the reading state, so two lines with one name still keep apart.
struct ReaderIdentity: Sendable {
  /// The name from the authorized keys file (or `guest` with `--open`).
  let name: String
  /// The key's fingerprint.
  let fingerprint: KeyFingerprint

  /// How the log names the reader: `alice (SHA256:…)`.
  var logName: String { "\(name) (\(fingerprint))" }
}
