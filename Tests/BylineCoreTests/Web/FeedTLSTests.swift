import Foundation
import NIOSSL
import Testing

@testable import BylineCore

/// https sources: a certificate the test makes is refused until it is trusted through the CA
/// file (`--ca-file`), as curl's `--cacert` does (issue 12).
@Suite struct FeedTLSTests {
  /// A self-signed certificate for 127.0.0.1 made with the openssl command, or `nil` (with the
  /// reason printed) when openssl is not installed.
  private static func makeCertificate(in folder: URL) throws -> (cert: String, key: String)? {
    let openssl = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let openssl else {
      print("skipped: openssl is not installed (Scripts/setup.sh installs it)")
      return nil
    }
    let cert = folder.appendingPathComponent("cert.pem").path
    let key = folder.appendingPathComponent("key.pem").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: openssl)
    process.arguments = [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
      "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return (cert, key)
  }

  @Test func aCertificateIsTrustedOnlyThroughTheCAFile() async throws {
    let scratch = try LibraryScratch()
    guard let (cert, key) = try Self.makeCertificate(in: scratch.root) else { return }
    let context = try NIOSSLContext(
      configuration: .makeServerConfiguration(
        certificateChain: try NIOSSLCertificate.fromPEMFile(cert).map { .certificate($0) },
        privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem))))
    let server = try TestHTTPServer(tls: context)
    defer { server.stop() }
    server.serve("/feed.xml", FeedFixtures.twoItems)
    let library = try Library.open(at: scratch.database)
    let indexer = Indexer(library: library, readFile: { _ in [] }, tag: nil)

    let untrusted = try FeedRefresher(indexer: indexer, settings: FeedTestHarness.settings())
    let refused = await untrusted.subscribe(server.url("/feed.xml"))
    await untrusted.shutdown()
    guard case .tlsError = refused.outcome else {
      Issue.record("expected a TLS error, got \(refused.outcome)")
      return
    }

    let trusted = try FeedRefresher(
      indexer: indexer, settings: FeedTestHarness.settings { $0.caFile = cert })
    let report = await trusted.subscribe(server.url("/feed.xml"))
    await trusted.shutdown()
    #expect(report.outcome == .ok)
    #expect(report.added == 2)
  }

  @Test func aCAFileThatIsNotPEMIsNamed() throws {
    let scratch = try LibraryScratch()
    let bogus = try scratch.write("bogus.pem", "not a certificate")
    let library = try Library.open(at: scratch.database)
    let indexer = Indexer(library: library, readFile: { _ in [] }, tag: nil)
    #expect(throws: FetchSetupError.self) {
      try FeedRefresher(
        indexer: indexer, settings: FeedTestHarness.settings { $0.caFile = bogus.path })
    }
  }
}
