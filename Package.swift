// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
  name: "Byline",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "byline", targets: ["byline"]),
    .executable(name: "byline-train", targets: ["byline-train"]),
    .executable(name: "byline-bench", targets: ["byline-bench"]),
    .library(name: "BylineCore", targets: ["BylineCore"]),
    .library(name: "BylineTUI", targets: ["BylineTUI"]),
    .library(name: "BylineTraining", targets: ["BylineTraining"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    .package(url: "https://github.com/apple/swift-nio-ssh", exact: "0.15.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CNCurses",
      providers: [.apt(["libncurses-dev"])]
    ),
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(
      name: "BylineCore",
      dependencies: [
        "CLibXML2",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
      ],
      resources: [.copy("Resources")]
    ),
    // The tagger's trainer, CoNLL readers and evaluation: used by byline-train, byline-bench
    // and their tests, never shipped in the reader.
    .target(
      name: "BylineTraining",
      dependencies: ["BylineCore"]
    ),
    .target(
      name: "BylineTUI",
      dependencies: ["BylineCore", "CNCurses"]
    ),
    // `byline serve`: the SSH server that is the reader (issue 16). NIO stays out of the
    // core and the TUI; only this target and the executable see it.
    // openpty(3) for byline serve's readers (glibc declares it only in <pty.h>).
    .target(name: "CBylinePTY", linkerSettings: [.linkedLibrary("util")]),
    .target(
      name: "BylineServe",
      dependencies: [
        "BylineCore", "CBylinePTY",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOSSH", package: "swift-nio-ssh"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "byline",
      dependencies: [
        "BylineCore", "BylineTUI", "BylineServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "byline-train",
      dependencies: [
        "BylineCore", "BylineTraining",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "byline-bench",
      dependencies: [
        "BylineCore", "BylineTUI", "BylineTraining",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "BylineCoreTests",
      dependencies: [
        "BylineCore",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "BylineServeTests", dependencies: ["BylineServe"]),
    .testTarget(name: "BylineTrainingTests", dependencies: ["BylineTraining", "BylineCore"]),
    // Snapshots and fixtures are read from the source tree (through #filePath), not bundled.
    .testTarget(
      name: "BylineTUITests", dependencies: ["BylineTUI", "BylineCore"],
      exclude: ["__Snapshots__"]),
    // The end-to-end tests share the loopback HTTP server of BylineCoreTests (a symlink).
    .testTarget(
      name: "EndToEndTests",
      dependencies: [
        "BylineCore",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
      ],
      exclude: ["Fixtures"]),
    // The fuzz targets' invariant checks, shared by the fuzzer and the regression tests.
    .target(
      name: "BylineFuzzing",
      dependencies: [
        "BylineCore", "BylineTUI", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "BylineFuzzingTests", dependencies: ["BylineFuzzing"], exclude: ["Reproducers"]),
  ],
  swiftLanguageModes: [.v6]
)

// The libFuzzer executable exists only for fuzz builds (Scripts/fuzz.sh sets BYLINE_FUZZ=1):
// it has no main of its own, so a normal `swift build` could not link it. See docs/fuzzing.md.
if ProcessInfo.processInfo.environment["BYLINE_FUZZ"] == "1" {
  package.products.append(.executable(name: "byline-fuzz", targets: ["byline-fuzz"]))
  package.targets.append(
    .executableTarget(name: "byline-fuzz", dependencies: ["BylineFuzzing"], path: "Fuzz/Entry"))
}
