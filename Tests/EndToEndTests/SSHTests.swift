import Testing

/// Reading over SSH with a real OpenSSH server on 127.0.0.1, one test at a time.
///
/// Every test starts its own `sshd` (see `SSHServer`), runs `ssh -tt` inside a private tmux
/// server (see `SSHTmuxSession`) and checks that nothing is left running afterwards. The whole
/// suite is skipped, with the reason, when sshd, ssh, ssh-keygen or tmux is missing.
@Suite("SSH", .serialized) struct SSHTests {}
