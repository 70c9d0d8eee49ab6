import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock, shared by every Byline process, held while a library is being opened: the
/// look at an existing file, its creation, moving a damaged file aside and the schema migration.
///
/// Without it two processes opening a new library at the same moment (`byline add` while the
/// reader starts, or a script polling the library) both create the schema ("table sources already
/// exists"), race to switch on the write-ahead log ("database is locked", "disk I/O error"), or
/// one takes the other's half-written file for a damaged one and moves it aside.
///
/// The lock is `flock(2)` on the library's folder, so no extra file is left beside the library.
/// It is released when the value is released or the process ends, however it ends. Where the
/// file system has no such locks, or another process keeps the lock past ``patience``, the open
/// goes on without it, as it did before the lock existed.
final class LibraryOpenLock {
  /// How long an open waits for another process's open to finish.
  static let patience: TimeInterval = 30

  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
  }

  /// Takes the lock on `folder`, waiting up to `patience` seconds for another holder; `nil` when
  /// the folder cannot be locked (no such folder, no locks on its file system, or the wait ran
  /// out).
  static func acquire(folder: URL, patience: TimeInterval = patience) -> LibraryOpenLock? {
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    let deadline = Date().addingTimeInterval(patience)
    while true {
      if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
        return LibraryOpenLock(descriptor: descriptor)
      }
      let failure = errno
      guard failure == EWOULDBLOCK || failure == EINTR, Date() < deadline else {
        close(descriptor)
        return nil
      }
      usleep(10_000)
    }
  }
}
