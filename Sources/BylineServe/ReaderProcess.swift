import CBylinePTY
import Foundation

/// A reader child: the `byline` executable on a pseudo-terminal the server allocated, in a
/// session of its own with that terminal as its controlling terminal (so it gets SIGWINCH
/// and SIGHUP the usual way). The server keeps the terminal's master side.
struct ReaderProcess {
  /// The child's process ID.
  let pid: pid_t
  /// The master side of the pseudo-terminal (close-on-exec).
  let master: Int32

  /// What went wrong starting a reader: the call and its errno text.
  struct StartError: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `executable` with `arguments` and exactly `environment`, on a new terminal of
  /// `columns` × `rows`, with every signal at its default and none blocked.
  static func start(
    executable: String, arguments: [String], environment: [String: String], columns: Int,
    rows: Int
  ) throws(StartError) -> ReaderProcess {
    var master: Int32 = -1
    var slave: Int32 = -1
    var nameBuffer = [CChar](repeating: 0, count: 256)
    guard
      byline_openpty(
        &master, &slave, &nameBuffer, nameBuffer.count, UInt16(clamping: max(1, rows)),
        UInt16(clamping: max(1, columns))) == 0
    else { throw failure("openpty") }
    let slaveName = String(
      decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // The server's copy of the slave stays open until the child has the terminal, so the
    // master never sees a hang-up first.
    defer { close(slave) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // After setsid (done first by glibc), opening the terminal makes it the controlling one.
    posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    _ = byline_spawn_close_from(&actions, 3)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    sigdelset(&allSignals, SIGKILL)
    sigdelset(&allSignals, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | spawnSetSID))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      close(master)
      throw StartError(
        description: "cannot start \(executable): \(String(cString: strerror(status)))")
    }
    return ReaderProcess(pid: pid, master: master)
  }

  /// Sets the terminal's size; the kernel sends the reader SIGWINCH.
  static func resize(master: Int32, columns: Int, rows: Int) {
    var size = winsize(
      ws_row: UInt16(clamping: max(1, rows)), ws_col: UInt16(clamping: max(1, columns)),
      ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Waits for `pid` to end and returns its exit status (128 + the signal when killed).
  static func wait(for pid: pid_t) -> Int {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return 255 }
    }
    if status & 0x7f == 0 { return Int((status >> 8) & 0xff) }
    return 128 + Int(status & 0x7f)
  }

  /// glibc's `POSIX_SPAWN_SETSID` (since 2.26), which its header shows only to `_GNU_SOURCE`.
  private static let spawnSetSID: Int32 = 0x80

  private static func failure(_ call: String) -> StartError {
    StartError(description: "\(call): \(String(cString: strerror(errno)))")
  }
}
