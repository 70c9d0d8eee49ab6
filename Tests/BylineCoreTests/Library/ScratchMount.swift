import Foundation

/// A small tmpfs mounted for one test, so that a test can fill a disk or make a file system
/// read-only. Mounting needs root and the right to mount (a container may lack it); when it
/// cannot be had, the initialiser throws an ``Unavailable`` whose reason the test reports as
/// its skip message. Call ``unmount()`` when done (deinit does it too, but a local's lifetime
/// may end at its last use, so a test says when).
final class ScratchMount {
  /// Why no file system could be mounted.
  struct Unavailable: Error, CustomStringConvertible {
    var description: String
  }

  /// The mount point.
  let path: URL

  /// Mounts a tmpfs of `megabytes` at `path`, creating the folder.
  init(at path: URL, megabytes: Int) throws {
    guard getuid() == 0 else {
      throw Unavailable(description: "mounting a test file system needs root")
    }
    try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
    let outcome = Self.run(["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path.path])
    guard outcome.status == 0 else {
      throw Unavailable(description: "cannot mount a tmpfs: \(outcome.output)")
    }
    self.path = path
  }

  private var isMounted = true

  deinit { unmount() }

  /// Unmounts (lazily, so open files do not stop it); later calls do nothing.
  func unmount() {
    guard isMounted else { return }
    isMounted = false
    _ = Self.run(["-l", path.path], program: "/bin/umount")
  }

  /// Remounts with `options` (`ro`, `rw`, `size=64m`).
  func remount(_ options: String) throws {
    let outcome = Self.run(["-o", "remount,\(options)", path.path])
    guard outcome.status == 0 else {
      throw Unavailable(description: "cannot remount \(path.path) \(options): \(outcome.output)")
    }
  }

  private static func run(
    _ arguments: [String], program: String = "/bin/mount"
  ) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do {
      try process.run()
    } catch {
      return (-1, "\(program): \(error)")
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
