import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Starts a program from an argument vector with `posix_spawnp` (never a shell) and waits for
/// it. Used to open links in the browser while curses is suspended.
enum BrowserLauncher {
  /// Opens `url` with `$BROWSER` or `xdg-open` and reports the outcome for the status line.
  static func open(_ url: String, environment: [String: String]) -> StatusMessage {
    let arguments: [String]
    do {
      arguments = try BrowserCommand.arguments(for: url, browser: environment["BROWSER"])
    } catch {
      return StatusMessage(error.description, isError: true)
    }
    return run(arguments)
  }

  /// Runs `arguments` (program first, looked up in `PATH`), waits for it, and describes the
  /// outcome.
  static func run(_ arguments: [String]) -> StatusMessage {
    guard let program = arguments.first else {
      return StatusMessage("No program to open the link with", isError: true)
    }
    var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    var pid: pid_t = 0
    // The reader blocks its caught signals outside the wait for a key (SignalTrap); the
    // browser starts with none blocked, so Ctrl-C, a hang-up and resizes reach it.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let started = pointers.withUnsafeBufferPointer { argv -> Int32 in
      guard let base = argv.baseAddress else { return EINVAL }
      return posix_spawnp(&pid, program, nil, &attributes, base, environ)
    }
    if started == ENOENT {
      let hint = program == BrowserCommand.fallbackProgram ? " (set $BROWSER)" : ""
      return StatusMessage("Cannot open the link: '\(program)' not found\(hint)", isError: true)
    }
    guard started == 0 else {
      let reason = String(cString: strerror(started))
      return StatusMessage("Cannot start '\(program)': \(reason)", isError: true)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { break }
    }
    let exited = status & 0x7f == 0
    let code = (status >> 8) & 0xff
    if exited, code == 0 { return StatusMessage("Opened with \(program)") }
    if exited, code == 127 {
      return StatusMessage("Cannot open the link: '\(program)' not found", isError: true)
    }
    return StatusMessage(
      exited ? "'\(program)' exited with status \(code)" : "'\(program)' was stopped by a signal",
      isError: true)
  }
}
