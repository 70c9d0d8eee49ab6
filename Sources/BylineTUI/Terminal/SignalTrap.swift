import Foundation
import Synchronization

/// The last terminating signal received (0 for none). Written only by the signal handler.
let caughtSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP so the main loop can leave curses mode cleanly and exit
/// with 128 + the signal number.
///
/// A signal sent to the process goes to any one of its threads that does not block it, and
/// only that thread's blocking call is interrupted. So the caught signals and SIGWINCH are
/// blocked in every thread (``install()`` blocks them in the reader's thread before any other
/// is started, and threads inherit the mask), and let through only while the input loop waits
/// for a key (``waitForInput(_:timeoutMilliseconds:)``, with `pselect`, which swaps the mask
/// in for the wait alone). A signal sent at any other moment stays pending until that wait
/// starts, and then ends it at once: it can neither land on a thread that is not waiting for
/// input nor slip in between the loop's look at ``pending`` and its wait.
public enum SignalTrap {
  /// The signals caught.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  /// The signals kept for the input wait: the caught ones, and SIGWINCH, whose handler
  /// (curses') must also wake the wait so a resize is seen at once.
  static let held: [Int32] = signals + [SIGWINCH]

  /// Installs the handlers (call after curses has started, which installs its own, and before
  /// starting threads), blocks the held signals in this thread and so in every thread it
  /// starts, and unblocks SIGCONT and SIGTSTP in case the parent started Byline with them
  /// blocked.
  public static func install() {
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in [SIGCONT, SIGTSTP] { sigaddset(&unblock, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    var block = heldSet()
    pthread_sigmask(SIG_BLOCK, &block, nil)
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        caughtSignal.store(number, ordering: .relaxed)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(signal, &action, nil)
    }
  }

  /// The set of ``held`` signals.
  static func heldSet() -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in held { sigaddset(&set, signal) }
    return set
  }

  /// Waits for input with the held signals let through for the wait alone; `false` when the
  /// wait timed out or a signal ended it.
  /// `wait` is the atomic wait itself (pselect, in the terminal backend, the only file that
  /// reaches the C shim), given the signal mask to hold during it.
  static func waitForInput(wait: (inout sigset_t) -> Int32) -> Bool {
    var during = sigset_t()
    pthread_sigmask(SIG_BLOCK, nil, &during)
    for signal in held { sigdelset(&during, signal) }
    let ready = wait(&during) > 0
    // pselect hands a pending signal over only when it ends the wait; one that was pending
    // while the terminal was readable already (a hung-up terminal is readable for ever) stays
    // pending: let it through now.
    var waiting = sigset_t()
    sigpending(&waiting)
    guard held.contains(where: { sigismember(&waiting, $0) == 1 }) else { return ready }
    var set = heldSet()
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    pthread_sigmask(SIG_BLOCK, &set, nil)
    return false
  }

  /// The signal caught since start-up, if any.
  static var pending: Int32? {
    let value = caughtSignal.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }
}
