import Foundation
import Testing

@testable import BylineServe

/// Reading an OpenSSH authorized_keys file for `byline serve` (issue 16): Ed25519 and ECDSA
/// keys with their names; RSA and broken lines reported with their line numbers, the rest kept.
@Suite struct AuthorizedKeysFileTests {
  static let alice =
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIECM92nqa0IMzYV062ZABHHfTNkud/Gv0iVlX5XNedBR alice@laptop"
  static let bob =
    "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBErVdUi4q6sjkNavIYF"
    + "+tMLgVWW4d5jwwcV116RU8y/zGngpUx7p8Q3yNF8mHYiRSI7QQBz1YZv3HhgmMuUhlKA= bob"
  static let carol =
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC2qfmyAtjV8yRsIFljGHQ9LRTGZnDe/ZKn7dAOiAcovUl/ZDmaZeHXM15JZhyHpddk7OwsRp7SALFR+OaUSx/NT+K6AQDDdBTBQ1b4Q28jUwuXn6DTimYP0WfzVi9Dbn7L/RXWPQJu5UENXs8+YNhVyVYKRDIjsc46tniq/HCdUQ== carol"

  @Test func readsNamesFromCommentsAndNameOptions() {
    let text = """
      # readers
      \(Self.alice)

      name="Bob (desk)",no-pty \(Self.bob)
      """
    let file = AuthorizedKeysFile.parse(text, path: "keys")
    #expect(file.problems.isEmpty)
    #expect(file.keys.map(\.name) == ["alice@laptop", "Bob (desk)"])
    #expect(file.keys.map(\.line) == [2, 4])
  }

  @Test func reportsRSAAndBrokenLinesWithTheirNumbersAndKeepsTheRest() {
    let text = """
      \(Self.carol)
      ssh-ed25519 not-base64!
      \(Self.alice)
      ssh-ed25519
      """
    let file = AuthorizedKeysFile.parse(text, path: "keys")
    #expect(file.keys.map(\.name) == ["alice@laptop"])
    #expect(file.problems.count == 3)
    #expect(file.problems[0].hasPrefix("keys:1: RSA keys are not supported"))
    #expect(file.problems[1].hasPrefix("keys:2: "))
    #expect(file.problems[2].hasPrefix("keys:4: "))
  }

  @Test func fingerprintsMatchSSHKeygen() throws {
    let file = AuthorizedKeysFile.parse(Self.alice + "\n" + Self.bob, path: "keys")
    let prints = file.keys.map { KeyFingerprint($0.publicKey).description }
    // As `ssh-keygen -lf` prints them.
    #expect(
      prints == [
        "SHA256:fCviFoaoV1V7EmabkF1R4epTdDWlZD1CHXuM44tiORE",
        "SHA256:3BqlC3axqKML1xoVuYiC6pyk6z27GWnzRqsJm+iS/EE",
      ])
    #expect(
      KeyFingerprint(file.keys[1].publicKey).folderName
        == "3BqlC3axqKML1xoVuYiC6pyk6z27GWnzRqsJm-iS_EE")
  }
}
