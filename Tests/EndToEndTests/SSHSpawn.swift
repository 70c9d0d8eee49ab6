import Foundation

/// Starts programs with `posix_spawn`, with every signal unblocked and at its default action.
///
/// Not `Foundation.Process`: on Linux its children inherit the blocked-signal mask of the
/// Dispatch thread that starts them (swift-corelibs-foundation issue #4772), so an `ssh`
/// client or a tmux server started that way ignores SIGHUP and SIGTERM, which is exactly what
/// these tests check. Standard input is `/dev/null`; output goes to files, never pipes, so a
/// program that leaves a daemon behind (tmux) cannot keep a reader waiting.
enum SSHSpawn {
  /// Starts `executable` (a path, or a name looked up on PATH) and returns its PID; the caller
  /// must reap it (`SSHChildProcess`, or `waitpid`).
  /// - Parameters:
  ///   - output: file for standard output (created or truncated).
  ///   - errorOutput: file for standard error (created or truncated; may equal `output`, then
  ///     both share one descriptor).
  static func start(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:],
    output: String, errorOutput: String
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    if errorOutput == output {
      posix_spawn_file_actions_adddup2(&actions, 1, 2)
    } else {
      posix_spawn_file_actions_addopen(
        &actions, 2, errorOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }

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
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }
      .map { "\($0.key)=\($0.value)" }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let status = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
    guard status == 0 else {
      throw SSHTestError.systemCall(name: "posix_spawn \(executable)", errno: status)
    }
    return pid
  }
}
