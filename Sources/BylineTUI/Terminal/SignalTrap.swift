import Foundation
import Synchronization

/// The last terminating signal received (0 for none). Written only by the signal handler.
let caughtSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM and SIGHUP so the main loop can leave curses mode cleanly and exit
/// with 128 + the signal number. The handler only stores the signal; it is installed without
/// `SA_RESTART`, so a blocking read returns and the loop sees it.
public enum SignalTrap {
  /// The signals caught.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers (call after curses has started, which installs its own), and
  /// unblocks them (and SIGWINCH, which curses' resize handling needs) in case the parent started Byline with them blocked.
  public static func install() {
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for signal in signals + [SIGWINCH, SIGCONT, SIGTSTP] { sigaddset(&unblock, signal) }
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
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

  /// The signal caught since start-up, if any.
  static var pending: Int32? {
    let value = caughtSignal.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }
}
